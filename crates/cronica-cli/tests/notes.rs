//! `cronica export notes`: the learner's notes from a user database, as Markdown linking back to
//! the app's screens; the database is only read.

use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../cronica-core/tests/fixtures/valid")
}

#[test]
fn the_notes_of_a_user_database_are_written_as_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("user.db");
    let content = dir.path().join("content.db");
    cronica_core::compile_content(&fixture(), &content).unwrap();
    {
        let app = cronica_core::Cronica::open(&content, &db).unwrap();
        let target =
            serde_json::from_value(serde_json::json!({"kind": "section", "chapterId": "unidad-popular", "sectionId": "eleccion"})).unwrap();
        app.save_note(&target, "Repasar: mayoría relativa").unwrap();
    }
    let before = std::fs::read(&db).unwrap();
    let out = dir.path().join("notas.md");
    let run = Command::new(env!("CARGO_BIN_EXE_cronica"))
        .arg("--data")
        .arg(fixture())
        .args(["--user-db", db.to_str().unwrap(), "export", "notes", "--lang", "es", "--out", out.to_str().unwrap()])
        .env("HOME", dir.path())
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    assert!(String::from_utf8_lossy(&run.stderr).contains("1 notes and bookmarks"));
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.starts_with("# Mis notas — Crónica de prueba\n"), "{text}");
    assert!(
        text.contains("### [La elección — La Unidad Popular](#/chapters/unidad-popular?section=eleccion)\n\n> Repasar: mayoría relativa\n"),
        "{text}"
    );
    assert_eq!(std::fs::read(&db).unwrap(), before, "the user database is only read");
}
