//! Contested questions, each told through named, attributed views.

use rusqlite::OptionalExtension;
use serde::Serialize;
use ts_rs::TS;

use crate::app::Cronica;
use crate::base::{CitationOwner, ItemKind, Lang, PerspectiveId, Ref};
use crate::error::{Error, Result};
use crate::sources::Source;
use crate::storage::ContentDb;
use crate::storage::content::collect;

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct PerspectiveView {
    pub holder: String,
    pub text: String,
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct Perspective {
    pub id: PerspectiveId,
    pub title: String,
    pub question: String,
    pub views: Vec<PerspectiveView>,
    pub chapters: Vec<Ref>,
    pub events: Vec<Ref>,
}

/// A perspective as the index lists it: its question is its one-line summary.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct PerspectiveSummary {
    pub id: PerspectiveId,
    pub title: String,
    pub question: String,
    /// The chapters that take it up, in reading order.
    pub chapters: Vec<Ref>,
}

impl ContentDb {
    /// Every perspective, in the order of the first chapter that takes it up (then by title).
    pub(crate) fn perspectives(&self, lang: Lang) -> Result<Vec<PerspectiveSummary>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT p.id, p.title_{lang}, p.question_{lang} FROM perspectives p
             ORDER BY (SELECT MIN(c.ord) FROM perspective_links l JOIN chapters c ON c.id = l.target_id
                       WHERE l.perspective_id = p.id AND l.kind = 'chapter') IS NULL,
                      (SELECT MIN(c.ord) FROM perspective_links l JOIN chapters c ON c.id = l.target_id
                       WHERE l.perspective_id = p.id AND l.kind = 'chapter'),
                      p.title_{lang}"
        ))?;
        let rows: Vec<(String, String, String)> = collect(stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?)?;
        let mut chapters = self.conn.prepare(&format!(
            "SELECT c.id, c.title_{lang} FROM perspective_links l JOIN chapters c ON c.id = l.target_id
             WHERE l.perspective_id = ?1 AND l.kind = 'chapter' ORDER BY c.ord"
        ))?;
        rows.into_iter()
            .map(|(id, title, question)| {
                let refs = collect(chapters.query_map([&id], |r| Ok(Ref { id: r.get(0)?, title: r.get(1)? }))?)?;
                Ok(PerspectiveSummary { id: id.into(), title, question, chapters: refs })
            })
            .collect()
    }

    /// The perspectives that apply to a chapter or an event.
    pub(crate) fn perspectives_for(&self, lang: Lang, kind: ItemKind, id: &str) -> Result<Vec<Ref>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT p.id, p.title_{lang} FROM perspective_links l JOIN perspectives p ON p.id = l.perspective_id
             WHERE l.kind = ?1 AND l.target_id = ?2 ORDER BY p.id"
        ))?;
        collect(stmt.query_map([kind.as_str(), id], |r| Ok(Ref { id: r.get(0)?, title: r.get(1)? }))?)
    }

    pub(crate) fn perspective(&self, lang: Lang, id: &str) -> Result<Perspective> {
        let (title, question): (String, String) = self
            .conn
            .query_row(&format!("SELECT title_{lang}, question_{lang} FROM perspectives WHERE id = ?1"), [id], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?
            .ok_or_else(|| Error::not_found(ItemKind::Perspective, id))?;
        let mut stmt = self
            .conn
            .prepare(&format!("SELECT ord, holder_{lang}, text_{lang} FROM perspective_views WHERE perspective_id = ?1 ORDER BY ord"))?;
        let raw: Vec<(i64, String, String)> = collect(stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?)?;
        let views = raw
            .into_iter()
            .map(|(ord, holder, text)| {
                Ok(PerspectiveView { holder, text, sources: self.sources_for(CitationOwner::View, &format!("{id}/{ord}"))? })
            })
            .collect::<Result<_>>()?;
        let linked = |kind: ItemKind, table: &str| -> Result<Vec<Ref>> {
            let mut stmt = self.conn.prepare(&format!(
                "SELECT t.id, t.title_{lang} FROM perspective_links l JOIN {table} t ON t.id = l.target_id
                 WHERE l.perspective_id = ?1 AND l.kind = ?2 ORDER BY t.rowid"
            ))?;
            collect(stmt.query_map([id, kind.as_str()], |r| Ok(Ref { id: r.get(0)?, title: r.get(1)? }))?)
        };
        Ok(Perspective {
            id: id.into(),
            title,
            question,
            views,
            chapters: linked(ItemKind::Chapter, "chapters")?,
            events: linked(ItemKind::Event, "events")?,
        })
    }
}

impl Cronica {
    pub fn list_perspectives(&self, lang: Lang) -> Result<Vec<PerspectiveSummary>> {
        self.content().perspectives(lang)
    }

    pub fn get_perspective(&self, lang: Lang, id: &str) -> Result<Perspective> {
        self.content().perspective(lang, id)
    }
}
