//! A player's answer to one question: its value, whether it matches the question's kind, and how it scored.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::game::PlayerId;
use crate::question::{GameQuestion, GameQuestionKind};

/// Years a player may type; anything outside is refused as not fitting the question.
pub const YEAR_RANGE: std::ops::RangeInclusive<i32> = -10_000..=10_000;

/// An answer's value: `{"optionId": "b"}` or `{"year": 1973}`. Also used for the right answer at the reveal.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum AnswerValue {
    OptionId(String),
    Year(i32),
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
    }
}

/// Whether `value` is right, or an error when it does not fit the question (unknown option, a year for a choice...).
pub fn judge(question: &GameQuestion, value: &AnswerValue) -> Result<bool> {
    match (&question.kind, value) {
        (GameQuestionKind::Choice { options, correct }, AnswerValue::OptionId(chosen)) => {
            if options.iter().any(|option| &option.id == chosen) {
                Ok(chosen == correct)
            } else {
                Err(Error::InvalidAnswer)
            }
        }
        (GameQuestionKind::Year { correct }, AnswerValue::Year(year)) if YEAR_RANGE.contains(year) => Ok(year == correct),
        _ => Err(Error::InvalidAnswer),
    }
}

/// How an answer reads to a person (the option's text, or the year), for the results table.
pub fn answer_text(question: &GameQuestion, value: &AnswerValue) -> String {
    match (&question.kind, value) {
        (GameQuestionKind::Choice { options, .. }, AnswerValue::OptionId(chosen)) => {
            options.iter().find(|option| &option.id == chosen).map_or_else(|| chosen.clone(), |option| option.text.clone())
        }
        (_, AnswerValue::OptionId(chosen)) => chosen.clone(),
        (_, AnswerValue::Year(year)) => year.to_string(),
    }
}
