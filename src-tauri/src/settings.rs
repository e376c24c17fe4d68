//! Settings persist through tauri-plugin-store; values are validated by `cronica_core::Settings`.

use std::path::PathBuf;

use cronica_core::{Error, Settings, SettingsStore};
use tauri::{AppHandle, Runtime};
use tauri_plugin_store::StoreExt;

const STORE_FILE: &str = "settings.json";
const KEY: &str = "settings";

/// Opens the settings store, first moving an unreadable file aside. Returns where it went.
pub fn open_store<R: Runtime>(app: &AppHandle<R>) -> Result<Option<PathBuf>, Box<dyn std::error::Error>> {
    let path = tauri_plugin_store::resolve_store_path(app, STORE_FILE)?;
    let moved = cronica_core::quarantine_unreadable_settings(&path)?;
    app.store(STORE_FILE)?;
    Ok(moved)
}

/// The core's settings, kept in the plugin's `settings.json`.
pub struct PluginStore<R: Runtime> {
    app: AppHandle<R>,
}

impl<R: Runtime> PluginStore<R> {
    pub fn new(app: AppHandle<R>) -> Self {
        PluginStore { app }
    }
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
