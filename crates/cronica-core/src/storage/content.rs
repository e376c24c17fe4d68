//! The compiled content database, opened read-only; each subject adds its queries to it.

use std::path::Path;

use rusqlite::{Connection, OpenFlags, OptionalExtension};

use crate::base::HistDate;
use crate::content::{CONTENT_SCHEMA_VERSION, Content};
use crate::error::{Error, Result};

pub struct ContentDb {
    pub(crate) conn: Connection,
}

/// `PRAGMA quick_check` on an open content database: every page read, its structure checked.
fn check_pages(conn: &Connection) -> Result<()> {
    let check: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
    if check != "ok" {
        return Err(Error::Corrupt(format!("content database integrity check failed: {check}")));
    }
    Ok(())
}

impl ContentDb {
    /// Opens a compiled content database read-only, checks its schema version and every page
    /// (see [`ContentDb::check_pages`]): for the command line, which can afford the wait.
    pub fn open(path: &Path) -> Result<ContentDb> {
        let db = Self::open_unchecked_pages(path)?;
        check_pages(&db.conn)?;
        Ok(db)
    }

    /// Opens a compiled content database read-only with the checks that cost nothing: the file
    /// exists, is a database as long as its header says (a cut file stops here), and has the
    /// schema this build reads. The desktop app opens it so, and runs [`ContentDb::check_pages`]
    /// beside its window's start rather than before it.
    pub fn open_unchecked_pages(path: &Path) -> Result<ContentDb> {
        if !path.exists() {
            return Err(Error::io(path, std::io::Error::new(std::io::ErrorKind::NotFound, "content database not found")));
        }
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
        // Reading the schema makes SQLite compare the page count in the header with the file's
        // length: a truncated file is refused here. Checked again by hand, for a header that does
        // not record its size.
        conn.query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(()))?;
        let pages: i64 = conn.pragma_query_value(None, "page_count", |r| r.get(0))?;
        let page_size: i64 = conn.pragma_query_value(None, "page_size", |r| r.get(0))?;
        let length = std::fs::metadata(path).map_err(|e| Error::io(path, e))?.len();
        if u64::try_from(pages.saturating_mul(page_size)).ok() != Some(length) {
            return Err(Error::Corrupt(format!("content database is {length} bytes where its pages make {}", pages.saturating_mul(page_size))));
        }
        Self::from_connection(conn)
    }

    /// Reads every page of the content database at `path` and checks its structure (`PRAGMA
    /// quick_check`, about 90 ms for today's content on a slow machine): a damaged file whose
    /// header still reads is caught here rather than on some screen later.
    pub fn check_pages(path: &Path) -> Result<()> {
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
        check_pages(&conn)
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
