//! Starting over: the learner's reading marks, quiz answers and review schedule erased in one
//! transaction. Notes and bookmarks, teacher quizzes and questions, and live games' results are
//! kept (they are not progress); the settings screen says so before asking.

use serde::Serialize;
use ts_rs::TS;

use crate::app::Cronica;
use crate::error::Result;
use crate::storage::Writer;

/// How much was erased.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProgressReset {
    pub sections_read: i64,
    /// Answers given in quizzes and in review.
    pub answers: i64,
    /// Questions that had a review schedule.
    pub review_cards: i64,
}

impl Writer<'_> {
    fn erase_progress(&self) -> Result<ProgressReset> {
        let answers = self.conn.execute("DELETE FROM quiz_answers", [])? + self.conn.execute("DELETE FROM review_answers", [])?;
        self.conn.execute("DELETE FROM quiz_attempts", [])?;
        self.conn.execute("DELETE FROM review_sessions", [])?;
        let review_cards = self.conn.execute("DELETE FROM review_cards", [])?;
        let sections_read = self.conn.execute("DELETE FROM section_reads", [])?;
        Ok(ProgressReset { sections_read: sections_read as i64, answers: answers as i64, review_cards: review_cards as i64 })
    }
}

impl Cronica {
    /// Erases sections read, quiz attempts and answers, review sessions, answers and schedule, all
    /// or nothing; everything else in the user database stays.
    pub fn reset_progress(&self) -> Result<ProgressReset> {
        self.user().transact(|w| w.erase_progress())
    }
}
