//! `cronica export anki`: an Anki deck (.apkg) of the whole bank, a chapter, an era or the
//! learner's missed questions (read from the app's user database, which it never changes).

use std::path::Path;
use std::process::ExitCode;

use cronica_core::Lang;
use cronica_core::export::anki::AnkiSelection;

use crate::quiz::{app, app_in_memory};
use crate::user_db::{self, Access};

/// What `--chapter`, `--era` and `--missed` ask for; the whole bank when none is given.
pub struct Choice<'a> {
    pub chapter: Option<&'a str>,
    pub era: Option<&'a str>,
    pub missed: bool,
}

pub fn run(data: &Path, user_db_path: Option<&Path>, lang: Lang, choice: Choice<'_>, out: &Path) -> Result<ExitCode, String> {
    let selection = match choice {
        Choice { chapter: Some(id), .. } => AnkiSelection::Chapter { id: id.into() },
        Choice { era: Some(id), .. } => AnkiSelection::Era { id: id.into() },
        Choice { missed: true, .. } => AnkiSelection::Missed,
        _ => AnkiSelection::Bank,
    };
    let cronica = if selection == AnkiSelection::Missed {
        let path = match user_db_path {
            Some(path) => path.to_path_buf(),
            None => user_db::default_path()?,
        };
        app(data, &path, Access::Read)?
    } else {
        app_in_memory(data)?
    };
    let (title, bytes) = cronica.anki_package(lang, &selection).map_err(|e| e.to_string())?;
    std::fs::write(out, &bytes).map_err(|e| format!("{}: {e}", out.display()))?;
    eprintln!("wrote {} (Anki deck «{title}», {} bytes)", out.display(), bytes.len());
    Ok(ExitCode::SUCCESS)
}
