//! Which database a user database is, so that a file that is not ours is never taken for ours:
//! SQLite's `application_id` says it is Crónica's, the `profile` row (migration 004) says whose.

use rusqlite::{Connection, OpenFlags, OptionalExtension};

use crate::error::{Error, Result};

/// `application_id` of every Crónica user database: "CRON" in ASCII.
pub(super) const APPLICATION_ID: i32 = 0x4352_4F4E;

/// The random id of the database's profile row, if it has one yet (a database made before
/// migration 004, or not yet written, has none).
pub(super) fn profile_id(conn: &Connection) -> Result<Option<String>> {
    let has_table: bool =
        conn.query_row("SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'profile')", [], |r| r.get(0))?;
    if !has_table {
        return Ok(None);
    }
    Ok(conn.query_row("SELECT id FROM profile WHERE one = 1", [], |r| r.get(0)).optional()?)
}

/// Refuses a database another program made (its own `application_id`), writing nothing to it.
pub(super) fn check_application(conn: &Connection) -> Result<()> {
    let id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    match id {
        APPLICATION_ID | 0 => Ok(()),
        other => Err(Error::Corrupt(format!("not a Crónica database (application id {other:#x})"))),
    }
}

/// Marks the database as Crónica's, after [`check_application`].
pub(super) fn claim(conn: &Connection) -> Result<()> {
    check_application(conn)?;
    let id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    if id == 0 {
        conn.pragma_update(None, "application_id", APPLICATION_ID)?;
    }
    Ok(())
}

/// The profile id recorded in the main file alone, ignoring any -wal beside it: opened
/// `immutable`, SQLite neither reads the -wal nor creates a -shm. `None` when the file has no
/// profile yet, or cannot be read on its own (then there is nothing to compare a -wal with).
pub(super) fn profile_of_main_file(path: &std::path::Path) -> Option<String> {
    let uri = format!("file:{}?immutable=1", percent_encode_path(path));
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(uri, flags).ok()?;
    let id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0)).ok()?;
    if id != APPLICATION_ID {
        return None;
    }
    profile_id(&conn).ok().flatten()
}

/// A path as the path part of an SQLite `file:` URI: every byte but unreserved ones and `/`
/// percent-encoded, so `?`, `#` and `%` in folder names stay part of the name.
pub(super) fn percent_encode_path(path: &std::path::Path) -> String {
    let bytes = path.as_os_str().as_encoded_bytes();
    let mut out = String::with_capacity(bytes.len() + 1);
    // SQLite reads `file:/C:/…` on Windows; a Unix path already starts with `/`.
    if cfg!(windows) && bytes.first() != Some(&b'/') && bytes.first() != Some(&b'\\') {
        out.push('/');
    }
    for &byte in bytes {
        match byte {
            b'\\' if cfg!(windows) => out.push('/'),
            b'/' | b'-' | b'_' | b'.' | b'~' => out.push(byte as char),
            _ if byte.is_ascii_alphanumeric() => out.push(byte as char),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uri_paths_keep_special_characters_as_part_of_the_name() {
        assert_eq!(percent_encode_path(std::path::Path::new("/home/ana/50% sure?#/user.db")), "/home/ana/50%25%20sure%3F%23/user.db");
        assert_eq!(percent_encode_path(std::path::Path::new("/datos/año/user.db")), "/datos/a%C3%B1o/user.db");
    }
}
