use super::*;

#[test]
fn migrations_are_valid() {
    Migrations::from_slice(MIGRATIONS).validate().unwrap();
}

#[test]
fn data_survives_reopening_and_uses_wal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested").join("user.db");
    {
        let mut opened = UserDb::open(&path).unwrap();
        assert!(opened.recovered_from.is_none());
        opened.db.mark_section_read("ch", "s1", "2026-01-01T00:00:00.000Z").unwrap();
        let mode: String = opened.db.conn.pragma_query_value(None, "journal_mode", |r| r.get(0)).unwrap();
        assert_eq!(mode, "wal");
    }
    let reopened = UserDb::open(&path).unwrap();
    assert!(reopened.recovered_from.is_none());
    assert_eq!(reopened.db.reads_in_chapter("ch").unwrap(), vec!["s1".to_string()]);
}

#[test]
fn corrupt_database_is_moved_aside_not_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("user.db");
    let garbage = b"this is not a sqlite database, but it is the user's file".repeat(100);
    std::fs::write(&path, &garbage).unwrap();

    let mut opened = UserDb::open(&path).unwrap();
    let moved = opened.recovered_from.clone().expect("the corrupt file must be reported");
    assert_eq!(std::fs::read(&moved).unwrap(), garbage, "the original bytes are kept");
    assert!(moved.file_name().unwrap().to_string_lossy().starts_with("user.db.unreadable-"));
    opened.db.mark_section_read("ch", "s1", "2026-01-01T00:00:00.000Z").unwrap();
    drop(opened);
    assert!(UserDb::open(&path).unwrap().recovered_from.is_none(), "the fresh database is healthy");
}

#[test]
fn truncated_database_is_recovered() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("user.db");
    {
        let mut opened = UserDb::open(&path).unwrap();
        for i in 0..200 {
            opened.db.mark_section_read("ch", &format!("s{i}"), "2026-01-01T00:00:00.000Z").unwrap();
        }
    }
    let _ = std::fs::remove_file(dir.path().join("user.db-wal"));
    let bytes = std::fs::read(&path).unwrap();
    let mut damaged = bytes.clone();
    // Keep the header, wipe the pages after it.
    for b in damaged.iter_mut().skip(100) {
        *b = 0xAB;
    }
    std::fs::write(&path, &damaged).unwrap();
    let opened = UserDb::open(&path).unwrap();
    assert!(opened.recovered_from.is_some());
}

#[test]
fn a_question_is_answered_once_per_attempt() {
    let mut db = UserDb::open_in_memory().unwrap();
    let ids = vec!["q1".to_string(), "q2".to_string()];
    let attempt = db.create_attempt("ch", &ids, "2026-01-01T00:00:00.000Z").unwrap();
    db.record_answer(attempt, "q1", "{}", true, "2026-01-01T00:00:01.000Z").unwrap();
    let again = db.record_answer(attempt, "q1", "{}", false, "2026-01-01T00:00:02.000Z");
    assert!(matches!(again, Err(Error::InvalidInput(_))));
    let finished = db.finish_attempt(attempt, "2026-01-01T00:00:03.000Z").unwrap();
    assert_eq!((finished.correct, finished.total), (Some(1), 2));
    assert_eq!(db.best_scores().unwrap()["ch"], (1, 2));
    let history = db.question_history(&ids).unwrap();
    assert_eq!(history["q1"], History::LastRight);
    assert_eq!(history["q2"], History::Unseen);
}

#[test]
fn best_score_is_the_highest_share() {
    let mut db = UserDb::open_in_memory().unwrap();
    for (i, correct) in [3, 8, 5].into_iter().enumerate() {
        let ids: Vec<String> = (0..10).map(|q| format!("q{q}")).collect();
        let attempt = db.create_attempt("ch", &ids, "2026-01-01T00:00:00.000Z").unwrap();
        for q in 0..correct {
            db.record_answer(attempt, &format!("q{q}"), "{}", true, "2026-01-01T00:00:00.000Z").unwrap();
        }
        db.finish_attempt(attempt, &format!("2026-01-0{}T00:00:00.000Z", i + 2)).unwrap();
    }
    assert_eq!(db.best_scores().unwrap()["ch"], (8, 10));
    assert_eq!(db.last_finished_attempt().unwrap().unwrap().correct, Some(5));
}
