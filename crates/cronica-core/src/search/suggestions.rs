//! The closest titles to a search that found nothing: titles sharing runs of three letters with
//! what was typed (the trigram index, accents aside) are the candidates, and the ones whose words
//! are the fewest letters away from the typed words come first ("pinoshet" → "Augusto Pinochet
//! Ugarte" before "Miguel Enríquez Espinosa").

use super::query::MatchQuery;
use super::{Suggestion, target};
use crate::base::search::{fold, join_apostrophes};
use crate::base::{Lang, SearchKind};
use crate::error::Result;
use crate::storage::ContentDb;

/// How many titles are offered, out of how many candidates.
const SUGGESTIONS: usize = 5;
const CANDIDATES: i64 = 40;

impl ContentDb {
    pub(super) fn closest_titles(&self, lang: Lang, query: &MatchQuery) -> Result<Vec<Suggestion>> {
        let Some(trigrams) = query.trigrams() else { return Ok(Vec::new()) };
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT d.id, coalesce(d.shown_title, d.title), d.context, d.opens_screen, d.opens_id, d.opens_section
             FROM trigrams_{lang} JOIN search_docs d ON d.id = trigrams_{lang}.rowid
             WHERE trigrams_{lang} MATCH ?1 ORDER BY rank LIMIT ?2"
        ))?;
        let rows = stmt.query_map(rusqlite::params![trigrams, CANDIDATES], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, target(r.get(3)?, r.get(4)?, r.get(5)?)?))
        })?;
        let typed: Vec<Vec<char>> = query.words().iter().map(|w| fold(w)).collect();
        let mut candidates: Vec<(usize, Suggestion)> = Vec::new();
        for row in rows {
            let (rowid, title, context, opens) = row?;
            let Some(kind) = SearchKind::from_code(rowid >> 32) else { continue };
            if candidates.iter().all(|(_, s)| s.title != title) {
                candidates.push((letters_away(&typed, &title), Suggestion { kind, title, context, opens }));
            }
        }
        // Stable: equally close titles keep the index's order.
        candidates.sort_by_key(|(distance, _)| *distance);
        Ok(candidates.into_iter().take(SUGGESTIONS).map(|(_, s)| s).collect())
    }
}

/// For each typed word, the fewest letters to change to reach some word of `title`, added up.
fn letters_away(typed: &[Vec<char>], title: &str) -> usize {
    let title = join_apostrophes(title);
    let words: Vec<Vec<char>> = title.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(fold).collect();
    typed.iter().map(|t| words.iter().map(|w| edit_distance(t, w)).min().unwrap_or(t.len())).sum()
}

/// Levenshtein distance: insertions, deletions and substitutions.
fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        current[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_are_counted_in_letters_accents_and_case_aside() {
        let d = |a: &str, b: &str| edit_distance(&fold(a), &fold(b));
        assert_eq!(d("pinoshet", "Pinochet"), 1);
        assert_eq!(d("consitucion", "Constitución"), 1);
        assert_eq!(d("", "abc"), 3);
        assert_eq!(letters_away(&[fold("pinoshet")], "Augusto Pinochet Ugarte"), 1);
        assert!(letters_away(&[fold("pinoshet")], "Miguel Enríquez Espinosa") > 1);
        assert_eq!(letters_away(&[fold("ohigins")], "Bernardo O'Higgins"), 1);
    }
}
