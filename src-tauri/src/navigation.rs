//! The main window never leaves the app: it may show only the app's own pages. Anything else (a
//! link, a script setting `location`) is refused before it loads; sources open elsewhere.

use tauri::Url;

/// Whether `url` is one of the app's own pages: the bundled UI (`tauri://localhost` on Linux and
/// macOS, `http(s)://tauri.localhost` on Windows) or, in a development build, the dev server.
pub fn is_app_page(url: &Url) -> bool {
    match url.scheme() {
        "tauri" => url.host_str() == Some("localhost"),
        "http" | "https" if url.host_str() == Some("tauri.localhost") => true,
        "http" if cfg!(debug_assertions) => url.host_str() == Some("localhost") && url.port() == Some(5173),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn allowed(url: &str) -> bool {
        is_app_page(&Url::parse(url).unwrap())
    }

    #[test]
    fn only_the_apps_own_pages_load() {
        assert!(allowed("tauri://localhost/index.html#/chapters"));
        assert!(allowed("http://tauri.localhost/#/timeline"));
        assert!(!allowed("http://127.0.0.1:8080/"));
        assert!(!allowed("https://es.wikipedia.org/wiki/Chile"));
        assert!(!allowed("tauri://evil.example/"));
        assert!(!allowed("file:///etc/passwd"));
        assert!(!allowed("http://localhost:8080/"));
    }
}
