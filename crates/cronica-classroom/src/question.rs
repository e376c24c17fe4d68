//! The questions a classroom game plays, independent of the content database: the caller builds them (and shuffles the
//! options, order items and match options beforehand); the game shows them in the order given and never sends the right
//! answer before the reveal.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::game::LIST_MAX_ENTRIES;

/// One question of a game.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GameQuestion {
    pub id: String,
    pub prompt: String,
    pub kind: GameQuestionKind,
    /// How long players have to answer, counted by the server from the moment the question opens.
    pub time_limit_ms: u64,
    /// Points for a right answer (before the speed bonus is applied).
    pub points: u32,
    /// Shown to players with the result, after the reveal.
    pub explanation: String,
    pub source: Option<String>,
}

/// What kind of answer a question takes, with the right answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum GameQuestionKind {
    /// Multiple choice; true/false is a choice with two options. `correct` is an option id.
    Choice { options: Vec<GameOption>, correct: String },
    /// The player types a year.
    Year { correct: i32 },
    /// The player puts `items` (shown in the order given) in order; `correct` lists their ids in the right order.
    Order { items: Vec<GameOption>, correct: Vec<String> },
    /// The player gives each of `left` one of `options`; `correct[i]` is the id of the option of `left[i]`.
    Match { left: Vec<GameOption>, options: Vec<GameOption>, correct: Vec<String> },
    /// The player types an answer: any of `accepted` is right, case, accents and punctuation aside; the first is shown
    /// as the right answer.
    Typed { accepted: Vec<String> },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GameOption {
    pub id: String,
    pub text: String,
}

/// The core prepares a game's questions (from a chapter or a teacher's quiz, options already shuffled); the game plays them.
impl From<cronica_core::live::LiveQuestion> for GameQuestion {
    fn from(question: cronica_core::live::LiveQuestion) -> GameQuestion {
        use cronica_core::live::LiveQuestionKind;
        let kind = match question.kind {
            LiveQuestionKind::Choice { options, correct } => GameQuestionKind::Choice {
                options: options.into_iter().map(|option| GameOption { id: option.id, text: option.text }).collect(),
                correct,
            },
            LiveQuestionKind::Year { correct } => GameQuestionKind::Year { correct },
            LiveQuestionKind::Order { items, correct } => GameQuestionKind::Order { items: game_options(items), correct },
            LiveQuestionKind::Match { left, options, correct } => {
                GameQuestionKind::Match { left: game_options(left), options: game_options(options), correct }
            }
            LiveQuestionKind::Typed { accepted } => GameQuestionKind::Typed { accepted },
        };
        GameQuestion {
            id: question.id,
            prompt: question.prompt,
            kind,
            time_limit_ms: question.time_limit_ms,
            points: question.points,
            explanation: question.explanation,
            source: question.source,
        }
    }
}

fn game_options(options: Vec<cronica_core::live::LiveOption>) -> Vec<GameOption> {
    options.into_iter().map(|option| GameOption { id: option.id, text: option.text }).collect()
}

/// Whether the option ids are all different.
fn distinct(options: &[GameOption]) -> bool {
    let mut ids: Vec<&str> = options.iter().map(|option| option.id.as_str()).collect();
    ids.sort_unstable();
    ids.windows(2).all(|pair| pair[0] != pair[1])
}

impl GameQuestion {
    /// Refuses a question a game could not play: no options, a right answer that is not an option, duplicate option ids,
    /// an order that is not one of the items', more items than an answer may carry, a typed question without an answer
    /// that has a word, a zero time limit.
    pub fn validate(&self) -> Result<()> {
        let problem = |problem: &str| Err(Error::InvalidQuestion { id: self.id.clone(), problem: problem.to_owned() });
        if self.id.is_empty() {
            return problem("empty id");
        }
        if self.time_limit_ms == 0 {
            return problem("zero time limit");
        }
        let is_option = |options: &[GameOption], id: &str| options.iter().any(|option| option.id == id);
        match &self.kind {
            GameQuestionKind::Choice { options, correct } => {
                if options.len() < 2 {
                    return problem("a choice needs at least two options");
                }
                if !is_option(options, correct) {
                    return problem("the right answer is not one of the options");
                }
                if !distinct(options) {
                    return problem("two options have the same id");
                }
            }
            GameQuestionKind::Year { .. } => {}
            GameQuestionKind::Order { items, correct } => {
                if items.len() < 2 || items.len() > LIST_MAX_ENTRIES {
                    return problem("an order question needs 2 to 20 items");
                }
                if !distinct(items) {
                    return problem("two items have the same id");
                }
                let mut ids: Vec<&str> = items.iter().map(|item| item.id.as_str()).collect();
                let mut right: Vec<&str> = correct.iter().map(String::as_str).collect();
                ids.sort_unstable();
                right.sort_unstable();
                if ids != right {
                    return problem("the right order does not list each item once");
                }
            }
            GameQuestionKind::Match { left, options, correct } => {
                if left.len() < 2 || left.len() > LIST_MAX_ENTRIES || options.len() < 2 || options.len() > LIST_MAX_ENTRIES {
                    return problem("a match question needs 2 to 20 items and options");
                }
                if !distinct(left) || !distinct(options) {
                    return problem("two items or two options have the same id");
                }
                if correct.len() != left.len() || !correct.iter().all(|id| is_option(options, id)) {
                    return problem("the right answer does not give each item one of the options");
                }
            }
            GameQuestionKind::Typed { accepted } => {
                if !accepted.iter().any(|answer| cronica_core::quiz::typed_answer_is_right(answer, std::slice::from_ref(answer))) {
                    return problem("a typed question needs an accepted answer with at least one word");
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub fn choice(id: &str) -> GameQuestion {
        GameQuestion {
            id: id.into(),
            prompt: "¿Quién?".into(),
            kind: GameQuestionKind::Choice {
                options: vec![GameOption { id: "a".into(), text: "A".into() }, GameOption { id: "b".into(), text: "B".into() }],
                correct: "b".into(),
            },
            time_limit_ms: 1000,
            points: 1000,
            explanation: String::new(),
            source: None,
        }
    }

    #[test]
    fn a_valid_question_passes() {
        assert!(choice("q1").validate().is_ok());
    }

    #[test]
    fn a_right_answer_outside_the_options_is_refused() {
        let mut question = choice("q1");
        question.kind = GameQuestionKind::Choice { options: vec![GameOption { id: "a".into(), text: "A".into() }; 2], correct: "a".into() };
        assert!(matches!(question.validate(), Err(Error::InvalidQuestion { .. })));
        question.kind = GameQuestionKind::Choice {
            options: vec![GameOption { id: "a".into(), text: "A".into() }, GameOption { id: "b".into(), text: "B".into() }],
            correct: "c".into(),
        };
        assert!(matches!(question.validate(), Err(Error::InvalidQuestion { .. })));
    }

    fn option(id: &str) -> GameOption {
        GameOption { id: id.into(), text: id.to_uppercase() }
    }

    #[test]
    fn order_match_and_typed_questions_must_be_playable() {
        let mut question = choice("q1");
        let ok = |question: &GameQuestion| question.validate().is_ok();
        question.kind = GameQuestionKind::Order { items: vec![option("a"), option("b")], correct: vec!["b".into(), "a".into()] };
        assert!(ok(&question));
        question.kind = GameQuestionKind::Order { items: vec![option("a"), option("b")], correct: vec!["b".into(), "b".into()] };
        assert!(!ok(&question), "an order that repeats an item");
        question.kind = GameQuestionKind::Order { items: vec![option("a"); 2], correct: vec!["a".into(), "a".into()] };
        assert!(!ok(&question), "two items with one id");
        let many: Vec<GameOption> = (0..21).map(|i| option(&i.to_string())).collect();
        question.kind = GameQuestionKind::Order { correct: many.iter().map(|o| o.id.clone()).collect(), items: many };
        assert!(!ok(&question), "more items than an answer may carry");
        question.kind = GameQuestionKind::Match {
            left: vec![option("l0"), option("l1")],
            options: vec![option("r0"), option("r1")],
            correct: vec!["r1".into(), "r0".into()],
        };
        assert!(ok(&question));
        question.kind = GameQuestionKind::Match {
            left: vec![option("l0"), option("l1")],
            options: vec![option("r0"), option("r1")],
            correct: vec!["r1".into(), "zz".into()],
        };
        assert!(!ok(&question), "a right option that does not exist");
        question.kind = GameQuestionKind::Typed { accepted: vec!["Allende".into()] };
        assert!(ok(&question));
        question.kind = GameQuestionKind::Typed { accepted: vec!["  ".into(), "?!".into()] };
        assert!(!ok(&question), "no accepted answer has a word");
    }

    #[test]
    fn a_zero_time_limit_is_refused() {
        let mut question = choice("q1");
        question.time_limit_ms = 0;
        assert!(question.validate().is_err());
    }
}
