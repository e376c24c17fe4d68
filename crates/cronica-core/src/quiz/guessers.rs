//! Strategies that know no history, only how tests are written, played over the bank as the app
//! presents it (options in each attempt's order). If the bank is honest, each scores near chance.

use crate::base::{Lang, StoredAnswer};
use crate::content::Content;
use crate::content::model::Answer;
use crate::quiz::{Names, QuestionBody, question_body};

/// How a guesser picks among the options shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Guesser {
    FirstShown,
    LastShown,
    Longest,
    SecondLongest,
    Shortest,
    /// The option with the most words (the most "specific" looking).
    MostWords,
}

impl Guesser {
    pub const ALL: [Guesser; 6] =
        [Guesser::FirstShown, Guesser::LastShown, Guesser::Longest, Guesser::SecondLongest, Guesser::Shortest, Guesser::MostWords];

    pub fn name(self) -> &'static str {
        match self {
            Guesser::FirstShown => "always the first option shown",
            Guesser::LastShown => "always the last option shown",
            Guesser::Longest => "the longest option",
            Guesser::SecondLongest => "the second-longest option",
            Guesser::Shortest => "the shortest option",
            Guesser::MostWords => "the option with the most words",
        }
    }

    fn pick(self, texts: &[&str]) -> usize {
        let by = |key: &dyn Fn(&str) -> usize| (0..texts.len()).max_by_key(|&i| (key(texts[i]), std::cmp::Reverse(i))).unwrap_or(0);
        match self {
            Guesser::FirstShown => 0,
            Guesser::LastShown => texts.len().saturating_sub(1),
            Guesser::Longest => by(&|t| t.chars().count()),
            Guesser::SecondLongest => {
                let mut by_length: Vec<usize> = (0..texts.len()).collect();
                by_length.sort_by_key(|&i| (std::cmp::Reverse(texts[i].chars().count()), i));
                by_length.get(1).copied().unwrap_or(0)
            }
            Guesser::Shortest => by(&|t| usize::MAX - t.chars().count()),
            Guesser::MostWords => by(&|t| t.split_whitespace().count()),
        }
    }
}

struct NoNames;
impl Names for NoNames {
    fn event_title(&self, id: &str) -> String {
        id.to_string()
    }
    fn figure_name(&self, id: &str) -> String {
        id.to_string()
    }
}

/// Share of multiple-choice questions a guesser gets right over `attempts` attempts, and the share
/// chance would get (the mean of 1 / options).
pub fn score(content: &Content, lang: Lang, guesser: Guesser, attempts: u64) -> (f64, f64) {
    let (mut right, mut total, mut chance) = (0usize, 0usize, 0.0);
    for q in &content.questions {
        let Answer::MultipleChoice { options, answer } = &q.answer else { continue };
        let stored = StoredAnswer::MultipleChoice { options: options.clone(), answer: answer.value.max(0) as usize };
        for seed in 0..attempts {
            let QuestionBody::MultipleChoice { options: shown } = question_body(&stored, &q.id.value, seed, lang, &NoNames) else {
                continue;
            };
            let texts: Vec<&str> = shown.iter().map(|o| o.text.as_str()).collect();
            right += usize::from(shown[guesser.pick(&texts)].id == answer.value);
            total += 1;
            chance += 1.0 / shown.len() as f64;
        }
    }
    if total == 0 { (0.0, 0.0) } else { (right as f64 / total as f64, chance / total as f64) }
}

/// Share of true/false questions answered right by always saying "false".
pub fn always_false(content: &Content) -> f64 {
    let answers: Vec<bool> =
        content.questions.iter().filter_map(|q| if let Answer::TrueFalse(v) = q.answer { Some(v) } else { None }).collect();
    if answers.is_empty() { 0.0 } else { answers.iter().filter(|v| !**v).count() as f64 / answers.len() as f64 }
}
