//! Content problems, each located as `file:line: field: message`.

use std::fmt;
use std::sync::Arc;

use serde::Serialize;

/// Where something was written: a file under `data/` and a 1-based line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Loc {
    pub file: Arc<str>,
    pub line: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in the content, printed as `file:line: field: message`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub file: Arc<str>,
    pub line: usize,
    pub field: String,
    pub message: String,
    pub severity: Severity,
}

impl Diagnostic {
    pub fn error(loc: &Loc, field: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic { file: loc.file.clone(), line: loc.line, field: field.into(), message: message.into(), severity: Severity::Error }
    }

    pub fn warning(loc: &Loc, field: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(loc, field, message) }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let prefix = if self.severity == Severity::Warning { "warning: " } else { "" };
        write!(f, "{}:{}: {}: {}{}", self.file, self.line, self.field, prefix, self.message)
    }
}

/// Maps byte offsets of one file to 1-based line numbers.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        LineIndex { starts }
    }

    pub fn line(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_one_based() {
        let index = LineIndex::new("a\nbc\n\nd");
        assert_eq!(index.line(0), 1);
        assert_eq!(index.line(2), 2);
        assert_eq!(index.line(3), 2);
        assert_eq!(index.line(5), 3);
        assert_eq!(index.line(6), 4);
    }

    #[test]
    fn displays_file_line_field_message() {
        let loc = Loc { file: "data/events/up.toml".into(), line: 12 };
        let d = Diagnostic::error(&loc, "event[2].era", "unknown era 'x'");
        assert_eq!(d.to_string(), "data/events/up.toml:12: event[2].era: unknown era 'x'");
    }
}
