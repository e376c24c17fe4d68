//! The self-quiz use cases: start, answer, finish. Each write is one transaction.

use super::attempts::Attempt;
use super::queries::{DbNames, StoredQuestion};
use super::{Feedback, History, Quiz, QuizQuestion, QuizResponse, QuizResult, correct_answer, grade, question_body, select_questions};
use crate::app::Cronica;
use crate::base::Lang;
use crate::error::{Error, Result};
use crate::storage::ContentDb;

impl Cronica {
    /// Starts a self-quiz on a chapter, favouring questions the learner missed or has not seen.
    pub fn start_quiz(&self, lang: Lang, chapter_id: &str) -> Result<Quiz> {
        self.start_quiz_seeded(lang, chapter_id, fastrand::u64(..))
    }

    /// `seed` picks the questions and fixes the order of every option shown in this attempt. An
    /// open attempt at the chapter with no answer yet is continued instead (with its own seed), and
    /// other unfinished attempts are closed, so open attempts never pile up.
    pub fn start_quiz_seeded(&self, lang: Lang, chapter_id: &str, seed: u64) -> Result<Quiz> {
        let content = self.content();
        let chapter_title = content.chapter_title(lang, chapter_id)?;
        let ids = content.question_ids(chapter_id)?;
        if ids.is_empty() {
            return Err(Error::InvalidInput(format!("chapter '{chapter_id}' has no questions")));
        }
        // The seed is stored as SQLite's signed integer; keep it in range both ways.
        let seed = seed & (i64::MAX as u64);
        let now = self.now();
        let names = DbNames { db: &content, lang };
        let build = |picked: &[String], seed: u64| {
            picked
                .iter()
                .map(|id| {
                    let q = content.question(lang, id)?;
                    Ok(QuizQuestion { body: question_body(&q.answer, &q.id, seed, lang, &names), id: q.id.into(), prompt: q.prompt })
                })
                .collect::<Result<Vec<_>>>()
        };
        let (attempt_id, questions) = self.user().transact(|w| {
            w.close_stale_attempts(now)?;
            // Continued only if a content update left every one of its questions in place.
            if let Some(open) = w.untouched_open_attempt(chapter_id)?.filter(|a| a.question_ids.iter().all(|q| ids.contains(q))) {
                return Ok((open.id, build(&open.question_ids, open.seed)?));
            }
            w.close_open_attempts(chapter_id, now)?;
            let last = w.last_answers(&ids)?;
            let candidates: Vec<(String, History)> = ids.iter().map(|id| (id.clone(), History::from_last(last.get(id).copied()))).collect();
            let picked = select_questions(&candidates, &mut fastrand::Rng::with_seed(seed));
            let questions = build(&picked, seed)?;
            Ok((w.create_attempt(chapter_id, &picked, seed, now)?, questions))
        })?;
        Ok(Quiz { attempt_id, chapter_id: chapter_id.into(), chapter_title, questions })
    }

    pub fn answer_question(&self, lang: Lang, attempt_id: i64, question_id: &str, response: &QuizResponse) -> Result<Feedback> {
        let content = self.content();
        let question = self.user().transact(|w| {
            let attempt = w.attempt(attempt_id)?;
            if attempt.finished_at.is_some() {
                return Err(Error::InvalidInput(format!("quiz {attempt_id} is already finished")));
            }
            if attempt.abandoned_at.is_some() {
                return Err(Error::InvalidInput(format!("quiz {attempt_id} was closed unfinished")));
            }
            if !attempt.question_ids.iter().any(|q| q == question_id) {
                return Err(Error::InvalidInput(format!("question '{question_id}' is not part of quiz {attempt_id}")));
            }
            let question = content.question(lang, question_id)?;
            let correct = grade(&question.answer, question_id, attempt.seed, response)?;
            let stored = serde_json::to_string(response).map_err(|e| Error::Corrupt(e.to_string()))?;
            // Every answered question is scheduled for review with the answer (see `review`).
            let now = self.now();
            w.record_answer(attempt_id, question_id, &stored, correct, now)?;
            w.schedule_card(question_id, correct, now)?;
            Ok((question, correct))
        });
        let (question, correct) = question?;
        feedback_for(&content, lang, &question, correct)
    }

    pub fn finish_quiz(&self, lang: Lang, attempt_id: i64) -> Result<QuizResult> {
        let content = self.content();
        let attempt = self.user().transact(|w| w.finish_attempt(attempt_id, self.now()))?;
        quiz_result(&content, lang, &attempt)
    }
}

/// How an answer to `question` is explained: whether it was right, the right answer, why, and sources.
pub(crate) fn feedback_for(content: &ContentDb, lang: Lang, question: &StoredQuestion, correct: bool) -> Result<Feedback> {
    let names = DbNames { db: content, lang };
    Ok(Feedback {
        correct,
        correct_answer: correct_answer(&question.answer, lang, &names),
        explanation: question.explanation.clone(),
        sources: content.question_sources(&question.id)?,
    })
}

pub(crate) fn quiz_result(content: &ContentDb, lang: Lang, attempt: &Attempt) -> Result<QuizResult> {
    Ok(QuizResult {
        attempt_id: attempt.id,
        chapter_title: content.chapter_title(lang, &attempt.chapter_id)?,
        chapter_id: attempt.chapter_id.clone(),
        correct: attempt.correct.unwrap_or(0),
        total: attempt.total,
        finished_at: attempt.finished_at,
    })
}
