//! The port through which the app hosts a live game: the core prepares the questions and the
//! journal, and a [`ClassroomHost`] (the classroom server, plugged in by the shell) puts them on
//! the network. Without a host, hosting is refused with a clear error.

use serde::Serialize;
use ts_rs::TS;

use super::journal::GameJournal;
use super::questions::{LiveSource, PreparedGame};
use super::store::AskedQuestion;
use crate::app::Cronica;
use crate::base::Lang;
use crate::error::{Error, Result};

/// What the host needs to run one game.
#[derive(Debug)]
pub struct HostRequest {
    pub lang: Lang,
    pub game: PreparedGame,
    pub speed_bonus: bool,
    pub journal: GameJournal,
}

/// Where students join and how the teacher's screen reaches the running game.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct HostedGame {
    pub game_id: i64,
    pub title: String,
    pub pin: String,
    /// One address per network interface of this machine, the likeliest first.
    pub join: Vec<JoinAddress>,
    /// The teacher's WebSocket (loopback only, with its secret).
    pub teacher_socket: String,
    pub question_count: i64,
    /// Items of the teacher's quiz skipped because their question no longer exists.
    pub missing: i64,
    pub speed_bonus: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct JoinAddress {
    pub url: String,
    /// A QR code of `url`, as an SVG document made on this machine.
    pub qr_svg: String,
}

/// Runs at most one game at a time on the network.
pub trait ClassroomHost: Send + Sync {
    /// Starts serving the game; refused while another game is hosted.
    fn host(&self, request: HostRequest) -> Result<HostedGame>;
    /// The game being hosted, if any.
    fn current(&self) -> Option<HostedGame>;
    /// Stops the server (closing every socket) and hands back the game's journal, if a game was hosted.
    fn stop(&self) -> Result<Option<GameJournal>>;
}

impl Cronica {
    fn classroom(&self) -> Result<&dyn ClassroomHost> {
        self.classroom_host.as_deref().ok_or_else(|| Error::Hosting("this build cannot host live games".into()))
    }

    /// Hosts a game of `source`'s questions on the network; every game, player and answer is written as it happens.
    pub fn host_live_game(&self, lang: Lang, source: &LiveSource, speed_bonus: bool) -> Result<HostedGame> {
        if self.classroom()?.current().is_some() {
            return Err(Error::Hosting("a game is already being hosted; end it first".into()));
        }
        let game = self.prepare_live_game(lang, source, fastrand::u64(..))?;
        self.host_prepared_game(lang, game, speed_bonus)
    }

    /// Hosts questions prepared elsewhere (`cronica serve --quiz` prepares a pack's without saving it).
    pub fn host_prepared_game(&self, lang: Lang, game: PreparedGame, speed_bonus: bool) -> Result<HostedGame> {
        let host = self.classroom()?;
        if host.current().is_some() {
            return Err(Error::Hosting("a game is already being hosted; end it first".into()));
        }
        let asked: Vec<AskedQuestion> = game.questions.iter().map(|q| AskedQuestion { id: q.id.clone(), prompt: q.prompt.clone() }).collect();
        let journal = GameJournal::open(self.shared_user(), &game.title, &asked, speed_bonus)?;
        let request = HostRequest { lang, game, speed_bonus, journal: journal.clone() };
        host.host(request).inspect_err(|_| {
            let _ = journal.close();
        })
    }

    pub fn hosted_live_game(&self) -> Option<HostedGame> {
        self.classroom_host.as_deref().and_then(ClassroomHost::current)
    }

    /// Ends hosting: the server stops listening; the game stays in the results if anyone joined.
    pub fn stop_live_game(&self) -> Result<()> {
        if let Some(journal) = self.classroom()?.stop()? {
            journal.close()?;
        }
        Ok(())
    }
}
