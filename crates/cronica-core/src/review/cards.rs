//! Review cards in the user database: one per question ever answered, holding its FSRS memory
//! state and when it is due. Keyed by content id, so a question removed by a content update keeps
//! its row (it is skipped, not deleted).

use rusqlite::{OptionalExtension, params};

use crate::base::Timestamp;
use crate::error::Result;
use crate::storage::{Reader, Writer};

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Card {
    pub question_id: String,
    pub stability: f64,
    pub difficulty: f64,
    pub due_at: Timestamp,
    pub last_review_at: Timestamp,
    pub reviews: i64,
    pub lapses: i64,
}

impl Reader<'_> {
    pub(crate) fn card(&self, question_id: &str) -> Result<Option<Card>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT question_id, stability, difficulty, due_at, last_review_at, reviews, lapses FROM review_cards WHERE question_id = ?1",
            )?
            .query_row([question_id], |r| {
                Ok(Card {
                    question_id: r.get(0)?,
                    stability: r.get(1)?,
                    difficulty: r.get(2)?,
                    due_at: r.get(3)?,
                    last_review_at: r.get(4)?,
                    reviews: r.get(5)?,
                    lapses: r.get(6)?,
                })
            })
            .optional()?)
    }

    /// Calls `visit` with each question due before `until`, the longest overdue first (then by id,
    /// so the order is stable). The ids are borrowed from SQLite's row, not copied: a learner with
    /// ten thousand cards due costs no allocation per card.
    pub(crate) fn for_each_due_before(&self, until: Timestamp, mut visit: impl FnMut(&str)) -> Result<()> {
        let mut stmt = self.conn.prepare_cached("SELECT question_id FROM review_cards WHERE due_at < ?1 ORDER BY due_at, question_id")?;
        let mut rows = stmt.query([until])?;
        while let Some(row) = rows.next()? {
            visit(row.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?);
        }
        Ok(())
    }

    /// Questions due before `until`, in the order of [`Reader::for_each_due_before`].
    #[cfg(test)]
    pub(crate) fn due_before(&self, until: Timestamp) -> Result<Vec<String>> {
        let mut due = Vec::new();
        self.for_each_due_before(until, |id| due.push(id.to_owned()))?;
        Ok(due)
    }

    /// When the first card due from `from` on whose question `keep` accepts comes due.
    pub(crate) fn first_due_from(&self, from: Timestamp, keep: impl Fn(&str) -> bool) -> Result<Option<Timestamp>> {
        let mut stmt =
            self.conn.prepare_cached("SELECT question_id, due_at FROM review_cards WHERE due_at >= ?1 ORDER BY due_at, question_id")?;
        for row in stmt.query_map([from], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Timestamp>(1)?)))? {
            let (id, due) = row?;
            if keep(&id) {
                return Ok(Some(due));
            }
        }
        Ok(None)
    }
}

impl Writer<'_> {
    pub(crate) fn save_card(&self, card: &Card) -> Result<()> {
        self.conn
            .prepare_cached(
                "INSERT INTO review_cards (question_id, stability, difficulty, due_at, last_review_at, reviews, lapses)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (question_id) DO UPDATE SET stability = ?2, difficulty = ?3, due_at = ?4, last_review_at = ?5,
               reviews = ?6, lapses = ?7",
            )?
            .execute(params![
                card.question_id,
                card.stability,
                card.difficulty,
                card.due_at,
                card.last_review_at,
                card.reviews,
                card.lapses
            ])?;
        Ok(())
    }

    /// Schedules `question_id` after an answer at `now` and stores its card; returns it.
    pub(crate) fn schedule_card(&self, question_id: &str, correct: bool, now: Timestamp) -> Result<Card> {
        let previous = self.card(question_id)?;
        let card = super::schedule::schedule(previous.as_ref(), question_id, correct, now)?;
        self.save_card(&card)?;
        Ok(card)
    }
}
