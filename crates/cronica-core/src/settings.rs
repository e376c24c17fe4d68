//! The learner's preferences and where they are kept (the desktop shell keeps them in its
//! settings store; tests and the command line in memory).

use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::base::Lang;
use crate::error::Result;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default, TS)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    #[default]
    Light,
    Dark,
    /// Light or dark as the operating system is set, following it while the app runs.
    System,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default, TS)]
#[serde(rename_all = "lowercase")]
pub enum TextSize {
    Small,
    #[default]
    Medium,
    Large,
}

/// The learner's preferences. Unknown or malformed stored values fall back to the defaults
/// field by field, so one bad value never costs the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default, TS)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    pub language: Lang,
    pub theme: Theme,
    pub text_size: TextSize,
}

impl Settings {
    /// Reads settings from a JSON value as stored, keeping every field that is valid.
    pub fn from_stored(value: &serde_json::Value) -> Settings {
        let field = |name: &str| value.get(name).cloned().unwrap_or(serde_json::Value::Null);
        let defaults = Settings::default();
        Settings {
            language: serde_json::from_value(field("language")).unwrap_or(defaults.language),
            theme: serde_json::from_value(field("theme")).unwrap_or(defaults.theme),
            text_size: serde_json::from_value(field("textSize")).unwrap_or(defaults.text_size),
        }
    }
}

/// Where settings persist. Implementations validate nothing: [`Settings`] already is valid.
pub trait SettingsStore: Send + Sync {
    fn load(&self) -> Result<Settings>;
    fn save(&self, settings: Settings) -> Result<()>;
}

/// Settings kept for the life of the process.
#[derive(Default)]
pub struct MemorySettings(Mutex<Settings>);

impl SettingsStore for MemorySettings {
    fn load(&self) -> Result<Settings> {
        Ok(*self.0.lock().unwrap_or_else(|p| p.into_inner()))
    }

    fn save(&self, settings: Settings) -> Result<()> {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = settings;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn defaults_to_spanish_light_medium() {
        assert_eq!(Settings::from_stored(&json!(null)), Settings { language: Lang::Es, theme: Theme::Light, text_size: TextSize::Medium });
    }

    #[test]
    fn keeps_valid_fields_and_drops_invalid_ones() {
        let stored = json!({ "language": "en", "theme": "neon", "textSize": "large" });
        assert_eq!(Settings::from_stored(&stored), Settings { language: Lang::En, theme: Theme::Light, text_size: TextSize::Large });
    }

    #[test]
    fn follows_the_system_when_asked_and_still_reads_older_values() {
        assert_eq!(Settings::from_stored(&json!({ "theme": "system" })).theme, Theme::System);
        assert_eq!(Settings::from_stored(&json!({ "theme": "dark" })).theme, Theme::Dark);
        assert_eq!(serde_json::to_value(Theme::System).ok(), Some(json!("system")));
    }

    #[test]
    fn rejects_unknown_values_when_saving() {
        assert!(serde_json::from_value::<Settings>(json!({ "language": "fr", "theme": "dark", "textSize": "small" })).is_err());
    }
}
