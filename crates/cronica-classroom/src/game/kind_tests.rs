//! Unit tests of the order, match and typed-answer questions: grading, shape and size refusals, timing, scoring, the
//! teacher's aggregates and how answers read in the results.

use std::time::{Duration, Instant};

use super::*;
use crate::question::{GameOption, GameQuestionKind};

fn option(id: &str, text: &str) -> GameOption {
    GameOption { id: id.into(), text: text.into() }
}

fn question(id: &str, kind: GameQuestionKind) -> GameQuestion {
    GameQuestion {
        id: id.into(),
        prompt: format!("Pregunta {id}"),
        kind,
        time_limit_ms: 10_000,
        points: 1000,
        explanation: String::new(),
        source: None,
    }
}

/// Shown as C, A, B; the right order is A → B → C.
fn order() -> GameQuestion {
    let items = vec![option("0", "Golpe"), option("1", "Elección de 1970"), option("2", "Nacionalización del cobre")];
    question("order", GameQuestionKind::Order { items, correct: vec!["1".into(), "2".into(), "0".into()] })
}

fn matching() -> GameQuestion {
    question(
        "match",
        GameQuestionKind::Match {
            left: vec![option("0", "Frei"), option("1", "Allende")],
            options: vec![option("0", "Vía chilena"), option("1", "Revolución en libertad")],
            correct: vec!["1".into(), "0".into()],
        },
    )
}

fn typed() -> GameQuestion {
    question("typed", GameQuestionKind::Typed { accepted: vec!["Salvador Allende".into(), "Allende".into()] })
}

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|id| (*id).to_owned()).collect()
}

/// A game on `question` with players Ana, Beto and Carla, the question open since `t0`.
fn open(question: GameQuestion, speed_bonus: bool) -> (Game, Vec<PlayerId>, Instant) {
    let mut game = Game::new(vec![question], GameSettings { speed_bonus }).unwrap();
    let pin = game.pin().to_owned();
    let players = ["Ana", "Beto", "Carla"].iter().map(|name| game.join(&pin, name).unwrap().id).collect();
    let t0 = Instant::now();
    game.start(t0).unwrap();
    (game, players, t0)
}

#[test]
fn an_order_is_right_only_in_the_right_order_and_scores_like_any_answer() {
    let (mut game, p, t0) = open(order(), true);
    let right = game.answer(p[0], "order", AnswerValue::Order(ids(&["1", "2", "0"])), t0 + Duration::from_millis(5_000)).unwrap();
    assert!(right.right);
    assert_eq!(right.points, 750, "the speed bonus applies");
    let wrong = game.answer(p[1], "order", AnswerValue::Order(ids(&["0", "1", "2"])), t0).unwrap();
    assert_eq!((wrong.right, wrong.points), (false, 0));
    let late = game.answer(p[2], "order", AnswerValue::Order(ids(&["1", "2", "0"])), t0 + Duration::from_millis(10_001));
    assert!(matches!(late, Err(Error::TooLate)), "the server's clock decides");
    assert!(matches!(game.answer(p[0], "order", AnswerValue::Order(ids(&["1", "2", "0"])), t0), Err(Error::AlreadyAnswered)));
}

#[test]
fn an_order_of_the_wrong_shape_is_refused_and_nothing_is_stored() {
    let (mut game, p, t0) = open(order(), false);
    for bad in [
        AnswerValue::Order(ids(&["1", "2"])),
        AnswerValue::Order(ids(&["1", "2", "0", "0"])),
        AnswerValue::Order(ids(&["1", "1", "0"])),
        AnswerValue::Order(ids(&["1", "2", "9"])),
        AnswerValue::Order(Vec::new()),
        AnswerValue::Matches(ids(&["1", "2", "0"])),
        AnswerValue::Text("1 2 0".into()),
        AnswerValue::OptionId("1".into()),
        AnswerValue::Year(1973),
    ] {
        assert!(matches!(game.answer(p[0], "order", bad.clone(), t0), Err(Error::InvalidAnswer)), "{bad:?}");
    }
    let oversize = AnswerValue::Order((0..=LIST_MAX_ENTRIES).map(|i| i.to_string()).collect());
    assert!(matches!(game.answer(p[0], "order", oversize, t0), Err(Error::AnswerTooLong)));
    let long_id = AnswerValue::Order(vec!["x".repeat(ID_MAX_BYTES + 1), "1".into(), "2".into()]);
    assert!(matches!(game.answer(p[0], "order", long_id, t0), Err(Error::AnswerTooLong)));
    assert!(game.answer_of(p[0], 0).is_none());
    assert!(
        game.answer(p[0], "order", AnswerValue::Order(ids(&["1", "2", "0"])), t0).unwrap().right,
        "a refusal does not use up the answer"
    );
}

#[test]
fn a_match_gives_each_left_item_one_option() {
    let (mut game, p, t0) = open(matching(), false);
    assert_eq!(game.answer(p[0], "match", AnswerValue::Matches(ids(&["1", "0"])), t0).unwrap().points, 1000, "no speed bonus: full points");
    assert!(!game.answer(p[1], "match", AnswerValue::Matches(ids(&["0", "1"])), t0).unwrap().right);
    assert!(
        !game.answer(p[2], "match", AnswerValue::Matches(ids(&["1", "1"])), t0).unwrap().right,
        "one option twice is wrong, not refused"
    );
    let (mut game, p, t0) = open(matching(), false);
    for bad in [
        AnswerValue::Matches(ids(&["1"])),
        AnswerValue::Matches(ids(&["1", "0", "0"])),
        AnswerValue::Matches(ids(&["1", "7"])),
        AnswerValue::Order(ids(&["1", "0"])),
    ] {
        assert!(matches!(game.answer(p[0], "match", bad.clone(), t0), Err(Error::InvalidAnswer)), "{bad:?}");
    }
    let oversize = AnswerValue::Matches(vec!["0".into(); LIST_MAX_ENTRIES + 1]);
    assert!(matches!(game.answer(p[0], "match", oversize, t0), Err(Error::AnswerTooLong)));
    let late = game.answer(p[0], "match", AnswerValue::Matches(ids(&["1", "0"])), t0 + Duration::from_millis(10_001));
    assert!(matches!(late, Err(Error::TooLate)));
}

#[test]
fn a_typed_answer_is_graded_by_the_cores_rules_and_its_size_is_limited() {
    let (mut game, p, t0) = open(typed(), false);
    assert!(game.answer(p[0], "typed", AnswerValue::Text("  salvador ALLENDE. ".into()), t0).unwrap().right);
    assert!(game.answer(p[1], "typed", AnswerValue::Text("Allendé".into()), t0).unwrap().right, "accents aside");
    assert!(!game.answer(p[2], "typed", AnswerValue::Text("Frei".into()), t0).unwrap().right);
    let (mut game, p, t0) = open(typed(), false);
    for bad in [AnswerValue::Text(String::new()), AnswerValue::Text(" ¿? ".into()), AnswerValue::Year(1970)] {
        assert!(matches!(game.answer(p[0], "typed", bad.clone(), t0), Err(Error::InvalidAnswer)), "{bad:?}");
    }
    let longest = AnswerValue::Text("ñ".repeat(TEXT_MAX_CHARS));
    assert!(game.evaluate_answer(p[0], "typed", longest, t0).is_ok(), "the limit counts characters, not bytes");
    let oversize = AnswerValue::Text("a".repeat(TEXT_MAX_CHARS + 1));
    assert!(matches!(game.answer(p[0], "typed", oversize, t0), Err(Error::AnswerTooLong)));
    let huge = AnswerValue::Text("a".repeat(1_000_000));
    assert!(matches!(game.answer(p[0], "typed", huge, t0), Err(Error::AnswerTooLong)));
    game.reveal(t0 + Duration::from_millis(100)).unwrap();
    assert!(
        matches!(game.answer(p[0], "typed", AnswerValue::Text("Allende".into()), t0 + Duration::from_millis(200)), Err(Error::TooLate)),
        "after the reveal"
    );
}

#[test]
fn the_teacher_gets_right_and_wrong_counts_and_only_typed_answers_several_gave() {
    let (mut game, p, t0) = open(order(), false);
    game.answer(p[0], "order", AnswerValue::Order(ids(&["1", "2", "0"])), t0).unwrap();
    game.answer(p[1], "order", AnswerValue::Order(ids(&["2", "1", "0"])), t0).unwrap();
    game.reveal(t0).unwrap();
    assert_eq!(game.histogram(0), Some(Histogram::RightWrong { right: 1, wrong: 1 }));

    let (mut game, p, t0) = open(typed(), false);
    let pin = game.pin().to_owned();
    let dani = game.join(&pin, "Dani").unwrap().id;
    game.answer(p[0], "typed", AnswerValue::Text("Allende".into()), t0).unwrap();
    game.answer(p[1], "typed", AnswerValue::Text("allende!".into()), t0).unwrap();
    game.answer(p[2], "typed", AnswerValue::Text("Frei".into()), t0).unwrap();
    game.answer(dani, "typed", AnswerValue::Text("Pinochet".into()), t0).unwrap();
    game.reveal(t0).unwrap();
    let Some(Histogram::Typed { right, wrong, frequent }) = game.histogram(0) else { panic!("a typed histogram") };
    assert_eq!((right, wrong), (2, 2));
    assert_eq!(frequent, vec![TextCount { text: "Allende".into(), count: 2, right: true }], "answers only one player typed are not shown");

    // A wrong answer several typed is shown in its most typed form.
    let (mut game, p, t0) = open(typed(), false);
    let pin = game.pin().to_owned();
    let dani = game.join(&pin, "Dani").unwrap().id;
    for (player, text) in [(p[0], "frei!"), (p[1], "Frei"), (p[2], "Frei"), (dani, "=FREI")] {
        game.answer(player, "typed", AnswerValue::Text(text.into()), t0).unwrap();
    }
    game.reveal(t0).unwrap();
    let Some(Histogram::Typed { frequent, .. }) = game.histogram(0) else { panic!("a typed histogram") };
    assert_eq!(frequent, vec![TextCount { text: "Frei".into(), count: 4, right: false }]);
}

#[test]
fn answers_read_as_text_in_the_results_and_the_right_answer_waits_for_the_reveal() {
    let (mut game, p, t0) = open(matching(), false);
    game.answer(p[0], "match", AnswerValue::Matches(ids(&["0", "1"])), t0).unwrap();
    let rows = game.result_rows();
    assert_eq!(rows[0].answer, "Frei: Vía chilena; Allende: Revolución en libertad");
    assert!(game.player_result(p[0], &game.ranks()).is_none(), "no result (and so no right answer) before the reveal");
    game.reveal(t0).unwrap();
    let result = game.player_result(p[0], &game.ranks()).unwrap();
    assert_eq!(result.correct, AnswerValue::Matches(ids(&["1", "0"])));
    assert_eq!(result.your_answer, Some(AnswerValue::Matches(ids(&["0", "1"]))));

    let (mut game, p, t0) = open(order(), false);
    game.answer(p[0], "order", AnswerValue::Order(ids(&["1", "2", "0"])), t0).unwrap();
    assert_eq!(game.result_rows()[0].answer, "Elección de 1970 → Nacionalización del cobre → Golpe");
    let (mut game, p, t0) = open(typed(), false);
    game.answer(p[0], "typed", AnswerValue::Text("  =Allende ".into()), t0).unwrap();
    assert_eq!(game.result_rows()[0].answer, "=Allende", "trimmed here; the CSV writer neutralises the formula");
    game.reveal(t0).unwrap();
    assert_eq!(game.player_result(p[0], &game.ranks()).unwrap().correct, AnswerValue::Text("Salvador Allende".into()));
}
