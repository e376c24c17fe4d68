//! The application: the content and user databases, the settings store and the start-up
//! notices, shared by every use case. Each subject adds its use cases with `impl Cronica`.

mod user_data;

use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};

use crate::base::{Clock, SystemClock, Timestamp};
use crate::error::Result;
use crate::export::worksheet::WorksheetPrinter;
use crate::live::ClassroomHost;
use crate::notices::{Notice, UserDataStatus};
use crate::settings::{MemorySettings, Settings, SettingsStore};
use crate::sources::LinkOpener;
use crate::storage::{ContentDb, UserDb};

pub struct Cronica {
    content: Mutex<ContentDb>,
    user: Arc<Mutex<UserDb>>,
    settings: Box<dyn SettingsStore>,
    notices: Vec<Notice>,
    user_status: UserDataStatus,
    pub(crate) classroom_host: Option<Box<dyn ClassroomHost>>,
    /// Where files saved for the user go (the Downloads folder); none in the CLI.
    pub(crate) export_dir: Option<std::path::PathBuf>,
    /// The system browser, for sources' pages; none in the CLI.
    pub(crate) link_opener: Option<Box<dyn LinkOpener>>,
    /// The print window, for worksheets; none in the CLI.
    pub(crate) worksheet_printer: Option<Box<dyn WorksheetPrinter>>,
    /// Where "now" comes from for the use cases that schedule (the system clock but in tests).
    clock: Arc<dyn Clock>,
    /// Which chapter each question is in, read from the content once (the review queue's).
    pub(crate) review_places: std::sync::OnceLock<crate::review::QuestionPlaces>,
}

impl Cronica {
    pub fn new(content: ContentDb, user: UserDb, notices: Vec<Notice>) -> Cronica {
        Cronica {
            content: Mutex::new(content),
            user: Arc::new(Mutex::new(user)),
            settings: Box::new(MemorySettings::default()),
            notices,
            user_status: UserDataStatus::Saved,
            classroom_host: None,
            export_dir: None,
            link_opener: None,
            worksheet_printer: None,
            clock: Arc::new(SystemClock),
            review_places: std::sync::OnceLock::new(),
        }
    }

    /// Opens the content database and the user database. An unreadable user database is moved
    /// aside and replaced, one that cannot be written is shown from a copy in memory, and if none
    /// can be opened the app still runs on an empty in-memory one: each is reported as a notice,
    /// and [`Cronica::user_data_status`] says whether the session is kept. The content's pages
    /// are not all read here: run [`ContentDb::check_pages`] once the window is on its way.
    pub fn open(content_path: &Path, user_path: &Path) -> Result<Cronica> {
        let content = ContentDb::open_unchecked_pages(content_path)?;
        let session = user_data::open_user_data(user_path)?;
        let mut app = Cronica::new(content, session.db, session.notices);
        app.user_status = session.status;
        Ok(app)
    }

    /// Keeps settings in `store` instead of in memory.
    pub fn with_settings_store(mut self, store: Box<dyn SettingsStore>) -> Cronica {
        self.settings = store;
        self
    }

    /// Saves files for the user (quiz packs, results) in `dir`.
    pub fn with_export_dir(mut self, dir: std::path::PathBuf) -> Cronica {
        self.export_dir = Some(dir);
        self
    }

    /// Reads the time from `clock` instead of the system clock.
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Cronica {
        self.clock = clock;
        self
    }

    /// The current time, from the app's clock.
    pub(crate) fn now(&self) -> Timestamp {
        self.clock.now()
    }

    /// Lets the app host live games through `host` (the classroom server).
    pub fn with_classroom_host(mut self, host: Box<dyn ClassroomHost>) -> Cronica {
        self.classroom_host = Some(host);
        self
    }

    /// Opens sources' pages through `opener` (the system browser).
    pub fn with_link_opener(mut self, opener: Box<dyn LinkOpener>) -> Cronica {
        self.link_opener = Some(opener);
        self
    }

    /// Prints worksheets through `printer` (the print window and the system print dialog).
    pub fn with_worksheet_printer(mut self, printer: Box<dyn WorksheetPrinter>) -> Cronica {
        self.worksheet_printer = Some(printer);
        self
    }

    pub fn add_notice(&mut self, notice: Notice) {
        self.notices.push(notice);
    }

    pub fn startup_notices(&self) -> Vec<Notice> {
        self.notices.clone()
    }

    pub fn user_data_status(&self) -> UserDataStatus {
        self.user_status
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

    /// The user database, for a writer that outlives one call (a live game's journal).
    pub(crate) fn shared_user(&self) -> Arc<Mutex<UserDb>> {
        Arc::clone(&self.user)
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
