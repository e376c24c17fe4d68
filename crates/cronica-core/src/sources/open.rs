//! Opening a source's page in the system browser. The window never navigates away from the app,
//! so the learner asks for it with an explicit action beside the address shown; the address comes
//! from the content database by source id, so the page can only ask for pages the content cites.

use serde::Serialize;
use ts_rs::TS;

use crate::app::Cronica;
use crate::base::SourceId;
use crate::error::{Error, Result};

/// Starts the system browser (plugged in by the desktop shell).
pub trait LinkOpener: Send + Sync {
    /// Opens `url`, an `http(s)` address, without waiting for the browser to close.
    fn open(&self, url: &str) -> std::io::Result<()>;
}

/// The page that was handed to the browser.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct OpenedSource {
    pub id: SourceId,
    pub url: String,
}

/// Only web addresses go to the browser: no `file:`, `javascript:` or custom scheme, no spaces or
/// control characters that a launcher could read as a second argument.
fn is_web_address(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://")) && url.len() > "https://".len() && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

impl Cronica {
    /// Opens the page of the source `id` in the system browser and says which address it was.
    pub fn open_source(&self, id: &str) -> Result<OpenedSource> {
        let source = self.get_source(id)?;
        let url = source.url.ok_or_else(|| Error::InvalidInput(format!("source '{id}' has no address to open")))?;
        if !is_web_address(&url) {
            return Err(Error::InvalidInput(format!("source '{id}' has an address that is not a web page")));
        }
        let opener = self.link_opener.as_deref().ok_or_else(|| Error::Browser { url: url.clone(), reason: "no browser is available here".into() })?;
        opener.open(&url).map_err(|e| Error::Browser { url: url.clone(), reason: e.to_string() })?;
        Ok(OpenedSource { id: source.id, url })
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use super::*;
    use crate::error::ErrorKind;
    use crate::app::tests_support::app as fixture_app;

    /// Records what it was asked to open, or fails as a missing browser would.
    #[derive(Clone, Default)]
    struct RecordingOpener {
        opened: Arc<Mutex<Vec<String>>>,
        fail: bool,
    }

    impl LinkOpener for RecordingOpener {
        fn open(&self, url: &str) -> std::io::Result<()> {
            if self.fail {
                return Err(std::io::Error::new(std::io::ErrorKind::NotFound, "xdg-open not found"));
            }
            self.opened.lock().unwrap().push(url.to_string());
            Ok(())
        }
    }

    fn source_with_url(app: &Cronica) -> (String, String) {
        let conn = &app.content().conn;
        conn.query_row("SELECT id, url FROM sources WHERE url IS NOT NULL ORDER BY id LIMIT 1", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap()
    }

    #[test]
    fn a_source_opens_its_own_address_and_nothing_else() {
        let opener = RecordingOpener::default();
        let app = fixture_app().with_link_opener(Box::new(opener.clone()));
        let (id, url) = source_with_url(&app);
        let opened = app.open_source(&id).unwrap();
        assert_eq!((opened.id.as_str(), opened.url.as_str()), (id.as_str(), url.as_str()));
        assert_eq!(*opener.opened.lock().unwrap(), [url]);

        let missing = app.open_source("no-such-source").unwrap_err();
        assert_eq!(missing.kind(), ErrorKind::NotFound);
        assert_eq!(opener.opened.lock().unwrap().len(), 1, "nothing else was opened");
    }

    #[test]
    fn a_browser_that_cannot_start_is_a_browser_error() {
        let app = fixture_app().with_link_opener(Box::new(RecordingOpener { fail: true, ..Default::default() }));
        let (id, _) = source_with_url(&app);
        let error = app.open_source(&id).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Browser);
        assert!(error.to_string().contains("xdg-open not found"), "{error}");
        assert_eq!(fixture_app().open_source(&id).unwrap_err().kind(), ErrorKind::Browser, "no opener plugged in");
    }

    #[test]
    fn only_web_addresses_reach_the_browser() {
        for good in ["https://www.bcn.cl/leychile/navegar?idNorma=6849", "http://example.org/a"] {
            assert!(is_web_address(good), "{good}");
        }
        for bad in ["file:///etc/passwd", "javascript:alert(1)", "https://", "https://a b", "https://a\n--x", "ftp://x", "HTTPS://X"] {
            assert!(!is_web_address(bad), "{bad}");
        }
    }
}
