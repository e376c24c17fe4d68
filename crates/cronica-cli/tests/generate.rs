//! `cronica generate` writes what the package installs: a manual page per command and subcommand,
//! the main one telling where the content and the classroom service are, and shell completions
//! that offer the commands a user runs (not this hidden one).

use std::process::Command;

#[test]
fn manual_pages_and_completions_are_written() {
    let out = tempfile::tempdir().expect("a temporary folder");
    let status = Command::new(env!("CARGO_BIN_EXE_cronica")).args(["generate", "--out"]).arg(out.path()).status().expect("cronica runs");
    assert!(status.success());
    let man = out.path().join("man1");
    for page in ["cronica.1", "cronica-check.1", "cronica-serve.1", "cronica-export-gift.1"] {
        assert!(man.join(page).is_file(), "{page} is missing");
    }
    assert!(!man.join("cronica-generate.1").exists(), "the hidden command has no page");
    let main = std::fs::read_to_string(man.join("cronica.1")).expect("cronica.1 is readable");
    for needle in [".TH cronica 1", ".SH FILES", "/usr/lib/cronica/content.db", "cronica\\-serve@", ".SH \"SEE ALSO\"", "cronica\\-app(1)"]
    {
        assert!(main.contains(needle), "cronica.1 lacks {needle}:\n{main}");
    }
    for name in ["cronica.bash", "_cronica", "cronica.fish"] {
        let text = std::fs::read_to_string(out.path().join("completions").join(name)).expect("a completion file");
        assert!(text.contains("serve") && text.contains("user-db"), "{name} lacks the commands and options");
        assert!(!text.contains("generate"), "{name} offers the hidden command");
    }
}
