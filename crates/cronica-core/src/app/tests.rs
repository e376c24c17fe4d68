use std::collections::BTreeMap;

use super::tests_support::app;
use crate::base::Lang;
use crate::error::Error;
use crate::events::EventFilter;
use crate::quiz::{CorrectAnswer, QuestionBody, QuizOptions, QuizQuestion, QuizResponse};

/// The right response for each fixture question, given what the quiz showed.
fn right_response(question: &QuizQuestion) -> QuizResponse {
    match (&question.id[..], &question.body) {
        ("up-q01", _) => QuizResponse::MultipleChoice { choice: 1 },
        ("up-q02", _) => QuizResponse::TrueFalse { value: true },
        ("up-q03", _) => QuizResponse::Year { year: 1908 },
        ("up-q04", _) => QuizResponse::Order { order: vec!["eleccion-1970".into(), "cobre-1971".into(), "golpe-1973".into()] },
        ("up-q05", QuestionBody::Match { roles, .. }) => {
            let index = |role: &str| roles.iter().find(|r| r.text == role).unwrap().id;
            QuizResponse::Match {
                roles: BTreeMap::from([
                    ("salvador-allende".into(), index("President")),
                    ("augusto-pinochet".into(), index("Army commander-in-chief")),
                ]),
            }
        }
        ("up-q06", QuestionBody::Typed { .. }) => QuizResponse::Typed { text: "  allende. ".into() },
        (id, _) => panic!("unexpected question {id}"),
    }
}

#[test]
fn home_shows_the_corpus_in_each_language() {
    let app = app();
    let es = app.home(Lang::Es).unwrap();
    assert_eq!(es.title, "Crónica de prueba");
    assert_eq!(es.counts.events, 4);
    assert_eq!(es.eras.iter().map(|e| e.title.as_str()).collect::<Vec<_>>(), vec!["Unidad Popular", "Dictadura"]);
    assert!(es.continue_reading.is_none());
    assert_eq!(app.home(Lang::En).unwrap().title, "Test chronicle");
}

#[test]
fn reading_progress_and_continue_where_you_left_off() {
    let app = app();
    let progress = app.mark_section_read("unidad-popular", "eleccion").unwrap();
    assert_eq!((progress.sections_read, progress.sections_total), (1, 2));
    assert_eq!(progress.read_section_ids, vec!["eleccion".to_string()]);
    let home = app.home(Lang::En).unwrap();
    let next = home.continue_reading.unwrap();
    assert_eq!((next.chapter_id.as_str(), next.section_id.as_str()), ("unidad-popular", "golpe"));
    assert_eq!(next.section_title, "The coup");
    assert!(matches!(app.mark_section_read("unidad-popular", "nope"), Err(Error::NotFound { .. })));
    assert_eq!(app.list_chapters(Lang::Es).unwrap()[0].progress.sections_read, 1);
}

#[test]
fn chapter_links_resolve_to_pages() {
    let app = app();
    let chapter = app.get_chapter(Lang::Es, "unidad-popular").unwrap();
    assert_eq!(chapter.sections.len(), 2);
    assert_eq!(chapter.perspectives[0].id, "causas-golpe");
    assert_eq!(chapter.sections[0].sources[0].publisher, "Fixture Press");
    let json = serde_json::to_value(&chapter.sections[0].paragraphs[0]).unwrap();
    assert_eq!(
        json["inlines"][1],
        serde_json::json!({ "kind": "link", "text": "Salvador Allende", "target": { "kind": "figure", "id": "salvador-allende" } })
    );
    let figure = app.get_figure(Lang::En, "salvador-allende").unwrap();
    assert_eq!(figure.roles[0].title, "President of the Republic");
    assert_eq!(figure.events.len(), 4);
    assert_eq!(figure.chapters[0].id, "unidad-popular");
}

#[test]
fn timeline_filters_by_figure_and_era() {
    let app = app();
    let all = app.list_events(Lang::Es, &EventFilter::default()).unwrap();
    assert_eq!(all.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), vec!["eleccion-1970", "congreso-1970", "cobre-1971", "golpe-1973"]);
    let pinochet = app.list_events(Lang::Es, &EventFilter { era: None, figure: Some("augusto-pinochet".into()) }).unwrap();
    assert_eq!(pinochet.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), vec!["golpe-1973"]);
    let up = app.list_events(Lang::En, &EventFilter { era: Some("unidad-popular".into()), figure: None }).unwrap();
    assert_eq!(up.len(), 3);
    assert!(matches!(app.list_events(Lang::Es, &EventFilter { era: Some("x".into()), figure: None }), Err(Error::NotFound { .. })));
    let coup = app.get_event(Lang::En, "golpe-1973").unwrap();
    assert_eq!(coup.sources.len(), 2);
    assert_eq!(coup.perspectives[0].id, "causas-golpe");
    assert_eq!(coup.places, vec!["Santiago", "Valparaíso"]);
    assert_eq!(coup.era_title, "Dictatorship");
}

/// A response of the right kind that is wrong.
fn wrong_response(question: &QuizQuestion) -> QuizResponse {
    match &question.body {
        QuestionBody::TrueFalse => QuizResponse::TrueFalse { value: false },
        QuestionBody::MultipleChoice { .. } => QuizResponse::MultipleChoice { choice: 0 },
        QuestionBody::Year => QuizResponse::Year { year: 1909 },
        QuestionBody::Order { .. } => QuizResponse::Order { order: vec!["golpe-1973".into(), "cobre-1971".into(), "eleccion-1970".into()] },
        QuestionBody::Match { .. } => {
            QuizResponse::Match { roles: BTreeMap::from([("salvador-allende".into(), 0), ("augusto-pinochet".into(), 0)]) }
        }
        QuestionBody::Typed { .. } => QuizResponse::Typed { text: "Frei".into() },
    }
}

#[test]
fn a_whole_quiz_is_scored_and_remembered() {
    let app = app();
    let quiz = app.start_quiz_seeded(Lang::En, &QuizOptions::chapter("unidad-popular"), 42).unwrap();
    assert_eq!(quiz.questions.len(), 6);
    let (first, rest) = quiz.questions.split_first().unwrap();

    let wrong_kind =
        if first.body == QuestionBody::TrueFalse { QuizResponse::Year { year: 1973 } } else { QuizResponse::TrueFalse { value: true } };
    assert!(matches!(app.answer_question(Lang::En, quiz.attempt_id, &first.id, &wrong_kind), Err(Error::InvalidInput(_))));
    let feedback = app.answer_question(Lang::En, quiz.attempt_id, &first.id, &wrong_response(first)).unwrap();
    assert!(!feedback.correct);
    if let CorrectAnswer::MultipleChoice { option } = &feedback.correct_answer {
        assert_eq!(option.id, 1, "the right option is named by its id");
    }

    for q in rest {
        let feedback = app.answer_question(Lang::En, quiz.attempt_id, &q.id, &right_response(q)).unwrap();
        assert!(feedback.correct, "{}", q.id);
        assert!(!feedback.explanation.is_empty());
        assert!(!feedback.sources.is_empty());
    }
    let result = app.finish_quiz(Lang::Es, quiz.attempt_id).unwrap();
    assert_eq!((result.correct, result.total), (5, 6));
    assert_eq!(result.chapter_title, "La Unidad Popular");
    assert_eq!(app.home(Lang::Es).unwrap().last_quiz.unwrap().correct, 5);
    assert_eq!(app.list_chapters(Lang::Es).unwrap()[0].best_score.as_ref().unwrap().correct, 5);
    assert!(
        app.answer_question(Lang::En, quiz.attempt_id, &rest[0].id, &right_response(&rest[0])).is_err(),
        "a finished quiz takes no answers"
    );

    // The next quiz asks the missed question again.
    let next = app.start_quiz_seeded(Lang::En, &QuizOptions::chapter("unidad-popular"), 43).unwrap();
    assert!(next.questions.iter().any(|q| q.id == first.id));
}

#[test]
fn answers_are_checked_against_the_attempt() {
    let app = app();
    let quiz = app.start_quiz_seeded(Lang::Es, &QuizOptions::chapter("unidad-popular"), 1).unwrap();
    let missing = app.answer_question(Lang::Es, quiz.attempt_id, "not-a-question", &QuizResponse::TrueFalse { value: true });
    assert!(matches!(missing, Err(Error::InvalidInput(_))));
    assert!(matches!(app.answer_question(Lang::Es, 999, "up-q02", &QuizResponse::TrueFalse { value: true }), Err(Error::NotFound { .. })));
    let q = quiz.questions.iter().find(|q| q.id == "up-q02").unwrap();
    app.answer_question(Lang::Es, quiz.attempt_id, &q.id, &QuizResponse::TrueFalse { value: true }).unwrap();
    let twice = app.answer_question(Lang::Es, quiz.attempt_id, &q.id, &QuizResponse::TrueFalse { value: false });
    assert!(matches!(twice, Err(Error::InvalidInput(_))));
}

#[test]
fn the_answer_is_never_sent_with_the_question() {
    let app = app();
    let quiz = app.start_quiz_seeded(Lang::Es, &QuizOptions::chapter("unidad-popular"), 9).unwrap();
    let json = serde_json::to_string(&quiz).unwrap();
    assert!(!json.contains("\"answer\""));
    assert!(!json.contains("1908"));
}

#[test]
fn figures_are_listed_by_surname_under_the_names_people_use() {
    let app = app();
    let list = app.list_figures(Lang::Es).unwrap();
    let names: Vec<(&str, &str, &str)> = list.iter().map(|f| (f.display_name.as_str(), f.name.as_str(), f.sort_key.as_str())).collect();
    assert_eq!(
        names,
        vec![
            ("Salvador Allende", "Salvador Allende Gossens", "Allende Gossens, Salvador"),
            ("Augusto Pinochet", "Augusto Pinochet Ugarte", "Pinochet Ugarte, Augusto"),
        ]
    );
    let allende = &list[0];
    let headline = allende.headline.as_ref().unwrap();
    assert_eq!(headline.title, "Presidente de la República");
    assert_eq!(headline.spans.len(), 1);
    assert_eq!(headline.spans[0].start.unwrap().to_string(), "1970-11-03");
    assert_eq!(allende.offices, vec![crate::base::Office::President]);
    assert_eq!(allende.eras, vec!["unidad-popular".to_string(), "dictadura".to_string()]);
    let pinochet = app.get_figure(Lang::En, "augusto-pinochet").unwrap();
    assert_eq!(pinochet.summary.display_name, "Augusto Pinochet");
    assert_eq!(pinochet.summary.headline.unwrap().title, "Army commander-in-chief");
    assert_eq!(pinochet.summary.offices, vec![crate::base::Office::Commander]);
    // Made commander-in-chief on 23 August 1973, before the coup: in both eras.
    assert_eq!(pinochet.summary.eras, vec!["unidad-popular".to_string(), "dictadura".to_string()]);
    assert!(pinochet.roles.iter().any(|r| r.headline));
}

#[test]
fn perspectives_are_listed_with_the_chapters_that_take_them_up() {
    let app = app();
    let list = app.list_perspectives(Lang::Es).unwrap();
    assert!(!list.is_empty());
    let causas = list.iter().find(|p| p.id == "causas-golpe").unwrap();
    assert!(!causas.question.is_empty());
    assert_eq!(causas.chapters.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), vec!["unidad-popular"]);
    assert_eq!(list.len(), app.home(Lang::Es).unwrap().counts.perspectives as usize);
}
