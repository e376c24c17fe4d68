//! A result's title and text as written, with the words the search matched marked, cut into
//! segments: a title whole, a body as a window of words around its matches. Segments, never HTML,
//! so the UI draws every piece of text as text. Matching words are found here rather than with
//! SQLite's `highlight()`, which would run the search again for every result.

use std::ops::Range;

use serde::Serialize;
use ts_rs::TS;

use super::query::MatchQuery;
use crate::base::search::{fold, folded, word_ranges};

/// How many words a body's snippet shows, and how many of them come before its first match.
const SNIPPET_WORDS: usize = 28;
const LEAD_WORDS: usize = 6;

/// A piece of a result's title or snippet; the pieces that matched the search are highlighted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Segment {
    pub text: String,
    pub highlighted: bool,
}

/// A text as written, and the byte ranges in it that matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Marked {
    text: String,
    matches: Vec<Range<usize>>,
}

impl Marked {
    /// `text` with every word the query matches marked: a typed word equal to it (case, accents
    /// and apostrophes aside) or, for the word being typed, its beginning; a word joined at an
    /// apostrophe also matches by either half ("higgins" marks "O'Higgins").
    pub fn matching(text: String, query: &MatchQuery) -> Marked {
        let typed = typed_words(query);
        let hits = |word: &str| typed.iter().any(|(t, prefix)| matches_word(t, *prefix, word));
        let matches = word_ranges(&text).into_iter().filter(|range| hits(&text[range.clone()])).collect();
        Marked { text, matches }
    }

    /// Whether every word of `query` matches a word of `text` (as [`Marked::matching`] marks
    /// them): what a text searched without an index (a learner's note) needs to be found.
    pub fn holds_every_word(text: &str, query: &MatchQuery) -> bool {
        let words: Vec<&str> = word_ranges(text).into_iter().map(|range| &text[range]).collect();
        typed_words(query).iter().all(|(t, prefix)| words.iter().any(|word| matches_word(t, *prefix, word)))
    }

    /// The whole text.
    pub fn whole(&self) -> Vec<Segment> {
        self.segments(0..self.text.len(), false, false)
    }

    /// About [`SNIPPET_WORDS`] words: where the matches are thickest, else the beginning; an
    /// ellipsis says where text was cut.
    pub fn window(&self) -> Vec<Segment> {
        let words = word_spans(&self.text);
        if words.len() <= SNIPPET_WORDS {
            return self.whole();
        }
        // Both sorted: one pass says which words hold a match.
        let mut next_match = self.matches.iter().peekable();
        let hit: Vec<usize> = words
            .iter()
            .map(|w| {
                while next_match.peek().is_some_and(|m| m.end <= w.start) {
                    next_match.next();
                }
                usize::from(next_match.peek().is_some_and(|m| m.start < w.end))
            })
            .collect();
        let (mut best, mut best_count) = (0, hit[..SNIPPET_WORDS].iter().sum::<usize>());
        let mut count = best_count;
        for start in 1..=words.len() - SNIPPET_WORDS {
            count = count + hit[start + SNIPPET_WORDS - 1] - hit[start - 1];
            if count > best_count {
                (best, best_count) = (start, count);
            }
        }
        let first_hit = (best..best + SNIPPET_WORDS).find(|&i| hit[i] == 1).unwrap_or(best);
        let end = (first_hit.saturating_sub(LEAD_WORDS) + SNIPPET_WORDS).min(words.len());
        let start = end - SNIPPET_WORDS;
        self.segments(words[start].start..words[end - 1].end, start > 0, end < words.len())
    }

    fn segments(&self, range: Range<usize>, cut_before: bool, cut_after: bool) -> Vec<Segment> {
        let mut out: Vec<Segment> = Vec::new();
        let mut push = |text: &str, highlighted: bool| {
            let text = collapse_whitespace(text);
            match out.last_mut() {
                _ if text.is_empty() => {}
                Some(last) if last.highlighted == highlighted => last.text.push_str(&text),
                _ => out.push(Segment { text, highlighted }),
            }
        };
        if cut_before {
            push("… ", false);
        }
        let mut at = range.start;
        for m in self.matches.iter().filter(|m| m.start < range.end && range.start < m.end) {
            let (start, end) = (m.start.max(range.start), m.end.min(range.end));
            push(&self.text[at.min(start)..start], false);
            push(&self.text[start..end], true);
            at = end;
        }
        push(&self.text[at..range.end], false);
        if cut_after {
            push(" …", false);
        }
        out
    }
}

/// The query's words folded, each with whether it is matched as a prefix.
fn typed_words(query: &MatchQuery) -> Vec<(Vec<char>, bool)> {
    let last = query.words().len().saturating_sub(1);
    query.words().iter().enumerate().map(|(i, w)| (fold(w), i == last && query.last_is_prefix())).collect()
}

/// Whether a word as written is the typed word `typed` (or begins with it, for a `prefix`); a
/// word joined at an apostrophe also matches by either half. Compared letter by letter as they
/// fold, without building the folded word: a long section has thousands of words.
fn matches_word(typed: &[char], prefix: bool, word: &str) -> bool {
    let whole = |word: &str| {
        let mut letters = folded(word);
        typed.iter().all(|c| letters.next() == Some(*c)) && (prefix || letters.next().is_none())
    };
    whole(word) || (word.contains(|c: char| !c.is_alphanumeric()) && word.split(|c: char| !c.is_alphanumeric()).any(whole))
}

/// The byte range of every run of non-space characters.
fn word_spans(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                spans.push(s..i);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push(s..text.len());
    }
    spans
}

/// Line breaks between paragraphs and runs of spaces read as one space in a snippet.
fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(text: &str, highlighted: bool) -> Segment {
        Segment { text: text.into(), highlighted }
    }

    fn marked(text: &str, query: &str) -> Marked {
        Marked::matching(text.to_string(), &MatchQuery::parse(query).unwrap())
    }

    #[test]
    fn matching_words_become_highlighted_segments() {
        assert_eq!(marked("El golpe de 1973", "golpe 1973 ").whole(), vec![seg("El ", false), seg("golpe", true), seg(" de ", false), seg("1973", true)]);
        assert_eq!(marked("La Concertación ganó", "concertacion ").whole()[1], seg("Concertación", true));
        // Only the word being typed matches by its beginning.
        assert_eq!(marked("golpes y golpe", "golp").whole(), vec![seg("golpes", true), seg(" y ", false), seg("golpe", true)]);
        assert_eq!(marked("golpes y golpe", "golp golpe ").whole(), vec![seg("golpes y ", false), seg("golpe", true)]);
    }

    #[test]
    fn a_word_with_an_apostrophe_is_marked_whole_as_written() {
        let want = vec![seg("Bernardo ", false), seg("O'Higgins", true), seg(" y D’Aubuisson", false)];
        assert_eq!(marked("Bernardo O'Higgins y D’Aubuisson", "ohiggins ").whole(), want);
        assert_eq!(marked("Bernardo O'Higgins y D’Aubuisson", "higgins ").whole(), want);
    }

    #[test]
    fn a_long_body_is_cut_around_its_matches() {
        let words: Vec<String> = (0..100).map(|i| if i == 60 { "plebiscito".into() } else { format!("w{i}") }).collect();
        let window = marked(&words.join(" "), "plebiscito ").window();
        assert_eq!(window.first(), Some(&seg("… w54 w55 w56 w57 w58 w59 ", false)));
        assert_eq!(window[1], seg("plebiscito", true));
        assert!(window.last().unwrap().text.ends_with("w81 …"), "{window:?}");
        let unmatched = marked(&words.join("\n\n"), "zzz ").window();
        assert_eq!(unmatched.len(), 1);
        assert!(unmatched[0].text.starts_with("w0 w1 w2") && unmatched[0].text.ends_with("w27 …"), "{unmatched:?}");
    }
}
