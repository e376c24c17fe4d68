//! The questions a live game plays, built from a chapter's bank questions or a teacher's quiz. Each
//! game shuffles its options with its own seed, so the right answer is not always in one place;
//! kinds a game cannot play yet (order, match, typed) are left out and counted.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::app::Cronica;
use crate::base::{ChapterId, Lang, TeacherQuizId};
use crate::error::{Error, Result};
use crate::quiz::{CorrectAnswer, QuestionBody};
use crate::teacher::{BankQuestion, OwnAnswer, OwnQuestion, QuizItemView};

/// Which questions a game plays.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
#[serde(tag = "kind", rename_all = "camelCase", rename_all_fields = "camelCase", deny_unknown_fields)]
pub enum LiveSource {
    Chapter { id: ChapterId },
    TeacherQuiz { id: TeacherQuizId },
}

/// One question of a game, with its right answer (for the game server only, never sent to players before the reveal).
#[derive(Debug, Clone, PartialEq)]
pub struct LiveQuestion {
    pub id: String,
    pub prompt: String,
    pub kind: LiveQuestionKind,
    pub time_limit_ms: u64,
    pub points: u32,
    pub explanation: String,
    pub source: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum LiveQuestionKind {
    /// Multiple choice; true/false is a choice of two. `correct` is an option id.
    Choice { options: Vec<LiveOption>, correct: String },
    Year { correct: i32 },
}

#[derive(Debug, Clone, PartialEq)]
pub struct LiveOption {
    pub id: String,
    pub text: String,
}

/// A game ready to host: its title, the questions in order, and how many could not be played live.
#[derive(Debug, Clone, PartialEq)]
pub struct PreparedGame {
    pub title: String,
    pub questions: Vec<LiveQuestion>,
    pub left_out: usize,
}

/// Time and points of a chapter's questions, which carry none of their own.
pub const CHAPTER_TIME_LIMIT_S: u64 = 20;
pub const CHAPTER_POINTS: u32 = 1000;

fn true_false(lang: Lang, correct: bool) -> LiveQuestionKind {
    let (yes, no) = match lang {
        Lang::Es => ("Verdadero", "Falso"),
        Lang::En => ("True", "False"),
    };
    let option = |id: &str, text: &str| LiveOption { id: id.into(), text: text.into() };
    LiveQuestionKind::Choice { options: vec![option("true", yes), option("false", no)], correct: correct.to_string() }
}

/// A bank question as a game plays it (options in the order already shown), or None for a kind a game cannot play.
pub fn from_bank(question: BankQuestion, lang: Lang, time_limit_s: u64, points: u32) -> Option<LiveQuestion> {
    let kind = match (&question.body, &question.answer) {
        (QuestionBody::MultipleChoice { options }, CorrectAnswer::MultipleChoice { option: right }) => LiveQuestionKind::Choice {
            options: options.iter().map(|o| LiveOption { id: o.id.to_string(), text: o.text.clone() }).collect(),
            correct: right.id.to_string(),
        },
        (QuestionBody::TrueFalse, CorrectAnswer::TrueFalse { value }) => true_false(lang, *value),
        (QuestionBody::Year, CorrectAnswer::Year { year }) => LiveQuestionKind::Year { correct: i32::try_from(*year).ok()? },
        _ => return None,
    };
    let source = question.sources.first().map(|s| format!("{}, {}", s.publisher, s.title));
    Some(LiveQuestion {
        id: question.id.to_string(),
        prompt: question.prompt,
        kind,
        time_limit_ms: time_limit_s * 1000,
        points,
        explanation: question.explanation,
        source,
    })
}

/// A teacher's own question as a game plays it, its options shuffled by `seed`.
fn from_own(question: OwnQuestion, lang: Lang, time_limit_s: u64, points: u32, seed: u64) -> Option<LiveQuestion> {
    let draft = question.draft;
    let kind = match draft.answer {
        OwnAnswer::MultipleChoice { options, answer } => {
            let mut options: Vec<LiveOption> =
                options.iter().enumerate().map(|(i, text)| LiveOption { id: i.to_string(), text: text.shown(lang).to_owned() }).collect();
            let correct = usize::try_from(answer).ok().filter(|i| *i < options.len())?.to_string();
            fastrand::Rng::with_seed(seed ^ fold_id(&question.id)).shuffle(&mut options);
            LiveQuestionKind::Choice { options, correct }
        }
        OwnAnswer::TrueFalse { answer } => true_false(lang, answer),
        OwnAnswer::Year { answer } => LiveQuestionKind::Year { correct: i32::try_from(answer).ok()? },
        OwnAnswer::Order { .. } | OwnAnswer::Match { .. } | OwnAnswer::Typed { .. } => return None,
    };
    Some(LiveQuestion {
        id: question.id.to_string(),
        prompt: draft.prompt.shown(lang).to_owned(),
        kind,
        time_limit_ms: time_limit_s * 1000,
        points,
        explanation: draft.explanation.shown(lang).to_owned(),
        source: draft.source.filter(|s| !s.trim().is_empty()),
    })
}

/// Mixes a question's id into the game's seed, so two questions of one game are not shuffled alike.
fn fold_id(id: &str) -> u64 {
    id.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}

impl Cronica {
    /// The questions of a game from `source`, options in an order fixed by `seed`.
    pub fn prepare_live_game(&self, lang: Lang, source: &LiveSource, seed: u64) -> Result<PreparedGame> {
        let (title, candidates) = match source {
            LiveSource::Chapter { id } => {
                let title = self.content().chapter_title(lang, id.as_str())?;
                let questions: Vec<Option<LiveQuestion>> = self
                    .game_questions(lang, id.as_str(), seed)?
                    .into_iter()
                    .map(|q| from_bank(q, lang, CHAPTER_TIME_LIMIT_S, CHAPTER_POINTS))
                    .collect();
                (title, questions)
            }
            LiveSource::TeacherQuiz { id } => {
                let quiz = self.get_teacher_quiz(lang, id.as_str())?;
                let mut questions = Vec::with_capacity(quiz.items.len());
                for view in quiz.items {
                    questions.push(match view {
                        QuizItemView::Bank { item, .. } => {
                            let shown = self.content().bank_question_shown(lang, item.question_id.as_str(), seed)?;
                            from_bank(shown, lang, seconds(item.time_limit_s), points(item.points))
                        }
                        QuizItemView::Own { item, question } => {
                            from_own(question, lang, seconds(item.time_limit_s), points(item.points), seed)
                        }
                        QuizItemView::Missing { .. } => None,
                    });
                }
                (quiz.title, questions)
            }
        };
        let total = candidates.len();
        let questions: Vec<LiveQuestion> = candidates.into_iter().flatten().collect();
        if questions.is_empty() {
            return Err(Error::InvalidInput("none of these questions can be played live (only multiple choice, true/false and year)".into()));
        }
        Ok(PreparedGame { title, left_out: total - questions.len(), questions })
    }
}

fn seconds(time_limit_s: i64) -> u64 {
    u64::try_from(time_limit_s).unwrap_or(CHAPTER_TIME_LIMIT_S).max(1)
}

fn points(points: i64) -> u32 {
    u32::try_from(points).unwrap_or(CHAPTER_POINTS)
}
