//! Reads TOML with byte spans so that every problem is reported with its file, line and field
//! path, and collects all problems of a file instead of stopping at the first.

use std::cell::RefCell;
use std::collections::HashSet;
use std::ops::Range;
use std::sync::Arc;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::base::diagnostic::LineIndex;
use crate::base::{Diagnostic, HistDate, Loc, Localized};

/// The field name of syntax errors; while any exist, cross-references are not checked because
/// every item of the broken file would show up as "unknown".
pub const TOML_SYNTAX_FIELD: &str = "toml";

/// A value with the place it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct At<T> {
    pub value: T,
    pub loc: Loc,
    /// The field path, e.g. `event[3].figures[1]`.
    pub field: String,
}

/// One parsed file and the diagnostics found while reading it.
pub(crate) struct FileReader<'s> {
    pub file: Arc<str>,
    pub source: &'s str,
    lines: LineIndex,
    pub diagnostics: RefCell<Vec<Diagnostic>>,
}

impl<'s> FileReader<'s> {
    pub fn new(file: Arc<str>, source: &'s str) -> Self {
        FileReader { file, source, lines: LineIndex::new(source), diagnostics: RefCell::new(Vec::new()) }
    }

    pub fn loc(&self, span: &Range<usize>) -> Loc {
        Loc { file: self.file.clone(), line: self.lines.line(span.start) }
    }

    pub fn error(&self, span: &Range<usize>, field: &str, message: impl Into<String>) {
        let loc = self.loc(span);
        self.diagnostics.borrow_mut().push(Diagnostic::error(&loc, field, message));
    }

    /// Parses the whole document; syntax errors are reported and yield `None`.
    pub fn parse(&self) -> Option<Spanned<DeTable<'s>>> {
        match DeTable::parse(self.source) {
            Ok(table) => Some(table),
            Err(e) => {
                let span = e.span().unwrap_or(0..0);
                self.error(&span, TOML_SYNTAX_FIELD, format!("invalid TOML: {}", e.message().trim()));
                None
            }
        }
    }

    pub fn root<'t>(&'t self, table: &'t Spanned<DeTable<'s>>) -> Obj<'t, 's> {
        Obj { reader: self, table: table.get_ref(), span: table.span(), path: String::new(), seen: RefCell::default() }
    }
}

/// A TOML table being read field by field. Fields never asked for are reported as unknown by
/// [`Obj::finish`], which catches typos such as `titel.es`.
pub(crate) struct Obj<'t, 's> {
    reader: &'t FileReader<'s>,
    table: &'t DeTable<'s>,
    span: Range<usize>,
    path: String,
    seen: RefCell<HashSet<String>>,
}

impl<'t, 's> Obj<'t, 's> {
    pub fn loc(&self) -> Loc {
        self.reader.loc(&self.span)
    }

    fn field_path(&self, key: &str) -> String {
        if self.path.is_empty() { key.to_string() } else { format!("{}.{key}", self.path) }
    }

    pub fn error(&self, key: &str, message: impl Into<String>) {
        let span = self.table.get(key).map(|v| v.span()).unwrap_or_else(|| self.span.clone());
        self.reader.error(&span, &self.field_path(key), message);
    }

    fn get(&self, key: &str) -> Option<&'t Spanned<DeValue<'s>>> {
        self.seen.borrow_mut().insert(key.to_string());
        self.table.get(key)
    }

    fn at<T>(&self, key: &str, span: &Range<usize>, value: T) -> At<T> {
        At { value, loc: self.reader.loc(span), field: self.field_path(key) }
    }

    fn wrong_type(&self, key: &str, value: &Spanned<DeValue<'s>>, expected: &str) {
        let found = value.get_ref().type_str();
        self.reader.error(&value.span(), &self.field_path(key), format!("expected {expected}, found {found}"));
    }

    /// The raw string at `key`, without reporting anything (used to name broken items).
    pub fn peek_str(&self, key: &str) -> Option<String> {
        self.table.get(key).and_then(|v| v.get_ref().as_str()).map(|s| s.trim().to_string())
    }

    pub fn has(&self, key: &str) -> bool {
        self.table.contains_key(key)
    }

    /// Reports `key` with `message` if it is written (a field this kind of item must not have);
    /// it is then not reported again as unknown.
    pub fn refuse(&self, key: &str, message: impl Into<String>) {
        if self.get(key).is_some() {
            self.error(key, message);
        }
    }

    pub fn opt_str(&self, key: &str) -> Option<At<String>> {
        let value = self.get(key)?;
        match value.get_ref().as_str() {
            Some(s) if s.trim().is_empty() => {
                self.error(key, "must not be empty");
                None
            }
            Some(s) => Some(self.at(key, &value.span(), s.trim().to_string())),
            None => {
                self.wrong_type(key, value, "a string");
                None
            }
        }
    }

    pub fn str(&self, key: &str) -> Option<At<String>> {
        if !self.has(key) {
            self.error(key, "missing required field");
        }
        self.opt_str(key)
    }

    /// A slug id: lowercase ASCII letters, digits and single hyphens.
    pub fn id(&self, key: &str) -> Option<At<String>> {
        let id = self.str(key)?;
        if !is_slug(&id.value) {
            self.error(key, format!("'{}' is not a valid id (use a-z, 0-9 and single hyphens)", id.value));
            return None;
        }
        Some(id)
    }

    pub fn opt_int(&self, key: &str) -> Option<At<i64>> {
        let value = self.get(key)?;
        match value.get_ref().as_integer().and_then(|i| i64::from_str_radix(i.as_str(), i.radix()).ok()) {
            Some(n) => Some(self.at(key, &value.span(), n)),
            None => {
                self.wrong_type(key, value, "an integer");
                None
            }
        }
    }

    /// A number such as `0.3` (an integer is accepted too); shares must lie in 0–1.
    pub fn opt_float(&self, key: &str) -> Option<At<f64>> {
        let n = self.opt_number(key)?;
        if (0.0..=1.0).contains(&n.value) {
            Some(n)
        } else {
            self.error(key, format!("{} is not a share between 0 and 1", n.value));
            None
        }
    }

    /// Any finite number (an integer is accepted too).
    pub fn opt_number(&self, key: &str) -> Option<At<f64>> {
        let value = self.get(key)?;
        let parsed = match value.get_ref() {
            DeValue::Float(f) => f.as_str().parse::<f64>().ok().filter(|n| n.is_finite()),
            DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix()).ok().map(|n| n as f64),
            _ => None,
        };
        match parsed {
            Some(n) => Some(self.at(key, &value.span(), n)),
            None => {
                self.wrong_type(key, value, "a number");
                None
            }
        }
    }

    /// The field path of this table, e.g. `election[0].ballot[1]`.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// [`Obj::localized`] for a field that may be left out.
    pub fn opt_localized(&self, key: &str) -> Option<Localized> {
        if self.has(key) { self.localized(key) } else { None }
    }

    pub fn opt_bool(&self, key: &str) -> Option<At<bool>> {
        let value = self.get(key)?;
        match value.get_ref().as_bool() {
            Some(b) => Some(self.at(key, &value.span(), b)),
            None => {
                self.wrong_type(key, value, "true or false");
                None
            }
        }
    }

    pub fn opt_date(&self, key: &str) -> Option<At<HistDate>> {
        let text = self.opt_str(key)?;
        match HistDate::parse(&text.value) {
            Ok(date) => Some(At { value: date, loc: text.loc, field: text.field }),
            Err(message) => {
                self.error(key, message);
                None
            }
        }
    }

    pub fn date(&self, key: &str) -> Option<At<HistDate>> {
        if !self.has(key) {
            self.error(key, "missing required field");
        }
        self.opt_date(key)
    }

    /// A `{ es, en }` text; both languages must be present and non-empty.
    pub fn localized(&self, key: &str) -> Option<Localized> {
        let Some(value) = self.get(key) else {
            self.error(key, "missing required field (needs .es and .en)");
            return None;
        };
        let Some(table) = value.get_ref().as_table() else {
            self.wrong_type(key, value, "a table with es and en");
            return None;
        };
        let inner = self.child(key, table, value.span());
        let es = inner.str("es");
        let en = inner.str("en");
        inner.finish();
        Some(Localized { es: es?.value, en: en?.value })
    }

    /// Like [`Obj::localized`] but also returns where the text starts, for prose.
    pub fn localized_at(&self, key: &str) -> Option<(At<String>, At<String>)> {
        let value = self.get(key)?;
        let table = value.get_ref().as_table()?;
        let inner = self.child(key, table, value.span());
        let raw = |lang: &str| -> Option<At<String>> {
            let v = table.get(lang)?;
            let text = v.get_ref().as_str()?;
            // A multi-line string's text starts on the line after its opening quotes.
            let opening = &self.reader.source[v.span()];
            let skip = usize::from(opening.starts_with("\"\"\"\n") || opening.starts_with("'''\n"));
            let mut loc = self.reader.loc(&v.span());
            loc.line += skip;
            Some(At { value: text.to_string(), loc, field: inner.field_path(lang) })
        };
        Some((raw("es")?, raw("en")?))
    }

    fn child(&self, key: &str, table: &'t DeTable<'s>, span: Range<usize>) -> Obj<'t, 's> {
        Obj { reader: self.reader, table, span, path: self.field_path(key), seen: RefCell::default() }
    }

    /// Reports every field of this table that was never read.
    pub fn finish(&self) {
        let seen = self.seen.borrow();
        for (key, value) in self.table.iter() {
            if !seen.contains(key.get_ref().as_ref()) {
                self.reader.error(&key.span(), &self.field_path(key.get_ref()), "unknown field");
                let _ = value;
            }
        }
    }
}

impl FileReader<'_> {
    pub fn error_at(&self, loc: &Loc, field: &str, message: impl Into<String>) {
        self.diagnostics.borrow_mut().push(Diagnostic::error(loc, field, message));
    }
}

pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
}

mod lists;

#[cfg(test)]
mod tests;
