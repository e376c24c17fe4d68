//! Teachers' questions and quizzes in the user database.

use rusqlite::{OptionalExtension, params};

use super::own::{OwnQuestion, OwnQuestionDraft};
use super::quizzes::{ItemOrigin, QuizItem, TeacherQuizDraft, TeacherQuizSummary};
use crate::base::Timestamp;
use crate::error::{Error, NotFoundKind, Result};
use crate::storage::content::collect;
use crate::storage::{Reader, Writer};

fn new_id(prefix: &str) -> String {
    format!("{prefix}-{:016x}", fastrand::u64(..))
}

fn quiz_not_found(id: &str) -> Error {
    Error::NotFound { kind: NotFoundKind::TeacherQuiz, id: id.to_string() }
}

fn own_from_row(r: &rusqlite::Row) -> rusqlite::Result<(String, String, Timestamp)> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?))
}

fn own_question((id, body, updated_at): (String, String, Timestamp)) -> Result<OwnQuestion> {
    let draft: OwnQuestionDraft = serde_json::from_str(&body).map_err(|e| Error::Corrupt(format!("teacher question {id}: {e}")))?;
    Ok(OwnQuestion { id: id.into(), draft, updated_at })
}

impl Reader<'_> {
    pub(crate) fn own_questions(&self) -> Result<Vec<OwnQuestion>> {
        let mut stmt = self.conn.prepare("SELECT id, body, updated_at FROM teacher_questions ORDER BY updated_at DESC, id")?;
        collect(stmt.query_map([], own_from_row)?)?.into_iter().map(own_question).collect()
    }

    pub(crate) fn own_question(&self, id: &str) -> Result<Option<OwnQuestion>> {
        let row = self.conn.query_row("SELECT id, body, updated_at FROM teacher_questions WHERE id = ?1", [id], own_from_row).optional()?;
        row.map(own_question).transpose()
    }

    pub(crate) fn teacher_quizzes(&self) -> Result<Vec<TeacherQuizSummary>> {
        let mut stmt = self.conn.prepare(
            "SELECT q.id, q.title, q.description, q.updated_at, (SELECT COUNT(*) FROM teacher_quiz_items i WHERE i.quiz_id = q.id)
             FROM teacher_quizzes q ORDER BY q.updated_at DESC, q.id",
        )?;
        collect(stmt.query_map([], |r| {
            Ok(TeacherQuizSummary {
                id: r.get(0)?,
                title: r.get(1)?,
                description: r.get(2)?,
                updated_at: r.get(3)?,
                question_count: r.get(4)?,
            })
        })?)
    }

    pub(crate) fn teacher_quiz(&self, id: &str) -> Result<(TeacherQuizSummary, Vec<QuizItem>)> {
        let mut stmt = self
            .conn
            .prepare("SELECT origin, question_id, time_limit_s, points FROM teacher_quiz_items WHERE quiz_id = ?1 ORDER BY ord")?;
        let rows: Vec<(String, String, i64, i64)> = collect(stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?)?;
        let items = rows
            .into_iter()
            .map(|(origin, question_id, time_limit_s, points)| {
                let origin = ItemOrigin::parse(&origin).ok_or_else(|| Error::Corrupt(format!("quiz {id}: item origin '{origin}'")))?;
                Ok(QuizItem { origin, question_id: question_id.into(), time_limit_s, points })
            })
            .collect::<Result<Vec<_>>>()?;
        let summary = self
            .conn
            .query_row("SELECT id, title, description, updated_at FROM teacher_quizzes WHERE id = ?1", [id], |r| {
                Ok(TeacherQuizSummary {
                    id: r.get(0)?,
                    title: r.get(1)?,
                    description: r.get(2)?,
                    updated_at: r.get(3)?,
                    question_count: items.len() as i64,
                })
            })
            .optional()?
            .ok_or_else(|| quiz_not_found(id))?;
        Ok((summary, items))
    }
}

impl Writer<'_> {
    pub(crate) fn save_own_question(&self, id: Option<&str>, draft: &OwnQuestionDraft, now: Timestamp) -> Result<OwnQuestion> {
        let body = serde_json::to_string(draft).map_err(|e| Error::Corrupt(e.to_string()))?;
        let id = match id {
            Some(id) => {
                let changed = self.conn.execute(
                    "UPDATE teacher_questions SET kind = ?2, body = ?3, updated_at = ?4 WHERE id = ?1",
                    params![id, draft.answer.kind_name(), body, now],
                )?;
                if changed == 0 {
                    return Err(Error::not_found(crate::base::ItemKind::Question, id));
                }
                id.to_string()
            }
            None => {
                let id = new_id("own");
                self.conn.execute(
                    "INSERT INTO teacher_questions (id, kind, body, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)",
                    params![id, draft.answer.kind_name(), body, now],
                )?;
                id
            }
        };
        Ok(OwnQuestion { id: id.into(), draft: draft.clone(), updated_at: now })
    }

    pub(crate) fn delete_own_question(&self, id: &str) -> Result<()> {
        if self.conn.execute("DELETE FROM teacher_questions WHERE id = ?1", [id])? == 0 {
            return Err(Error::not_found(crate::base::ItemKind::Question, id));
        }
        Ok(())
    }

    pub(crate) fn save_teacher_quiz(&self, id: Option<&str>, draft: &TeacherQuizDraft, now: Timestamp) -> Result<TeacherQuizSummary> {
        let title = draft.title.trim();
        let id = match id {
            Some(id) => {
                let changed = self.conn.execute(
                    "UPDATE teacher_quizzes SET title = ?2, description = ?3, updated_at = ?4 WHERE id = ?1",
                    params![id, title, draft.description, now],
                )?;
                if changed == 0 {
                    return Err(quiz_not_found(id));
                }
                self.conn.execute("DELETE FROM teacher_quiz_items WHERE quiz_id = ?1", [id])?;
                id.to_string()
            }
            None => {
                let id = new_id("quiz");
                self.conn.execute(
                    "INSERT INTO teacher_quizzes (id, title, description, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)",
                    params![id, title, draft.description, now],
                )?;
                id
            }
        };
        let mut insert = self.conn.prepare_cached(
            "INSERT INTO teacher_quiz_items (quiz_id, ord, origin, question_id, time_limit_s, points) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for (ord, item) in draft.items.iter().enumerate() {
            insert.execute(params![id, ord as i64, item.origin.as_str(), item.question_id, item.time_limit_s, item.points])?;
        }
        Ok(TeacherQuizSummary {
            id: id.into(),
            title: title.to_string(),
            description: draft.description.clone(),
            question_count: draft.items.len() as i64,
            updated_at: now,
        })
    }

    pub(crate) fn delete_teacher_quiz(&self, id: &str) -> Result<()> {
        self.conn.execute("DELETE FROM teacher_quiz_items WHERE quiz_id = ?1", [id])?;
        if self.conn.execute("DELETE FROM teacher_quizzes WHERE id = ?1", [id])? == 0 {
            return Err(quiz_not_found(id));
        }
        Ok(())
    }
}
