//! The teacher's area: browse the question bank, write one's own questions (checked by the same
//! rules as the bank), and build quizzes from both, kept in the user database so a content update
//! never breaks them.

mod bank;
mod own;
mod own_rules;
mod pack;
mod quizzes;
mod store;

pub use bank::{BankFilter, BankQuestion};
pub use own::{OwnAnswer, OwnPair, OwnQuestion, OwnQuestionDraft, OwnQuestionSaved, QuestionIssue, TeacherText};
pub use pack::{ImportedQuiz, PackFormat, PackItem, PackQuestion, PackVersion, QuizPack, schema_json as quiz_pack_schema_json};
pub use quizzes::{ItemOrigin, QuizItem, QuizItemDraft, QuizItemView, TeacherQuiz, TeacherQuizDraft, TeacherQuizSummary};

#[cfg(test)]
mod tests;
