//! Reads questions (with their answer of each kind) and perspectives.

use super::super::model::*;
use super::super::reader::Obj;
use crate::base::QuestionKind;

pub(super) fn read_question(t: &Obj) -> Option<Question> {
    let id = t.id("id");
    let chapter = t.id("chapter");
    let kind = t.str("kind");
    let prompt = t.localized("prompt");
    let explanation = t.localized("explanation");
    let events = t.id_list("events", false);
    let figures = t.id_list("figures", false);
    let terms = t.id_list("terms", false);
    let sources = t.id_list("sources", true);
    let answer = kind.as_ref().and_then(|kind| match QuestionKind::parse(&kind.value) {
        Some(kind) => read_answer(t, kind),
        None => {
            t.error("kind", format!("'{}' is not one of {}", kind.value, QuestionKind::names()));
            None
        }
    });
    t.finish();
    Some(Question {
        id: id?,
        chapter: chapter?,
        prompt: prompt?,
        explanation: explanation?,
        answer: answer?,
        events,
        figures,
        terms,
        sources,
    })
}

fn read_answer(t: &Obj, kind: QuestionKind) -> Option<Answer> {
    match kind {
        QuestionKind::MultipleChoice => {
            let options = t.localized_lists("options");
            let answer = required_int(t, "answer");
            Some(Answer::MultipleChoice { options: options?, answer: answer? })
        }
        QuestionKind::TrueFalse => match t.opt_bool("answer") {
            Some(b) => Some(Answer::TrueFalse(b.value)),
            None => {
                if !t.has("answer") {
                    t.error("answer", "missing required field (true or false)");
                }
                None
            }
        },
        QuestionKind::Year => required_int(t, "answer").map(Answer::Year),
        QuestionKind::Order => {
            let items = t.id_list("items", true);
            if t.has("answer") {
                t.error("answer", "an order question takes no answer: it comes from the items' dates");
            }
            Some(Answer::Order(items))
        }
        QuestionKind::Match => {
            let pairs: Vec<MatchPair> = t
                .tables("pair")
                .iter()
                .filter_map(|p| {
                    let pair = (|| Some(MatchPair { figure: p.id("figure")?, role: p.localized("role")? }))();
                    p.finish();
                    pair
                })
                .collect();
            if !t.has("pair") {
                t.error("pair", "a match question needs [[question.pair]] tables");
            }
            Some(Answer::Match(pairs))
        }
        QuestionKind::Typed => {
            t.refuse("answer", "a typed-answer question takes `accepted.es` and `accepted.en` lists, not an answer");
            let [(es_at, es), (en_at, en)] = t.localized_str_lists("accepted")?;
            Some(Answer::Typed(AcceptedTexts { es: AcceptedList { at: es_at, texts: es }, en: AcceptedList { at: en_at, texts: en } }))
        }
    }
}

fn required_int(t: &Obj, key: &str) -> Option<super::super::reader::At<i64>> {
    if !t.has(key) {
        t.error(key, "missing required field");
    }
    t.opt_int(key)
}

pub(super) fn read_perspective(t: &Obj) -> Option<Perspective> {
    let id = t.id("id");
    let title = t.localized("title");
    let question = t.localized("question");
    let chapters = t.id_list("chapters", false);
    let events = t.id_list("events", false);
    let views: Vec<View> = t
        .tables("view")
        .iter()
        .filter_map(|v| {
            let holder = v.localized("holder");
            let text = v.localized("text");
            let sources = v.id_list("sources", true);
            v.finish();
            Some(View { holder: holder?, text: text?, sources, loc: v.loc() })
        })
        .collect();
    if views.len() < 2 && t.has("view") || !t.has("view") {
        t.error("view", "a perspective needs at least two [[perspective.view]] tables");
    }
    t.finish();
    Some(Perspective { id: id?, title: title?, question: question?, chapters, events, views })
}
