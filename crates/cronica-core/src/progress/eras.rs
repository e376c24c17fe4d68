//! Which era a chapter belongs to, for the dashboard's per-era figures: the era most of the events
//! its sections link to fall in (the earlier era on a tie). Chapters are narratives and may reach
//! into a neighbouring era; counting each chapter once keeps the eras' figures adding up to the whole.

use std::collections::HashMap;

use crate::error::Result;
use crate::storage::ContentDb;

impl ContentDb {
    /// Chapter id → era id, for every chapter that links to at least one event.
    pub(crate) fn chapter_eras(&self) -> Result<HashMap<String, String>> {
        let mut stmt = self.conn.prepare(
            "SELECT l.chapter_id, e.era FROM section_links l JOIN events e ON e.id = l.target_id JOIN eras r ON r.id = e.era
             WHERE l.kind = 'event' GROUP BY l.chapter_id, e.era ORDER BY l.chapter_id, COUNT(*) DESC, r.ord",
        )?;
        let mut out = HashMap::new();
        for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
            let (chapter, era) = row?;
            // Rows of a chapter come best first: the first one wins.
            out.entry(chapter).or_insert(era);
        }
        Ok(out)
    }
}
