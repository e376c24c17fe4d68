use super::*;
use crate::base::Timestamp;

fn at(text: &str) -> Timestamp {
    Timestamp::parse(text).unwrap()
}

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
        opened.db.transact(|w| w.mark_section_read("ch", "s1", at("2026-01-01T00:00:00.000Z"))).unwrap();
        let mode: String = opened.db.conn.pragma_query_value(None, "journal_mode", |r| r.get(0)).unwrap();
        assert_eq!(mode, "wal");
    }
    let reopened = UserDb::open(&path).unwrap();
    assert!(reopened.recovered_from.is_none());
    assert_eq!(reopened.db.read().reads_in_chapter("ch").unwrap(), vec!["s1".to_string()]);
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
    opened.db.transact(|w| w.mark_section_read("ch", "s1", at("2026-01-01T00:00:00.000Z"))).unwrap();
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
            opened.db.transact(|w| w.mark_section_read("ch", &format!("s{i}"), at("2026-01-01T00:00:00.000Z"))).unwrap();
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
    let attempt = db.transact(|w| w.create_attempt("ch", &ids, 7, at("2026-01-01T00:00:00.000Z"))).unwrap();
    db.transact(|w| w.record_answer(attempt, "q1", "{}", true, at("2026-01-01T00:00:01.000Z"))).unwrap();
    let again = db.transact(|w| w.record_answer(attempt, "q1", "{}", false, at("2026-01-01T00:00:02.000Z")));
    assert!(matches!(again, Err(Error::InvalidInput(_))));
    let finished = db.transact(|w| w.finish_attempt(attempt, at("2026-01-01T00:00:03.000Z"))).unwrap();
    assert_eq!((finished.correct, finished.total, finished.seed), (Some(1), 2, 7));
    assert_eq!(db.read().best_scores().unwrap()["ch"], (1, 2));
    let last = db.read().last_answers(&ids).unwrap();
    assert_eq!(last.get("q1"), Some(&true));
    assert_eq!(last.get("q2"), None);
}

#[test]
fn a_failed_use_case_writes_nothing() {
    let mut db = UserDb::open_in_memory().unwrap();
    let failed: Result<()> = db.transact(|w| {
        w.mark_section_read("ch", "s1", at("2026-01-01T00:00:00.000Z"))?;
        Err(Error::InvalidInput("the second step failed".into()))
    });
    assert!(failed.is_err());
    assert!(db.read().reads_in_chapter("ch").unwrap().is_empty(), "the first write was rolled back with the second");
}

#[test]
fn best_score_is_the_highest_share() {
    let mut db = UserDb::open_in_memory().unwrap();
    for (i, correct) in [3, 8, 5].into_iter().enumerate() {
        let ids: Vec<String> = (0..10).map(|q| format!("q{q}")).collect();
        db.transact(|w| {
            let attempt = w.create_attempt("ch", &ids, 0, at("2026-01-01T00:00:00.000Z"))?;
            for q in 0..correct {
                w.record_answer(attempt, &format!("q{q}"), "{}", true, at("2026-01-01T00:00:00.000Z"))?;
            }
            w.finish_attempt(attempt, at(&format!("2026-01-0{}T00:00:00.000Z", i + 2)))
        })
        .unwrap();
    }
    assert_eq!(db.read().best_scores().unwrap()["ch"], (8, 10));
    assert_eq!(db.read().last_finished_attempt().unwrap().unwrap().correct, Some(5));
}

/// A database written by the first schema, as released, opens with every read and answer intact.
#[test]
fn a_database_of_the_previous_schema_is_migrated_without_loss() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("user.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(include_str!("migrations/001_initial.sql")).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        conn.execute_batch(
            "INSERT INTO section_reads VALUES ('unidad-popular', 'eleccion', '2026-10-01T10:00:00.000Z');
             INSERT INTO section_reads VALUES ('golpe-1973', 'la-moneda', '2026-10-02T10:00:00.000Z');
             INSERT INTO quiz_attempts (id, chapter_id, question_ids, started_at, finished_at, correct, total)
               VALUES (1, 'unidad-popular', '[\"q1\",\"q2\"]', '2026-10-03T10:00:00.000Z', '2026-10-03T10:05:00.000Z', 1, 2);
             INSERT INTO quiz_answers VALUES (1, 'q1', '{\"kind\":\"trueFalse\",\"value\":true}', 1, '2026-10-03T10:01:00.000Z');
             INSERT INTO quiz_answers VALUES (1, 'q2', '{\"kind\":\"year\",\"year\":1970}', 0, '2026-10-03T10:02:00.000Z');",
        )
        .unwrap();
    }
    let opened = UserDb::open(&path).unwrap();
    assert!(opened.recovered_from.is_none(), "an old database is migrated, not set aside");
    let db = opened.db;
    let reader = db.read();
    assert_eq!(reader.reads_in_chapter("unidad-popular").unwrap(), vec!["eleccion".to_string()]);
    assert_eq!(reader.recent_reads(10).unwrap().len(), 2);
    let attempt = reader.attempt(1).unwrap();
    assert_eq!((attempt.correct, attempt.total, attempt.seed), (Some(1), 2, 0));
    assert_eq!(attempt.finished_at, Some(at("2026-10-03T10:05:00.000Z")));
    let last = reader.last_answers(&["q1".to_string(), "q2".to_string()]).unwrap();
    assert_eq!((last["q1"], last["q2"]), (true, false));
    let version: i64 = db.conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(version, MIGRATIONS.len() as i64);
}

/// A database of schema 004 with a review card written as 002 defined it opens under 005 with the
/// card as it was, and review answers can be stored beside it.
#[test]
fn a_database_of_schema_4_keeps_its_review_cards() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("user.db");
    {
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        Migrations::from_slice(&MIGRATIONS[..4]).to_latest(&mut conn).unwrap();
        conn.execute_batch(
            "INSERT INTO review_cards VALUES ('up-q01', 3.5, 5.25, '2026-12-05T10:00:00.000Z', '2026-12-01T10:00:00.000Z', 2, 1);",
        )
        .unwrap();
    }
    let mut db = UserDb::open(&path).unwrap().db;
    let version: i64 = db.conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(version, MIGRATIONS.len() as i64);
    let card = db.read().card("up-q01").unwrap().unwrap();
    assert_eq!((card.stability, card.difficulty, card.reviews, card.lapses), (3.5, 5.25, 2, 1));
    assert_eq!(card.due_at, at("2026-12-05T10:00:00.000Z"));
    assert_eq!(db.read().due_before(at("2026-12-06T00:00:00.000Z")).unwrap().len(), 1);
    let session = db.transact(|w| w.create_review_session(&["up-q01".to_string()], 7, at("2026-12-05T11:00:00.000Z"))).unwrap();
    db.transact(|w| w.record_review_answer(session, "up-q01", "{}", true, at("2026-12-05T11:00:01.000Z"))).unwrap();
    assert_eq!(db.read().review_session(session).unwrap().seed, 7);
}

/// Notes written under schema 005 (which allowed several rows per item) open under 006 with one
/// row per item, the most recently changed one; other items' notes are untouched.
#[test]
fn schema_6_keeps_one_note_per_item() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("user.db");
    {
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        Migrations::from_slice(&MIGRATIONS[..5]).to_latest(&mut conn).unwrap();
        conn.execute_batch(
            "INSERT INTO notes (target_kind, target_id, body, bookmarked, created_at, updated_at) VALUES
               ('event', 'golpe-1973', 'vieja', 0, '2026-12-01T10:00:00.000Z', '2026-12-01T10:00:00.000Z'),
               ('event', 'golpe-1973', 'nueva', 1, '2026-12-01T10:00:00.000Z', '2026-12-02T10:00:00.000Z'),
               ('term', 'unidad-popular', 'otra', 0, '2026-12-01T10:00:00.000Z', '2026-12-01T10:00:00.000Z');",
        )
        .unwrap();
    }
    let db = UserDb::open(&path).unwrap().db;
    let notes: Vec<(String, String, bool)> = db
        .conn
        .prepare("SELECT target_id, body, bookmarked FROM notes ORDER BY target_id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(notes, [("golpe-1973".to_string(), "nueva".to_string(), true), ("unidad-popular".to_string(), "otra".to_string(), false)]);
    let duplicate = db.conn.execute(
        "INSERT INTO notes (target_kind, target_id, body, bookmarked, created_at, updated_at) VALUES ('term', 'unidad-popular', 'x', 0, 'a', 'a')",
        [],
    );
    assert!(duplicate.is_err(), "a second row for an item is refused");
}

/// An attempt written under schema 005 opens under 007 as an attempt at its one chapter, and is
/// still the chapter's best score; an attempt over several chapters is not a chapter's score.
#[test]
fn a_database_of_schema_5_keeps_its_attempts_as_one_chapter_quizzes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("user.db");
    {
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        Migrations::from_slice(&MIGRATIONS[..5]).to_latest(&mut conn).unwrap();
        conn.execute_batch(
            "INSERT INTO quiz_attempts (id, chapter_id, question_ids, started_at, finished_at, correct, total, seed)
               VALUES (1, 'unidad-popular', '[\"q1\",\"q2\"]', '2026-10-03T10:00:00.000Z', '2026-10-03T10:05:00.000Z', 1, 2, 9);",
        )
        .unwrap();
    }
    let mut db = UserDb::open(&path).unwrap().db;
    let attempt = db.read().attempt(1).unwrap();
    assert_eq!(attempt.chapter_ids, vec!["unidad-popular".to_string()]);
    let ids = vec!["q1".to_string()];
    let scope = vec!["golpe-1973".to_string(), "unidad-popular".to_string()];
    let wide = db.transact(|w| w.create_attempt_over("unidad-popular", &scope, &ids, 1, at("2026-10-04T10:00:00.000Z"))).unwrap();
    db.transact(|w| w.record_answer(wide, "q1", "{}", true, at("2026-10-04T10:00:01.000Z"))).unwrap();
    db.transact(|w| w.finish_attempt(wide, at("2026-10-04T10:00:02.000Z"))).unwrap();
    assert_eq!(db.read().attempt(wide).unwrap().chapter_ids, scope);
    assert_eq!(db.read().best_scores().unwrap().get("unidad-popular"), Some(&(1, 2)), "the one-chapter score, not 1/1 of the wider quiz");
}
