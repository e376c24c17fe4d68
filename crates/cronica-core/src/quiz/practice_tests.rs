//! Practice rounds of generated questions on the fixture corpus (which yields one "which came
//! first?" and two "in which year?" questions).

use super::*;
use crate::app::tests_support::app;
use crate::base::{Lang, StoredAnswer};
use crate::error::Error;

fn ids(practice: &Practice) -> Vec<String> {
    let mut ids: Vec<String> = practice.questions.iter().map(|q| q.id.to_string()).collect();
    ids.sort();
    ids
}

#[test]
fn a_round_asks_only_generated_questions_of_its_scope() {
    let app = app();
    let all = app.start_practice_seeded(Lang::Es, &PracticeScope::All, 7).unwrap();
    assert_eq!(ids(&all), vec!["gen-first-congreso-1970-golpe-1973", "gen-year-congreso-1970", "gen-year-golpe-1973"]);
    assert_eq!((all.title.as_deref(), all.available), (None, 3));
    let chapter = app.start_practice_seeded(Lang::En, &PracticeScope::Chapter { id: "unidad-popular".into() }, 7).unwrap();
    assert_eq!(chapter.title.as_deref(), Some("Popular Unity"));
    assert_eq!(ids(&chapter).len(), 3);
    // An era's practice keeps the questions all of whose events are of that era.
    let era = app.start_practice_seeded(Lang::Es, &PracticeScope::Era { id: "dictadura".into() }, 7).unwrap();
    assert_eq!(ids(&era), vec!["gen-year-golpe-1973"]);
    assert!(matches!(app.start_practice(Lang::Es, &PracticeScope::Chapter { id: "nada".into() }), Err(Error::NotFound { .. })));
    assert!(matches!(app.start_practice(Lang::Es, &PracticeScope::Era { id: "nada".into() }), Err(Error::InvalidInput(_))));
    // The self-quiz of the chapter still asks only the authored bank.
    let quiz = app.start_quiz_seeded(Lang::Es, &QuizOptions::chapter("unidad-popular"), 7).unwrap();
    assert!(quiz.questions.iter().all(|q| !q.id.starts_with("gen-")), "{:?}", quiz.questions);
}

#[test]
fn answers_are_graded_by_option_identity_and_explained_with_sources() {
    let app = app();
    for seed in [1, 2, 3, 99] {
        let practice = app.start_practice_seeded(Lang::Es, &PracticeScope::All, seed).unwrap();
        let q = practice.questions.iter().find(|q| q.id == "gen-first-congreso-1970-golpe-1973").unwrap();
        let QuestionBody::MultipleChoice { options } = &q.body else { panic!("{q:?}") };
        // The right option is the earlier event's title, wherever this round shows it.
        let right = options.iter().find(|o| o.text == "El Congreso ratifica a Allende").unwrap();
        let wrong = options.iter().find(|o| o.text == "Golpe de Estado").unwrap();
        let feedback = app.answer_practice(Lang::Es, practice.seed, &q.id, &QuizResponse::MultipleChoice { choice: right.id }).unwrap();
        assert!(feedback.correct);
        assert!(feedback.explanation.contains("«El Congreso ratifica a Allende» ocurrió el 24 de octubre de 1970"), "{}", feedback.explanation);
        assert!(!feedback.sources.is_empty(), "the events' sources are cited");
        let feedback = app.answer_practice(Lang::En, practice.seed, &q.id, &QuizResponse::MultipleChoice { choice: wrong.id }).unwrap();
        assert!(!feedback.correct);
        assert!(feedback.explanation.starts_with("“Congress confirms Allende” happened on 24 October 1970"), "{}", feedback.explanation);
        assert!(matches!(feedback.correct_answer, CorrectAnswer::MultipleChoice { option } if option.id == right.id));
    }
    let year = app.answer_practice(Lang::Es, 5, "gen-year-golpe-1973", &QuizResponse::Year { year: 1973 }).unwrap();
    assert!(year.correct);
    assert!(!app.answer_practice(Lang::Es, 5, "gen-year-golpe-1973", &QuizResponse::Year { year: 1974 }).unwrap().correct);
}

#[test]
fn practice_refuses_other_questions_and_bad_answers_and_records_nothing() {
    let app = app();
    let authored = app.answer_practice(Lang::Es, 1, "up-q03", &QuizResponse::Year { year: 1908 });
    assert!(matches!(authored, Err(Error::InvalidInput(_))), "{authored:?}");
    assert!(matches!(app.answer_practice(Lang::Es, 1, "gen-nada", &QuizResponse::Year { year: 1 }), Err(Error::NotFound { .. })));
    let wrong_kind = app.answer_practice(Lang::Es, 1, "gen-year-golpe-1973", &QuizResponse::TrueFalse { value: true });
    assert!(matches!(wrong_kind, Err(Error::InvalidInput(_))));
    let out_of_range = app.answer_practice(Lang::Es, 1, "gen-first-congreso-1970-golpe-1973", &QuizResponse::MultipleChoice { choice: 2 });
    assert!(matches!(out_of_range, Err(Error::InvalidInput(_))));
    assert!(matches!(app.answer_practice(Lang::Es, -1, "gen-year-golpe-1973", &QuizResponse::Year { year: 1973 }), Err(Error::InvalidInput(_))));
    app.answer_practice(Lang::Es, 1, "gen-year-golpe-1973", &QuizResponse::Year { year: 1973 }).unwrap();
    let attempts: i64 = app.user().read().conn.query_row("SELECT COUNT(*) FROM quiz_attempts", [], |r| r.get(0)).unwrap();
    let answers: i64 = app.user().read().conn.query_row("SELECT COUNT(*) FROM quiz_answers", [], |r| r.get(0)).unwrap();
    assert_eq!((attempts, answers), (0, 0), "practice is not recorded");
}

#[test]
fn a_round_is_fixed_by_its_seed_and_stays_within_js_numbers() {
    let app = app();
    let a = app.start_practice_seeded(Lang::Es, &PracticeScope::All, u64::MAX).unwrap();
    let b = app.start_practice_seeded(Lang::Es, &PracticeScope::All, u64::MAX).unwrap();
    assert_eq!(a, b);
    assert!(a.seed >= 0 && a.seed < (1_i64 << 53));
    let content = app.content();
    for q in &a.questions {
        assert!(!matches!(content.question(Lang::Es, &q.id).unwrap().answer, StoredAnswer::Order { .. } | StoredAnswer::Match { .. }));
    }
}

/// The data yields no typed practice questions (a name's accepted spellings cannot be derived from
/// it: "Frei" is two presidents), but a practice round plays whatever kind it is given: here the
/// fixture's typed question, marked as generated in the compiled content.
#[test]
fn a_typed_practice_question_is_shown_without_its_answers_and_graded_by_its_words() {
    let app = app();
    let marked = app.content().conn.execute("UPDATE questions SET origin = 'generated', generator = 'office' WHERE id = 'up-q06'", []);
    assert_eq!(marked.unwrap(), 1);
    let round = app.start_practice_seeded(Lang::En, &PracticeScope::Chapter { id: "unidad-popular".into() }, 5).unwrap();
    let typed = round.questions.iter().find(|q| q.id == "up-q06").expect("the typed question is in the round");
    assert_eq!(typed.body, QuestionBody::Typed { max_length: MAX_TYPED });
    assert!(!serde_json::to_string(&round).unwrap().contains("Gossens"), "no accepted answer is sent before grading");

    let right = app.answer_practice(Lang::En, round.seed, "up-q06", &QuizResponse::Typed { text: "SALVADOR ALLENDE".into() }).unwrap();
    assert!(right.correct);
    assert_eq!(
        right.correct_answer,
        CorrectAnswer::Typed { answer: "Salvador Allende".into(), others: vec!["Allende".into(), "Allende Gossens".into()] }
    );
    assert!(!right.sources.is_empty());
    let wrong = app.answer_practice(Lang::En, round.seed, "up-q06", &QuizResponse::Typed { text: "Frei".into() }).unwrap();
    assert!(!wrong.correct);
    let blank = app.answer_practice(Lang::En, round.seed, "up-q06", &QuizResponse::Typed { text: "...".into() });
    assert!(matches!(blank, Err(Error::InvalidInput(_))), "{blank:?}");
    let hostile = app.answer_practice(Lang::En, round.seed, "up-q06", &QuizResponse::Typed { text: "a".repeat(MAX_TYPED + 1) });
    assert!(matches!(hostile, Err(Error::InvalidInput(_))));
}
