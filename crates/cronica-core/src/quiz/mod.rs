//! The self-quiz: questions shown without their answers (options in an order fixed per attempt),
//! graded by what the learner chose, explained with sources, and chosen to favour what was missed.

mod attempts;
mod grading;
pub mod guessers;
mod marks;
mod practice;
mod presentation;
mod queries;
mod selection;
mod session;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::base::{ChapterId, FigureRef, QuestionId, Ref, Timestamp};
use crate::sources::Source;

pub use crate::base::typed::{typed_answer_is_right, typed_answer_key};
pub use grading::{MAX_TYPED, grade};
pub use marks::{AnswerMarks, MatchMark, OrderMark, answer_marks, given_answer};
pub use practice::{PRACTICE_LENGTH, Practice, PracticeScope};
pub use presentation::{Names, correct_answer, question_body};
pub(crate) use presentation::{role_order, shown_order};
pub(crate) use queries::DbNames;
pub use selection::{History, QUIZ_LENGTH, QuizLength, QuizOptions, select_questions};
pub(crate) use session::{feedback_for, quiz_result as session_result};

/// An option as shown: `id` identifies it whatever position it is shown in.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChoiceOption {
    pub id: i64,
    pub text: String,
}

/// A question as shown to the learner: never includes the answer.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(tag = "kind", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum QuestionBody {
    MultipleChoice {
        options: Vec<ChoiceOption>,
    },
    TrueFalse,
    Year,
    Order {
        items: Vec<Ref>,
    },
    Match {
        figures: Vec<FigureRef>,
        roles: Vec<ChoiceOption>,
    },
    /// The learner types the answer; `max_length` is the longest text the grader takes.
    Typed {
        max_length: usize,
    },
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct QuizQuestion {
    pub id: QuestionId,
    pub prompt: String,
    pub body: QuestionBody,
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct Quiz {
    pub attempt_id: i64,
    /// The chapter it was opened from.
    pub chapter_id: ChapterId,
    pub chapter_title: String,
    /// Every chapter it draws from, in reading order.
    pub chapter_titles: Vec<String>,
    pub questions: Vec<QuizQuestion>,
    /// Questions already answered (a resumed quiz goes on from the first one not answered).
    pub answered: Vec<AnsweredQuestion>,
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct AnsweredQuestion {
    pub question_id: QuestionId,
    pub correct: bool,
}

/// A quiz the learner left unfinished, to resume or set aside for a new one.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct InterruptedQuiz {
    pub attempt_id: i64,
    pub chapter_titles: Vec<String>,
    pub answered: i64,
    pub total: i64,
    pub started_at: Timestamp,
}

/// A learner's answer, validated against the question before it is graded. Choices name the
/// option's `id`, never its position on screen.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
#[serde(tag = "kind", rename_all = "camelCase", deny_unknown_fields)]
pub enum QuizResponse {
    MultipleChoice {
        choice: i64,
    },
    TrueFalse {
        value: bool,
    },
    Year {
        year: i64,
    },
    Order {
        order: Vec<String>,
    },
    /// For each figure id, the `id` of the chosen role.
    Match {
        roles: BTreeMap<String, i64>,
    },
    /// What the learner typed; graded ignoring case, accents and punctuation.
    Typed {
        text: String,
    },
}

/// One figure and the role that is really theirs.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct MatchedRole {
    pub figure: FigureRef,
    pub role: String,
}

/// The right answer, as data the screen words in its own language.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum CorrectAnswer {
    MultipleChoice {
        option: ChoiceOption,
    },
    TrueFalse {
        value: bool,
    },
    Year {
        year: i64,
    },
    Order {
        items: Vec<Ref>,
    },
    Match {
        pairs: Vec<MatchedRole>,
    },
    /// `answer` is the answer shown as right; `others` the other accepted ones (this language's
    /// first, then the other language's that are not the same words).
    Typed {
        answer: String,
        others: Vec<String>,
    },
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct Feedback {
    pub correct: bool,
    pub correct_answer: CorrectAnswer,
    /// The answer item by item (orders and matches).
    pub marks: AnswerMarks,
    pub explanation: String,
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct QuizResult {
    pub attempt_id: i64,
    pub chapter_id: String,
    pub chapter_title: String,
    pub correct: i64,
    pub total: i64,
    pub finished_at: Option<Timestamp>,
    /// Every question answered wrong or left unanswered, in the order asked.
    pub missed: Vec<MissedQuestion>,
}

/// A question missed in an attempt: what the learner answered (nothing if they did not), and the
/// feedback with the right answer, its explanation and sources.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct MissedQuestion {
    pub question_id: QuestionId,
    pub prompt: String,
    /// The learner's answer worded as answers are; `None` when the question was not answered.
    pub given: Option<CorrectAnswer>,
    pub feedback: Feedback,
}

#[cfg(test)]
mod bounded_tests;
#[cfg(test)]
mod practice_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod teaching_tests;
