//! Which questions a self-quiz asks: as many as the learner chose, from the chapters they chose,
//! first the ones missed last time, then unseen ones.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::base::ChapterId;

/// Questions in one self-quiz unless the learner chooses another length.
pub const QUIZ_LENGTH: usize = 10;

/// How many questions a self-quiz asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum QuizLength {
    Five,
    Ten,
    Twenty,
    /// Every question of the chosen chapters.
    All,
}

impl QuizLength {
    /// The most questions asked; `None` for all of them.
    pub fn limit(self) -> Option<usize> {
        match self {
            QuizLength::Five => Some(5),
            QuizLength::Ten => Some(QUIZ_LENGTH),
            QuizLength::Twenty => Some(20),
            QuizLength::All => None,
        }
    }
}

/// What a self-quiz covers: opened from `chapter`, drawing on `chapters` (at least one; the
/// opening chapter need not be among them), `length` questions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct QuizOptions {
    pub chapter: ChapterId,
    pub chapters: Vec<ChapterId>,
    pub length: QuizLength,
}

impl QuizOptions {
    /// The quiz a chapter's card opens by default: its own questions, [`QUIZ_LENGTH`] of them.
    pub fn chapter(id: &str) -> QuizOptions {
        QuizOptions { chapter: id.into(), chapters: vec![id.into()], length: QuizLength::Ten }
    }
}

/// What a learner has done with one question before, for choosing what to ask next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum History {
    LastWrong,
    Unseen,
    LastRight,
}

impl History {
    /// From whether the latest answer was right, if there was one.
    pub fn from_last(last_correct: Option<bool>) -> History {
        match last_correct {
            None => History::Unseen,
            Some(true) => History::LastRight,
            Some(false) => History::LastWrong,
        }
    }
}

/// Picks up to `limit` questions (all with `None`): first the ones missed last time, then unseen
/// ones, then the rest, at random within each group; the result is shuffled.
pub fn select_questions(candidates: &[(String, History)], limit: Option<usize>, rng: &mut fastrand::Rng) -> Vec<String> {
    let limit = limit.unwrap_or(candidates.len());
    let mut picked = Vec::new();
    for group in [History::LastWrong, History::Unseen, History::LastRight] {
        let mut ids: Vec<&String> = candidates.iter().filter(|(_, h)| *h == group).map(|(id, _)| id).collect();
        rng.shuffle(&mut ids);
        picked.extend(ids.into_iter().take(limit - picked.len()).cloned());
        if picked.len() == limit {
            break;
        }
    }
    rng.shuffle(&mut picked);
    picked
}
