use std::path::Path;

use super::*;
use crate::error::ErrorKind;

fn generated_path() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/backend/generated.ts")
}

/// The UI's generated module must match the declarations; `UPDATE_BINDINGS=1` rewrites it.
#[test]
fn generated_typescript_is_up_to_date() {
    let generated = typescript();
    let path = generated_path();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == generated,
        "{} is stale: run `UPDATE_BINDINGS=1 cargo test -p cronica-core api::` and commit the result",
        path.display()
    );
}

#[test]
fn every_call_is_listed_once() {
    let mut names: Vec<&str> = COMMANDS.to_vec();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), COMMANDS.len());
    assert!(COMMANDS.contains(&"home") && COMMANDS.contains(&"answer_question"));
}

#[test]
fn bad_arguments_and_unknown_calls_are_input_errors_with_short_messages() {
    let app = crate::app::tests_support::app();
    let err = dispatch(&app, "get_chapter", serde_json::json!({ "lang": "xx", "id": "a" })).unwrap_err();
    assert_eq!(err.kind, ErrorKind::InvalidInput);
    let err = dispatch(&app, "get_chapter", serde_json::json!({ "lang": "es", "id": "a", "extra": 1 })).unwrap_err();
    assert_eq!(err.kind, ErrorKind::InvalidInput);
    let err = dispatch(&app, "no_such_call", serde_json::json!({})).unwrap_err();
    assert_eq!(err.kind, ErrorKind::InvalidInput);
    let huge = "x".repeat(1_000_000);
    let err = dispatch(&app, "get_chapter", serde_json::json!({ "lang": "es", "id": huge })).unwrap_err();
    assert_eq!(err.kind, ErrorKind::NotFound);
    assert!(serde_json::to_string(&err).unwrap().len() < 1024, "a 1 MB id gives an error under 1 kB");
}

#[test]
fn dispatch_runs_the_declared_use_case() {
    let app = crate::app::tests_support::app();
    let home = dispatch(&app, "home", serde_json::json!({ "lang": "en" })).unwrap();
    assert_eq!(home["title"], "Test chronicle");
    let saved =
        dispatch(&app, "save_settings", serde_json::json!({ "settings": { "language": "en", "theme": "dark", "textSize": "large" } }))
            .unwrap();
    assert_eq!(saved["theme"], "dark");
    assert_eq!(dispatch(&app, "get_settings", serde_json::json!({})).unwrap()["language"], "en");
}
