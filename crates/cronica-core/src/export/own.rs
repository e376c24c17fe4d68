//! A teacher's own question in the shape the exports already write for the bank: its answer as a
//! stored answer, with order items and match left sides named by position through [`Labels`]; a
//! typed answer's accepted answers (in the language asked for) in both languages' lists.

use std::collections::HashMap;

use crate::base::{AcceptedAnswers, Lang, Localized, StoredAnswer, StoredPair};
use crate::error::{Error, Result};
use crate::quiz::Names;
use crate::teacher::{OwnAnswer, OwnQuestion, TeacherText};

/// Event titles and figure names (or positions, for own questions) a question needs, looked up
/// beforehand so a missing one is an error rather than an id in an export.
#[derive(Debug, Default)]
pub(crate) struct Labels(pub HashMap<String, String>);

impl Names for Labels {
    fn event_title(&self, id: &str) -> String {
        self.0.get(id).cloned().unwrap_or_else(|| id.to_string())
    }

    fn figure_name(&self, id: &str) -> String {
        self.event_title(id)
    }
}

/// What an own question asks for, in the exports' terms: the answer and the names it uses.
pub(crate) struct OwnAsked(pub StoredAnswer, pub Labels);

/// `own` in `lang` (the other language where it is not written in `lang`).
pub(crate) fn own_asked(own: &OwnQuestion, lang: Lang) -> Result<OwnAsked> {
    let id = own.id.as_str();
    let shown = |t: &TeacherText| t.shown(lang).to_string();
    let both = |t: &TeacherText| Localized { es: shown(t), en: shown(t) };
    let by_position = |texts: Vec<String>| Labels(texts.into_iter().enumerate().map(|(i, t)| (i.to_string(), t)).collect());
    Ok(match &own.draft.answer {
        OwnAnswer::MultipleChoice { options, answer } => {
            let answer = usize::try_from(*answer).map_err(|_| Error::Corrupt(format!("question {id}: answer {answer}")))?;
            OwnAsked(StoredAnswer::MultipleChoice { options: options.iter().map(both).collect(), answer }, Labels::default())
        }
        OwnAnswer::TrueFalse { answer } => OwnAsked(StoredAnswer::TrueFalse { answer: *answer }, Labels::default()),
        OwnAnswer::Year { answer } => OwnAsked(StoredAnswer::Year { answer: *answer }, Labels::default()),
        OwnAnswer::Order { items } => OwnAsked(
            StoredAnswer::Order { items: (0..items.len()).map(|i| i.to_string()).collect() },
            by_position(items.iter().map(shown).collect()),
        ),
        OwnAnswer::Match { pairs } => {
            let stored = pairs.iter().enumerate().map(|(i, p)| StoredPair { figure: i.to_string(), role: both(&p.right) }).collect();
            OwnAsked(StoredAnswer::Match { pairs: stored }, by_position(pairs.iter().map(|p| shown(&p.left)).collect()))
        }
        OwnAnswer::Typed { accepted } => {
            let texts: Vec<String> = accepted.iter().map(shown).collect();
            OwnAsked(StoredAnswer::Typed { accepted: AcceptedAnswers { es: texts.clone(), en: texts } }, Labels::default())
        }
    })
}
