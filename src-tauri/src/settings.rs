//! Settings persist through tauri-plugin-store; values are validated by `cronica_core::Settings`.
//! A settings file that cannot be used never stops the app: it is moved aside, or, if even that
//! fails, the session keeps its settings in memory; either way a notice says so.

use cronica_core::notices::{Notice, NoticeKind};
use cronica_core::settings::MemorySettings;
use cronica_core::{Error, Settings, SettingsStore};
use tauri::{AppHandle, Runtime};
use tauri_plugin_store::StoreExt;

const STORE_FILE: &str = "settings.json";
const KEY: &str = "settings";

/// Opens the settings store, first moving an unreadable file (or a folder in its place) aside.
/// Returns the store to use and what to tell the learner, if anything.
pub fn open_store<R: Runtime>(app: &AppHandle<R>) -> (Box<dyn SettingsStore>, Option<Notice>) {
    let path = match tauri_plugin_store::resolve_store_path(app, STORE_FILE) {
        Ok(path) => path,
        Err(e) => return bypass(STORE_FILE, e),
    };
    let moved = match cronica_core::quarantine_unreadable_settings(&path) {
        Ok(moved) => moved,
        Err(e) => return bypass(&path.display().to_string(), e),
    };
    if let Err(e) = app.store(STORE_FILE) {
        return bypass(&path.display().to_string(), e);
    }
    let notice = moved.map(|m| Notice { kind: NoticeKind::SettingsRecovered, path: m.display().to_string() });
    (Box::new(PluginStore { app: app.clone() }), notice)
}

fn bypass(path: &str, error: impl std::fmt::Display) -> (Box<dyn SettingsStore>, Option<Notice>) {
    eprintln!("Crónica: settings kept in memory for this session: {path}: {error}");
    (Box::new(MemorySettings::default()), Some(Notice { kind: NoticeKind::SettingsUnavailable, path: path.to_owned() }))
}

/// The core's settings, kept in the plugin's `settings.json`.
struct PluginStore<R: Runtime> {
    app: AppHandle<R>,
}

fn settings_error(e: impl std::fmt::Display) -> Error {
    Error::Settings(e.to_string())
}

impl<R: Runtime> SettingsStore for PluginStore<R> {
    fn load(&self) -> cronica_core::Result<Settings> {
        let store = self.app.store(STORE_FILE).map_err(settings_error)?;
        Ok(store.get(KEY).map(|v| Settings::from_stored(&v)).unwrap_or_default())
    }

    fn save(&self, settings: Settings) -> cronica_core::Result<()> {
        let store = self.app.store(STORE_FILE).map_err(settings_error)?;
        store.set(KEY, serde_json::to_value(settings).map_err(settings_error)?);
        store.save().map_err(settings_error)
    }
}
