//! `cronica export worksheet`: a chapter's or a quiz pack's questions as a self-contained,
//! print-ready HTML page, with the answer key on pages of its own; a pack is read, never saved.

use std::path::Path;
use std::process::ExitCode;

use cronica_core::Lang;
use cronica_core::export::worksheet::WorksheetSource;

use crate::quiz::{app_in_memory, read_pack};

/// Where the questions come from: `--chapter ID` or `--quiz FILE`.
pub enum From<'a> {
    Chapter(&'a str),
    Pack(&'a Path),
}

pub fn run(data: &Path, lang: Lang, from: From<'_>, variant: u32, out: &Path) -> Result<ExitCode, String> {
    let app = app_in_memory(data)?;
    let source = match from {
        From::Chapter(id) => WorksheetSource::Chapter(id.to_string()),
        From::Pack(file) => {
            let imported = app.import_teacher_quiz(&read_pack(file)?).map_err(|e| format!("{}: {e}", file.display()))?;
            WorksheetSource::TeacherQuiz(imported.quiz.id.to_string())
        }
    };
    let sheet = app.worksheet(lang, &source, variant).map_err(|e| e.to_string())?;
    std::fs::write(out, &sheet.html).map_err(|e| format!("{}: {e}", out.display()))?;
    eprintln!("wrote {} (worksheet «{}», {} questions, version {variant})", out.display(), sheet.title, sheet.questions);
    Ok(ExitCode::SUCCESS)
}
