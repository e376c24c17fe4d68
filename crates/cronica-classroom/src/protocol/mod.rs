//! The JSON messages of the classroom sockets, in both directions, for players and for the teacher. Every message is an
//! object with a `type`; anything else (unknown type, missing or unknown field, wrong shape) fails to parse and gets an
//! `error` reply. `protocol.schema.json` beside Cargo.toml is generated from these types (see `tests/schema.rs`).

mod player;
mod teacher;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use player::{AnswerFields, AnswerKind, PlayerCommand, PlayerEvent, PublicOption, PublicQuestion};
pub use teacher::{TeacherCommand, TeacherEvent};

/// Why an answer was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum AnswerRefusal {
    /// Received after the question's deadline (by the server's clock) or after the reveal.
    TooLate,
    /// This player already answered this question.
    AlreadyAnswered,
    /// The answer names a question that is not the open one.
    WrongQuestion,
    /// An answer that does not fit the question: of another kind (a year for a choice question...), an unknown option, a
    /// year out of range, an order that does not list each item once, a match without one option for each item, a typed
    /// answer without a word, or not exactly one answer field.
    InvalidAnswer,
    /// Typed text over 200 characters, or an order or match answer with over 20 entries (or an id over 64 bytes).
    TooLong,
    /// No question is open (lobby or finished).
    NotOpen,
    /// The answer could not be saved; it was not counted.
    NotSaved,
}

/// What went wrong, in an `error` message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum ErrorCode {
    /// The message was not valid JSON or not a known message of this socket.
    Malformed,
    /// A message bigger than the frame limit; the socket is closed.
    TooLarge,
    /// Too many messages on this socket; a sustained flood closes it.
    RateLimited,
    /// Too many joins with a wrong PIN from this address; wait a minute.
    TooManyAttempts,
    WrongPin,
    NicknameInvalid,
    NicknameTaken,
    UnknownToken,
    UnknownPlayer,
    /// Join or rejoin first.
    NotJoined,
    /// This socket already has a player.
    AlreadyJoined,
    /// A teacher command sent on a player socket.
    NotAllowed,
    /// Not possible in the game's current phase.
    WrongPhase,
    GameFinished,
    /// The server failed (for example its recorder); nothing was changed.
    Internal,
}

/// The whole protocol, only to generate one schema document with all four directions.
#[derive(JsonSchema)]
#[schemars(title = "Crónica classroom protocol", rename_all = "camelCase")]
#[allow(dead_code)]
pub struct ClassroomProtocol {
    /// Messages a student's page sends on `/ws/player`.
    player_to_server: PlayerCommand,
    /// Messages the server sends on `/ws/player`.
    server_to_player: PlayerEvent,
    /// Messages the teacher sends on `/ws/teacher`.
    teacher_to_server: TeacherCommand,
    /// Messages the server sends on `/ws/teacher`.
    server_to_teacher: TeacherEvent,
}

/// The JSON schema of every message, pretty-printed, as checked in at `protocol.schema.json`.
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(ClassroomProtocol);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
