//! The print window: a worksheet in a window of its own, and the system print dialog opened on it
//! as soon as its page has loaded (on Linux WebKitGTK's GTK dialog, which also prints to a PDF
//! file). The window may call nothing (no capability names it) and may show only its own pages;
//! printing another sheet reuses it, and it closes with the main window.

use std::sync::Arc;

use cronica_core::export::worksheet::{Worksheet, WorksheetPrinter};
use tauri::webview::PageLoadEvent;
use tauri::{AppHandle, Manager, Runtime, WebviewUrl, WebviewWindow, WebviewWindowBuilder, Window, WindowEvent};

use crate::print_page::{is_print_page, PrintPages};

/// The print window's label; no capability lists it.
pub const LABEL: &str = "print";

/// Opens worksheets in the print window.
pub struct PrintWindow<R: Runtime> {
    app: AppHandle<R>,
    pages: Arc<PrintPages>,
}

impl<R: Runtime> PrintWindow<R> {
    pub fn new(app: AppHandle<R>, pages: Arc<PrintPages>) -> Self {
        PrintWindow { app, pages }
    }
}

impl<R: Runtime> WorksheetPrinter for PrintWindow<R> {
    fn print(&self, sheet: &Worksheet) -> Result<(), String> {
        let url = self.pages.publish(sheet.html.clone())?;
        let window = match self.app.get_webview_window(LABEL) {
            Some(window) => {
                window.set_title(&sheet.title).map_err(|e| e.to_string())?;
                window.navigate(url).map_err(|e| e.to_string())?;
                window
            }
            None => WebviewWindowBuilder::new(&self.app, LABEL, WebviewUrl::CustomProtocol(url))
                .title(&sheet.title)
                .inner_size(860.0, 900.0)
                .min_inner_size(420.0, 320.0)
                .on_navigation(is_print_page)
                .on_page_load(print_when_loaded)
                .build()
                .map_err(|e| e.to_string())?,
        };
        // A window left behind the main one comes to the front for its dialog.
        window.show().and_then(|()| window.set_focus()).map_err(|e| e.to_string())
    }
}

/// Closes the print window when the main window goes, so closing the app's window still quits it.
pub fn close_with_main<R: Runtime>(window: &Window<R>, event: &WindowEvent) {
    if window.label() != "main" || !matches!(event, WindowEvent::Destroyed) {
        return;
    }
    if let Some(print) = window.app_handle().get_webview_window(LABEL) {
        if let Err(e) = print.close() {
            eprintln!("Crónica could not close the print window: {e}");
        }
    }
}

/// Opens the print dialog once a worksheet has loaded (not on an error page).
fn print_when_loaded<R: Runtime>(window: WebviewWindow<R>, payload: tauri::webview::PageLoadPayload<'_>) {
    if payload.event() != PageLoadEvent::Finished || !is_print_page(payload.url()) {
        return;
    }
    if let Err(e) = open_print_dialog(&window) {
        eprintln!("Crónica could not open the print dialog: {e}");
    }
}

/// WebKitGTK's print dialog over the print window (transient for it, so a window manager keeps it
/// on top of the sheet and centres it there); `print()` would open it with no parent.
#[cfg(target_os = "linux")]
fn open_print_dialog<R: Runtime>(window: &WebviewWindow<R>) -> tauri::Result<()> {
    window.with_webview(|webview| {
        use gtk::prelude::{Cast, WidgetExt};
        use webkit2gtk::PrintOperationExt;
        let view = webview.inner();
        let parent = view.toplevel().and_then(|top| top.downcast::<gtk::Window>().ok());
        webkit2gtk::PrintOperation::new(&view).run_dialog(parent.as_ref());
    })
}

#[cfg(not(target_os = "linux"))]
fn open_print_dialog<R: Runtime>(window: &WebviewWindow<R>) -> tauri::Result<()> {
    window.print()
}

#[cfg(test)]
mod tests {
    use super::LABEL;

    /// Every capability names its windows, and none names the print window: it may call nothing.
    #[test]
    fn no_capability_names_the_print_window() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("capabilities");
        let mut seen = 0;
        for entry in std::fs::read_dir(&dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            let capability: serde_json::Value = serde_json::from_str(&text).unwrap();
            let windows = capability["windows"].as_array().expect("a capability lists its windows");
            assert!(!windows.is_empty() && windows.iter().all(|w| w != LABEL && w != "*"), "{text}");
            seen += 1;
        }
        assert!(seen > 0, "the main window's capability is there");
    }
}
