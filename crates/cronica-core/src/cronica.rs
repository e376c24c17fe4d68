//! The application's use cases: each public method is what one screen or action needs, combining
//! the read-only content with the learner's own data.

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use crate::content_db::{ContentDb, DbNames};
use crate::date::timestamp_now;
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::quiz;
use crate::user_db::{Attempt, UserDb};
use crate::views::*;

pub struct Cronica {
    content: Mutex<ContentDb>,
    user: Mutex<UserDb>,
    notices: Vec<Notice>,
}

impl Cronica {
    pub fn new(content: ContentDb, user: UserDb, notices: Vec<Notice>) -> Cronica {
        Cronica { content: Mutex::new(content), user: Mutex::new(user), notices }
    }

    /// Opens the content database and the user database. An unreadable user database is moved
    /// aside and replaced (reported as a notice); if even a fresh one cannot be created, the app
    /// still runs on an in-memory one and says so.
    pub fn open(content_path: &Path, user_path: &Path) -> Result<Cronica> {
        let content = ContentDb::open(content_path)?;
        let mut notices = Vec::new();
        let user = match UserDb::open(user_path) {
            Ok(opened) => {
                if let Some(moved) = opened.recovered_from {
                    notices.push(Notice { kind: NoticeKind::UserDataRecovered, moved_to: moved.display().to_string() });
                }
                opened.db
            }
            Err(_) => {
                notices.push(Notice { kind: NoticeKind::UserDataUnavailable, moved_to: user_path.display().to_string() });
                UserDb::open_in_memory()?
            }
        };
        Ok(Cronica::new(content, user, notices))
    }

    pub fn add_notice(&mut self, notice: Notice) {
        self.notices.push(notice);
    }

    pub fn startup_notices(&self) -> Vec<Notice> {
        self.notices.clone()
    }

    fn content(&self) -> MutexGuard<'_, ContentDb> {
        // A panic while holding the lock cannot leave read-only content half-changed.
        self.content.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn user(&self) -> MutexGuard<'_, UserDb> {
        // Every user write is one transaction, so a poisoned lock still guards consistent data.
        self.user.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn home(&self, lang: Lang) -> Result<Home> {
        let content = self.content();
        let user = self.user();
        let mut continue_reading = None;
        for (chapter_id, section_id) in user.recent_reads(20)? {
            // Content updates may remove a section; skip what no longer exists.
            if let Some(section_title) = content.section_title(lang, &chapter_id, &section_id)? {
                let next = next_unread_section(&content, &user, &chapter_id, &section_id)?;
                let (section_id, section_title) = match next {
                    Some(next) => {
                        let title = content.section_title(lang, &chapter_id, &next)?.unwrap_or(section_title);
                        (next, title)
                    }
                    None => (section_id, section_title),
                };
                continue_reading = Some(ContinueReading {
                    chapter_title: content.chapter_title(lang, &chapter_id)?,
                    chapter_id,
                    section_id,
                    section_title,
                });
                break;
            }
        }
        let last_quiz = match user.last_finished_attempt()? {
            Some(attempt) => quiz_result(&content, lang, &attempt).ok(),
            None => None,
        };
        Ok(Home {
            title: content.title(lang)?,
            description: content.description(lang)?,
            as_of: content.as_of()?,
            counts: content.counts()?,
            eras: content.eras(lang)?,
            continue_reading,
            last_quiz,
        })
    }

    pub fn list_chapters(&self, lang: Lang) -> Result<Vec<ChapterSummary>> {
        let content = self.content();
        let user = self.user();
        let best = user.best_scores()?;
        content
            .chapters(lang)?
            .into_iter()
            .map(|row| {
                let progress = progress(&content, &user, &row.id)?;
                Ok(ChapterSummary {
                    question_count: content.question_count(&row.id)?,
                    best_score: best.get(&row.id).map(|&(correct, total)| QuizScore { correct, total }),
                    id: row.id,
                    order: row.order,
                    title: row.title,
                    summary: row.summary,
                    word_count: row.words,
                    progress,
                })
            })
            .collect()
    }

    pub fn get_chapter(&self, lang: Lang, id: &str) -> Result<Chapter> {
        let content = self.content();
        let mut chapter = content.chapter(lang, id)?;
        chapter.progress = progress(&content, &self.user(), id)?;
        Ok(chapter)
    }

    pub fn mark_section_read(&self, chapter_id: &str, section_id: &str) -> Result<ChapterProgress> {
        let content = self.content();
        if content.section_title(Lang::Es, chapter_id, section_id)?.is_none() {
            return Err(Error::not_found("section", format!("{chapter_id}/{section_id}")));
        }
        let mut user = self.user();
        user.mark_section_read(chapter_id, section_id, &timestamp_now())?;
        progress(&content, &user, chapter_id)
    }

    pub fn list_eras(&self, lang: Lang) -> Result<Vec<Era>> {
        self.content().eras(lang)
    }

    pub fn list_events(&self, lang: Lang, filter: &EventFilter) -> Result<Vec<EventSummary>> {
        self.content().events(lang, filter)
    }

    pub fn get_event(&self, lang: Lang, id: &str) -> Result<EventDetail> {
        self.content().event(lang, id)
    }

    pub fn list_figures(&self, lang: Lang) -> Result<Vec<FigureSummary>> {
        self.content().figures(lang)
    }

    pub fn get_figure(&self, lang: Lang, id: &str) -> Result<FigureDetail> {
        self.content().figure(lang, id)
    }

    pub fn list_terms(&self, lang: Lang) -> Result<Vec<Term>> {
        self.content().terms(lang)
    }

    pub fn get_term(&self, lang: Lang, id: &str) -> Result<Term> {
        self.content().term(lang, id)
    }

    pub fn get_perspective(&self, lang: Lang, id: &str) -> Result<Perspective> {
        self.content().perspective(lang, id)
    }

    pub fn get_source(&self, id: &str) -> Result<Source> {
        self.content().source(id)
    }

    /// Starts a self-quiz on a chapter, favouring questions the learner missed or has not seen.
    pub fn start_quiz(&self, lang: Lang, chapter_id: &str) -> Result<Quiz> {
        self.start_quiz_seeded(lang, chapter_id, fastrand::u64(..))
    }

    pub fn start_quiz_seeded(&self, lang: Lang, chapter_id: &str, seed: u64) -> Result<Quiz> {
        let content = self.content();
        let chapter_title = content.chapter_title(lang, chapter_id)?;
        let ids = content.question_ids(chapter_id)?;
        if ids.is_empty() {
            return Err(Error::InvalidInput(format!("chapter '{chapter_id}' has no questions")));
        }
        let mut user = self.user();
        let history = user.question_history(&ids)?;
        let candidates: Vec<(String, quiz::History)> =
            ids.into_iter().map(|id| (id.clone(), history.get(&id).copied().unwrap_or(quiz::History::Unseen))).collect();
        let mut rng = fastrand::Rng::with_seed(seed);
        let picked = quiz::select_questions(&candidates, &mut rng);
        let names = DbNames { db: &content, lang };
        let questions = picked
            .iter()
            .map(|id| {
                let q = content.question(lang, id)?;
                Ok(QuizQuestion { body: quiz::question_body(&q.answer, &q.id, lang, &names, &mut rng), id: q.id, prompt: q.prompt })
            })
            .collect::<Result<Vec<_>>>()?;
        let attempt_id = user.create_attempt(chapter_id, &picked, &timestamp_now())?;
        Ok(Quiz { attempt_id, chapter_id: chapter_id.to_string(), chapter_title, questions })
    }

    pub fn answer_question(&self, lang: Lang, attempt_id: i64, question_id: &str, response: &QuizResponse) -> Result<Feedback> {
        let content = self.content();
        let mut user = self.user();
        let attempt = user.attempt(attempt_id)?;
        if attempt.finished_at.is_some() {
            return Err(Error::InvalidInput(format!("quiz {attempt_id} is already finished")));
        }
        if !attempt.question_ids.iter().any(|q| q == question_id) {
            return Err(Error::InvalidInput(format!("question '{question_id}' is not part of quiz {attempt_id}")));
        }
        let question = content.question(lang, question_id)?;
        let correct = quiz::grade(&question.answer, question_id, response)?;
        let stored = serde_json::to_string(response).map_err(|e| Error::Corrupt(e.to_string()))?;
        user.record_answer(attempt_id, question_id, &stored, correct, &timestamp_now())?;
        let names = DbNames { db: &content, lang };
        let correct_choice = match &question.answer {
            quiz::StoredAnswer::MultipleChoice { answer, .. } => Some(*answer as i64),
            _ => None,
        };
        Ok(Feedback {
            correct,
            correct_choice,
            correct_answer: quiz::correct_answer_text(&question.answer, lang, &names),
            explanation: question.explanation,
            sources: content.sources_for("question", question_id)?,
        })
    }

    pub fn finish_quiz(&self, lang: Lang, attempt_id: i64) -> Result<QuizResult> {
        let content = self.content();
        let attempt = self.user().finish_attempt(attempt_id, &timestamp_now())?;
        quiz_result(&content, lang, &attempt)
    }
}

fn quiz_result(content: &ContentDb, lang: Lang, attempt: &Attempt) -> Result<QuizResult> {
    Ok(QuizResult {
        attempt_id: attempt.id,
        chapter_title: content.chapter_title(lang, &attempt.chapter_id)?,
        chapter_id: attempt.chapter_id.clone(),
        correct: attempt.correct.unwrap_or(0),
        total: attempt.total,
        finished_at: attempt.finished_at.clone().unwrap_or_default(),
    })
}

/// Progress counts only sections that still exist in the current content.
fn progress(content: &ContentDb, user: &UserDb, chapter_id: &str) -> Result<ChapterProgress> {
    let sections = content.section_ids(chapter_id)?;
    let reads = user.reads_in_chapter(chapter_id)?;
    let last = reads.iter().find(|s| sections.contains(s)).cloned();
    let read_section_ids: Vec<String> = sections.iter().filter(|s| reads.contains(s)).cloned().collect();
    Ok(ChapterProgress {
        sections_read: read_section_ids.len() as i64,
        sections_total: sections.len() as i64,
        last_section_id: last,
        read_section_ids,
    })
}

/// After the section last read, the next one not yet read (if any) is where to continue.
fn next_unread_section(content: &ContentDb, user: &UserDb, chapter_id: &str, last: &str) -> Result<Option<String>> {
    let sections = content.section_ids(chapter_id)?;
    let read = user.reads_in_chapter(chapter_id)?;
    let after = sections.iter().skip_while(|s| s.as_str() != last).skip(1);
    Ok(after.into_iter().find(|s| !read.contains(s)).cloned())
}

#[cfg(test)]
mod tests;
