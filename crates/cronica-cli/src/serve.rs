//! `cronica serve`: hosts a live classroom game without the desktop app, for a lab machine: a
//! chapter's questions or a quiz pack's. Prints where students join and the PIN; the teacher drives
//! the game from the terminal (start, next, reveal, end), which talks to the server's teacher
//! socket on loopback. Like the app, it writes every game, player and answer to the user database.

use std::io::BufRead;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};

use cronica_classroom::protocol::{TeacherCommand, TeacherEvent};
use cronica_classroom::{HostConfig, LocalHost};
use cronica_core::live::{LiveSource, PreparedGame};
use cronica_core::{Cronica, Lang};
use futures_util::{SinkExt, StreamExt};
use tokio_tungstenite::tungstenite::Message;

use crate::user_db::{self, Access};

/// Which questions the game plays.
pub enum ServeSource {
    Chapter(String),
    /// A `.cronica-quiz` pack, played without being saved.
    Pack(PathBuf),
}

pub struct ServeArgs {
    pub source: ServeSource,
    pub lang: Lang,
    pub bind: IpAddr,
    pub port: u16,
    /// Seconds per question for a chapter (a pack carries its own).
    pub seconds: u64,
    pub speed_bonus: bool,
    pub student_page: Option<PathBuf>,
    pub results: Option<PathBuf>,
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

/// Prepares the questions, hosts them, runs the terminal's commands until the game ends (or input
/// closes), then stops the server and writes the results.
pub fn serve(data: &Path, user_db_path: Option<&Path>, args: ServeArgs) -> Result<(), String> {
    let game = match &args.source {
        ServeSource::Chapter(chapter) => {
            let content = crate::content_db(data)?;
            let scratch = Cronica::new(content, cronica_core::UserDb::open_in_memory().map_err(|e| e.to_string())?, Vec::new());
            let source = LiveSource::Chapter { id: chapter.as_str().into() };
            let mut game = scratch.prepare_live_game(args.lang, &source, fastrand::u64(..)).map_err(|e| format!("chapter '{chapter}': {e}"))?;
            for question in &mut game.questions {
                question.time_limit_ms = args.seconds * 1000;
            }
            game
        }
        ServeSource::Pack(file) => crate::quiz::prepare_pack_game(data, args.lang, file)?,
    };
    let path = match user_db_path {
        Some(path) => path.to_path_buf(),
        None => user_db::default_path()?,
    };
    let host = LocalHost::new(HostConfig {
        bind: SocketAddr::new(args.bind, args.port),
        fall_back_to_any_port: false,
        student_page_dir: args.student_page.clone(),
        teacher_origins: Vec::new(),
    });
    let app = Cronica::new(crate::content_db(data)?, user_db::open(&path, Access::Write)?, Vec::new()).with_classroom_host(Box::new(host));
    host_and_run(&app, game, &args, &path)
}

fn host_and_run(app: &Cronica, game: PreparedGame, args: &ServeArgs, user_db: &Path) -> Result<(), String> {
    let (title, count, missing) = (game.title.clone(), game.questions.len(), game.missing);
    let hosted = app.host_prepared_game(args.lang, game, args.speed_bonus).map_err(|e| e.to_string())?;
    println!("{count} questions: {title}");
    if missing > 0 {
        println!("{missing} question(s) of the quiz no longer exist and are skipped");
    }
    for address in &hosted.join {
        println!("Students join at {}", address.url);
    }
    println!("PIN {}", hosted.pin);
    println!("Teacher (this machine only): {}", hosted.teacher_socket);
    println!("Type: start, next, reveal, end (or s, n, r, e); kick <player id>");
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(|e| e.to_string())?;
    let played = runtime.block_on(drive(&hosted.teacher_socket));
    app.stop_live_game().map_err(|e| e.to_string())?;
    played?;
    println!("Game saved in {}", user_db.display());
    if let Some(path) = &args.results {
        match app.live_game_csv(hosted.game_id) {
            Ok(csv) => {
                std::fs::write(path, &csv).map_err(|e| format!("{}: {e}", path.display()))?;
                println!("Results written to {}", path.display());
            }
            Err(e) if e.kind() == cronica_core::ErrorKind::NotFound => {
                // Nobody joined, so nothing was kept; the file still has its header, for scripts that read it.
                let empty = cronica_core::live::results_csv(&[]).map_err(|e| e.to_string())?;
                std::fs::write(path, empty).map_err(|e| format!("{}: {e}", path.display()))?;
                println!("Nobody joined; {} holds only the header", path.display());
            }
            Err(e) => return Err(e.to_string()),
        }
    }
    Ok(())
}

/// Relays the terminal's commands to the teacher socket and prints what the game reports, until it finishes.
async fn drive(teacher_socket: &str) -> Result<(), String> {
    let (socket, _) = tokio_tungstenite::connect_async(teacher_socket).await.map_err(|e| format!("teacher socket: {e}"))?;
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
    Ok(())
}
