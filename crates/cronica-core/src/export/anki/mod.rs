//! Anki decks of Crónica's questions (`.apkg`), so a learner can keep reviewing in the tool they
//! already use: one note per question, the question (options shuffled once, since Anki shows them
//! as written) on the front, the answer, explanation and sources on the back, a subdeck per
//! chapter and tags for the chapter and the eras of the events it asks about. Notes keep their
//! identity across exports (`cronica-<lang>-<question id>`), so importing a newer deck updates them.

mod collection;
mod use_case;
mod wording;

use std::collections::BTreeSet;

use serde::Deserialize;
use ts_rs::TS;

use self::collection::{Deck, Note, NoteType, stable_id};
use self::wording::{Wording, wording};
use crate::base::{ChapterId, CitationOwner, ItemKind, Lang, StoredAnswer};
use crate::error::{Error, Result};
use crate::quiz::{DbNames, Names, QuestionBody, question_body};
use crate::sources::Source;
use crate::export::html::{escape_lines as html, list};
use crate::storage::ContentDb;
use crate::storage::content::collect;

/// Which questions go into the deck.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase", rename_all_fields = "camelCase", deny_unknown_fields)]
pub enum AnkiSelection {
    /// Every question, chapters in reading order.
    Bank,
    Chapter { id: ChapterId },
    /// Questions about events of one era.
    Era { id: String },
    /// The learner's questions answered wrong the last time they were answered.
    Missed,
}

/// The seed of the one order Anki shows options in: fixed, so a re-export does not reshuffle.
const ANKI_SEED: u64 = 0x414e_4b49;

/// A deck's questions: the selection's title and the (chapter, question) ids in bank order.
pub(crate) struct DeckContents {
    pub title: String,
    pub questions: Vec<(String, String)>,
}

impl ContentDb {
    /// The questions of `selection`; `missed` lists the learner's missed question ids (any order).
    pub(crate) fn anki_contents(&self, lang: Lang, selection: &AnkiSelection, missed: &[String]) -> Result<DeckContents> {
        let words = wording(lang);
        let bank = self.bank_question_ids()?;
        Ok(match selection {
            AnkiSelection::Bank => DeckContents { title: words.whole_bank.into(), questions: bank },
            AnkiSelection::Chapter { id } => {
                let title = self.chapter_title(lang, id)?;
                DeckContents { title, questions: bank.into_iter().filter(|(chapter, _)| chapter == id.as_str()).collect() }
            }
            AnkiSelection::Era { id } => {
                let title = self.eras(lang)?.into_iter().find(|e| e.id == *id).map(|e| e.title).ok_or_else(|| Error::not_found(ItemKind::Era, id.as_str()))?;
                let in_era: BTreeSet<String> = self.question_ids_in_era(id)?.into_iter().collect();
                DeckContents { title, questions: bank.into_iter().filter(|(_, q)| in_era.contains(q)).collect() }
            }
            AnkiSelection::Missed => {
                let missed: BTreeSet<&str> = missed.iter().map(String::as_str).collect();
                DeckContents { title: words.missed.into(), questions: bank.into_iter().filter(|(_, q)| missed.contains(q.as_str())).collect() }
            }
        })
    }

    fn question_ids_in_era(&self, era: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT DISTINCT r.question_id FROM question_refs r JOIN events e ON e.id = r.target_id WHERE r.kind = 'event' AND e.era = ?1",
        )?;
        collect(stmt.query_map([era], |r| r.get(0))?)
    }

    fn question_eras(&self, question: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT DISTINCT e.era FROM question_refs r JOIN events e ON e.id = r.target_id WHERE r.question_id = ?1 AND r.kind = 'event' ORDER BY e.era",
        )?;
        collect(stmt.query_map([question], |r| r.get(0))?)
    }
}

/// The front: the prompt, then what the learner has to work with (never the answer).
fn front(prompt: &str, body: &QuestionBody, words: &Wording) -> String {
    let prompt = format!("<p class=\"prompt\">{}</p>", html(prompt));
    let hint = |text: &str| format!("<p class=\"hint\">{}</p>", html(text));
    match body {
        QuestionBody::MultipleChoice { options } => format!("{prompt}{}", list("ol type=\"A\"", options.iter().map(|o| o.text.clone()))),
        QuestionBody::TrueFalse => format!("{prompt}{}", hint(words.true_false)),
        QuestionBody::Year => format!("{prompt}{}", hint(words.year)),
        QuestionBody::Order { items } => format!("{prompt}{}{}", hint(words.order), list("ul", items.iter().map(|i| i.title.clone()))),
        QuestionBody::Match { figures, roles } => format!(
            "{prompt}{}<div class=\"match\">{}{}</div>",
            hint(words.matching),
            list("ul", figures.iter().map(|f| f.name.clone())),
            list("ol type=\"a\"", roles.iter().map(|r| r.text.clone()))
        ),
        QuestionBody::Typed { .. } => format!("{prompt}{}", hint(words.typed)),
    }
}

/// The right answer, as the back shows it.
fn answer(id: &str, answer: &StoredAnswer, lang: Lang, words: &Wording, names: &impl Names) -> Result<String> {
    Ok(match answer {
        StoredAnswer::MultipleChoice { options, answer } => {
            let right = options.get(*answer).ok_or_else(|| Error::Corrupt(format!("question {id}: answer {answer} of {} options", options.len())))?;
            html(right.get(lang))
        }
        StoredAnswer::TrueFalse { answer } => html(if *answer { words.yes } else { words.no }),
        StoredAnswer::Year { answer } => answer.to_string(),
        StoredAnswer::Order { items } => list("ol", items.iter().map(|id| names.event_title(id))),
        StoredAnswer::Match { pairs } => list("ul", pairs.iter().map(|p| format!("{} — {}", names.figure_name(&p.figure), p.role.get(lang)))),
        // The answer shown as right, then the other spellings this language accepts.
        StoredAnswer::Typed { accepted } => match accepted.get(lang) {
            [] => return Err(Error::Corrupt(format!("question {id}: no accepted answer"))),
            [first] => html(first),
            [first, others @ ..] => format!("{}<p class=\"hint\">{} {}</p>", html(first), html(words.also_accepted), html(&others.join(" · "))),
        },
    })
}

fn sources(sources: &[Source]) -> String {
    list(
        "ul",
        sources.iter().map(|s| {
            let mut line = format!("{}. {}", s.publisher, s.title);
            if let Some(date) = s.date {
                line.push_str(&format!(", {date}"));
            }
            if let Some(url) = &s.url {
                line.push_str(&format!(". {url}"));
            }
            line
        }),
    )
}

const CSS: &str = ".card { font-family: sans-serif; font-size: 20px; text-align: left; color: black; background: white; }
.hint { font-style: italic; }
.explanation { margin-top: 1em; }
.sources { margin-top: 1em; font-size: 0.75em; }
.nightMode.card, .night_mode .card { color: white; background: #222; }";

fn note_type(lang: Lang, words: &Wording) -> NoteType {
    let [question, answer, explanation, sources] = words.fields;
    NoteType {
        id: stable_id(&format!("cronica note type {lang}")),
        name: format!("Crónica ({lang})"),
        fields: words.fields.iter().map(|f| (*f).to_string()).collect(),
        front: format!("{{{{{question}}}}}"),
        back: format!(
            "{{{{FrontSide}}}}<hr id=\"answer\"><div class=\"answer\">{{{{{answer}}}}}</div><div class=\"explanation\">{{{{{explanation}}}}}</div><div class=\"sources\">{{{{{sources}}}}}</div>"
        ),
        css: CSS.to_string(),
    }
}

/// The `.apkg` of `contents`, in one language.
pub(crate) fn package(db: &ContentDb, lang: Lang, contents: &DeckContents) -> Result<Vec<u8>> {
    let words = wording(lang);
    let names = DbNames { db, lang };
    let root = format!("Crónica ({lang})::{}", contents.title.replace("::", ":"));
    let mut decks: Vec<Deck> = Vec::new();
    let mut notes = Vec::with_capacity(contents.questions.len());
    for (chapter, id) in &contents.questions {
        let deck_name = format!("{root}::{}", db.chapter_title(lang, chapter)?.replace("::", ":"));
        let deck = stable_id(&deck_name);
        if !decks.iter().any(|d| d.id == deck) {
            decks.push(Deck { id: deck, name: deck_name });
        }
        let q = db.question(lang, id)?;
        let body = question_body(&q.answer, id, ANKI_SEED, lang, &names);
        let mut tags = vec![format!("cronica::{chapter}")];
        tags.extend(db.question_eras(id)?.into_iter().map(|era| format!("cronica::era::{era}")));
        notes.push(Note {
            guid: format!("cronica-{lang}-{id}"),
            deck,
            fields: vec![
                front(&q.prompt, &body, &words),
                answer(id, &q.answer, lang, &words, &names)?,
                html(&q.explanation),
                sources(&db.sources_for(CitationOwner::Question, id)?),
            ],
            tags,
        });
    }
    collection::package(&note_type(lang, &words), &decks, &notes)
}

#[cfg(test)]
mod tests;
