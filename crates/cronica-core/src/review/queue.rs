//! The due queue: cards due before the end of the learner's day, matched with the content's
//! questions. A card whose question a content update removed is skipped (its row stays, and comes
//! back if the question does).

use std::collections::HashMap;

use super::schedule::DAY_MS;
use crate::app::Cronica;
use crate::base::Timestamp;
use crate::error::{Error, Result};
use crate::storage::{ContentDb, Reader};

/// The furthest a local clock is from UTC, in minutes (UTC−12 to UTC+14).
const MAX_OFFSET_MINUTES: i32 = 14 * 60;

/// A due question and its chapter's place in the reading order.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct DueQuestion {
    pub question_id: String,
    pub chapter_index: usize,
}

/// The first moment of the next local day, for a clock `utc_offset_minutes` ahead of UTC.
pub(crate) fn end_of_day(now: Timestamp, utc_offset_minutes: i32) -> Result<Timestamp> {
    if !(-MAX_OFFSET_MINUTES..=MAX_OFFSET_MINUTES).contains(&utc_offset_minutes) {
        return Err(Error::InvalidInput(format!("{utc_offset_minutes} minutes is not a time zone's offset from UTC")));
    }
    let offset = i64::from(utc_offset_minutes) * 60_000;
    let local = now.millis() + offset;
    Ok(Timestamp::from_millis((local.div_euclid(DAY_MS) + 1) * DAY_MS - offset))
}

/// Where each question of the content is: its chapter, by place in reading order. The content does
/// not change while the app runs, so the app reads this once (see [`Cronica::question_places`]).
#[derive(Debug)]
pub(crate) struct QuestionPlaces {
    /// Chapter ids in reading order.
    chapters: Vec<String>,
    /// Question id → index in `chapters`.
    questions: HashMap<String, usize>,
}

impl QuestionPlaces {
    pub(crate) fn of(content: &ContentDb) -> Result<QuestionPlaces> {
        let mut chapters: Vec<String> = Vec::new();
        let mut questions = HashMap::new();
        for (chapter, question) in content.bank_question_ids()? {
            if chapters.last() != Some(&chapter) {
                chapters.push(chapter);
            }
            questions.insert(question, chapters.len() - 1);
        }
        Ok(QuestionPlaces { chapters, questions })
    }

    pub(crate) fn chapter_id(&self, index: usize) -> &str {
        self.chapters.get(index).map_or("", String::as_str)
    }
}

impl Cronica {
    /// The content's question places, read on first use.
    pub(crate) fn question_places(&self, content: &ContentDb) -> Result<&QuestionPlaces> {
        if let Some(places) = self.review_places.get() {
            return Ok(places);
        }
        let places = QuestionPlaces::of(content)?;
        Ok(self.review_places.get_or_init(|| places))
    }
}

/// What is due today, counted in one pass over the cards: how many per chapter, in all, and the
/// first few in queue order (a session's worth). Nothing is kept per card beyond those few, so a
/// learner with ten thousand cards due is answered as fast as one with a hundred.
#[derive(Debug, Default)]
pub(crate) struct DueTally {
    /// Due questions per chapter, indexed by place in reading order.
    pub per_chapter: Vec<i64>,
    /// Due questions in all.
    pub total: usize,
    /// The first due questions, longest overdue first.
    pub first: Vec<DueQuestion>,
}

impl Reader<'_> {
    /// Tallies the questions due before `until` that the content still has, keeping the first `keep`.
    pub(crate) fn due_tally(&self, places: &QuestionPlaces, until: Timestamp, keep: usize) -> Result<DueTally> {
        let mut tally = DueTally { per_chapter: vec![0; places.chapters.len()], ..DueTally::default() };
        self.for_each_due_before(until, |question_id| {
            let Some(&chapter_index) = places.questions.get(question_id) else { return };
            tally.per_chapter[chapter_index] += 1;
            tally.total += 1;
            if tally.first.len() < keep {
                tally.first.push(DueQuestion { question_id: question_id.to_owned(), chapter_index });
            }
        })?;
        Ok(tally)
    }

    /// When the first question the content still has comes due from `from` on.
    pub(crate) fn next_due_from(&self, places: &QuestionPlaces, from: Timestamp) -> Result<Option<Timestamp>> {
        self.first_due_from(from, |id| places.questions.contains_key(id))
    }
}
