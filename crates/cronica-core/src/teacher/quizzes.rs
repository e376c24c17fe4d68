//! A teacher's quizzes: a title, an optional description and an ordered list of questions from the
//! bank or their own, each with a time limit and points. Opening a quiz resolves every item; one
//! whose question a content update removed stays in place, marked missing, and the quiz still opens.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::bank::BankQuestion;
use super::own::OwnQuestion;
use crate::app::Cronica;
use crate::base::{Lang, QuestionId, TeacherQuizId, Timestamp};
use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, TS)]
#[serde(rename_all = "camelCase")]
pub enum ItemOrigin {
    Bank,
    Own,
}

impl ItemOrigin {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            ItemOrigin::Bank => "bank",
            ItemOrigin::Own => "own",
        }
    }

    pub(crate) fn parse(text: &str) -> Option<ItemOrigin> {
        match text {
            "bank" => Some(ItemOrigin::Bank),
            "own" => Some(ItemOrigin::Own),
            _ => None,
        }
    }
}

/// One question of a quiz, as saved.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct QuizItemDraft {
    pub origin: ItemOrigin,
    pub question_id: QuestionId,
    pub time_limit_s: i64,
    pub points: i64,
}

pub type QuizItem = QuizItemDraft;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TeacherQuizDraft {
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub items: Vec<QuizItemDraft>,
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct TeacherQuizSummary {
    pub id: TeacherQuizId,
    pub title: String,
    pub description: String,
    pub question_count: i64,
    pub updated_at: Timestamp,
}

/// One item with its question resolved; `missing` when the question no longer exists.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(tag = "status", rename_all = "camelCase")]
pub enum QuizItemView {
    Bank { item: QuizItem, question: BankQuestion },
    Own { item: QuizItem, question: OwnQuestion },
    Missing { item: QuizItem },
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct TeacherQuiz {
    pub id: TeacherQuizId,
    pub title: String,
    pub description: String,
    pub items: Vec<QuizItemView>,
    pub updated_at: Timestamp,
}

pub(crate) const MAX_ITEMS: usize = 200;
pub(crate) const TIME_LIMITS_S: std::ops::RangeInclusive<i64> = 5..=600;
pub(crate) const POINTS: std::ops::RangeInclusive<i64> = 0..=10_000;
pub(crate) const MAX_TITLE: usize = 200;
pub(crate) const MAX_DESCRIPTION: usize = 2000;

/// A draft is refused whole, with a message naming what is wrong.
fn check(draft: &TeacherQuizDraft) -> Result<()> {
    let invalid = |m: String| Err(Error::InvalidInput(m));
    let title = draft.title.trim();
    if title.is_empty() || title.chars().count() > MAX_TITLE {
        return invalid(format!("a quiz needs a title of 1–{MAX_TITLE} characters"));
    }
    if draft.description.chars().count() > MAX_DESCRIPTION {
        return invalid(format!("the description is longer than {MAX_DESCRIPTION} characters"));
    }
    if draft.items.len() > MAX_ITEMS {
        return invalid(format!("a quiz holds at most {MAX_ITEMS} questions"));
    }
    for (i, item) in draft.items.iter().enumerate() {
        if !TIME_LIMITS_S.contains(&item.time_limit_s) {
            return invalid(format!(
                "question {}: the time limit must be {}–{} seconds",
                i + 1,
                TIME_LIMITS_S.start(),
                TIME_LIMITS_S.end()
            ));
        }
        if !POINTS.contains(&item.points) {
            return invalid(format!("question {}: points must be {}–{}", i + 1, POINTS.start(), POINTS.end()));
        }
        if item.question_id.is_empty() || item.question_id.len() > 100 {
            return invalid(format!("question {}: not a question id", i + 1));
        }
    }
    Ok(())
}

impl Cronica {
    pub fn list_teacher_quizzes(&self) -> Result<Vec<TeacherQuizSummary>> {
        self.user().read().teacher_quizzes()
    }

    /// Creates (`id` absent) or replaces a quiz; every question it names must exist now.
    pub fn save_teacher_quiz(&self, id: Option<&str>, draft: &TeacherQuizDraft) -> Result<TeacherQuizSummary> {
        check(draft)?;
        let content = self.content();
        let mut user = self.user();
        user.transact(|w| {
            for item in &draft.items {
                let exists = match item.origin {
                    ItemOrigin::Bank => content.question_exists(&item.question_id)?,
                    ItemOrigin::Own => w.own_question(&item.question_id)?.is_some(),
                };
                if !exists {
                    return Err(Error::not_found(crate::base::ItemKind::Question, item.question_id.as_str()));
                }
            }
            w.save_teacher_quiz(id, draft, Timestamp::now())
        })
    }

    pub fn get_teacher_quiz(&self, lang: Lang, id: &str) -> Result<TeacherQuiz> {
        let content = self.content();
        let user = self.user();
        let reader = user.read();
        let (summary, items) = reader.teacher_quiz(id)?;
        let items = items
            .into_iter()
            .map(|item| {
                Ok(match item.origin {
                    ItemOrigin::Bank if content.question_exists(&item.question_id)? => {
                        QuizItemView::Bank { question: content.bank_question(lang, &item.question_id)?, item }
                    }
                    ItemOrigin::Own => match reader.own_question(&item.question_id)? {
                        Some(question) => QuizItemView::Own { question, item },
                        None => QuizItemView::Missing { item },
                    },
                    ItemOrigin::Bank => QuizItemView::Missing { item },
                })
            })
            .collect::<Result<_>>()?;
        Ok(TeacherQuiz { id: summary.id, title: summary.title, description: summary.description, items, updated_at: summary.updated_at })
    }

    /// A copy under a new id, titled "(copy)" in the caller's words.
    pub fn duplicate_teacher_quiz(&self, id: &str, title: &str) -> Result<TeacherQuizSummary> {
        let (summary, items) = self.user().read().teacher_quiz(id)?;
        let draft = TeacherQuizDraft { title: title.to_string(), description: summary.description, items };
        check(&draft)?;
        self.user().transact(|w| w.save_teacher_quiz(None, &draft, Timestamp::now()))
    }

    pub fn delete_teacher_quiz(&self, id: &str) -> Result<()> {
        self.user().transact(|w| w.delete_teacher_quiz(id))
    }
}
