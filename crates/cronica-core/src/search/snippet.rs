//! Matches as SQLite's highlighter marks them, turned back into the text as written and cut into
//! segments: a title whole, a body as a window of words around its matches. Segments, never HTML,
//! so the UI draws every piece of text as text.

use std::ops::Range;

use serde::Serialize;
use ts_rs::TS;

/// Put around each match by `highlight()`; the indexer keeps both out of the indexed text.
pub(crate) const MARK_START: &str = "\u{1}";
pub(crate) const MARK_END: &str = "\u{2}";

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
    /// `highlighted` is the indexed text with each match between [`MARK_START`] and [`MARK_END`];
    /// `shown` the text as written when the index dropped something from it (apostrophes inside
    /// words), which is put back.
    pub fn new(highlighted: &str, shown: Option<&str>) -> Marked {
        let mut text = String::with_capacity(highlighted.len());
        let mut matches = Vec::new();
        let mut open: Option<usize> = None;
        let mut written = shown.map(str::chars);
        let mut rest = highlighted;
        while let Some(c) = rest.chars().next() {
            rest = &rest[c.len_utf8()..];
            match c.to_string().as_str() {
                MARK_START => open = Some(text.len()),
                MARK_END => {
                    if let Some(start) = open.take() {
                        matches.push(start..text.len());
                    }
                }
                _ => match written.as_mut() {
                    // Copy what the index dropped, up to and including this character.
                    Some(written) => {
                        for w in written.by_ref() {
                            text.push(w);
                            if w == c {
                                break;
                            }
                        }
                    }
                    None => text.push(c),
                },
            }
        }
        if let Some(written) = written {
            text.extend(written);
        }
        Marked { text, matches }
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
        let hit: Vec<usize> = words.iter().map(|w| usize::from(self.matches.iter().any(|m| m.start < w.end && w.start < m.end))).collect();
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

    #[test]
    fn marks_become_highlighted_segments() {
        let marked = Marked::new("El \u{1}golpe\u{2} de \u{1}1973\u{2}", None);
        assert_eq!(marked.whole(), vec![seg("El ", false), seg("golpe", true), seg(" de ", false), seg("1973", true)]);
    }

    #[test]
    fn apostrophes_the_index_dropped_come_back_inside_the_match() {
        let marked = Marked::new("Bernardo \u{1}OHiggins\u{2} y DAubuisson", Some("Bernardo O'Higgins y D’Aubuisson"));
        assert_eq!(marked.whole(), vec![seg("Bernardo ", false), seg("O'Higgins", true), seg(" y D’Aubuisson", false)]);
    }

    #[test]
    fn a_long_body_is_cut_around_its_matches() {
        let words: Vec<String> = (0..100).map(|i| if i == 60 { "\u{1}plebiscito\u{2}".into() } else { format!("w{i}") }).collect();
        let window = Marked::new(&words.join(" "), None).window();
        assert_eq!(window.first(), Some(&seg("… w54 w55 w56 w57 w58 w59 ", false)));
        assert_eq!(window[1], seg("plebiscito", true));
        assert!(window.last().unwrap().text.ends_with("w81 …"), "{window:?}");
        let unmatched = Marked::new(&words.join("\n\n").replace(['\u{1}', '\u{2}'], ""), None).window();
        assert_eq!(unmatched.len(), 1);
        assert!(unmatched[0].text.starts_with("w0 w1 w2") && unmatched[0].text.ends_with("w27 …"), "{unmatched:?}");
    }
}
