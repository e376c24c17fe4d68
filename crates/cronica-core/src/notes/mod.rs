//! The learner's notes and bookmarks on chapter sections, events, figures and glossary terms: one
//! per item, its text and whether it is bookmarked, kept in the user database under content ids
//! (see [`NoteTarget`]). Listed grouped by what they annotate, found by the search (`search::notes`),
//! and exported as Markdown with links back (`markdown`).

mod markdown;
mod store;
mod target;

use serde::Serialize;
use ts_rs::TS;

use crate::app::Cronica;
use crate::base::{Lang, Timestamp};
use crate::error::{Error, Result};
use crate::export::saved::{SavedFile, safe_stem};

pub use markdown::notes_markdown;
pub use target::{NoteKind, NoteTarget};

/// The longest note, in characters: several pages of text, far more than a note on one item needs,
/// and a bound on what one keystroke's search has to read.
pub const MAX_NOTE_CHARS: usize = 10_000;

/// A note or bookmark as stored.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct Note {
    pub id: i64,
    pub target: NoteTarget,
    /// The learner's text, as typed; empty for a bookmark without a note.
    pub text: String,
    pub bookmarked: bool,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// A note with what it annotates named in the reader's language.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct ListedNote {
    pub note: Note,
    /// The item's title; its id when the content no longer has it.
    pub title: String,
    /// For a section, its chapter's title.
    pub context: Option<String>,
    /// False when a content update removed the item (the note is kept all the same).
    pub available: bool,
}

/// The notes on one kind of item, most recently changed first.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct NoteGroup {
    pub kind: NoteKind,
    pub notes: Vec<ListedNote>,
}

/// Checks and tidies a note's text: line ends made `\n`, blank edges trimmed, not empty, at most
/// [`MAX_NOTE_CHARS`] characters, no control characters but line breaks and tabs.
pub fn clean_note_text(text: &str) -> Result<String> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let text = text.trim();
    if text.is_empty() {
        return Err(Error::InvalidInput("a note cannot be empty".into()));
    }
    let chars = text.chars().count();
    if chars > MAX_NOTE_CHARS {
        return Err(Error::InvalidInput(format!("a note can have at most {MAX_NOTE_CHARS} characters; this one has {chars}")));
    }
    if text.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(Error::InvalidInput("a note cannot contain control characters".into()));
    }
    Ok(text.to_string())
}

impl Cronica {
    /// The note and bookmark on `target`, if any.
    pub fn get_note(&self, target: &NoteTarget) -> Result<Option<Note>> {
        self.user().read().note(target)
    }

    /// The notes and bookmarks on a chapter's sections.
    pub fn chapter_notes(&self, chapter_id: &str) -> Result<Vec<Note>> {
        self.user().read().chapter_notes(chapter_id)
    }

    /// Writes `text` as the note on `target` (adding or replacing it), keeping its bookmark.
    pub fn save_note(&self, target: &NoteTarget, text: &str) -> Result<Note> {
        let text = clean_note_text(text)?;
        self.content().check_note_target(target)?;
        let now = self.now();
        self.user().transact(|w| {
            let bookmarked = w.note(target)?.is_some_and(|n| n.bookmarked);
            w.put_note(target, &text, bookmarked, now)?.ok_or_else(|| Error::Corrupt("a saved note was not stored".into()))
        })
    }

    /// Deletes the note's text on `target`; a bookmark on it stays. Deleting what is not there is
    /// not an error (the screen may be out of date).
    pub fn delete_note(&self, target: &NoteTarget) -> Result<Option<Note>> {
        let now = self.now();
        self.user().transact(|w| match w.note(target)? {
            Some(note) => w.put_note(target, "", note.bookmarked, now),
            None => Ok(None),
        })
    }

    /// Bookmarks `target` or takes its bookmark away, keeping its note.
    pub fn set_bookmark(&self, target: &NoteTarget, bookmarked: bool) -> Result<Option<Note>> {
        if bookmarked {
            self.content().check_note_target(target)?;
        }
        let now = self.now();
        self.user().transact(|w| {
            let text = w.note(target)?.map(|n| n.text).unwrap_or_default();
            w.put_note(target, &text, bookmarked, now)
        })
    }

    /// Every note and bookmark grouped by kind (sections, events, figures, terms), each group most
    /// recently changed first; a kind with none has no group.
    pub fn list_notes(&self, lang: Lang) -> Result<Vec<NoteGroup>> {
        let notes = self.user().read().all_notes()?;
        let content = self.content();
        let mut groups: Vec<NoteGroup> = NoteKind::ALL.into_iter().map(|kind| NoteGroup { kind, notes: Vec::new() }).collect();
        for note in notes {
            let named = content.note_target_title(lang, &note.target)?;
            let listed = match named {
                Some(t) => ListedNote { title: t.title, context: t.context, available: true, note },
                None => ListedNote { title: note.target.stored_id(), context: None, available: false, note },
            };
            if let Some(group) = groups.iter_mut().find(|g| g.kind == listed.note.target.kind()) {
                group.notes.push(listed);
            }
        }
        groups.retain(|g| !g.notes.is_empty());
        Ok(groups)
    }

    /// Every note as one Markdown document in `lang`, each linking back to what it annotates.
    pub fn notes_markdown(&self, lang: Lang) -> Result<String> {
        let groups = self.list_notes(lang)?;
        Ok(notes_markdown(lang, &groups, &self.content().title(lang)?))
    }

    /// Saves the notes as `<Mis notas|My notes> - Crónica.md` in the user's folder for saved files.
    pub fn save_notes_markdown(&self, lang: Lang) -> Result<SavedFile> {
        let text = self.notes_markdown(lang)?;
        let stem = match lang {
            Lang::Es => "Mis notas - Crónica",
            Lang::En => "My notes - Crónica",
        };
        self.save_bytes_for_user(&safe_stem(stem, "notes"), "md", text.as_bytes())
    }
}

#[cfg(test)]
mod tests;
