//! Live classroom games as the core sees them: the questions a game plays (built from a chapter or
//! a teacher's quiz), the journal that writes every game, player and answer to the user database as
//! it happens, the saved results and their CSV, and the port through which the shell hosts a game.
//! The network server itself lives in `cronica-classroom`; the core never opens a socket.

mod csv;
mod host;
mod journal;
mod questions;
mod results;
mod store;

pub use csv::{CSV_HEADER, match_answer_text, neutralise_formula, order_answer_text, results_csv};
pub use host::{ClassroomHost, HostRequest, HostedGame, JoinAddress};
pub use journal::{GameJournal, JournalAnswer};
pub use questions::{LiveOption, LiveQuestion, LiveQuestionKind, LiveSource, PreparedGame};
pub use results::{LiveGameResults, LiveGameSummary, LiveResultRow, LiveStanding};

#[cfg(test)]
mod tests;
