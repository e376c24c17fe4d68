//! `cronica export notes`: the learner's notes and bookmarks as Markdown, each linking back to what
//! it annotates, read from the app's user database (or `--user-db`), which it never changes.

use std::path::Path;
use std::process::ExitCode;

use cronica_core::Lang;

use crate::quiz::app;
use crate::user_db::{self, Access};

pub fn run(data: &Path, user_db_path: Option<&Path>, lang: Lang, out: &Path) -> Result<ExitCode, String> {
    let path = match user_db_path {
        Some(path) => path.to_path_buf(),
        None => user_db::default_path()?,
    };
    let cronica = app(data, &path, Access::Read)?;
    let groups = cronica.list_notes(lang).map_err(|e| e.to_string())?;
    let text = cronica.notes_markdown(lang).map_err(|e| e.to_string())?;
    std::fs::write(out, &text).map_err(|e| format!("{}: {e}", out.display()))?;
    let notes: usize = groups.iter().map(|g| g.notes.len()).sum();
    eprintln!("wrote {} ({notes} notes and bookmarks)", out.display());
    Ok(ExitCode::SUCCESS)
}
