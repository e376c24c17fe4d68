//! Grading: whether a response is right, by the identity of what was chosen.

use super::QuizResponse;
use super::presentation::role_order;
use crate::base::StoredAnswer;
use crate::error::{Error, Result};

/// Whether `response` answers the question correctly. A response of the wrong kind or shape is
/// an input error, not a wrong answer. `seed` is the attempt's, which fixed how roles were shown.
pub fn grade(answer: &StoredAnswer, question_id: &str, seed: u64, response: &QuizResponse) -> Result<bool> {
    let invalid = |message: String| Error::InvalidInput(message);
    match (answer, response) {
        (StoredAnswer::MultipleChoice { options, answer }, QuizResponse::MultipleChoice { choice }) => {
            if *choice < 0 || *choice as usize >= options.len() {
                return Err(invalid(format!("choice {choice} is not one of the {} options", options.len())));
            }
            Ok(*choice as usize == *answer)
        }
        (StoredAnswer::TrueFalse { answer }, QuizResponse::TrueFalse { value }) => Ok(answer == value),
        (StoredAnswer::Year { answer }, QuizResponse::Year { year }) => {
            if !(0..=9999).contains(year) {
                return Err(invalid(format!("{year} is not a year")));
            }
            Ok(answer == year)
        }
        (StoredAnswer::Order { items }, QuizResponse::Order { order }) => {
            let mut given = order.clone();
            given.sort();
            let mut expected = items.clone();
            expected.sort();
            if given != expected {
                return Err(invalid("the order must list each of the question's events once".into()));
            }
            Ok(order == items)
        }
        (StoredAnswer::Match { pairs }, QuizResponse::Match { roles }) => {
            let shown = role_order(seed, question_id, pairs.len());
            if roles.len() != pairs.len() {
                return Err(invalid(format!("expected a role for each of the {} figures", pairs.len())));
            }
            let mut all = true;
            for (i, pair) in pairs.iter().enumerate() {
                let Some(&choice) = roles.get(&pair.figure) else {
                    return Err(invalid(format!("no role chosen for '{}'", pair.figure)));
                };
                if choice < 0 || choice as usize >= shown.len() {
                    return Err(invalid(format!("role {choice} is not one of the {} roles", shown.len())));
                }
                all &= shown[choice as usize] == i;
            }
            Ok(all)
        }
        _ => Err(invalid("the answer is not of this question's kind".into())),
    }
}
