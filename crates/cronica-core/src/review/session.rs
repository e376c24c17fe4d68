//! The review use cases: what is due, a session of due questions, an answer and its new schedule.
//! Each write (the answer with its card) is one transaction.

use std::collections::HashMap;

use super::queue::{DueQuestion, end_of_day};
use super::schedule::DAY_MS;
use super::{DueChapter, ReviewFeedback, ReviewQuestion, ReviewSession, ReviewSummary};
use crate::app::Cronica;
use crate::base::Lang;
use crate::error::{Error, Result};
use crate::quiz::DbNames;
use crate::quiz::{QuizQuestion, QuizResponse, feedback_for, grade, question_body};

/// Most questions asked in one review session; more due start another.
pub const REVIEW_SESSION_LENGTH: usize = 20;

impl Cronica {
    /// What is due today (until the end of the learner's day, their clock `utc_offset_minutes`
    /// ahead of UTC), grouped by chapter in reading order, and when the next question after today is due.
    pub fn review_summary(&self, lang: Lang, utc_offset_minutes: i32) -> Result<ReviewSummary> {
        let until = end_of_day(self.now(), utc_offset_minutes)?;
        let content = self.content();
        let places = self.question_places(&content)?;
        let user = self.user();
        let reader = user.read();
        let tally = reader.due_tally(places, until, 0)?;
        let mut chapters: Vec<DueChapter> = (tally.per_chapter.iter().enumerate())
            .filter(|(_, due)| **due > 0)
            .map(|(index, due)| DueChapter { chapter_id: places.chapter_id(index).into(), chapter_title: String::new(), due: *due })
            .collect();
        if !chapters.is_empty() {
            // One query for every title, not one per chapter.
            let titles: HashMap<String, String> = content.chapters(lang)?.into_iter().map(|c| (c.id, c.title)).collect();
            for chapter in &mut chapters {
                chapter.chapter_title = titles.get(chapter.chapter_id.as_str()).cloned().unwrap_or_default();
            }
        }
        Ok(ReviewSummary { due: tally.total as i64, chapters, next_due: reader.next_due_from(places, until)? })
    }

    /// Starts a review of the questions due today, longest overdue first.
    pub fn start_review(&self, lang: Lang, utc_offset_minutes: i32) -> Result<ReviewSession> {
        self.start_review_seeded(lang, utc_offset_minutes, fastrand::u64(..))
    }

    /// `seed` fixes the order of every option shown in this session. The latest session, if
    /// nothing was answered in it and it would ask the same questions, is shown again instead (a
    /// reload, a language switch). Nothing due is not an error: the session has no questions.
    pub fn start_review_seeded(&self, lang: Lang, utc_offset_minutes: i32, seed: u64) -> Result<ReviewSession> {
        let now = self.now();
        let until = end_of_day(now, utc_offset_minutes)?;
        let content = self.content();
        let places = self.question_places(&content)?;
        // (session id, its seed, the questions it asks, how many are due in all)
        let (session_id, seed, picked, due) = self.user().transact(|w| {
            let tally = w.due_tally(places, until, REVIEW_SESSION_LENGTH)?;
            let picked: Vec<DueQuestion> = tally.first;
            let ids: Vec<String> = picked.iter().map(|q| q.question_id.clone()).collect();
            if ids.is_empty() {
                return Ok((0, 0, picked, 0));
            }
            let (id, seed) = match w.untouched_review_session()?.filter(|s| s.question_ids == ids) {
                Some(open) => (open.id, open.seed),
                None => (w.create_review_session(&ids, seed, now)?, seed & i64::MAX as u64),
            };
            Ok((id, seed, picked, tally.total))
        })?;
        let names = DbNames { db: &content, lang };
        let questions = picked
            .into_iter()
            .map(|due| {
                let q = content.question(lang, &due.question_id)?;
                let chapter_id = places.chapter_id(due.chapter_index);
                Ok(ReviewQuestion {
                    chapter_title: content.chapter_title(lang, chapter_id)?,
                    chapter_id: chapter_id.into(),
                    question: QuizQuestion { body: question_body(&q.answer, &q.id, seed, lang, &names), id: q.id.into(), prompt: q.prompt },
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(ReviewSession { session_id, questions, due: due as i64 })
    }

    /// Grades a review answer (by option id) and reschedules its question, both in one transaction.
    pub fn answer_review(&self, lang: Lang, session_id: i64, question_id: &str, response: &QuizResponse) -> Result<ReviewFeedback> {
        let now = self.now();
        let content = self.content();
        let (question, correct, card, seed) = self.user().transact(|w| {
            let session = w.review_session(session_id)?;
            if !session.question_ids.iter().any(|q| q == question_id) {
                return Err(Error::InvalidInput(format!("question '{question_id}' is not part of review {session_id}")));
            }
            let question = content.question(lang, question_id)?;
            let correct = grade(&question.answer, question_id, session.seed, response)?;
            let stored = serde_json::to_string(response).map_err(|e| Error::Corrupt(e.to_string()))?;
            w.record_review_answer(session_id, question_id, &stored, correct, now)?;
            let card = w.schedule_card(question_id, correct, now)?;
            Ok((question, correct, card, session.seed))
        })?;
        Ok(ReviewFeedback {
            feedback: feedback_for(&content, lang, &question, correct, seed, Some(response))?,
            interval_days: (card.due_at.millis() - now.millis()) / DAY_MS,
            next_due: card.due_at,
        })
    }
}
