//! The learner's notes as search results ("Mis notas"): they live in the user database, not in
//! the content's index, so they are read there and matched one by one with the same rules the
//! index follows (accents, case and apostrophes aside, the last word typed as a prefix) — a few
//! thousand notes at most, each bounded in length. A result opens the item the note is on.

use super::query::MatchQuery;
use super::ranking::HITS_PER_KIND;
use super::snippet::Marked;
use super::{SearchGroup, SearchHit, SearchTarget};
use crate::base::{Lang, SearchKind, TargetScreen};
use crate::error::Result;
use crate::notes::{Note, NoteTarget};
use crate::storage::ContentDb;

/// The notes whose text holds every word of `query`, most recently changed first; `None` when
/// none does. `notes` come most recently changed first.
pub(super) fn note_group(content: &ContentDb, lang: Lang, query: &MatchQuery, notes: Vec<Note>) -> Result<Option<SearchGroup>> {
    let mut hits = Vec::new();
    let mut more = false;
    for note in notes.into_iter().filter(|n| !n.text.is_empty() && Marked::holds_every_word(&n.text, query)) {
        // A note on an item the content no longer has is listed on the notes screen, but opens nothing.
        let Some(named) = content.note_target_title(lang, &note.target)? else { continue };
        if hits.len() == HITS_PER_KIND {
            more = true;
            break;
        }
        let (id, section, screen) = match &note.target {
            NoteTarget::Section { chapter_id, section_id } => (chapter_id.to_string(), Some(section_id.to_string()), TargetScreen::Chapter),
            NoteTarget::Event { id } => (id.to_string(), None, TargetScreen::Event),
            NoteTarget::Figure { id } => (id.to_string(), None, TargetScreen::Figure),
            NoteTarget::Term { id } => (id.to_string(), None, TargetScreen::Term),
        };
        hits.push(SearchHit {
            kind: SearchKind::Note,
            opens: SearchTarget { screen, id: id.clone(), section: section.clone() },
            id,
            section,
            title: Marked::matching(named.title, query).whole(),
            context: named.context.unwrap_or_default(),
            date: None,
            snippet: Marked::matching(note.text, query).window(),
        });
    }
    Ok((!hits.is_empty()).then_some(SearchGroup { kind: SearchKind::Note, hits, more }))
}
