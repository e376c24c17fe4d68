//! Typed answers as the grader compares them: their words as search compares them (case, accents,
//! apostrophes and the punctuation between words aside). Shared by grading, the live game and the
//! rules that refuse accepted answers that could never be told apart.

use super::search::{fold, word_ranges};

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
mod tests {
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
