//! Sources: who published what and when, cited by every item of the content.

use rusqlite::{OptionalExtension, Row};
use serde::Serialize;
use ts_rs::TS;

use crate::app::Cronica;
use crate::base::{CitationOwner, HistDate, ItemKind, SourceId, SourceKind};
use crate::error::{Error, Result};
use crate::storage::ContentDb;
use crate::storage::content::{collect, opt_date};

mod open;
pub use open::{LinkOpener, OpenedSource};

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct Source {
    pub id: SourceId,
    pub title: String,
    pub publisher: String,
    pub author: Option<String>,
    pub date: Option<HistDate>,
    pub accessed: Option<String>,
    pub url: Option<String>,
    pub citation: Option<String>,
    pub kind: SourceKind,
    pub language: String,
}

const COLUMNS: &str = "s.id, s.title, s.publisher, s.author, s.date, s.accessed, s.url, s.citation, s.kind, s.language";

fn source_from_row(r: &Row) -> rusqlite::Result<Source> {
    let kind: String = r.get(8)?;
    Ok(Source {
        id: r.get(0)?,
        title: r.get(1)?,
        publisher: r.get(2)?,
        author: r.get(3)?,
        date: opt_date(r.get(4)?),
        accessed: r.get(5)?,
        url: r.get(6)?,
        citation: r.get(7)?,
        kind: SourceKind::parse(&kind).ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(8, rusqlite::types::Type::Text, format!("source kind '{kind}'").into())
        })?,
        language: r.get(9)?,
    })
}

impl ContentDb {
    /// The sources an item cites, in the order it cites them.
    pub(crate) fn sources_for(&self, owner: CitationOwner, owner_id: &str) -> Result<Vec<Source>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM citations c JOIN sources s ON s.id = c.source_id
             WHERE c.owner_kind = ?1 AND c.owner_id = ?2 ORDER BY c.ord"
        ))?;
        collect(stmt.query_map([owner.as_str(), owner_id], source_from_row)?)
    }

    pub(crate) fn source(&self, id: &str) -> Result<Source> {
        self.conn
            .query_row(&format!("SELECT {COLUMNS} FROM sources s WHERE s.id = ?1"), [id], source_from_row)
            .optional()?
            .ok_or_else(|| Error::not_found(ItemKind::Source, id))
    }
}

impl Cronica {
    pub fn get_source(&self, id: &str) -> Result<Source> {
        self.content().source(id)
    }
}
