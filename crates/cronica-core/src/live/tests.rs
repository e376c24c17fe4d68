use std::sync::{Arc, Mutex};

use super::*;
use super::questions::CHAPTER_TIME_LIMIT_S;
use crate::app::tests_support::app;
use crate::base::Lang;
use crate::error::{Error, ErrorKind};
use crate::teacher::{ItemOrigin, OwnAnswer, OwnQuestionDraft, OwnQuestionSaved, QuizItemDraft, TeacherQuizDraft, TeacherText};

fn text(es: &str, en: &str) -> TeacherText {
    TeacherText { es: Some(es.into()), en: Some(en.into()) }
}

fn chapter() -> LiveSource {
    LiveSource::Chapter { id: "unidad-popular".into() }
}

/// A host that records what it was asked and hands back a fixed address, as the classroom server would.
#[derive(Default, Clone)]
struct FakeHost {
    hosted: Arc<Mutex<Option<(HostedGame, GameJournal)>>>,
}

impl ClassroomHost for FakeHost {
    fn host(&self, request: HostRequest) -> crate::Result<HostedGame> {
        request.journal.hosted("123456")?;
        let game = HostedGame {
            game_id: request.journal.game_id(),
            title: request.game.title.clone(),
            pin: "123456".into(),
            join: vec![JoinAddress { url: "http://127.0.0.1:9/".into(), qr_svg: "<svg/>".into() }],
            teacher_socket: "ws://127.0.0.1:9/ws/teacher".into(),
            question_count: request.game.questions.len() as i64,
            missing: request.game.missing as i64,
            speed_bonus: request.speed_bonus,
        };
        *self.hosted.lock().unwrap() = Some((game.clone(), request.journal));
        Ok(game)
    }

    fn current(&self) -> Option<HostedGame> {
        self.hosted.lock().unwrap().as_ref().map(|(game, _)| game.clone())
    }

    fn stop(&self) -> crate::Result<Option<GameJournal>> {
        Ok(self.hosted.lock().unwrap().take().map(|(_, journal)| journal))
    }
}

fn journal_of(host: &FakeHost) -> GameJournal {
    host.hosted.lock().unwrap().as_ref().unwrap().1.clone()
}

#[test]
fn a_chapter_game_plays_every_kind_of_its_bank() {
    let game = app().prepare_live_game(Lang::Es, &chapter(), 7).unwrap();
    let ids: Vec<&str> = game.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, vec!["up-q01", "up-q02", "up-q03", "up-q04", "up-q05", "up-q06"], "no kind is left out");
    assert_eq!(game.missing, 0);
    assert!(matches!(&game.questions[1].kind, LiveQuestionKind::Choice { options, .. } if options[0].text == "Verdadero"));
    assert!(matches!(game.questions[2].kind, LiveQuestionKind::Year { correct: 1908 }));
    assert_eq!(game.questions[0].time_limit_ms, CHAPTER_TIME_LIMIT_S * 1000);
    let LiveQuestionKind::Choice { options, correct } = &game.questions[0].kind else { panic!("a choice") };
    assert!(options.iter().any(|o| &o.id == correct));

    // The order question: its events by title, ids that are only their shown position, never in the right order.
    let LiveQuestionKind::Order { items, correct } = &game.questions[3].kind else { panic!("an order question") };
    let ids: Vec<&str> = items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, vec!["0", "1", "2"], "the ids say nothing about the answer (event ids may name a year)");
    assert_ne!(correct, &vec!["0".to_string(), "1".into(), "2".into()], "shown in the right order");
    let titles: Vec<&str> = correct.iter().map(|id| items.iter().find(|i| &i.id == id).unwrap().text.as_str()).collect();
    let bank = app().content().bank_question_shown(Lang::Es, "up-q04", 7).unwrap();
    let crate::quiz::CorrectAnswer::Order { items: right } = bank.answer else { panic!("order") };
    assert_eq!(titles, right.iter().map(|r| r.title.as_str()).collect::<Vec<_>>());

    // The match question: figures on the left, each right option the bank's role for that figure.
    let LiveQuestionKind::Match { left, options, correct } = &game.questions[4].kind else { panic!("a match question") };
    let bank = app().content().bank_question_shown(Lang::Es, "up-q05", 7).unwrap();
    let crate::quiz::CorrectAnswer::Match { pairs } = bank.answer else { panic!("match") };
    assert_eq!(left.len(), pairs.len());
    for ((figure, option_id), pair) in left.iter().zip(correct).zip(&pairs) {
        assert_eq!(figure.text, pair.figure.name);
        assert_eq!(options.iter().find(|o| &o.id == option_id).unwrap().text, pair.role);
    }

    // The typed question: the game's language's answers first (the first shown as right), then the
    // other language's that grade differently; the game grades them as the self-quiz does.
    let LiveQuestionKind::Typed { accepted } = &game.questions[5].kind else { panic!("a typed question") };
    assert_eq!(accepted, &vec!["Salvador Allende".to_string(), "Allende".into(), "Allende Gossens".into()]);
    assert!(crate::quiz::typed_answer_is_right("allende gossens", accepted));
    assert!(!crate::quiz::typed_answer_is_right("Gossens", accepted));
}

#[test]
fn different_seeds_put_the_right_answer_in_different_places() {
    let app = app();
    let place = |seed| {
        let game = app.prepare_live_game(Lang::Es, &chapter(), seed).unwrap();
        let LiveQuestionKind::Choice { options, correct } = &game.questions[0].kind else { panic!("a choice") };
        options.iter().position(|o| &o.id == correct).unwrap()
    };
    let places: std::collections::HashSet<usize> = (0..40).map(place).collect();
    assert!(places.len() > 1, "the right option always sat at {places:?}");
}

#[test]
fn a_teacher_quiz_game_keeps_each_items_time_and_points_and_plays_own_questions() {
    let app = app();
    let own = match app
        .save_own_question(
            None,
            OwnQuestionDraft {
                prompt: text("¿Quién asumió en 1990?", "Who took office in 1990?"),
                answer: OwnAnswer::MultipleChoice { options: vec![text("Aylwin", "Aylwin"), text("Frei", "Frei"), text("Lagos", "Lagos")], answer: 0 },
                explanation: text("Aylwin asumió el 11 de marzo de 1990.", "Aylwin took office on 11 March 1990."),
                source: None,
            },
        )
        .unwrap()
    {
        OwnQuestionSaved::Saved { question } => question,
        OwnQuestionSaved::Invalid { issues } => panic!("{issues:?}"),
    };
    let items = vec![
        QuizItemDraft { origin: ItemOrigin::Bank, question_id: "up-q03".into(), time_limit_s: 45, points: 500 },
        QuizItemDraft { origin: ItemOrigin::Own, question_id: own.id.clone(), time_limit_s: 15, points: 2000 },
        QuizItemDraft { origin: ItemOrigin::Bank, question_id: "up-q04".into(), time_limit_s: 30, points: 1000 },
    ];
    let quiz = app.save_teacher_quiz(None, &TeacherQuizDraft { title: "Repaso".into(), description: String::new(), items }).unwrap();
    let game = app.prepare_live_game(Lang::En, &LiveSource::TeacherQuiz { id: quiz.id.clone() }, 3).unwrap();
    assert_eq!(game.title, "Repaso");
    assert_eq!((game.questions.len(), game.missing), (3, 0), "the order question up-q04 is played too");
    assert_eq!((game.questions[0].time_limit_ms, game.questions[0].points), (45_000, 500));
    assert_eq!(game.questions[1].prompt, "Who took office in 1990?");
    let LiveQuestionKind::Choice { options, correct } = &game.questions[1].kind else { panic!("a choice") };
    assert_eq!(options.iter().find(|o| &o.id == correct).unwrap().text, "Aylwin");
}

fn saved(app: &crate::Cronica, prompt: TeacherText, answer: OwnAnswer) -> crate::teacher::OwnQuestion {
    let draft = OwnQuestionDraft { prompt, answer, explanation: text("Porque sí.", "Because."), source: None };
    match app.save_own_question(None, draft).unwrap() {
        OwnQuestionSaved::Saved { question } => question,
        OwnQuestionSaved::Invalid { issues } => panic!("{issues:?}"),
    }
}

fn quiz_of(app: &crate::Cronica, own: &[&str]) -> LiveSource {
    let items = own
        .iter()
        .map(|id| QuizItemDraft { origin: ItemOrigin::Own, question_id: (*id).into(), time_limit_s: 30, points: 1000 })
        .collect();
    let quiz = app.save_teacher_quiz(None, &TeacherQuizDraft { title: "Propias".into(), description: String::new(), items }).unwrap();
    LiveSource::TeacherQuiz { id: quiz.id }
}

#[test]
fn a_teachers_order_match_and_typed_questions_are_played() {
    let app = app();
    let order = saved(
        &app,
        text("Ordena", "Put in order"),
        OwnAnswer::Order { items: vec![text("Alessandri", "Alessandri"), text("Frei", "Frei"), text("Allende", "Allende")] },
    );
    let matching = saved(
        &app,
        text("Relaciona", "Match"),
        OwnAnswer::Match {
            pairs: vec![
                crate::teacher::OwnPair { left: text("Frei", "Frei"), right: text("Revolución en libertad", "Revolution in liberty") },
                crate::teacher::OwnPair { left: text("Allende", "Allende"), right: text("Vía chilena", "Chilean way") },
                crate::teacher::OwnPair { left: text("Alessandri", "Alessandri"), right: text("Independiente", "Independent") },
            ],
        },
    );
    let typed = saved(
        &app,
        text("¿Quién ganó en 1970?", "Who won in 1970?"),
        OwnAnswer::Typed { accepted: vec![text("Salvador Allende", "Salvador Allende"), text("Allende", "President Allende")] },
    );
    let source = quiz_of(&app, &[order.id.as_str(), matching.id.as_str(), typed.id.as_str()]);
    let right_order: Vec<String> = vec!["Alessandri".into(), "Frei".into(), "Allende".into()];
    for seed in 0..30 {
        let game = app.prepare_live_game(Lang::En, &source, seed).unwrap();
        assert_eq!((game.questions.len(), game.missing), (3, 0));
        let LiveQuestionKind::Order { items, correct } = &game.questions[0].kind else { panic!("order") };
        let shown: Vec<String> = items.iter().map(|i| i.text.clone()).collect();
        assert_ne!(shown, right_order, "seed {seed} showed the items in the right order");
        let by_correct: Vec<String> = correct.iter().map(|id| items.iter().find(|i| &i.id == id).unwrap().text.clone()).collect();
        assert_eq!(by_correct, right_order);
        let LiveQuestionKind::Match { left, options, correct } = &game.questions[1].kind else { panic!("match") };
        let lefts: Vec<&str> = left.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(lefts, vec!["Frei", "Allende", "Alessandri"], "left items keep the written order");
        let rights: Vec<&str> = correct.iter().map(|id| options.iter().find(|o| &o.id == id).unwrap().text.as_str()).collect();
        assert_eq!(rights, vec!["Revolution in liberty", "Chilean way", "Independent"], "English, the game's language");
    }
    let places: std::collections::HashSet<Vec<String>> = (0..30)
        .map(|seed| {
            let game = app.prepare_live_game(Lang::En, &source, seed).unwrap();
            let LiveQuestionKind::Match { options, .. } = &game.questions[1].kind else { panic!("match") };
            options.iter().map(|o| o.text.clone()).collect()
        })
        .collect();
    assert!(places.len() > 1, "the match options are shuffled per game");
    let game = app.prepare_live_game(Lang::En, &source, 1).unwrap();
    let LiveQuestionKind::Typed { accepted } = &game.questions[2].kind else { panic!("typed") };
    assert_eq!(accepted, &vec!["Salvador Allende".to_string(), "President Allende".into(), "Allende".into()], "English first, then Spanish, no repeats");
    assert!(crate::quiz::typed_answer_is_right("salvador allende.", accepted));
}

#[test]
fn a_quiz_whose_questions_no_longer_exist_is_refused_and_a_missing_one_is_counted() {
    let app = app();
    let typed = saved(&app, text("Escribe: Allende", "Type: Allende"), OwnAnswer::Typed { accepted: vec![text("Allende", "Allende")] });
    let year = saved(&app, text("¿Año del golpe?", "Year of the coup?"), OwnAnswer::Year { answer: 1973 });
    let both = quiz_of(&app, &[typed.id.as_str(), year.id.as_str()]);
    let only = quiz_of(&app, &[typed.id.as_str()]);
    app.delete_own_question(typed.id.as_str()).unwrap();
    let game = app.prepare_live_game(Lang::Es, &both, 1).unwrap();
    assert_eq!((game.questions.len(), game.missing), (1, 1));
    let refused = app.prepare_live_game(Lang::Es, &only, 1);
    assert!(matches!(refused, Err(Error::InvalidInput(_))), "{refused:?}");
}

#[test]
fn without_a_classroom_host_hosting_is_refused_with_its_own_kind() {
    let refused = app().host_live_game(Lang::Es, &chapter(), true).unwrap_err();
    assert_eq!(refused.kind(), ErrorKind::Hosting);
    assert!(app().hosted_live_game().is_none());
}

#[test]
fn a_hosted_game_is_journaled_as_it_happens_and_its_results_list_every_player_and_asked_question() {
    let host = FakeHost::default();
    let app = app().with_classroom_host(Box::new(host.clone()));
    let hosted = app.host_live_game(Lang::Es, &chapter(), true).unwrap();
    assert_eq!(app.hosted_live_game().as_ref(), Some(&hosted));
    let second = app.host_live_game(Lang::Es, &chapter(), true).unwrap_err();
    assert_eq!(second.kind(), ErrorKind::Hosting, "one game at a time");

    // The server writes through the journal the core gave the host.
    let journal = journal_of(&host);
    journal.player_joined("1", "=Ana").unwrap();
    journal.player_joined("2", "<img src=x onerror=alert(1)>").unwrap();
    journal.question_opened(0).unwrap();
    journal
        .answer(&JournalAnswer { player_id: "1".into(), question_id: "up-q01".into(), answer: "Salvador Allende".into(), right: true, points: 900, time_to_answer_ms: 2100 })
        .unwrap();
    journal.question_opened(1).unwrap();
    journal
        .answer(&JournalAnswer { player_id: "2".into(), question_id: "up-q02".into(), answer: "Falso".into(), right: false, points: 0, time_to_answer_ms: 5000 })
        .unwrap();
    assert!(journal.answer(&JournalAnswer { player_id: "2".into(), question_id: "up-q02".into(), answer: "Verdadero".into(), right: true, points: 1, time_to_answer_ms: 1 }).is_err(), "one answer per player and question");
    journal.player_removed("2").unwrap();

    // Results are readable while the game runs (a crash loses nothing written)...
    let results = app.live_game_results(hosted.game_id).unwrap();
    assert_eq!(results.game.pin, "123456");
    assert_eq!((results.game.players, results.game.questions_asked, results.game.question_count), (2, 2, 6));
    assert_eq!(results.rows.len(), 4, "2 players × 2 asked questions");
    let unanswered = results.rows.iter().find(|r| r.nickname == "=Ana" && r.answer.is_empty()).unwrap();
    assert_eq!((unanswered.points, unanswered.time_to_answer_ms), (0, None));
    assert_eq!(results.standings[0].nickname, "=Ana");
    assert_eq!((results.standings[0].rank, results.standings[0].score), (1, 900));
    assert!(results.standings[1].removed);

    // ...and after it ends, with the CSV neutralising formulas but keeping HTML as text.
    app.stop_live_game().unwrap();
    assert!(app.hosted_live_game().is_none());
    let games = app.list_live_games().unwrap();
    assert_eq!(games.len(), 1);
    assert!(games[0].finished_at.is_some());
    let csv = app.live_game_csv(hosted.game_id).unwrap();
    assert!(csv.starts_with("nickname,question,answer,right,points,time_to_answer_ms\n"), "{csv}");
    assert!(csv.contains("'=Ana,"), "{csv}");
    assert!(csv.contains("<img src=x onerror=alert(1)>,"), "{csv}");
    assert_eq!(csv.lines().count(), 5);
}

#[test]
fn a_game_nobody_joined_leaves_nothing_behind() {
    let app = app().with_classroom_host(Box::new(FakeHost::default()));
    let hosted = app.host_live_game(Lang::Es, &chapter(), false).unwrap();
    app.stop_live_game().unwrap();
    assert!(app.list_live_games().unwrap().is_empty());
    assert!(matches!(app.live_game_results(hosted.game_id), Err(Error::NotFound { .. })));
}
