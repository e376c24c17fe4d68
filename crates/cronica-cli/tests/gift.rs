//! `cronica export gift` as a teacher runs it: the fixture's question bank as Moodle GIFT.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../cronica-core/tests/fixtures/valid")
}

fn cronica(args: &[&str]) -> Output {
    let data = fixture();
    let mut all = vec!["--data", data.to_str().expect("fixture path is UTF-8")];
    all.extend_from_slice(args);
    Command::new(env!("CARGO_BIN_EXE_cronica")).args(all).output().expect("cronica runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The ids of the fixture's questions, read from its TOML files (`id = "…"` lines).
fn fixture_question_ids() -> Vec<String> {
    let mut ids = Vec::new();
    for entry in std::fs::read_dir(fixture().join("questions")).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        ids.extend(text.lines().filter_map(|l| l.strip_prefix("id = \"")?.strip_suffix('"').map(String::from)));
    }
    ids
}

#[test]
fn gift_export_holds_every_question_of_the_bank() {
    let ids = fixture_question_ids();
    assert_eq!(ids.len(), 6);
    for lang in ["es", "en"] {
        let out = cronica(&["export", "gift", "--lang", lang]);
        assert!(out.status.success(), "{}", stderr(&out));
        let gift = String::from_utf8(out.stdout).unwrap();
        for id in &ids {
            assert_eq!(gift.matches(&format!("\n::{id}::")).count(), 1, "{id} in {gift}");
        }
        assert_eq!(gift.matches("$CATEGORY: cronica/unidad-popular\n").count(), 1, "{gift}");
        let (tf, year) = if lang == "es" {
            ("El golpe ocurrió en 1973. {T####", "{#1908####")
        } else {
            ("The coup took place in 1973. {T####", "{#1908####")
        };
        assert!(gift.contains(tf) && gift.contains(year), "{gift}");
        // The typed question is a short answer accepting this language's answers.
        assert!(gift.contains("{\n=Salvador Allende\n=Allende\n"), "{gift}");
    }
}

#[test]
fn gift_export_defaults_to_spanish_and_writes_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bank.gift");
    let out = cronica(&["export", "gift", "--chapter", "unidad-popular", "--out", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    assert!(stderr(&out).contains("(6 questions)"), "{}", stderr(&out));
    let gift = std::fs::read_to_string(&file).unwrap();
    assert!(gift.contains("::up-q01::¿Qué obtuvo Allende en la elección de 1970? {\n~Mayoría absoluta\n=Mayoría relativa\n"), "{gift}");
    assert_eq!(gift, String::from_utf8(cronica(&["export", "gift", "--lang", "es"]).stdout).unwrap());
}

#[test]
fn gift_export_rejects_an_unknown_chapter() {
    let out = cronica(&["export", "gift", "--chapter", "no-such-chapter"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no-such-chapter"), "{}", stderr(&out));
}
