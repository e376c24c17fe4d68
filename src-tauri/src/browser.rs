//! The system browser, for sources' pages: `$BROWSER` when the user set one (the Unix
//! convention, also how the end-to-end tests watch what was opened), else the desktop's own
//! handler for web addresses (xdg-open and its kin, through the `open` crate).

use std::process::{Command, Stdio};

use cronica_core::sources::LinkOpener;

pub struct SystemBrowser;

impl LinkOpener for SystemBrowser {
    fn open(&self, url: &str) -> std::io::Result<()> {
        match chosen_browser() {
            Some(browser) => {
                let mut child = Command::new(browser).arg(url).stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null()).spawn()?;
                // Reaped in the background, so a browser that keeps running leaves no zombie.
                std::thread::spawn(move || child.wait());
                Ok(())
            }
            None => open::that_detached(url),
        }
    }
}

/// The first command of `$BROWSER` (a colon-separated list), if it names one.
fn chosen_browser() -> Option<String> {
    let list = std::env::var("BROWSER").ok()?;
    list.split(':').map(str::trim).find(|c| !c.is_empty()).map(str::to_string)
}
