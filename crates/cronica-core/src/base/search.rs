//! The vocabulary search shares between the compiler, which writes the index, and the queries that
//! read it: what kind of thing a result is, which screen opens it, and how words with an
//! apostrophe inside are written so that "ohiggins", "o'higgins" and "O’Higgins" meet.

use std::borrow::Cow;

use serde::Serialize;
use ts_rs::TS;

/// What a search result is; results come grouped by it. A new kind (the learner's notes) is a new
/// variant with a code of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum SearchKind {
    /// A chapter (its title and summary) or one of its sections.
    Chapter,
    Event,
    Figure,
    Term,
    Perspective,
    Question,
    Source,
    /// The learner's own note on a section, event, figure or term (from the user database).
    Note,
}

impl SearchKind {
    pub const ALL: [SearchKind; 8] = [
        SearchKind::Chapter,
        SearchKind::Event,
        SearchKind::Figure,
        SearchKind::Term,
        SearchKind::Perspective,
        SearchKind::Question,
        SearchKind::Source,
        SearchKind::Note,
    ];

    /// The number the index keeps a document's kind under (the high bits of its rowid), so that
    /// ranking never has to read a document to know its kind. Between equally good matches the
    /// lower code comes first: the thing itself (an event, a person, a term, a debate) before the
    /// chapters that tell of it, and those before questions and sources.
    pub fn code(self) -> i64 {
        match self {
            SearchKind::Event => 1,
            SearchKind::Figure => 2,
            SearchKind::Term => 3,
            SearchKind::Perspective => 4,
            SearchKind::Chapter => 5,
            SearchKind::Question => 6,
            SearchKind::Source => 7,
            // Never in the content's index: notes are searched in the user database.
            SearchKind::Note => 8,
        }
    }

    pub fn from_code(code: i64) -> Option<SearchKind> {
        SearchKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// Whether results of this kind support the others rather than being a place of their own
    /// (a quiz question, a source): their group comes after the others', however well they match.
    pub fn is_supporting(self) -> bool {
        matches!(self, SearchKind::Question | SearchKind::Source)
    }

    /// How the command line names it.
    pub fn as_str(self) -> &'static str {
        match self {
            SearchKind::Chapter => "chapter",
            SearchKind::Event => "event",
            SearchKind::Figure => "figure",
            SearchKind::Term => "term",
            SearchKind::Perspective => "perspective",
            SearchKind::Question => "question",
            SearchKind::Source => "source",
            SearchKind::Note => "note",
        }
    }
}

/// The screen a search result opens on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum TargetScreen {
    /// A chapter, at a section when there is one.
    Chapter,
    Event,
    Figure,
    Term,
    Perspective,
    /// The self-quiz of a chapter (where its questions are asked).
    Quiz,
}

impl TargetScreen {
    pub const ALL: [TargetScreen; 6] = [
        TargetScreen::Chapter,
        TargetScreen::Event,
        TargetScreen::Figure,
        TargetScreen::Term,
        TargetScreen::Perspective,
        TargetScreen::Quiz,
    ];

    /// The name the content database stores.
    pub fn as_str(self) -> &'static str {
        match self {
            TargetScreen::Chapter => "chapter",
            TargetScreen::Event => "event",
            TargetScreen::Figure => "figure",
            TargetScreen::Term => "term",
            TargetScreen::Perspective => "perspective",
            TargetScreen::Quiz => "quiz",
        }
    }

    pub fn parse(name: &str) -> Option<TargetScreen> {
        TargetScreen::ALL.into_iter().find(|s| s.as_str() == name)
    }
}

const APOSTROPHES: [char; 3] = ['\'', '\u{2019}', '\u{02BC}'];

/// Whether the apostrophe at `at` (a char index into `chars`) joins two halves of one word, as in
/// "O'Higgins" or "D’Aubuisson", rather than starting a possessive or closing a quotation
/// ("Pinochet's", "'Approve'").
fn joins_word(chars: &[char], at: usize) -> bool {
    joins_halves(at.checked_sub(1).map(|i| chars[i]), chars[at], chars[at + 1..].iter().copied())
}

/// [`joins_word`] for a character `c` between `before` and the characters `after` it.
fn joins_halves(before: Option<char>, c: char, mut after: impl Iterator<Item = char>) -> bool {
    let next = after.next();
    let possessive = matches!(next, Some('s' | 'S')) && !after.next().is_some_and(char::is_alphanumeric);
    APOSTROPHES.contains(&c) && before.is_some_and(char::is_alphabetic) && next.is_some_and(char::is_alphabetic) && !possessive
}

/// The text as the index sees it: apostrophes inside a word removed ("O'Higgins" → "OHiggins"),
/// so typing the name with or without one finds it. The index and the queries both go through here.
pub fn join_apostrophes(text: &str) -> Cow<'_, str> {
    if !text.contains(APOSTROPHES) {
        return Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().collect();
    Cow::Owned(chars.iter().enumerate().filter(|&(i, _)| !joins_word(&chars, i)).map(|(_, c)| *c).collect())
}

/// A word as the index compares it, near enough: lower case, accents off, apostrophes gone
/// ("Concertación" → "concertacion", "O'Higgins" → "ohiggins"). For comparing and highlighting;
/// the index's own tokenizer (`unicode61 remove_diacritics 2`) decides what matches.
pub fn fold(word: &str) -> Vec<char> {
    folded(word).collect()
}

/// [`fold`], a letter at a time.
pub fn folded(word: &str) -> impl Iterator<Item = char> + '_ {
    word.chars().filter(|c| !APOSTROPHES.contains(c)).flat_map(char::to_lowercase).map(|c| match c {
        'a'..='z' | '0'..='9' => c,
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ē' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'ī' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ō' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' => 'u',
        'ý' | 'ÿ' => 'y',
        'ñ' => 'n',
        'ç' => 'c',
        other => other,
    })
}

/// The byte range of every word of `text` as written: a run of letters and digits, an apostrophe
/// inside a word ("O'Higgins") being part of it.
pub fn word_ranges(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut ranges = Vec::new();
    let mut start: Option<usize> = None;
    let mut before: Option<char> = None;
    for (at, c) in text.char_indices() {
        let in_word = c.is_alphanumeric() || (start.is_some() && joins_halves(before, c, text[at + c.len_utf8()..].chars()));
        match (in_word, start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                ranges.push(from..at);
                start = None;
            }
            _ => {}
        }
        before = Some(c);
    }
    if let Some(from) = start {
        ranges.push(from..text.len());
    }
    ranges
}

/// The halves of every word that [`join_apostrophes`] joins ("O'Higgins" → "O Higgins"), indexed as
/// well so that "higgins" alone still finds it.
pub fn apostrophe_halves(text: &str) -> String {
    if !text.contains(APOSTROPHES) {
        return String::new();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut halves = Vec::new();
    let mut start = 0;
    while start < chars.len() {
        let word_char = |c: &char| c.is_alphanumeric() || APOSTROPHES.contains(c);
        let end = chars[start..].iter().position(|c| !word_char(c)).map_or(chars.len(), |n| start + n);
        if (start..end).any(|i| joins_word(&chars, i)) {
            halves.push(chars[start..end].iter().map(|c| if APOSTROPHES.contains(c) { ' ' } else { *c }).collect::<String>());
        }
        start = end + 1;
    }
    halves.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apostrophes_inside_a_word_are_dropped_but_possessives_and_quotes_stay() {
        assert_eq!(join_apostrophes("Bernardo O'Higgins"), "Bernardo OHiggins");
        assert_eq!(join_apostrophes("O’Higgins y D'Aubuisson"), "OHiggins y DAubuisson");
        assert_eq!(join_apostrophes("Pinochet's rule"), "Pinochet's rule");
        assert_eq!(join_apostrophes("'Approve' wins"), "'Approve' wins");
        assert_eq!(join_apostrophes("l'état"), "létat");
        assert_eq!(join_apostrophes("sin apóstrofos"), "sin apóstrofos");
        assert_eq!(join_apostrophes("'"), "'");
        assert_eq!(join_apostrophes("a'"), "a'");
    }

    #[test]
    fn words_fold_to_what_is_typed_and_keep_their_apostrophes_as_written() {
        assert_eq!(fold("Concertación").iter().collect::<String>(), "concertacion");
        assert_eq!(fold("O’Higgins").iter().collect::<String>(), "ohiggins");
        assert_eq!(fold("PIÑERA").iter().collect::<String>(), "pinera");
        let text = "Bernardo O'Higgins, 'Apruebo' y Pinochet's 1988";
        let words: Vec<&str> = word_ranges(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(words, ["Bernardo", "O'Higgins", "Apruebo", "y", "Pinochet", "s", "1988"]);
    }

    #[test]
    fn the_halves_of_joined_words_are_kept_for_the_index() {
        assert_eq!(apostrophe_halves("Bernardo O'Higgins y D’Aubuisson"), "O Higgins D Aubuisson");
        assert_eq!(apostrophe_halves("Pinochet's rule"), "");
        assert_eq!(apostrophe_halves("nada"), "");
    }

    #[test]
    fn codes_and_names_round_trip() {
        for kind in SearchKind::ALL {
            assert_eq!(SearchKind::from_code(kind.code()), Some(kind));
        }
        for screen in TargetScreen::ALL {
            assert_eq!(TargetScreen::parse(screen.as_str()), Some(screen));
        }
    }
}
