//! Review sessions and their answers in the user database.

use rusqlite::{OptionalExtension, params};

use crate::base::Timestamp;
use crate::error::{Error, NotFoundKind, Result};
use crate::storage::{Reader, Writer};

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct StoredSession {
    pub id: i64,
    pub question_ids: Vec<String>,
    pub seed: u64,
}

impl Writer<'_> {
    pub(crate) fn create_review_session(&self, question_ids: &[String], seed: u64, now: Timestamp) -> Result<i64> {
        let ids = serde_json::to_string(question_ids).map_err(|e| Error::Corrupt(e.to_string()))?;
        self.conn.execute(
            "INSERT INTO review_sessions (question_ids, seed, started_at) VALUES (?1, ?2, ?3)",
            params![ids, (seed & i64::MAX as u64) as i64, now],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Records the answer to one question of a session; a second answer to it is refused.
    pub(crate) fn record_review_answer(
        &self,
        session_id: i64,
        question_id: &str,
        response: &str,
        correct: bool,
        now: Timestamp,
    ) -> Result<()> {
        let inserted = self.conn.prepare_cached(
            "INSERT OR IGNORE INTO review_answers (session_id, question_id, response, correct, answered_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?
        .execute(params![session_id, question_id, response, correct, now])?;
        if inserted == 0 {
            return Err(Error::InvalidInput(format!("question '{question_id}' was already answered in this review")));
        }
        Ok(())
    }
}

impl Reader<'_> {
    pub(crate) fn review_session(&self, id: i64) -> Result<StoredSession> {
        let row: Option<(String, i64)> = self
            .conn
            .query_row("SELECT question_ids, seed FROM review_sessions WHERE id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let (ids, seed) = row.ok_or_else(|| Error::NotFound { kind: NotFoundKind::ReviewSession, id: id.to_string() })?;
        let question_ids = serde_json::from_str(&ids).map_err(|e| Error::Corrupt(format!("review session {id}: {e}")))?;
        Ok(StoredSession { id, question_ids, seed: seed as u64 })
    }

    /// The latest session, if nothing has been answered in it yet (a reload shows it again).
    pub(crate) fn untouched_review_session(&self) -> Result<Option<StoredSession>> {
        let id: Option<i64> = self
            .conn
            .query_row(
                "SELECT id FROM review_sessions AS s WHERE NOT EXISTS (SELECT 1 FROM review_answers WHERE session_id = s.id)
                 AND id = (SELECT MAX(id) FROM review_sessions)",
                [],
                |r| r.get(0),
            )
            .optional()?;
        id.map(|id| self.review_session(id)).transpose()
    }
}
