//! The answer of a question as compiled into the content database: what the grader compares a
//! learner's response with. Written by the content compiler, read by quiz logic.

use serde::{Deserialize, Serialize};

use super::kinds::QuestionKind;
use super::lang::Localized;

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
        }
    }
}
