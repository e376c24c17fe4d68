//! Unfinished attempts stay bounded: reopening a quiz continues it, a new attempt closes the
//! chapter's previous one, and one left for a day is closed.

use super::attempts::OPEN_ATTEMPT_LIFETIME_MS;
use crate::app::tests_support::app;
use crate::base::{Lang, Timestamp};
use crate::error::Error;
use crate::quiz::{QuizOptions, QuizResponse};

fn open_attempts(app: &crate::Cronica) -> i64 {
    app.user().read().open_attempt_count().unwrap()
}

#[test]
fn two_hundred_starts_leave_one_open_attempt() {
    let app = app();
    let first = app.start_quiz(Lang::Es, &QuizOptions::chapter("unidad-popular")).unwrap();
    for _ in 0..199 {
        let again = app.start_quiz(Lang::Es, &QuizOptions::chapter("unidad-popular")).unwrap();
        assert_eq!(again.attempt_id, first.attempt_id, "an untouched quiz is continued");
    }
    assert_eq!(open_attempts(&app), 1);
    // In the other language it is the same quiz: same questions, options in the same order.
    let english = app.start_quiz(Lang::En, &QuizOptions::chapter("unidad-popular")).unwrap();
    assert_eq!(english.attempt_id, first.attempt_id);
    let ids = |q: &super::Quiz| q.questions.iter().map(|q| q.id.to_string()).collect::<Vec<_>>();
    assert_eq!(ids(&english), ids(&first));
}

#[test]
fn a_new_attempt_closes_the_chapters_unfinished_one_without_a_score() {
    let app = app();
    let quiz = app.start_quiz_seeded(Lang::Es, &QuizOptions::chapter("unidad-popular"), 3).unwrap();
    let q = quiz.questions.iter().find(|q| q.id == "up-q02").unwrap();
    app.answer_question(Lang::Es, quiz.attempt_id, &q.id, &QuizResponse::TrueFalse { value: true }).unwrap();

    let next = app.start_quiz_seeded(Lang::Es, &QuizOptions::chapter("unidad-popular"), 4).unwrap();
    assert_ne!(next.attempt_id, quiz.attempt_id, "an attempt with answers is not continued");
    assert_eq!(open_attempts(&app), 1);
    let closed = app.user().read().attempt(quiz.attempt_id).unwrap();
    assert!(closed.abandoned_at.is_some() && closed.finished_at.is_none() && closed.correct.is_none());
    assert!(app.home(Lang::Es).unwrap().last_quiz.is_none(), "a closed attempt has no score to show");
    // Its answer still counts as history, and it takes no more.
    assert_eq!(app.user().read().last_answers(&["up-q02".to_string()]).unwrap().get("up-q02"), Some(&true));
    let late = app.answer_question(Lang::Es, quiz.attempt_id, "up-q01", &QuizResponse::MultipleChoice { choice: 1 });
    assert!(matches!(late, Err(Error::InvalidInput(_))));
    assert!(matches!(app.finish_quiz(Lang::Es, quiz.attempt_id), Err(Error::InvalidInput(_))));
}

#[test]
fn an_attempt_left_for_a_day_is_closed_at_the_next_start() {
    let app = app();
    let long_ago = Timestamp::from_millis(Timestamp::now().millis() - OPEN_ATTEMPT_LIFETIME_MS - 1000);
    let recent = Timestamp::from_millis(Timestamp::now().millis() - OPEN_ATTEMPT_LIFETIME_MS / 2);
    let ids = vec!["x1".to_string()];
    let (stale, fresh) = app
        .user()
        .transact(|w| Ok((w.create_attempt("otro-capitulo", &ids, 1, long_ago)?, w.create_attempt("tercero", &ids, 1, recent)?)))
        .unwrap();
    assert_eq!(open_attempts(&app), 2);

    app.start_quiz(Lang::Es, &QuizOptions::chapter("unidad-popular")).unwrap();
    let reader = app.user();
    assert!(reader.read().attempt(stale).unwrap().abandoned_at.is_some(), "older than a day: closed");
    assert!(reader.read().attempt(fresh).unwrap().abandoned_at.is_none(), "younger than a day: still open");
    assert_eq!(reader.read().open_attempt_count().unwrap(), 2);
}
