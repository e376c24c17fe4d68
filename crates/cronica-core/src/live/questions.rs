//! The questions a live game plays, built from a chapter's bank questions or a teacher's quiz: every
//! kind (choice, true/false, year, order, match, typed answer). Each game shuffles options, order
//! items and match options with its own seed, so the right answer is not always in one place; the
//! items of an order question are never shown in their right order. Items and options carry ids
//! that say nothing about the answer (their shown position).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::app::Cronica;
use crate::base::{ChapterId, Lang, TeacherQuizId};
use crate::error::{Error, Result};
use crate::quiz::{CorrectAnswer, QuestionBody, role_order, shown_order};
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
    /// Put `items` (as shown: never in the right order when there are two or more) in order;
    /// `correct` lists their ids in the right order.
    Order { items: Vec<LiveOption>, correct: Vec<String> },
    /// Give each of `left` (in the written order) one of `options` (shuffled); `correct[i]` is the
    /// id of the option that belongs to `left[i]`.
    Match { left: Vec<LiveOption>, options: Vec<LiveOption>, correct: Vec<String> },
    /// Type the answer: any of `accepted` is right, case, accents and punctuation aside
    /// ([`crate::quiz::typed_answer_is_right`]); the first is the one shown as the right answer.
    Typed { accepted: Vec<String> },
}

#[derive(Debug, Clone, PartialEq)]
pub struct LiveOption {
    pub id: String,
    pub text: String,
}

/// A game ready to host: its title, the questions in order, and how many items of a teacher's
/// quiz were skipped because their question no longer exists (deleted, or gone from the content).
#[derive(Debug, Clone, PartialEq)]
pub struct PreparedGame {
    pub title: String,
    pub questions: Vec<LiveQuestion>,
    pub missing: usize,
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

/// Options with their shown position as id, in the order `order` (shown position → written index) gives.
fn shown_options(texts: &[String], order: &[usize]) -> Vec<LiveOption> {
    order.iter().enumerate().map(|(shown, &written)| LiveOption { id: shown.to_string(), text: texts[written].clone() }).collect()
}

/// The id (shown position) of the option written at `written`, for each written index in turn.
fn ids_of_written(order: &[usize]) -> Vec<String> {
    (0..order.len()).filter_map(|written| order.iter().position(|&w| w == written)).map(|shown| shown.to_string()).collect()
}

/// Options numbered (their id) in the order given.
fn numbered_options(texts: impl IntoIterator<Item = String>) -> Vec<LiveOption> {
    texts.into_iter().enumerate().map(|(i, text)| LiveOption { id: i.to_string(), text }).collect()
}

/// A bank question as a game plays it (options, items and roles in the order `seed` showed them),
/// or None when its body and answer do not fit together (a content error).
pub fn from_bank(question: BankQuestion, lang: Lang, time_limit_s: u64, points: u32, seed: u64) -> Option<LiveQuestion> {
    let kind = match (&question.body, &question.answer) {
        (QuestionBody::MultipleChoice { options }, CorrectAnswer::MultipleChoice { option: right }) => LiveQuestionKind::Choice {
            options: options.iter().map(|o| LiveOption { id: o.id.to_string(), text: o.text.clone() }).collect(),
            correct: right.id.to_string(),
        },
        (QuestionBody::TrueFalse, CorrectAnswer::TrueFalse { value }) => true_false(lang, *value),
        (QuestionBody::Year, CorrectAnswer::Year { year }) => LiveQuestionKind::Year { correct: i32::try_from(*year).ok()? },
        (QuestionBody::Order { items }, CorrectAnswer::Order { items: right }) => {
            // The bank already shows the events in an order that is not the right one; their ids
            // (event ids, which may name a year) are replaced by their shown position.
            let correct: Option<Vec<String>> =
                right.iter().map(|event| items.iter().position(|shown| shown.id == event.id).map(|p| p.to_string())).collect();
            let correct = correct.filter(|c| c.len() == items.len())?;
            LiveQuestionKind::Order { items: numbered_options(items.iter().map(|item| item.title.clone())), correct }
        }
        (QuestionBody::Match { figures, roles }, CorrectAnswer::Match { .. }) if figures.len() == roles.len() => {
            // Roles are shown in `role_order` (shown position → figure), the order the bank used.
            let order = role_order(seed, question.id.as_str(), figures.len());
            LiveQuestionKind::Match {
                left: numbered_options(figures.iter().map(|figure| figure.name.clone())),
                options: roles.iter().map(|role| LiveOption { id: role.id.to_string(), text: role.text.clone() }).collect(),
                correct: ids_of_written(&order),
            }
        }
        (QuestionBody::Typed { .. }, CorrectAnswer::Typed { answer, others }) => {
            LiveQuestionKind::Typed { accepted: std::iter::once(answer.clone()).chain(others.iter().cloned()).collect() }
        }
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
        OwnAnswer::Order { items } => {
            let texts: Vec<String> = items.iter().map(|item| item.shown(lang).to_owned()).collect();
            let order = shown_order(seed, question.id.as_str(), "items", texts.len(), true);
            LiveQuestionKind::Order { items: shown_options(&texts, &order), correct: ids_of_written(&order) }
        }
        OwnAnswer::Match { pairs } => {
            let rights: Vec<String> = pairs.iter().map(|pair| pair.right.shown(lang).to_owned()).collect();
            let order = role_order(seed, question.id.as_str(), rights.len());
            LiveQuestionKind::Match {
                left: numbered_options(pairs.iter().map(|pair| pair.left.shown(lang).to_owned())),
                options: shown_options(&rights, &order),
                correct: ids_of_written(&order),
            }
        }
        OwnAnswer::Typed { accepted } => {
            // The game's language first (the first is shown as the right answer), then the other's.
            let mut texts: Vec<String> = Vec::new();
            let other = Lang::ALL.into_iter().filter(|l| *l != lang);
            for text in std::iter::once(lang).chain(other).flat_map(|l| accepted.iter().filter_map(move |a| a.get(l))) {
                if !texts.iter().any(|t| t == text) {
                    texts.push(text.to_owned());
                }
            }
            if texts.is_empty() {
                return None;
            }
            LiveQuestionKind::Typed { accepted: texts }
        }
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
                    .map(|q| from_bank(q, lang, CHAPTER_TIME_LIMIT_S, CHAPTER_POINTS, seed))
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
                            from_bank(shown, lang, seconds(item.time_limit_s), points(item.points), seed)
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
            return Err(Error::InvalidInput("there are no questions to play: the quiz is empty or its questions no longer exist".into()));
        }
        Ok(PreparedGame { title, missing: total - questions.len(), questions })
    }
}

fn seconds(time_limit_s: i64) -> u64 {
    u64::try_from(time_limit_s).unwrap_or(CHAPTER_TIME_LIMIT_S).max(1)
}

fn points(points: i64) -> u32 {
    u32::try_from(points).unwrap_or(CHAPTER_POINTS)
}
