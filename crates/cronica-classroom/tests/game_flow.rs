//! A whole game over real sockets on 127.0.0.1: joining, answering, a rejoin mid-question, the timer, refusals,
//! results, and what each side is (and is not) told.

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::{connect, http_get, start, start_default, teacher, Client};
use cronica_classroom::MemoryRecorder;
use serde_json::{json, Value};

/// A player may see the right answer only in a `result` (after the reveal) or the podium.
fn assert_no_answer_leaked(log: &[Value]) {
    for message in log {
        if message["type"] == "result" {
            continue;
        }
        let text = message.to_string();
        assert!(!text.contains("\"correct\"") && !text.contains("explanation"), "leaked the answer: {text}");
    }
}

#[tokio::test]
async fn three_players_play_a_game_with_a_rejoin_mid_question() {
    let (server, recorder) = start_default().await;
    let addr = server.local_addr();
    let mut teacher = teacher(&server).await;
    let lobby = teacher.expect("lobby").await;
    assert_eq!(lobby["pin"], server.pin());
    let pin = server.pin().to_owned();
    let (mut ana, _) = Client::join(addr, &pin, "Ana").await;
    let (mut beto, _) = Client::join(addr, &pin, "Beto").await;
    let (mut carla, carla_joined) = Client::join(addr, &pin, "Carla").await;
    let token = carla_joined["token"].as_str().unwrap().to_owned();
    assert_eq!(token.len(), 32);
    loop {
        let lobby = teacher.expect("lobby").await;
        if lobby["players"].as_array().unwrap().len() == 3 {
            break;
        }
    }

    teacher.send(json!({"type": "start"})).await;
    for player in [&mut ana, &mut beto, &mut carla] {
        let question = player.expect("question").await;
        assert_eq!(question["questionId"], "q1");
        assert_eq!(question["options"].as_array().unwrap().len(), 3);
        assert_eq!(question["options"][1]["text"], "Bernardo O'Higgins", "options keep their order");
        assert!(question["deadlineMs"].as_u64().unwrap() <= 10_000);
    }
    assert_eq!(ana.answer_option("q1", "o1").await["type"], "answerAccepted");
    assert_eq!(beto.answer_option("q1", "o2").await["type"], "answerAccepted");
    let accepted = carla.answer_option("q1", "o1").await;
    assert_eq!(accepted["answer"], json!({"optionId": "o1"}));

    // Carla's connection drops; the teacher sees her offline; she comes back with her token.
    drop(carla);
    loop {
        let lobby = teacher.expect("lobby").await;
        let players = lobby["players"].as_array().unwrap();
        if players.iter().any(|p| p["nickname"] == "Carla" && p["online"] == false) {
            break;
        }
    }
    let mut carla = connect(addr, "/ws/player").await;
    carla.send(json!({"type": "rejoin", "token": token})).await;
    let rejoined = carla.expect("joined").await;
    assert_eq!(rejoined["nickname"], "Carla");
    assert_eq!(rejoined["playerId"], carla_joined["playerId"]);
    assert_eq!(carla.expect("question").await["questionId"], "q1");
    assert_eq!(carla.expect("answerAccepted").await["answer"], json!({"optionId": "o1"}));
    assert_eq!(carla.answer_option("q1", "o2").await["reason"], "alreadyAnswered");

    loop {
        let progress = teacher.expect("progress").await;
        if progress["answered"] == 3 {
            assert_eq!(progress["total"], 3);
            break;
        }
    }
    teacher.send(json!({"type": "reveal"})).await;
    let revealed = teacher.expect("revealed").await;
    assert_eq!(revealed["correct"], json!({"optionId": "o1"}));
    assert_eq!(revealed["histogram"]["options"][0], json!({"optionId": "o1", "count": 2}));
    assert_eq!(revealed["histogram"]["options"][1], json!({"optionId": "o2", "count": 1}));
    assert!(!revealed.to_string().contains("Ana\",\"answer"), "no per-player answers to the teacher");

    let ana_result = ana.expect("result").await;
    assert_eq!((ana_result["right"].as_bool(), ana_result["rank"].as_u64()), (Some(true), Some(1)));
    assert!(ana_result["points"].as_u64().unwrap() > 500);
    let beto_result = beto.expect("result").await;
    assert_eq!(
        (beto_result["right"].as_bool(), beto_result["points"].as_u64(), beto_result["rank"].as_u64()),
        (Some(false), Some(0), Some(3))
    );
    assert_eq!(beto_result["yourAnswer"], json!({"optionId": "o2"}));
    let carla_result = carla.expect("result").await;
    assert_eq!(carla_result["totalScore"], carla_result["points"]);

    teacher.send(json!({"type": "next"})).await;
    for player in [&mut ana, &mut beto, &mut carla] {
        assert_eq!(player.expect("question").await["kind"], "year");
    }
    ana.send(json!({"type": "answer", "questionId": "q2", "year": 1925})).await;
    assert_eq!(ana.expect("answerAccepted").await["answer"], json!({"year": 1925}));
    teacher.send(json!({"type": "end"})).await;
    let finished = teacher.expect("finished").await;
    assert_eq!(finished["leaderboard"][0]["nickname"], "Ana");
    let podium = ana.expect("podium").await;
    assert_eq!(podium["yourRank"], 1);
    beto.expect("podium").await;

    for player in [&ana, &beto, &carla] {
        assert_no_answer_leaked(&player.log);
    }
    let recorded = recorder.snapshot();
    assert_eq!(recorded.players.len(), 3);
    assert_eq!(recorded.started.len(), 1);
    assert_eq!(recorded.finished.len(), 1);
    assert_eq!(recorded.answers.len(), 4, "each acknowledged answer is recorded exactly once");

    let (status, _, body) = http_get(addr, &format!("/results.csv?teacher_secret={}", server.teacher_secret())).await;
    assert_eq!(status, 200);
    assert!(body.contains("nickname,question,answer,right,points,time_to_answer_ms"));
    assert!(body.contains("Beto,¿Quién fue el primer presidente de Chile?,Bernardo O'Higgins,no,0,"));
    server.stop().await.unwrap();
}

#[tokio::test]
async fn the_timer_closes_the_question_and_late_answers_are_refused() {
    let recorder = Arc::new(MemoryRecorder::new());
    let server = start(300, recorder.clone()).await;
    let addr = server.local_addr();
    let mut teacher = teacher(&server).await;
    let pin = server.pin().to_owned();
    let (mut quick, _) = Client::join(addr, &pin, "Rápida").await;
    let (mut slow, _) = Client::join(addr, &pin, "Lento").await;
    teacher.send(json!({"type": "start"})).await;
    quick.expect("question").await;
    slow.expect("question").await;
    assert_eq!(quick.answer_option("q1", "o1").await["type"], "answerAccepted");
    assert_eq!(quick.answer_option("q1", "o1").await["reason"], "alreadyAnswered");
    assert_eq!(quick.answer_option("q2", "o1").await["reason"], "wrongQuestion");
    tokio::time::sleep(Duration::from_millis(400)).await;
    let refused = slow.answer_option("q1", "o1").await;
    let refused = if refused["type"] == "result" { slow.next().await.unwrap() } else { refused };
    assert_eq!(refused, json!({"type": "answerRefused", "questionId": "q1", "reason": "tooLate"}));
    let revealed = teacher.expect("revealed").await;
    assert_eq!(revealed["histogram"]["options"][0]["count"], 1);
    let timings = server.question_timings().await;
    let (closed_at, _) = timings[0].closed.unwrap();
    assert!(closed_at >= timings[0].deadline);
    assert!(closed_at.duration_since(timings[0].deadline) < Duration::from_millis(200), "closed late");
    assert_eq!(recorder.snapshot().answers.len(), 1);
    server.stop().await.unwrap();
}

#[tokio::test]
async fn an_answer_the_recorder_could_not_save_is_not_acknowledged() {
    let server = start(10_000, Arc::new(MemoryRecorder::failing_answers())).await;
    let mut teacher = teacher(&server).await;
    let (mut ana, _) = Client::join(server.local_addr(), server.pin(), "Ana").await;
    teacher.send(json!({"type": "start"})).await;
    ana.expect("question").await;
    assert_eq!(ana.answer_option("q1", "o1").await, json!({"type": "answerRefused", "questionId": "q1", "reason": "notSaved"}));
    teacher.send(json!({"type": "reveal"})).await;
    let result = ana.expect("result").await;
    assert_eq!((result["right"].as_bool(), result["totalScore"].as_u64()), (Some(false), Some(0)));
    server.stop().await.unwrap();
}

#[tokio::test]
async fn a_removed_player_is_told_and_cannot_rejoin() {
    let (server, _) = start_default().await;
    let addr = server.local_addr();
    let mut teacher = teacher(&server).await;
    let (mut ana, joined) = Client::join(addr, server.pin(), "Ana").await;
    teacher.send(json!({"type": "kick", "playerId": joined["playerId"]})).await;
    assert_eq!(ana.expect("kicked").await, json!({"type": "kicked"}));
    assert!(ana.closes().await);
    let mut again = connect(addr, "/ws/player").await;
    again.send(json!({"type": "rejoin", "token": joined["token"]})).await;
    assert_eq!(again.expect("error").await["code"], "unknownToken");
    teacher.send(json!({"type": "kick", "playerId": 99})).await;
    assert_eq!(teacher.expect("error").await["code"], "unknownPlayer");
    server.stop().await.unwrap();
}

#[tokio::test]
async fn rejoining_from_a_second_socket_closes_the_first() {
    let (server, _) = start_default().await;
    let addr = server.local_addr();
    let (mut first, joined) = Client::join(addr, server.pin(), "Doble").await;
    let mut second = connect(addr, "/ws/player").await;
    second.send(json!({"type": "rejoin", "token": joined["token"]})).await;
    assert_eq!(second.expect("joined").await["playerId"], joined["playerId"]);
    assert!(first.closes().await);
    let mut teacher = teacher(&server).await;
    let lobby = teacher.expect("lobby").await;
    assert_eq!(lobby["players"][0]["online"], true, "the second socket keeps the player online");
    server.stop().await.unwrap();
}
