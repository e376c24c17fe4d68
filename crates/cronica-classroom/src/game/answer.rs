//! A player's answer to one question: its value, whether it fits the question (kind, shape and size), whether it is
//! right, how it reads to a person, and how it scored.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::game::PlayerId;
use crate::question::{GameOption, GameQuestion, GameQuestionKind};

/// Years a player may type; anything outside is refused as not fitting the question.
pub const YEAR_RANGE: std::ops::RangeInclusive<i32> = -10_000..=10_000;

/// The longest typed answer, in characters; a longer one is refused as too long.
pub const TEXT_MAX_CHARS: usize = 200;

/// The most entries an order or match answer (and so an order or match question) may have; more is refused as too long.
pub const LIST_MAX_ENTRIES: usize = 20;

/// The longest id an order or match answer may name, in bytes (ids are short: the server numbers the items).
pub const ID_MAX_BYTES: usize = 64;

/// An answer's value: `{"optionId": "b"}`, `{"year": 1973}`, `{"order": ["2", "0", "1"]}` (item ids, first to last),
/// `{"matches": ["1", "0"]}` (for each left item in turn, the id of the option given to it) or `{"text": "Allende"}`.
/// Also used for the right answer at the reveal (for a typed question, the first accepted answer).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum AnswerValue {
    OptionId(String),
    Year(i32),
    Order(Vec<String>),
    Matches(Vec<String>),
    Text(String),
}

/// An answer the game accepted.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordedAnswer {
    pub value: AnswerValue,
    pub right: bool,
    pub points: u32,
    pub elapsed_ms: u64,
}

/// An answer that passed every check, scored, not yet stored: the server records it first, then commits it.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoredAnswer {
    pub player: PlayerId,
    pub question_index: usize,
    pub answer: RecordedAnswer,
}

/// The right answer of a question, in the shape of an answer.
pub fn correct_answer(question: &GameQuestion) -> AnswerValue {
    match &question.kind {
        GameQuestionKind::Choice { correct, .. } => AnswerValue::OptionId(correct.clone()),
        GameQuestionKind::Year { correct } => AnswerValue::Year(*correct),
        GameQuestionKind::Order { correct, .. } => AnswerValue::Order(correct.clone()),
        GameQuestionKind::Match { correct, .. } => AnswerValue::Matches(correct.clone()),
        GameQuestionKind::Typed { accepted } => AnswerValue::Text(accepted.first().cloned().unwrap_or_default()),
    }
}

/// `TooLong` for a typed answer or a list bigger than any question takes, whatever the question.
fn check_size(value: &AnswerValue) -> Result<()> {
    let too_long = match value {
        AnswerValue::Order(ids) | AnswerValue::Matches(ids) => ids.len() > LIST_MAX_ENTRIES || ids.iter().any(|id| id.len() > ID_MAX_BYTES),
        AnswerValue::Text(text) => text.chars().count() > TEXT_MAX_CHARS,
        AnswerValue::OptionId(id) => id.len() > ID_MAX_BYTES,
        AnswerValue::Year(_) => false,
    };
    if too_long {
        Err(Error::AnswerTooLong)
    } else {
        Ok(())
    }
}

/// Whether `value` is right, or an error when it does not fit the question: too long (`AnswerTooLong`), or of another
/// kind, an unknown option, an order that does not list each item once, a match without one option per item, a typed
/// answer without a word (`InvalidAnswer`).
pub fn judge(question: &GameQuestion, value: &AnswerValue) -> Result<bool> {
    check_size(value)?;
    let is_option = |options: &[GameOption], id: &String| options.iter().any(|option| &option.id == id);
    match (&question.kind, value) {
        (GameQuestionKind::Choice { options, correct }, AnswerValue::OptionId(chosen)) if is_option(options, chosen) => {
            Ok(chosen == correct)
        }
        (GameQuestionKind::Year { correct }, AnswerValue::Year(year)) if YEAR_RANGE.contains(year) => Ok(year == correct),
        (GameQuestionKind::Order { items, correct }, AnswerValue::Order(order)) => {
            let mut given: Vec<&String> = order.iter().collect();
            given.sort_unstable();
            given.dedup();
            if order.len() != items.len() || given.len() != order.len() || !order.iter().all(|id| is_option(items, id)) {
                return Err(Error::InvalidAnswer);
            }
            Ok(order == correct)
        }
        (GameQuestionKind::Match { left, options, correct }, AnswerValue::Matches(given)) => {
            if given.len() != left.len() || !given.iter().all(|id| is_option(options, id)) {
                return Err(Error::InvalidAnswer);
            }
            Ok(given == correct)
        }
        (GameQuestionKind::Typed { accepted }, AnswerValue::Text(text)) => {
            if cronica_core::quiz::typed_answer_key(text).is_empty() {
                return Err(Error::InvalidAnswer);
            }
            Ok(cronica_core::quiz::typed_answer_is_right(text, accepted))
        }
        _ => Err(Error::InvalidAnswer),
    }
}

/// The text of the option `id` among `options`, or the id itself when there is none.
fn text_of<'a>(options: &'a [GameOption], id: &'a str) -> &'a str {
    options.iter().find(|option| option.id == id).map_or(id, |option| option.text.as_str())
}

/// How an answer reads to a person, for the results table: the option's text, the year, the items in the order given
/// ("A → B → C"), each left item with its option ("left: right; …"), or the typed text (trimmed).
pub fn answer_text(question: &GameQuestion, value: &AnswerValue) -> String {
    use cronica_core::live::{match_answer_text, order_answer_text};
    match (&question.kind, value) {
        (GameQuestionKind::Choice { options, .. }, AnswerValue::OptionId(chosen)) => text_of(options, chosen).to_owned(),
        (GameQuestionKind::Order { items, .. }, AnswerValue::Order(order)) => {
            order_answer_text(&order.iter().map(|id| text_of(items, id)).collect::<Vec<_>>())
        }
        (GameQuestionKind::Match { left, options, .. }, AnswerValue::Matches(given)) => {
            let pairs: Vec<(&str, &str)> = left.iter().zip(given).map(|(item, id)| (item.text.as_str(), text_of(options, id))).collect();
            match_answer_text(&pairs)
        }
        (_, AnswerValue::OptionId(chosen)) => chosen.clone(),
        (_, AnswerValue::Year(year)) => year.to_string(),
        (_, AnswerValue::Order(ids) | AnswerValue::Matches(ids)) => ids.join(", "),
        (_, AnswerValue::Text(text)) => text.trim().to_owned(),
    }
}
