//! The application: the content and user databases, the settings store and the start-up
//! notices, shared by every use case. Each subject adds its use cases with `impl Cronica`.

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use crate::error::Result;
use crate::notices::{Notice, NoticeKind};
use crate::settings::{MemorySettings, Settings, SettingsStore};
use crate::storage::{ContentDb, UserDb};

pub struct Cronica {
    content: Mutex<ContentDb>,
    user: Mutex<UserDb>,
    settings: Box<dyn SettingsStore>,
    notices: Vec<Notice>,
}

impl Cronica {
    pub fn new(content: ContentDb, user: UserDb, notices: Vec<Notice>) -> Cronica {
        Cronica { content: Mutex::new(content), user: Mutex::new(user), settings: Box::new(MemorySettings::default()), notices }
    }

    /// Opens the content database and the user database. An unreadable user database is moved
    /// aside and replaced (reported as a notice); if even a fresh one cannot be created, the app
    /// still runs on an in-memory one and says so.
    pub fn open(content_path: &Path, user_path: &Path) -> Result<Cronica> {
        let content = ContentDb::open(content_path)?;
        let mut notices = Vec::new();
        let user = match UserDb::open(user_path) {
            Ok(opened) => {
                if let Some(moved) = opened.recovered_from {
                    notices.push(Notice { kind: NoticeKind::UserDataRecovered, path: moved.display().to_string() });
                }
                opened.db
            }
            Err(_) => {
                notices.push(Notice { kind: NoticeKind::UserDataUnavailable, path: user_path.display().to_string() });
                UserDb::open_in_memory()?
            }
        };
        Ok(Cronica::new(content, user, notices))
    }

    /// Keeps settings in `store` instead of in memory.
    pub fn with_settings_store(mut self, store: Box<dyn SettingsStore>) -> Cronica {
        self.settings = store;
        self
    }

    pub fn add_notice(&mut self, notice: Notice) {
        self.notices.push(notice);
    }

    pub fn startup_notices(&self) -> Vec<Notice> {
        self.notices.clone()
    }

    pub fn get_settings(&self) -> Result<Settings> {
        self.settings.load()
    }

    pub fn save_settings(&self, settings: Settings) -> Result<Settings> {
        self.settings.save(settings)?;
        Ok(settings)
    }

    pub(crate) fn content(&self) -> MutexGuard<'_, ContentDb> {
        // A panic while holding the lock cannot leave read-only content half-changed.
        self.content.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub(crate) fn user(&self) -> MutexGuard<'_, UserDb> {
        // Every user write is one transaction, so a poisoned lock still guards consistent data.
        self.user.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// In-memory fixtures for the crate's tests: the small content of `tests/fixtures/valid`.
#[cfg(test)]
pub(crate) mod tests_support {
    use std::path::Path;

    use super::Cronica;
    use crate::content::check_content;
    use crate::storage::{ContentDb, UserDb};

    pub fn fixture_content() -> ContentDb {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
        let report = check_content(&dir).expect("fixture folder");
        assert!(!report.has_errors(), "{:?}", report.diagnostics);
        ContentDb::from_content(&report.content).expect("fixture compiles")
    }

    pub fn app() -> Cronica {
        Cronica::new(fixture_content(), UserDb::open_in_memory().expect("in-memory database"), Vec::new())
    }
}

#[cfg(test)]
mod tests;
