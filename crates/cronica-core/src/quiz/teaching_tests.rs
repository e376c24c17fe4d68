//! A quiz that teaches: order and match answers marked item by item, every missed question on the
//! score with the learner's answer and the explanation, and an interrupted quiz resumed.

use std::collections::BTreeMap;

use super::*;
use crate::app::tests_support::app;
use crate::base::Lang;
use crate::error::Error;

fn question<'a>(quiz: &'a Quiz, id: &str) -> &'a QuizQuestion {
    quiz.questions.iter().find(|q| q.id == id).unwrap()
}

fn role_id(quiz: &Quiz, text: &str) -> i64 {
    let QuestionBody::Match { roles, .. } = &question(quiz, "up-q05").body else { panic!("not a match") };
    roles.iter().find(|r| r.text == text).unwrap().id
}

/// A response of the question's own kind, right or not.
fn some_response(body: &QuestionBody) -> QuizResponse {
    match body {
        QuestionBody::MultipleChoice { .. } => QuizResponse::MultipleChoice { choice: 1 },
        QuestionBody::TrueFalse => QuizResponse::TrueFalse { value: false },
        QuestionBody::Year => QuizResponse::Year { year: 1908 },
        QuestionBody::Order { items } => QuizResponse::Order { order: items.iter().map(|i| i.id.clone()).collect() },
        QuestionBody::Match { figures, .. } => QuizResponse::Match { roles: figures.iter().map(|f| (f.id.clone(), 0)).collect() },
        QuestionBody::Typed { .. } => QuizResponse::Typed { text: "Frei".into() },
    }
}

#[test]
fn an_order_answer_is_marked_item_by_item_with_where_each_belongs() {
    let app = app();
    let quiz = app.start_quiz_seeded(Lang::Es, &QuizOptions::chapter("unidad-popular"), 5).unwrap();
    // Right order: eleccion-1970, cobre-1971, golpe-1973. Given: cobre first, election second.
    let order = vec!["cobre-1971".to_string(), "eleccion-1970".to_string(), "golpe-1973".to_string()];
    let feedback = app.answer_question(Lang::Es, quiz.attempt_id, "up-q04", &QuizResponse::Order { order }).unwrap();
    assert!(!feedback.correct);
    let AnswerMarks::Order { items } = feedback.marks else { panic!("not order marks: {:?}", feedback.marks) };
    let marks: Vec<(&str, i64, i64, bool)> = items.iter().map(|m| (m.item.id.as_str(), m.given_position, m.right_position, m.in_place)).collect();
    assert_eq!(marks, vec![("cobre-1971", 1, 2, false), ("eleccion-1970", 2, 1, false), ("golpe-1973", 3, 3, true)]);
    assert!(items.iter().all(|m| !m.item.title.is_empty() && m.item.title != m.item.id), "items carry their titles");
}

#[test]
fn a_match_answer_is_marked_pair_by_pair_with_the_right_partner() {
    let app = app();
    let quiz = app.start_quiz_seeded(Lang::Es, &QuizOptions::chapter("unidad-popular"), 5).unwrap();
    let president = role_id(&quiz, "Presidente");
    // Both given the presidency: Allende's pair is right, Pinochet's wrong.
    let roles = BTreeMap::from([("salvador-allende".to_string(), president), ("augusto-pinochet".to_string(), president)]);
    let feedback = app.answer_question(Lang::Es, quiz.attempt_id, "up-q05", &QuizResponse::Match { roles }).unwrap();
    assert!(!feedback.correct);
    let AnswerMarks::Match { pairs } = feedback.marks else { panic!("not match marks") };
    let marks: Vec<(&str, &str, &str, bool)> =
        pairs.iter().map(|m| (m.figure.id.as_str(), m.chosen_role.as_str(), m.right_role.as_str(), m.correct)).collect();
    assert_eq!(
        marks,
        vec![
            ("salvador-allende", "Presidente", "Presidente", true),
            ("augusto-pinochet", "Presidente", "Comandante en jefe del Ejército", false),
        ]
    );
    // Right pairs are all marked right; other kinds carry no per-item marks.
    let quiz = app.start_quiz_seeded(Lang::En, &QuizOptions::chapter("unidad-popular"), 6).unwrap();
    let roles = BTreeMap::from([
        ("salvador-allende".to_string(), role_id(&quiz, "President")),
        ("augusto-pinochet".to_string(), role_id(&quiz, "Army commander-in-chief")),
    ]);
    let feedback = app.answer_question(Lang::En, quiz.attempt_id, "up-q05", &QuizResponse::Match { roles }).unwrap();
    let AnswerMarks::Match { pairs } = feedback.marks else { panic!("not match marks") };
    assert!(feedback.correct && pairs.iter().all(|m| m.correct));
    let whole = app.answer_question(Lang::En, quiz.attempt_id, "up-q02", &QuizResponse::TrueFalse { value: true }).unwrap();
    assert_eq!(whole.marks, AnswerMarks::Whole);
}

#[test]
fn the_score_lists_every_missed_question_with_the_answer_given_and_the_explanation() {
    let app = app();
    let quiz = app.start_quiz_seeded(Lang::Es, &QuizOptions::chapter("unidad-popular"), 8).unwrap();
    app.answer_question(Lang::Es, quiz.attempt_id, "up-q02", &QuizResponse::TrueFalse { value: true }).unwrap();
    app.answer_question(Lang::Es, quiz.attempt_id, "up-q03", &QuizResponse::Year { year: 1910 }).unwrap();
    app.answer_question(Lang::Es, quiz.attempt_id, "up-q01", &QuizResponse::MultipleChoice { choice: 2 }).unwrap();
    app.answer_question(Lang::Es, quiz.attempt_id, "up-q06", &QuizResponse::Typed { text: "  Frei ".into() }).unwrap();
    // up-q04 and up-q05 left unanswered.
    let result = app.finish_quiz(Lang::Es, quiz.attempt_id).unwrap();
    assert_eq!((result.correct, result.total), (1, 6));
    let asked: Vec<&str> = quiz.questions.iter().map(|q| q.id.as_str()).filter(|id| *id != "up-q02").collect();
    let missed: Vec<&str> = result.missed.iter().map(|m| m.question_id.as_str()).collect();
    assert_eq!(missed, asked, "every missed question, in the order asked");

    let year = result.missed.iter().find(|m| m.question_id == "up-q03").unwrap();
    assert_eq!(year.prompt, "¿En qué año nació Allende?");
    assert_eq!(year.given, Some(CorrectAnswer::Year { year: 1910 }));
    assert_eq!(year.feedback.correct_answer, CorrectAnswer::Year { year: 1908 });
    assert_eq!(year.feedback.explanation, "Nació el 26 de junio de 1908.");
    assert!(!year.feedback.sources.is_empty());
    let choice = result.missed.iter().find(|m| m.question_id == "up-q01").unwrap();
    assert_eq!(choice.given, Some(CorrectAnswer::MultipleChoice { option: ChoiceOption { id: 2, text: "Segundo lugar".into() } }));
    let typed = result.missed.iter().find(|m| m.question_id == "up-q06").unwrap();
    assert_eq!(typed.given, Some(CorrectAnswer::Typed { answer: "Frei".into(), others: Vec::new() }), "what was typed, trimmed");
    let unanswered = result.missed.iter().find(|m| m.question_id == "up-q05").unwrap();
    assert_eq!(unanswered.given, None);
    assert!(!unanswered.feedback.correct);

    // In English the same list is in English.
    let home = app.home(Lang::En).unwrap().last_quiz.unwrap();
    assert_eq!(home.missed.iter().find(|m| m.question_id == "up-q03").unwrap().feedback.explanation, "He was born on 26 June 1908.");
}

#[test]
fn an_interrupted_quiz_is_offered_again_and_resumes_with_its_answers() {
    let app = app();
    let options = QuizOptions::chapter("unidad-popular");
    let quiz = app.start_quiz_seeded(Lang::Es, &options, 11).unwrap();
    assert!(app.interrupted_quiz(Lang::Es, "unidad-popular").unwrap().is_none(), "nothing answered yet: nothing to resume");
    let first = &quiz.questions[0];
    let second = &quiz.questions[1];
    for q in [first, second] {
        app.answer_question(Lang::Es, quiz.attempt_id, &q.id, &some_response(&q.body)).unwrap();
    }

    let left = app.interrupted_quiz(Lang::En, "unidad-popular").unwrap().expect("the quiz left is offered");
    assert_eq!((left.attempt_id, left.answered, left.total), (quiz.attempt_id, 2, 6));
    assert_eq!(left.chapter_titles.len(), 1);
    let resumed = app.resume_quiz(Lang::Es, quiz.attempt_id).unwrap();
    assert_eq!(resumed.questions, quiz.questions, "same questions, options in the same order");
    let answered: Vec<&str> = resumed.answered.iter().map(|a| a.question_id.as_str()).collect();
    assert_eq!(answered, vec![first.id.as_str(), second.id.as_str()]);
    let late = app.answer_question(Lang::Es, quiz.attempt_id, &first.id, &QuizResponse::TrueFalse { value: true });
    assert!(matches!(late, Err(Error::InvalidInput(_))), "an answer given is kept, not replaced");
    let third = &quiz.questions[2];
    app.answer_question(Lang::Es, quiz.attempt_id, &third.id, &some_response(&third.body)).unwrap();
    assert_eq!(app.interrupted_quiz(Lang::Es, "unidad-popular").unwrap().unwrap().answered, 3, "the third goes on in the same attempt");

    // Starting afresh sets the interrupted one aside: it is no longer offered nor resumable.
    let fresh = app.start_quiz_seeded(Lang::Es, &options, 12).unwrap();
    assert_ne!(fresh.attempt_id, quiz.attempt_id);
    assert!(app.interrupted_quiz(Lang::Es, "unidad-popular").unwrap().is_none());
    assert!(matches!(app.resume_quiz(Lang::Es, quiz.attempt_id), Err(Error::InvalidInput(_))));
    assert!(matches!(app.resume_quiz(Lang::Es, 999), Err(Error::NotFound { .. })));
}

#[test]
fn an_interrupted_quiz_survives_closing_the_app() {
    let dir = tempfile::tempdir().unwrap();
    let user = dir.path().join("user.db");
    let attempt = {
        let app = crate::Cronica::new(crate::app::tests_support::fixture_content(), crate::storage::UserDb::open(&user).unwrap().db, Vec::new());
        let quiz = app.start_quiz_seeded(Lang::Es, &QuizOptions::chapter("unidad-popular"), 3).unwrap();
        app.answer_question(Lang::Es, quiz.attempt_id, "up-q02", &QuizResponse::TrueFalse { value: true }).unwrap();
        quiz.attempt_id
    };
    let app = crate::Cronica::new(crate::app::tests_support::fixture_content(), crate::storage::UserDb::open(&user).unwrap().db, Vec::new());
    let left = app.interrupted_quiz(Lang::Es, "unidad-popular").unwrap().expect("kept across a restart");
    assert_eq!((left.attempt_id, left.answered), (attempt, 1));
    let resumed = app.resume_quiz(Lang::Es, attempt).unwrap();
    assert_eq!(resumed.answered, vec![AnsweredQuestion { question_id: "up-q02".into(), correct: true }]);
}

#[test]
fn the_length_chosen_bounds_the_questions_picked() {
    let candidates: Vec<(String, History)> = (0..35).map(|i| (format!("q{i:02}"), History::Unseen)).collect();
    for (length, expected) in [(QuizLength::Five, 5), (QuizLength::Ten, 10), (QuizLength::Twenty, 20), (QuizLength::All, 35)] {
        let picked = select_questions(&candidates, length.limit(), &mut fastrand::Rng::with_seed(1));
        assert_eq!(picked.len(), expected, "{length:?}");
        let unique: std::collections::HashSet<_> = picked.iter().collect();
        assert_eq!(unique.len(), expected, "no question twice");
    }
    let few = &candidates[..3];
    assert_eq!(select_questions(few, QuizLength::Twenty.limit(), &mut fastrand::Rng::with_seed(1)).len(), 3, "never more than there are");

    let app = app();
    let five = app.start_quiz_seeded(Lang::Es, &QuizOptions { length: QuizLength::Five, ..QuizOptions::chapter("unidad-popular") }, 1).unwrap();
    assert_eq!(five.questions.len(), 5);
    let all = app.start_quiz_seeded(Lang::Es, &QuizOptions { length: QuizLength::All, ..QuizOptions::chapter("unidad-popular") }, 2).unwrap();
    assert_eq!(all.questions.len(), 6);
}

#[test]
fn a_scope_must_name_known_chapters() {
    let app = app();
    let none = QuizOptions { chapters: vec![], ..QuizOptions::chapter("unidad-popular") };
    assert!(matches!(app.start_quiz(Lang::Es, &none), Err(Error::InvalidInput(_))));
    let unknown = QuizOptions { chapters: vec!["unidad-popular".into(), "no-such".into()], ..QuizOptions::chapter("unidad-popular") };
    assert!(matches!(app.start_quiz(Lang::Es, &unknown), Err(Error::InvalidInput(_))));
    assert!(matches!(app.start_quiz(Lang::Es, &QuizOptions::chapter("no-such")), Err(Error::NotFound { .. })));
    // The same chapter named twice is asked once.
    let twice = QuizOptions { chapters: vec!["unidad-popular".into(), "unidad-popular".into()], length: QuizLength::All, ..QuizOptions::chapter("unidad-popular") };
    let quiz = app.start_quiz(Lang::Es, &twice).unwrap();
    assert_eq!(quiz.questions.len(), 6);
    assert_eq!(quiz.chapter_titles, vec!["La Unidad Popular".to_string()]);
}
