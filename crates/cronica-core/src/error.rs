use std::path::PathBuf;

use crate::content::Diagnostic;

/// The one error type of the core crate.
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
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("database migration failed: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("the content database has schema version {found}, this build reads version {expected}")]
    ContentSchema { found: i64, expected: i64 },
    #[error("no {kind} with id '{id}'")]
    NotFound { kind: &'static str, id: String },
    #[error("invalid input: {0}")]
    InvalidInput(String),
    #[error("stored data is malformed: {0}")]
    Corrupt(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io { path: path.into(), source }
    }

    pub(crate) fn not_found(kind: &'static str, id: impl Into<String>) -> Self {
        Error::NotFound { kind, id: id.into() }
    }

    /// A short machine-readable name for the UI to branch on.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::InvalidContent(_) => "invalidContent",
            Error::Io { .. } => "io",
            Error::Sqlite(_) | Error::Migration(_) | Error::ContentSchema { .. } => "database",
            Error::NotFound { .. } => "notFound",
            Error::InvalidInput(_) => "invalidInput",
            Error::Corrupt(_) => "corrupt",
        }
    }
}

fn format_diagnostics(diagnostics: &[Diagnostic]) -> String {
    diagnostics.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n")
}
