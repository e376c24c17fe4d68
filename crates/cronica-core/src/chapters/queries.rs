//! Chapter queries on the content database.

use rusqlite::OptionalExtension;

use super::{Chapter, ChapterProgress, Section};
use crate::base::{CitationOwner, ItemKind, Lang, Ref};
use crate::content::prose::Paragraph;
use crate::error::{Error, Result};
use crate::storage::ContentDb;
use crate::storage::content::collect;

/// A chapter as listed, in one language.
pub(crate) struct ChapterRow {
    pub id: String,
    pub order: i64,
    pub title: String,
    pub summary: String,
    pub words: i64,
}

impl ContentDb {
    /// Chapters in reading order.
    pub(crate) fn chapters(&self, lang: Lang) -> Result<Vec<ChapterRow>> {
        let mut stmt =
            self.conn.prepare(&format!("SELECT id, ord, title_{lang}, summary_{lang}, words_{lang} FROM chapters ORDER BY ord"))?;
        collect(stmt.query_map([], |r| {
            Ok(ChapterRow { id: r.get(0)?, order: r.get(1)?, title: r.get(2)?, summary: r.get(3)?, words: r.get(4)? })
        })?)
    }

    pub(crate) fn chapter_title(&self, lang: Lang, id: &str) -> Result<String> {
        self.conn
            .query_row(&format!("SELECT title_{lang} FROM chapters WHERE id = ?1"), [id], |r| r.get(0))
            .optional()?
            .ok_or_else(|| Error::not_found(ItemKind::Chapter, id))
    }

    pub(crate) fn section_ids(&self, chapter_id: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached("SELECT id FROM sections WHERE chapter_id = ?1 ORDER BY ord")?;
        collect(stmt.query_map([chapter_id], |r| r.get(0))?)
    }

    pub(crate) fn section_title(&self, lang: Lang, chapter_id: &str, section_id: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(&format!("SELECT title_{lang} FROM sections WHERE chapter_id = ?1 AND id = ?2"), [chapter_id, section_id], |r| {
                r.get(0)
            })
            .optional()?)
    }

    pub(crate) fn question_count(&self, chapter_id: &str) -> Result<i64> {
        Ok(self.conn.query_row("SELECT COUNT(*) FROM questions WHERE origin = 'authored' AND chapter_id = ?1", [chapter_id], |r| r.get(0))?)
    }

    /// The chapter without learner progress, which the caller fills in.
    pub(crate) fn chapter(&self, lang: Lang, id: &str) -> Result<Chapter> {
        let (order, title, summary): (i64, String, String) = self
            .conn
            .query_row(&format!("SELECT ord, title_{lang}, summary_{lang} FROM chapters WHERE id = ?1"), [id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()?
            .ok_or_else(|| Error::not_found(ItemKind::Chapter, id))?;
        let mut stmt =
            self.conn.prepare(&format!("SELECT id, title_{lang}, body_{lang} FROM sections WHERE chapter_id = ?1 ORDER BY ord"))?;
        let raw: Vec<(String, String, String)> = collect(stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?)?;
        let mut sections = Vec::with_capacity(raw.len());
        for (section_id, section_title, body) in raw {
            let paragraphs: Vec<Paragraph> =
                serde_json::from_str(&body).map_err(|e| Error::Corrupt(format!("section {id}/{section_id}: {e}")))?;
            let sources = self.sources_for(CitationOwner::Section, &format!("{id}/{section_id}"))?;
            sections.push(Section { id: section_id.into(), title: section_title, paragraphs, sources });
        }
        let neighbour = |sql: &str| -> Result<Option<Ref>> {
            Ok(self
                .conn
                .query_row(&format!("SELECT id, title_{lang} FROM chapters {sql}"), [order], |r| {
                    Ok(Ref { id: r.get(0)?, title: r.get(1)? })
                })
                .optional()?)
        };
        Ok(Chapter {
            id: id.into(),
            order,
            title,
            summary,
            sections,
            perspectives: self.perspectives_for(lang, ItemKind::Chapter, id)?,
            previous: neighbour("WHERE ord < ?1 ORDER BY ord DESC LIMIT 1")?,
            next: neighbour("WHERE ord > ?1 ORDER BY ord ASC LIMIT 1")?,
            question_count: self.question_count(id)?,
            progress: ChapterProgress::default(),
        })
    }

    /// Chapters whose prose links to `kind:id`, in chapter order.
    pub(crate) fn chapters_mentioning(&self, lang: Lang, kind: ItemKind, id: &str) -> Result<Vec<Ref>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT DISTINCT c.id, c.title_{lang}, c.ord FROM section_links l JOIN chapters c ON c.id = l.chapter_id
             WHERE l.kind = ?1 AND l.target_id = ?2 ORDER BY c.ord"
        ))?;
        collect(stmt.query_map([kind.as_str(), id], |r| Ok(Ref { id: r.get(0)?, title: r.get(1)? }))?)
    }
}
