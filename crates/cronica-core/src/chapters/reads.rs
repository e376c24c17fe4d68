//! Which sections the learner has read, in the user database.

use rusqlite::params;

use crate::base::Timestamp;
use crate::error::Result;
use crate::storage::content::collect;
use crate::storage::{Reader, Writer};

impl Writer<'_> {
    pub(crate) fn mark_section_read(&self, chapter_id: &str, section_id: &str, now: Timestamp) -> Result<()> {
        self.conn.execute(
            "INSERT INTO section_reads (chapter_id, section_id, read_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (chapter_id, section_id) DO UPDATE SET read_at = excluded.read_at",
            params![chapter_id, section_id, now],
        )?;
        Ok(())
    }
}

impl Reader<'_> {
    /// Section ids read in one chapter, most recently read first.
    pub(crate) fn reads_in_chapter(&self, chapter_id: &str) -> Result<Vec<String>> {
        let mut stmt =
            self.conn.prepare_cached("SELECT section_id FROM section_reads WHERE chapter_id = ?1 ORDER BY read_at DESC, rowid DESC")?;
        collect(stmt.query_map([chapter_id], |r| r.get(0))?)
    }

    /// Sections read, most recent first.
    pub(crate) fn recent_reads(&self, limit: usize) -> Result<Vec<(String, String)>> {
        let mut stmt = self.conn.prepare("SELECT chapter_id, section_id FROM section_reads ORDER BY read_at DESC, rowid DESC LIMIT ?1")?;
        collect(stmt.query_map([limit as i64], |r| Ok((r.get(0)?, r.get(1)?)))?)
    }
}
