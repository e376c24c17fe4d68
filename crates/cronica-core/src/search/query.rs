//! What the learner typed, turned into FTS5 MATCH expressions that cannot fail: every word becomes
//! a quoted string, so quotes, `*`, `-`, `OR`, `NEAR`, parentheses and column names are only ever
//! words or separators, never syntax.

use crate::base::search::join_apostrophes;

/// Only this much of the text is read: nobody types more into a search box, and a pasted page
/// would only cost time (it is searched by its first words, never refused).
pub const MAX_QUERY_CHARS: usize = 200;
/// Words after these are ignored.
const MAX_WORDS: usize = 12;
/// A word being typed is matched as a prefix from this many letters on (one letter would match
/// half the corpus).
const MIN_PREFIX_CHARS: usize = 2;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MatchQuery {
    /// Letters and digits only, apostrophes inside words already removed.
    words: Vec<String>,
    /// Whether the last word is still being typed (the text does not end after it).
    last_is_prefix: bool,
}

impl MatchQuery {
    /// The words of `text`, or `None` when it has none (an empty search finds nothing, quietly).
    pub fn parse(text: &str) -> Option<MatchQuery> {
        let text = match text.char_indices().nth(MAX_QUERY_CHARS) {
            Some((end, _)) => &text[..end],
            None => text,
        };
        let joined = join_apostrophes(text);
        let words: Vec<String> =
            joined.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(MAX_WORDS).map(str::to_string).collect();
        let last = words.last()?;
        let still_typing = joined.chars().last().is_some_and(char::is_alphanumeric);
        let last_is_prefix = still_typing && last.chars().count() >= MIN_PREFIX_CHARS;
        Some(MatchQuery { words, last_is_prefix })
    }

    /// Every word (the last one as a prefix while it is being typed).
    pub fn expression(&self) -> String {
        let last = self.words.len() - 1;
        self.words
            .iter()
            .enumerate()
            .map(|(i, w)| if i == last && self.last_is_prefix { format!("\"{w}\"*") } else { format!("\"{w}\"") })
            .collect::<Vec<_>>()
            .join(" ")
    }

    pub fn words(&self) -> &[String] {
        &self.words
    }

    /// Whether the last word is matched as a prefix.
    pub fn last_is_prefix(&self) -> bool {
        self.last_is_prefix
    }

    /// Any three letters in a row of any word, for titles that are close to the words without
    /// containing them; `None` when no word is long enough to have any.
    pub fn trigrams(&self) -> Option<String> {
        let mut trigrams: Vec<String> = Vec::new();
        for word in &self.words {
            let chars: Vec<char> = word.chars().collect();
            for window in chars.windows(3) {
                let trigram: String = window.iter().collect();
                if !trigrams.contains(&trigram) {
                    trigrams.push(trigram);
                }
            }
        }
        (!trigrams.is_empty()).then(|| trigrams.iter().map(|t| format!("\"{t}\"")).collect::<Vec<_>>().join(" OR "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> MatchQuery {
        MatchQuery::parse(text).unwrap()
    }

    #[test]
    fn words_are_quoted_and_the_last_one_typed_is_a_prefix() {
        assert_eq!(parse("plebiscito 1988").expression(), r#""plebiscito" "1988"*"#);
        assert_eq!(parse("plebiscito 1988 ").expression(), r#""plebiscito" "1988""#);
        assert_eq!(parse("Piñ").expression(), r#""Piñ"*"#);
        assert_eq!(parse("p").expression(), r#""p""#);
    }

    #[test]
    fn syntax_is_only_ever_a_separator_or_a_word() {
        assert_eq!(parse(r#""golpe" OR (title:x* - NEAR)"#).expression(), r#""golpe" "OR" "title" "x" "NEAR""#);
        assert_eq!(parse("o'higgins").expression(), r#""ohiggins"*"#);
        assert_eq!(MatchQuery::parse(r#"  "" * - () ^ "#), None);
        assert_eq!(MatchQuery::parse(""), None);
    }

    #[test]
    fn long_text_is_read_up_to_a_bound_and_many_words_are_cut() {
        assert_eq!(parse(&"a".repeat(10_000)).words, vec!["a".repeat(MAX_QUERY_CHARS)]);
        assert_eq!(parse(&"é".repeat(MAX_QUERY_CHARS + 1)).words[0].chars().count(), MAX_QUERY_CHARS);
        assert_eq!(parse(&"uno ".repeat(40)).words.len(), MAX_WORDS);
    }

    #[test]
    fn trigrams_of_every_word() {
        assert_eq!(parse("pinoshet ab").trigrams().unwrap(), r#""pin" OR "ino" OR "nos" OR "osh" OR "she" OR "het""#);
        assert_eq!(parse("ab cd").trigrams(), None);
    }
}
