//! The desktop shell: opens the databases and the settings store, serves every call declared in
//! `cronica_core::api` over Tauri IPC and the print window's pages; if it cannot start, a small
//! window says why. Business logic lives in `cronica-core`.

mod boot;
mod browser;
mod classroom;
mod invoke;
mod navigation;
mod print_page;
mod print_window;
mod rendering;
mod settings;
mod startup_window;

use std::path::PathBuf;
use std::sync::Arc;

use cronica_core::startup::StartupFailure;
use cronica_core::{ContentDb, Cronica};
use tauri::path::BaseDirectory;
use tauri::{App, AppHandle, Manager, WebviewWindowBuilder};

use crate::print_page::PrintPages;
use crate::print_window::PrintWindow;

/// Runs the app; call it first thing in `main`, before any other thread starts.
pub fn run() {
    rendering::prefer_cpu_rendering();
    tauri::Builder::default()
        .plugin(tauri_plugin_store::Builder::new().build())
        .manage(Arc::new(PrintPages::default()))
        .register_uri_scheme_protocol(print_page::SCHEME, |context, request| {
            context.app_handle().state::<Arc<PrintPages>>().respond(&request)
        })
        .setup(|app| {
            // Whatever stops the start-up is shown in a window of its own: setup never fails (a
            // failed setup aborts the process before any window exists).
            if let Err(failure) = start(app) {
                startup_window::open(app.handle(), &failure);
            }
            Ok(())
        })
        .on_window_event(print_window::close_with_main)
        .invoke_handler(invoke::handler)
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("Crónica could not start: {e}");
            std::process::exit(1);
        });
}

/// Lowers this thread's priority as far as it goes, so the window's start-up (this process, the
/// web and network processes) runs first on a machine with few cores.
fn yield_to_the_window() {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: gettid and setpriority take plain integers and change only this thread's nice value.
        let changed = unsafe { libc::setpriority(libc::PRIO_PROCESS, libc::gettid() as libc::id_t, 19) };
        if changed != 0 {
            eprintln!("Crónica could not lower the priority of its content check: {}", std::io::Error::last_os_error());
        }
    }
}

/// Where quiz packs and results are saved: the Downloads folder (as the desktop names it), else
/// `~/Downloads`; the screen always says the full path.
fn saved_files_dir(app: &App) -> std::path::PathBuf {
    let path = app.path();
    path.download_dir().or_else(|_| path.home_dir().map(|home| home.join("Downloads"))).unwrap_or_else(|_| std::env::temp_dir())
}

/// Opens the databases and the settings store, then the main window.
fn start(app: &mut App) -> Result<(), StartupFailure> {
    let content_path = app.path().resolve("content.db", BaseDirectory::Resource).map_err(StartupFailure::internal)?;
    let data_dir = app.path().app_data_dir().map_err(|e| StartupFailure::app_data(None, e))?;
    let mut cronica = Cronica::open(&content_path, &data_dir.join("user.db")).map_err(|e| StartupFailure::content(&content_path, &e))?;
    let (settings_store, settings_notice) = settings::open_store(app.handle());
    if let Some(notice) = settings_notice {
        cronica.add_notice(notice);
    }
    let cronica = cronica
        .with_settings_store(settings_store)
        .with_classroom_host(Box::new(classroom::local_host(app.handle()).map_err(StartupFailure::internal)?))
        .with_export_dir(saved_files_dir(app))
        .with_link_opener(Box::new(browser::SystemBrowser))
        .with_worksheet_printer(Box::new(PrintWindow::new(app.handle().clone(), Arc::clone(&app.state::<Arc<PrintPages>>()))));
    let settings_script = boot::settings_script(&cronica);
    app.manage(Arc::new(cronica));
    // The main window is declared in tauri.conf.json with `create: false` and built here, so that
    // it gets the navigation guard.
    let config = app.config().app.windows.iter().find(|w| w.label == "main").cloned();
    let config = config.ok_or_else(|| StartupFailure::internal("no main window in the configuration"))?;
    WebviewWindowBuilder::from_config(app.handle(), &config)
        .map(|builder| match settings_script { Some(script) => builder.initialization_script(script), None => builder })
        .and_then(|builder| builder.on_navigation(navigation::is_app_page).build())
        .map_err(StartupFailure::internal)?;
    check_content_pages(app.handle().clone(), content_path);
    Ok(())
}

/// Reads every page of the content database once the window has the processor to spare (the
/// first frame no longer waits the ~90 ms it takes); a damaged one replaces the main window with
/// the error window, as it would have at start-up.
fn check_content_pages(app: AppHandle, content_path: PathBuf) {
    std::thread::spawn(move || {
        yield_to_the_window();
        let Err(error) = ContentDb::check_pages(&content_path) else { return };
        let failure = StartupFailure::content(&content_path, &error);
        let handle = app.clone();
        let shown = app.run_on_main_thread(move || {
            // The error window first: closing the last window would end the app.
            startup_window::open(&handle, &failure);
            if let Some(main) = handle.get_webview_window("main") {
                if let Err(e) = main.destroy() {
                    eprintln!("Crónica could not close its main window: {e}");
                }
            }
        });
        if let Err(e) = shown {
            eprintln!("Crónica found its content damaged ({error}) and could not say so: {e}");
            std::process::exit(1);
        }
    });
}
