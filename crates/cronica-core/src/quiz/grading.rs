//! Grading: whether a response is right, by the identity of what was chosen, or for a typed
//! answer by its words as search compares them (case, accents and punctuation aside).

use super::QuizResponse;
use super::presentation::role_order;
use crate::base::StoredAnswer;
use crate::base::search::{fold, word_ranges};
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

/// A text's words as search compares them: lower case, accents and in-word apostrophes off, the
/// punctuation and spacing between words gone ("¡O'Higgins, Bernardo!" → "ohiggins bernardo").
fn typed_words(text: &str) -> Vec<Vec<char>> {
    word_ranges(text).into_iter().map(|range| fold(&text[range])).collect()
}

/// Whether a typed answer is one of the `accepted` ones, ignoring case, accents and punctuation.
/// An answer without a single word (empty, or only punctuation) is never right.
pub fn typed_answer_is_right<S: AsRef<str>>(typed: &str, accepted: &[S]) -> bool {
    let words = typed_words(typed);
    !words.is_empty() && accepted.iter().any(|answer| typed_words(answer.as_ref()) == words)
}

/// A typed answer as the grader compares it, its words joined by single spaces; two answers with
/// the same key are the same answer (for counting them). Empty when it has no word.
pub fn typed_answer_key(typed: &str) -> String {
    typed_words(typed).into_iter().map(|word| word.into_iter().collect::<String>()).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod typed_tests {
    use super::typed_answer_is_right;

    #[test]
    fn typed_answers_ignore_case_accents_and_punctuation() {
        let accepted = ["Salvador Allende", "Allende"];
        for typed in ["allende", "  ALLENDE. ", "Salvador-Allende", "¡salvador allende!"] {
            assert!(typed_answer_is_right(typed, &accepted), "{typed}");
        }
        assert!(typed_answer_is_right("Pinera", &["Piñera"]));
        assert!(typed_answer_is_right("ohiggins", &["O’Higgins"]));
        assert!(typed_answer_is_right("Concertacion", &["Concertación"]));
        assert_eq!(super::typed_answer_key(" ¡Salvador   ALLENDE! "), "salvador allende");
        assert_eq!(super::typed_answer_key("?!"), "");
    }

    #[test]
    fn other_words_or_no_words_are_wrong() {
        let accepted = ["Allende"];
        for typed in ["", "   ", "...", "Allendes", "Salvador", "Allende Gossens"] {
            assert!(!typed_answer_is_right(typed, &accepted), "{typed}");
        }
        assert!(!typed_answer_is_right("...", &["..."]), "punctuation alone is no answer");
    }
}
