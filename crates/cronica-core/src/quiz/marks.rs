//! What the learner answered, item by item: an order's items each in or out of place (and where
//! they belong), a match's figures each with the role chosen and the right one. The screen marks
//! each item from these; the answer as given is also shown back on the score screen.

use serde::Serialize;
use ts_rs::TS;

use super::presentation::role_order;
use super::{ChoiceOption, CorrectAnswer, MatchedRole, Names, QuizResponse};
use crate::base::{FigureRef, Lang, Ref, StoredAnswer};

/// One item of an order answer, in the position the learner gave it.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct OrderMark {
    pub item: Ref,
    /// 1-based, as the learner ordered it.
    pub given_position: i64,
    /// 1-based, where it belongs.
    pub right_position: i64,
    pub in_place: bool,
}

/// One figure of a match answer: the role the learner chose for them and their own.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct MatchMark {
    pub figure: FigureRef,
    pub chosen_role: String,
    pub right_role: String,
    pub correct: bool,
}

/// Per-item marks of an answer; questions answered as a whole have none.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum AnswerMarks {
    Whole,
    Order { items: Vec<OrderMark> },
    Match { pairs: Vec<MatchMark> },
}

/// The marks of a response already graded (so of the question's kind and shape); a response that
/// does not fit the question is marked as a whole.
pub fn answer_marks(answer: &StoredAnswer, question_id: &str, seed: u64, response: &QuizResponse, lang: Lang, names: &impl Names) -> AnswerMarks {
    match (answer, response) {
        (StoredAnswer::Order { items }, QuizResponse::Order { order }) => AnswerMarks::Order {
            items: order
                .iter()
                .enumerate()
                .filter_map(|(given, id)| {
                    let right = items.iter().position(|i| i == id)?;
                    Some(OrderMark {
                        item: Ref { id: id.clone(), title: names.event_title(id) },
                        given_position: given as i64 + 1,
                        right_position: right as i64 + 1,
                        in_place: given == right,
                    })
                })
                .collect(),
        },
        (StoredAnswer::Match { pairs }, QuizResponse::Match { roles }) => {
            let shown = role_order(seed, question_id, pairs.len());
            AnswerMarks::Match {
                pairs: pairs
                    .iter()
                    .enumerate()
                    .map(|(i, pair)| {
                        let chosen = roles.get(&pair.figure).and_then(|&c| usize::try_from(c).ok()).and_then(|c| shown.get(c).copied());
                        MatchMark {
                            figure: FigureRef { id: pair.figure.clone(), name: names.figure_name(&pair.figure) },
                            chosen_role: chosen.and_then(|c| pairs.get(c)).map(|p| p.role.get(lang).to_string()).unwrap_or_default(),
                            right_role: pair.role.get(lang).to_string(),
                            correct: chosen == Some(i),
                        }
                    })
                    .collect(),
            }
        }
        _ => AnswerMarks::Whole,
    }
}

/// The learner's response as data worded like a right answer (the option chosen, the order given,
/// the roles chosen); `None` when it does not fit the question (a content update changed it).
pub fn given_answer(answer: &StoredAnswer, question_id: &str, seed: u64, response: &QuizResponse, lang: Lang, names: &impl Names) -> Option<CorrectAnswer> {
    match (answer, response) {
        (StoredAnswer::MultipleChoice { options, .. }, QuizResponse::MultipleChoice { choice }) => {
            let text = options.get(usize::try_from(*choice).ok()?)?.get(lang).to_string();
            Some(CorrectAnswer::MultipleChoice { option: ChoiceOption { id: *choice, text } })
        }
        (StoredAnswer::TrueFalse { .. }, QuizResponse::TrueFalse { value }) => Some(CorrectAnswer::TrueFalse { value: *value }),
        (StoredAnswer::Year { .. }, QuizResponse::Year { year }) => Some(CorrectAnswer::Year { year: *year }),
        (StoredAnswer::Order { .. }, QuizResponse::Order { order }) => {
            Some(CorrectAnswer::Order { items: order.iter().map(|id| Ref { id: id.clone(), title: names.event_title(id) }).collect() })
        }
        (StoredAnswer::Match { .. }, QuizResponse::Match { .. }) => match answer_marks(answer, question_id, seed, response, lang, names) {
            AnswerMarks::Match { pairs } => {
                Some(CorrectAnswer::Match { pairs: pairs.into_iter().map(|m| MatchedRole { figure: m.figure, role: m.chosen_role }).collect() })
            }
            _ => None,
        },
        // What was typed, as typed (trimmed): the score screen shows it beside the accepted answer.
        (StoredAnswer::Typed { .. }, QuizResponse::Typed { text }) => Some(CorrectAnswer::Typed { answer: text.trim().to_string(), others: Vec::new() }),
        _ => None,
    }
}
