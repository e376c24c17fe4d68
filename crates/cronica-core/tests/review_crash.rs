//! Review answers survive the app being killed at any moment. A scripted learner (this test binary
//! run again as a child, through the same `Cronica` use cases as the app) answers 300 review
//! questions, printing each answer's id only after the call returned; the parent kills it with
//! SIGKILL at random moments, restarts it on the same user database each time, and then checks
//! that every acknowledged answer is stored and the database passes `PRAGMA integrity_check`.

#![cfg(unix)]

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use cronica_core::quiz::{QuestionBody, QuizOptions, QuizResponse};
use cronica_core::{Cronica, Lang, compile_content};

/// Where the child finds its files; set only for the child.
const CHILD_DIR: &str = "CRONICA_REVIEW_LEARNER_DIR";
/// Review answers the learner gives in all, across every restart.
const ANSWERS: i64 = 300;
const KILLS: usize = 24;

fn content_path(dir: &Path) -> PathBuf {
    dir.join("content.db")
}

fn user_path(dir: &Path) -> PathBuf {
    dir.join("user.db")
}

/// An answer of the question's own kind, right or wrong by `seed`: wrong ones stay due today.
fn response(body: &QuestionBody, seed: u64) -> QuizResponse {
    match body {
        QuestionBody::MultipleChoice { options } => QuizResponse::MultipleChoice { choice: options[seed as usize % options.len()].id },
        QuestionBody::TrueFalse => QuizResponse::TrueFalse { value: seed.is_multiple_of(2) },
        QuestionBody::Year => QuizResponse::Year { year: 1960 + (seed % 40) as i64 },
        QuestionBody::Order { items } => QuizResponse::Order { order: items.iter().map(|i| i.id.clone()).collect() },
        QuestionBody::Match { figures, roles } => QuizResponse::Match {
            roles: figures.iter().enumerate().map(|(i, f)| (f.id.clone(), roles[(i + seed as usize) % roles.len()].id)).collect(),
        },
        QuestionBody::Typed { .. } => QuizResponse::Typed { text: (if seed.is_multiple_of(2) { "Allende" } else { "Frei" }).into() },
    }
}

fn stored_answers(path: &Path) -> i64 {
    let conn = rusqlite::Connection::open(path).expect("user database");
    conn.query_row("SELECT COUNT(*) FROM review_answers", [], |r| r.get(0)).expect("count")
}

/// The scripted learner: reviews what is due, and when nothing is, takes a chapter's quiz so that
/// what it misses becomes due. Runs only as the child of `review_answers_survive_sigkill`.
#[test]
#[ignore = "the child process of review_answers_survive_sigkill"]
fn scripted_review_learner() {
    let dir = PathBuf::from(std::env::var(CHILD_DIR).expect("run by review_answers_survive_sigkill"));
    let app = Cronica::open(&content_path(&dir), &user_path(&dir)).expect("the app opens");
    let chapters = app.list_chapters(Lang::Es).expect("chapters");
    let mut given = stored_answers(&user_path(&dir));
    let mut stdout = std::io::stdout();
    let mut turn = given as u64;
    while given < ANSWERS {
        let session = app.start_review(Lang::Es, 0).expect("start review");
        if session.questions.is_empty() {
            let chapter = &chapters[turn as usize % chapters.len()];
            let quiz = app.start_quiz(Lang::Es, &QuizOptions::chapter(&chapter.id)).expect("quiz");
            for q in &quiz.questions {
                turn += 1;
                app.answer_question(Lang::Es, quiz.attempt_id, &q.id, &response(&q.body, turn)).expect("quiz answer");
            }
            app.finish_quiz(Lang::Es, quiz.attempt_id).expect("finish");
            continue;
        }
        for q in &session.questions {
            turn += 1;
            app.answer_review(Lang::Es, session.session_id, &q.question.id, &response(&q.question.body, turn)).expect("review answer");
            // Acknowledged only now that the call has returned.
            writeln!(stdout, "ACK {} {}", session.session_id, q.question.id).expect("stdout");
            stdout.flush().expect("stdout");
            given += 1;
            if given >= ANSWERS {
                break;
            }
        }
    }
}

fn spawn_learner(dir: &Path) -> Child {
    Command::new(std::env::current_exe().expect("this test binary"))
        .args(["--ignored", "--exact", "scripted_review_learner", "--nocapture", "--test-threads=1", "-q"])
        .env(CHILD_DIR, dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the learner starts")
}

/// Reads the child's acknowledgements until its stdout closes (only whole lines count), passing
/// each on as it comes.
fn read_acks(child: &mut Child) -> Receiver<(i64, String)> {
    let stdout = child.stdout.take().expect("piped stdout");
    let (send, receive) = channel();
    std::thread::spawn(move || {
        let mut reader = BufReader::new(stdout);
        let mut line = String::new();
        while reader.read_line(&mut line).unwrap_or(0) > 0 {
            if let Some(rest) = line.strip_suffix('\n').and_then(|l| l.strip_prefix("ACK ")) {
                let (session, question) = rest.split_once(' ').expect("ACK session question");
                if send.send((session.parse().expect("session id"), question.to_string())).is_err() {
                    return;
                }
            }
            line.clear();
        }
    });
    receive
}

#[test]
fn review_answers_survive_sigkill() {
    let started = Instant::now();
    let dir = tempfile::tempdir().unwrap();
    compile_content(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data"), &content_path(dir.path())).expect("data/ compiles");
    let mut acknowledged: Vec<(i64, String)> = Vec::new();
    let mut rng = fastrand::Rng::with_seed(0x5eed ^ u64::from(std::process::id()));
    let mut kills = 0;
    while kills < KILLS {
        // Killed at a random moment: during start-up, between answers or inside one, at the
        // latest after a few answers, so that many kills happen before the 300 are given.
        let mut child = spawn_learner(dir.path());
        let acks = read_acks(&mut child);
        let deadline = Instant::now() + Duration::from_millis(rng.u64(5..400));
        let answers_this_run = rng.usize(1..=8);
        let mut got = 0;
        while got < answers_this_run {
            let Some(left) = deadline.checked_duration_since(Instant::now()) else { break };
            match acks.recv_timeout(left) {
                Ok(ack) => {
                    acknowledged.push(ack);
                    got += 1;
                }
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => panic!("the learner stopped before it was killed"),
            }
        }
        std::thread::sleep(Duration::from_micros(rng.u64(0..3000)));
        // SIGKILL: no destructor, no flush, no checkpoint runs.
        child.kill().expect("SIGKILL");
        child.wait().expect("reaped");
        kills += 1;
        acknowledged.extend(acks.iter());
    }
    // The last run answers what is left and exits on its own.
    let mut child = spawn_learner(dir.path());
    let acks = read_acks(&mut child);
    let status = child.wait().expect("reaped");
    acknowledged.extend(acks.iter());
    assert!(status.success(), "the learner finishes its 300 answers: {status}");

    let conn = rusqlite::Connection::open(user_path(dir.path())).unwrap();
    let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(integrity, "ok");
    let mut stmt = conn.prepare("SELECT 1 FROM review_answers WHERE session_id = ?1 AND question_id = ?2").unwrap();
    let missing: Vec<&(i64, String)> = acknowledged.iter().filter(|(s, q)| !stmt.exists(rusqlite::params![s, q]).unwrap()).collect();
    assert!(missing.is_empty(), "{} of {} acknowledged answers are not stored: {missing:?}", missing.len(), acknowledged.len());
    let stored = stored_answers(&user_path(dir.path()));
    assert!(stored >= ANSWERS, "{stored} answers stored");
    assert!(acknowledged.len() as i64 <= stored);
    // Every stored answer has its card: the answer and its schedule are written together.
    let orphans: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM review_answers a WHERE NOT EXISTS (SELECT 1 FROM review_cards c WHERE c.question_id = a.question_id)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(orphans, 0);
    eprintln!("{kills} kills, {} answers acknowledged, {stored} stored, in {:?}", acknowledged.len(), started.elapsed());
}
