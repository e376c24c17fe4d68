//! The one error type of the classroom crate: game rule refusals, server start-up failures and recorder failures.

use std::net::SocketAddr;

use crate::protocol::{AnswerRefusal, ErrorCode};

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Boxed error a [`crate::GameRecorder`] implementation returns (for example a database error).
pub type RecorderFailure = Box<dyn std::error::Error + Send + Sync>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("the game has no questions")]
    NoQuestions,
    #[error("question '{id}' is invalid: {problem}")]
    InvalidQuestion { id: String, problem: String },
    #[error("wrong PIN")]
    WrongPin,
    #[error("too many attempts, wait a minute")]
    TooManyAttempts,
    #[error("the nickname must have 1 to 20 characters and no control characters")]
    NicknameInvalid,
    #[error("that nickname is already taken")]
    NicknameTaken,
    #[error("unknown or expired rejoin token")]
    UnknownToken,
    #[error("no player with that id")]
    UnknownPlayer,
    #[error("this is not possible in the game's current phase")]
    WrongPhase,
    #[error("the game is over")]
    GameFinished,
    #[error("the answer arrived after the time limit")]
    TooLate,
    #[error("this question was already answered")]
    AlreadyAnswered,
    #[error("that question is not the open one")]
    WrongQuestion,
    #[error("the answer does not fit the question")]
    InvalidAnswer,
    #[error("the answer is too long (at most 200 characters, or 20 items)")]
    AnswerTooLong,
    #[error("the recorder failed: {0}")]
    Recorder(#[source] RecorderFailure),
    #[error("the system random source failed: {0}")]
    Random(String),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        #[source]
        source: std::io::Error,
    },
    #[error("I/O error: {0}")]
    Io(#[from] std::io::Error),
    #[error("CSV error: {0}")]
    Csv(#[from] csv::Error),
}

impl Error {
    /// How an answer refusal is told to the player, if this error is one.
    pub fn answer_refusal(&self) -> Option<AnswerRefusal> {
        match self {
            Error::TooLate => Some(AnswerRefusal::TooLate),
            Error::AlreadyAnswered => Some(AnswerRefusal::AlreadyAnswered),
            Error::WrongQuestion => Some(AnswerRefusal::WrongQuestion),
            Error::InvalidAnswer => Some(AnswerRefusal::InvalidAnswer),
            Error::AnswerTooLong => Some(AnswerRefusal::TooLong),
            Error::WrongPhase | Error::GameFinished => Some(AnswerRefusal::NotOpen),
            Error::Recorder(_) => Some(AnswerRefusal::NotSaved),
            _ => None,
        }
    }

    /// The code sent to a client in an `error` message.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::WrongPin => ErrorCode::WrongPin,
            Error::TooManyAttempts => ErrorCode::TooManyAttempts,
            Error::NicknameInvalid => ErrorCode::NicknameInvalid,
            Error::NicknameTaken => ErrorCode::NicknameTaken,
            Error::UnknownToken => ErrorCode::UnknownToken,
            Error::UnknownPlayer => ErrorCode::UnknownPlayer,
            Error::WrongPhase => ErrorCode::WrongPhase,
            Error::GameFinished => ErrorCode::GameFinished,
            // Answer refusals travel as `answerRefused` messages (see `answer_refusal`), not as error codes.
            Error::TooLate | Error::AlreadyAnswered | Error::WrongQuestion | Error::InvalidAnswer | Error::AnswerTooLong => {
                ErrorCode::WrongPhase
            }
            _ => ErrorCode::Internal,
        }
    }
}
