//! Reading lists: parallel localized lists, string and id lists, and arrays of tables.

use std::cell::RefCell;

use toml::de::DeTable;

use super::{At, Obj, is_slug};
use crate::base::Localized;

/// One language's list of strings and where the list is written.
pub type PlacedList = (At<()>, Vec<At<String>>);

impl<'t, 's> Obj<'t, 's> {
    /// Parallel lists `key.es = [...]` and `key.en = [...]` of the same length.
    pub fn localized_lists(&self, key: &str) -> Option<Vec<Localized>> {
        let (inner, _) = self.lists_table(key)?;
        let es = inner.opt_str_list("es");
        let en = inner.opt_str_list("en");
        for lang in ["es", "en"] {
            if !inner.has(lang) {
                inner.error(lang, "missing required field");
            }
        }
        inner.finish();
        if !inner.has("es") || !inner.has("en") {
            return None;
        }
        if es.len() != en.len() {
            inner.error("en", format!("has {} items but es has {}", en.len(), es.len()));
            return None;
        }
        Some(es.into_iter().zip(en).map(|(es, en)| Localized { es: es.value, en: en.value }).collect())
    }

    /// Lists `key.es = [...]` and `key.en = [...]` that may differ in length, each with where it
    /// is written. Missing lists are reported; empty strings too (by `opt_str_list`).
    pub fn localized_str_lists(&self, key: &str) -> Option<[PlacedList; 2]> {
        let (inner, table) = self.lists_table(key)?;
        let list = |lang: &str| -> Option<PlacedList> {
            let Some(item) = table.get(lang) else {
                inner.error(lang, "missing required field");
                return None;
            };
            let texts = inner.opt_str_list(lang);
            // Not a list at all: reported as such, and not again as an empty list.
            item.get_ref().as_array()?;
            Some((inner.at(lang, &item.span(), ()), texts))
        };
        let (es, en) = (list("es"), list("en"));
        inner.finish();
        Some([es?, en?])
    }

    /// The table under `key` that holds the `.es` and `.en` lists, as an object to read them from
    /// and as written; a missing key or a value that is not a table is reported.
    fn lists_table(&self, key: &str) -> Option<(Obj<'t, 's>, &'t DeTable<'s>)> {
        let Some(value) = self.get(key) else {
            self.error(key, "missing required field (needs .es and .en lists)");
            return None;
        };
        let Some(table) = value.get_ref().as_table() else {
            self.wrong_type(key, value, "a table with es and en lists");
            return None;
        };
        Some((self.child(key, table, value.span()), table))
    }

    pub fn opt_str_list(&self, key: &str) -> Vec<At<String>> {
        let Some(value) = self.get(key) else { return Vec::new() };
        let Some(array) = value.get_ref().as_array() else {
            self.wrong_type(key, value, "a list of strings");
            return Vec::new();
        };
        let mut out = Vec::new();
        for (i, item) in array.iter().enumerate() {
            let field = format!("{}[{i}]", self.field_path(key));
            match item.get_ref().as_str() {
                Some(s) if !s.trim().is_empty() => out.push(At { value: s.trim().to_string(), loc: self.reader.loc(&item.span()), field }),
                Some(_) => self.reader.error(&item.span(), &field, "must not be empty"),
                None => self.reader.error(&item.span(), &field, "expected a string"),
            }
        }
        out
    }

    /// A non-empty list of ids.
    pub fn id_list(&self, key: &str, required: bool) -> Vec<At<String>> {
        if required && !self.has(key) {
            self.error(key, "missing required field (at least one id)");
            return Vec::new();
        }
        let list = self.opt_str_list(key);
        if required && self.has(key) && list.is_empty() {
            self.error(key, "must list at least one id");
        }
        list.into_iter()
            .filter(|id| {
                let ok = is_slug(&id.value);
                if !ok {
                    self.reader.error_at(&id.loc, &id.field, format!("'{}' is not a valid id", id.value));
                }
                ok
            })
            .collect()
    }

    /// An array of tables such as `[[event]]` or `[[figure.role]]`.
    pub fn tables(&self, key: &str) -> Vec<Obj<'t, 's>> {
        let Some(value) = self.get(key) else { return Vec::new() };
        let Some(array) = value.get_ref().as_array() else {
            self.wrong_type(key, value, "an array of tables ([[...]])");
            return Vec::new();
        };
        let mut out = Vec::new();
        for (i, item) in array.iter().enumerate() {
            match item.get_ref().as_table() {
                Some(table) => out.push(Obj {
                    reader: self.reader,
                    table,
                    span: item.span(),
                    path: format!("{}[{i}]", self.field_path(key)),
                    seen: RefCell::default(),
                }),
                None => self.reader.error(&item.span(), &format!("{}[{i}]", self.field_path(key)), "expected a table"),
            }
        }
        out
    }
}
