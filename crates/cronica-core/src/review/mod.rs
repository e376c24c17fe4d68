//! Review with spaced repetition: every question the learner answers (in the self-quiz or here)
//! becomes a card that FSRS schedules; this module owns the cards, the queue of what is due today
//! and the review session that asks them again.

mod cards;
mod queue;
mod schedule;
mod session;
mod sessions;

use serde::Serialize;
use ts_rs::TS;

use crate::base::{ChapterId, Timestamp};
use crate::quiz::{Feedback, QuizQuestion};

pub(crate) use queue::{QuestionPlaces, end_of_day};
pub(crate) use schedule::DAY_MS;
pub use schedule::DESIRED_RETENTION;
pub use session::REVIEW_SESSION_LENGTH;

/// How many questions of one chapter are due today.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct DueChapter {
    pub chapter_id: ChapterId,
    pub chapter_title: String,
    pub due: i64,
}

/// What is due today across all chapters, chapters in reading order.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReviewSummary {
    pub due: i64,
    pub chapters: Vec<DueChapter>,
    /// When the next question after today comes due, if any.
    pub next_due: Option<Timestamp>,
}

/// A due question as asked in review: never includes its answer.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReviewQuestion {
    pub chapter_id: ChapterId,
    pub chapter_title: String,
    pub question: QuizQuestion,
}

/// A sitting of review: up to [`REVIEW_SESSION_LENGTH`] due questions, longest overdue first,
/// options in an order fixed for the session.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReviewSession {
    pub session_id: i64,
    pub questions: Vec<ReviewQuestion>,
    /// How many questions are due today in all, this session's included.
    pub due: i64,
}

/// The graded answer and when the question comes back.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReviewFeedback {
    pub feedback: Feedback,
    pub next_due: Timestamp,
    /// Whole days from now to `next_due` (0: again today).
    pub interval_days: i64,
}

#[cfg(test)]
pub(crate) mod tests;
