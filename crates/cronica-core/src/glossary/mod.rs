//! The glossary: terms of the period with their definitions.

use rusqlite::OptionalExtension;
use serde::Serialize;
use ts_rs::TS;

use crate::app::Cronica;
use crate::base::{CitationOwner, ItemKind, Lang, TermId};
use crate::error::{Error, Result};
use crate::sources::Source;
use crate::storage::ContentDb;
use crate::storage::content::collect;

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct Term {
    pub id: TermId,
    pub name: String,
    pub definition: String,
    pub sources: Vec<Source>,
}

impl ContentDb {
    pub(crate) fn terms(&self, lang: Lang) -> Result<Vec<Term>> {
        let mut stmt =
            self.conn.prepare(&format!("SELECT id, name_{lang}, definition_{lang} FROM terms ORDER BY name_{lang} COLLATE NOCASE"))?;
        let raw: Vec<(String, String, String)> = collect(stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?)?;
        raw.into_iter()
            .map(|(id, name, definition)| {
                Ok(Term { sources: self.sources_for(CitationOwner::Term, &id)?, id: id.into(), name, definition })
            })
            .collect()
    }

    pub(crate) fn term(&self, lang: Lang, id: &str) -> Result<Term> {
        let (name, definition): (String, String) = self
            .conn
            .query_row(&format!("SELECT name_{lang}, definition_{lang} FROM terms WHERE id = ?1"), [id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?
            .ok_or_else(|| Error::not_found(ItemKind::Term, id))?;
        Ok(Term { id: id.into(), name, definition, sources: self.sources_for(CitationOwner::Term, id)? })
    }
}

impl Cronica {
    pub fn list_terms(&self, lang: Lang) -> Result<Vec<Term>> {
        self.content().terms(lang)
    }

    pub fn get_term(&self, lang: Lang, id: &str) -> Result<Term> {
        self.content().term(lang, id)
    }
}
