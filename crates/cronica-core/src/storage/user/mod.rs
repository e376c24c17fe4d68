//! The learner's and teacher's own data, kept apart from the content and keyed by content ids so
//! a content update never touches it. Every write goes through [`UserDb::transact`].

mod transact;

use std::path::{Path, PathBuf};

use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};

use crate::error::{Error, Result};

pub use transact::{Reader, Writer};

const MIGRATIONS: &[M<'static>] =
    &[M::up(include_str!("migrations/001_initial.sql")), M::up(include_str!("migrations/002_review_notes_teacher_games.sql"))];

pub struct UserDb {
    conn: Connection,
}

/// A user database ready for use, and where an unreadable previous one was moved, if it was.
pub struct OpenedUserDb {
    pub db: UserDb,
    pub recovered_from: Option<PathBuf>,
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
        conn.pragma_update(None, "foreign_keys", "ON")?;
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
