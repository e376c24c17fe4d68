//! Practice questions the compiler derives from the data itself ("which came first?", "who held
//! this office then?", "in which year?"), only where the dates leave no doubt. Deterministic: the
//! same data gives the same questions with the same ids, each citing the data it came from.

mod dates;
mod first;
mod office;
mod year;

use std::collections::HashMap;
use std::path::Path;

use serde::Serialize;

use super::model::{Content, Event};
use crate::base::{Localized, StoredAnswer};

pub use dates::{MIN_GAP_DAYS, Span};

/// The longest question id a saved quiz accepts (see `teacher::quizzes`); a pair of long event
/// ids that would make a longer one is left out rather than cut.
const MAX_ID_LEN: usize = 100;

/// Which rule made a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Generator {
    /// "Which came first?" of two events of a chapter at least a month apart.
    First,
    /// "Who held office X when event Y happened?"
    Office,
    /// "In which year …?"
    Year,
}

impl Generator {
    pub const ALL: [Generator; 3] = [Generator::First, Generator::Office, Generator::Year];

    pub fn as_str(self) -> &'static str {
        match self {
            Generator::First => "first",
            Generator::Office => "office",
            Generator::Year => "year",
        }
    }
}

/// One generated question, ready to be stored beside the authored bank.
#[derive(Debug, Clone, PartialEq)]
pub struct GeneratedQuestion {
    /// `gen-<generator>-…`, made of the ids of the data it came from.
    pub id: String,
    pub generator: Generator,
    pub chapter: String,
    pub prompt: Localized,
    pub explanation: Localized,
    pub answer: StoredAnswer,
    pub events: Vec<String>,
    pub figures: Vec<String>,
    /// The sources of every item it was derived from, in order, each once.
    pub sources: Vec<String>,
}

/// Every practice question the data supports, chapters in reading order within each generator.
pub fn generate(content: &Content) -> Vec<GeneratedQuestion> {
    let homes = Homes::of(content);
    let mut out = first::generate(content, &homes);
    out.extend(office::generate(content, &homes));
    out.extend(year::generate(content, &homes));
    out.retain(|q| q.id.len() <= MAX_ID_LEN);
    out
}

/// The chapter each event belongs to: the chapter its file is named after (`events/<chapter>.toml`),
/// or else the first chapter, in reading order, whose text links to it. An event with neither has
/// no practice questions.
pub(crate) struct Homes<'a> {
    by_event: HashMap<&'a str, &'a str>,
    /// Chapter ids in reading order.
    pub chapters: Vec<&'a str>,
}

impl<'a> Homes<'a> {
    pub(crate) fn of(content: &'a Content) -> Homes<'a> {
        let mut chapters: Vec<_> = content.chapters.iter().collect();
        chapters.sort_by_key(|c| (c.order.value, c.id.value.as_str()));
        let mut by_event = HashMap::new();
        for event in &content.events {
            let stem = Path::new(&*event.id.loc.file).file_stem().and_then(|s| s.to_str()).unwrap_or("");
            let named = chapters.iter().find(|c| c.id.value == stem);
            let linking = || {
                chapters.iter().find(|c| {
                    c.sections.iter().flat_map(|s| &s.body.links).any(|l| l.kind == crate::base::ItemKind::Event && l.target.value == event.id.value)
                })
            };
            if let Some(chapter) = named.or_else(linking) {
                by_event.insert(event.id.value.as_str(), chapter.id.value.as_str());
            }
        }
        Homes { by_event, chapters: chapters.iter().map(|c| c.id.value.as_str()).collect() }
    }

    pub(crate) fn chapter_of(&self, event: &Event) -> Option<&'a str> {
        self.by_event.get(event.id.value.as_str()).copied()
    }

    /// The events of each chapter with a home, chapters in reading order, events as written.
    pub(crate) fn by_chapter<'c>(&self, content: &'c Content) -> Vec<(&'a str, Vec<&'c Event>)> {
        self.chapters
            .iter()
            .map(|&chapter| (chapter, content.events.iter().filter(|e| self.chapter_of(e) == Some(chapter)).collect()))
            .collect()
    }
}

/// Source ids of several items, in order, each once.
fn merged_sources<'a>(lists: impl IntoIterator<Item = &'a [super::model::Id]>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for id in lists.into_iter().flatten() {
        if !out.contains(&id.value) {
            out.push(id.value.clone());
        }
    }
    out
}

/// A title quoted in each language's way: «…» in Spanish, “…” in English.
fn quoted(title: &Localized) -> Localized {
    Localized { es: format!("«{}»", title.es), en: format!("“{}”", title.en) }
}

/// Whether an event's title gives its date away.
fn title_names_a_year(event: &Event) -> bool {
    dates::names_a_year(&event.title.es) || dates::names_a_year(&event.title.en)
}

#[cfg(test)]
mod data_tests;
#[cfg(test)]
mod tests;
