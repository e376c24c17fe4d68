//! The desktop shell: opens the databases and the settings store, and exposes one Tauri command
//! per core call. Business logic lives in `cronica-core`.

mod commands;
mod error;
mod settings;

use std::sync::Arc;

use cronica_core::views::{Notice, NoticeKind};
use cronica_core::Cronica;
use tauri::path::BaseDirectory;
use tauri::Manager;

pub fn run() {
    tauri::Builder::default()
        .plugin(tauri_plugin_store::Builder::new().build())
        .setup(|app| {
            let content_path = app.path().resolve("content.db", BaseDirectory::Resource)?;
            let user_path = app.path().app_data_dir()?.join("user.db");
            let mut cronica = Cronica::open(&content_path, &user_path)?;
            if let Some(moved) = settings::open_store(app.handle())? {
                cronica.add_notice(Notice { kind: NoticeKind::SettingsRecovered, moved_to: moved.display().to_string() });
            }
            app.manage(Arc::new(cronica));
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            settings::get_settings,
            settings::save_settings,
            commands::startup_notices,
            commands::home,
            commands::list_chapters,
            commands::get_chapter,
            commands::mark_section_read,
            commands::list_eras,
            commands::list_events,
            commands::get_event,
            commands::list_figures,
            commands::get_figure,
            commands::list_terms,
            commands::get_term,
            commands::get_perspective,
            commands::get_source,
            commands::start_quiz,
            commands::answer_question,
            commands::finish_quiz,
        ])
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("Crónica could not start: {e}");
            std::process::exit(1);
        });
}
