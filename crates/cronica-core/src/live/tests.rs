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
            left_out: request.game.left_out as i64,
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
fn a_chapter_game_plays_choice_true_false_and_year_and_leaves_out_the_rest() {
    let game = app().prepare_live_game(Lang::Es, &chapter(), 7).unwrap();
    let ids: Vec<&str> = game.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, vec!["up-q01", "up-q02", "up-q03"]);
    assert_eq!(game.left_out, 2, "order and match cannot be played live yet");
    assert!(matches!(&game.questions[1].kind, LiveQuestionKind::Choice { options, .. } if options[0].text == "Verdadero"));
    assert!(matches!(game.questions[2].kind, LiveQuestionKind::Year { correct: 1908 }));
    assert_eq!(game.questions[0].time_limit_ms, CHAPTER_TIME_LIMIT_S * 1000);
    let LiveQuestionKind::Choice { options, correct } = &game.questions[0].kind else { panic!("a choice") };
    assert!(options.iter().any(|o| &o.id == correct));
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
    assert_eq!(game.left_out, 1);
    assert_eq!((game.questions[0].time_limit_ms, game.questions[0].points), (45_000, 500));
    assert_eq!(game.questions[1].prompt, "Who took office in 1990?");
    let LiveQuestionKind::Choice { options, correct } = &game.questions[1].kind else { panic!("a choice") };
    assert_eq!(options.iter().find(|o| &o.id == correct).unwrap().text, "Aylwin");
}

#[test]
fn a_source_with_nothing_playable_is_refused() {
    let app = app();
    let items = vec![QuizItemDraft { origin: ItemOrigin::Bank, question_id: "up-q05".into(), time_limit_s: 30, points: 1000 }];
    let quiz = app.save_teacher_quiz(None, &TeacherQuizDraft { title: "Solo pareo".into(), description: String::new(), items }).unwrap();
    let refused = app.prepare_live_game(Lang::Es, &LiveSource::TeacherQuiz { id: quiz.id }, 1);
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
    assert_eq!((results.game.players, results.game.questions_asked, results.game.question_count), (2, 2, 3));
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
