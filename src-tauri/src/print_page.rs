//! The worksheet being printed, served to the print window from a scheme of the app's own
//! (`cronica-print://localhost/<token>`): the page core built, from memory, with a policy that
//! runs no script and loads nothing from anywhere. Only the latest sheet is kept; an older token,
//! or any other path, gets an error page instead.

use std::sync::Mutex;

use tauri::http::{header, Method, Request, Response, StatusCode};
use tauri::Url;

/// The scheme the print window loads its page from.
pub const SCHEME: &str = "cronica-print";

/// No script, no fetching, no forms: inline style only (the sheet carries its own), and images
/// only as data, should a sheet ever hold one.
pub const POLICY: &str =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// The sheet the print window shows, under the token of its address.
#[derive(Default)]
pub struct PrintPages {
    current: Mutex<Option<(u64, String)>>,
}

impl PrintPages {
    /// Keeps `html` as the page to print (dropping the one before) and returns its address.
    pub fn publish(&self, html: String) -> Result<Url, String> {
        let mut current = self.current.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let token = current.as_ref().map_or(1, |(token, _)| token.wrapping_add(1));
        let url = page_url(token)?;
        *current = Some((token, html));
        Ok(url)
    }

    fn page(&self, token: u64) -> Option<String> {
        let current = self.current.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        current.as_ref().filter(|(kept, _)| *kept == token).map(|(_, html)| html.clone())
    }

    /// The answer to the print window's request: the sheet for its token, else an error page.
    pub fn respond(&self, request: &Request<Vec<u8>>) -> Response<Vec<u8>> {
        if request.method() != Method::GET {
            return plain(StatusCode::METHOD_NOT_ALLOWED, "only GET");
        }
        let Some(token) = token_of(request.uri().path()) else {
            return plain(StatusCode::BAD_REQUEST, "not a worksheet address");
        };
        match self.page(token) {
            Some(html) => page_response(StatusCode::OK, "text/html; charset=utf-8", html.into_bytes()),
            None => plain(StatusCode::NOT_FOUND, "this worksheet is no longer open; print it again from Crónica"),
        }
    }
}

/// The address of the page with `token`.
fn page_url(token: u64) -> Result<Url, String> {
    Url::parse(&format!("{SCHEME}://localhost/{token}")).map_err(|e| format!("the print page address: {e}"))
}

/// The token of a path `/<digits>`; nothing else is an address of a sheet.
fn token_of(path: &str) -> Option<u64> {
    let digits = path.strip_prefix('/')?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// Whether the print window may show `url`: only pages of its own scheme.
pub fn is_print_page(url: &Url) -> bool {
    url.scheme() == SCHEME && url.host_str() == Some("localhost")
}

fn plain(status: StatusCode, text: &str) -> Response<Vec<u8>> {
    page_response(status, "text/plain; charset=utf-8", text.as_bytes().to_vec())
}

fn page_response(status: StatusCode, content_type: &str, body: Vec<u8>) -> Response<Vec<u8>> {
    let built = Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, content_type)
        .header(header::CONTENT_SECURITY_POLICY, POLICY)
        .header(header::X_CONTENT_TYPE_OPTIONS, "nosniff")
        .header(header::CACHE_CONTROL, "no-store")
        .body(body);
    // Every part above is a valid constant, so the builder cannot fail; an empty 500 if it ever did.
    built.unwrap_or_else(|_| {
        let mut response = Response::new(Vec::new());
        *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
        response
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get(url: &str) -> Request<Vec<u8>> {
        Request::builder().uri(url).body(Vec::new()).unwrap()
    }

    fn text(response: &Response<Vec<u8>>) -> &str {
        std::str::from_utf8(response.body()).unwrap()
    }

    const SHEET: &str = "<!doctype html><title>La Unidad Popular</title><ol><li>¿Quién asumió en 1970?</li></ol>";

    #[test]
    fn the_published_sheet_is_served_with_its_policy() {
        let pages = PrintPages::default();
        let url = pages.publish(SHEET.to_owned()).unwrap();
        assert_eq!(url.as_str(), "cronica-print://localhost/1");
        let response = pages.respond(&get(url.as_str()));
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(text(&response), SHEET);
        assert_eq!(response.headers()[header::CONTENT_TYPE], "text/html; charset=utf-8");
        let policy = response.headers()[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(policy.starts_with("default-src 'none';") && !policy.contains("script-src"), "{policy}");
    }

    #[test]
    fn a_new_sheet_replaces_the_old_one() {
        let pages = PrintPages::default();
        let first = pages.publish(SHEET.to_owned()).unwrap();
        let second = pages.publish("<p>Segunda</p>".to_owned()).unwrap();
        assert_ne!(first, second);
        assert_eq!(pages.respond(&get(first.as_str())).status(), StatusCode::NOT_FOUND);
        assert_eq!(text(&pages.respond(&get(second.as_str()))), "<p>Segunda</p>");
    }

    #[test]
    fn unknown_and_malformed_addresses_get_errors_with_the_policy_too() {
        let pages = PrintPages::default();
        assert_eq!(pages.respond(&get("cronica-print://localhost/1")).status(), StatusCode::NOT_FOUND, "nothing published yet");
        pages.publish(SHEET.to_owned()).unwrap();
        assert_eq!(pages.respond(&get("cronica-print://localhost/2")).status(), StatusCode::NOT_FOUND);
        for malformed in [
            "cronica-print://localhost/",
            "cronica-print://localhost/abc",
            "cronica-print://localhost/1/extra",
            "cronica-print://localhost/-1",
            "cronica-print://localhost/+1",
            "cronica-print://localhost/..%2F1",
            "cronica-print://localhost/99999999999999999999999",
        ] {
            let response = pages.respond(&get(malformed));
            assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{malformed}");
            assert!(!text(&response).contains("Unidad"), "{malformed}");
            assert_eq!(response.headers()[header::CONTENT_SECURITY_POLICY], POLICY, "{malformed}");
        }
        let post = Request::builder().method(Method::POST).uri("cronica-print://localhost/1").body(Vec::new()).unwrap();
        assert_eq!(pages.respond(&post).status(), StatusCode::METHOD_NOT_ALLOWED);
    }

    #[test]
    fn the_print_window_shows_only_its_own_pages() {
        let allowed = |url: &str| is_print_page(&Url::parse(url).unwrap());
        assert!(allowed("cronica-print://localhost/7"));
        assert!(!allowed("tauri://localhost/index.html"));
        assert!(!allowed("https://es.wikipedia.org/wiki/Chile"));
        assert!(!allowed("cronica-print://evil.example/1"));
        assert!(!allowed("file:///etc/passwd"));
        assert!(!allowed("about:blank"));
    }
}
