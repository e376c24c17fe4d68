//! Grading: whether a response is right, by the identity of what was chosen, or for a typed
//! answer by its words as search compares them (case, accents and punctuation aside, `base::typed`).

use super::QuizResponse;
use super::presentation::role_order;
use crate::base::StoredAnswer;
use crate::base::typed::{typed_answer_is_right, typed_answer_key};
use crate::error::{Error, Result};

/// The longest typed answer graded: accepted answers are at most 200 characters, and a response
/// far longer is hostile input rather than an answer.
pub const MAX_TYPED: usize = 1000;

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
        (StoredAnswer::Typed { accepted }, QuizResponse::Typed { text }) => {
            if text.chars().count() > MAX_TYPED {
                return Err(invalid(format!("a typed answer has at most {MAX_TYPED} characters")));
            }
            if typed_answer_key(text).is_empty() {
                return Err(invalid("a typed answer needs at least one word".into()));
            }
            // Either language's answers count: a learner reading in English who types the Spanish
            // name of a coalition or an office knows the answer.
            Ok(typed_answer_is_right(text, &accepted.all()))
        }
        _ => Err(invalid("the answer is not of this question's kind".into())),
    }
}
