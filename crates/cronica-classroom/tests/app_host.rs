//! The app's way of hosting: the core prepares a chapter's questions and journals the game, the
//! `LocalHost` serves it on 127.0.0.1; a player's acknowledged answers are in the user database
//! file before the game ends, and stopping the host closes the port.

mod common;

use std::path::Path;
use std::time::Duration;

use common::{connect, Client};
use cronica_classroom::{HostConfig, LocalHost};
use cronica_core::live::LiveSource;
use cronica_core::{check_content, ContentDb, Cronica, Lang, UserDb};
use serde_json::json;

fn app(user_db: &Path) -> Cronica {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../cronica-core/tests/fixtures/valid");
    let report = check_content(&data).unwrap();
    let content = ContentDb::from_content(&report.content).unwrap();
    let host = LocalHost::new(HostConfig {
        bind: "127.0.0.1:0".parse().unwrap(),
        fall_back_to_any_port: true,
        student_page_dir: None,
        teacher_origins: vec!["tauri://localhost".into()],
    });
    Cronica::new(content, UserDb::open(user_db).unwrap().db, Vec::new()).with_classroom_host(Box::new(host))
}

fn answers_on_disk(user_db: &Path) -> i64 {
    let conn = rusqlite::Connection::open(user_db).unwrap();
    conn.query_row("SELECT COUNT(*) FROM game_answers", [], |r| r.get(0)).unwrap()
}

#[test]
fn the_app_hosts_a_chapter_and_every_acknowledged_answer_is_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let user_db = dir.path().join("user.db");
    let app = app(&user_db);
    // The app's API calls run on blocking threads, never inside the server's runtime.
    let hosted = app.host_live_game(Lang::Es, &LiveSource::Chapter { id: "unidad-popular".into() }, true).unwrap();
    assert_eq!(hosted.pin.len(), 6);
    assert_eq!(hosted.question_count, 6, "every kind of the chapter's bank is played");
    assert_eq!(hosted.missing, 0);
    let url = &hosted.join[0].url;
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    assert!(hosted.join[0].qr_svg.starts_with("<?xml") || hosted.join[0].qr_svg.contains("<svg"));
    let addr: std::net::SocketAddr = url.trim_start_matches("http://").trim_end_matches('/').parse().unwrap();
    let teacher_path = hosted.teacher_socket.split_once(&addr.to_string()).unwrap().1.to_owned();

    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let mut teacher = connect(addr, &teacher_path).await;
        teacher.expect("lobby").await;
        let (mut ana, _) = Client::join(addr, &hosted.pin, "=Ana").await;
        let (mut beto, _) = Client::join(addr, &hosted.pin, "Beto").await;
        teacher.send(json!({"type": "start"})).await;
        let question = ana.expect("question").await;
        beto.expect("question").await;
        let first = question["options"][0]["id"].as_str().unwrap().to_owned();
        let accepted = ana.answer_option(question["questionId"].as_str().unwrap(), &first).await;
        assert_eq!(accepted["type"], "answerAccepted");
        // Acknowledged means written: the file already holds it, before any reveal or end.
        assert_eq!(answers_on_disk(&user_db), 1);
        teacher.send(json!({"type": "reveal"})).await;
        teacher.expect("revealed").await;
        teacher.send(json!({"type": "end"})).await;
        teacher.expect("finished").await;
    });

    app.stop_live_game().unwrap();
    assert!(app.hosted_live_game().is_none());
    assert!(std::net::TcpStream::connect_timeout(&addr, Duration::from_millis(500)).is_err(), "the port is closed once hosting ends");

    let games = app.list_live_games().unwrap();
    assert_eq!(games.len(), 1);
    assert_eq!((games[0].players, games[0].questions_asked), (2, 1));
    let results = app.live_game_results(hosted.game_id).unwrap();
    assert_eq!(results.rows.len(), 2, "2 players × 1 asked question");
    let csv = app.live_game_csv(hosted.game_id).unwrap();
    assert!(csv.contains("'=Ana,"), "{csv}");
    assert!(csv.lines().any(|line| line.starts_with("Beto,") && line.ends_with(",,no,0,")), "Beto did not answer: {csv}");
}

#[test]
fn a_game_hosted_and_ended_without_players_leaves_no_results_and_a_second_can_follow() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(&dir.path().join("user.db"));
    let source = LiveSource::Chapter { id: "unidad-popular".into() };
    let first = app.host_live_game(Lang::En, &source, false).unwrap();
    assert!(app.host_live_game(Lang::En, &source, false).is_err(), "one game at a time");
    app.stop_live_game().unwrap();
    let second = app.host_live_game(Lang::En, &source, false).unwrap();
    assert_ne!(first.pin, second.pin);
    app.stop_live_game().unwrap();
    assert!(app.list_live_games().unwrap().is_empty());
}
