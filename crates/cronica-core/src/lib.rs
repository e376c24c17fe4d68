//! Crónica's core: the content model and its compiler (`data/` → SQLite), the read-only content
//! database, the learner's user database, and quiz logic. No UI and no Tauri here.
//!
//! Layers, each importing only from the ones above it: `base` (shared vocabulary) → `error` →
//! `content` (the compiler) → `storage` → subjects (`sources`, `perspectives`, `chapters`,
//! `events`, `figures`, `glossary`, `quiz`, `review`, `home`, `notes`, `progress`, `teacher`, `live`, `search`) → `export` → `api` (every backend call).

pub mod about;
pub mod api;
mod app;
pub mod base;
pub mod chapters;
pub mod content;
pub mod elections;
pub mod error;
pub mod events;
pub mod export;
pub mod figures;
pub mod glossary;
pub mod home;
pub mod live;
pub mod notes;
pub mod notices;
pub mod perspectives;
pub mod progress;
mod quarantine;
pub mod quiz;
pub mod review;
pub mod search;
pub mod settings;
pub mod sources;
pub mod startup;
pub mod storage;
pub mod teacher;

pub use app::Cronica;
pub use base::{Diagnostic, HistDate, Lang, Localized, Precision};
pub use content::{Stats, check_content, compile_content};
pub use error::{Error, ErrorKind, Result};
pub use quarantine::quarantine_unreadable_settings;
pub use settings::{Settings, SettingsStore, TextSize, Theme};
pub use storage::{ContentDb, OpenedUserDb, UserDb};
