//! What lies beside the user database: its own -wal is applied, another database's is set aside
//! unapplied (kept byte for byte), sidecars are repaired, and a database that cannot be written
//! is read from a copy without anything changing on disk.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use super::sidecars::sidecar;
use super::*;
use crate::base::Timestamp;

fn at(text: &str) -> Timestamp {
    Timestamp::parse(text).unwrap()
}

fn read_section(db: &mut UserDb, section: &str) {
    db.transact(|w| w.mark_section_read("ch", section, at("2026-01-01T00:00:00.000Z"))).unwrap();
}

fn sections(db: &UserDb) -> Vec<String> {
    let mut read = db.read().reads_in_chapter("ch").unwrap();
    read.sort();
    read
}

/// Copies the database and its -wal as they are on disk while `db` is still open, as a crash
/// (or a copy of a live profile) would leave them.
fn snapshot_while_open(path: &Path, into: &Path) -> PathBuf {
    std::fs::create_dir_all(into).unwrap();
    let copy = into.join("user.db");
    std::fs::copy(path, &copy).unwrap();
    std::fs::copy(sidecar(path, "-wal"), sidecar(&copy, "-wal")).unwrap();
    copy
}

fn listing(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).unwrap_or_default())
        })
        .collect();
    files.sort();
    files
}

fn set_mode(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn its_own_wal_is_applied_after_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("live/user.db");
    let mut db = UserDb::open(&path).unwrap().db;
    read_section(&mut db, "before-the-crash");
    let copy = snapshot_while_open(&path, &dir.path().join("after"));
    drop(db);
    let reopened = UserDb::open(&copy).unwrap();
    assert!(reopened.set_aside.is_empty() && reopened.recovered_from.is_none());
    assert_eq!(sections(&reopened.db), ["before-the-crash"]);
}

#[test]
fn a_wal_of_another_database_is_set_aside_unapplied() {
    let dir = tempfile::tempdir().unwrap();
    let ours = dir.path().join("ours/user.db");
    let mut db = UserDb::open(&ours).unwrap().db;
    read_section(&mut db, "mine");
    drop(db);
    let main_before = std::fs::read(&ours).unwrap();

    // Another profile, open and written to: its -wal holds that write.
    let theirs = dir.path().join("theirs/user.db");
    let mut other = UserDb::open(&theirs).unwrap().db;
    read_section(&mut other, "someone-elses");
    let foreign = std::fs::read(sidecar(&theirs, "-wal")).unwrap();
    assert!(!foreign.is_empty());
    std::fs::write(sidecar(&ours, "-wal"), &foreign).unwrap();
    drop(other);

    let opened = UserDb::open(&ours).unwrap();
    assert_eq!(opened.set_aside.len(), 1, "reported");
    let moved = &opened.set_aside[0];
    assert!(moved.file_name().unwrap().to_string_lossy().starts_with("user.db-wal.foreign-"), "{}", moved.display());
    assert!(std::fs::read(moved).unwrap() == foreign, "kept byte for byte");
    assert_eq!(sections(&opened.db), ["mine"], "not applied: the learner's own rows, and only those");
    drop(opened);
    assert!(std::fs::read(&ours).unwrap() == main_before, "the main file is as it was");
    assert!(UserDb::open(&ours).unwrap().set_aside.is_empty(), "reported once");
}

#[test]
fn a_wal_that_is_not_a_wal_is_set_aside() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("user.db");
    let mut db = UserDb::open(&path).unwrap().db;
    read_section(&mut db, "mine");
    drop(db);
    let junk = b"synced by a tool that renamed things".repeat(200);
    std::fs::write(sidecar(&path, "-wal"), &junk).unwrap();
    let opened = UserDb::open(&path).unwrap();
    assert!(std::fs::read(&opened.set_aside[0]).unwrap() == junk);
    assert_eq!(sections(&opened.db), ["mine"]);
}

#[test]
fn a_database_without_a_profile_yet_keeps_its_wal() {
    // A database of schema 3, as the previous release left it after a crash: its -wal holds the
    // last answers and no profile yet.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old/user.db");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let mut conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
    Migrations::from_slice(&MIGRATIONS[..3]).to_latest(&mut conn).unwrap();
    conn.execute("INSERT INTO section_reads VALUES ('ch', 'from-the-old-wal', '2026-01-01T00:00:00.000Z')", []).unwrap();
    let copy = snapshot_while_open(&path, &dir.path().join("after"));
    drop(conn);
    let opened = UserDb::open(&copy).unwrap();
    assert!(opened.set_aside.is_empty());
    assert_eq!(sections(&opened.db), ["from-the-old-wal"]);
}

#[test]
fn a_database_of_another_program_is_moved_aside() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("user.db");
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "application_id", 0x1234).unwrap();
    conn.execute_batch("CREATE TABLE their_table (x); INSERT INTO their_table VALUES (1);").unwrap();
    drop(conn);
    let bytes = std::fs::read(&path).unwrap();
    let opened = UserDb::open(&path).unwrap();
    assert!(std::fs::read(opened.recovered_from.unwrap()).unwrap() == bytes, "moved aside untouched");
    let id: i32 = opened.db.conn.pragma_query_value(None, "application_id", |r| r.get(0)).unwrap();
    assert_eq!(id, identity::APPLICATION_ID, "the fresh database is marked as Crónica's");
}

#[test]
fn read_only_sidecars_get_their_write_permission_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("live/user.db");
    let mut db = UserDb::open(&path).unwrap().db;
    read_section(&mut db, "mine");
    let copy = snapshot_while_open(&path, &dir.path().join("after"));
    drop(db);
    // As SQLite leaves them after a session on a read-only user.db: the learner fixed the main file.
    std::fs::write(sidecar(&copy, "-shm"), vec![0u8; 32768]).unwrap();
    for suffix in ["-wal", "-shm"] {
        set_mode(&sidecar(&copy, suffix), 0o444);
    }
    let mut opened = UserDb::open(&copy).unwrap();
    for suffix in ["-wal", "-shm"] {
        let side = sidecar(&copy, suffix);
        if side.exists() {
            assert_ne!(std::fs::metadata(&side).unwrap().permissions().mode() & 0o200, 0, "{suffix} writable again");
        }
    }
    read_section(&mut opened.db, "after-the-fix");
    assert_eq!(sections(&opened.db), ["after-the-fix", "mine"]);
}

#[test]
fn a_sidecar_that_is_not_a_file_is_moved_aside_with_its_contents() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("user.db");
    drop(UserDb::open(&path).unwrap());
    let wal = sidecar(&path, "-wal");
    std::fs::create_dir(&wal).unwrap();
    std::fs::write(wal.join("keep.txt"), b"mine").unwrap();
    let opened = UserDb::open(&path).unwrap();
    assert_eq!(opened.set_aside.len(), 1);
    assert_eq!(std::fs::read(opened.set_aside[0].join("keep.txt")).unwrap(), b"mine");
}

#[test]
fn a_read_only_database_is_shown_from_a_copy_and_nothing_on_disk_changes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("user.db");
    let mut db = UserDb::open(&path).unwrap().db;
    read_section(&mut db, "kept");
    drop(db);
    set_mode(&path, 0o444);
    let before = listing(dir.path());

    assert!(matches!(UserDb::open(&path), Err(Error::ReadOnly { path: p }) if p == path), "never opened for writing");
    let mut copy = UserDb::open_read_only_copy(&path).unwrap();
    assert_eq!(sections(&copy), ["kept"], "the history shows");
    read_section(&mut copy, "this-session-only");
    assert_eq!(sections(&copy), ["kept", "this-session-only"]);
    drop(copy);
    assert!(listing(dir.path()) == before, "no file created or changed beside it");
}

#[test]
fn a_read_only_database_shows_what_its_wal_holds() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("live/user.db");
    let mut db = UserDb::open(&path).unwrap().db;
    read_section(&mut db, "only-in-the-wal");
    let copy = snapshot_while_open(&path, &dir.path().join("after"));
    drop(db);
    set_mode(&copy, 0o444);
    let before = listing(copy.parent().unwrap());
    assert!(matches!(UserDb::open(&copy), Err(Error::ReadOnly { .. })));
    assert_eq!(sections(&UserDb::open_read_only_copy(&copy).unwrap()), ["only-in-the-wal"]);
    assert!(listing(copy.parent().unwrap()) == before, "the -wal was applied in a private copy, no -shm made");
}
