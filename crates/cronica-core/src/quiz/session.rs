//! The self-quiz use cases: start (with a length and chapters), answer, resume, finish. Each write
//! is one transaction.

use std::collections::HashSet;

use super::attempts::Attempt;
use super::queries::{DbNames, StoredQuestion};
use super::{
    AnsweredQuestion, Feedback, History, InterruptedQuiz, MissedQuestion, Quiz, QuizOptions, QuizQuestion, QuizResponse, QuizResult,
    answer_marks, correct_answer, given_answer, grade, question_body, select_questions,
};
use crate::app::Cronica;
use crate::base::Lang;
use crate::error::{Error, Result};
use crate::storage::ContentDb;

impl Cronica {
    /// Starts a self-quiz, favouring questions the learner missed or has not seen.
    pub fn start_quiz(&self, lang: Lang, options: &QuizOptions) -> Result<Quiz> {
        self.start_quiz_seeded(lang, options, fastrand::u64(..))
    }

    /// `seed` picks the questions and fixes the order of every option shown in this attempt. An
    /// open attempt of the same quiz with no answer yet is continued instead (with its own seed);
    /// other unfinished attempts opened from the chapter are closed, so they never pile up.
    pub fn start_quiz_seeded(&self, lang: Lang, options: &QuizOptions, seed: u64) -> Result<Quiz> {
        let content = self.content();
        let chapter_id = options.chapter.as_str();
        // The opening chapter must exist even when it is not among those asked about.
        content.chapter_title(lang, chapter_id)?;
        let chapters = scope_in_reading_order(&content, options)?;
        let mut ids = Vec::new();
        for chapter in &chapters {
            ids.extend(content.question_ids(chapter)?);
        }
        if ids.is_empty() {
            return Err(Error::InvalidInput(format!("no questions in chapter(s) {}", chapters.join(", "))));
        }
        // The seed is stored as SQLite's signed integer; keep it in range both ways.
        let seed = seed & (i64::MAX as u64);
        let now = self.now();
        let wanted = options.length.limit().map_or(ids.len(), |limit| limit.min(ids.len())) as i64;
        let attempt_id = self.user().transact(|w| {
            w.close_stale_attempts(now)?;
            // Continued only if a content update left every one of its questions in place.
            if let Some(open) = w
                .untouched_open_attempt(chapter_id, &chapters)?
                .filter(|a| a.total == wanted && a.question_ids.iter().all(|q| ids.contains(q)))
            {
                return Ok(open.id);
            }
            w.close_open_attempts(chapter_id, now)?;
            let last = w.last_answers(&ids)?;
            let candidates: Vec<(String, History)> = ids.iter().map(|id| (id.clone(), History::from_last(last.get(id).copied()))).collect();
            let picked = select_questions(&candidates, options.length.limit(), &mut fastrand::Rng::with_seed(seed));
            w.create_attempt_over(chapter_id, &chapters, &picked, seed, now)
        })?;
        let attempt = self.user().read().attempt(attempt_id)?;
        quiz_of(&content, lang, &attempt, Vec::new())
    }

    /// The quiz opened from `chapter_id` that the learner left with some answers given, if any.
    pub fn interrupted_quiz(&self, lang: Lang, chapter_id: &str) -> Result<Option<InterruptedQuiz>> {
        let content = self.content();
        let found = {
            let user = self.user();
            let reader = user.read();
            match reader.interrupted_attempt(chapter_id)? {
                Some(attempt) => {
                    let answered = reader.attempt_answers(attempt.id)?.len() as i64;
                    Some((attempt, answered))
                }
                None => None,
            }
        };
        let Some((attempt, answered)) = found else { return Ok(None) };
        // One whose questions a content update removed cannot go on.
        if !attempt.question_ids.iter().all(|q| content.question(lang, q).is_ok()) {
            return Ok(None);
        }
        Ok(Some(InterruptedQuiz { attempt_id: attempt.id, chapter_titles: chapter_titles(&content, lang, &attempt)?, answered, total: attempt.total, started_at: attempt.started_at }))
    }

    /// An unfinished attempt as it was left: its questions (options in the same order) and the
    /// answers already given.
    pub fn resume_quiz(&self, lang: Lang, attempt_id: i64) -> Result<Quiz> {
        let content = self.content();
        let (attempt, answers) = {
            let user = self.user();
            let reader = user.read();
            let attempt = reader.attempt(attempt_id)?;
            (attempt, reader.attempt_answers(attempt_id)?)
        };
        check_open(&attempt)?;
        let answered = attempt
            .question_ids
            .iter()
            .filter_map(|q| answers.get(q).map(|(_, correct)| AnsweredQuestion { question_id: q.as_str().into(), correct: *correct }))
            .collect();
        quiz_of(&content, lang, &attempt, answered)
    }

    pub fn answer_question(&self, lang: Lang, attempt_id: i64, question_id: &str, response: &QuizResponse) -> Result<Feedback> {
        let content = self.content();
        let question = self.user().transact(|w| {
            let attempt = w.attempt(attempt_id)?;
            check_open(&attempt)?;
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
            Ok((question, correct, attempt.seed))
        });
        let (question, correct, seed) = question?;
        feedback_for(&content, lang, &question, correct, seed, Some(response))
    }

    pub fn finish_quiz(&self, lang: Lang, attempt_id: i64) -> Result<QuizResult> {
        let content = self.content();
        let attempt = self.user().transact(|w| w.finish_attempt(attempt_id, self.now()))?;
        quiz_result(&content, lang, &attempt, &self.user().read().attempt_answers(attempt_id)?)
    }
}

/// Refuses an attempt that can take no more answers.
fn check_open(attempt: &Attempt) -> Result<()> {
    let id = attempt.id;
    if attempt.finished_at.is_some() {
        return Err(Error::InvalidInput(format!("quiz {id} is already finished")));
    }
    if attempt.abandoned_at.is_some() {
        return Err(Error::InvalidInput(format!("quiz {id} was closed unfinished")));
    }
    Ok(())
}

/// The chosen chapters, each once, in reading order; an unknown one is an input error.
fn scope_in_reading_order(content: &ContentDb, options: &QuizOptions) -> Result<Vec<String>> {
    if options.chapters.is_empty() {
        return Err(Error::InvalidInput("choose at least one chapter".into()));
    }
    let known = content.chapter_ids_in_order()?;
    let chosen: HashSet<&str> = options.chapters.iter().map(|c| c.as_str()).collect();
    if let Some(unknown) = chosen.iter().find(|c| !known.iter().any(|k| k == *c)) {
        return Err(Error::InvalidInput(format!("there is no chapter '{unknown}'")));
    }
    Ok(known.into_iter().filter(|k| chosen.contains(k.as_str())).collect())
}

fn chapter_titles(content: &ContentDb, lang: Lang, attempt: &Attempt) -> Result<Vec<String>> {
    attempt.chapter_ids.iter().map(|c| content.chapter_title(lang, c)).collect()
}

fn quiz_of(content: &ContentDb, lang: Lang, attempt: &Attempt, answered: Vec<AnsweredQuestion>) -> Result<Quiz> {
    let names = DbNames { db: content, lang };
    let questions = attempt
        .question_ids
        .iter()
        .map(|id| {
            let q = content.question(lang, id)?;
            Ok(QuizQuestion { body: question_body(&q.answer, &q.id, attempt.seed, lang, &names), id: q.id.into(), prompt: q.prompt })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(Quiz {
        attempt_id: attempt.id,
        chapter_id: attempt.chapter_id.as_str().into(),
        chapter_title: content.chapter_title(lang, &attempt.chapter_id)?,
        chapter_titles: chapter_titles(content, lang, attempt)?,
        questions,
        answered,
    })
}

/// How an answer to `question` is explained: whether it was right, the right answer, the answer
/// item by item (when `response` is known), why, and sources. `seed` fixed how it was shown.
pub(crate) fn feedback_for(
    content: &ContentDb,
    lang: Lang,
    question: &StoredQuestion,
    correct: bool,
    seed: u64,
    response: Option<&QuizResponse>,
) -> Result<Feedback> {
    let names = DbNames { db: content, lang };
    Ok(Feedback {
        correct,
        correct_answer: correct_answer(&question.answer, lang, &names),
        marks: match response {
            Some(response) => answer_marks(&question.answer, &question.id, seed, response, lang, &names),
            None => super::AnswerMarks::Whole,
        },
        explanation: question.explanation.clone(),
        sources: content.question_sources(&question.id)?,
    })
}

/// An attempt's score and every question it missed (wrong or unanswered), with `answers` by
/// question id as stored. A question a content update removed is left out of the list.
pub(crate) fn quiz_result(content: &ContentDb, lang: Lang, attempt: &Attempt, answers: &std::collections::HashMap<String, (String, bool)>) -> Result<QuizResult> {
    let names = DbNames { db: content, lang };
    let mut missed = Vec::new();
    for id in &attempt.question_ids {
        let answer = answers.get(id);
        if matches!(answer, Some((_, true))) {
            continue;
        }
        let Ok(question) = content.question(lang, id) else { continue };
        let response: Option<QuizResponse> = answer.and_then(|(json, _)| serde_json::from_str(json).ok());
        missed.push(MissedQuestion {
            question_id: id.as_str().into(),
            prompt: question.prompt.clone(),
            given: response.as_ref().and_then(|r| given_answer(&question.answer, id, attempt.seed, r, lang, &names)),
            feedback: feedback_for(content, lang, &question, false, attempt.seed, response.as_ref())?,
        });
    }
    Ok(QuizResult {
        attempt_id: attempt.id,
        chapter_title: content.chapter_title(lang, &attempt.chapter_id)?,
        chapter_id: attempt.chapter_id.clone(),
        correct: attempt.correct.unwrap_or(0),
        total: attempt.total,
        finished_at: attempt.finished_at,
        missed,
    })
}
