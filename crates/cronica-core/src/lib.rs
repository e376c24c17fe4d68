//! Crónica's core: the content model and its compiler (`data/` → SQLite), the read-only content
//! database, the learner's user database, and quiz logic. No UI and no Tauri here.

pub mod content;
mod content_db;
mod cronica;
mod date;
mod error;
mod lang;
mod quarantine;
pub mod quiz;
mod settings;
pub mod timeline;
mod user_db;
pub mod views;

pub use content::{check_content, compile_content, Diagnostic, Stats};
pub use content_db::ContentDb;
pub use cronica::Cronica;
pub use date::{HistDate, Precision};
pub use error::{Error, Result};
pub use lang::{Lang, Localized};
pub use quarantine::quarantine_unreadable_settings;
pub use settings::{Settings, TextSize, Theme};
pub use user_db::{OpenedUserDb, UserDb};
