//! `cronica serve` hosts a game on 127.0.0.1 (a chapter's questions or a quiz pack's), serves the
//! student page, keeps the game in the user database and writes the results when the teacher ends
//! it from the terminal.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../cronica-core/tests/fixtures/valid")
}

#[test]
fn serve_hosts_a_game_and_writes_results_when_ended() {
    let dir = tempfile::tempdir().unwrap();
    let results = dir.path().join("results.csv");
    let mut child = Command::new(env!("CARGO_BIN_EXE_cronica"))
        .args(["--data", fixture().to_str().unwrap(), "--user-db"])
        .arg(dir.path().join("user.db"))
        .args(["serve", "--chapter", "unidad-popular", "--bind", "127.0.0.1", "--port", "0"])
        .arg("--results")
        .arg(&results)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut seen = Vec::new();
    let url = loop {
        let line = lines.next().expect("serve printed its address").unwrap();
        seen.push(line.clone());
        if let Some(url) = line.strip_prefix("Students join at ") {
            break url.to_string();
        }
    };
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    let pin_line = lines.next().unwrap().unwrap();
    assert!(pin_line.starts_with("PIN ") && pin_line[4..].len() == 6, "{pin_line}");
    assert!(seen[0].starts_with("6 questions"), "every kind of question is played, order, match and typed too: {seen:?}");

    let address = url.trim_start_matches("http://").trim_end_matches('/');
    let mut stream = TcpStream::connect(address).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    write!(stream, "GET / HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    assert!(response.to_lowercase().contains("content-security-policy"), "{response}");

    writeln!(child.stdin.as_mut().unwrap(), "end").unwrap();
    let status = child.wait().unwrap();
    assert!(status.success());
    assert!(std::fs::read_to_string(&results).unwrap().starts_with("nickname,question,answer,right,points,time_to_answer_ms"));
    assert!(TcpStream::connect(address).is_err(), "the server stops with the game");
}

/// Reads lines until one starts with `prefix`; returns the rest of it.
fn wait_for(lines: &mut impl Iterator<Item = std::io::Result<String>>, prefix: &str) -> String {
    for line in lines.by_ref() {
        let line = line.unwrap();
        if let Some(rest) = line.strip_prefix(prefix) {
            return rest.to_string();
        }
    }
    panic!("serve ended before printing '{prefix}'");
}

#[test]
fn serve_plays_a_quiz_pack_and_keeps_every_answer_in_the_user_database() {
    use futures_util::{SinkExt, StreamExt};
    use tokio_tungstenite::tungstenite::Message;

    let dir = tempfile::tempdir().unwrap();
    let user_db = dir.path().join("user.db");
    let results = dir.path().join("results.csv");
    let pack = serde_json::json!({
        "format": "cronica-quiz",
        "version": 1,
        "title": "Repaso",
        "description": "",
        "items": [
            { "question": { "origin": "bank", "id": "up-q03" }, "timeLimitS": 45, "points": 500 },
            { "question": { "origin": "bank", "id": "up-q04" }, "timeLimitS": 30, "points": 1000 }
        ]
    });
    let pack_file = dir.path().join("repaso.cronica-quiz");
    std::fs::write(&pack_file, pack.to_string()).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_cronica"))
        .args(["--data", fixture().to_str().unwrap(), "--user-db"])
        .arg(&user_db)
        .args(["serve", "--quiz"])
        .arg(&pack_file)
        .args(["--bind", "127.0.0.1", "--port", "0", "--results"])
        .arg(&results)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    assert_eq!(wait_for(&mut lines, "2 questions: "), "Repaso", "the order question is played too");
    let url = wait_for(&mut lines, "Students join at ");
    let pin = wait_for(&mut lines, "PIN ");
    let address = url.trim_start_matches("http://").trim_end_matches('/').to_string();

    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let (mut player, _) = runtime.block_on(tokio_tungstenite::connect_async(format!("ws://{address}/ws/player"))).unwrap();
    let next = |player: &mut tokio_tungstenite::WebSocketStream<_>, kind: &str| -> serde_json::Value {
        runtime.block_on(async {
            loop {
                let message = tokio::time::timeout(Duration::from_secs(5), player.next()).await.expect("a message in time").unwrap().unwrap();
                if let Message::Text(text) = message {
                    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
                    if value["type"] == kind {
                        return value;
                    }
                }
            }
        })
    };
    let send = |player: &mut tokio_tungstenite::WebSocketStream<_>, value: serde_json::Value| {
        runtime.block_on(player.send(Message::text(value.to_string()))).unwrap();
    };
    send(&mut player, serde_json::json!({"type": "join", "pin": pin, "nickname": "=Ana"}));
    next(&mut player, "joined");
    writeln!(child.stdin.as_mut().unwrap(), "start").unwrap();
    let question = next(&mut player, "question");
    assert_eq!(question["questionId"], "up-q03");
    assert!(question["deadlineMs"].as_u64().unwrap() > 30_000, "the pack's 45 s limit applies: {question}");
    send(&mut player, serde_json::json!({"type": "answer", "questionId": "up-q03", "year": 1908}));
    next(&mut player, "answerAccepted");

    // Acknowledged means written: the user database holds the answer while the game still runs.
    let conn = rusqlite::Connection::open(&user_db).unwrap();
    let saved: (String, i64) = conn.query_row("SELECT answer, points FROM game_answers", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    assert_eq!(saved.0, "1908");
    assert!(saved.1 >= 250, "a right answer scores at least half of 500: {saved:?}");

    // The order question: its items by title, answered in the order shown, written as it reads.
    writeln!(child.stdin.as_mut().unwrap(), "reveal").unwrap();
    next(&mut player, "result");
    writeln!(child.stdin.as_mut().unwrap(), "next").unwrap();
    let question = next(&mut player, "question");
    assert_eq!((question["questionId"].as_str(), question["kind"].as_str()), (Some("up-q04"), Some("order")));
    let items: Vec<serde_json::Value> = question["options"].as_array().unwrap().clone();
    let ids: Vec<&str> = items.iter().map(|item| item["id"].as_str().unwrap()).collect();
    let titles: Vec<&str> = items.iter().map(|item| item["text"].as_str().unwrap()).collect();
    send(&mut player, serde_json::json!({"type": "answer", "questionId": "up-q04", "order": ids}));
    next(&mut player, "answerAccepted");
    let order: String = conn.query_row("SELECT answer FROM game_answers WHERE question_id = 'up-q04'", [], |r| r.get(0)).unwrap();
    assert_eq!(order, titles.join(" → "), "journaled as it reads");

    writeln!(child.stdin.as_mut().unwrap(), "end").unwrap();
    assert!(child.wait().unwrap().success());
    let csv = std::fs::read_to_string(&results).unwrap();
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows.len(), 3, "{csv}");
    assert!(rows[1].starts_with("'=Ana,") && rows[1].contains(",1908,yes,"), "{csv}");
    assert!(rows[2].starts_with("'=Ana,") && rows[2].contains(&format!(",{},no,0,", titles.join(" → "))), "shown order is never right: {csv}");
    let title: String = conn.query_row("SELECT title FROM games", [], |r| r.get(0)).unwrap();
    assert_eq!(title, "Repaso");
    let quizzes: i64 = conn.query_row("SELECT COUNT(*) FROM teacher_quizzes", [], |r| r.get(0)).unwrap();
    assert_eq!(quizzes, 0, "a pack played with --quiz is not saved as a quiz");
    assert!(TcpStream::connect(&address).is_err(), "the server stops with the game");
}
