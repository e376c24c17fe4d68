//! The desktop shell: opens the databases and the settings store, and serves every call declared
//! in `cronica_core::api` over Tauri IPC. Business logic lives in `cronica-core`.

mod invoke;
mod navigation;
mod settings;

use std::sync::Arc;

use cronica_core::notices::{Notice, NoticeKind};
use cronica_core::Cronica;
use tauri::path::BaseDirectory;
use tauri::{Manager, WebviewWindowBuilder};

pub fn run() {
    tauri::Builder::default()
        .plugin(tauri_plugin_store::Builder::new().build())
        .setup(|app| {
            let content_path = app.path().resolve("content.db", BaseDirectory::Resource)?;
            let user_path = app.path().app_data_dir()?.join("user.db");
            let mut cronica = Cronica::open(&content_path, &user_path)?;
            if let Some(moved) = settings::open_store(app.handle())? {
                cronica.add_notice(Notice { kind: NoticeKind::SettingsRecovered, path: moved.display().to_string() });
            }
            let cronica = cronica.with_settings_store(Box::new(settings::PluginStore::new(app.handle().clone())));
            app.manage(Arc::new(cronica));
            // The main window is declared in tauri.conf.json with `create: false` and built here,
            // so that it gets the navigation guard.
            let config = app.config().app.windows.iter().find(|w| w.label == "main").cloned().ok_or("no main window in the configuration")?;
            WebviewWindowBuilder::from_config(app.handle(), &config)?.on_navigation(navigation::is_app_page).build()?;
            Ok(())
        })
        .invoke_handler(invoke::handler)
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("Crónica could not start: {e}");
            std::process::exit(1);
        });
}
