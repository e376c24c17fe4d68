//! Which documents match, best first and a few of each kind: first those whose title holds every
//! word (ranked by BM25 over titles alone, so the shortest such title first), then the rest
//! (ranked by BM25 over the whole document, a title word worth ten words of text).
//! A document's kind is in its rowid, so nothing but the index is read to rank.
//!
//! BM25 costs time for every matching document, so a search matching more than
//! [`RANKED_MATCHES`] (two letters typed into a corpus of many thousand documents) is not scored
//! one by one: each kind gives its first rowids instead, which the compiler ordered by title
//! length, the order BM25 over titles would give (`content/search_index.rs`). The work per
//! keystroke is then bounded, whatever the size of the corpus.

use std::collections::HashSet;

use super::query::MatchQuery;
use crate::base::{Lang, SearchKind};
use crate::error::Result;
use crate::storage::ContentDb;

/// How many results of each kind a search lists.
pub const HITS_PER_KIND: usize = 8;
/// Above this many matching documents, a search is not ranked by BM25 (see the module's note).
pub const RANKED_MATCHES: i64 = 500;

/// The best documents of one kind, as index rowids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RankedGroup {
    pub kind: SearchKind,
    pub rowids: Vec<i64>,
    pub more: bool,
}

impl ContentDb {
    /// The groups in the order of their best document; empty when nothing matches.
    pub(super) fn ranked_by_kind(&self, lang: Lang, query: &MatchQuery) -> Result<Vec<RankedGroup>> {
        let expression = query.expression();
        let in_title = self.ranked(&format!("search_titles_{lang}"), &expression)?;
        let anywhere = self.ranked(&format!("search_{lang}"), &expression)?;
        Ok(group_by_kind(in_title.into_iter().chain(anywhere)))
    }

    /// The rowids of `table` that match, best first (ties in index order): all of them when they
    /// are few enough to rank, else the first of each kind in index order.
    fn ranked(&self, table: &str, expression: &str) -> Result<Vec<i64>> {
        // One pass in index order counts the matches and keeps the first of each kind: the
        // expression is evaluated once (a prefix merges the lists of every word it begins).
        let mut stmt = self.conn.prepare_cached(&format!("SELECT rowid FROM {table} WHERE {table} MATCH ?1"))?;
        let mut rows = stmt.query([expression])?;
        let (mut matches, mut firsts, mut kept) = (0_i64, Vec::new(), [0_usize; 8]);
        while let Some(row) = rows.next()? {
            let rowid: i64 = row.get(0)?;
            matches += 1;
            if let Some(kept) = kept.get_mut((rowid >> 32) as usize).filter(|kept| **kept <= HITS_PER_KIND) {
                *kept += 1;
                firsts.push(rowid);
            }
        }
        if matches > RANKED_MATCHES {
            return Ok(firsts);
        }
        let mut stmt = self.conn.prepare_cached(&format!("SELECT rowid FROM {table} WHERE {table} MATCH ?1 ORDER BY rank, rowid"))?;
        let rows = stmt.query_map([expression], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// Up to [`HITS_PER_KIND`] rowids of each kind, in the order given, each once; the groups in the
/// order of their first rowid, supporting kinds (questions, sources) last.
fn group_by_kind(rowids: impl Iterator<Item = i64>) -> Vec<RankedGroup> {
    let mut groups: Vec<RankedGroup> = Vec::new();
    let mut seen = HashSet::new();
    for rowid in rowids {
        let Some(kind) = SearchKind::from_code(rowid >> 32) else { continue };
        if !seen.insert(rowid) {
            continue;
        }
        let at = match groups.iter().position(|g| g.kind == kind) {
            Some(at) => at,
            None => {
                groups.push(RankedGroup { kind, rowids: Vec::new(), more: false });
                groups.len() - 1
            }
        };
        let group = &mut groups[at];
        if group.rowids.len() < HITS_PER_KIND {
            group.rowids.push(rowid);
        } else {
            group.more = true;
        }
    }
    groups.sort_by_key(|g| g.kind.is_supporting());
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rowid(kind: SearchKind, n: i64) -> i64 {
        (kind.code() << 32) | n
    }

    #[test]
    fn groups_come_in_the_order_of_their_best_document_and_are_capped() {
        let (event, figure, source) = (SearchKind::Event, SearchKind::Figure, SearchKind::Source);
        let mut order = vec![rowid(source, 0), rowid(figure, 1), rowid(event, 2), rowid(figure, 1)];
        order.extend((10..20).map(|n| rowid(event, n)));
        let groups = group_by_kind(order.into_iter());
        assert_eq!(groups.len(), 3);
        assert_eq!(groups[2].kind, source, "a source matched first, yet its group comes last");
        assert_eq!((groups[0].kind, groups[0].rowids.clone(), groups[0].more), (figure, vec![rowid(figure, 1)], false));
        assert_eq!(groups[1].kind, event);
        assert_eq!(groups[1].rowids.len(), HITS_PER_KIND);
        assert_eq!(groups[1].rowids[0], rowid(event, 2));
        assert!(groups[1].more);
    }
}
