//! What a note annotates: a chapter's section, an event, a figure or a glossary term, named by
//! content ids only, so a content update never touches a note (one whose item is gone is kept and
//! shown as such). Stored in the user database as a kind and an id ("chapter/section" for a section).

use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::base::{ChapterId, EventId, FigureId, ItemKind, Lang, SectionId, TermId};
use crate::error::{Error, NotFoundKind, Result};
use crate::storage::ContentDb;

/// The thing a note or bookmark is on.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase", rename_all_fields = "camelCase", deny_unknown_fields)]
pub enum NoteTarget {
    Section { chapter_id: ChapterId, section_id: SectionId },
    Event { id: EventId },
    Figure { id: FigureId },
    Term { id: TermId },
}

/// The kinds of [`NoteTarget`], in the order the notes screen groups them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum NoteKind {
    Section,
    Event,
    Figure,
    Term,
}

impl NoteKind {
    pub const ALL: [NoteKind; 4] = [NoteKind::Section, NoteKind::Event, NoteKind::Figure, NoteKind::Term];

    /// As the `notes.target_kind` column stores it.
    pub fn as_str(self) -> &'static str {
        match self {
            NoteKind::Section => "section",
            NoteKind::Event => "event",
            NoteKind::Figure => "figure",
            NoteKind::Term => "term",
        }
    }

    pub fn parse(name: &str) -> Option<NoteKind> {
        NoteKind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

impl NoteTarget {
    pub fn kind(&self) -> NoteKind {
        match self {
            NoteTarget::Section { .. } => NoteKind::Section,
            NoteTarget::Event { .. } => NoteKind::Event,
            NoteTarget::Figure { .. } => NoteKind::Figure,
            NoteTarget::Term { .. } => NoteKind::Term,
        }
    }

    /// The `notes.target_id` column: the item's id, or "chapter/section".
    pub(crate) fn stored_id(&self) -> String {
        match self {
            NoteTarget::Section { chapter_id, section_id } => format!("{chapter_id}/{section_id}"),
            NoteTarget::Event { id } => id.to_string(),
            NoteTarget::Figure { id } => id.to_string(),
            NoteTarget::Term { id } => id.to_string(),
        }
    }

    /// The target a row names; `None` for a row this build cannot read (kept, not shown).
    pub(crate) fn from_stored(kind: &str, id: &str) -> Option<NoteTarget> {
        Some(match NoteKind::parse(kind)? {
            NoteKind::Section => {
                let (chapter, section) = id.split_once('/')?;
                NoteTarget::Section { chapter_id: chapter.into(), section_id: section.into() }
            }
            NoteKind::Event => NoteTarget::Event { id: id.into() },
            NoteKind::Figure => NoteTarget::Figure { id: id.into() },
            NoteKind::Term => NoteTarget::Term { id: id.into() },
        })
    }

    /// The app's address of the annotated item (what a note links back to).
    pub fn route(&self) -> String {
        match self {
            NoteTarget::Section { chapter_id, section_id } => format!("#/chapters/{chapter_id}?section={section_id}"),
            NoteTarget::Event { id } => format!("#/events/{id}"),
            NoteTarget::Figure { id } => format!("#/figures/{id}"),
            NoteTarget::Term { id } => format!("#/terms/{id}"),
        }
    }
}

/// How an annotated item is named: its title and, for a section, its chapter's title.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TargetTitle {
    pub title: String,
    pub context: Option<String>,
}

impl ContentDb {
    /// The item's title in `lang`, or `None` when the current content no longer has it.
    pub(crate) fn note_target_title(&self, lang: Lang, target: &NoteTarget) -> Result<Option<TargetTitle>> {
        let gone = |r: Result<String>| match r {
            Ok(title) => Ok(Some(title)),
            Err(Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(e),
        };
        Ok(match target {
            NoteTarget::Section { chapter_id, section_id } => match self.section_title(lang, chapter_id, section_id)? {
                Some(title) => Some(TargetTitle { title, context: gone(self.chapter_title(lang, chapter_id))? }),
                None => None,
            },
            NoteTarget::Event { id } => gone(self.event_title(lang, id))?.map(|title| TargetTitle { title, context: None }),
            NoteTarget::Figure { id } => {
                let shown: Option<String> =
                    self.conn.query_row("SELECT display_name FROM figures WHERE id = ?1", [id.as_str()], |r| r.get(0)).optional()?;
                shown.map(|title| TargetTitle { title, context: None })
            }
            NoteTarget::Term { id } => gone(self.term(lang, id).map(|t| t.name))?.map(|title| TargetTitle { title, context: None }),
        })
    }

    /// Refuses a target the content does not have: a note is only ever added to something real.
    pub(crate) fn check_note_target(&self, target: &NoteTarget) -> Result<()> {
        if self.note_target_title(Lang::Es, target)?.is_some() {
            return Ok(());
        }
        Err(match target {
            NoteTarget::Section { .. } => Error::NotFound { kind: NotFoundKind::Section, id: target.stored_id() },
            NoteTarget::Event { id } => Error::not_found(ItemKind::Event, id.as_str()),
            NoteTarget::Figure { id } => Error::not_found(ItemKind::Figure, id.as_str()),
            NoteTarget::Term { id } => Error::not_found(ItemKind::Term, id.as_str()),
        })
    }
}
