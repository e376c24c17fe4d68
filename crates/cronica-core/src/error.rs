//! The one error type of the core crate, and the kinds the UI branches on.

use std::path::PathBuf;

use serde::Serialize;
use ts_rs::TS;

use crate::base::{Diagnostic, ItemKind};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("the content has {} error(s):\n{}", .0.len(), format_diagnostics(.0))]
    InvalidContent(Vec<Diagnostic>),
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A file this process may read but not write (the user database, or one of its sidecars).
    #[error("{}: cannot be written", .path.display())]
    ReadOnly { path: PathBuf },
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("database migration failed: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("the content database has schema version {found}, this build reads version {expected}")]
    ContentSchema { found: i64, expected: i64 },
    #[error("no {kind} with id '{id}'")]
    NotFound { kind: NotFoundKind, id: String },
    #[error("invalid input: {0}")]
    InvalidInput(String),
    #[error("stored data is malformed: {0}")]
    Corrupt(String),
    #[error("settings could not be saved: {0}")]
    Settings(String),
    #[error("live game: {0}")]
    Hosting(String),
    /// The system browser could not be started for an address.
    #[error("the browser could not open {url}: {reason}")]
    Browser { url: String, reason: String },
    /// The print window or the system print dialog could not be opened.
    #[error("the worksheet could not be printed: {0}")]
    Print(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What could not be found: a content item, or a piece of learner data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotFoundKind {
    Item(ItemKind),
    Section,
    QuizAttempt,
    ReviewSession,
    TeacherQuiz,
    LiveGame,
}

impl std::fmt::Display for NotFoundKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NotFoundKind::Item(kind) => kind.fmt(f),
            NotFoundKind::Section => f.write_str("section"),
            NotFoundKind::QuizAttempt => f.write_str("quiz attempt"),
            NotFoundKind::ReviewSession => f.write_str("review session"),
            NotFoundKind::TeacherQuiz => f.write_str("teacher quiz"),
            NotFoundKind::LiveGame => f.write_str("live game"),
        }
    }
}

/// The kind of a failure, for the UI to choose its text; the message is for the details.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ErrorKind {
    InvalidContent,
    Io,
    Database,
    NotFound,
    InvalidInput,
    Corrupt,
    Settings,
    Hosting,
    Browser,
    Print,
    Internal,
}

impl Error {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io { path: path.into(), source }
    }

    pub(crate) fn not_found(kind: ItemKind, id: impl Into<String>) -> Self {
        Error::NotFound { kind: NotFoundKind::Item(kind), id: id.into() }
    }

    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::InvalidContent(_) => ErrorKind::InvalidContent,
            Error::Io { .. } | Error::ReadOnly { .. } => ErrorKind::Io,
            Error::Sqlite(_) | Error::Migration(_) | Error::ContentSchema { .. } => ErrorKind::Database,
            Error::NotFound { .. } => ErrorKind::NotFound,
            Error::InvalidInput(_) => ErrorKind::InvalidInput,
            Error::Corrupt(_) => ErrorKind::Corrupt,
            Error::Settings(_) => ErrorKind::Settings,
            Error::Hosting(_) => ErrorKind::Hosting,
            Error::Browser { .. } => ErrorKind::Browser,
            Error::Print(_) => ErrorKind::Print,
        }
    }
}

fn format_diagnostics(diagnostics: &[Diagnostic]) -> String {
    diagnostics.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n")
}
