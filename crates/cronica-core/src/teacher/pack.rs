//! Quiz packs: one of a teacher's quizzes as a single `.cronica-quiz` file (JSON), with its own
//! questions written out in it, so another teacher can import it. The format is versioned and
//! described by `docs/quiz-pack.schema.json`.
//!
//! Importing is all or nothing: the file is read (`read`), every rule is checked (`check`), and only
//! then is everything written in one transaction; a refused file leaves the user database as it was.

mod check;
mod read;
#[cfg(test)]
mod tests;

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use ts_rs::TS;

use super::own::OwnQuestionDraft;
use super::quizzes::{ItemOrigin, QuizItemDraft, TeacherQuizDraft, TeacherQuizSummary};
use crate::app::Cronica;
use crate::base::Timestamp;
use crate::error::{Error, Result};

/// The largest file accepted, checked before it is parsed.
pub(crate) const MAX_PACK_BYTES: usize = 5 * 1024 * 1024;
/// The most items a pack may list (a saved quiz holds fewer; see `quizzes::MAX_ITEMS`).
pub(crate) const MAX_PACK_ITEMS: usize = 500;
/// The deepest nesting of arrays and objects accepted, checked before the file is parsed.
pub(crate) const MAX_PACK_DEPTH: usize = 64;

/// A teacher's quiz as a file: its title, description and questions in order, own questions
/// written out in full.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schemars(title = "Crónica quiz pack")]
pub struct QuizPack {
    pub format: PackFormat,
    pub version: PackVersion,
    /// 1–200 characters.
    pub title: String,
    /// At most 2000 characters.
    #[serde(default)]
    pub description: String,
    /// The questions in order (a quiz holds at most 200).
    #[serde(deserialize_with = "read::at_most_items")]
    #[schemars(length(max = 500))]
    pub items: Vec<PackItem>,
}

/// What the file is: always `cronica-quiz`.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, JsonSchema)]
pub enum PackFormat {
    #[serde(rename = "cronica-quiz")]
    CronicaQuiz,
}

/// The version of the format; this build reads and writes version 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PackVersion;

impl PackVersion {
    pub const NUMBER: u64 = 1;
}

impl Serialize for PackVersion {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_u64(Self::NUMBER)
    }
}

impl<'de> Deserialize<'de> for PackVersion {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let version = u64::deserialize(d)?;
        if version == Self::NUMBER {
            Ok(PackVersion)
        } else {
            Err(serde::de::Error::custom(format_args!("version {version} is not supported (this build reads version {})", Self::NUMBER)))
        }
    }
}

impl JsonSchema for PackVersion {
    fn schema_name() -> Cow<'static, str> {
        "PackVersion".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "integer", "const": PackVersion::NUMBER })
    }
}

/// One question of the quiz, with its time limit and points.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PackItem {
    pub question: PackQuestion,
    /// 5–600 seconds.
    pub time_limit_s: i64,
    /// 0–10000.
    pub points: i64,
}

/// A question of the bank, by id (it must exist in the importer's content), or a teacher's own
/// question written out in full (imported as a new question).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, JsonSchema)]
#[serde(tag = "origin", rename_all = "camelCase", deny_unknown_fields)]
pub enum PackQuestion {
    Bank { id: String },
    Own { question: OwnQuestionDraft },
}

/// What importing a pack created: a new quiz, and this many new own questions it uses.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportedQuiz {
    pub quiz: TeacherQuizSummary,
    pub own_questions: i64,
}

/// The JSON schema of a pack, pretty-printed, as checked in at `docs/quiz-pack.schema.json`.
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(QuizPack);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

impl Cronica {
    /// The quiz as a pack (pretty JSON). A question that no longer exists is left out.
    pub fn export_teacher_quiz(&self, id: &str) -> Result<String> {
        let content = self.content();
        let user = self.user();
        let reader = user.read();
        let (summary, items) = reader.teacher_quiz(id)?;
        let mut pack_items = Vec::with_capacity(items.len());
        for item in items {
            let question = match item.origin {
                ItemOrigin::Bank if content.question_exists(&item.question_id)? => PackQuestion::Bank { id: item.question_id.0 },
                ItemOrigin::Own => match reader.own_question(&item.question_id)? {
                    Some(own) => PackQuestion::Own { question: own.draft },
                    None => continue,
                },
                ItemOrigin::Bank => continue,
            };
            pack_items.push(PackItem { question, time_limit_s: item.time_limit_s, points: item.points });
        }
        let pack = QuizPack {
            format: PackFormat::CronicaQuiz,
            version: PackVersion,
            title: summary.title,
            description: summary.description,
            items: pack_items,
        };
        let mut text = serde_json::to_string_pretty(&pack).map_err(|e| Error::Corrupt(e.to_string()))?;
        text.push('\n');
        Ok(text)
    }

    /// Imports a pack as a new quiz with new own questions, all in one transaction; a file that
    /// breaks any rule is refused whole (the message names the field) and nothing is written.
    pub fn import_teacher_quiz(&self, file: &[u8]) -> Result<ImportedQuiz> {
        let pack = read::parse(file)?;
        let as_of_year = self.as_of_year()?;
        {
            let content = self.content();
            check::pack(&pack, as_of_year, |id| content.question_exists(id))?;
        }
        let now = Timestamp::now();
        self.user().transact(|w| {
            let mut items = Vec::with_capacity(pack.items.len());
            let mut own_questions = 0;
            for item in &pack.items {
                let (origin, question_id) = match &item.question {
                    PackQuestion::Bank { id } => (ItemOrigin::Bank, id.as_str().into()),
                    PackQuestion::Own { question } => {
                        own_questions += 1;
                        (ItemOrigin::Own, w.save_own_question(None, question, now)?.id)
                    }
                };
                items.push(QuizItemDraft { origin, question_id, time_limit_s: item.time_limit_s, points: item.points });
            }
            let draft = TeacherQuizDraft { title: pack.title.clone(), description: pack.description.clone(), items };
            let quiz = w.save_teacher_quiz(None, &draft, now)?;
            Ok(ImportedQuiz { quiz, own_questions })
        })
    }
}
