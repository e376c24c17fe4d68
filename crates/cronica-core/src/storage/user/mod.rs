//! The learner's and teacher's own data, kept apart from the content and keyed by content ids so
//! a content update never touches it. Every write goes through [`UserDb::transact`].

mod identity;
mod read_only;
mod sidecars;
mod transact;
mod wal;

use std::path::{Path, PathBuf};

use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};

use crate::error::{Error, Result};
use crate::quarantine::{move_aside, move_aside_as};

pub use transact::{Reader, Writer};

const MIGRATIONS: &[M<'static>] = &[
    M::up(include_str!("migrations/001_initial.sql")),
    M::up(include_str!("migrations/002_review_notes_teacher_games.sql")),
    M::up(include_str!("migrations/003_live_game_progress.sql")),
    M::up(include_str!("migrations/004_profile_and_closed_attempts.sql")),
    M::up(include_str!("migrations/005_review_sessions.sql")),
    M::up(include_str!("migrations/006_one_note_per_item.sql")),
    M::up(include_str!("migrations/007_quiz_scope.sql")),
];

pub struct UserDb {
    conn: Connection,
}

/// A user database ready for use, and what had to be done to open it.
pub struct OpenedUserDb {
    pub db: UserDb,
    /// Where an unreadable previous database was moved (a fresh one took its place).
    pub recovered_from: Option<PathBuf>,
    /// Where files beside the database that did not belong to it were moved, unapplied: a -wal of
    /// another database, or a sidecar that was not a file.
    pub set_aside: Vec<PathBuf>,
}

impl UserDb {
    /// Opens (or creates) the database at `path` for writing. A file that is not a readable
    /// database of ours is renamed aside — never deleted — and a fresh database takes its place; a
    /// -wal of another database is renamed aside before SQLite can apply it. A database that can
    /// be read but not written is `Error::ReadOnly` (see [`UserDb::open_read_only_copy`]).
    pub fn open(path: &Path) -> Result<OpenedUserDb> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        match std::fs::metadata(path) {
            Ok(meta) if !meta.is_file() => return Err(Error::io(path, std::io::Error::other("not a file"))),
            // Checked before SQLite sees it: opened anyway, SQLite would read it and create
            // read-only sidecars beside it.
            Ok(_) if !sidecars::writable(path)? => return Err(Error::ReadOnly { path: path.to_owned() }),
            _ => {}
        }
        let mut set_aside = sidecars::check(path)?;
        let wal = sidecars::sidecar(path, "-wal");
        if wal::judge(path, &wal)? == wal::WalVerdict::Foreign {
            set_aside.push(move_aside_as(&wal, "foreign", &[])?);
            let shm = sidecars::sidecar(path, "-shm");
            if shm.exists() {
                move_aside_as(&shm, "foreign", &[])?;
            }
        }
        match Self::open_existing(path) {
            Ok(db) => Ok(OpenedUserDb { db, recovered_from: None, set_aside }),
            Err(err) if path.is_file() && is_unreadable(&err) => {
                let moved = move_aside(path, &sidecars::SUFFIXES)?;
                let db = Self::open_existing(path)?;
                Ok(OpenedUserDb { db, recovered_from: Some(moved), set_aside })
            }
            // The file is writable but its folder is not: SQLite cannot create its -wal.
            Err(err) if path.is_file() && is_unwritable(&err) => {
                Err(Error::ReadOnly { path: path.parent().map_or_else(|| path.to_owned(), Path::to_owned) })
            }
            Err(err) => Err(err),
        }
    }

    pub fn open_in_memory() -> Result<UserDb> {
        let mut conn = Connection::open_in_memory()?;
        prepare(&mut conn)?;
        Ok(UserDb { conn })
    }

    /// The connection itself, for tests that need to break it on purpose.
    #[cfg(test)]
    pub(crate) fn conn_for_tests(&self) -> &Connection {
        &self.conn
    }

    fn open_existing(path: &Path) -> Result<UserDb> {
        let mut conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let check: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
        if check != "ok" {
            return Err(Error::Corrupt(format!("user database integrity check failed: {check}")));
        }
        // Before anything is written to it: another program's database is set aside untouched.
        identity::check_application(&conn)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // In WAL mode, NORMAL writes each commit to the log before returning, without waiting for
        // the disk: a crash of the app loses nothing committed (only a power cut can lose the last
        // moments), and a live game can acknowledge hundreds of answers a second.
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        prepare(&mut conn)?;
        // Everything so far goes into the main file, so the -wal this session leaves holds only
        // transactions that carry the profile (see `wal`), and the main file has the profile to
        // judge it by.
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(UserDb { conn })
    }
}

/// What every connection needs before use: the database is Crónica's (or becomes so), foreign
/// keys are enforced and the schema is current.
fn prepare(conn: &mut Connection) -> Result<()> {
    identity::claim(conn)?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Migrations::from_slice(MIGRATIONS).to_latest(conn)?;
    Ok(())
}

/// Errors that mean "this file is not a database we can use", as opposed to a passing failure.
fn is_unreadable(err: &Error) -> bool {
    match err {
        Error::Corrupt(_) => true,
        Error::Migration(rusqlite_migration::Error::RusqliteError { err, .. }) => !is_unwritable_sqlite(err),
        Error::Migration(_) => true,
        Error::Sqlite(rusqlite::Error::SqliteFailure(e, _)) => {
            matches!(e.code, rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt)
        }
        _ => false,
    }
}

/// Errors that mean SQLite could not write beside a file it could read.
fn is_unwritable(err: &Error) -> bool {
    match err {
        Error::Sqlite(e) | Error::Migration(rusqlite_migration::Error::RusqliteError { err: e, .. }) => is_unwritable_sqlite(e),
        _ => false,
    }
}

fn is_unwritable_sqlite(err: &rusqlite::Error) -> bool {
    matches!(err, rusqlite::Error::SqliteFailure(e, _) if matches!(e.code, rusqlite::ErrorCode::ReadOnly | rusqlite::ErrorCode::CannotOpen))
}

#[cfg(all(test, unix))]
mod file_tests;
#[cfg(test)]
mod tests;
