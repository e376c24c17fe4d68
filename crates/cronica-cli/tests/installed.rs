//! `cronica` laid out as the package installs it (`<prefix>/bin/cronica` beside
//! `<prefix>/lib/cronica/content.db`) and run outside a checkout: it reads the installed content,
//! says so in `--version`, and still reads a folder named with `--data`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../cronica-core/tests/fixtures/valid")
}

/// A prefix holding a copy of the binary and the fixture compiled as the installed content.
fn installed() -> (tempfile::TempDir, PathBuf) {
    let prefix = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("a temporary folder");
    let bin = prefix.path().join("bin/cronica");
    std::fs::create_dir_all(bin.parent().expect("bin/")).expect("bin/ is created");
    std::fs::copy(env!("CARGO_BIN_EXE_cronica"), &bin).expect("the binary is copied");
    let db = prefix.path().join("lib/cronica/content.db");
    cronica_core::compile_content(&fixture(), &db).expect("the fixture compiles");
    (prefix, bin)
}

fn run(bin: &Path, cwd: &Path, args: &[&str]) -> Output {
    Command::new(bin).current_dir(cwd).args(args).output().expect("cronica runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn outside_a_checkout_the_installed_content_is_read() {
    let (prefix, bin) = installed();
    let elsewhere = tempfile::tempdir().expect("a temporary folder");

    let installed = run(&bin, elsewhere.path(), &["stats", "--json"]);
    assert!(installed.status.success(), "{}", text(&installed.stderr));
    let sources = run(&bin, elsewhere.path(), &["--data", fixture().to_str().expect("UTF-8"), "stats", "--json"]);
    assert_eq!(text(&installed.stdout), text(&sources.stdout), "the stored figures are the sources' figures");

    let table = run(&bin, elsewhere.path(), &["stats"]);
    assert!(text(&table.stdout).starts_with("as of         1974-12-31\nchapters      "), "{}", text(&table.stdout));

    let version = run(&bin, elsewhere.path(), &["--version"]);
    let version = text(&version.stdout);
    let release = env!("CARGO_PKG_VERSION");
    assert!(version.starts_with(&format!("cronica {release}\ncontent as of 1974-12-31: ")), "{version}");
    assert!(version.contains(&format!("lib/cronica/content.db (compiled by cronica {release})")), "{version}");
    let short = text(&run(&bin, elsewhere.path(), &["-V"]).stdout);
    assert_eq!(short, format!("cronica {release} (content as of 1974-12-31)\n"));

    let gift = run(&bin, elsewhere.path(), &["export", "gift", "--lang", "en"]);
    assert!(gift.status.success() && text(&gift.stdout).contains("::"), "{}", text(&gift.stderr));

    let check = run(&bin, elsewhere.path(), &["check"]);
    assert_eq!(check.status.code(), Some(1));
    assert!(text(&check.stderr).contains("`check` reads the content sources"), "{}", text(&check.stderr));
    drop(prefix);
}

#[test]
fn in_a_checkout_data_is_read_even_when_content_is_installed() {
    let (_prefix, bin) = installed();
    let checkout = tempfile::tempdir().expect("a temporary folder");
    let data = checkout.path().join("data");
    std::fs::create_dir_all(&data).expect("data/ is created");
    for entry in walk(&fixture()) {
        let to = data.join(entry.strip_prefix(fixture()).expect("inside the fixture"));
        std::fs::create_dir_all(to.parent().expect("a parent")).expect("folders are created");
        std::fs::copy(&entry, &to).expect("the fixture is copied");
    }
    std::fs::write(
        data.join("meta.toml"),
        std::fs::read_to_string(data.join("meta.toml")).expect("meta.toml").replace("1974-12-31", "1975-01-31"),
    )
    .expect("meta.toml is written");
    let version = text(&run(&bin, checkout.path(), &["-V"]).stdout);
    assert!(version.contains("content as of 1975-01-31"), "{version}");
    let check = run(&bin, checkout.path(), &["check"]);
    assert!(check.status.success(), "{}", text(&check.stderr));
}

#[test]
fn without_content_the_version_says_so() {
    let elsewhere = tempfile::tempdir().expect("a temporary folder");
    let out = run(Path::new(env!("CARGO_BIN_EXE_cronica")), elsewhere.path(), &["-V"]);
    assert!(out.status.success());
    assert!(text(&out.stdout).starts_with(&format!("cronica {} (no content: ", env!("CARGO_PKG_VERSION"))), "{}", text(&out.stdout));
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("the fixture is readable") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}
