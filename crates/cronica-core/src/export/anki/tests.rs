use std::io::{Cursor, Read};

use rusqlite::Connection;
use serde_json::Value;

use super::*;
use crate::app::Cronica;
use crate::app::tests_support::app;
use crate::quiz::{QuizOptions, QuizResponse};

/// The collection inside a package, opened from a private copy, and the media list.
fn open(apkg: &[u8]) -> (tempfile::TempDir, Connection, String) {
    let mut zip = zip::ZipArchive::new(Cursor::new(apkg)).expect("a zip file");
    let names: Vec<String> = zip.file_names().map(|n| n.unwrap().into_owned()).collect();
    assert_eq!(names.len(), 2, "{names:?}");
    let mut media = String::new();
    zip.by_name("media").unwrap().read_to_string(&mut media).unwrap();
    let mut collection = Vec::new();
    zip.by_name("collection.anki2").unwrap().read_to_end(&mut collection).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("collection.anki2");
    std::fs::write(&path, collection).unwrap();
    let conn = Connection::open(&path).unwrap();
    (dir, conn, media)
}

/// Each note as (guid, fields, tags).
fn notes(conn: &Connection) -> Vec<(String, Vec<String>, String)> {
    let mut stmt = conn.prepare("SELECT guid, flds, tags FROM notes ORDER BY id").unwrap();
    stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .map(|(guid, flds, tags)| (guid, flds.split('\u{1f}').map(String::from).collect(), tags))
        .collect()
}

#[test]
fn the_whole_bank_is_one_note_and_one_card_per_question() {
    let (title, apkg) = app().anki_package(Lang::Es, &AnkiSelection::Bank).unwrap();
    assert_eq!(title, "Todo el banco");
    let (_dir, conn, media) = open(&apkg);
    assert_eq!(media, "{}");
    assert_eq!(conn.query_row("PRAGMA integrity_check", [], |r| r.get::<_, String>(0)).unwrap(), "ok");
    assert_eq!(conn.query_row("SELECT ver FROM col", [], |r| r.get::<_, i64>(0)).unwrap(), 11);
    let notes = notes(&conn);
    assert_eq!(notes.iter().map(|n| n.0.as_str()).collect::<Vec<_>>(), ["cronica-es-up-q01", "cronica-es-up-q02", "cronica-es-up-q03", "cronica-es-up-q04", "cronica-es-up-q05", "cronica-es-up-q06"]);
    let cards: i64 = conn.query_row("SELECT COUNT(*) FROM cards c JOIN notes n ON n.id = c.nid", [], |r| r.get(0)).unwrap();
    assert_eq!(cards, 6);

    let (_, mc, tags) = &notes[0];
    assert_eq!(mc.len(), 4, "question, answer, explanation, sources");
    assert!(mc[0].starts_with("<p class=\"prompt\">¿Qué obtuvo Allende en la elección de 1970?</p><ol type=\"A\">"), "{}", mc[0]);
    for option in ["Mayoría absoluta", "Mayoría relativa", "Segundo lugar"] {
        assert!(mc[0].contains(&format!("<li>{option}</li>")), "{}", mc[0]);
    }
    assert_eq!(mc[1], "Mayoría relativa");
    assert_eq!(mc[2], "Ganó con mayoría relativa y el Congreso lo ratificó.");
    assert!(mc[3].starts_with("<ul><li>") && !mc[3].is_empty(), "{}", mc[3]);
    assert_eq!(tags, " cronica::unidad-popular cronica::era::unidad-popular ");

    let (_, tf, _) = &notes[1];
    assert!(tf[0].ends_with("<p class=\"hint\">¿Verdadero o falso?</p>"), "{}", tf[0]);
    assert_eq!(tf[1], "Verdadero");
    let (_, order, _) = &notes[3];
    assert!(order[1].starts_with("<ol><li>"), "the chronological order: {}", order[1]);
    assert_ne!(order[0].find("Elección"), None, "{}", order[0]);
    // Typed: the front asks to write, never shows an accepted answer; the back has the first as
    // the answer and the other spellings this language accepts.
    let (_, typed, _) = &notes[5];
    assert_eq!(
        typed[0],
        "<p class=\"prompt\">¿Qué presidente encabezó la Unidad Popular? Escribe su apellido.</p><p class=\"hint\">Escribe la respuesta.</p>"
    );
    assert_eq!(typed[1], "Salvador Allende<p class=\"hint\">También se acepta: Allende · Allende Gossens</p>");
    assert_eq!(typed[2], "Salvador Allende fue elegido en 1970 como candidato de la Unidad Popular.");
    assert!(typed[3].starts_with("<ul><li>"), "{}", typed[3]);

    let decks: Value = serde_json::from_str(&conn.query_row("SELECT decks FROM col", [], |r| r.get::<_, String>(0)).unwrap()).unwrap();
    let names: Vec<&str> = decks.as_object().unwrap().values().map(|d| d["name"].as_str().unwrap()).collect();
    assert!(names.contains(&"Crónica (es)::Todo el banco::La Unidad Popular"), "{names:?}");
    let models: Value = serde_json::from_str(&conn.query_row("SELECT models FROM col", [], |r| r.get::<_, String>(0)).unwrap()).unwrap();
    let model = models.as_object().unwrap().values().next().unwrap();
    let fields: Vec<&str> = model["flds"].as_array().unwrap().iter().map(|f| f["name"].as_str().unwrap()).collect();
    assert_eq!(fields, ["Pregunta", "Respuesta", "Explicación", "Fuentes"]);
}

#[test]
fn english_decks_speak_english_and_keep_their_own_identity() {
    let (_, apkg) = app().anki_package(Lang::En, &AnkiSelection::Chapter { id: "unidad-popular".into() }).unwrap();
    let (_dir, conn, _) = open(&apkg);
    let notes = notes(&conn);
    assert_eq!(notes.len(), 6);
    assert_eq!(notes[0].0, "cronica-en-up-q01");
    assert_eq!(notes[1].1[1], "True");
    assert_eq!(notes[5].1[1], "Salvador Allende<p class=\"hint\">Also accepted: Allende</p>", "English answers only");
}

#[test]
fn selections_pick_their_questions() {
    let app = app();
    let era_questions = |era: &str| {
        let (_, apkg) = app.anki_package(Lang::Es, &AnkiSelection::Era { id: era.into() }).unwrap();
        let (_dir, conn, _) = open(&apkg);
        notes(&conn).into_iter().map(|n| n.0).collect::<Vec<_>>()
    };
    assert!(era_questions("unidad-popular").contains(&"cronica-es-up-q01".to_string()));
    assert!(!era_questions("unidad-popular").contains(&"cronica-es-up-q02".to_string()), "up-q02 names no event");
    assert_eq!(app.anki_package(Lang::Es, &AnkiSelection::Chapter { id: "nada".into() }).unwrap_err().kind(), crate::ErrorKind::NotFound);
    assert_eq!(app.anki_package(Lang::Es, &AnkiSelection::Era { id: "nada".into() }).unwrap_err().kind(), crate::ErrorKind::NotFound);
}

#[test]
fn the_missed_deck_holds_what_was_last_answered_wrong() {
    let app = app();
    let missed = |app: &Cronica| {
        let (_, apkg) = app.anki_package(Lang::Es, &AnkiSelection::Missed).unwrap();
        let (_dir, conn, _) = open(&apkg);
        notes(&conn).into_iter().map(|n| n.0).collect::<Vec<_>>()
    };
    assert!(missed(&app).is_empty(), "nothing answered yet");
    let quiz = app.start_quiz_seeded(Lang::Es, &QuizOptions::chapter("unidad-popular"), 7).unwrap();
    app.answer_question(Lang::Es, quiz.attempt_id, "up-q02", &QuizResponse::TrueFalse { value: false }).unwrap();
    app.answer_question(Lang::Es, quiz.attempt_id, "up-q03", &QuizResponse::Year { year: 1908 }).unwrap();
    app.answer_question(Lang::Es, quiz.attempt_id, "up-q01", &QuizResponse::MultipleChoice { choice: 0 }).unwrap();
    assert_eq!(missed(&app), ["cronica-es-up-q01", "cronica-es-up-q02"]);

    // Answered right later: no longer missed.
    std::thread::sleep(std::time::Duration::from_millis(5));
    let again = app.start_quiz_seeded(Lang::Es, &QuizOptions::chapter("unidad-popular"), 8).unwrap();
    app.answer_question(Lang::Es, again.attempt_id, "up-q02", &QuizResponse::TrueFalse { value: true }).unwrap();
    assert_eq!(missed(&app), ["cronica-es-up-q01"]);

    // Answered right in review (where a missed question comes back the same day): no longer missed.
    std::thread::sleep(std::time::Duration::from_millis(5));
    let review = app.start_review(Lang::Es, 0).unwrap();
    assert!(review.questions.iter().any(|q| q.question.id == "up-q01"), "the missed question is due");
    let feedback = app.answer_review(Lang::Es, review.session_id, "up-q01", &right_choice(&review, "up-q01")).unwrap();
    assert!(feedback.feedback.correct);
    assert!(missed(&app).is_empty());
}

/// The option of `question` that says "Mayoría relativa", by its id in the review session.
fn right_choice(review: &crate::review::ReviewSession, question: &str) -> QuizResponse {
    let q = &review.questions.iter().find(|q| q.question.id == question).unwrap().question;
    let crate::quiz::QuestionBody::MultipleChoice { options } = &q.body else { panic!("a choice question") };
    QuizResponse::MultipleChoice { choice: options.iter().find(|o| o.text == "Mayoría relativa").unwrap().id }
}
