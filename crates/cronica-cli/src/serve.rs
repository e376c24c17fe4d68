//! `cronica serve`: hosts a live classroom game from a chapter's questions without the desktop app,
//! for a lab machine. Prints where students join and the PIN; the teacher drives the game from the
//! terminal (start, next, reveal, end), which talks to the server's teacher socket on loopback.

use std::io::BufRead;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;

use cronica_classroom::protocol::{TeacherCommand, TeacherEvent};
use cronica_classroom::{
    join_urls, ClassroomServer, GameOption, GameQuestion, GameQuestionKind, GameSettings, MemoryRecorder, ServerConfig,
};
use cronica_core::quiz::{CorrectAnswer, QuestionBody};
use cronica_core::teacher::BankQuestion;
use cronica_core::{Cronica, Lang};
use futures_util::{SinkExt, StreamExt};
use tokio_tungstenite::tungstenite::Message;

pub struct ServeArgs {
    pub chapter: String,
    pub lang: Lang,
    pub bind: IpAddr,
    pub port: u16,
    pub seconds: u64,
    pub speed_bonus: bool,
    pub student_page: Option<PathBuf>,
    pub results: Option<PathBuf>,
}

/// The words a true/false question is answered with, in the game's language.
fn true_false(lang: Lang) -> [&'static str; 2] {
    match lang {
        Lang::Es => ["Verdadero", "Falso"],
        Lang::En => ["True", "False"],
    }
}

/// A bank question as a live game plays it; order and match questions cannot be played live yet.
fn game_question(q: BankQuestion, lang: Lang, seconds: u64) -> Option<GameQuestion> {
    let option = |id: &str, text: &str| GameOption { id: id.to_string(), text: text.to_string() };
    let kind = match (&q.body, &q.answer) {
        (QuestionBody::MultipleChoice { options }, CorrectAnswer::MultipleChoice { option: right }) => GameQuestionKind::Choice {
            options: options.iter().map(|o| option(&o.id.to_string(), &o.text)).collect(),
            correct: right.id.to_string(),
        },
        (QuestionBody::TrueFalse, CorrectAnswer::TrueFalse { value }) => {
            let [yes, no] = true_false(lang);
            GameQuestionKind::Choice { options: vec![option("true", yes), option("false", no)], correct: value.to_string() }
        }
        (QuestionBody::Year, CorrectAnswer::Year { year }) => GameQuestionKind::Year { correct: i32::try_from(*year).ok()? },
        _ => return None,
    };
    let source = q.sources.first().map(|s| format!("{}, {}", s.publisher, s.title));
    Some(GameQuestion {
        id: q.id.to_string(),
        prompt: q.prompt,
        kind,
        time_limit_ms: seconds * 1000,
        points: 1000,
        explanation: q.explanation,
        source,
    })
}

fn describe(event: &TeacherEvent) -> String {
    match event {
        TeacherEvent::Lobby { pin, players, .. } => {
            let names: Vec<&str> = players.iter().map(|p| p.nickname.as_str()).collect();
            format!("PIN {pin} · {} player(s): {}", players.len(), names.join(", "))
        }
        TeacherEvent::QuestionOpened { index, total, prompt, deadline_ms, .. } => {
            format!("Question {} of {total} ({} s): {prompt}", index + 1, deadline_ms / 1000)
        }
        TeacherEvent::Progress { answered, total } => format!("{answered} of {total} answered"),
        TeacherEvent::Revealed { leaderboard, .. } => format!("Revealed. Leading: {}", leaders(leaderboard)),
        TeacherEvent::Finished { leaderboard } => format!("Finished. Podium: {}", leaders(leaderboard)),
        TeacherEvent::Error { message, .. } => format!("Refused: {message}"),
    }
}

fn leaders(board: &[cronica_classroom::game::LeaderboardEntry]) -> String {
    board.iter().take(3).map(|e| format!("{}. {} ({})", e.rank, e.nickname, e.score)).collect::<Vec<_>>().join(", ")
}

fn command(line: &str) -> Option<TeacherCommand> {
    let mut words = line.split_whitespace();
    Some(match words.next()? {
        "s" | "start" => TeacherCommand::Start,
        "n" | "next" => TeacherCommand::Next,
        "r" | "reveal" => TeacherCommand::Reveal,
        "e" | "end" => TeacherCommand::End,
        "k" | "kick" => TeacherCommand::Kick { player_id: cronica_classroom::PlayerId(words.next()?.parse().ok()?) },
        _ => return None,
    })
}

pub fn serve(app: &Cronica, args: ServeArgs) -> Result<(), String> {
    let questions: Vec<GameQuestion> = app
        .game_questions(args.lang, &args.chapter, fastrand::u64(..))
        .map_err(|e| e.to_string())?
        .into_iter()
        .filter_map(|q| game_question(q, args.lang, args.seconds))
        .collect();
    if questions.is_empty() {
        return Err(format!("chapter '{}' has no question that can be played live", args.chapter));
    }
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().map_err(|e| e.to_string())?;
    runtime.block_on(host(questions, args))
}

async fn host(questions: Vec<GameQuestion>, args: ServeArgs) -> Result<(), String> {
    let count = questions.len();
    let recorder = Arc::new(MemoryRecorder::new());
    let mut config = ServerConfig::new(SocketAddr::new(args.bind, args.port), questions, recorder);
    config.settings = GameSettings { speed_bonus: args.speed_bonus };
    config.student_page_dir = args.student_page;
    if args.bind.is_loopback() {
        config.public_url = Some(format!("http://127.0.0.1:{}/", args.port));
    }
    let server = ClassroomServer::start(config).await.map_err(|e| e.to_string())?;
    let port = server.local_addr().port();
    let urls = if args.bind.is_loopback() { vec![format!("http://127.0.0.1:{port}/")] } else { join_urls(port) };
    println!("{count} questions from chapter '{}'", args.chapter);
    for url in &urls {
        println!("Students join at {url}");
    }
    println!("PIN {}", server.pin());
    println!("Teacher (this machine only): ws://127.0.0.1:{port}{}", server.teacher_path());
    println!("Type: start, next, reveal, end (or s, n, r, e); kick <player id>");
    let url = format!("ws://127.0.0.1:{port}{}", server.teacher_path());
    let (socket, _) = tokio_tungstenite::connect_async(url).await.map_err(|e| format!("teacher socket: {e}"))?;
    let (mut to_server, mut from_server) = socket.split();
    let (lines_tx, mut lines) = tokio::sync::mpsc::unbounded_channel::<String>();
    std::thread::spawn(move || {
        for line in std::io::stdin().lock().lines() {
            let Ok(line) = line else { break };
            if lines_tx.send(line).is_err() {
                break;
            }
        }
    });
    loop {
        tokio::select! {
            line = lines.recv() => {
                let Some(line) = line else { break };
                match command(&line) {
                    Some(cmd) => {
                        let text = serde_json::to_string(&cmd).map_err(|e| e.to_string())?;
                        to_server.send(Message::text(text)).await.map_err(|e| e.to_string())?;
                    }
                    None if line.trim().is_empty() => {}
                    None => println!("Not a command: {}", line.trim()),
                }
            }
            message = from_server.next() => {
                let Some(Ok(Message::Text(text))) = message else {
                    if message.is_none() { break } else { continue }
                };
                if let Ok(event) = serde_json::from_str::<TeacherEvent>(&text) {
                    println!("{}", describe(&event));
                    if matches!(event, TeacherEvent::Finished { .. }) {
                        break;
                    }
                }
            }
        }
    }
    let csv = server.results_csv().await.map_err(|e| e.to_string())?;
    if let Some(path) = &args.results {
        std::fs::write(path, &csv).map_err(|e| format!("{}: {e}", path.display()))?;
        println!("Results written to {}", path.display());
    }
    server.stop().await.map_err(|e| e.to_string())
}
