//! The questions a classroom game plays, independent of the content database: the caller builds them (and shuffles the
//! options beforehand); the game shows options in the order given and never sends the right answer before the reveal.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

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

impl GameQuestion {
    /// Refuses a question a game could not play: no options, a right answer that is not an option, duplicate option ids,
    /// a zero time limit.
    pub fn validate(&self) -> Result<()> {
        let problem = |problem: &str| Err(Error::InvalidQuestion { id: self.id.clone(), problem: problem.to_owned() });
        if self.id.is_empty() {
            return problem("empty id");
        }
        if self.time_limit_ms == 0 {
            return problem("zero time limit");
        }
        if let GameQuestionKind::Choice { options, correct } = &self.kind {
            if options.len() < 2 {
                return problem("a choice needs at least two options");
            }
            if !options.iter().any(|option| &option.id == correct) {
                return problem("the right answer is not one of the options");
            }
            let mut ids: Vec<&str> = options.iter().map(|option| option.id.as_str()).collect();
            ids.sort_unstable();
            if ids.windows(2).any(|pair| pair[0] == pair[1]) {
                return problem("two options have the same id");
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

    #[test]
    fn a_zero_time_limit_is_refused() {
        let mut question = choice("q1");
        question.time_limit_ms = 0;
        assert!(question.validate().is_err());
    }
}
