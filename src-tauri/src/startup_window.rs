//! When the app cannot start, a small window says why, in the learner's language (the system's,
//! Spanish otherwise), with what to do and the details to copy, instead of an abort that only a
//! terminal would show. It loads one static page of the app's own, everything it shows carried in
//! the page's address, and it may call nothing: no capability names this window.

use cronica_core::startup::{system_lang, StartupFailure};
use tauri::{AppHandle, Runtime, WebviewUrl, WebviewWindowBuilder};

const LABEL: &str = "startup-error";

pub fn open<R: Runtime>(app: &AppHandle<R>, failure: &StartupFailure) {
    eprintln!("Crónica could not start: {failure}");
    let lang = system_lang(|name| std::env::var(name).ok());
    let built = WebviewWindowBuilder::new(app, LABEL, WebviewUrl::App(failure.page(lang).into()))
        .title("Crónica")
        .inner_size(640.0, 600.0)
        .min_inner_size(420.0, 320.0)
        .center()
        .on_navigation(crate::navigation::is_app_page)
        .build();
    if let Err(e) = built {
        eprintln!("Crónica could not open its error window either: {e}");
        std::process::exit(1);
    }
}
