//! The progress dashboard: per chapter and per era, sections read and quiz mastery (the share of
//! the questions whose latest answer, in a quiz or in review, was right); the review streak in the
//! learner's local days; the questions most often answered wrong. Also starting over (`reset`).

mod answers;
mod eras;
mod reset;
mod streak;

use std::collections::HashMap;

use serde::Serialize;
use ts_rs::TS;

use crate::app::Cronica;
use crate::base::{ChapterId, Lang, QuestionId};
use crate::chapters::progress as chapter_progress;
use crate::error::Result;
use crate::review::end_of_day;

pub use reset::ProgressReset;
pub use streak::{Streak, streak};

use answers::AnswerRecord;

/// How many of the weakest questions the dashboard lists.
pub const WEAKEST_LISTED: usize = 10;

/// Reading and quiz figures of a chapter, an era or everything.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, Default, TS)]
#[serde(rename_all = "camelCase")]
pub struct Mastery {
    pub sections_read: i64,
    pub sections_total: i64,
    pub questions_total: i64,
    /// Questions answered at least once.
    pub questions_answered: i64,
    /// Questions whose latest answer was right: the mastered ones.
    pub questions_right: i64,
}

impl Mastery {
    fn add(&mut self, other: &Mastery) {
        self.sections_read += other.sections_read;
        self.sections_total += other.sections_total;
        self.questions_total += other.questions_total;
        self.questions_answered += other.questions_answered;
        self.questions_right += other.questions_right;
    }
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChapterMastery {
    pub chapter_id: ChapterId,
    pub title: String,
    /// The era the chapter is counted in; none for a chapter that links to no event.
    pub era_id: Option<String>,
    pub mastery: Mastery,
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct EraMastery {
    pub era_id: String,
    pub title: String,
    pub chapters: i64,
    pub mastery: Mastery,
}

/// A question the learner often gets wrong.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct WeakQuestion {
    pub question_id: QuestionId,
    pub chapter_id: ChapterId,
    pub chapter_title: String,
    pub prompt: String,
    pub wrong: i64,
    pub answered: i64,
    pub last_correct: bool,
    /// Whether it is due for review today (else it is practised in its chapter's quiz).
    pub due_today: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProgressReport {
    pub total: Mastery,
    /// Chapters in reading order.
    pub chapters: Vec<ChapterMastery>,
    /// Eras in order, those with at least one chapter.
    pub eras: Vec<EraMastery>,
    pub streak: Streak,
    /// Most often wrong first (then those last answered wrong, then the most recently answered).
    pub weakest: Vec<WeakQuestion>,
}

/// Orders weak questions: most wrong answers, then last answered wrong, then most recent.
fn weakness_order(a: &AnswerRecord, b: &AnswerRecord) -> std::cmp::Ordering {
    b.wrong.cmp(&a.wrong).then(a.last_correct.cmp(&b.last_correct)).then(b.last_at.cmp(&a.last_at))
}

impl Cronica {
    /// The dashboard in `lang`; the streak's days end at the learner's midnight, their clock
    /// `utc_offset_minutes` ahead of UTC.
    pub fn progress(&self, lang: Lang, utc_offset_minutes: i32) -> Result<ProgressReport> {
        let now = self.now();
        let end_of_today = end_of_day(now, utc_offset_minutes)?;
        let content = self.content();
        let user = self.user();
        let reader = user.read();
        let records = reader.answer_records()?;
        let chapter_eras = content.chapter_eras()?;
        let mut by_chapter: HashMap<String, Vec<String>> = HashMap::new();
        for (chapter, question) in content.bank_question_ids()? {
            by_chapter.entry(chapter).or_default().push(question);
        }

        let mut chapters = Vec::new();
        for row in content.chapters(lang)? {
            let read = chapter_progress(&content, &reader, &row.id)?;
            let questions = by_chapter.get(&row.id).map(Vec::as_slice).unwrap_or_default();
            let answered: Vec<&AnswerRecord> = questions.iter().filter_map(|q| records.get(q)).collect();
            let mastery = Mastery {
                sections_read: read.sections_read,
                sections_total: read.sections_total,
                questions_total: questions.len() as i64,
                questions_answered: answered.len() as i64,
                questions_right: answered.iter().filter(|r| r.last_correct).count() as i64,
            };
            chapters.push(ChapterMastery {
                era_id: chapter_eras.get(&row.id).cloned(),
                chapter_id: row.id.into(),
                title: row.title,
                mastery,
            });
        }

        let mut eras = Vec::new();
        for era in content.eras(lang)? {
            let mut mastery = Mastery::default();
            let mut count = 0;
            for chapter in chapters.iter().filter(|c| c.era_id.as_deref() == Some(era.id.as_str())) {
                mastery.add(&chapter.mastery);
                count += 1;
            }
            if count > 0 {
                eras.push(EraMastery { era_id: era.id, title: era.title, chapters: count, mastery });
            }
        }
        let mut total = Mastery::default();
        chapters.iter().for_each(|c| total.add(&c.mastery));

        let mut weak: Vec<(&String, &String, &AnswerRecord)> = by_chapter
            .iter()
            .flat_map(|(chapter, questions)| questions.iter().map(move |q| (chapter, q)))
            .filter_map(|(chapter, q)| records.get(q).filter(|r| r.wrong > 0).map(|r| (chapter, q, r)))
            .collect();
        weak.sort_by(|a, b| weakness_order(a.2, b.2).then_with(|| a.1.cmp(b.1)));
        let mut weakest = Vec::new();
        for (chapter, question, record) in weak.into_iter().take(WEAKEST_LISTED) {
            weakest.push(WeakQuestion {
                question_id: question.as_str().into(),
                chapter_id: chapter.as_str().into(),
                chapter_title: content.chapter_title(lang, chapter)?,
                prompt: content.question(lang, question)?.prompt,
                wrong: record.wrong,
                answered: record.answered,
                last_correct: record.last_correct,
                due_today: reader.card(question)?.is_some_and(|card| card.due_at < end_of_today),
            });
        }

        let streak = streak(&reader.review_answer_times()?, now, utc_offset_minutes);
        Ok(ProgressReport { total, chapters, eras, streak, weakest })
    }
}

#[cfg(test)]
mod tests;
