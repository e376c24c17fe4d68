//! The `notes` table of the user database (made by migration 002, one row per annotated item since
//! 006): the learner's note text ('' when there is only a bookmark) and whether it is bookmarked.

use rusqlite::{OptionalExtension, params};

use super::{Note, NoteTarget};
use crate::base::Timestamp;
use crate::error::Result;
use crate::storage::content::collect;
use crate::storage::{Reader, Writer};

const COLUMNS: &str = "id, target_kind, target_id, body, bookmarked, created_at, updated_at";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Option<Note>> {
    let (kind, id): (String, String) = (r.get(1)?, r.get(2)?);
    let Some(target) = NoteTarget::from_stored(&kind, &id) else { return Ok(None) };
    Ok(Some(Note { id: r.get(0)?, target, text: r.get(3)?, bookmarked: r.get(4)?, created_at: r.get(5)?, updated_at: r.get(6)? }))
}

impl Reader<'_> {
    pub(crate) fn note(&self, target: &NoteTarget) -> Result<Option<Note>> {
        let mut stmt = self.conn.prepare_cached(&format!("SELECT {COLUMNS} FROM notes WHERE target_kind = ?1 AND target_id = ?2"))?;
        Ok(stmt.query_row(params![target.kind().as_str(), target.stored_id()], row).optional()?.flatten())
    }

    /// Every note and bookmark, most recently changed first.
    pub(crate) fn all_notes(&self) -> Result<Vec<Note>> {
        let mut stmt = self.conn.prepare_cached(&format!("SELECT {COLUMNS} FROM notes ORDER BY updated_at DESC, id DESC"))?;
        Ok(collect(stmt.query_map([], row)?)?.into_iter().flatten().collect())
    }

    /// The notes and bookmarks on one chapter's sections.
    pub(crate) fn chapter_notes(&self, chapter_id: &str) -> Result<Vec<Note>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM notes WHERE target_kind = 'section' AND substr(target_id, 1, length(?1) + 1) = ?1 || '/' ORDER BY id"
        ))?;
        Ok(collect(stmt.query_map([chapter_id], row)?)?.into_iter().flatten().collect())
    }
}

impl Writer<'_> {
    /// Sets the text and bookmark of `target`'s note, making it if there is none; a note left with
    /// neither is deleted. Returns the note as stored, if any is left.
    pub(crate) fn put_note(&self, target: &NoteTarget, text: &str, bookmarked: bool, now: Timestamp) -> Result<Option<Note>> {
        let (kind, id) = (target.kind().as_str(), target.stored_id());
        if text.is_empty() && !bookmarked {
            self.conn.execute("DELETE FROM notes WHERE target_kind = ?1 AND target_id = ?2", params![kind, id])?;
            return Ok(None);
        }
        self.conn.execute(
            "INSERT INTO notes (target_kind, target_id, body, bookmarked, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)
             ON CONFLICT (target_kind, target_id) DO UPDATE SET body = excluded.body, bookmarked = excluded.bookmarked,
               updated_at = excluded.updated_at",
            params![kind, id, text, bookmarked, now],
        )?;
        self.note(target)
    }
}
