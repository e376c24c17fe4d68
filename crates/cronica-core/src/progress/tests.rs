use std::sync::Arc;

use super::*;
use crate::Cronica;
use crate::app::tests_support::app;
use crate::base::{FixedClock, Timestamp};
use crate::error::Error;
use crate::notes::NoteTarget;
use crate::review::DAY_MS;
use crate::review::tests::{response, take_quiz};

fn at(text: &str) -> Timestamp {
    Timestamp::parse(text).unwrap()
}

/// The fixture app on a clock set to 14:00 UTC (11:00 in Chile), 3 December 2026.
fn app_at(text: &str) -> (Cronica, FixedClock) {
    let clock = FixedClock::new(at(text));
    (app().with_clock(Arc::new(clock.clone())), clock)
}

/// Answers every question due in review, right exactly those in `right`.
fn review_all(app: &Cronica, offset: i32, right: &[&str]) -> usize {
    let session = app.start_review_seeded(Lang::En, offset, 3).unwrap();
    for q in &session.questions {
        app.answer_review(Lang::En, session.session_id, &q.question.id, &response(&q.question, right.contains(&q.question.id.as_str())))
            .unwrap();
    }
    session.questions.len()
}

const CHILE: i32 = -180;

#[test]
fn an_untouched_learner_has_empty_figures_but_every_chapter_and_era() {
    let (app, _) = app_at("2026-12-03T14:00:00.000Z");
    let report = app.progress(Lang::Es, CHILE).unwrap();
    assert_eq!(
        report.total,
        Mastery { sections_read: 0, sections_total: 2, questions_total: 6, questions_answered: 0, questions_right: 0 }
    );
    assert_eq!(report.chapters.len(), 1);
    assert_eq!((report.chapters[0].title.as_str(), report.chapters[0].era_id.as_deref()), ("La Unidad Popular", Some("unidad-popular")));
    assert_eq!(report.eras.iter().map(|e| (e.era_id.as_str(), e.chapters)).collect::<Vec<_>>(), [("unidad-popular", 1)]);
    assert_eq!(report.streak, Streak::default());
    assert!(report.weakest.is_empty());
    assert!(matches!(app.progress(Lang::Es, 15 * 60), Err(Error::InvalidInput(_))));
}

#[test]
fn mastery_counts_the_questions_whose_latest_answer_was_right() {
    let (app, clock) = app_at("2026-12-03T14:00:00.000Z");
    app.mark_section_read("unidad-popular", "eleccion").unwrap();
    take_quiz(&app, &["up-q01", "up-q02", "up-q03"]);
    let chapter = app.progress(Lang::En, CHILE).unwrap().chapters[0].mastery;
    assert_eq!(chapter, Mastery { sections_read: 1, sections_total: 2, questions_total: 6, questions_answered: 6, questions_right: 3 });

    // In review later the same day, the two missed ones are answered right and one right one wrong:
    // the latest answer counts, wherever it was given.
    clock.advance(60_000);
    assert_eq!(review_all(&app, CHILE, &["up-q04", "up-q05"]), 3, "the three missed are due today");
    clock.advance(3 * DAY_MS);
    let session = app.start_review_seeded(Lang::En, CHILE, 1).unwrap();
    let q01 = session.questions.iter().find(|q| q.question.id == "up-q01").expect("up-q01 is due again after days");
    app.answer_review(Lang::En, session.session_id, &q01.question.id, &response(&q01.question, false)).unwrap();
    let report = app.progress(Lang::En, CHILE).unwrap();
    assert_eq!(report.chapters[0].mastery.questions_right, 4);
    assert_eq!(report.eras[0].mastery, report.chapters[0].mastery, "one chapter: its era's figures are its own");
    assert_eq!(report.total, report.chapters[0].mastery);
}

#[test]
fn the_weakest_are_the_most_often_wrong_with_where_to_practise_them() {
    let (app, clock) = app_at("2026-12-03T14:00:00.000Z");
    take_quiz(&app, &["up-q01", "up-q02", "up-q03"]);
    clock.advance(60_000);
    review_all(&app, CHILE, &["up-q05"]); // up-q04 and up-q06 wrong a second time, up-q05 now right
    let weakest = app.progress(Lang::En, CHILE).unwrap().weakest;
    let listed: Vec<(&str, i64, i64, bool, bool)> =
        weakest.iter().map(|w| (w.question_id.as_str(), w.wrong, w.answered, w.last_correct, w.due_today)).collect();
    assert_eq!(listed, [("up-q04", 2, 2, false, true), ("up-q06", 2, 2, false, true), ("up-q05", 1, 2, true, false)]);
    assert_eq!((weakest[0].chapter_id.as_str(), weakest[0].chapter_title.as_str()), ("unidad-popular", "Popular Unity"));
    assert!(!weakest[0].prompt.is_empty());
}

#[test]
fn the_streak_counts_local_days_with_a_review_across_midnight() {
    // 23:30 in Chile on 2 December is 02:30 UTC on 3 December.
    let (app, clock) = app_at("2026-12-03T02:30:00.000Z");
    take_quiz(&app, &[]);
    clock.advance(60_000);
    review_all(&app, CHILE, &["up-q01"]);
    let streak = app.progress(Lang::Es, CHILE).unwrap().streak;
    assert_eq!(streak, Streak { current_days: 1, longest_days: 1, reviewed_today: true });
    // 00:40 local on 3 December, an hour later: a new local day (in UTC it is still the same one).
    clock.set(at("2026-12-03T03:40:00.000Z"));
    assert_eq!(app.progress(Lang::Es, CHILE).unwrap().streak, Streak { current_days: 1, longest_days: 1, reviewed_today: false });
    assert!(app.progress(Lang::Es, 0).unwrap().streak.reviewed_today, "in UTC it is still the day of the review");
    assert!(review_all(&app, CHILE, &["up-q01", "up-q02", "up-q03", "up-q04", "up-q05"]) > 0);
    assert_eq!(app.progress(Lang::Es, CHILE).unwrap().streak, Streak { current_days: 2, longest_days: 2, reviewed_today: true });
    // Two days without review end it; the longest is remembered.
    clock.advance(2 * DAY_MS);
    assert_eq!(app.progress(Lang::Es, CHILE).unwrap().streak, Streak { current_days: 0, longest_days: 2, reviewed_today: false });
}

#[test]
fn reset_erases_progress_and_keeps_notes_teacher_work_and_games() {
    let (app, clock) = app_at("2026-12-03T14:00:00.000Z");
    app.mark_section_read("unidad-popular", "eleccion").unwrap();
    app.mark_section_read("unidad-popular", "golpe").unwrap();
    take_quiz(&app, &["up-q01"]);
    clock.advance(60_000);
    review_all(&app, CHILE, &[]);
    let note = app.save_note(&NoteTarget::Event { id: "golpe-1973".into() }, "mi nota").unwrap();
    let quiz = app
        .save_teacher_quiz(
            None,
            &crate::teacher::TeacherQuizDraft { title: "Prueba".into(), description: String::new(), items: Vec::new() },
        )
        .unwrap();
    app.user()
        .transact(|w| {
            w.conn
                .execute("INSERT INTO games (pin, title, questions, speed_bonus, started_at) VALUES ('1234', 'Juego', '[]', 0, 'x')", [])?;
            Ok(())
        })
        .unwrap();

    let erased = app.reset_progress().unwrap();
    assert_eq!(erased, ProgressReset { sections_read: 2, answers: 6 + 5, review_cards: 6 });
    let report = app.progress(Lang::Es, CHILE).unwrap();
    assert_eq!(
        report.total,
        Mastery { sections_read: 0, sections_total: 2, questions_total: 6, questions_answered: 0, questions_right: 0 }
    );
    assert_eq!((report.streak, report.weakest.len()), (Streak::default(), 0));
    assert_eq!(app.review_summary(Lang::Es, CHILE).unwrap().due, 0);
    assert!(app.home(Lang::Es).unwrap().continue_reading.is_none());
    assert!(app.home(Lang::Es).unwrap().last_quiz.is_none());

    assert_eq!(app.get_note(&note.target).unwrap(), Some(note), "notes are kept");
    assert_eq!(app.list_teacher_quizzes().unwrap().iter().map(|q| q.id.clone()).collect::<Vec<_>>(), [quiz.id], "teacher quizzes are kept");
    let games: i64 = app.user().read().conn.query_row("SELECT COUNT(*) FROM games", [], |r| r.get(0)).unwrap();
    assert_eq!(games, 1, "game results are kept");
    // The learner starts over as if new: the quiz can be taken again.
    take_quiz(&app, &["up-q01", "up-q02"]);
    assert_eq!(app.progress(Lang::Es, CHILE).unwrap().total.questions_right, 2);
}
