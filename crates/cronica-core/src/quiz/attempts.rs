//! Self-quiz attempts and their answers, in the user database. An unfinished attempt is kept, to
//! be resumed, but they do not pile up: one left for a week, or replaced by a new attempt opened
//! from its chapter, is closed without a score.

use std::collections::HashMap;

use rusqlite::{OptionalExtension, params};

use crate::base::Timestamp;
use crate::error::{Error, NotFoundKind, Result};
use crate::storage::content::collect;
use crate::storage::{Reader, Writer};

/// How long an unfinished attempt stays open, to be resumed.
pub(crate) const OPEN_ATTEMPT_LIFETIME_MS: i64 = 7 * 24 * 60 * 60 * 1000;

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Attempt {
    pub id: i64,
    /// The chapter the quiz was opened from.
    pub chapter_id: String,
    /// Every chapter it draws from, in reading order (the first is not always `chapter_id`).
    pub chapter_ids: Vec<String>,
    pub question_ids: Vec<String>,
    pub seed: u64,
    pub started_at: Timestamp,
    pub finished_at: Option<Timestamp>,
    pub correct: Option<i64>,
    pub total: i64,
    /// When it was closed unfinished, without a score.
    pub abandoned_at: Option<Timestamp>,
}

impl Writer<'_> {
    #[cfg(test)]
    pub(crate) fn create_attempt(&self, chapter_id: &str, question_ids: &[String], seed: u64, now: Timestamp) -> Result<i64> {
        self.create_attempt_over(chapter_id, &[chapter_id.to_string()], question_ids, seed, now)
    }

    /// An attempt opened from `chapter_id` whose questions come from `chapter_ids`.
    pub(crate) fn create_attempt_over(&self, chapter_id: &str, chapter_ids: &[String], question_ids: &[String], seed: u64, now: Timestamp) -> Result<i64> {
        let ids = serde_json::to_string(question_ids).map_err(|e| Error::Corrupt(e.to_string()))?;
        self.conn.execute(
            "INSERT INTO quiz_attempts (chapter_id, question_ids, started_at, total, seed, chapter_ids) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![chapter_id, ids, now, question_ids.len() as i64, seed as i64, scope_column(chapter_id, chapter_ids)?],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Records the first answer to a question of an attempt.
    pub(crate) fn record_answer(&self, attempt_id: i64, question_id: &str, response: &str, correct: bool, now: Timestamp) -> Result<()> {
        let inserted = self.conn.execute(
            "INSERT OR IGNORE INTO quiz_answers (attempt_id, question_id, response, correct, answered_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![attempt_id, question_id, response, correct, now],
        )?;
        if inserted == 0 {
            return Err(Error::InvalidInput(format!("question '{question_id}' was already answered in this quiz")));
        }
        Ok(())
    }

    /// Closes an attempt and stores its score; unanswered questions count as wrong. One closed
    /// unfinished is refused.
    pub(crate) fn finish_attempt(&self, attempt_id: i64, now: Timestamp) -> Result<Attempt> {
        self.conn.execute(
            "UPDATE quiz_attempts SET finished_at = ?2,
               correct = (SELECT COUNT(*) FROM quiz_answers WHERE attempt_id = ?1 AND correct = 1)
             WHERE id = ?1 AND finished_at IS NULL AND abandoned_at IS NULL",
            params![attempt_id, now],
        )?;
        let attempt = self.attempt(attempt_id)?;
        if attempt.abandoned_at.is_some() {
            return Err(Error::InvalidInput(format!("quiz {attempt_id} was closed unfinished")));
        }
        Ok(attempt)
    }

    /// Closes, without a score, every unfinished attempt started more than a day before `now`.
    pub(crate) fn close_stale_attempts(&self, now: Timestamp) -> Result<usize> {
        let cutoff = Timestamp::from_millis(now.millis() - OPEN_ATTEMPT_LIFETIME_MS);
        Ok(self.conn.execute(
            "UPDATE quiz_attempts SET abandoned_at = ?2
             WHERE finished_at IS NULL AND abandoned_at IS NULL AND started_at < ?1",
            params![cutoff, now],
        )?)
    }

    /// Closes, without a score, every unfinished attempt at `chapter_id`.
    pub(crate) fn close_open_attempts(&self, chapter_id: &str, now: Timestamp) -> Result<usize> {
        Ok(self.conn.execute(
            "UPDATE quiz_attempts SET abandoned_at = ?2
             WHERE chapter_id = ?1 AND finished_at IS NULL AND abandoned_at IS NULL",
            params![chapter_id, now],
        )?)
    }
}

impl Reader<'_> {
    pub(crate) fn attempt(&self, id: i64) -> Result<Attempt> {
        let row = self
            .conn
            .query_row(
                "SELECT id, chapter_id, question_ids, finished_at, correct, total, seed, abandoned_at, chapter_ids, started_at
                 FROM quiz_attempts WHERE id = ?1",
                [id],
                |r| {
                    Ok((
                        (r.get(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get(3)?, r.get(4)?),
                        (r.get(5)?, r.get::<_, i64>(6)?, r.get(7)?, r.get::<_, Option<String>>(8)?, r.get(9)?),
                    ))
                },
            )
            .optional()?;
        let ((id, chapter_id, ids, finished_at, correct), (total, seed, abandoned_at, scope, started_at)) =
            row.ok_or_else(|| Error::NotFound { kind: NotFoundKind::QuizAttempt, id: id.to_string() })?;
        let question_ids = serde_json::from_str(&ids).map_err(|e| Error::Corrupt(format!("attempt {id}: {e}")))?;
        let chapter_ids = match scope {
            Some(json) => serde_json::from_str(&json).map_err(|e| Error::Corrupt(format!("attempt {id}: {e}")))?,
            None => vec![chapter_id.clone()],
        };
        Ok(Attempt { id, chapter_id, chapter_ids, question_ids, seed: seed as u64, started_at, finished_at, correct, total, abandoned_at })
    }

    /// The latest open attempt opened from `chapter_id` over exactly `chapter_ids` that has no
    /// answer yet: opening the same quiz again (a reload, a language switch) continues it instead
    /// of starting another.
    pub(crate) fn untouched_open_attempt(&self, chapter_id: &str, chapter_ids: &[String]) -> Result<Option<Attempt>> {
        let id: Option<i64> = self
            .conn
            .query_row(
                "SELECT id FROM quiz_attempts AS a
                 WHERE chapter_id = ?1 AND chapter_ids IS ?2 AND finished_at IS NULL AND abandoned_at IS NULL
                   AND NOT EXISTS (SELECT 1 FROM quiz_answers WHERE attempt_id = a.id)
                 ORDER BY id DESC LIMIT 1",
                params![chapter_id, scope_column(chapter_id, chapter_ids)?],
                |r| r.get(0),
            )
            .optional()?;
        id.map(|id| self.attempt(id)).transpose()
    }

    /// The latest open attempt opened from `chapter_id` that has at least one answer: the quiz the
    /// learner left (navigating away, quitting the app) and may resume.
    pub(crate) fn interrupted_attempt(&self, chapter_id: &str) -> Result<Option<Attempt>> {
        let id: Option<i64> = self
            .conn
            .query_row(
                "SELECT id FROM quiz_attempts AS a
                 WHERE chapter_id = ?1 AND finished_at IS NULL AND abandoned_at IS NULL
                   AND EXISTS (SELECT 1 FROM quiz_answers WHERE attempt_id = a.id)
                 ORDER BY id DESC LIMIT 1",
                [chapter_id],
                |r| r.get(0),
            )
            .optional()?;
        id.map(|id| self.attempt(id)).transpose()
    }

    /// An attempt's answers, by question id: the response as stored (JSON) and whether it was right.
    pub(crate) fn attempt_answers(&self, attempt_id: i64) -> Result<HashMap<String, (String, bool)>> {
        let mut stmt = self.conn.prepare_cached("SELECT question_id, response, correct FROM quiz_answers WHERE attempt_id = ?1")?;
        let rows = collect(stmt.query_map([attempt_id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, bool>(2)?)))?)?;
        Ok(rows.into_iter().map(|(q, response, correct)| (q, (response, correct))).collect())
    }

    /// How many attempts are unfinished and not closed.
    #[cfg(test)]
    pub(crate) fn open_attempt_count(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT COUNT(*) FROM quiz_attempts WHERE finished_at IS NULL AND abandoned_at IS NULL", [], |r| r.get(0))?)
    }

    /// For each question, whether the learner's latest answer to it was right (absent: never answered).
    pub(crate) fn last_answers(&self, question_ids: &[String]) -> Result<HashMap<String, bool>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT correct FROM quiz_answers WHERE question_id = ?1 ORDER BY answered_at DESC, rowid DESC LIMIT 1")?;
        let mut out = HashMap::new();
        for id in question_ids {
            if let Some(last) = stmt.query_row([id], |r| r.get::<_, bool>(0)).optional()? {
                out.insert(id.clone(), last);
            }
        }
        Ok(out)
    }

    /// The best finished score per chapter (highest share correct, then most recent).
    pub(crate) fn best_scores(&self) -> Result<HashMap<String, (i64, i64)>> {
        let mut stmt = self.conn.prepare(
            "SELECT chapter_id, correct, total FROM quiz_attempts
             WHERE finished_at IS NOT NULL AND total > 0 AND chapter_ids IS NULL
             ORDER BY CAST(correct AS REAL) / total ASC, finished_at ASC",
        )?;
        let rows = collect(stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get::<_, i64>(2)?)))?)?;
        Ok(rows.into_iter().map(|(chapter, correct, total)| (chapter, (correct, total))).collect())
    }

    pub(crate) fn last_finished_attempt(&self) -> Result<Option<Attempt>> {
        let id: Option<i64> = self
            .conn
            .query_row("SELECT id FROM quiz_attempts WHERE finished_at IS NOT NULL ORDER BY finished_at DESC, id DESC LIMIT 1", [], |r| {
                r.get(0)
            })
            .optional()?;
        id.map(|id| self.attempt(id)).transpose()
    }
}

/// The `chapter_ids` column: NULL when the attempt covers only the chapter it was opened from.
fn scope_column(chapter_id: &str, chapter_ids: &[String]) -> Result<Option<String>> {
    if chapter_ids.len() == 1 && chapter_ids[0] == chapter_id {
        return Ok(None);
    }
    serde_json::to_string(chapter_ids).map(Some).map_err(|e| Error::Corrupt(e.to_string()))
}
