//! The rules every question follows, shared by the content compiler and teachers' own questions,
//! so both refuse the same things with the same words. Pure: counts, texts and numbers in,
//! problems out; the caller says where (a `file:line: field` or a form field).

use std::collections::HashSet;
use std::fmt;
use std::ops::RangeInclusive;

use serde::Serialize;
use ts_rs::TS;

use super::lang::Lang;
use super::typed::typed_answer_key;

pub const OPTIONS: RangeInclusive<usize> = 3..=5;
pub const ORDER_ITEMS: RangeInclusive<usize> = 3..=5;
pub const MATCH_PAIRS: RangeInclusive<usize> = 2..=6;
pub const FIRST_YEAR: i64 = 1800;
/// The longest accepted answer of a bank typed-answer question.
pub const ACCEPTED_MAX: usize = 200;

/// Which part of a question a problem is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "part", rename_all = "camelCase")]
pub enum QuestionPart {
    Prompt { lang: Lang },
    Explanation { lang: Lang },
    Options,
    OptionTexts { lang: Lang },
    Answer,
    Items,
    Pairs,
    PairTexts { lang: Lang },
    Source,
}

/// Something wrong with a question; `Display` is the message the content compiler prints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "problem", rename_all = "camelCase")]
pub enum QuestionProblem {
    OptionCount {
        found: usize,
    },
    AnswerNotAnOption {
        answer: i64,
        options: usize,
    },
    OptionsRepeat {
        lang: Lang,
    },
    RolesRepeat {
        lang: Lang,
    },
    YearOutOfRange {
        year: i64,
        max: i64,
    },
    ItemCount {
        found: usize,
    },
    PairCount {
        found: usize,
    },
    NoAcceptedAnswer,
    /// An accepted answer with no word in it once case, accents and punctuation are set aside.
    AcceptedWithoutWords {
        lang: Lang,
    },
    /// Two accepted answers that are the same words once case, accents and punctuation are set aside.
    AcceptedRepeat {
        lang: Lang,
    },
    MissingText {
        lang: Lang,
    },
    TooLong {
        max: usize,
    },
}

impl fmt::Display for QuestionProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (min_o, max_o) = (OPTIONS.start(), OPTIONS.end());
        match self {
            QuestionProblem::OptionCount { found } => write!(f, "a multiple-choice question needs {min_o}–{max_o} options, found {found}"),
            QuestionProblem::AnswerNotAnOption { answer, options } => {
                write!(f, "answer {answer} is not among the options (0–{})", options.saturating_sub(1))
            }
            QuestionProblem::OptionsRepeat { .. } => f.write_str("options must all differ"),
            QuestionProblem::RolesRepeat { .. } => f.write_str("roles must all differ"),
            QuestionProblem::YearOutOfRange { year, max } => {
                write!(f, "{year} is not a year between {FIRST_YEAR} and the as-of year {max}")
            }
            QuestionProblem::ItemCount { found } => {
                write!(f, "an order question needs {}–{} events, found {found}", ORDER_ITEMS.start(), ORDER_ITEMS.end())
            }
            QuestionProblem::PairCount { found } => {
                write!(f, "a match question needs {}–{} pairs, found {found}", MATCH_PAIRS.start(), MATCH_PAIRS.end())
            }
            QuestionProblem::NoAcceptedAnswer => f.write_str("a typed-answer question needs at least one accepted answer"),
            QuestionProblem::AcceptedWithoutWords { .. } => {
                f.write_str("an accepted answer needs at least one word (letters or digits), not only punctuation")
            }
            QuestionProblem::AcceptedRepeat { .. } => {
                f.write_str("accepted answers must differ once case, accents and punctuation are set aside")
            }
            QuestionProblem::MissingText { lang } => write!(f, "the text in {lang} is missing"),
            QuestionProblem::TooLong { max } => write!(f, "longer than {max} characters"),
        }
    }
}

pub type Found = Vec<(QuestionPart, QuestionProblem)>;

/// A multiple-choice question: its option count, the answer's index, and the options' texts in
/// each language the question is written in.
pub fn check_choice<'a>(count: usize, answer: i64, texts: impl IntoIterator<Item = (Lang, Vec<&'a str>)>) -> Found {
    let mut found = Vec::new();
    if !OPTIONS.contains(&count) {
        found.push((QuestionPart::Options, QuestionProblem::OptionCount { found: count }));
    }
    if answer < 0 || answer as usize >= count {
        found.push((QuestionPart::Answer, QuestionProblem::AnswerNotAnOption { answer, options: count }));
    }
    found.extend(repeats(texts, |lang| (QuestionPart::OptionTexts { lang }, QuestionProblem::OptionsRepeat { lang })));
    found
}

pub fn check_year(year: i64, max_year: i64) -> Found {
    if (FIRST_YEAR..=max_year).contains(&year) {
        Vec::new()
    } else {
        vec![(QuestionPart::Answer, QuestionProblem::YearOutOfRange { year, max: max_year })]
    }
}

pub fn check_order_count(count: usize) -> Found {
    if ORDER_ITEMS.contains(&count) { Vec::new() } else { vec![(QuestionPart::Items, QuestionProblem::ItemCount { found: count })] }
}

/// A match question: its pair count and the right-hand texts (roles) in each language.
pub fn check_pairs<'a>(count: usize, texts: impl IntoIterator<Item = (Lang, Vec<&'a str>)>) -> Found {
    let mut found = Vec::new();
    if !MATCH_PAIRS.contains(&count) {
        found.push((QuestionPart::Pairs, QuestionProblem::PairCount { found: count }));
    }
    found.extend(repeats(texts, |lang| (QuestionPart::PairTexts { lang }, QuestionProblem::RolesRepeat { lang })));
    found
}

/// A typed-answer question's accepted answers in one language: at least one, each with a word in
/// it and at most `max` characters, no two graded alike. Each problem comes with the index of the
/// answer it is about (the later of two repeats), or none when the list itself is the problem.
pub fn check_accepted(lang: Lang, texts: &[&str], max: usize) -> Vec<(Option<usize>, QuestionProblem)> {
    if texts.is_empty() {
        return vec![(None, QuestionProblem::NoAcceptedAnswer)];
    }
    let mut found = Vec::new();
    let mut keys: HashSet<String> = HashSet::new();
    for (i, text) in texts.iter().enumerate() {
        let key = typed_answer_key(text);
        if key.is_empty() {
            found.push((Some(i), QuestionProblem::AcceptedWithoutWords { lang }));
        } else if !keys.insert(key) {
            found.push((Some(i), QuestionProblem::AcceptedRepeat { lang }));
        }
        if text.chars().count() > max {
            found.push((Some(i), QuestionProblem::TooLong { max }));
        }
    }
    found
}

/// Texts that must all differ within each language.
fn repeats<'a>(texts: impl IntoIterator<Item = (Lang, Vec<&'a str>)>, problem: impl Fn(Lang) -> (QuestionPart, QuestionProblem)) -> Found {
    let mut found = Vec::new();
    for (lang, texts) in texts {
        let distinct: HashSet<&str> = texts.iter().map(|t| t.trim()).collect();
        if distinct.len() != texts.len() {
            found.push(problem(lang));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choice_rules() {
        assert!(check_choice(4, 2, [(Lang::Es, vec!["a", "b", "c", "d"])]).is_empty());
        let found = check_choice(2, 3, [(Lang::En, vec!["a", "a "])]);
        let problems: Vec<&QuestionProblem> = found.iter().map(|(_, p)| p).collect();
        assert_eq!(
            problems,
            vec![
                &QuestionProblem::OptionCount { found: 2 },
                &QuestionProblem::AnswerNotAnOption { answer: 3, options: 2 },
                &QuestionProblem::OptionsRepeat { lang: Lang::En }
            ]
        );
        assert_eq!(found[1].1.to_string(), "answer 3 is not among the options (0–1)");
    }

    #[test]
    fn year_order_and_pair_rules() {
        assert!(check_year(1973, 2026).is_empty());
        assert_eq!(check_year(2030, 2026)[0].1.to_string(), "2030 is not a year between 1800 and the as-of year 2026");
        assert_eq!(check_order_count(2)[0].1, QuestionProblem::ItemCount { found: 2 });
        assert!(check_pairs(3, [(Lang::Es, vec!["x", "y", "z"])]).is_empty());
        assert_eq!(check_pairs(7, [])[0].1.to_string(), "a match question needs 2–6 pairs, found 7");
    }

    #[test]
    fn accepted_answer_rules() {
        assert!(check_accepted(Lang::Es, &["Carlos Prats", "Prats"], ACCEPTED_MAX).is_empty());
        assert_eq!(check_accepted(Lang::Es, &[], ACCEPTED_MAX), vec![(None, QuestionProblem::NoAcceptedAnswer)]);
        let long = "a".repeat(201);
        let found = check_accepted(Lang::En, &["O'Higgins", "¿?", "ohiggins", "OHIGGINS!", &long], ACCEPTED_MAX);
        assert_eq!(
            found,
            vec![
                (Some(1), QuestionProblem::AcceptedWithoutWords { lang: Lang::En }),
                (Some(2), QuestionProblem::AcceptedRepeat { lang: Lang::En }),
                (Some(3), QuestionProblem::AcceptedRepeat { lang: Lang::En }),
                (Some(4), QuestionProblem::TooLong { max: 200 }),
            ]
        );
        assert_eq!(found[1].1.to_string(), "accepted answers must differ once case, accents and punctuation are set aside");
    }
}
