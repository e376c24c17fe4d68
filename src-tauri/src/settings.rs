//! Settings persist through tauri-plugin-store; values are validated by `cronica_core::Settings`.

use std::path::PathBuf;

use cronica_core::Settings;
use tauri::{AppHandle, Runtime};
use tauri_plugin_store::StoreExt;

use crate::error::CommandResult;

const STORE_FILE: &str = "settings.json";
const KEY: &str = "settings";

/// Opens the settings store, first moving an unreadable file aside. Returns where it went.
pub fn open_store<R: Runtime>(app: &AppHandle<R>) -> Result<Option<PathBuf>, Box<dyn std::error::Error>> {
    let path = tauri_plugin_store::resolve_store_path(app, STORE_FILE)?;
    let moved = cronica_core::quarantine_unreadable_settings(&path)?;
    app.store(STORE_FILE)?;
    Ok(moved)
}

#[tauri::command]
pub async fn get_settings<R: Runtime>(app: AppHandle<R>) -> CommandResult<Settings> {
    let store = app.store(STORE_FILE)?;
    Ok(store.get(KEY).map(|v| Settings::from_stored(&v)).unwrap_or_default())
}

/// `settings` has already been validated by deserialization (unknown values are rejected).
#[tauri::command]
pub async fn save_settings<R: Runtime>(app: AppHandle<R>, settings: Settings) -> CommandResult<Settings> {
    let store = app.store(STORE_FILE)?;
    let value = serde_json::to_value(settings).map_err(|e| cronica_core::Error::InvalidInput(e.to_string()))?;
    store.set(KEY, value);
    store.save()?;
    Ok(settings)
}
