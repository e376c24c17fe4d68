//! The answer of a question as compiled into the content database: what the grader compares a
//! learner's response with. Written by the content compiler, read by quiz logic.

use serde::{Deserialize, Serialize};

use super::kinds::QuestionKind;
use super::lang::{Lang, Localized};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum StoredAnswer {
    /// `answer` is the index of the right option in the order the author wrote them.
    MultipleChoice {
        options: Vec<Localized>,
        answer: usize,
    },
    TrueFalse {
        answer: bool,
    },
    Year {
        answer: i64,
    },
    /// Event ids in chronological order.
    Order {
        items: Vec<String>,
    },
    Match {
        pairs: Vec<StoredPair>,
    },
    /// The answers accepted when typed, per language; the first is the one shown as right.
    Typed {
        accepted: AcceptedAnswers,
    },
}

/// Typed answers accepted in each language (their number may differ between languages).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AcceptedAnswers {
    pub es: Vec<String>,
    pub en: Vec<String>,
}

impl AcceptedAnswers {
    pub fn get(&self, lang: Lang) -> &[String] {
        match lang {
            Lang::Es => &self.es,
            Lang::En => &self.en,
        }
    }

    /// Every accepted answer, Spanish first.
    pub fn all(&self) -> Vec<&str> {
        self.es.iter().chain(&self.en).map(String::as_str).collect()
    }

    /// The answer shown as right in `lang`: the first one written.
    pub fn shown(&self, lang: Lang) -> &str {
        self.get(lang).first().map(String::as_str).unwrap_or("")
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredPair {
    pub figure: String,
    pub role: Localized,
}

impl StoredAnswer {
    pub fn kind(&self) -> QuestionKind {
        match self {
            StoredAnswer::MultipleChoice { .. } => QuestionKind::MultipleChoice,
            StoredAnswer::TrueFalse { .. } => QuestionKind::TrueFalse,
            StoredAnswer::Year { .. } => QuestionKind::Year,
            StoredAnswer::Order { .. } => QuestionKind::Order,
            StoredAnswer::Match { .. } => QuestionKind::Match,
            StoredAnswer::Typed { .. } => QuestionKind::Typed,
        }
    }
}
