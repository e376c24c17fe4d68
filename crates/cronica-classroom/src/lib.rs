//! Crónica's live classroom quiz: a teacher hosts a game from the app (or a CLI) and students join from their phone
//! browsers on the school network. The pure game rules live in [`game`]; [`server`] puts them on HTTP and WebSockets.

pub mod csv;
pub mod error;
pub mod game;
pub mod host;
mod journal_recorder;
pub mod protocol;
pub mod question;
pub mod recorder;
mod secret;
pub mod server;

pub use error::{Error, RecorderFailure, Result};
pub use game::{Game, GamePhase, GameSettings, PlayerId};
pub use question::{GameOption, GameQuestion, GameQuestionKind};
pub use host::{qr_svg, HostConfig, LocalHost};
pub use journal_recorder::JournalRecorder;
pub use recorder::{AnswerRecord, GameInfo, GameRecorder, GameSummary, MemoryRecorder, PlayerInfo, Recorded};
pub use server::{join_urls, ClassroomServer, Limits, RunningServer, ServerConfig};
