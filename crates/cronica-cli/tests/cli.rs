//! The `cronica` binary as an author or teacher runs it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../cronica-core/tests/fixtures/valid")
}

fn cronica(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cronica")).args(args).output().expect("cronica runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn check_passes_on_valid_content() {
    let out = cronica(&["--data", fixture().to_str().unwrap(), "check"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("0 error(s), 2 warning(s)"), "{}", stderr(&out));
}

#[test]
fn check_fails_with_file_line_field_message() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir_all(data.join("events")).unwrap();
    for file in ["meta.toml", "eras.toml"] {
        std::fs::copy(fixture().join(file), data.join(file)).unwrap();
    }
    std::fs::write(data.join("events/bad.toml"), "[[event]]\nid = \"x\"\ndate = \"1973-9-11\"\n").unwrap();
    let out = cronica(&["--data", data.to_str().unwrap(), "check"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("data/events/bad.toml:3: event[0].date: '1973-9-11' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"),
        "{err}"
    );
    assert!(err.contains("data/events/bad.toml:1: event[0].era: missing required field"), "{err}");
}

#[test]
fn check_reports_a_missing_folder() {
    let out = cronica(&["--data", "/nonexistent/cronica-data", "check"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("content folder not found"), "{}", stderr(&out));
}

#[test]
fn build_db_writes_a_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("out/content.db");
    let out = cronica(&["--data", fixture().to_str().unwrap(), "build-db", "--out", db.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("4 events"));
    cronica_core::ContentDb::open(&db).unwrap();
}

#[test]
fn stats_json_counts_everything_per_language() {
    let out = cronica(&["--data", fixture().to_str().unwrap(), "stats", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let stats: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let counts = &stats["counts"];
    assert_eq!(
        (counts["chapters"].as_u64(), counts["events"].as_u64(), counts["figures"].as_u64(), counts["glossary"].as_u64()),
        (Some(1), Some(4), Some(2), Some(1))
    );
    assert_eq!((counts["questions"].as_u64(), counts["sources"].as_u64(), counts["perspectives"].as_u64()), (Some(6), Some(3), Some(1)));
    assert_eq!(stats["languages"]["en"]["events"], 4);
    assert!(stats["chapters"][0]["words"]["es"].as_u64().unwrap() > 20);
    assert_eq!(stats["questions_by_kind"]["match"], 1);
    assert_eq!(stats["questions_by_kind"]["typed"], 1);
    // Practice questions generated from the data are counted apart from the authored bank.
    let generated = &stats["generated"];
    assert_eq!((generated["total"].as_u64(), generated["by_generator"]["first"].as_u64()), (Some(3), Some(1)));
    assert_eq!((generated["by_generator"]["office"].as_u64(), generated["by_generator"]["year"].as_u64()), (Some(0), Some(2)));
    let table = cronica(&["--data", fixture().to_str().unwrap(), "stats"]);
    assert!(String::from_utf8_lossy(&table.stdout).contains("generated practice questions 3 (first 1, office 0, year 2)"));
}

#[test]
fn timeline_export_is_timelinejs3_json() {
    for lang in ["es", "en"] {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("timeline.json");
        let out = cronica(&["--data", fixture().to_str().unwrap(), "export", "timeline", "--lang", lang, "--out", file.to_str().unwrap()]);
        assert!(out.status.success(), "{}", stderr(&out));
        let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        let events = json["events"].as_array().unwrap();
        assert_eq!(events.len(), 4);
        assert_eq!(events[0]["start_date"], serde_json::json!({ "year": 1970, "month": 9, "day": 4 }));
        assert_eq!(events[2]["start_date"], serde_json::json!({ "year": 1971, "month": 7 }));
        assert_eq!(json["eras"].as_array().unwrap().len(), 2);
        assert_eq!(json["eras"][1]["end_date"], serde_json::json!({ "year": 1974, "month": 12, "day": 31 }));
        let expected = if lang == "es" { "Crónica de prueba" } else { "Test chronicle" };
        assert_eq!(json["title"]["text"]["headline"], expected);
    }
}

#[test]
fn timeline_export_rejects_an_unknown_language() {
    let out = cronica(&["--data", fixture().to_str().unwrap(), "export", "timeline", "--lang", "fr"]);
    assert_eq!(out.status.code(), Some(2));
}
