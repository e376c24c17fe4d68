//! Figures: the people of the period, their offices and the events they took part in.

use rusqlite::{OptionalExtension, Row};
use serde::Serialize;
use ts_rs::TS;

use crate::app::Cronica;
use crate::base::{CitationOwner, FigureId, HistDate, ItemKind, Lang, Ref};
use crate::error::{Error, Result};
use crate::events::{EventFilter, EventSummary};
use crate::sources::Source;
use crate::storage::ContentDb;
use crate::storage::content::{collect, opt_date};

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct Role {
    pub title: String,
    pub start: Option<HistDate>,
    pub end: Option<HistDate>,
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct FigureSummary {
    pub id: FigureId,
    pub name: String,
    pub born: Option<HistDate>,
    pub died: Option<HistDate>,
    pub headline: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct FigureDetail {
    #[serde(flatten)]
    pub summary: FigureSummary,
    pub bio: String,
    pub roles: Vec<Role>,
    pub events: Vec<EventSummary>,
    pub chapters: Vec<Ref>,
    pub sources: Vec<Source>,
}

/// Columns read by [`figure_summary`]: the headline is the figure's first role.
fn figure_columns(lang: Lang) -> String {
    format!("f.id, f.name, f.born, f.died, (SELECT title_{lang} FROM figure_roles r WHERE r.figure_id = f.id ORDER BY r.ord LIMIT 1)")
}

fn figure_summary(r: &Row) -> rusqlite::Result<FigureSummary> {
    Ok(FigureSummary { id: r.get(0)?, name: r.get(1)?, born: opt_date(r.get(2)?), died: opt_date(r.get(3)?), headline: r.get(4)? })
}

impl ContentDb {
    pub(crate) fn figure_name(&self, id: &str) -> Result<String> {
        self.conn
            .query_row("SELECT name FROM figures WHERE id = ?1", [id], |r| r.get(0))
            .optional()?
            .ok_or_else(|| Error::not_found(ItemKind::Figure, id))
    }

    pub(crate) fn figures(&self, lang: Lang) -> Result<Vec<FigureSummary>> {
        let mut stmt =
            self.conn.prepare(&format!("SELECT {} FROM figures f ORDER BY f.name COLLATE NOCASE, f.id", figure_columns(lang)))?;
        collect(stmt.query_map([], figure_summary)?)
    }

    pub(crate) fn figure(&self, lang: Lang, id: &str) -> Result<FigureDetail> {
        let (summary, bio) = self
            .conn
            .query_row(&format!("SELECT {}, f.bio_{lang} FROM figures f WHERE f.id = ?1", figure_columns(lang)), [id], |r| {
                Ok((figure_summary(r)?, r.get::<_, String>(5)?))
            })
            .optional()?
            .ok_or_else(|| Error::not_found(ItemKind::Figure, id))?;
        let mut stmt =
            self.conn.prepare(&format!("SELECT title_{lang}, start, end_date FROM figure_roles WHERE figure_id = ?1 ORDER BY ord"))?;
        let roles =
            collect(stmt.query_map([id], |r| Ok(Role { title: r.get(0)?, start: opt_date(r.get(1)?), end: opt_date(r.get(2)?) }))?)?;
        let filter = EventFilter { era: None, figure: Some(id.to_string()) };
        Ok(FigureDetail {
            summary,
            bio,
            roles,
            events: self.events(lang, &filter)?,
            chapters: self.chapters_mentioning(lang, ItemKind::Figure, id)?,
            sources: self.sources_for(CitationOwner::Figure, id)?,
        })
    }
}

impl Cronica {
    pub fn list_figures(&self, lang: Lang) -> Result<Vec<FigureSummary>> {
        self.content().figures(lang)
    }

    pub fn get_figure(&self, lang: Lang, id: &str) -> Result<FigureDetail> {
        self.content().figure(lang, id)
    }
}
