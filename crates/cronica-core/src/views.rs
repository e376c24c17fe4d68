//! What the app shows, in one language, shaped for the UI (serialized in camelCase; mirrored by
//! `ui/src/lib/backend.ts`).

use serde::{Deserialize, Serialize};

use crate::content::prose::Paragraph;
use crate::date::HistDate;

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Counts {
    pub chapters: i64,
    pub events: i64,
    pub figures: i64,
    pub terms: i64,
    pub questions: i64,
    pub sources: i64,
    pub perspectives: i64,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Era {
    pub id: String,
    pub title: String,
    pub start: String,
    pub end: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Default)]
#[serde(rename_all = "camelCase")]
pub struct ChapterProgress {
    pub sections_read: i64,
    pub sections_total: i64,
    pub last_section_id: Option<String>,
    /// Which sections are read, in chapter order.
    pub read_section_ids: Vec<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct QuizScore {
    pub correct: i64,
    pub total: i64,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ChapterSummary {
    pub id: String,
    pub order: i64,
    pub title: String,
    pub summary: String,
    pub word_count: i64,
    pub question_count: i64,
    pub progress: ChapterProgress,
    pub best_score: Option<QuizScore>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ContinueReading {
    pub chapter_id: String,
    pub chapter_title: String,
    pub section_id: String,
    pub section_title: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Home {
    pub title: String,
    pub description: String,
    pub as_of: String,
    pub counts: Counts,
    pub eras: Vec<Era>,
    pub continue_reading: Option<ContinueReading>,
    pub last_quiz: Option<QuizResult>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub author: Option<String>,
    pub date: Option<HistDate>,
    pub accessed: Option<String>,
    pub url: Option<String>,
    pub citation: Option<String>,
    pub kind: String,
    pub language: String,
}

/// A link to another page: its id and its title in the current language.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Ref {
    pub id: String,
    pub title: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Section {
    pub id: String,
    pub title: String,
    pub paragraphs: Vec<Paragraph>,
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Chapter {
    pub id: String,
    pub order: i64,
    pub title: String,
    pub summary: String,
    pub sections: Vec<Section>,
    pub perspectives: Vec<Ref>,
    pub previous: Option<Ref>,
    pub next: Option<Ref>,
    pub question_count: i64,
    pub progress: ChapterProgress,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct FigureRef {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct EventSummary {
    pub id: String,
    pub date: HistDate,
    pub end: Option<HistDate>,
    pub era: String,
    pub title: String,
    pub summary: String,
    pub figures: Vec<FigureRef>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct EventDetail {
    #[serde(flatten)]
    pub summary: EventSummary,
    pub era_title: String,
    pub places: Vec<String>,
    pub tags: Vec<String>,
    pub sources: Vec<Source>,
    pub chapters: Vec<Ref>,
    pub perspectives: Vec<Ref>,
}

/// Which events the timeline shows; empty fields mean "all".
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct EventFilter {
    #[serde(default)]
    pub era: Option<String>,
    #[serde(default)]
    pub figure: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Role {
    pub title: String,
    pub start: Option<HistDate>,
    pub end: Option<HistDate>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct FigureSummary {
    pub id: String,
    pub name: String,
    pub born: Option<HistDate>,
    pub died: Option<HistDate>,
    pub headline: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct FigureDetail {
    #[serde(flatten)]
    pub summary: FigureSummary,
    pub bio: String,
    pub roles: Vec<Role>,
    pub events: Vec<EventSummary>,
    pub chapters: Vec<Ref>,
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Term {
    pub id: String,
    pub name: String,
    pub definition: String,
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct PerspectiveView {
    pub holder: String,
    pub text: String,
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Perspective {
    pub id: String,
    pub title: String,
    pub question: String,
    pub views: Vec<PerspectiveView>,
    pub chapters: Vec<Ref>,
    pub events: Vec<Ref>,
}

/// A question as shown to the learner: never includes the answer.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum QuestionBody {
    MultipleChoice { options: Vec<String> },
    TrueFalse,
    Year,
    Order { items: Vec<Ref> },
    Match { figures: Vec<FigureRef>, roles: Vec<String> },
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct QuizQuestion {
    pub id: String,
    pub prompt: String,
    pub body: QuestionBody,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Quiz {
    pub attempt_id: i64,
    pub chapter_id: String,
    pub chapter_title: String,
    pub questions: Vec<QuizQuestion>,
}

/// A learner's answer, validated against the question before it is graded.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
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
    /// For each figure id, the index of the chosen role in the question's `roles` list.
    Match {
        roles: std::collections::BTreeMap<String, i64>,
    },
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Feedback {
    pub correct: bool,
    /// For multiple choice, the index of the right option, so the screen can mark it.
    pub correct_choice: Option<i64>,
    pub correct_answer: String,
    pub explanation: String,
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct QuizResult {
    pub attempt_id: i64,
    pub chapter_id: String,
    pub chapter_title: String,
    pub correct: i64,
    pub total: i64,
    pub finished_at: String,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum NoticeKind {
    UserDataRecovered,
    UserDataUnavailable,
    SettingsRecovered,
}

/// Something that went wrong at start-up and was repaired; shown once to the user.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Notice {
    pub kind: NoticeKind,
    pub moved_to: String,
}
