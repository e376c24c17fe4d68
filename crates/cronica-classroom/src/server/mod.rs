//! The classroom server: axum on tokio, listening only while a game is hosted. `ClassroomServer::start` binds, spawns the
//! HTTP server and the question timer; `RunningServer::stop` closes every socket and the listener.

mod guard;
mod http;
mod hub;
mod player_socket;
mod teacher_socket;
mod timer;
mod urls;
mod wire;

use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;
use tokio::task::JoinHandle;

pub use http::CONTENT_SECURITY_POLICY;
pub use urls::{format_join_urls, join_urls};

use crate::error::{Error, Result};
use crate::game::{Game, GameSettings, QuestionTiming};
use crate::question::GameQuestion;
use crate::recorder::GameRecorder;
use hub::{Access, Hub};

/// How long `stop` waits for connections to close before dropping them.
const STOP_GRACE: Duration = Duration::from_secs(5);

/// Limits that keep one client from hurting the others.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest WebSocket frame or message accepted; bigger closes that socket.
    pub max_message_bytes: usize,
    pub messages_per_second: NonZeroU32,
    pub message_burst: NonZeroU32,
    /// Messages refused in a row (over the rate) before the socket is closed.
    pub flood_strikes: u32,
    /// Joins with a wrong PIN (or rejoins with an unknown token) per IP address per minute.
    pub wrong_pins_per_minute: NonZeroU32,
    /// Players shown on leaderboards and podiums.
    pub leaderboard_size: usize,
    /// Student sockets open at once; one more is refused with 503 before it is upgraded.
    pub max_player_sockets: usize,
    /// A student socket that has not joined (or rejoined) within this time is closed.
    pub join_timeout: Duration,
}

const fn at_least_one(value: u32) -> NonZeroU32 {
    match NonZeroU32::new(value) {
        Some(value) => value,
        None => NonZeroU32::MIN,
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_message_bytes: 4096,
            messages_per_second: at_least_one(10),
            message_burst: at_least_one(20),
            flood_strikes: 20,
            wrong_pins_per_minute: at_least_one(5),
            leaderboard_size: 10,
            max_player_sockets: 3000,
            join_timeout: Duration::from_secs(60),
        }
    }
}

pub struct ServerConfig {
    /// Where to listen; tests use 127.0.0.1:0 and read the port back.
    pub bind: SocketAddr,
    pub questions: Vec<GameQuestion>,
    pub settings: GameSettings,
    pub recorder: Arc<dyn GameRecorder>,
    /// The built student page (index.html and its files); a placeholder page is served when absent.
    pub student_page_dir: Option<PathBuf>,
    /// The address students open (and the QR code encodes); by default the first of [`join_urls`], else localhost.
    pub public_url: Option<String>,
    /// Origins besides the served page's own that may open the teacher socket (the app's webview, e.g.
    /// `tauri://localhost`); the loopback and secret checks still apply.
    pub teacher_origins: Vec<String>,
    pub limits: Limits,
}

impl ServerConfig {
    pub fn new(bind: SocketAddr, questions: Vec<GameQuestion>, recorder: Arc<dyn GameRecorder>) -> ServerConfig {
        ServerConfig {
            bind,
            questions,
            settings: GameSettings::default(),
            recorder,
            student_page_dir: None,
            public_url: None,
            teacher_origins: Vec::new(),
            limits: Limits::default(),
        }
    }
}

pub struct ClassroomServer;

impl ClassroomServer {
    /// Creates the game, binds, and serves until [`RunningServer::stop`].
    pub async fn start(config: ServerConfig) -> Result<RunningServer> {
        let game = Game::new(config.questions, config.settings)?;
        let pin = game.pin().to_owned();
        let listener = tokio::net::TcpListener::bind(config.bind).await.map_err(|source| Error::Bind { addr: config.bind, source })?;
        let local_addr = listener.local_addr()?;
        let join_url = config
            .public_url
            .or_else(|| join_urls(local_addr.port()).into_iter().next())
            .unwrap_or_else(|| format!("http://localhost:{}/", local_addr.port()));
        let teacher_secret = crate::secret::random_hex_128()?;
        let (stop_sender, stop_receiver) = watch::channel(false);
        let access = Access { teacher_secret: teacher_secret.clone(), teacher_origins: config.teacher_origins, join_url: join_url.clone() };
        let hub = Arc::new(Hub::new(game, config.recorder, stop_receiver.clone(), access, config.limits));
        let app = http::router(Arc::clone(&hub), config.student_page_dir).into_make_service_with_connect_info::<SocketAddr>();
        let mut stop_signal = stop_receiver;
        let serve = tokio::spawn(async move {
            axum::serve(listener, app)
                .with_graceful_shutdown(async move {
                    let _ = stop_signal.wait_for(|stop| *stop).await;
                })
                .await
        });
        let timer = tokio::spawn(timer::run(Arc::clone(&hub)));
        Ok(RunningServer { local_addr, pin, teacher_secret, join_url, hub, stop_sender, serve, timer })
    }
}

pub struct RunningServer {
    local_addr: SocketAddr,
    pin: String,
    teacher_secret: String,
    join_url: String,
    hub: Arc<Hub>,
    stop_sender: watch::Sender<bool>,
    serve: JoinHandle<std::io::Result<()>>,
    timer: JoinHandle<()>,
}

impl RunningServer {
    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    pub fn pin(&self) -> &str {
        &self.pin
    }

    /// Goes in the `teacher_secret` query parameter of `/ws/teacher` and `/results.csv`.
    pub fn teacher_secret(&self) -> &str {
        &self.teacher_secret
    }

    pub fn join_url(&self) -> &str {
        &self.join_url
    }

    /// Path and query of the teacher socket.
    pub fn teacher_path(&self) -> String {
        format!("/ws/teacher?teacher_secret={}", self.teacher_secret)
    }

    /// When each question opened, was due and closed.
    pub async fn question_timings(&self) -> Vec<QuestionTiming> {
        self.hub.room.lock().await.game.timings().to_vec()
    }

    pub async fn results_csv(&self) -> Result<String> {
        let rows = self.hub.room.lock().await.game.result_rows();
        crate::csv::results_csv(&rows)
    }

    /// Closes every socket and the listener; returns once the port is closed.
    pub async fn stop(self) -> Result<()> {
        self.stop_sender.send_replace(true);
        let mut serve = self.serve;
        let outcome = tokio::time::timeout(STOP_GRACE, &mut serve).await;
        if outcome.is_err() {
            serve.abort();
            let _ = serve.await;
        }
        let _ = self.timer.await;
        match outcome {
            Ok(Ok(result)) => result.map_err(Error::Io),
            _ => Ok(()),
        }
    }
}
