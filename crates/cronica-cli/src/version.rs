//! What `cronica --version` says (the release, from the workspace's Cargo.toml, and the as-of date
//! of the content it would read), and the command line as parsed and as documented in the manual.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use clap::{CommandFactory, FromArgMatches};
use cronica_core::ContentDb;

use crate::paths::{self, Content};

/// The release: `[workspace.package] version`.
pub const RELEASE: &str = env!("CARGO_PKG_VERSION");

/// What `cronica --help` and the manual's DESCRIPTION say, beyond the one-line summary.
const LONG_ABOUT: &str = "cronica checks, compiles, counts and exports Crónica's content, manages a teacher's saved \
quizzes, and hosts live classroom games that students join from a browser (serve).

--data DIR names a folder of content sources (TOML), as kept in data/ of a checkout. Without it, cronica reads \
./data when the current folder is a checkout (./data/meta.toml exists), and otherwise the content database \
installed with the app (/usr/lib/cronica/content.db). check and build-db need the sources.";

/// The command as documented: the manual and completions show the release alone.
pub fn documented() -> clap::Command {
    crate::Cli::command().author(env!("CARGO_PKG_AUTHORS")).long_about(LONG_ABOUT)
}

/// Parses the command line; `--version` names the content that `--data` (or its default) points at
/// (looked up only when asked for).
pub fn parse() -> crate::Cli {
    let args: Vec<OsString> = std::env::args_os().collect();
    let mut command = documented();
    if args.iter().any(|a| a == "-V" || a == "--version") {
        let (short, long) = describe(&paths::locate(&data_arg(args.iter().cloned())));
        command = command.version(short).long_version(long);
    }
    let matches = command.get_matches_from(args);
    crate::Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

/// `--data`'s value as typed, before clap parses it (clap answers `--version` first).
fn data_arg(args: impl Iterator<Item = OsString>) -> PathBuf {
    let mut args = args.skip(1);
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        if arg == "--data" {
            return args.next().map(PathBuf::from).unwrap_or_else(|| PathBuf::from(paths::DEFAULT_DATA));
        }
        if let Some(value) = arg.to_str().and_then(|a| a.strip_prefix("--data=")) {
            return PathBuf::from(value);
        }
    }
    PathBuf::from(paths::DEFAULT_DATA)
}

/// `-V` and `--version` texts (clap puts the command's name first).
fn describe(content: &Content) -> (String, String) {
    let facts = match content {
        Content::Folder(dir) if dir == Path::new(paths::DEFAULT_DATA) && !dir.exists() => {
            Err("no ./data here and none installed; name a folder with --data".to_string())
        }
        _ => content_facts(content),
    };
    match facts {
        Ok((as_of, from)) => (format!("{RELEASE} (content as of {as_of})"), format!("{RELEASE}\ncontent as of {as_of}: {from}")),
        Err(why) => (format!("{RELEASE} (no content: {why})"), format!("{RELEASE}\nno content: {why}")),
    }
}

/// The content's as-of date and where it is, or why it cannot be read.
fn content_facts(content: &Content) -> Result<(String, String), String> {
    match content {
        Content::Folder(dir) => Ok((folder_as_of(dir)?, format!("{} (sources)", dir.display()))),
        Content::Installed(db) => {
            let opened = ContentDb::open(db).map_err(|e| e.to_string())?;
            let as_of = opened.meta("as_of").map_err(|e| e.to_string())?.ok_or("the database has no as-of date")?;
            let compiled_by = opened.meta("app_version").map_err(|e| e.to_string())?.unwrap_or_else(|| "an older release".into());
            Ok((as_of, format!("{} (compiled by cronica {compiled_by})", db.display())))
        }
    }
}

/// `as_of` in a content folder's meta.toml.
fn folder_as_of(dir: &Path) -> Result<String, String> {
    let path = dir.join("meta.toml");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let meta: toml::Table = toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    meta.get("as_of").and_then(toml::Value::as_str).map(str::to_string).ok_or_else(|| format!("{}: no as_of", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> impl Iterator<Item = OsString> {
        list.iter().map(OsString::from).collect::<Vec<_>>().into_iter()
    }

    #[test]
    fn data_is_found_in_either_spelling_and_defaults_to_data() {
        assert_eq!(data_arg(args(&["cronica", "--data", "x", "--version"])), PathBuf::from("x"));
        assert_eq!(data_arg(args(&["cronica", "stats", "--data=y"])), PathBuf::from("y"));
        assert_eq!(data_arg(args(&["cronica", "--version"])), PathBuf::from("data"));
        assert_eq!(data_arg(args(&["cronica", "--", "--data", "z"])), PathBuf::from("data"));
    }
}
