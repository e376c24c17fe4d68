//! Search across the whole content, as the header's box and `cronica search` use it: chapters
//! section by section, events, figures, glossary, perspectives, questions and sources, in the
//! index the compiler built (`content/search_index.rs`). Accent-, case- and apostrophe-insensitive,
//! the last word matched as a prefix while it is typed, ranked with title matches first, grouped by
//! kind, each result with its matches highlighted; a search that finds nothing offers the closest
//! titles instead.
//!
//! The learner's own notes are searched too (`notes`), in the user database: their group, "Mis
//! notas", comes after the content's places and before the supporting kinds (questions, sources).

mod notes;
mod query;
mod ranking;
mod snippet;
mod suggestions;

use rusqlite::OptionalExtension;
use serde::Serialize;
use ts_rs::TS;

use crate::app::Cronica;
use crate::base::{HistDate, Lang, SearchKind, TargetScreen};
use crate::error::{Error, Result};
use crate::storage::ContentDb;
use crate::storage::content::opt_date;

pub use query::MAX_QUERY_CHARS;
pub use snippet::Segment;

use query::MatchQuery;
use snippet::Marked;

/// What a search found, grouped by kind, the group with the best result first.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct SearchResults {
    pub groups: Vec<SearchGroup>,
    /// When nothing was found: the titles closest to what was typed, closest first.
    pub suggestions: Vec<Suggestion>,
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct SearchGroup {
    pub kind: SearchKind,
    /// Best first: those whose title holds every word, then the rest.
    pub hits: Vec<SearchHit>,
    /// Whether more of this kind matched than are listed.
    pub more: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct SearchHit {
    pub kind: SearchKind,
    /// The item's content id (for a section, its chapter's).
    pub id: String,
    /// A chapter's section, when the match is in one.
    pub section: Option<String>,
    pub title: Vec<Segment>,
    /// What is shown beside the title: a section's or question's chapter, a figure's first office,
    /// a source's publisher; empty when nothing is.
    pub context: String,
    /// An event's or a source's date.
    pub date: Option<HistDate>,
    /// Some words of the text, around its matches when it has any.
    pub snippet: Vec<Segment>,
    pub opens: SearchTarget,
}

/// The screen a result opens and what on it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, TS)]
#[serde(rename_all = "camelCase")]
pub struct SearchTarget {
    pub screen: TargetScreen,
    /// A chapter, event, figure, term or perspective id; for the quiz screen, its chapter's.
    pub id: String,
    pub section: Option<String>,
}

/// A title close to a search that found nothing.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct Suggestion {
    pub kind: SearchKind,
    pub title: String,
    pub context: String,
    pub opens: SearchTarget,
}

impl SearchResults {
    fn nothing() -> SearchResults {
        SearchResults { groups: Vec::new(), suggestions: Vec::new() }
    }
}

impl ContentDb {
    /// Searches the content in `lang` (what `Cronica::search` and `cronica search` run).
    pub fn search(&self, lang: Lang, text: &str) -> Result<SearchResults> {
        let Some(query) = MatchQuery::parse(text) else { return Ok(SearchResults::nothing()) };
        let ranked = self.ranked_by_kind(lang, &query)?;
        if ranked.is_empty() {
            return Ok(SearchResults { groups: Vec::new(), suggestions: self.closest_titles(lang, &query)? });
        }
        let groups = ranked
            .into_iter()
            .map(|group| {
                let hits = group.rowids.iter().map(|&rowid| self.hit(&query, group.kind, rowid)).collect::<Result<_>>()?;
                Ok(SearchGroup { kind: group.kind, hits, more: group.more })
            })
            .collect::<Result<_>>()?;
        Ok(SearchResults { groups, suggestions: Vec::new() })
    }

    /// One result, with the words of `query` in its title and text highlighted.
    fn hit(&self, query: &MatchQuery, kind: SearchKind, rowid: i64) -> Result<SearchHit> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT coalesce(shown_title, title), coalesce(shown_body, body), item_id, section_id, context, date, opens_screen, opens_id, opens_section
             FROM search_docs WHERE id = ?1",
        )?;
        let row = stmt
            .query_row([rowid], |r| {
                let opens = target(r.get(6)?, r.get(7)?, r.get(8)?)?;
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get(3)?, r.get::<_, String>(4)?, opt_date(r.get(5)?), opens))
            })
            .optional()?
            .ok_or_else(|| Error::Corrupt(format!("search result {rowid} has no document")))?;
        let (title, body, id, section, context, date, opens) = row;
        let (title, body) = (Marked::matching(title, query), Marked::matching(body, query));
        Ok(SearchHit { kind, id, section, title: title.whole(), context, date, snippet: body.window(), opens })
    }
}

/// Where a result opens, from the columns the compiler wrote.
fn target(screen: String, id: String, section: Option<String>) -> rusqlite::Result<SearchTarget> {
    let screen = TargetScreen::parse(&screen)
        .ok_or_else(|| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, format!("unknown screen '{screen}'").into()))?;
    Ok(SearchTarget { screen, id, section })
}

impl Cronica {
    /// Searches the content in `lang`; only the first [`MAX_QUERY_CHARS`] characters are read.
    /// The learner's notes that match come as one more group.
    pub fn search(&self, lang: Lang, text: &str) -> Result<SearchResults> {
        let content = self.content();
        let mut results = content.search(lang, text)?;
        let Some(query) = MatchQuery::parse(text) else { return Ok(results) };
        let notes = self.user().read().all_notes()?;
        if let Some(group) = notes::note_group(&content, lang, &query, notes)? {
            let at = results.groups.iter().position(|g| g.kind.is_supporting()).unwrap_or(results.groups.len());
            results.groups.insert(at, group);
            results.suggestions.clear();
        }
        Ok(results)
    }
}

#[cfg(test)]
mod tests;
