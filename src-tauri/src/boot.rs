//! The saved settings, handed to the page before any of its scripts run, so the first frame is
//! already in the learner's language, theme and text size instead of waiting for a backend call.

use cronica_core::{Cronica, Settings};

/// The global the page reads them from (ui/src/lib/app/bootSettings.ts).
const GLOBAL: &str = "__CRONICA_SETTINGS__";

/// The script for the main window, or None if the settings cannot be read now (the page then asks
/// the backend, as it would without this script).
pub fn settings_script(cronica: &Cronica) -> Option<String> {
    cronica.get_settings().ok().and_then(|settings| script_for(&settings))
}

/// Defines the settings as a frozen, non-writable global: JSON is valid JavaScript, and the page
/// treats whatever it finds there as untrusted input all the same.
fn script_for(settings: &Settings) -> Option<String> {
    let json = serde_json::to_string(settings).ok()?;
    Some(format!("Object.defineProperty(window, '{GLOBAL}', {{ value: Object.freeze({json}) }});"))
}

#[cfg(test)]
mod tests {
    use cronica_core::{Lang, Settings};

    #[test]
    fn the_script_defines_the_settings_as_the_page_reads_them() {
        let settings = Settings { language: Lang::En, ..Settings::default() };
        let script = super::script_for(&settings).expect("settings serialise");
        assert_eq!(
            script,
            r#"Object.defineProperty(window, '__CRONICA_SETTINGS__', { value: Object.freeze({"language":"en","theme":"light","textSize":"medium"}) });"#
        );
    }
}
