//! Load client for the classroom server: N simulated students on 127.0.0.1 play a game of 10 questions, each answering
//! at a random moment of the window, with the client as teacher. Reports join success, question fan-out and answer-ack
//! latency, lost or duplicated answers (recorder vs acknowledgements), peak memory, CPU time and timer drift.
//! `cargo run --release -p cronica-classroom --bin classroom-load -- --players 200 --window-ms 2000`
//! With `--journal FILE` the server writes every player and answer to a user database there, as the app does, and each
//! answer is acknowledged only after its transaction committed.

#[path = "classroom_load/args.rs"]
mod args;
#[path = "classroom_load/clients.rs"]
mod clients;
#[path = "classroom_load/stats.rs"]
mod stats;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::{Duration, Instant};

use cronica_classroom::game::ClosedBy;
use cronica_classroom::{
    AnswerRecord, ClassroomServer, GameInfo, GameOption, GameQuestion, GameQuestionKind, GameRecorder, GameSummary, JournalRecorder,
    MemoryRecorder, PlayerId, PlayerInfo, RecorderFailure, RunningServer, ServerConfig,
};
use cronica_core::live::GameJournal;
use stats::{format_percentiles, Shared};

/// Time given to each question beyond the answering window, so answers sent at the window's end still count.
const DEADLINE_MARGIN_MS: u64 = 1000;

fn questions(count: usize, window_ms: u64) -> Vec<GameQuestion> {
    (0..count)
        .map(|index| GameQuestion {
            id: format!("q{index}"),
            prompt: format!("Pregunta de carga {index}"),
            kind: GameQuestionKind::Choice {
                options: ["a", "b", "c", "d"].iter().map(|id| GameOption { id: (*id).into(), text: id.to_uppercase() }).collect(),
                correct: "a".into(),
            },
            time_limit_ms: window_ms + DEADLINE_MARGIN_MS,
            points: 1000,
            explanation: String::new(),
            source: None,
        })
        .collect()
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let args = match args::parse(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(message) => {
            eprintln!("{message}");
            std::process::exit(2);
        }
    };
    let needed_files = (args.players as u64) * 2 + 64;
    if let Some(limit) = stats::open_files_limit().filter(|limit| *limit < needed_files) {
        eprintln!("warning: the open-file limit is {limit}, this run needs about {needed_files}: raise it with `ulimit -n {needed_files}`");
    }
    let question_wait = Duration::from_millis(args.window_ms + DEADLINE_MARGIN_MS) + Duration::from_secs(10);
    let total_budget = question_wait * args.questions as u32 + Duration::from_secs(120);
    match tokio::time::timeout(total_budget, run(args, question_wait)).await {
        Ok(Ok(())) => {}
        Ok(Err(message)) => {
            eprintln!("load run failed: {message}");
            std::process::exit(1);
        }
        Err(_) => {
            eprintln!("load run did not finish within {total_budget:?}");
            std::process::exit(1);
        }
    }
}

/// Writes to the journal first and, once that succeeded, keeps a copy in memory for the lost/duplicate comparison.
struct JournalThenMemory {
    journal: JournalRecorder,
    memory: Arc<MemoryRecorder>,
}

impl GameRecorder for JournalThenMemory {
    fn game_started(&self, game: &GameInfo) -> Result<(), RecorderFailure> {
        self.journal.game_started(game)?;
        self.memory.game_started(game)
    }
    fn player_joined(&self, player: &PlayerInfo) -> Result<(), RecorderFailure> {
        self.journal.player_joined(player)?;
        self.memory.player_joined(player)
    }
    fn answer_recorded(&self, answer: &AnswerRecord) -> Result<(), RecorderFailure> {
        self.journal.answer_recorded(answer)?;
        self.memory.answer_recorded(answer)
    }
    fn game_finished(&self, summary: &GameSummary) -> Result<(), RecorderFailure> {
        self.journal.game_finished(summary)?;
        self.memory.game_finished(summary)
    }
    fn question_opened(&self, question_id: &str, index: usize) -> Result<(), RecorderFailure> {
        self.journal.question_opened(question_id, index)
    }
    fn player_removed(&self, player_id: PlayerId) -> Result<(), RecorderFailure> {
        self.journal.player_removed(player_id)
    }
}

/// The recorder for this run, and the journal when it writes to a user database.
fn recorder(args: &args::Args, memory: &Arc<MemoryRecorder>) -> Result<(Arc<dyn GameRecorder>, Option<GameJournal>), String> {
    let Some(path) = &args.journal else { return Ok((memory.clone(), None)) };
    let user = cronica_core::UserDb::open(path).map_err(|error| format!("{}: {error}", path.display()))?.db;
    let asked = questions(args.questions, args.window_ms).into_iter().map(|q| (q.id, q.prompt));
    let journal = GameJournal::standalone(user, "Carga", asked, true).map_err(|error| error.to_string())?;
    let journal_recorder = JournalRecorder::new(journal.clone(), questions(args.questions, args.window_ms));
    Ok((Arc::new(JournalThenMemory { journal: journal_recorder, memory: memory.clone() }), Some(journal)))
}

async fn run(args: args::Args, question_wait: Duration) -> Result<(), String> {
    let memory = Arc::new(MemoryRecorder::new());
    let (recorder, journal) = recorder(&args, &memory)?;
    let (server, addr, teacher_path): (Option<RunningServer>, _, _) = match &args.external {
        Some((addr, secret)) => (None, *addr, format!("/ws/teacher?teacher_secret={secret}")),
        None => {
            let mut config = ServerConfig::new(
                "127.0.0.1:0".parse().map_err(|_| "bad address")?,
                questions(args.questions, args.window_ms),
                recorder,
            );
            config.public_url = Some("http://127.0.0.1/".into());
            let server = ClassroomServer::start(config).await.map_err(|error| error.to_string())?;
            let addr = server.local_addr();
            let path = server.teacher_path();
            (Some(server), addr, path)
        }
    };
    let mut teacher_socket = clients::open(addr, &teacher_path).await.ok_or("cannot open the teacher socket")?;
    let pin = clients::pin(&mut teacher_socket).await.ok_or("no PIN from the teacher socket")?;
    let shared = Arc::new(Shared::default());
    let started = Instant::now();
    let teacher = tokio::spawn(clients::teacher(
        teacher_socket,
        args.players,
        args.questions,
        question_wait,
        Duration::from_secs(60),
        shared.clone(),
    ));

    let gate = Arc::new(tokio::sync::Semaphore::new(args.join_concurrency));
    let mut players = Vec::with_capacity(args.players);
    for number in 0..args.players {
        let permit = gate.clone().acquire_owned().await.map_err(|_| "semaphore closed")?;
        let (pin, shared) = (pin.clone(), shared.clone());
        let plan = clients::PlayerPlan { addr, pin, nickname: format!("Jugador {number}"), window_ms: args.window_ms, idle: question_wait };
        players.push(tokio::spawn(clients::player(plan, permit, shared)));
    }
    let join_time = started.elapsed();
    let teacher_outcome = teacher.await.map_err(|error| error.to_string())?;
    for player in players {
        let _ = player.await;
    }
    let elapsed = started.elapsed();
    let timings = match &server {
        Some(server) => server.question_timings().await,
        None => Vec::new(),
    };
    if let Some(server) = server {
        server.stop().await.map_err(|error| error.to_string())?;
    }
    report(&args, &shared, &memory, &timings, join_time, elapsed);
    if let Some(journal) = journal {
        let written = journal.answers_written().map_err(|error| error.to_string())?;
        println!("user database holds {written} answers of this game ({})", args.journal.as_deref().map_or_else(String::new, |p| p.display().to_string()));
    }
    teacher_outcome
}

fn report(
    args: &args::Args,
    shared: &Shared,
    recorder: &MemoryRecorder,
    timings: &[cronica_classroom::game::QuestionTiming],
    join_time: Duration,
    elapsed: Duration,
) {
    let m = shared.measurements.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    println!(
        "players {}  questions {}  window {} ms  wall {:.1} s (joins dispatched in {:.1} s)",
        args.players,
        args.questions,
        args.window_ms,
        elapsed.as_secs_f64(),
        join_time.as_secs_f64()
    );
    println!("joined {} / {} (failed {})", m.joined, args.players, m.join_failed);
    println!("question fan-out: {}", format_percentiles(&m.fanout));
    println!("answer ack:       {}", format_percentiles(&m.ack));
    let mut refused: HashMap<&str, usize> = HashMap::new();
    m.refused.iter().for_each(|reason| *refused.entry(reason.as_str()).or_default() += 1);
    println!(
        "answers acknowledged {} (expected {}), refused {:?}, results received {}, podiums {}",
        m.accepted.len(),
        m.joined * args.questions,
        refused,
        m.results,
        m.podiums
    );
    if args.external.is_none() {
        let recorded = recorder.snapshot();
        let recorded_keys: Vec<(u64, String)> =
            recorded.answers.iter().map(|a| (u64::from(a.player_id.0), a.question_id.clone())).collect();
        let recorded_set: HashSet<&(u64, String)> = recorded_keys.iter().collect();
        let acknowledged_set: HashSet<&(u64, String)> = m.accepted.iter().collect();
        let lost = acknowledged_set.difference(&recorded_set).count();
        let duplicated = recorded_keys.len() - recorded_set.len() + (m.accepted.len() - acknowledged_set.len());
        let unacknowledged = recorded_set.difference(&acknowledged_set).count();
        println!("recorder holds {} answers: lost (acknowledged, not recorded) {lost}, duplicated {duplicated}, recorded but not acknowledged {unacknowledged}", recorded_keys.len());
        let drifts: Vec<Duration> = timings
            .iter()
            .filter_map(|timing| match timing.closed {
                Some((closed_at, ClosedBy::Timer)) => Some(closed_at.saturating_duration_since(timing.deadline)),
                _ => None,
            })
            .collect();
        println!("timer drift (close - deadline): {}", format_percentiles(&drifts));
    } else {
        println!("recorder comparison and timer drift: not available against an external server");
    }
    let rss = stats::peak_rss_mib().map_or("?".into(), |mib| format!("{mib:.1} MiB"));
    let cpu = stats::cpu_seconds().map_or("?".into(), |(user, system)| format!("user {user:.2} s, system {system:.2} s"));
    println!("process (server + all clients): peak RSS {rss}, CPU {cpu}");
}
