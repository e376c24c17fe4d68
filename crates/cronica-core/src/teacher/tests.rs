use crate::app::tests_support::app;
use crate::base::question_rules::{QuestionPart, QuestionProblem};
use crate::base::{Lang, QuestionKind};
use crate::error::Error;
use crate::quiz::{CorrectAnswer, QuestionBody};
use crate::teacher::*;

fn text(es: &str, en: &str) -> TeacherText {
    let some = |t: &str| (!t.is_empty()).then(|| t.to_string());
    TeacherText { es: some(es), en: some(en) }
}

fn choice_draft(options: Vec<TeacherText>, answer: i64) -> OwnQuestionDraft {
    OwnQuestionDraft {
        prompt: text("¿Quién asumió en 1990?", "Who took office in 1990?"),
        answer: OwnAnswer::MultipleChoice { options, answer },
        explanation: text("Aylwin asumió el 11 de marzo de 1990.", "Aylwin took office on 11 March 1990."),
        source: Some("Biblioteca del Congreso Nacional".into()),
    }
}

fn saved(outcome: OwnQuestionSaved) -> OwnQuestion {
    match outcome {
        OwnQuestionSaved::Saved { question } => question,
        OwnQuestionSaved::Invalid { issues } => panic!("refused: {issues:?}"),
    }
}

#[test]
fn the_bank_filters_by_chapter_kind_figure_and_unaccented_text() {
    let app = app();
    let all = app.browse_bank(Lang::Es, &BankFilter::default()).unwrap();
    assert_eq!(all.len(), 6);
    let typed = app.browse_bank(Lang::En, &BankFilter { kind: Some(QuestionKind::Typed), ..BankFilter::default() }).unwrap();
    assert_eq!(typed.iter().map(|q| q.id.as_str()).collect::<Vec<_>>(), vec!["up-q06"]);
    assert_eq!(typed[0].kind, QuestionKind::Typed);
    assert!(matches!(typed[0].body, QuestionBody::Typed { .. }));
    assert!(matches!(&typed[0].answer, CorrectAnswer::Typed { answer, .. } if answer == "Salvador Allende"), "the teacher sees the answer");
    let years = app.browse_bank(Lang::Es, &BankFilter { kind: Some(QuestionKind::Year), ..BankFilter::default() }).unwrap();
    assert_eq!(years.iter().map(|q| q.id.as_str()).collect::<Vec<_>>(), vec!["up-q03"]);
    assert!(matches!(years[0].answer, CorrectAnswer::Year { year: 1908 }), "the teacher sees the answer");
    let by_text = app.browse_bank(Lang::Es, &BankFilter { text: Some("ELECCION 1970".into()), ..BankFilter::default() }).unwrap();
    assert_eq!(by_text.iter().map(|q| q.id.as_str()).collect::<Vec<_>>(), vec!["up-q01"]);
    let by_figure = app.browse_bank(Lang::En, &BankFilter { figure: Some("augusto-pinochet".into()), ..BankFilter::default() }).unwrap();
    assert!(by_figure.iter().all(|q| q.id == "up-q05" || q.id == "up-q04"), "{by_figure:?}");
    let none = app.browse_bank(Lang::Es, &BankFilter { chapter: Some("nope".into()), ..BankFilter::default() }).unwrap();
    assert!(none.is_empty());
    assert!(matches!(
        app.browse_bank(Lang::Es, &BankFilter { text: Some("x".repeat(201)), ..BankFilter::default() }),
        Err(Error::InvalidInput(_))
    ));
}

#[test]
fn own_questions_are_checked_by_the_bank_rules_field_by_field() {
    let app = app();
    let outcome = app.save_own_question(None, choice_draft(vec![text("Aylwin", "Aylwin"), text("Aylwin", "")], 3)).unwrap();
    let OwnQuestionSaved::Invalid { issues } = outcome else { panic!("a broken draft must be refused") };
    let found: Vec<(QuestionPart, QuestionProblem)> = issues.into_iter().map(|i| (i.part, i.problem)).collect();
    assert!(found.contains(&(QuestionPart::OptionTexts { lang: Lang::En }, QuestionProblem::MissingText { lang: Lang::En })));
    assert!(found.contains(&(QuestionPart::Options, QuestionProblem::OptionCount { found: 2 })));
    assert!(found.contains(&(QuestionPart::Answer, QuestionProblem::AnswerNotAnOption { answer: 3, options: 2 })));
    assert!(found.contains(&(QuestionPart::OptionTexts { lang: Lang::Es }, QuestionProblem::OptionsRepeat { lang: Lang::Es })));
    assert!(app.list_own_questions().unwrap().is_empty(), "nothing is stored");

    let year = OwnQuestionDraft {
        prompt: text("¿En qué año fue el plebiscito?", ""),
        answer: OwnAnswer::Year { answer: 2031 },
        explanation: text("Fue en 1988.", ""),
        source: None,
    };
    let OwnQuestionSaved::Invalid { issues } = app.save_own_question(None, year).unwrap() else { panic!() };
    assert_eq!(issues[0].problem, QuestionProblem::YearOutOfRange { year: 2031, max: 1974 }, "the fixture's as-of year bounds years");
}

#[test]
fn own_questions_are_saved_listed_updated_and_deleted() {
    let app = app();
    let options = vec![text("Aylwin", "Aylwin"), text("Frei", "Frei"), text("Lagos", "Lagos")];
    let question = saved(app.save_own_question(None, choice_draft(options.clone(), 0)).unwrap());
    let spanish_only = OwnQuestionDraft {
        prompt: text("Escribe el apellido del primer presidente de la transición.", ""),
        answer: OwnAnswer::Typed { accepted: vec![text("Aylwin", "")] },
        explanation: text("Patricio Aylwin.", ""),
        source: None,
    };
    saved(app.save_own_question(None, spanish_only).unwrap());
    assert_eq!(app.list_own_questions().unwrap().len(), 2);
    let updated = saved(app.save_own_question(Some(&question.id), choice_draft(options, 1)).unwrap());
    assert_eq!(updated.id, question.id);
    assert!(matches!(app.save_own_question(Some("own-missing"), choice_draft(vec![], 0)), Ok(OwnQuestionSaved::Invalid { .. })));
    app.delete_own_question(&question.id).unwrap();
    assert_eq!(app.list_own_questions().unwrap().len(), 1);
    assert!(matches!(app.delete_own_question(&question.id), Err(Error::NotFound { .. })));
}

fn item(origin: ItemOrigin, id: &str) -> QuizItemDraft {
    QuizItemDraft { origin, question_id: id.into(), time_limit_s: 30, points: 1000 }
}

#[test]
fn quizzes_mix_bank_and_own_questions_and_keep_a_gap_for_a_deleted_one() {
    let app = app();
    let own = saved(app.save_own_question(None, choice_draft(vec![text("A", "A"), text("B", "B"), text("C", "C")], 2)).unwrap());
    let draft = TeacherQuizDraft {
        title: "  Unidad Popular  ".into(),
        description: "Para el jueves".into(),
        items: vec![item(ItemOrigin::Bank, "up-q01"), item(ItemOrigin::Own, &own.id), item(ItemOrigin::Bank, "up-q03")],
    };
    let summary = app.save_teacher_quiz(None, &draft).unwrap();
    assert_eq!((summary.title.as_str(), summary.question_count), ("Unidad Popular", 3));
    let quiz = app.get_teacher_quiz(Lang::En, &summary.id).unwrap();
    assert!(matches!(&quiz.items[0], QuizItemView::Bank { question, .. } if question.id == "up-q01"));
    assert!(matches!(&quiz.items[1], QuizItemView::Own { question, .. } if question.id == own.id));

    app.delete_own_question(&own.id).unwrap();
    let quiz = app.get_teacher_quiz(Lang::Es, &summary.id).unwrap();
    assert!(matches!(&quiz.items[1], QuizItemView::Missing { item } if item.question_id == own.id), "the quiz still opens");

    let copy = app.duplicate_teacher_quiz(&summary.id, "Unidad Popular (copia)").unwrap();
    assert_ne!(copy.id, summary.id);
    assert_eq!(app.list_teacher_quizzes().unwrap().len(), 2);
    app.delete_teacher_quiz(&summary.id).unwrap();
    assert_eq!(app.list_teacher_quizzes().unwrap().iter().map(|q| q.id.as_str()).collect::<Vec<_>>(), vec![copy.id.as_str()]);
    assert!(matches!(app.get_teacher_quiz(Lang::Es, &summary.id), Err(Error::NotFound { .. })));
}

#[test]
fn a_quiz_draft_is_refused_whole() {
    let app = app();
    let bad_time = TeacherQuizDraft {
        title: "Prueba".into(),
        description: String::new(),
        items: vec![QuizItemDraft { origin: ItemOrigin::Bank, question_id: "up-q01".into(), time_limit_s: 1, points: 10 }],
    };
    assert!(matches!(app.save_teacher_quiz(None, &bad_time), Err(Error::InvalidInput(_))));
    let unknown = TeacherQuizDraft { title: "Prueba".into(), description: String::new(), items: vec![item(ItemOrigin::Bank, "no-such")] };
    assert!(matches!(app.save_teacher_quiz(None, &unknown), Err(Error::NotFound { .. })));
    let untitled = TeacherQuizDraft { title: "   ".into(), description: String::new(), items: vec![] };
    assert!(matches!(app.save_teacher_quiz(None, &untitled), Err(Error::InvalidInput(_))));
    assert!(app.list_teacher_quizzes().unwrap().is_empty(), "nothing was saved");
}

#[test]
fn generated_questions_are_browsed_apart_and_a_quiz_with_them_presents_and_exports() {
    let app = app();
    assert!(app.browse_bank(Lang::Es, &BankFilter::default()).unwrap().iter().all(|q| q.origin == crate::base::QuestionOrigin::Authored));
    let generated = BankFilter { origin: Some(crate::base::QuestionOrigin::Generated), ..BankFilter::default() };
    let listed = app.browse_bank(Lang::Es, &generated).unwrap();
    assert_eq!(
        listed.iter().map(|q| q.id.as_str()).collect::<Vec<_>>(),
        vec!["gen-first-congreso-1970-golpe-1973", "gen-year-congreso-1970", "gen-year-golpe-1973"]
    );
    assert!(listed.iter().all(|q| q.origin == crate::base::QuestionOrigin::Generated && !q.sources.is_empty()));
    let years = app.browse_bank(Lang::Es, &BankFilter { kind: Some(QuestionKind::Year), ..generated.clone() }).unwrap();
    assert_eq!(years.len(), 2);

    let draft = TeacherQuizDraft {
        title: "Práctica".into(),
        description: String::new(),
        items: vec![item(ItemOrigin::Bank, "up-q01"), item(ItemOrigin::Bank, "gen-first-congreso-1970-golpe-1973"), item(ItemOrigin::Bank, "gen-year-golpe-1973")],
    };
    let summary = app.save_teacher_quiz(None, &draft).unwrap();
    let quiz = app.get_teacher_quiz(Lang::Es, &summary.id).unwrap();
    assert!(matches!(&quiz.items[1], QuizItemView::Bank { question, .. }
        if question.origin == crate::base::QuestionOrigin::Generated && question.explanation.contains("«Golpe de Estado»")));

    // Presented live: every item plays, the generated ones with their explanation and first source.
    let game = app.prepare_live_game(Lang::Es, &crate::live::LiveSource::TeacherQuiz { id: summary.id.clone() }, 3).unwrap();
    assert_eq!((game.questions.len(), game.missing), (3, 0));
    assert!(game.questions[2].explanation.contains("Pregunta generada a partir de la fecha"), "{}", game.questions[2].explanation);
    assert!(game.questions[2].source.is_some());

    // As a pack: the generated questions travel by id, and import back into a new quiz.
    let pack = app.export_teacher_quiz(&summary.id).unwrap();
    assert!(pack.contains("\"id\": \"gen-year-golpe-1973\""), "{pack}");
    let imported = app.import_teacher_quiz(pack.as_bytes()).unwrap();
    assert_eq!(imported.quiz.question_count, 3);

    // As GIFT: each under its id, with its explanation and sources as feedback.
    let gift = app.teacher_quiz_gift(Lang::En, &summary.id, "Sources").unwrap();
    assert!(gift.contains("::gen-first-congreso-1970-golpe-1973::Which happened first?"), "{gift}");
    assert!(gift.contains("::gen-year-golpe-1973::"), "{gift}");
    assert!(gift.contains("Question generated from the date of this timeline event"), "{gift}");
    assert_eq!(gift.matches("::").count(), 6, "three questions: {gift}");
}
