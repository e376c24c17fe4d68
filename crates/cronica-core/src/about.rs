//! What the settings screen's "About" section says: the release (the workspace version, written
//! once in Cargo.toml, as the CLI and the package state it) and the content's release and date.

use serde::Serialize;
use ts_rs::TS;

use crate::app::Cronica;
use crate::error::Result;

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct About {
    /// This release of Crónica.
    pub app_version: String,
    /// The release that compiled the content database, when it says (an older one may not).
    pub content_version: Option<String>,
    /// The date the content is up to.
    pub content_as_of: String,
}

impl Cronica {
    pub fn about(&self) -> Result<About> {
        let content = self.content();
        Ok(About {
            app_version: env!("CARGO_PKG_VERSION").to_string(),
            content_version: content.meta("app_version")?,
            content_as_of: content.as_of()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::app::tests_support::app;

    #[test]
    fn about_states_the_release_and_the_content_it_runs() {
        let about = app().about().unwrap();
        assert_eq!(about.app_version, env!("CARGO_PKG_VERSION"));
        assert_eq!(about.content_version.as_deref(), Some(env!("CARGO_PKG_VERSION")));
        assert_eq!(about.content_as_of, "1974-12-31", "the fixture content's date");
    }
}
