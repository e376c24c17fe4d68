//! The content compiler: `data/` (human-edited TOML) → checked model → SQLite content database.

mod bank_lint;
mod compile;
mod hosts;
mod load;
mod neutral_labels;
pub mod model;
pub mod practice;
pub mod prose;
mod reader;
mod search_index;
mod stats;
mod validate;

use std::path::Path;

pub use bank_lint::{BankFigures, bank_figures};
pub use compile::{CONTENT_SCHEMA_VERSION, write_into};
pub use model::Content;
pub use stats::{GeneratedStats, Stats};

use crate::base::Diagnostic;
use crate::error::{Error, Result};

/// Everything `cronica check` reports.
pub struct CheckReport {
    pub content: Content,
    pub diagnostics: Vec<Diagnostic>,
}

impl CheckReport {
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error())
    }

    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
    }
}

/// Reads and checks `data_dir`. Content problems come back as diagnostics, not as `Err`.
pub fn check_content(data_dir: &Path) -> Result<CheckReport> {
    if !data_dir.is_dir() {
        return Err(Error::io(data_dir, std::io::Error::new(std::io::ErrorKind::NotFound, "content folder not found")));
    }
    let (content, mut diagnostics) = load::load(data_dir)?;
    if !diagnostics.iter().any(|d| d.field == reader::TOML_SYNTAX_FIELD) {
        diagnostics.extend(validate::validate(&content));
        diagnostics.extend(hosts::check_hosts(&content));
        diagnostics.extend(bank_lint::check_bank(&content));
        diagnostics.extend(neutral_labels::check_neutral_labels(&content));
    }
    Ok(CheckReport { content, diagnostics })
}

/// The value a helper thread returned; its panic, if it panicked, carried on here.
fn joined<T>(handle: std::thread::ScopedJoinHandle<'_, T>) -> T {
    handle.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

/// Checks `data_dir` and, when it has no errors, writes the content database to `out`.
pub fn compile_content(data_dir: &Path, out: &Path) -> Result<Stats> {
    let report = check_content(data_dir)?;
    if report.has_errors() {
        return Err(Error::InvalidContent(report.errors().cloned().collect()));
    }
    compile::write_database(&report.content, out)
}
