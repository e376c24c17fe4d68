//! Question queries on the content database.

use rusqlite::OptionalExtension;

use crate::base::{ItemKind, Lang, StoredAnswer};
use crate::error::{Error, Result};
use crate::storage::ContentDb;
use crate::storage::content::collect;

/// A question with its answer, in one language.
pub(crate) struct StoredQuestion {
    pub id: String,
    pub prompt: String,
    pub explanation: String,
    pub answer: StoredAnswer,
}

impl ContentDb {
    /// A chapter's authored questions, in order.
    pub(crate) fn question_ids(&self, chapter_id: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached("SELECT id FROM questions WHERE origin = 'authored' AND chapter_id = ?1 ORDER BY ord")?;
        collect(stmt.query_map([chapter_id], |r| r.get(0))?)
    }

    /// Every chapter's id, in reading order.
    pub(crate) fn chapter_ids_in_order(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached("SELECT id FROM chapters ORDER BY ord")?;
        collect(stmt.query_map([], |r| r.get(0))?)
    }

    pub(crate) fn question(&self, lang: Lang, id: &str) -> Result<StoredQuestion> {
        let (prompt, explanation, answer): (String, String, String) = self
            .conn
            .query_row(&format!("SELECT prompt_{lang}, explanation_{lang}, answer FROM questions WHERE id = ?1"), [id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()?
            .ok_or_else(|| Error::not_found(ItemKind::Question, id))?;
        let answer = serde_json::from_str(&answer).map_err(|e| Error::Corrupt(format!("question {id}: {e}")))?;
        Ok(StoredQuestion { id: id.to_string(), prompt, explanation, answer })
    }

    /// The sources a question cites, in order: an authored question's citations, or the sources of
    /// the items a generated one was derived from.
    pub(crate) fn question_sources(&self, id: &str) -> Result<Vec<crate::sources::Source>> {
        let inline: Option<String> = self
            .conn
            .prepare_cached("SELECT sources FROM questions WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?
            .flatten();
        match inline {
            Some(json) => {
                let ids: Vec<String> = serde_json::from_str(&json).map_err(|e| Error::Corrupt(format!("question {id}: {e}")))?;
                ids.iter().map(|s| self.source(s)).collect()
            }
            None => self.sources_for(crate::base::CitationOwner::Question, id),
        }
    }

    /// Every question of the bank as (chapter id, question id): chapters in reading order, then
    /// each chapter's questions in order.
    pub(crate) fn bank_question_ids(&self) -> Result<Vec<(String, String)>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT q.chapter_id, q.id FROM questions q JOIN chapters c ON c.id = q.chapter_id WHERE q.origin = 'authored' ORDER BY c.ord, q.ord")?;
        collect(stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?)
    }
}

/// Names for quiz display, looked up in one language; a missing id shows as the id itself.
pub(crate) struct DbNames<'a> {
    pub db: &'a ContentDb,
    pub lang: Lang,
}

impl super::Names for DbNames<'_> {
    fn event_title(&self, id: &str) -> String {
        self.db.event_title(self.lang, id).unwrap_or_else(|_| id.to_string())
    }

    fn figure_name(&self, id: &str) -> String {
        self.db.figure_name(id).unwrap_or_else(|_| id.to_string())
    }
}
