//! The compiled content database, opened read-only; each subject adds its queries to it.

use std::path::Path;

use rusqlite::{Connection, OpenFlags, OptionalExtension};

use crate::base::HistDate;
use crate::content::{CONTENT_SCHEMA_VERSION, Content};
use crate::error::{Error, Result};

pub struct ContentDb {
    pub(crate) conn: Connection,
}

impl ContentDb {
    /// Opens a compiled content database read-only and checks its schema version.
    pub fn open(path: &Path) -> Result<ContentDb> {
        if !path.exists() {
            return Err(Error::io(path, std::io::Error::new(std::io::ErrorKind::NotFound, "content database not found")));
        }
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
        // A truncated or damaged file can still have a readable header: every page is checked
        // here (about 10 ms), so it stops the start-up with its own message rather than failing
        // on some screens later.
        let check: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
        if check != "ok" {
            return Err(Error::Corrupt(format!("content database integrity check failed: {check}")));
        }
        Self::from_connection(conn)
    }

    /// Compiles checked content into an in-memory database (tests and benchmarks).
    pub fn from_content(content: &Content) -> Result<ContentDb> {
        let mut conn = Connection::open_in_memory()?;
        crate::content::write_into(content, &mut conn)?;
        Self::from_connection(conn)
    }

    fn from_connection(conn: Connection) -> Result<ContentDb> {
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version != CONTENT_SCHEMA_VERSION {
            return Err(Error::ContentSchema { found: version, expected: CONTENT_SCHEMA_VERSION });
        }
        Ok(ContentDb { conn })
    }

    /// A value the compiler recorded about the content (`as_of`, `app_version`, `stats`), if it has it.
    pub fn meta(&self, key: &str) -> Result<Option<String>> {
        Ok(self.conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0)).optional()?)
    }

    pub(crate) fn meta_value(&self, key: &str) -> Result<String> {
        self.conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()?
            .ok_or_else(|| Error::Corrupt(format!("content database has no meta '{key}'")))
    }
}

/// A date column that may be empty; an unreadable value reads as unknown.
pub(crate) fn opt_date(text: Option<String>) -> Option<HistDate> {
    text.and_then(|t| HistDate::parse(&t).ok())
}

/// A date column that must hold a date.
pub(crate) fn required_date(text: String) -> rusqlite::Result<HistDate> {
    HistDate::parse(&text).map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, e.into()))
}

/// Collects a query's rows, for the common `query_map(...)?.collect()` shape.
pub(crate) fn collect<T>(rows: impl Iterator<Item = rusqlite::Result<T>>) -> Result<Vec<T>> {
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
