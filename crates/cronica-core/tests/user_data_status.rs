//! What the app says about the learner's data at start-up, as the UI receives it: kept, read-only
//! (history shown, the file untouched), unavailable, or kept with a foreign -wal set aside.

#![cfg(unix)]

#[allow(dead_code)] // Not every helper is used by every test file.
mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use common::fixture;
use cronica_core::notices::{NoticeKind, UserDataStatus};
use cronica_core::{Cronica, Lang, compile_content};

struct Setup {
    _dir: tempfile::TempDir,
    content: PathBuf,
    user: PathBuf,
}

fn setup() -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content.db");
    compile_content(&fixture(), &content).unwrap();
    let user = dir.path().join("data/user.db");
    Setup { content, user, _dir: dir }
}

fn kinds(app: &Cronica) -> Vec<NoticeKind> {
    app.startup_notices().iter().map(|n| n.kind).collect()
}

fn files_beside(path: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).unwrap_or_default())
        })
        .collect();
    files.sort();
    files
}

#[test]
fn a_healthy_database_is_saved_without_a_word() {
    let s = setup();
    let app = Cronica::open(&s.content, &s.user).unwrap();
    assert_eq!(app.user_data_status(), UserDataStatus::Saved);
    assert!(app.startup_notices().is_empty());
}

#[test]
fn a_read_only_database_shows_its_history_and_is_left_untouched() {
    let s = setup();
    Cronica::open(&s.content, &s.user).unwrap().mark_section_read("unidad-popular", "eleccion").unwrap();
    std::fs::set_permissions(&s.user, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = files_beside(&s.user);

    let app = Cronica::open(&s.content, &s.user).unwrap();
    assert_eq!(app.user_data_status(), UserDataStatus::ReadOnly);
    assert_eq!(kinds(&app), [NoticeKind::UserDataReadOnly]);
    assert_eq!(app.startup_notices()[0].path, s.user.display().to_string());
    let progress = |app: &Cronica| app.list_chapters(Lang::Es).unwrap()[0].progress.sections_read;
    assert_eq!(progress(&app), 1, "the history shows");
    app.mark_section_read("unidad-popular", "golpe").unwrap();
    assert_eq!(progress(&app), 2, "the session goes on in memory");
    drop(app);
    assert!(files_beside(&s.user) == before, "nothing beside it created or changed");
}

#[test]
fn a_database_that_cannot_be_opened_is_unavailable() {
    let s = setup();
    std::fs::create_dir_all(&s.user).unwrap();
    let app = Cronica::open(&s.content, &s.user).unwrap();
    assert_eq!(app.user_data_status(), UserDataStatus::Unavailable);
    assert_eq!(kinds(&app), [NoticeKind::UserDataUnavailable]);
    assert!(app.list_chapters(Lang::Es).unwrap()[0].progress.sections_read == 0);
}

#[test]
fn a_foreign_wal_is_reported_and_the_learners_data_is_kept() {
    let s = setup();
    Cronica::open(&s.content, &s.user).unwrap().mark_section_read("unidad-popular", "eleccion").unwrap();
    let other = s.user.with_file_name("other.db");
    let other_app = Cronica::open(&s.content, &other).unwrap();
    other_app.mark_section_read("unidad-popular", "golpe").unwrap();
    std::fs::copy(other.with_file_name("other.db-wal"), s.user.with_file_name("user.db-wal")).unwrap();
    drop(other_app);

    let app = Cronica::open(&s.content, &s.user).unwrap();
    assert_eq!(app.user_data_status(), UserDataStatus::Saved);
    assert_eq!(kinds(&app), [NoticeKind::UserDataSidecarSetAside]);
    assert!(app.startup_notices()[0].path.contains("user.db-wal.foreign-"));
    assert_eq!(app.list_chapters(Lang::Es).unwrap()[0].progress.read_section_ids, ["eleccion"]);
}
