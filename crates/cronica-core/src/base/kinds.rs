//! The kinds of things the app knows, each spelled once: content items, question kinds and
//! source kinds. Content files, the database and the UI all use these names.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Something in the content that has an id and can be linked to or cited.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ItemKind {
    Era,
    Chapter,
    Event,
    Figure,
    Term,
    Perspective,
    Source,
    Question,
}

impl ItemKind {
    pub const ALL: [ItemKind; 8] = [
        ItemKind::Era,
        ItemKind::Chapter,
        ItemKind::Event,
        ItemKind::Figure,
        ItemKind::Term,
        ItemKind::Perspective,
        ItemKind::Source,
        ItemKind::Question,
    ];

    /// The name used in content files (`[text](figure:id)`) and in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::Era => "era",
            ItemKind::Chapter => "chapter",
            ItemKind::Event => "event",
            ItemKind::Figure => "figure",
            ItemKind::Term => "term",
            ItemKind::Perspective => "perspective",
            ItemKind::Source => "source",
            ItemKind::Question => "question",
        }
    }

    pub fn parse(name: &str) -> Option<ItemKind> {
        ItemKind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// Whether chapter prose may link to this kind (`[text](kind:id)`).
    pub fn is_linkable(self) -> bool {
        !matches!(self, ItemKind::Era | ItemKind::Question)
    }
}

impl std::fmt::Display for ItemKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The kinds of question the app plays. Content files spell them in snake case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum QuestionKind {
    MultipleChoice,
    TrueFalse,
    Year,
    Order,
    Match,
    /// The learner types the answer; accepted variants are compared as search compares words.
    Typed,
}

impl QuestionKind {
    pub const ALL: [QuestionKind; 6] = [
        QuestionKind::MultipleChoice,
        QuestionKind::TrueFalse,
        QuestionKind::Year,
        QuestionKind::Order,
        QuestionKind::Match,
        QuestionKind::Typed,
    ];

    /// The name used in content files (`kind = "multiple_choice"`) and in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            QuestionKind::MultipleChoice => "multiple_choice",
            QuestionKind::TrueFalse => "true_false",
            QuestionKind::Year => "year",
            QuestionKind::Order => "order",
            QuestionKind::Match => "match",
            QuestionKind::Typed => "typed",
        }
    }

    pub fn parse(name: &str) -> Option<QuestionKind> {
        QuestionKind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    pub fn names() -> String {
        QuestionKind::ALL.map(QuestionKind::as_str).join(", ")
    }
}

/// Where a question of the content database comes from: the bank written in `data/questions`, or
/// the practice questions the compiler derives from the events' and figures' dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum QuestionOrigin {
    Authored,
    Generated,
}

impl QuestionOrigin {
    /// As the `questions.origin` column stores it.
    pub fn as_str(self) -> &'static str {
        match self {
            QuestionOrigin::Authored => "authored",
            QuestionOrigin::Generated => "generated",
        }
    }

    pub fn parse(text: &str) -> Option<QuestionOrigin> {
        [QuestionOrigin::Authored, QuestionOrigin::Generated].into_iter().find(|o| o.as_str() == text)
    }
}

/// What kind of publication a source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum SourceKind {
    Press,
    Opinion,
    Encyclopedia,
    Official,
    Academic,
    Book,
    Reference,
}

impl SourceKind {
    pub const ALL: [SourceKind; 7] = [
        SourceKind::Press,
        SourceKind::Opinion,
        SourceKind::Encyclopedia,
        SourceKind::Official,
        SourceKind::Academic,
        SourceKind::Book,
        SourceKind::Reference,
    ];

    /// The name used in content files and in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Press => "press",
            SourceKind::Opinion => "opinion",
            SourceKind::Encyclopedia => "encyclopedia",
            SourceKind::Official => "official",
            SourceKind::Academic => "academic",
            SourceKind::Book => "book",
            SourceKind::Reference => "reference",
        }
    }

    pub fn parse(name: &str) -> Option<SourceKind> {
        SourceKind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    pub fn names() -> String {
        SourceKind::ALL.map(SourceKind::as_str).join(", ")
    }
}

/// What a row of the content database's `citations` table belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CitationOwner {
    Event,
    Figure,
    Term,
    /// Owner id `chapter/section`.
    Section,
    Question,
    /// Owner id `perspective/ord`.
    View,
    Election,
}

impl CitationOwner {
    pub fn as_str(self) -> &'static str {
        match self {
            CitationOwner::Event => "event",
            CitationOwner::Figure => "figure",
            CitationOwner::Term => "term",
            CitationOwner::Section => "section",
            CitationOwner::Question => "question",
            CitationOwner::View => "view",
            CitationOwner::Election => "election",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for k in ItemKind::ALL {
            assert_eq!(ItemKind::parse(k.as_str()), Some(k));
        }
        for k in QuestionKind::ALL {
            assert_eq!(QuestionKind::parse(k.as_str()), Some(k));
        }
        for k in SourceKind::ALL {
            assert_eq!(SourceKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(QuestionKind::parse("essay"), None);
    }
}
