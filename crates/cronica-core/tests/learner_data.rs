//! Learner data on disk: it survives content updates, and a damaged file is kept and reported.

mod common;

use common::{copy_dir, fixture};
use cronica_core::notices::NoticeKind;
use cronica_core::quiz::{QuestionBody, QuizOptions, QuizResponse};
use cronica_core::{Cronica, Lang, compile_content};

/// A response of the question's own kind, right or not: what matters here is that it is stored.
fn some_response(body: &QuestionBody) -> QuizResponse {
    match body {
        QuestionBody::MultipleChoice { .. } => QuizResponse::MultipleChoice { choice: 1 },
        QuestionBody::TrueFalse => QuizResponse::TrueFalse { value: true },
        QuestionBody::Year => QuizResponse::Year { year: 1908 },
        QuestionBody::Order { items } => QuizResponse::Order { order: items.iter().map(|i| i.id.clone()).collect() },
        QuestionBody::Match { figures, .. } => {
            QuizResponse::Match { roles: figures.iter().enumerate().map(|(i, f)| (f.id.clone(), i as i64)).collect() }
        }
        QuestionBody::Typed { .. } => QuizResponse::Typed { text: "Allende".into() },
    }
}

#[test]
fn a_content_update_keeps_learner_data() {
    let dir = tempfile::tempdir().unwrap();
    let user_path = dir.path().join("user.db");
    let content_path = dir.path().join("content.db");
    compile_content(&fixture(), &content_path).unwrap();
    let result = {
        let app = Cronica::open(&content_path, &user_path).unwrap();
        app.mark_section_read("unidad-popular", "eleccion").unwrap();
        app.mark_section_read("unidad-popular", "golpe").unwrap();
        let quiz = app.start_quiz_seeded(Lang::Es, &QuizOptions::chapter("unidad-popular"), 5).unwrap();
        for q in &quiz.questions {
            app.answer_question(Lang::Es, quiz.attempt_id, &q.id, &some_response(&q.body)).unwrap();
        }
        app.finish_quiz(Lang::Es, quiz.attempt_id).unwrap()
    };
    assert_eq!(result.total, 6);

    // New content: the "golpe" section is renamed, so its old id no longer exists.
    let updated = dir.path().join("data");
    copy_dir(&fixture(), &updated);
    let chapter = updated.join("chapters/01-up.toml");
    let text = std::fs::read_to_string(&chapter).unwrap().replace("id = \"golpe\"", "id = \"el-golpe\"");
    std::fs::write(&chapter, text).unwrap();
    compile_content(&updated, &content_path).unwrap();

    let app = Cronica::open(&content_path, &user_path).unwrap();
    assert!(app.startup_notices().is_empty());
    let chapters = app.list_chapters(Lang::Es).unwrap();
    let progress = &chapters[0].progress;
    assert_eq!((progress.sections_read, progress.sections_total), (1, 2));
    assert_eq!(progress.read_section_ids, vec!["eleccion".to_string()]);
    let best = chapters[0].best_score.as_ref().unwrap();
    assert_eq!((best.correct, best.total), (result.correct, result.total));
    assert_eq!(app.home(Lang::Es).unwrap().last_quiz.unwrap().attempt_id, result.attempt_id);
}

#[test]
fn a_corrupt_user_database_is_reported_once_opened() {
    let dir = tempfile::tempdir().unwrap();
    let content_path = dir.path().join("content.db");
    compile_content(&fixture(), &content_path).unwrap();
    let user_path = dir.path().join("user.db");
    std::fs::write(&user_path, b"garbage").unwrap();
    let app = Cronica::open(&content_path, &user_path).unwrap();
    let notices = app.startup_notices();
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0].kind, NoticeKind::UserDataRecovered);
    assert_eq!(std::fs::read(&notices[0].path).unwrap(), b"garbage");
    app.mark_section_read("unidad-popular", "eleccion").unwrap();
}

/// A teacher's quiz that uses a bank question a content update removed still opens, with a gap.
#[test]
fn a_teacher_quiz_survives_the_removal_of_a_bank_question() {
    use cronica_core::teacher::{ItemOrigin, QuizItemDraft, QuizItemView, TeacherQuizDraft};
    let dir = tempfile::tempdir().unwrap();
    let user_path = dir.path().join("user.db");
    let content_path = dir.path().join("content.db");
    compile_content(&fixture(), &content_path).unwrap();
    let item = |id: &str| QuizItemDraft { origin: ItemOrigin::Bank, question_id: id.into(), time_limit_s: 20, points: 500 };
    let quiz_id = {
        let app = Cronica::open(&content_path, &user_path).unwrap();
        let draft = TeacherQuizDraft { title: "Jueves".into(), description: String::new(), items: vec![item("up-q01"), item("up-q03")] };
        app.save_teacher_quiz(None, &draft).unwrap().id
    };
    let updated = dir.path().join("data");
    copy_dir(&fixture(), &updated);
    let questions = updated.join("questions/up.toml");
    let text = std::fs::read_to_string(&questions).unwrap().replace("id = \"up-q03\"", "id = \"up-q03-nuevo\"");
    std::fs::write(&questions, text).unwrap();
    compile_content(&updated, &content_path).unwrap();

    let app = Cronica::open(&content_path, &user_path).unwrap();
    let quiz = app.get_teacher_quiz(Lang::Es, &quiz_id).unwrap();
    assert!(matches!(&quiz.items[0], QuizItemView::Bank { question, .. } if question.id == "up-q01"));
    assert!(matches!(&quiz.items[1], QuizItemView::Missing { item } if item.question_id == "up-q03"));
}
