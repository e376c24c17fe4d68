//! Event and era queries on the content database.

use std::collections::HashMap;

use rusqlite::{OptionalExtension, Row, params};

use super::{Era, EventDetail, EventFilter, EventSummary};
use crate::base::{CitationOwner, FigureRef, ItemKind, Lang};
use crate::error::{Error, Result};
use crate::storage::ContentDb;
use crate::storage::content::{collect, opt_date, required_date};

fn event_columns(lang: Lang) -> String {
    format!("e.id, e.date, e.end_date, e.era, e.title_{lang}, e.summary_{lang}")
}

fn event_summary(r: &Row) -> rusqlite::Result<EventSummary> {
    Ok(EventSummary {
        id: r.get(0)?,
        date: required_date(r.get(1)?)?,
        end: opt_date(r.get(2)?),
        era: r.get(3)?,
        title: r.get(4)?,
        summary: r.get(5)?,
        figures: Vec::new(),
    })
}

impl ContentDb {
    pub(crate) fn eras(&self, lang: Lang) -> Result<Vec<Era>> {
        let mut stmt = self.conn.prepare(&format!("SELECT id, title_{lang}, start, end_date FROM eras ORDER BY ord"))?;
        collect(stmt.query_map([], |r| Ok(Era { id: r.get(0)?, title: r.get(1)?, start: r.get(2)?, end: r.get(3)? }))?)
    }

    fn event_figures(&self, event_id: &str) -> Result<Vec<FigureRef>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT f.id, f.name FROM event_figures ef JOIN figures f ON f.id = ef.figure_id WHERE ef.event_id = ?1 ORDER BY ef.ord",
        )?;
        collect(stmt.query_map([event_id], |r| Ok(FigureRef { id: r.get(0)?, name: r.get(1)? }))?)
    }

    /// Figures of every event, in one query (the timeline lists hundreds of events).
    fn all_event_figures(&self) -> Result<HashMap<String, Vec<FigureRef>>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT ef.event_id, f.id, f.name FROM event_figures ef JOIN figures f ON f.id = ef.figure_id ORDER BY ef.event_id, ef.ord",
        )?;
        let mut out: HashMap<String, Vec<FigureRef>> = HashMap::new();
        for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, FigureRef { id: r.get(1)?, name: r.get(2)? })))? {
            let (event, figure) = row?;
            out.entry(event).or_default().push(figure);
        }
        Ok(out)
    }

    /// Events in chronological order, optionally only one era's or one figure's.
    pub(crate) fn events(&self, lang: Lang, filter: &EventFilter) -> Result<Vec<EventSummary>> {
        let era = filter.era.as_deref().filter(|s| !s.is_empty());
        let figure = filter.figure.as_deref().filter(|s| !s.is_empty());
        if let Some(era) = era {
            self.conn
                .query_row("SELECT 1 FROM eras WHERE id = ?1", [era], |_| Ok(()))
                .optional()?
                .ok_or_else(|| Error::not_found(ItemKind::Era, era))?;
        }
        if let Some(figure) = figure {
            self.figure_name(figure)?;
        }
        let sql = format!(
            "SELECT {} FROM events e
             WHERE (?1 IS NULL OR e.era = ?1)
               AND (?2 IS NULL OR EXISTS (SELECT 1 FROM event_figures ef WHERE ef.event_id = e.id AND ef.figure_id = ?2))
             ORDER BY e.sort_key, e.id",
            event_columns(lang)
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut events = collect(stmt.query_map(params![era, figure], event_summary)?)?;
        let mut figures = self.all_event_figures()?;
        for e in &mut events {
            e.figures = figures.remove(e.id.as_str()).unwrap_or_default();
        }
        Ok(events)
    }

    pub(crate) fn event(&self, lang: Lang, id: &str) -> Result<EventDetail> {
        let sql = format!("SELECT {}, e.places, e.tags FROM events e WHERE e.id = ?1", event_columns(lang));
        let (summary, places, tags): (EventSummary, String, String) = self
            .conn
            .query_row(&sql, [id], |r| Ok((event_summary(r)?, r.get(6)?, r.get(7)?)))
            .optional()?
            .ok_or_else(|| Error::not_found(ItemKind::Event, id))?;
        let list = |json: &str| serde_json::from_str::<Vec<String>>(json).map_err(|e| Error::Corrupt(format!("event {id}: {e}")));
        let summary = EventSummary { figures: self.event_figures(id)?, ..summary };
        let era_title: String =
            self.conn.query_row(&format!("SELECT title_{lang} FROM eras WHERE id = ?1"), [&summary.era], |r| r.get(0))?;
        Ok(EventDetail {
            era_title,
            places: list(&places)?,
            tags: list(&tags)?,
            sources: self.sources_for(CitationOwner::Event, id)?,
            chapters: self.chapters_mentioning(lang, ItemKind::Event, id)?,
            perspectives: self.perspectives_for(lang, ItemKind::Event, id)?,
            summary,
        })
    }

    pub(crate) fn event_title(&self, lang: Lang, id: &str) -> Result<String> {
        self.conn
            .query_row(&format!("SELECT title_{lang} FROM events WHERE id = ?1"), [id], |r| r.get(0))
            .optional()?
            .ok_or_else(|| Error::not_found(ItemKind::Event, id))
    }
}
