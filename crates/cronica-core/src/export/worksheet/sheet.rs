//! What a worksheet holds: each question as printed on one variant (its task, options in that
//! variant's order) and its key, built from the bank or from a teacher's saved quiz.

use serde::Deserialize;
use ts_rs::TS;

use super::page;
use super::wording::{Wording, wording};
use crate::app::Cronica;
use crate::base::{Lang, StoredAnswer};
use crate::error::{Error, Result};
use crate::export::own::{OwnAsked, own_asked};
use crate::export::saved::{SavedFile, safe_stem};
use crate::quiz::{DbNames, Names, QuestionBody, question_body};
use crate::quiz::role_order;
use crate::teacher::ItemOrigin;

/// Whose questions the worksheet prints.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(tag = "kind", content = "id", rename_all = "camelCase")]
pub enum WorksheetSource {
    /// A chapter's questions, by chapter id.
    Chapter(String),
    /// A teacher's saved quiz, by quiz id, in its order.
    TeacherQuiz(String),
}

/// A worksheet ready to print: its title, the whole HTML page, and how many questions it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Worksheet {
    pub title: String,
    pub html: String,
    pub questions: usize,
}

/// What the learner is given to work with.
pub(crate) enum Task {
    Choices(Vec<String>),
    TrueFalse,
    Year,
    /// Items to number, in the variant's order.
    Order(Vec<String>),
    /// People in the written order, roles in the variant's order.
    Match { people: Vec<String>, roles: Vec<String> },
    Typed,
}

/// One printed question and the key's line for it.
pub(crate) struct Item {
    pub prompt: String,
    pub task: Task,
    pub key: String,
}

/// "A", "B", … for options; "a", "b", … for items and roles.
pub(crate) fn letter(position: usize, upper: bool) -> char {
    let base = if upper { b'A' } else { b'a' };
    u8::try_from(position).ok().and_then(|p| p.checked_add(base)).map_or('?', char::from)
}

/// The printed question and key of a stored answer, on variant `seed`.
fn item(id: &str, prompt: &str, answer: &StoredAnswer, seed: u64, lang: Lang, names: &impl Names, words: &Wording) -> Result<Item> {
    let corrupt = |what: &str| Error::Corrupt(format!("question {id}: {what}"));
    let (task, key) = match (answer, question_body(answer, id, seed, lang, names)) {
        (StoredAnswer::MultipleChoice { answer, .. }, QuestionBody::MultipleChoice { options }) => {
            let shown = options.iter().position(|o| o.id == *answer as i64).ok_or_else(|| corrupt("answer not among the options"))?;
            let key = format!("{}) {}", letter(shown, true), options[shown].text);
            (Task::Choices(options.into_iter().map(|o| o.text).collect()), key)
        }
        (StoredAnswer::TrueFalse { answer }, _) => (Task::TrueFalse, (if *answer { words.yes } else { words.no }).to_string()),
        (StoredAnswer::Year { answer }, _) => (Task::Year, answer.to_string()),
        (StoredAnswer::Order { items: chronological }, QuestionBody::Order { items }) => {
            let numbers: Vec<String> = items
                .iter()
                .enumerate()
                .map(|(shown, item)| {
                    let place = chronological.iter().position(|c| *c == item.id).map_or(0, |p| p + 1);
                    format!("{} = {place}", letter(shown, false))
                })
                .collect();
            (Task::Order(items.into_iter().map(|i| i.title).collect()), numbers.join(", "))
        }
        (StoredAnswer::Match { pairs }, QuestionBody::Match { figures, roles }) => {
            let order = role_order(seed, id, pairs.len());
            let letters: Vec<String> = (0..figures.len())
                .map(|pair| order.iter().position(|&p| p == pair).map_or_else(|| "?".into(), |shown| format!("{} = {}", pair + 1, letter(shown, false))))
                .collect();
            (Task::Match { people: figures.into_iter().map(|f| f.name).collect(), roles: roles.into_iter().map(|r| r.text).collect() }, letters.join(", "))
        }
        (StoredAnswer::Typed { accepted }, _) => (Task::Typed, accepted.get(lang).join(&format!(" {} ", words.or))),
        _ => return Err(corrupt("shown as another kind")),
    };
    Ok(Item { prompt: prompt.to_string(), task, key })
}

impl Cronica {
    /// The worksheet of `source` in `lang`, variant `variant` (1 and up: each its own order and key).
    pub fn worksheet(&self, lang: Lang, source: &WorksheetSource, variant: u32) -> Result<Worksheet> {
        if variant == 0 {
            return Err(Error::InvalidInput("variants are numbered from 1".into()));
        }
        let words = wording(lang);
        let seed = u64::from(variant);
        let content = self.content();
        let names = DbNames { db: &content, lang };
        let (title, items) = match source {
            WorksheetSource::Chapter(chapter) => {
                let title = content.chapter_title(lang, chapter)?;
                let mut items = Vec::new();
                for id in content.question_ids(chapter)? {
                    let q = content.question(lang, &id)?;
                    items.push(item(&id, &q.prompt, &q.answer, seed, lang, &names, &words)?);
                }
                (title, items)
            }
            WorksheetSource::TeacherQuiz(quiz) => {
                let user = self.user();
                let reader = user.read();
                let (summary, quiz_items) = reader.teacher_quiz(quiz)?;
                let mut items = Vec::new();
                for quiz_item in quiz_items {
                    match quiz_item.origin {
                        // A question a content update removed is left out, as in the quiz's pack.
                        ItemOrigin::Bank if content.question_exists(&quiz_item.question_id)? => {
                            let q = content.question(lang, &quiz_item.question_id)?;
                            items.push(item(&q.id, &q.prompt, &q.answer, seed, lang, &names, &words)?);
                        }
                        ItemOrigin::Own => {
                            let Some(own) = reader.own_question(&quiz_item.question_id)? else { continue };
                            let prompt = own.draft.prompt.shown(lang).to_string();
                            let OwnAsked(answer, labels) = own_asked(&own, lang)?;
                            items.push(item(own.id.as_str(), &prompt, &answer, seed, lang, &labels, &words)?);
                        }
                        ItemOrigin::Bank => {}
                    }
                }
                (summary.title, items)
            }
        };
        let html = page::render(lang, &title, &content.as_of()?, variant, &items, &words);
        Ok(Worksheet { title, html, questions: items.len() })
    }

    /// Saves the worksheet as `<title> (<version word> <n>).html` in the user's folder for saved files.
    pub fn save_worksheet(&self, lang: Lang, source: &WorksheetSource, variant: u32) -> Result<SavedFile> {
        let sheet = self.worksheet(lang, source, variant)?;
        let stem = safe_stem(&format!("{} ({} {variant})", sheet.title, wording(lang).variant), "worksheet");
        self.save_bytes_for_user(&stem, "html", sheet.html.as_bytes())
    }
}
