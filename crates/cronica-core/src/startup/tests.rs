use std::collections::HashMap;

use super::*;
use crate::storage::ContentDb;

fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
    let map: HashMap<String, String> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    move |name| map.get(name).cloned()
}

#[test]
fn the_language_follows_the_system_locale_with_spanish_as_fallback() {
    assert_eq!(system_lang(env(&[("LANG", "en_US.UTF-8")])), Lang::En);
    assert_eq!(system_lang(env(&[("LANG", "es_CL.UTF-8")])), Lang::Es);
    assert_eq!(system_lang(env(&[("LANG", "fr_FR.UTF-8")])), Lang::Es, "neither: Spanish");
    assert_eq!(system_lang(env(&[])), Lang::Es);
    assert_eq!(system_lang(env(&[("LANG", "C.UTF-8")])), Lang::Es);
    // LC_ALL overrides LC_MESSAGES, which overrides LANG; an empty one does not count.
    assert_eq!(system_lang(env(&[("LANG", "es_CL.UTF-8"), ("LC_MESSAGES", "en_GB.UTF-8")])), Lang::En);
    assert_eq!(system_lang(env(&[("LC_ALL", "es_ES@euro"), ("LC_MESSAGES", "en_GB.UTF-8")])), Lang::Es);
    assert_eq!(system_lang(env(&[("LC_ALL", ""), ("LANG", "en")])), Lang::En);
    // LANGUAGE is a preference list, read first unless the locale is C.
    assert_eq!(system_lang(env(&[("LANGUAGE", "fr:en:es"), ("LANG", "es_CL.UTF-8")])), Lang::En);
    assert_eq!(system_lang(env(&[("LANGUAGE", "en"), ("LANG", "C")])), Lang::Es);
}

fn content_error(path: &Path) -> Error {
    match ContentDb::open(path) {
        Ok(_) => panic!("{} opened", path.display()),
        Err(e) => e,
    }
}

#[test]
fn content_failures_are_told_apart() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("content.db");
    assert_eq!(StartupFailure::content(&missing, &content_error(&missing)).problem, StartupProblem::ContentMissing);

    let garbage = dir.path().join("garbage.db");
    std::fs::write(&garbage, b"not a database at all".repeat(100)).unwrap();
    assert_eq!(StartupFailure::content(&garbage, &content_error(&garbage)).problem, StartupProblem::ContentUnreadable);

    // A real content database cut in half keeps a readable header.
    let whole = dir.path().join("whole.db");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
    crate::compile_content(&fixture, &whole).unwrap();
    let bytes = std::fs::read(&whole).unwrap();
    let truncated = dir.path().join("truncated.db");
    std::fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();
    assert_eq!(StartupFailure::content(&truncated, &content_error(&truncated)).problem, StartupProblem::ContentUnreadable);
    // The desktop app's quick open refuses it too, before any window: the file is shorter than its pages.
    let quick = ContentDb::open_unchecked_pages(&truncated).err().expect("a cut file is refused");
    assert_eq!(StartupFailure::content(&truncated, &quick).problem, StartupProblem::ContentUnreadable);

    // Pages scrambled in the middle, length intact: the quick open lets it through, the page
    // check (run beside the window's start) does not.
    let scrambled = dir.path().join("scrambled.db");
    let mut damaged = bytes.clone();
    let middle = damaged.len() / 2;
    damaged[middle..middle + 4096].fill(0xA5);
    std::fs::write(&scrambled, &damaged).unwrap();
    assert!(ContentDb::open_unchecked_pages(&scrambled).is_ok(), "length and header are intact");
    let pages = ContentDb::check_pages(&scrambled).expect_err("scrambled pages are found");
    assert_eq!(StartupFailure::content(&scrambled, &pages).problem, StartupProblem::ContentUnreadable);
    assert!(ContentDb::check_pages(&whole).is_ok());

    let older = dir.path().join("older.db");
    std::fs::copy(&whole, &older).unwrap();
    rusqlite::Connection::open(&older).unwrap().pragma_update(None, "user_version", 1).unwrap();
    let failure = StartupFailure::content(&older, &content_error(&older));
    assert_eq!(failure.problem, StartupProblem::ContentOutdated);
    assert_eq!(failure.path.as_deref(), Some(older.as_path()));
    assert!(failure.detail.contains("schema version 1"), "{}", failure.detail);
}

#[test]
fn the_page_address_carries_everything_encoded() {
    let failure = StartupFailure::content(
        Path::new("/opt/Crónica & co/content.db"),
        &Error::io("/opt/Crónica & co/content.db", std::io::Error::new(std::io::ErrorKind::NotFound, "gone")),
    );
    let page = failure.page(Lang::En);
    assert_eq!(
        page,
        "startup-error.html?problem=contentMissing&lang=en&path=%2Fopt%2FCr%C3%B3nica%20%26%20co%2Fcontent.db\
         &detail=%2Fopt%2FCr%C3%B3nica%20%26%20co%2Fcontent.db%3A%20gone"
    );
    let huge = StartupFailure::internal("x".repeat(1_000_000));
    assert!(huge.page(Lang::Es).len() < 2100, "details are cut short");
    assert_eq!(
        StartupFailure::app_data(None, "no home folder").page(Lang::Es),
        "startup-error.html?problem=appDataUnusable&lang=es&detail=no%20home%20folder"
    );
}
