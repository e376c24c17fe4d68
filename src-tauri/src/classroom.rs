//! Where the app's live games listen: every interface on port 8080 (any free port if that is taken),
//! so phones on the school network can join, or the address in `CRONICA_CLASSROOM_BIND` (tests use
//! `127.0.0.1:0`). The student page is the bundled `student/` folder; only this app's window may
//! open the teacher's socket.

use std::net::SocketAddr;

use cronica_classroom::{HostConfig, LocalHost};
use tauri::path::BaseDirectory;
use tauri::{AppHandle, Manager, Runtime};

const DEFAULT_BIND: &str = "0.0.0.0:8080";
const BIND_VARIABLE: &str = "CRONICA_CLASSROOM_BIND";

/// The origins the webview sends on a WebSocket: `tauri://localhost` on Linux and macOS, `http://tauri.localhost` on Windows.
const APP_ORIGINS: [&str; 2] = ["tauri://localhost", "http://tauri.localhost"];

pub fn local_host<R: Runtime>(app: &AppHandle<R>) -> Result<LocalHost, String> {
    let (text, chosen) = match std::env::var(BIND_VARIABLE) {
        Ok(text) => (text, true),
        Err(_) => (DEFAULT_BIND.to_owned(), false),
    };
    let bind: SocketAddr = text.parse().map_err(|e| format!("{BIND_VARIABLE}='{text}' is not an address and port: {e}"))?;
    let student_page_dir = app.path().resolve("student", BaseDirectory::Resource).ok().filter(|dir| dir.join("index.html").is_file());
    Ok(LocalHost::new(HostConfig {
        bind,
        fall_back_to_any_port: !chosen,
        student_page_dir,
        teacher_origins: APP_ORIGINS.iter().map(|origin| (*origin).to_owned()).collect(),
    }))
}
