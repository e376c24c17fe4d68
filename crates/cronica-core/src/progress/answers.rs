//! What the progress dashboard reads from the user database: every question's answers in the
//! self-quiz and in review (its last one decides mastery, its wrong ones its weakness) and the days
//! on which the learner reviewed.

use std::collections::HashMap;

use crate::base::Timestamp;
use crate::error::Result;
use crate::storage::Reader;

/// One question's answers, quiz and review together.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct AnswerRecord {
    pub answered: i64,
    pub wrong: i64,
    /// Whether the latest answer was right.
    pub last_correct: bool,
    pub last_at: Timestamp,
}

impl Reader<'_> {
    /// Every answered question's record, by question id.
    pub(crate) fn answer_records(&self) -> Result<HashMap<String, AnswerRecord>> {
        // SQLite takes the bare `correct` from the row holding MAX(answered_at).
        let mut stmt = self.conn.prepare(
            "WITH answers AS (SELECT question_id, correct, answered_at FROM quiz_answers
                              UNION ALL SELECT question_id, correct, answered_at FROM review_answers)
             SELECT question_id, COUNT(*), SUM(correct = 0), correct, MAX(answered_at) FROM answers GROUP BY question_id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                AnswerRecord { answered: r.get(1)?, wrong: r.get(2)?, last_correct: r.get(3)?, last_at: r.get(4)? },
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// When each review answer was given, oldest first.
    pub(crate) fn review_answer_times(&self) -> Result<Vec<Timestamp>> {
        let mut stmt = self.conn.prepare("SELECT answered_at FROM review_answers ORDER BY answered_at")?;
        Ok(stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?)
    }
}
