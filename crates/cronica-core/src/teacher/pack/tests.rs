use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use super::*;
use crate::app::tests_support::app;
use crate::base::Lang;
use crate::error::ErrorKind;
use crate::teacher::{OwnAnswer, OwnPair, OwnQuestionSaved, QuizItemView, TeacherText};

fn text(es: &str, en: &str) -> TeacherText {
    let some = |t: &str| (!t.is_empty()).then(|| t.to_string());
    TeacherText { es: some(es), en: some(en) }
}

fn draft(prompt: TeacherText, answer: OwnAnswer) -> OwnQuestionDraft {
    OwnQuestionDraft {
        explanation: TeacherText {
            es: prompt.es.as_ref().map(|_| "Porque sí.".into()), en: prompt.en.as_ref().map(|_| "Because.".into())
        },
        prompt,
        answer,
        source: Some("Biblioteca del Congreso Nacional".into()),
    }
}

fn save_own(app: &Cronica, draft: OwnQuestionDraft) -> String {
    match app.save_own_question(None, draft).unwrap() {
        OwnQuestionSaved::Saved { question } => question.id.0,
        OwnQuestionSaved::Invalid { issues } => panic!("refused: {issues:?}"),
    }
}

fn item(origin: ItemOrigin, id: &str, time_limit_s: i64, points: i64) -> QuizItemDraft {
    QuizItemDraft { origin, question_id: id.into(), time_limit_s, points }
}

/// A quiz of bank and own questions of several kinds, in one language or both.
fn sample_quiz(app: &Cronica) -> TeacherQuizSummary {
    let choice = save_own(
        app,
        draft(
            text("¿Quién asumió en 1970?", "Who took office in 1970?"),
            OwnAnswer::MultipleChoice {
                options: vec![text("Allende", "Allende"), text("Frei", "Frei"), text("Alessandri", "Alessandri")],
                answer: 0,
            },
        ),
    );
    let typed =
        save_own(app, draft(text("Escribe el apellido de Salvador.", ""), OwnAnswer::Typed { accepted: vec![text("Allende", "")] }));
    let pairs = vec![
        OwnPair { left: text("Allende", "Allende"), right: text("Presidente", "President") },
        OwnPair { left: text("Prats", "Prats"), right: text("Comandante", "Commander") },
    ];
    let matching = save_own(app, draft(text("Une cada uno con su cargo.", "Match each with their office."), OwnAnswer::Match { pairs }));
    let quiz = TeacherQuizDraft {
        title: "Unidad Popular".into(),
        description: "Para el jueves".into(),
        items: vec![
            item(ItemOrigin::Bank, "up-q01", 30, 1000),
            item(ItemOrigin::Own, &choice, 20, 500),
            item(ItemOrigin::Own, &typed, 60, 0),
            item(ItemOrigin::Bank, "up-q03", 5, 10_000),
            item(ItemOrigin::Own, &matching, 600, 100),
        ],
    };
    app.save_teacher_quiz(None, &quiz).unwrap()
}

/// An item as (origin, bank id or own draft as JSON, time limit, points).
type Comparable = (ItemOrigin, String, i64, i64);

/// A quiz's title, description and items: what must survive a round trip.
fn comparable(app: &Cronica, id: &str) -> (String, String, Vec<Comparable>) {
    let quiz = app.get_teacher_quiz(Lang::Es, id).unwrap();
    let items = quiz
        .items
        .into_iter()
        .map(|view| match view {
            QuizItemView::Bank { item, question } => (item.origin, question.id.0, item.time_limit_s, item.points),
            QuizItemView::Own { item, question } => {
                (item.origin, serde_json::to_string(&question.draft).unwrap(), item.time_limit_s, item.points)
            }
            QuizItemView::Missing { item } => panic!("missing {item:?}"),
        })
        .collect();
    (quiz.title, quiz.description, items)
}

fn refused(case: &str, result: Result<ImportedQuiz>) -> String {
    match result {
        Err(Error::InvalidInput(message)) => message,
        other => panic!("{case}: expected an input error, got {other:?}"),
    }
}

#[test]
fn a_quiz_survives_export_and_import() {
    let app = app();
    let original = sample_quiz(&app);
    let exported = app.export_teacher_quiz(&original.id).unwrap();
    let value: Value = serde_json::from_str(&exported).unwrap();
    assert_eq!((value["format"].as_str(), value["version"].as_u64()), (Some("cronica-quiz"), Some(1)));
    assert_eq!(value["items"][0]["question"], json!({ "origin": "bank", "id": "up-q01" }));
    assert_eq!(value["items"][1]["question"]["origin"], "own");

    let imported = app.import_teacher_quiz(exported.as_bytes()).unwrap();
    assert_ne!(imported.quiz.id, original.id, "a new quiz");
    assert_eq!((imported.quiz.question_count, imported.own_questions), (5, 3));
    assert_eq!(comparable(&app, &imported.quiz.id), comparable(&app, &original.id));
    assert_eq!(app.list_own_questions().unwrap().len(), 6, "own questions are imported as new ones");
    let again = app.export_teacher_quiz(&imported.quiz.id).unwrap();
    assert_eq!(again, exported, "exporting the import gives the same file");
    assert!(matches!(app.export_teacher_quiz("quiz-missing"), Err(Error::NotFound { .. })));
}

#[test]
fn a_question_that_no_longer_exists_is_left_out_of_the_export() {
    let app = app();
    let quiz = sample_quiz(&app);
    let own = app.list_own_questions().unwrap();
    app.delete_own_question(&own[0].id).unwrap();
    let pack: QuizPack = serde_json::from_str(&app.export_teacher_quiz(&quiz.id).unwrap()).unwrap();
    assert_eq!(pack.items.len(), 4);
}

#[test]
fn markup_is_kept_as_the_text_it_is() {
    let app = app();
    let markup = "<img src=x onerror=alert(1)>";
    let pack = json!({
        "format": "cronica-quiz", "version": 1, "title": "<script>alert(1)</script>", "description": "a & b <b>",
        "items": [{ "question": { "origin": "own", "question": {
            "prompt": { "es": markup }, "explanation": { "es": "<a href=\"javascript:x\">y</a>" },
            "answer": { "kind": "trueFalse", "answer": true } } }, "timeLimitS": 30, "points": 100 }]
    });
    let imported = app.import_teacher_quiz(pack.to_string().as_bytes()).unwrap();
    assert_eq!(imported.quiz.title, "<script>alert(1)</script>");
    let quiz = app.get_teacher_quiz(Lang::En, &imported.quiz.id).unwrap();
    assert_eq!(quiz.description, "a & b <b>");
    let QuizItemView::Own { question, .. } = &quiz.items[0] else { panic!() };
    assert_eq!(question.draft.prompt.es.as_deref(), Some(markup));
    assert_eq!(question.draft.explanation.es.as_deref(), Some("<a href=\"javascript:x\">y</a>"));
}

#[test]
fn the_checked_in_schema_is_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/quiz-pack.schema.json");
    let generated = schema_json();
    if std::env::var("UPDATE_SCHEMA").as_deref() == Ok("1") {
        std::fs::write(&path, &generated).unwrap();
    }
    let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(checked_in == generated, "docs/quiz-pack.schema.json is stale: run UPDATE_SCHEMA=1 cargo test -p cronica-core teacher::pack");
    let schema: Value = serde_json::from_str(&generated).unwrap();
    assert_eq!(schema["properties"]["items"]["maxItems"], 500);
    assert_eq!(schema["additionalProperties"], false);
}

#[test]
fn a_refusal_reaches_the_ui_as_an_input_error_naming_the_field() {
    let app = app();
    let pack = json!({ "format": "cronica-quiz", "version": 1, "title": "T", "items": [{ "question": { "origin": "bank", "id": "nope" }, "timeLimitS": 30, "points": 1 }] });
    let err = crate::api::dispatch(&app, "import_teacher_quiz", json!({ "text": pack.to_string() })).unwrap_err();
    assert_eq!(err.kind, ErrorKind::InvalidInput);
    assert!(err.message.contains("items[0].question.id"), "{}", err.message);
    let quiz = sample_quiz(&app);
    let text = crate::api::dispatch(&app, "export_teacher_quiz", json!({ "id": quiz.id })).unwrap();
    let imported = crate::api::dispatch(&app, "import_teacher_quiz", json!({ "text": text })).unwrap();
    assert_eq!(imported["quiz"]["questionCount"], 5);
}

/// The user database's files, to compare byte for byte.
fn db_bytes(user: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    ["", "-wal"]
        .into_iter()
        .map(|suffix| {
            let path = PathBuf::from(format!("{}{suffix}", user.display()));
            let bytes = std::fs::read(&path).unwrap_or_default();
            (path, bytes)
        })
        .collect()
}

fn pack_with_items(items: Value) -> String {
    json!({ "format": "cronica-quiz", "version": 1, "title": "Prueba", "description": "", "items": items }).to_string()
}

fn bank_item() -> Value {
    json!({ "question": { "origin": "bank", "id": "up-q01" }, "timeLimitS": 30, "points": 1000 })
}

#[test]
fn every_refused_file_leaves_the_user_database_byte_for_byte_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let content_path = dir.path().join("content.db");
    let user_path = dir.path().join("user.db");
    crate::compile_content(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid"), &content_path).unwrap();
    let app = Cronica::open(&content_path, &user_path).unwrap();
    let quiz = sample_quiz(&app);
    let good = app.export_teacher_quiz(&quiz.id).unwrap();
    let good_value: Value = serde_json::from_str(&good).unwrap();
    let with = |pointer: &str, value: Value| {
        let mut pack = good_value.clone();
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        match pack.pointer_mut(parent) {
            Some(Value::Object(fields)) => drop(fields.insert(key.to_string(), value)),
            Some(Value::Array(list)) => list[key.parse::<usize>().unwrap()] = value,
            _ => panic!("no {parent}"),
        }
        pack.to_string().into_bytes()
    };

    let mut deep_description = good_value.clone();
    deep_description["description"] = Value::Null;
    let deep_text = deep_description.to_string().replace("null", &("[".repeat(100_000) + &"]".repeat(100_000)));
    let mut oversized = good.clone().into_bytes();
    oversized.resize(MAX_PACK_BYTES + 1, b' ');
    let own_in_english = |field: &str, length: usize| {
        with(&format!("/items/2/question/question/{field}"), json!({ "es": "Allende.", "en": "x".repeat(length) }))
    };

    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("malformed", b"{ \"format\": \"cronica-quiz\", ".to_vec(), "not valid JSON"),
        ("not JSON at all", b"hola".to_vec(), "not valid JSON"),
        ("truncated", good.as_bytes()[..good.len() / 2].to_vec(), "not valid JSON"),
        ("not UTF-8", [good.as_bytes(), b"\xff\xfe"].concat(), "not UTF-8"),
        ("oversized", oversized, "larger than 5 MB"),
        ("not an object", b"[1, 2]".to_vec(), "not a Cr\u{f3}nica quiz pack"),
        ("another format", with("/format", json!("moodle-gift")), "format:"),
        ("another version", with("/version", json!(2)), "version: version 2"),
        ("no version", good.replace("\"version\": 1,", "").into_bytes(), "version: missing"),
        ("10⁵ items", pack_with_items(Value::Array(vec![bank_item(); 100_000])).into_bytes(), "larger than 5 MB"),
        ("501 items", pack_with_items(Value::Array(vec![bank_item(); 501])).into_bytes(), "more than 500 items"),
        ("201 items", pack_with_items(Value::Array(vec![bank_item(); 201])).into_bytes(), "items: a quiz holds at most 200"),
        ("10⁵-deep nesting", deep_text.into_bytes(), "nests deeper than 64"),
        (
            "65-deep nesting",
            with("/description", serde_json::from_str(&("[".repeat(64) + &"]".repeat(64))).unwrap()),
            "nests deeper than 64",
        ),
        ("an unknown field", with("/items/1/bonus", json!(1)), "items[1].bonus: unknown field `bonus`"),
        ("a wrong type", with("/items/3/points", json!("mil")), "items[3].points: invalid type"),
        ("an unknown origin", with("/items/0/question/origin", json!("web")), "items[0].question"),
        ("no title", with("/title", json!("   ")), "title:"),
        ("a long description", with("/description", json!("d".repeat(2001))), "description: longer than 2000"),
        ("a time limit out of range", with("/items/2/timeLimitS", json!(4)), "items[2].timeLimitS: must be 5–600"),
        ("points out of range", with("/items/2/points", json!(-1)), "items[2].points"),
        ("an unknown bank id", with("/items/3/question/id", json!("up-q99")), "items[3].question.id: no bank question 'up-q99'"),
        ("an empty bank id", with("/items/3/question/id", json!("")), "items[3].question.id: not a question id"),
        (
            "a bad own question",
            with("/items/1/question/question/answer/options", json!([{ "es": "A", "en": "A" }, { "es": "B", "en": "B" }])),
            "items[1].question.question.answer.options: a multiple-choice question needs 3–5 options",
        ),
        (
            "a future year",
            with("/items/1/question/question/answer", json!({ "kind": "year", "answer": 2031 })),
            "items[1].question.question.answer.answer: 2031",
        ),
        (
            "a missing translation",
            with("/items/1/question/question/explanation/en", Value::Null),
            "items[1].question.question.explanation.en: the text in en is missing",
        ),
        ("a long prompt", own_in_english("prompt", 601), "items[2].question.question.prompt.en: longer than 600"),
        ("a long explanation", own_in_english("explanation", 2001), "items[2].question.question.explanation.en: longer than 2000"),
        (
            "a long source",
            with("/items/2/question/question/source", json!("s".repeat(301))),
            "items[2].question.question.source: longer than 300",
        ),
        (
            "a long option",
            with("/items/1/question/question/answer/options/2/en", json!("o".repeat(301))),
            "answer.options[2].en: longer than 300",
        ),
        (
            "a long pair",
            with("/items/4/question/question/answer/pairs/1/right/es", json!("p".repeat(301))),
            "answer.pairs[1].right.es: longer than 300",
        ),
        ("a text in a third language", with("/items/2/question/question/prompt/fr", json!("Allende")), "unknown field `fr`"),
        ("trailing data", [good.as_bytes(), b"{}"].concat(), "not valid JSON"),
    ];

    let before = db_bytes(&user_path);
    assert!(!before[0].1.is_empty());
    let mut wrong = Vec::new();
    for (case, file, expected) in cases {
        let message = refused(case, app.import_teacher_quiz(&file));
        if !message.contains(expected) || message.chars().count() > 300 {
            wrong.push(format!("{case}: {message:?} does not say {expected:?} in 300 characters"));
        }
        assert!(db_bytes(&user_path) == before, "{case}: the user database changed");
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    assert_eq!(app.list_teacher_quizzes().unwrap().len(), 1);
    assert_eq!(app.list_own_questions().unwrap().len(), 3);

    app.import_teacher_quiz(good.as_bytes()).unwrap();
    assert_eq!(app.list_teacher_quizzes().unwrap().len(), 2, "the same file imports once it is whole");
    assert!(db_bytes(&user_path) != before);
}
