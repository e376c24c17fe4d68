//! `cronica serve` hosts a game on 127.0.0.1, serves the student page, and writes the results
//! when the teacher ends it from the terminal.

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
        .args(["--data", fixture().to_str().unwrap(), "serve", "--chapter", "unidad-popular", "--bind", "127.0.0.1", "--port", "0"])
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
    assert!(seen[0].starts_with("3 questions"), "order and match questions are left out: {seen:?}");

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
