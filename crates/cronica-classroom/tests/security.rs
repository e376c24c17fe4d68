//! What hostile or broken clients get, over real sockets on 127.0.0.1: rate limits, size limits, malformed messages,
//! teacher-only routes, origins, security headers, and a stop that really closes the port.

mod common;

use std::time::Duration;

use common::{connect, http_get, start_default, teacher, try_connect, Client};
use serde_json::json;
use tokio_tungstenite::tungstenite::Message;

#[tokio::test]
async fn wrong_pins_are_rate_limited_per_address() {
    let (server, _) = start_default().await;
    let mut guesser = connect(server.local_addr(), "/ws/player").await;
    let wrong = if server.pin() == "111111" { "222222" } else { "111111" };
    for _ in 0..5 {
        guesser.send(json!({"type": "join", "pin": wrong, "nickname": "Adivino"})).await;
        assert_eq!(guesser.expect("error").await["code"], "wrongPin");
    }
    guesser.send(json!({"type": "join", "pin": wrong, "nickname": "Adivino"})).await;
    assert_eq!(guesser.expect("error").await["code"], "tooManyAttempts");
    guesser.send(json!({"type": "join", "pin": server.pin(), "nickname": "Adivino"})).await;
    assert_eq!(guesser.expect("error").await["code"], "tooManyAttempts", "locked out even with the right PIN");
    server.stop().await.unwrap();
}

#[tokio::test]
async fn an_oversized_frame_closes_only_that_socket() {
    let (server, _) = start_default().await;
    let addr = server.local_addr();
    let mut teacher = teacher(&server).await;
    let (mut big, _) = Client::join(addr, server.pin(), "Grande").await;
    let (mut other, _) = Client::join(addr, server.pin(), "Otro").await;
    let nickname = "x".repeat(5000);
    big.send(json!({"type": "join", "pin": server.pin(), "nickname": nickname})).await;
    assert!(big.closes().await);
    assert!(big.log.iter().any(|message| message["code"] == "tooLarge"));
    teacher.send(json!({"type": "start"})).await;
    other.expect("question").await;
    assert_eq!(other.answer_option("q1", "o1").await["type"], "answerAccepted");
    server.stop().await.unwrap();
}

#[tokio::test]
async fn malformed_messages_get_an_error_and_others_are_unaffected() {
    let (server, _) = start_default().await;
    let addr = server.local_addr();
    let mut teacher = teacher(&server).await;
    let (mut rude, _) = Client::join(addr, server.pin(), "Ruidoso").await;
    let (mut other, _) = Client::join(addr, server.pin(), "Tranquila").await;
    for garbage in ["not json", "{}", "[1,2]", r#"{"type":"answer"}"#, r#"{"type":"join","pin":7}"#, "\u{0}"] {
        rude.send_text(garbage.to_owned()).await;
        assert_eq!(rude.expect("error").await["code"], "malformed", "for {garbage}");
    }
    assert!(rude.send_raw(Message::Binary(vec![0xff, 0x00].into())).await);
    assert_eq!(rude.expect("error").await["code"], "malformed");
    rude.send(json!({"type": "answer", "questionId": "q1", "optionId": "o1", "year": 1900})).await;
    assert_eq!(rude.expect("answerRefused").await["reason"], "invalidAnswer");
    rude.send(json!({"type": "join", "pin": server.pin(), "nickname": "Otra vez"})).await;
    assert_eq!(rude.expect("error").await["code"], "alreadyJoined");
    teacher.send_text("{\"type\":\"launch\"}".into()).await;
    assert_eq!(teacher.expect("error").await["code"], "malformed");
    teacher.send(json!({"type": "start"})).await;
    other.expect("question").await;
    assert_eq!(other.answer_option("q1", "o2").await["type"], "answerAccepted");
    assert!(other.log.iter().all(|message| message["type"] != "error"), "the other player saw nothing: {:?}", other.log);
    server.stop().await.unwrap();
}

#[tokio::test]
async fn teacher_commands_on_a_player_socket_are_refused() {
    let (server, _) = start_default().await;
    let (mut player, _) = Client::join(server.local_addr(), server.pin(), "Pícara").await;
    for command in [json!({"type": "start"}), json!({"type": "reveal"}), json!({"type": "kick", "playerId": 0}), json!({"type": "end"})] {
        player.send(command).await;
        assert_eq!(player.expect("error").await["code"], "notAllowed");
    }
    let mut teacher = teacher(&server).await;
    let lobby = teacher.expect("lobby").await;
    assert_eq!(lobby["players"][0]["nickname"], "Pícara", "still in the lobby, not kicked");
    teacher.send(json!({"type": "start"})).await;
    assert_eq!(teacher.expect("questionOpened").await["index"], 0, "the game had not started");
    server.stop().await.unwrap();
}

#[tokio::test]
async fn a_flood_is_refused_then_disconnected() {
    let (server, _) = start_default().await;
    let mut flooder = connect(server.local_addr(), "/ws/player").await;
    for _ in 0..60 {
        if !flooder.send_raw(Message::Text("{}".into())).await {
            break;
        }
    }
    assert!(flooder.closes().await);
    assert!(flooder.log.iter().any(|message| message["code"] == "rateLimited"));
    let (_ok, joined) = Client::join(server.local_addr(), server.pin(), "Después").await;
    assert_eq!(joined["nickname"], "Después");
    server.stop().await.unwrap();
}

#[tokio::test]
async fn teacher_routes_need_the_secret() {
    let (server, _) = start_default().await;
    let addr = server.local_addr();
    assert_eq!(try_connect(addr, "/ws/teacher", None).await.err(), Some(403));
    assert_eq!(try_connect(addr, "/ws/teacher?teacher_secret=0123456789abcdef0123456789abcdef", None).await.err(), Some(403));
    let (status, _, body) = http_get(addr, "/results.csv").await;
    assert_eq!(status, 403);
    assert!(!body.contains("nickname"));
    let (status, _, _) = http_get(addr, &format!("/results.csv?teacher_secret={}", server.teacher_secret())).await;
    assert_eq!(status, 200);
    assert!(try_connect(addr, &server.teacher_path(), None).await.is_ok());
    server.stop().await.unwrap();
}

#[tokio::test]
async fn a_foreign_origin_cannot_open_a_socket() {
    let (server, _) = start_default().await;
    let addr = server.local_addr();
    assert_eq!(try_connect(addr, "/ws/player", Some("http://evil.example")).await.err(), Some(403));
    assert_eq!(try_connect(addr, &server.teacher_path(), Some("http://evil.example")).await.err(), Some(403));
    assert!(try_connect(addr, "/ws/player", Some(&format!("http://{addr}"))).await.is_ok());
    server.stop().await.unwrap();
}

#[tokio::test]
async fn every_response_has_the_security_headers() {
    let (server, _) = start_default().await;
    let addr = server.local_addr();
    for path in ["/", "/join.svg", "/results.csv", "/missing"] {
        let (_, headers, _) = http_get(addr, path).await;
        assert!(headers.contains(&format!("content-security-policy: {}", cronica_classroom::server::CONTENT_SECURITY_POLICY)), "{path}");
        assert!(headers.contains("x-content-type-options: nosniff"), "{path}");
    }
    let (status, _, body) = http_get(addr, "/").await;
    assert_eq!(status, 200);
    assert!(body.contains("not built") && !body.contains("<script"));
    let (status, headers, body) = http_get(addr, "/join.svg").await;
    assert_eq!(status, 200);
    assert!(headers.contains("content-type: image/svg+xml"));
    assert!(body.contains("<svg"));
    server.stop().await.unwrap();
}

#[tokio::test]
async fn the_student_page_is_served_from_its_directory() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("index.html"), "<!doctype html><title>Únete</title>").unwrap();
    std::fs::write(dir.path().join("app.js"), "console.log(1)").unwrap();
    let recorder = std::sync::Arc::new(cronica_classroom::MemoryRecorder::new());
    let mut config = cronica_classroom::ServerConfig::new("127.0.0.1:0".parse().unwrap(), common::questions(1000), recorder);
    config.student_page_dir = Some(dir.path().to_path_buf());
    let server = cronica_classroom::ClassroomServer::start(config).await.unwrap();
    let (status, headers, body) = http_get(server.local_addr(), "/").await;
    assert_eq!(status, 200);
    assert!(body.contains("Únete"));
    assert!(headers.contains("content-security-policy"));
    let (status, _, _) = http_get(server.local_addr(), "/app.js").await;
    assert_eq!(status, 200);
    let (status, _, _) = http_get(server.local_addr(), "/../Cargo.toml").await;
    assert_ne!(status, 200);
    server.stop().await.unwrap();
}

#[tokio::test]
async fn stop_closes_the_sockets_and_the_port() {
    let (server, _) = start_default().await;
    let addr = server.local_addr();
    let (mut player, _) = Client::join(addr, server.pin(), "Última").await;
    let started = std::time::Instant::now();
    server.stop().await.unwrap();
    assert!(started.elapsed() < Duration::from_secs(3), "stop took {:?}", started.elapsed());
    assert!(player.closes().await);
    assert!(tokio::net::TcpStream::connect(addr).await.is_err(), "the port is still open");
}

/// A server whose limits are `limits`, with the test questions.
async fn start_with(limits: cronica_classroom::Limits) -> cronica_classroom::RunningServer {
    let recorder = std::sync::Arc::new(cronica_classroom::MemoryRecorder::new());
    let mut config = cronica_classroom::ServerConfig::new("127.0.0.1:0".parse().unwrap(), common::questions(10_000), recorder);
    config.limits = limits;
    cronica_classroom::ClassroomServer::start(config).await.unwrap()
}

#[tokio::test]
async fn student_sockets_over_the_cap_are_refused_and_a_closed_one_frees_its_place() {
    let server = start_with(cronica_classroom::Limits { max_player_sockets: 2, ..Default::default() }).await;
    let addr = server.local_addr();
    let first = connect(addr, "/ws/player").await;
    let (mut second, _) = Client::join(addr, server.pin(), "Ana").await;
    assert_eq!(try_connect(addr, "/ws/player", None).await.err(), Some(503), "the third socket is refused");
    drop(first);
    let mut admitted = false;
    for _ in 0..50 {
        if try_connect(addr, "/ws/player", None).await.is_ok() {
            admitted = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(admitted, "a closed socket frees its place");
    second.send(json!({"type": "join", "pin": server.pin(), "nickname": "Beto"})).await;
    assert_eq!(second.expect("error").await["code"], "alreadyJoined", "the joined player is unaffected");
    server.stop().await.unwrap();
}

#[tokio::test]
async fn a_socket_that_never_joins_is_closed_and_a_joined_one_stays() {
    let server = start_with(cronica_classroom::Limits { join_timeout: Duration::from_millis(300), ..Default::default() }).await;
    let addr = server.local_addr();
    let mut idle = connect(addr, "/ws/player").await;
    let (mut player, _) = Client::join(addr, server.pin(), "Ana").await;
    assert_eq!(idle.expect("error").await["code"], "notJoined");
    assert!(idle.closes().await, "the idle socket is closed");
    tokio::time::sleep(Duration::from_millis(400)).await;
    player.send(json!({"type": "join", "pin": server.pin(), "nickname": "Otra"})).await;
    assert_eq!(player.expect("error").await["code"], "alreadyJoined", "the joined socket is still open");
    server.stop().await.unwrap();
}
