//! The app's classroom host: runs one game at a time on its own small tokio runtime (created on the
//! first game, so an app that never hosts starts no threads), journaling to the user database, and
//! stops the server when the teacher ends hosting. Implements the core's [`ClassroomHost`] port.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

use cronica_core::live::{ClassroomHost, GameJournal, HostRequest, HostedGame, JoinAddress};
use cronica_core::Error as CoreError;

use crate::game::GameSettings;
use crate::journal_recorder::JournalRecorder;
use crate::question::GameQuestion;
use crate::server::{join_urls, ClassroomServer, RunningServer, ServerConfig};

/// Where the app's games listen and what they serve.
#[derive(Debug, Clone)]
pub struct HostConfig {
    /// `0.0.0.0:<port>` to reach phones on the school network; tests use `127.0.0.1:0`.
    pub bind: SocketAddr,
    /// If `bind`'s port is taken, listen on any free port instead.
    pub fall_back_to_any_port: bool,
    pub student_page_dir: Option<PathBuf>,
    /// Origins of the app's own window, allowed to open the teacher socket (on loopback, with the secret).
    pub teacher_origins: Vec<String>,
}

struct Hosting {
    server: RunningServer,
    game: HostedGame,
    journal: GameJournal,
}

pub struct LocalHost {
    config: HostConfig,
    runtime: OnceLock<tokio::runtime::Runtime>,
    hosting: Mutex<Option<Hosting>>,
}

fn failed(what: &str, error: impl std::fmt::Display) -> CoreError {
    CoreError::Hosting(format!("{what}: {error}"))
}

/// A QR code of `url` as an SVG document.
pub fn qr_svg(url: &str) -> Result<String, CoreError> {
    let code = qrcode::QrCode::new(url.as_bytes()).map_err(|e| failed("the QR code could not be made", e))?;
    Ok(code.render::<qrcode::render::svg::Color>().min_dimensions(256, 256).quiet_zone(true).build())
}

impl LocalHost {
    pub fn new(config: HostConfig) -> LocalHost {
        LocalHost { config, runtime: OnceLock::new(), hosting: Mutex::new(None) }
    }

    fn runtime(&self) -> Result<&tokio::runtime::Runtime, CoreError> {
        if let Some(runtime) = self.runtime.get() {
            return Ok(runtime);
        }
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("classroom")
            .enable_all()
            .build()
            .map_err(|e| failed("the classroom server could not start its threads", e))?;
        Ok(self.runtime.get_or_init(|| runtime))
    }

    fn hosting(&self) -> MutexGuard<'_, Option<Hosting>> {
        self.hosting.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    async fn start(&self, questions: Vec<GameQuestion>, speed_bonus: bool, journal: GameJournal) -> Result<RunningServer, CoreError> {
        let make = |bind: SocketAddr| {
            let recorder = Arc::new(JournalRecorder::new(journal.clone(), questions.clone()));
            let mut config = ServerConfig::new(bind, questions.clone(), recorder);
            config.settings = GameSettings { speed_bonus };
            config.student_page_dir.clone_from(&self.config.student_page_dir);
            config.teacher_origins.clone_from(&self.config.teacher_origins);
            if bind.ip().is_loopback() {
                config.public_url = Some(format!("http://{}:{}/", bind.ip(), bind.port()));
            }
            config
        };
        match ClassroomServer::start(make(self.config.bind)).await {
            Ok(server) => Ok(server),
            Err(crate::Error::Bind { .. }) if self.config.fall_back_to_any_port && self.config.bind.port() != 0 => {
                let any = SocketAddr::new(self.config.bind.ip(), 0);
                ClassroomServer::start(make(any)).await.map_err(|e| failed("the classroom server could not start", e))
            }
            Err(error) => Err(failed("the classroom server could not start", error)),
        }
    }

    fn join_addresses(&self, server: &RunningServer) -> Result<Vec<JoinAddress>, CoreError> {
        let address = server.local_addr();
        let urls = if self.config.bind.ip().is_loopback() || join_urls(address.port()).is_empty() {
            vec![format!("http://{}:{}/", if address.ip().is_unspecified() { "127.0.0.1".into() } else { address.ip().to_string() }, address.port())]
        } else {
            join_urls(address.port())
        };
        urls.into_iter().map(|url| Ok(JoinAddress { qr_svg: qr_svg(&url)?, url })).collect()
    }
}

impl ClassroomHost for LocalHost {
    fn host(&self, request: HostRequest) -> Result<HostedGame, CoreError> {
        let mut hosting = self.hosting();
        if hosting.is_some() {
            return Err(CoreError::Hosting("a game is already being hosted; end it first".into()));
        }
        let HostRequest { game, speed_bonus, journal, .. } = request;
        let question_count = game.questions.len() as i64;
        let questions: Vec<GameQuestion> = game.questions.into_iter().map(GameQuestion::from).collect();
        let runtime = self.runtime()?;
        let server = runtime.block_on(self.start(questions, speed_bonus, journal.clone()))?;
        let port = server.local_addr().port();
        let hosted = (|| {
            journal.hosted(server.pin())?;
            Ok::<_, CoreError>(HostedGame {
                game_id: journal.game_id(),
                title: game.title,
                pin: server.pin().to_owned(),
                join: self.join_addresses(&server)?,
                teacher_socket: format!("ws://127.0.0.1:{port}{}", server.teacher_path()),
                question_count,
                missing: game.missing as i64,
                speed_bonus,
            })
        })();
        match hosted {
            Ok(game) => {
                *hosting = Some(Hosting { server, game: game.clone(), journal });
                Ok(game)
            }
            Err(error) => {
                let _ = runtime.block_on(server.stop());
                Err(error)
            }
        }
    }

    fn current(&self) -> Option<HostedGame> {
        self.hosting().as_ref().map(|hosting| hosting.game.clone())
    }

    fn stop(&self) -> Result<Option<GameJournal>, CoreError> {
        let Some(hosting) = self.hosting().take() else { return Ok(None) };
        let runtime = self.runtime()?;
        runtime.block_on(hosting.server.stop()).map_err(|e| failed("the classroom server did not stop cleanly", e))?;
        Ok(Some(hosting.journal))
    }
}
