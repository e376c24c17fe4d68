//! What stopped the app before its main window could open, classified so that a small error
//! window can say in the learner's language what is wrong and what to do, with the path at fault
//! and the details to copy. The rules live here, tested, so the desktop shell stays thin.

use std::fmt::Display;
use std::path::{Path, PathBuf};

use serde::Serialize;
use ts_rs::TS;

use crate::base::Lang;
use crate::error::Error;

/// The page the error window shows, among the app's own pages.
pub const STARTUP_ERROR_PAGE: &str = "startup-error.html";

/// Details longer than this are cut: the page's address carries them.
const DETAIL_LIMIT: usize = 2000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum StartupProblem {
    /// The content database is not where the app looks for it: reinstall.
    ContentMissing,
    /// The content database is there but cannot be read (damaged, truncated, no permission).
    ContentUnreadable,
    /// The content database was made for another version of the app: reinstall.
    ContentOutdated,
    /// The folder for the learner's data cannot be found or made: free space, fix permissions.
    AppDataUnusable,
    /// Anything else that stopped the start-up.
    Internal,
}

impl StartupProblem {
    pub fn code(self) -> &'static str {
        match self {
            StartupProblem::ContentMissing => "contentMissing",
            StartupProblem::ContentUnreadable => "contentUnreadable",
            StartupProblem::ContentOutdated => "contentOutdated",
            StartupProblem::AppDataUnusable => "appDataUnusable",
            StartupProblem::Internal => "internal",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartupFailure {
    pub problem: StartupProblem,
    /// The file or folder at fault, when there is one.
    pub path: Option<PathBuf>,
    /// The error as the program saw it, for the learner to copy into a report.
    pub detail: String,
}

impl StartupFailure {
    /// The content database at `path` could not be opened.
    pub fn content(path: &Path, error: &Error) -> StartupFailure {
        let problem = match error {
            Error::ContentSchema { .. } => StartupProblem::ContentOutdated,
            Error::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound => StartupProblem::ContentMissing,
            _ if !path.exists() => StartupProblem::ContentMissing,
            _ => StartupProblem::ContentUnreadable,
        };
        StartupFailure::new(problem, Some(path), error)
    }

    /// The app-data folder (at `path`, if it could even be named) cannot be used.
    pub fn app_data(path: Option<&Path>, error: impl Display) -> StartupFailure {
        StartupFailure::new(StartupProblem::AppDataUnusable, path, error)
    }

    pub fn internal(error: impl Display) -> StartupFailure {
        StartupFailure::new(StartupProblem::Internal, None, error)
    }

    fn new(problem: StartupProblem, path: Option<&Path>, error: impl Display) -> StartupFailure {
        let detail = error.to_string();
        let detail = match detail.char_indices().nth(DETAIL_LIMIT) {
            Some((cut, _)) => format!("{}…", &detail[..cut]),
            None => detail,
        };
        StartupFailure { problem, path: path.map(Path::to_owned), detail }
    }

    /// The error page's address relative to the app's pages, everything it shows in its query:
    /// `startup-error.html?problem=…&lang=…&path=…&detail=…`.
    pub fn page(&self, lang: Lang) -> String {
        let mut query = vec![("problem", self.problem.code().to_owned()), ("lang", lang.code().to_owned())];
        if let Some(path) = &self.path {
            query.push(("path", path.display().to_string()));
        }
        query.push(("detail", self.detail.clone()));
        let query: Vec<String> = query.iter().map(|(k, v)| format!("{k}={}", percent_encode(v))).collect();
        format!("{STARTUP_ERROR_PAGE}?{}", query.join("&"))
    }
}

impl Display for StartupFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.path {
            Some(path) => write!(f, "{}: {}: {}", self.problem.code(), path.display(), self.detail),
            None => write!(f, "{}: {}", self.problem.code(), self.detail),
        }
    }
}

fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The learner's language as the system states it, read through `var` (the environment):
/// `LANGUAGE`'s list first (GNU gettext's order, ignored under the C locale), then `LC_ALL`,
/// `LC_MESSAGES` and `LANG`; Spanish when none names Spanish or English.
pub fn system_lang(var: impl Fn(&str) -> Option<String>) -> Lang {
    let set = |name: &str| var(name).filter(|v| !v.trim().is_empty());
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].iter().find_map(|name| set(name));
    let c_locale = matches!(locale.as_deref(), Some("C" | "POSIX") | None) || locale.as_deref().is_some_and(|l| l.starts_with("C."));
    if !c_locale && let Some(lang) = set("LANGUAGE").and_then(|list| list.split(':').find_map(lang_of_locale)) {
        return lang;
    }
    locale.as_deref().and_then(lang_of_locale).unwrap_or(Lang::Es)
}

/// `es_CL.UTF-8` → Spanish, `en` → English, anything else → none.
fn lang_of_locale(locale: &str) -> Option<Lang> {
    let code = locale.split(['_', '.', '@', '-']).next()?;
    Lang::parse(&code.to_ascii_lowercase())
}

#[cfg(test)]
mod tests;
