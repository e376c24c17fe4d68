//! Unit tests of the game rules, with explicit instants.

use std::time::{Duration, Instant};

use super::*;
use crate::question::{GameOption, GameQuestionKind};

fn choice(id: &str, correct: &str) -> GameQuestion {
    GameQuestion {
        id: id.into(),
        prompt: format!("Pregunta {id}"),
        kind: GameQuestionKind::Choice {
            options: ["a", "b", "c"].iter().map(|o| GameOption { id: (*o).into(), text: o.to_uppercase() }).collect(),
            correct: correct.into(),
        },
        time_limit_ms: 10_000,
        points: 1000,
        explanation: "Porque sí".into(),
        source: Some("Fuente".into()),
    }
}

fn year(id: &str, correct: i32) -> GameQuestion {
    GameQuestion { kind: GameQuestionKind::Year { correct }, ..choice(id, "a") }
}

fn game() -> Game {
    Game::new(vec![choice("q1", "b"), year("q2", 1973)], GameSettings::default()).unwrap()
}

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

fn opt(id: &str) -> AnswerValue {
    AnswerValue::OptionId(id.into())
}

#[test]
fn the_pin_has_six_digits_and_no_leading_zero() {
    for _ in 0..50 {
        let game = game();
        assert_eq!(game.pin().len(), 6);
        assert!(game.pin().chars().all(|c| c.is_ascii_digit()));
        assert!(!game.pin().starts_with('0'));
    }
}

#[test]
fn a_game_needs_valid_distinct_questions() {
    assert!(matches!(Game::new(vec![], GameSettings::default()), Err(Error::NoQuestions)));
    assert!(Game::new(vec![choice("q1", "b"), choice("q1", "a")], GameSettings::default()).is_err());
    assert!(Game::new(vec![choice("q1", "z")], GameSettings::default()).is_err());
}

#[test]
fn joining_needs_the_pin() {
    let mut game = game();
    assert!(matches!(game.join("000000", "Ana"), Err(Error::WrongPin)));
    let pin = game.pin().to_owned();
    let ana = game.join(&pin, " Ana ").unwrap();
    assert_eq!(ana.nickname, "Ana");
    assert!(matches!(game.join(&pin, "ANA"), Err(Error::NicknameTaken)));
}

#[test]
fn phases_go_from_lobby_through_questions_to_finished() {
    let mut game = game();
    let t0 = Instant::now();
    assert_eq!(game.phase(), GamePhase::Lobby);
    assert!(matches!(game.next(t0), Err(Error::WrongPhase)));
    assert!(matches!(game.reveal(t0), Err(Error::WrongPhase)));
    assert_eq!(game.start(t0).unwrap(), 0);
    assert_eq!(game.phase(), GamePhase::QuestionOpen { index: 0 });
    assert!(matches!(game.start(t0), Err(Error::WrongPhase)));
    assert!(matches!(game.next(t0), Err(Error::WrongPhase)), "next needs a reveal first");
    assert_eq!(game.reveal(t0 + ms(10)).unwrap(), 0);
    assert_eq!(game.phase(), GamePhase::QuestionRevealed { index: 0 });
    assert_eq!(game.next(t0 + ms(20)).unwrap(), NextStep::Question(1));
    assert_eq!(game.deadline(), Some(t0 + ms(20) + ms(10_000)));
    game.reveal(t0 + ms(30)).unwrap();
    assert_eq!(game.next(t0 + ms(40)).unwrap(), NextStep::Finished);
    assert_eq!(game.phase(), GamePhase::Finished);
    assert!(matches!(game.next(t0), Err(Error::GameFinished)));
    let pin = game.pin().to_owned();
    assert!(matches!(game.join(&pin, "Tarde"), Err(Error::GameFinished)));
}

#[test]
fn the_timer_closes_a_question_at_its_deadline() {
    let mut game = game();
    let t0 = Instant::now();
    game.start(t0).unwrap();
    assert_eq!(game.tick(t0 + ms(9_999)), None);
    assert_eq!(game.tick(t0 + ms(10_000)), Some(0));
    assert_eq!(game.phase(), GamePhase::QuestionRevealed { index: 0 });
    assert_eq!(game.tick(t0 + ms(20_000)), None);
    assert_eq!(game.timings()[0].closed, Some((t0 + ms(10_000), ClosedBy::Timer)));
}

#[test]
fn end_closes_an_open_question_and_finishes() {
    let mut game = game();
    let t0 = Instant::now();
    game.start(t0).unwrap();
    game.end(t0 + ms(5)).unwrap();
    assert_eq!(game.phase(), GamePhase::Finished);
    assert_eq!(game.timings()[0].closed, Some((t0 + ms(5), ClosedBy::Teacher)));
    assert!(matches!(game.end(t0), Err(Error::GameFinished)));
}

#[test]
fn answers_are_judged_by_the_server_clock() {
    let mut game = game();
    let pin = game.pin().to_owned();
    let ana = game.join(&pin, "Ana").unwrap().id;
    let beto = game.join(&pin, "Beto").unwrap().id;
    let t0 = Instant::now();
    assert!(matches!(game.answer(ana, "q1", opt("b"), t0), Err(Error::WrongPhase)));
    game.start(t0).unwrap();
    assert!(matches!(game.answer(ana, "q2", AnswerValue::Year(1973), t0), Err(Error::WrongQuestion)));
    assert!(matches!(game.answer(ana, "q1", opt("z"), t0), Err(Error::InvalidAnswer)));
    assert!(matches!(game.answer(ana, "q1", AnswerValue::Year(1), t0), Err(Error::InvalidAnswer)));
    let first = game.answer(ana, "q1", opt("b"), t0 + ms(5_000)).unwrap();
    assert!(first.right);
    assert_eq!(first.points, 750);
    assert_eq!(first.elapsed_ms, 5_000);
    assert!(matches!(game.answer(ana, "q1", opt("a"), t0 + ms(6_000)), Err(Error::AlreadyAnswered)));
    assert!(matches!(game.answer(beto, "q1", opt("b"), t0 + ms(10_001)), Err(Error::TooLate)));
    assert!(game.answer(beto, "q1", opt("b"), t0 + ms(10_000)).is_ok(), "the deadline itself is still in time");
    assert_eq!(game.player(ana).unwrap().score, 750);
    assert_eq!(game.player(beto).unwrap().score, 500);
}

#[test]
fn answers_after_a_reveal_are_too_late() {
    let mut game = game();
    let pin = game.pin().to_owned();
    let ana = game.join(&pin, "Ana").unwrap().id;
    let t0 = Instant::now();
    game.start(t0).unwrap();
    game.reveal(t0 + ms(100)).unwrap();
    assert!(matches!(game.answer(ana, "q1", opt("b"), t0 + ms(200)), Err(Error::TooLate)));
}

#[test]
fn the_speed_bonus_can_be_switched_off() {
    let mut game = Game::new(vec![choice("q1", "b")], GameSettings { speed_bonus: false }).unwrap();
    let pin = game.pin().to_owned();
    let ana = game.join(&pin, "Ana").unwrap().id;
    let t0 = Instant::now();
    game.start(t0).unwrap();
    assert_eq!(game.answer(ana, "q1", opt("b"), t0 + ms(9_000)).unwrap().points, 1000);
}

#[test]
fn evaluating_stores_nothing_until_committed() {
    let mut game = game();
    let pin = game.pin().to_owned();
    let ana = game.join(&pin, "Ana").unwrap().id;
    let t0 = Instant::now();
    game.start(t0).unwrap();
    let scored = game.evaluate_answer(ana, "q1", opt("b"), t0).unwrap();
    assert_eq!(game.answer_of(ana, 0), None);
    assert_eq!(game.progress(), (0, 1));
    game.commit_answer(scored.clone()).unwrap();
    assert!(matches!(game.commit_answer(scored), Err(Error::AlreadyAnswered)));
    assert_eq!(game.progress(), (1, 1));
    assert_eq!(game.player(ana).unwrap().score, 1000);
}

#[test]
fn a_rejoining_player_keeps_score_and_answers_and_removed_players_cannot() {
    let mut game = game();
    let pin = game.pin().to_owned();
    let ana = game.join(&pin, "Ana").unwrap();
    let beto = game.join(&pin, "Beto").unwrap();
    let t0 = Instant::now();
    game.start(t0).unwrap();
    game.answer(ana.id, "q1", opt("b"), t0).unwrap();
    game.set_online(ana.id, false).unwrap();
    assert!(!game.player(ana.id).unwrap().online);
    assert_eq!(game.rejoin(&ana.token).unwrap(), ana.id);
    assert_eq!(game.player(ana.id).unwrap().score, 1000);
    assert_eq!(game.answer_of(ana.id, 0).unwrap().value, opt("b"));
    game.remove_player(beto.id).unwrap();
    assert!(matches!(game.rejoin(&beto.token), Err(Error::UnknownToken)));
    assert!(matches!(game.answer(beto.id, "q1", opt("b"), t0), Err(Error::UnknownPlayer)));
    assert_eq!(game.player_summaries().len(), 1);
}

#[test]
fn results_histograms_and_leaderboard_after_reveal() {
    let mut game = game();
    let pin = game.pin().to_owned();
    let ids: Vec<PlayerId> = ["Ana", "Beto", "Carla", "Dani"].iter().map(|n| game.join(&pin, n).unwrap().id).collect();
    let t0 = Instant::now();
    game.start(t0).unwrap();
    game.answer(ids[0], "q1", opt("b"), t0).unwrap();
    game.answer(ids[1], "q1", opt("b"), t0).unwrap();
    game.answer(ids[2], "q1", opt("a"), t0).unwrap();
    let ranks = game.ranks();
    assert_eq!(game.player_result(ids[0], &ranks), None, "no result before the reveal");
    game.reveal(t0 + ms(1)).unwrap();
    let ranks = game.ranks();
    let ana = game.player_result(ids[0], &ranks).unwrap();
    assert!(ana.right);
    assert_eq!((ana.points, ana.total_score, ana.rank), (1000, 1000, 1));
    assert_eq!(ana.correct, opt("b"));
    let carla = game.player_result(ids[2], &ranks).unwrap();
    assert_eq!((carla.right, carla.points, carla.rank, carla.your_answer.clone()), (false, 0, 3, Some(opt("a"))));
    let dani = game.player_result(ids[3], &ranks).unwrap();
    assert_eq!((dani.your_answer, dani.rank), (None, 3));
    assert_eq!(
        game.histogram(0).unwrap(),
        Histogram::Choice {
            options: vec![
                OptionCount { option_id: "a".into(), count: 1 },
                OptionCount { option_id: "b".into(), count: 2 },
                OptionCount { option_id: "c".into(), count: 0 },
            ]
        }
    );
    let board = game.leaderboard(2);
    assert_eq!(board.iter().map(|e| (e.nickname.as_str(), e.rank)).collect::<Vec<_>>(), vec![("Ana", 1), ("Beto", 1)]);

    game.next(t0 + ms(2)).unwrap();
    for (id, year) in [(ids[0], 1973), (ids[1], 1970), (ids[2], 1973)] {
        game.answer(id, "q2", AnswerValue::Year(year), t0 + ms(2)).unwrap();
    }
    assert_eq!(
        game.histogram(1).unwrap(),
        Histogram::Year { years: vec![YearCount { year: 1970, count: 1 }, YearCount { year: 1973, count: 2 }] }
    );
    let rows = game.result_rows();
    assert_eq!(rows.len(), 8);
    assert_eq!(rows[0].answer, "B");
    assert_eq!(rows[1].answer, "1973");
    let dani_row = rows.iter().find(|r| r.nickname == "Dani").unwrap();
    assert_eq!((dani_row.answer.as_str(), dani_row.time_to_answer_ms), ("", None));
}
