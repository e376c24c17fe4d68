//! Figures: the people of the period, their offices and the events they took part in.

use std::collections::HashMap;

use rusqlite::{OptionalExtension, Row};
use serde::Serialize;
use ts_rs::TS;

use crate::app::Cronica;
use crate::base::{CitationOwner, FigureId, HistDate, ItemKind, Lang, Office, Ref};
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
    /// Whether this is (a term of) the office the figure is best known for.
    pub headline: bool,
}

/// When a figure held an office.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoleSpan {
    pub start: Option<HistDate>,
    pub end: Option<HistDate>,
}

/// The office a figure is best known for, with every term of it ("Presidenta de la República",
/// 2006–2010 and 2014–2018).
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct Headline {
    pub title: String,
    pub spans: Vec<RoleSpan>,
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct FigureSummary {
    pub id: FigureId,
    /// The name people use, e.g. "Sebastián Piñera".
    pub display_name: String,
    /// The full name, e.g. "Miguel Juan Sebastián Piñera Echenique".
    pub name: String,
    /// Surname first, e.g. "Piñera Echenique, Sebastián": where the figure is filed in lists.
    pub sort_key: String,
    pub born: Option<HistDate>,
    pub died: Option<HistDate>,
    pub headline: Option<Headline>,
    /// The offices the figure's roles name, in [`Office::ALL`] order.
    pub offices: Vec<Office>,
    /// The ids of the eras the figure's roles or events fall in, in era order.
    pub eras: Vec<String>,
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

const FIGURE_COLUMNS: &str = "f.id, f.display_name, f.name, f.sort_key, f.born, f.died";

fn figure_summary(r: &Row) -> rusqlite::Result<FigureSummary> {
    Ok(FigureSummary {
        id: r.get(0)?,
        display_name: r.get(1)?,
        name: r.get(2)?,
        sort_key: r.get(3)?,
        born: opt_date(r.get(4)?),
        died: opt_date(r.get(5)?),
        headline: None,
        offices: Vec::new(),
        eras: Vec::new(),
    })
}

impl ContentDb {
    pub(crate) fn figure_name(&self, id: &str) -> Result<String> {
        self.conn
            .query_row("SELECT name FROM figures WHERE id = ?1", [id], |r| r.get(0))
            .optional()?
            .ok_or_else(|| Error::not_found(ItemKind::Figure, id))
    }

    /// Every figure in Spanish alphabetical order of surname.
    pub(crate) fn figures(&self, lang: Lang) -> Result<Vec<FigureSummary>> {
        let mut stmt = self.conn.prepare(&format!("SELECT {FIGURE_COLUMNS} FROM figures f ORDER BY f.sort_ord"))?;
        let mut list = collect(stmt.query_map([], figure_summary)?)?;
        self.fill_in(lang, &mut list, None)?;
        Ok(list)
    }

    pub(crate) fn figure(&self, lang: Lang, id: &str) -> Result<FigureDetail> {
        let (summary, bio) = self
            .conn
            .query_row(&format!("SELECT {FIGURE_COLUMNS}, f.bio_{lang} FROM figures f WHERE f.id = ?1"), [id], |r| {
                Ok((figure_summary(r)?, r.get::<_, String>(6)?))
            })
            .optional()?
            .ok_or_else(|| Error::not_found(ItemKind::Figure, id))?;
        let mut one = vec![summary];
        self.fill_in(lang, &mut one, Some(id))?;
        let summary = one.remove(0);
        let mut stmt = self
            .conn
            .prepare(&format!("SELECT title_{lang}, start, end_date, headline FROM figure_roles WHERE figure_id = ?1 ORDER BY ord"))?;
        let roles = collect(stmt.query_map([id], |r| {
            Ok(Role { title: r.get(0)?, start: opt_date(r.get(1)?), end: opt_date(r.get(2)?), headline: r.get(3)? })
        })?)?;
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

    /// Adds each figure's headline, offices and eras (of one figure, or of all of them at once).
    fn fill_in(&self, lang: Lang, figures: &mut [FigureSummary], only: Option<&str>) -> Result<()> {
        let which = if only.is_some() { "WHERE figure_id = ?1" } else { "WHERE ?1 IS NULL" };
        let mut headlines: HashMap<String, Headline> = HashMap::new();
        let mut stmt = self.conn.prepare(&format!(
            "SELECT figure_id, title_{lang}, start, end_date FROM figure_roles {which} {} ORDER BY figure_id, ord",
            "AND headline = 1"
        ))?;
        let rows: Vec<(String, String, Option<String>, Option<String>)> =
            collect(stmt.query_map([only], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?)?;
        for (figure, title, start, end) in rows {
            let span = RoleSpan { start: opt_date(start), end: opt_date(end) };
            headlines.entry(figure).or_insert_with(|| Headline { title, spans: Vec::new() }).spans.push(span);
        }
        let mut offices: HashMap<String, Vec<Office>> = HashMap::new();
        let mut stmt = self.conn.prepare(&format!("SELECT figure_id, office FROM figure_offices {which}"))?;
        for (figure, office) in collect(stmt.query_map([only], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?)? {
            offices.entry(figure).or_default().extend(Office::parse(&office));
        }
        let mut eras: HashMap<String, Vec<String>> = HashMap::new();
        let mut stmt = self.conn.prepare(&format!(
            "SELECT x.figure_id, x.era_id FROM figure_eras x JOIN eras e ON e.id = x.era_id {} ORDER BY e.ord",
            which.replace("figure_id", "x.figure_id")
        ))?;
        for (figure, era) in collect(stmt.query_map([only], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?)? {
            eras.entry(figure).or_default().push(era);
        }
        for f in figures {
            f.headline = headlines.remove(f.id.as_str());
            f.offices = offices.remove(f.id.as_str()).unwrap_or_default();
            f.offices.sort();
            f.eras = eras.remove(f.id.as_str()).unwrap_or_default();
        }
        Ok(())
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
