//! The content as read from `data/`, before cross-checking. Ids and references keep the place
//! they were written so that later checks can point at them.

use super::prose::Paragraph;
use super::reader::At;
use crate::base::{HistDate, ItemKind, Loc, Localized, QuestionKind, SourceKind};

pub type Id = At<String>;

#[derive(Debug, Clone)]
pub struct Meta {
    pub as_of: HistDate,
    pub title: Localized,
    pub description: Localized,
    pub chapter_words_min: usize,
    pub chapter_words_max: usize,
    pub loc: Loc,
}

#[derive(Debug, Clone)]
pub struct Era {
    pub id: Id,
    pub start: HistDate,
    pub end: Option<HistDate>,
    pub title: Localized,
}

#[derive(Debug, Clone)]
pub struct Source {
    pub id: Id,
    pub title: String,
    pub publisher: String,
    pub author: Option<String>,
    pub date: Option<HistDate>,
    pub accessed: Option<HistDate>,
    pub url: Option<At<String>>,
    pub citation: Option<String>,
    pub kind: SourceKind,
    pub language: String,
}

#[derive(Debug, Clone)]
pub struct Event {
    pub id: Id,
    pub date: At<HistDate>,
    pub end: Option<At<HistDate>>,
    pub era: Id,
    pub tags: Vec<String>,
    pub figures: Vec<Id>,
    pub terms: Vec<Id>,
    pub places: Vec<String>,
    pub title: Localized,
    pub summary: Localized,
    pub sources: Vec<Id>,
}

#[derive(Debug, Clone)]
pub struct Role {
    pub title: Localized,
    pub start: Option<At<HistDate>>,
    pub end: Option<At<HistDate>>,
    /// `headline = true`: the office the figure is best known for (several terms of it may be marked).
    pub headline: Option<At<bool>>,
}

#[derive(Debug, Clone)]
pub struct Figure {
    pub id: Id,
    /// The full (legal) name.
    pub name: At<String>,
    /// The name people use ("Sebastián Piñera"); never longer than `name`.
    pub display_name: At<String>,
    /// Surname first ("Piñera Echenique, Sebastián"): where the figure is filed in lists.
    pub sort_key: At<String>,
    pub born: Option<At<HistDate>>,
    pub died: Option<At<HistDate>>,
    pub bio: Localized,
    pub roles: Vec<Role>,
    pub sources: Vec<Id>,
}

#[derive(Debug, Clone)]
pub struct Term {
    pub id: Id,
    pub name: Localized,
    pub definition: Localized,
    pub sources: Vec<Id>,
}

/// A link written in prose, `[text](kind:id)`.
#[derive(Debug, Clone)]
pub struct Link {
    pub kind: ItemKind,
    pub target: Id,
}

#[derive(Debug, Clone)]
pub struct Body {
    pub es: Vec<Paragraph>,
    pub en: Vec<Paragraph>,
    pub links: Vec<Link>,
    pub words_es: usize,
    pub words_en: usize,
}

#[derive(Debug, Clone)]
pub struct Section {
    pub id: Id,
    pub title: Localized,
    pub body: Body,
    pub sources: Vec<Id>,
}

#[derive(Debug, Clone)]
pub struct Chapter {
    pub id: Id,
    pub order: At<i64>,
    pub title: Localized,
    pub summary: Localized,
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone)]
pub enum Answer {
    MultipleChoice { options: Vec<Localized>, answer: At<i64> },
    TrueFalse(bool),
    Year(At<i64>),
    Order(Vec<Id>),
    Match(Vec<MatchPair>),
    Typed(AcceptedTexts),
}

/// A typed-answer question's `accepted.es` and `accepted.en` lists (first = shown as right).
#[derive(Debug, Clone)]
pub struct AcceptedTexts {
    pub es: AcceptedList,
    pub en: AcceptedList,
}

/// One language's accepted answers, with where the list is written (for a problem with the whole list).
#[derive(Debug, Clone)]
pub struct AcceptedList {
    pub at: At<()>,
    pub texts: Vec<At<String>>,
}

impl AcceptedTexts {
    pub fn get(&self, lang: crate::base::Lang) -> &AcceptedList {
        match lang {
            crate::base::Lang::Es => &self.es,
            crate::base::Lang::En => &self.en,
        }
    }
}

#[derive(Debug, Clone)]
pub struct MatchPair {
    pub figure: Id,
    pub role: Localized,
}

#[derive(Debug, Clone)]
pub struct Question {
    pub id: Id,
    pub chapter: Id,
    pub prompt: Localized,
    pub explanation: Localized,
    pub answer: Answer,
    pub events: Vec<Id>,
    pub figures: Vec<Id>,
    pub terms: Vec<Id>,
    pub sources: Vec<Id>,
}

impl Question {
    pub fn kind(&self) -> QuestionKind {
        match self.answer {
            Answer::MultipleChoice { .. } => QuestionKind::MultipleChoice,
            Answer::TrueFalse(_) => QuestionKind::TrueFalse,
            Answer::Year(_) => QuestionKind::Year,
            Answer::Order(_) => QuestionKind::Order,
            Answer::Match(_) => QuestionKind::Match,
            Answer::Typed(_) => QuestionKind::Typed,
        }
    }
}

#[derive(Debug, Clone)]
pub struct View {
    pub holder: Localized,
    pub text: Localized,
    pub sources: Vec<Id>,
    pub loc: Loc,
}

#[derive(Debug, Clone)]
pub struct Perspective {
    pub id: Id,
    pub title: Localized,
    pub question: Localized,
    pub chapters: Vec<Id>,
    pub events: Vec<Id>,
    pub views: Vec<View>,
}

/// A vote shown as a chart: an election or plebiscite, hung off the event that tells it (whose date it takes).
#[derive(Debug, Clone)]
pub struct Election {
    pub id: Id,
    pub event: Id,
    pub kind: crate::elections::ElectionKind,
    pub title: Localized,
    pub note: Option<Localized>,
    pub ballots: Vec<Ballot>,
    pub sources: Vec<Id>,
}

/// One question put to the voters (a plebiscite may have two; a presidential round has one).
#[derive(Debug, Clone)]
pub struct Ballot {
    pub title: Localized,
    pub options: Vec<BallotOption>,
    pub loc: Loc,
    /// The field path, e.g. `election[0].ballot[1]`.
    pub field: String,
}

#[derive(Debug, Clone)]
pub struct BallotOption {
    pub label: Localized,
    /// Percentage of valid votes (0–100).
    pub share: At<f64>,
    pub votes: Option<At<i64>>,
}

/// `source-hosts.toml`: hosts that copy other publishers' pages, and the sources still on one that
/// are known and being replaced (a warning each, where any other is an error).
#[derive(Debug, Clone, Default)]
pub struct SourceHosts {
    pub mirrors: Vec<At<String>>,
    pub pending: Vec<Id>,
}

/// Everything read from `data/`.
#[derive(Debug, Clone, Default)]
pub struct Content {
    /// Ids of items that were declared but could not be read (their errors are already
    /// reported); references to them are not reported again as unknown.
    pub broken_ids: std::collections::HashSet<(ItemKind, String)>,
    pub meta: Option<Meta>,
    pub source_hosts: SourceHosts,
    pub bank_limits: super::bank_lint::BankLimits,
    pub eras: Vec<Era>,
    pub sources: Vec<Source>,
    pub events: Vec<Event>,
    pub figures: Vec<Figure>,
    pub terms: Vec<Term>,
    pub chapters: Vec<Chapter>,
    pub questions: Vec<Question>,
    pub perspectives: Vec<Perspective>,
    pub elections: Vec<Election>,
}
