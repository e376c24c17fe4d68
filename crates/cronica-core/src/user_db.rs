//! The learner's own data: what they read and how they did in quizzes. Kept apart from the
//! content database and keyed by content ids, so a content update never touches it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, OptionalExtension};
use rusqlite_migration::{Migrations, M};

use crate::error::{Error, Result};
use crate::quiz::History;

const MIGRATIONS: &[M<'static>] = &[M::up(include_str!("user_db/001_initial.sql"))];

pub struct UserDb {
    conn: Connection,
}

/// A user database ready for use, and where an unreadable previous one was moved, if it was.
pub struct OpenedUserDb {
    pub db: UserDb,
    pub recovered_from: Option<PathBuf>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Attempt {
    pub id: i64,
    pub chapter_id: String,
    pub question_ids: Vec<String>,
    pub finished_at: Option<String>,
    pub correct: Option<i64>,
    pub total: i64,
}

impl UserDb {
    /// Opens (or creates) the database at `path`. A file that is not a readable database of ours
    /// is renamed aside — never deleted — and a fresh database takes its place.
    pub fn open(path: &Path) -> Result<OpenedUserDb> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        match Self::open_existing(path) {
            Ok(db) => Ok(OpenedUserDb { db, recovered_from: None }),
            Err(err) if path.exists() && is_unreadable(&err) => {
                let moved = crate::quarantine::move_aside(path, &["-wal", "-shm"])?;
                let db = Self::open_existing(path)?;
                Ok(OpenedUserDb { db, recovered_from: Some(moved) })
            }
            Err(err) => Err(err),
        }
    }

    pub fn open_in_memory() -> Result<UserDb> {
        let mut conn = Connection::open_in_memory()?;
        Migrations::from_slice(MIGRATIONS).to_latest(&mut conn)?;
        Ok(UserDb { conn })
    }

    fn open_existing(path: &Path) -> Result<UserDb> {
        let mut conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let check: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
        if check != "ok" {
            return Err(Error::Corrupt(format!("user database integrity check failed: {check}")));
        }
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        Migrations::from_slice(MIGRATIONS).to_latest(&mut conn)?;
        Ok(UserDb { conn })
    }

    pub(crate) fn mark_section_read(&mut self, chapter_id: &str, section_id: &str, now: &str) -> Result<()> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO section_reads (chapter_id, section_id, read_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (chapter_id, section_id) DO UPDATE SET read_at = excluded.read_at",
            params![chapter_id, section_id, now],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Section ids read in one chapter, most recently read first.
    pub(crate) fn reads_in_chapter(&self, chapter_id: &str) -> Result<Vec<String>> {
        let mut stmt =
            self.conn.prepare_cached("SELECT section_id FROM section_reads WHERE chapter_id = ?1 ORDER BY read_at DESC, rowid DESC")?;
        let rows = stmt.query_map([chapter_id], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Sections read, most recent first.
    pub(crate) fn recent_reads(&self, limit: usize) -> Result<Vec<(String, String)>> {
        let mut stmt = self.conn.prepare("SELECT chapter_id, section_id FROM section_reads ORDER BY read_at DESC, rowid DESC LIMIT ?1")?;
        let rows = stmt.query_map([limit as i64], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(crate) fn create_attempt(&mut self, chapter_id: &str, question_ids: &[String], now: &str) -> Result<i64> {
        let ids = serde_json::to_string(question_ids).map_err(|e| Error::Corrupt(e.to_string()))?;
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO quiz_attempts (chapter_id, question_ids, started_at, total) VALUES (?1, ?2, ?3, ?4)",
            params![chapter_id, ids, now, question_ids.len() as i64],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        Ok(id)
    }

    pub(crate) fn attempt(&self, id: i64) -> Result<Attempt> {
        self.conn
            .query_row("SELECT id, chapter_id, question_ids, finished_at, correct, total FROM quiz_attempts WHERE id = ?1", [id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get::<_, String>(2)?, r.get(3)?, r.get(4)?, r.get(5)?))
            })
            .optional()?
            .ok_or_else(|| Error::not_found("quiz attempt", id.to_string()))
            .and_then(|(id, chapter_id, ids, finished_at, correct, total)| {
                let question_ids = serde_json::from_str(&ids).map_err(|e| Error::Corrupt(format!("attempt {id}: {e}")))?;
                Ok(Attempt { id, chapter_id, question_ids, finished_at, correct, total })
            })
    }

    /// Records the first answer to a question of an unfinished attempt.
    pub(crate) fn record_answer(&mut self, attempt_id: i64, question_id: &str, response: &str, correct: bool, now: &str) -> Result<()> {
        let tx = self.conn.transaction()?;
        let inserted = tx.execute(
            "INSERT OR IGNORE INTO quiz_answers (attempt_id, question_id, response, correct, answered_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![attempt_id, question_id, response, correct, now],
        )?;
        if inserted == 0 {
            return Err(Error::InvalidInput(format!("question '{question_id}' was already answered in this quiz")));
        }
        tx.commit()?;
        Ok(())
    }

    /// Closes an attempt and stores its score; unanswered questions count as wrong.
    pub(crate) fn finish_attempt(&mut self, attempt_id: i64, now: &str) -> Result<Attempt> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "UPDATE quiz_attempts SET finished_at = ?2,
               correct = (SELECT COUNT(*) FROM quiz_answers WHERE attempt_id = ?1 AND correct = 1)
             WHERE id = ?1 AND finished_at IS NULL",
            params![attempt_id, now],
        )?;
        tx.commit()?;
        self.attempt(attempt_id)
    }

    /// For each question, whether the learner's latest answer to it was right.
    pub(crate) fn question_history(&self, question_ids: &[String]) -> Result<HashMap<String, History>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT correct FROM quiz_answers WHERE question_id = ?1 ORDER BY answered_at DESC, rowid DESC LIMIT 1")?;
        let mut out = HashMap::new();
        for id in question_ids {
            let last: Option<bool> = stmt.query_row([id], |r| r.get(0)).optional()?;
            let history = match last {
                None => History::Unseen,
                Some(true) => History::LastRight,
                Some(false) => History::LastWrong,
            };
            out.insert(id.clone(), history);
        }
        Ok(out)
    }

    /// The best finished score per chapter (highest share correct, then most recent).
    pub(crate) fn best_scores(&self) -> Result<HashMap<String, (i64, i64)>> {
        let mut stmt = self.conn.prepare(
            "SELECT chapter_id, correct, total FROM quiz_attempts
             WHERE finished_at IS NOT NULL AND total > 0
             ORDER BY CAST(correct AS REAL) / total ASC, finished_at ASC",
        )?;
        let mut out = HashMap::new();
        for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get::<_, i64>(2)?)))? {
            let (chapter, correct, total) = row?;
            out.insert(chapter, (correct, total));
        }
        Ok(out)
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

/// Errors that mean "this file is not a database we can use", as opposed to a passing failure.
fn is_unreadable(err: &Error) -> bool {
    match err {
        Error::Corrupt(_) | Error::Migration(_) => true,
        Error::Sqlite(rusqlite::Error::SqliteFailure(e, _)) => {
            matches!(e.code, rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests;
