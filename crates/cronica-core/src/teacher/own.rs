//! A teacher's own questions: every kind the app plays (typed answers included), in one language or
//! both, with an explanation and an optional source. Drafts are checked by the same rules as the
//! bank (`base::question_rules`); problems come back one per field, for the form to show.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::app::Cronica;
use crate::base::question_rules::{QuestionPart, QuestionProblem};
use crate::base::{Lang, QuestionId, QuestionKind, Timestamp};
use crate::error::Result;

/// Text written in Spanish, English or both; empty strings count as absent.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, TS, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TeacherText {
    #[serde(default)]
    pub es: Option<String>,
    #[serde(default)]
    pub en: Option<String>,
}

impl TeacherText {
    pub fn get(&self, lang: Lang) -> Option<&str> {
        let text = match lang {
            Lang::Es => self.es.as_deref(),
            Lang::En => self.en.as_deref(),
        };
        text.map(str::trim).filter(|t| !t.is_empty())
    }

    /// In `lang` if written, else in the other language.
    pub fn shown(&self, lang: Lang) -> &str {
        self.get(lang).or_else(|| Lang::ALL.into_iter().find_map(|l| self.get(l))).unwrap_or("")
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OwnPair {
    pub left: TeacherText,
    pub right: TeacherText,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS, JsonSchema)]
#[serde(tag = "kind", rename_all = "camelCase", deny_unknown_fields)]
pub enum OwnAnswer {
    /// `answer` is the index of the right option, in the order written.
    MultipleChoice {
        options: Vec<TeacherText>,
        answer: i64,
    },
    TrueFalse {
        answer: bool,
    },
    Year {
        answer: i64,
    },
    /// The items in their right order.
    Order {
        items: Vec<TeacherText>,
    },
    Match {
        pairs: Vec<OwnPair>,
    },
    /// Answers accepted when typed (accents, case and punctuation ignored).
    Typed {
        accepted: Vec<TeacherText>,
    },
}

impl OwnAnswer {
    /// The kind as the bank names it.
    pub fn bank_kind(&self) -> QuestionKind {
        match self {
            OwnAnswer::MultipleChoice { .. } => QuestionKind::MultipleChoice,
            OwnAnswer::TrueFalse { .. } => QuestionKind::TrueFalse,
            OwnAnswer::Year { .. } => QuestionKind::Year,
            OwnAnswer::Order { .. } => QuestionKind::Order,
            OwnAnswer::Match { .. } => QuestionKind::Match,
            OwnAnswer::Typed { .. } => QuestionKind::Typed,
        }
    }

    pub(crate) fn kind_name(&self) -> &'static str {
        self.bank_kind().as_str()
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OwnQuestionDraft {
    pub prompt: TeacherText,
    pub answer: OwnAnswer,
    pub explanation: TeacherText,
    #[serde(default)]
    pub source: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct OwnQuestion {
    pub id: QuestionId,
    #[serde(flatten)]
    pub draft: OwnQuestionDraft,
    pub updated_at: Timestamp,
}

/// One problem of a draft, located by the part of the form it is about.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct QuestionIssue {
    pub part: QuestionPart,
    pub problem: QuestionProblem,
}

/// Saving either stores the question or says, field by field, what to fix (nothing is stored).
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(tag = "outcome", rename_all = "camelCase")]
pub enum OwnQuestionSaved {
    Saved { question: OwnQuestion },
    Invalid { issues: Vec<QuestionIssue> },
}

impl Cronica {
    /// Creates (`id` absent) or replaces one of the teacher's questions.
    pub fn save_own_question(&self, id: Option<&str>, draft: OwnQuestionDraft) -> Result<OwnQuestionSaved> {
        let issues = super::own_rules::check(&draft, self.as_of_year()?);
        if !issues.is_empty() {
            return Ok(OwnQuestionSaved::Invalid { issues });
        }
        let question = self.user().transact(|w| w.save_own_question(id, &draft, Timestamp::now()))?;
        Ok(OwnQuestionSaved::Saved { question })
    }

    /// The last year the content covers: no question may be about a later one.
    pub(crate) fn as_of_year(&self) -> Result<i64> {
        Ok(i64::from(self.content().as_of_date()?.year))
    }

    pub fn list_own_questions(&self) -> Result<Vec<OwnQuestion>> {
        self.user().read().own_questions()
    }

    /// Deletes a question; quizzes that used it keep a marked gap instead of failing to open.
    pub fn delete_own_question(&self, id: &str) -> Result<()> {
        self.user().transact(|w| w.delete_own_question(id))
    }
}
