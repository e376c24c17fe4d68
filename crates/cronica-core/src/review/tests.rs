use std::collections::BTreeMap;
use std::sync::Arc;

use super::cards::Card;
use super::queue::end_of_day;
use super::schedule::{DAY_MS, schedule};
use crate::Cronica;
use crate::app::tests_support::app;
use crate::base::{Clock, FixedClock, Lang, Timestamp};
use crate::error::Error;
use crate::quiz::{QuestionBody, QuizOptions, QuizQuestion, QuizResponse};

fn at(text: &str) -> Timestamp {
    Timestamp::parse(text).unwrap()
}

/// The fixture app on a clock set to noon UTC, 3 December 2026.
fn app_at_noon() -> (Cronica, FixedClock) {
    let clock = FixedClock::new(at("2026-12-03T12:00:00.000Z"));
    (app().with_clock(Arc::new(clock.clone())), clock)
}

/// The right (or a wrong) response to each fixture question, given how it was shown.
pub(crate) fn response(question: &QuizQuestion, right: bool) -> QuizResponse {
    match &question.body {
        QuestionBody::MultipleChoice { options } => {
            let text = if right { "A plurality" } else { "Second place" };
            QuizResponse::MultipleChoice { choice: options.iter().find(|o| o.text == text).unwrap().id }
        }
        QuestionBody::TrueFalse => QuizResponse::TrueFalse { value: right },
        QuestionBody::Year => QuizResponse::Year { year: if right { 1908 } else { 1910 } },
        QuestionBody::Order { .. } => {
            let order = if right { ["eleccion-1970", "cobre-1971", "golpe-1973"] } else { ["golpe-1973", "cobre-1971", "eleccion-1970"] };
            QuizResponse::Order { order: order.map(String::from).to_vec() }
        }
        QuestionBody::Match { roles, .. } => {
            let id = |role: &str| roles.iter().find(|r| r.text == role).unwrap().id;
            let (allende, pinochet) =
                if right { ("President", "Army commander-in-chief") } else { ("Army commander-in-chief", "President") };
            QuizResponse::Match {
                roles: BTreeMap::from([("salvador-allende".into(), id(allende)), ("augusto-pinochet".into(), id(pinochet))]),
            }
        }
        // Typed: accents, case and punctuation aside; a near miss is wrong.
        QuestionBody::Typed { .. } => QuizResponse::Typed { text: (if right { "SALVADOR ALLENDE!" } else { "Allendes" }).into() },
    }
}

/// Takes the fixture chapter's quiz, answering right exactly the questions in `right`.
pub(crate) fn take_quiz(app: &Cronica, right: &[&str]) {
    let quiz = app.start_quiz_seeded(Lang::En, &QuizOptions::chapter("unidad-popular"), 9).unwrap();
    for q in &quiz.questions {
        let feedback = app.answer_question(Lang::En, quiz.attempt_id, &q.id, &response(q, right.contains(&q.id.as_str()))).unwrap();
        assert_eq!(feedback.correct, right.contains(&q.id.as_str()), "{}", q.id);
    }
    app.finish_quiz(Lang::En, quiz.attempt_id).unwrap();
}

#[test]
fn a_right_answer_is_due_in_days_and_a_wrong_one_today() {
    let now = at("2026-12-03T12:00:00.000Z");
    let good = schedule(None, "q", true, now).unwrap();
    assert!(good.due_at.millis() - now.millis() >= DAY_MS, "a first right answer comes back after a day or more");
    assert_eq!((good.reviews, good.lapses), (1, 0));
    let again = schedule(None, "q", false, now).unwrap();
    assert_eq!(again.due_at, now, "a wrong answer is due again today");
    assert!(again.stability < good.stability);

    // Answered right again when due, the interval grows; answered wrong, it is due at once and
    // its stability drops.
    let later = good.due_at;
    let second = schedule(Some(&good), "q", true, later).unwrap();
    let first_interval = good.due_at.millis() - now.millis();
    assert!(second.due_at.millis() - later.millis() > first_interval, "{second:?}");
    assert_eq!(second.reviews, 2);
    let lapse = schedule(Some(&second), "q", false, second.due_at).unwrap();
    assert_eq!(lapse.due_at, second.due_at);
    assert!(lapse.stability < second.stability);
    assert_eq!((lapse.reviews, lapse.lapses), (3, 1));
}

#[test]
fn a_damaged_memory_state_starts_over_instead_of_failing() {
    let now = at("2026-12-03T12:00:00.000Z");
    let damaged =
        Card { question_id: "q".into(), stability: f64::NAN, difficulty: 99.0, due_at: now, last_review_at: now, reviews: 4, lapses: 1 };
    let card = schedule(Some(&damaged), "q", true, now).unwrap();
    assert_eq!(card, schedule(None, "q", true, now).map(|c| Card { reviews: 5, lapses: 1, ..c }).unwrap());
}

#[test]
fn the_day_ends_at_local_midnight() {
    let now = at("2026-12-03T23:30:00.000Z");
    assert_eq!(end_of_day(now, 0).unwrap(), at("2026-12-04T00:00:00.000Z"));
    // Santiago in summer (UTC−3): 20:30 local, the day ends at 03:00 UTC.
    assert_eq!(end_of_day(now, -180).unwrap(), at("2026-12-04T03:00:00.000Z"));
    // UTC+2: already 01:30 on the 4th locally.
    assert_eq!(end_of_day(now, 120).unwrap(), at("2026-12-04T22:00:00.000Z"));
    assert!(matches!(end_of_day(now, 24 * 60), Err(Error::InvalidInput(_))));
}

#[test]
fn every_quiz_answer_is_scheduled_and_the_missed_ones_are_due_today() {
    let (app, clock) = app_at_noon();
    assert_eq!(app.review_summary(Lang::En, 0).unwrap().due, 0);
    take_quiz(&app, &["up-q02", "up-q03", "up-q05", "up-q06"]);
    let summary = app.review_summary(Lang::En, 0).unwrap();
    assert_eq!(summary.due, 2, "{summary:?}");
    assert_eq!(summary.chapters.len(), 1);
    assert_eq!((summary.chapters[0].chapter_id.as_str(), summary.chapters[0].chapter_title.as_str()), ("unidad-popular", "Popular Unity"));
    assert_eq!(summary.chapters[0].due, 2);
    let next = summary.next_due.expect("the right answers come back later");
    assert!(next.millis() >= clock.now().millis() + DAY_MS);

    let session = app.start_review_seeded(Lang::En, 0, 4).unwrap();
    let mut asked: Vec<&str> = session.questions.iter().map(|q| q.question.id.as_str()).collect();
    asked.sort();
    assert_eq!(asked, vec!["up-q01", "up-q04"]);
    assert_eq!(session.due, 2);

    // Once their day comes, the right ones are due too.
    clock.set(next);
    assert_eq!(app.review_summary(Lang::En, 0).unwrap().due, 6);
}

#[test]
fn the_queue_is_longest_overdue_first() {
    let (app, clock) = app_at_noon();
    let base = clock.now().millis();
    app.user()
        .transact(|w| {
            for (i, id) in ["up-q03", "up-q01", "up-q05", "up-q02", "up-q04"].iter().enumerate() {
                let when = Timestamp::from_millis(base - DAY_MS * (5 - i as i64));
                w.save_card(&Card {
                    question_id: id.to_string(),
                    stability: 2.0,
                    difficulty: 5.0,
                    due_at: when,
                    last_review_at: when,
                    reviews: 1,
                    lapses: 0,
                })?;
            }
            Ok(())
        })
        .unwrap();
    let session = app.start_review_seeded(Lang::Es, 0, 1).unwrap();
    let order: Vec<&str> = session.questions.iter().map(|q| q.question.id.as_str()).collect();
    assert_eq!(order, vec!["up-q03", "up-q01", "up-q05", "up-q02", "up-q04"]);
    assert_eq!(session.questions[0].chapter_title, "La Unidad Popular");
}

#[test]
fn questions_removed_by_a_content_update_are_skipped_and_kept() {
    let (app, clock) = app_at_noon();
    take_quiz(&app, &[]);
    let now = clock.now();
    app.user()
        .transact(|w| {
            w.save_card(&Card {
                question_id: "removed-q".into(),
                stability: 1.0,
                difficulty: 5.0,
                due_at: now,
                last_review_at: now,
                reviews: 1,
                lapses: 0,
            })?;
            w.save_card(&Card {
                question_id: "removed-later".into(),
                stability: 1.0,
                difficulty: 5.0,
                due_at: Timestamp::from_millis(now.millis() + DAY_MS),
                last_review_at: now,
                reviews: 1,
                lapses: 0,
            })
        })
        .unwrap();
    let summary = app.review_summary(Lang::Es, 0).unwrap();
    assert_eq!(summary.due, 6);
    assert_eq!(summary.next_due, None, "a removed question is not the next one due");
    let session = app.start_review_seeded(Lang::Es, 0, 2).unwrap();
    assert!(session.questions.iter().all(|q| q.question.id.as_str() != "removed-q"));
    assert!(app.user().read().card("removed-q").unwrap().is_some(), "its row stays");
}

#[test]
fn review_options_are_shuffled_per_session_and_graded_by_identity() {
    let (app, clock) = app_at_noon();
    take_quiz(&app, &[]);
    let mut orders = std::collections::HashSet::new();
    for seed in 0..12 {
        // Each session must differ from the last, or an untouched one would be shown again.
        let session = app.start_review_seeded(Lang::En, 0, seed).unwrap();
        let mc = session.questions.iter().find(|q| q.question.id.as_str() == "up-q01").unwrap();
        let QuestionBody::MultipleChoice { options } = &mc.question.body else { panic!() };
        orders.insert(options.iter().map(|o| o.id).collect::<Vec<_>>());
        let json = serde_json::to_string(&session).unwrap();
        assert!(!json.contains("\"answer\""), "the answer is never sent before grading: {json}");
        // Answering a question keeps the next start from reusing this session.
        let feedback = app.answer_review(Lang::En, session.session_id, "up-q01", &response(&mc.question, false)).unwrap();
        assert!(!feedback.feedback.correct);
        assert_eq!(feedback.interval_days, 0);
        assert_eq!(feedback.next_due, clock.now());
    }
    assert!(orders.len() > 1, "options are shown in other orders in other sessions");

    let session = app.start_review_seeded(Lang::En, 0, 99).unwrap();
    for q in &session.questions {
        let feedback = app.answer_review(Lang::En, session.session_id, &q.question.id, &response(&q.question, true)).unwrap();
        assert!(feedback.feedback.correct, "{}", q.question.id);
        assert!(feedback.interval_days >= 1);
        assert_eq!(feedback.next_due.millis(), clock.now().millis() + feedback.interval_days * DAY_MS);
    }
    let again = app.answer_review(Lang::En, session.session_id, "up-q02", &QuizResponse::TrueFalse { value: true });
    assert!(matches!(again, Err(Error::InvalidInput(_))), "a question is answered once per session");
    let summary = app.review_summary(Lang::En, 0).unwrap();
    assert_eq!(summary.due, 0);
    assert!(summary.next_due.is_some());
    let empty = app.start_review_seeded(Lang::En, 0, 100).unwrap();
    assert!(empty.questions.is_empty());
}

#[test]
fn a_typed_question_is_reviewed_graded_by_its_words_and_rescheduled() {
    let (app, clock) = app_at_noon();
    take_quiz(&app, &[]);
    let session = app.start_review_seeded(Lang::Es, 0, 3).unwrap();
    let typed = session.questions.iter().find(|q| q.question.id.as_str() == "up-q06").expect("the missed typed question is due");
    assert!(matches!(typed.question.body, QuestionBody::Typed { max_length } if max_length >= 200));
    let json = serde_json::to_string(&typed.question.body).unwrap();
    assert_eq!(json, r#"{"kind":"typed","maxLength":1000}"#, "the accepted answers are never sent before grading");
    // No word at all is an input error, not a wrong answer; nothing is recorded.
    let blank = app.answer_review(Lang::Es, session.session_id, "up-q06", &QuizResponse::Typed { text: " ¿? ".into() });
    assert!(matches!(blank, Err(Error::InvalidInput(_))), "{blank:?}");
    let wrong_kind = app.answer_review(Lang::Es, session.session_id, "up-q06", &QuizResponse::Year { year: 1970 });
    assert!(matches!(wrong_kind, Err(Error::InvalidInput(_))));
    // Another accepted spelling, without its capitals and with punctuation around it, is right.
    let feedback =
        app.answer_review(Lang::Es, session.session_id, "up-q06", &QuizResponse::Typed { text: "«allende gossens».".into() }).unwrap();
    assert!(feedback.feedback.correct);
    assert!(feedback.interval_days >= 1);
    assert_eq!(feedback.next_due.millis(), clock.now().millis() + feedback.interval_days * DAY_MS);
    let crate::quiz::CorrectAnswer::Typed { answer, others } = &feedback.feedback.correct_answer else { panic!("typed") };
    assert_eq!((answer.as_str(), others.clone()), ("Salvador Allende", vec!["Allende".to_string(), "Allende Gossens".into()]));
    let card = app.user().read().card("up-q06").unwrap().expect("its card");
    assert_eq!(card.reviews, 2, "the quiz answer and this review");

    // Missed again the next time it is due: due today again.
    clock.set(feedback.next_due);
    let session = app.start_review_seeded(Lang::En, 0, 4).unwrap();
    assert!(session.questions.iter().any(|q| q.question.id.as_str() == "up-q06"));
    let missed = app.answer_review(Lang::En, session.session_id, "up-q06", &QuizResponse::Typed { text: "Allendes".into() }).unwrap();
    assert!(!missed.feedback.correct);
    assert_eq!((missed.interval_days, missed.next_due), (0, clock.now()));
}

#[test]
fn an_untouched_session_is_shown_again_with_the_same_order() {
    let (app, _clock) = app_at_noon();
    take_quiz(&app, &[]);
    let first = app.start_review_seeded(Lang::En, 0, 1).unwrap();
    let reload = app.start_review_seeded(Lang::Es, 0, 2).unwrap();
    assert_eq!(first.session_id, reload.session_id);
    let ids = |s: &super::ReviewSession| {
        s.questions
            .iter()
            .map(|q| match &q.question.body {
                QuestionBody::MultipleChoice { options } => options.iter().map(|o| o.id).collect(),
                _ => vec![],
            })
            .collect::<Vec<Vec<i64>>>()
    };
    assert_eq!(ids(&first), ids(&reload));
}

#[test]
fn an_answer_and_its_schedule_are_written_together_or_not_at_all() {
    let (app, _clock) = app_at_noon();
    // The card's write fails (as a full disk would): the quiz answer must not be kept either.
    app.user()
        .conn_for_tests()
        .execute_batch("CREATE TRIGGER fail_cards BEFORE INSERT ON review_cards BEGIN SELECT RAISE(ABORT, 'disk full'); END;")
        .unwrap();
    let quiz = app.start_quiz_seeded(Lang::En, &QuizOptions::chapter("unidad-popular"), 3).unwrap();
    let q = &quiz.questions[0];
    let failed = app.answer_question(Lang::En, quiz.attempt_id, &q.id, &response(q, true));
    assert!(matches!(failed, Err(Error::Sqlite(_))), "{failed:?}");
    let answers: i64 = app.user().conn_for_tests().query_row("SELECT COUNT(*) FROM quiz_answers", [], |r| r.get(0)).unwrap();
    assert_eq!(answers, 0, "the answer was rolled back with its schedule");
    assert!(app.user().read().card(&q.id).unwrap().is_none());

    // Once writing works again, the same answer goes through with its card.
    app.user().conn_for_tests().execute_batch("DROP TRIGGER fail_cards;").unwrap();
    app.answer_question(Lang::En, quiz.attempt_id, &q.id, &response(q, true)).unwrap();
    assert!(app.user().read().card(&q.id).unwrap().is_some());

    // The same in review: the card's update fails, the review answer is not kept.
    take_quiz(&app, &[]);
    let session = app.start_review_seeded(Lang::En, 0, 5).unwrap();
    let asked = &session.questions[0].question;
    app.user()
        .conn_for_tests()
        .execute_batch("CREATE TRIGGER fail_updates BEFORE UPDATE ON review_cards BEGIN SELECT RAISE(ABORT, 'disk full'); END;")
        .unwrap();
    let before = app.user().read().card(&asked.id).unwrap();
    assert!(app.answer_review(Lang::En, session.session_id, &asked.id, &response(asked, true)).is_err());
    let stored: i64 = app.user().conn_for_tests().query_row("SELECT COUNT(*) FROM review_answers", [], |r| r.get(0)).unwrap();
    assert_eq!(stored, 0);
    assert_eq!(app.user().read().card(&asked.id).unwrap(), before);
}

#[test]
fn the_tally_counts_every_due_question_and_keeps_only_the_first_ones() {
    let (app, clock) = app_at_noon();
    take_quiz(&app, &[]);
    // Every question of the fixture's chapter was missed, so all are due today. (Asked before the
    // locks below are taken: the app's calls take them too.)
    let asked = app.review_summary(Lang::En, 0).unwrap().due as usize;
    let content = app.content();
    let places = app.question_places(&content).unwrap();
    let until = end_of_day(clock.now(), 0).unwrap();
    let user = app.user();
    assert!(asked > 2);
    let tally = user.read().due_tally(places, until, 2).unwrap();
    assert_eq!(tally.total, asked);
    assert_eq!(tally.per_chapter.iter().sum::<i64>(), asked as i64);
    let everything = user.read().due_tally(places, until, usize::MAX).unwrap();
    assert_eq!(tally.first, everything.first[..2], "the first two in queue order");
    assert_eq!(everything.first.len(), asked);
    assert!(user.read().due_tally(places, until, 0).unwrap().first.is_empty());
}
