//! A user database this process may read but not write still shows the learner's history: it is
//! copied into memory, where the session works as usual and nothing is kept. The file and its
//! folder are left exactly as they were: SQLite would otherwise create `-wal`/`-shm` files beside
//! it (read-only ones, which would keep the database unwritable after the learner fixes it).

use std::path::Path;

use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};

use super::identity::percent_encode_path;
use super::sidecars::sidecar;
use super::wal::{WalVerdict, judge};
use super::{UserDb, prepare};
use crate::error::{Error, Result};

impl UserDb {
    /// An in-memory copy of the database at `path`, with its -wal applied if that -wal belongs to
    /// it, migrated to the current schema. Nothing beside `path` is created or changed.
    pub fn open_read_only_copy(path: &Path) -> Result<UserDb> {
        let wal = sidecar(path, "-wal");
        // A -wal is applied in a private copy, since applying it in place needs a -shm beside it.
        let scratch;
        let source = if judge(path, &wal)? == WalVerdict::Belongs {
            scratch = tempfile::Builder::new().prefix("cronica-read-only-").tempdir().map_err(|e| Error::io(std::env::temp_dir(), e))?;
            let copy = scratch.path().join("user.db");
            std::fs::copy(path, &copy).map_err(|e| Error::io(path, e))?;
            std::fs::copy(&wal, sidecar(&copy, "-wal")).map_err(|e| Error::io(&wal, e))?;
            Connection::open(&copy)?
        } else {
            let uri = format!("file:{}?immutable=1", percent_encode_path(path));
            Connection::open_with_flags(uri, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI)?
        };
        let check: String = source.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
        if check != "ok" {
            return Err(Error::Corrupt(format!("user database integrity check failed: {check}")));
        }
        let mut conn = Connection::open_in_memory()?;
        Backup::new(&source, &mut conn)?.run_to_completion(1024, std::time::Duration::ZERO, None)?;
        drop(source);
        prepare(&mut conn)?;
        Ok(UserDb { conn })
    }
}
