//! `cronica quiz`: a teacher's saved quizzes from the terminal, for preparing them in bulk. Lists
//! them, writes one out as a `.cronica-quiz` pack or as Moodle GIFT, and imports packs, all in the
//! same user database as the desktop app. The work is the core's; this reads and writes files.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;
use cronica_core::teacher::TeacherQuizSummary;
use cronica_core::{Cronica, Lang, UserDb};

use crate::user_db::{self, Access};
use crate::{content_db, sources_label, LangArg};

#[derive(Subcommand)]
pub enum QuizCommand {
    /// The saved quizzes: id, number of questions, last change (UTC) and title.
    List {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Write a saved quiz as a quiz pack (.cronica-quiz), its own questions written out.
    Export {
        /// The quiz's id, as `cronica quiz list` shows it.
        id: String,
        /// Write to this file instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Import a quiz pack as a new quiz, all or nothing; prints the new quiz's id and title.
    Import {
        /// The `.cronica-quiz` file.
        file: PathBuf,
    },
    /// Write a saved quiz as Moodle GIFT (an order question becomes a matching one).
    Gift {
        /// The quiz's id, as `cronica quiz list` shows it.
        id: String,
        #[arg(long, value_enum, default_value = "es")]
        lang: LangArg,
        /// Write to this file instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

/// Reading a pack stops past the largest file the core accepts, so the core's refusal is shown.
const PACK_READ_LIMIT: u64 = 16 * 1024 * 1024;

/// Runs one quiz command against the user database at `user_db`, the app's own when absent.
pub fn run(command: &QuizCommand, data: &Path, user_db: Option<&Path>) -> Result<ExitCode, String> {
    let user_db = match user_db {
        Some(path) => path.to_path_buf(),
        None => user_db::default_path()?,
    };
    match command {
        QuizCommand::List { json } => list(data, &user_db, *json),
        QuizCommand::Export { id, out } => {
            let pack = app(data, &user_db, Access::Read)?.export_teacher_quiz(id).map_err(|e| e.to_string())?;
            write_out(out.as_deref(), &pack, "quiz pack")
        }
        QuizCommand::Import { file } => import(data, &user_db, file),
        QuizCommand::Gift { id, lang, out } => {
            let lang = Lang::from(*lang);
            let gift = app(data, &user_db, Access::Read)?.teacher_quiz_gift(lang, id, sources_label(lang)).map_err(|e| e.to_string())?;
            write_gift(out.as_deref(), &gift)
        }
    }
}

/// `cronica export gift --quiz FILE`: a pack's questions as GIFT. The pack is imported into a
/// user database in memory, so it is checked as an import would check it and nothing is saved.
pub fn pack_gift(data: &Path, lang: Lang, file: &Path, out: Option<&Path>) -> Result<ExitCode, String> {
    let pack = read_pack(file)?;
    let app = app_in_memory(data)?;
    let imported = app.import_teacher_quiz(&pack).map_err(|e| format!("{}: {e}", file.display()))?;
    let gift = app.teacher_quiz_gift(lang, &imported.quiz.id, sources_label(lang)).map_err(|e| e.to_string())?;
    write_gift(out, &gift)
}

pub(crate) fn app(data: &Path, user_db: &Path, access: Access) -> Result<Cronica, String> {
    // The content first: content with errors stops the command before the user database is touched.
    let content = content_db(data)?;
    Ok(Cronica::new(content, user_db::open(user_db, access)?, Vec::new()))
}

/// `cronica serve --quiz FILE`: a pack's questions for a live game, checked as an import would check
/// them, without saving the quiz.
pub fn prepare_pack_game(data: &Path, lang: Lang, file: &Path) -> Result<cronica_core::live::PreparedGame, String> {
    let pack = read_pack(file)?;
    let app = app_in_memory(data)?;
    let imported = app.import_teacher_quiz(&pack).map_err(|e| format!("{}: {e}", file.display()))?;
    let source = cronica_core::live::LiveSource::TeacherQuiz { id: imported.quiz.id };
    app.prepare_live_game(lang, &source, fastrand::u64(..)).map_err(|e| format!("{}: {e}", file.display()))
}

pub(crate) fn app_in_memory(data: &Path) -> Result<Cronica, String> {
    Ok(Cronica::new(content_db(data)?, UserDb::open_in_memory().map_err(|e| e.to_string())?, Vec::new()))
}

fn list(data: &Path, user_db: &Path, json: bool) -> Result<ExitCode, String> {
    let quizzes =
        if user_db.is_file() { app(data, user_db, Access::Read)?.list_teacher_quizzes().map_err(|e| e.to_string())? } else { Vec::new() };
    let mut out = std::io::stdout().lock();
    if json {
        let json = serde_json::to_string_pretty(&quizzes).map_err(|e| e.to_string())?;
        writeln!(out, "{json}").map_err(|e| e.to_string())?;
    } else if quizzes.is_empty() {
        writeln!(out, "no saved quizzes in {}", user_db.display()).map_err(|e| e.to_string())?;
    } else {
        print_table(&mut out, &quizzes).map_err(|e| e.to_string())?;
    }
    Ok(ExitCode::SUCCESS)
}

fn print_table(out: &mut impl Write, quizzes: &[TeacherQuizSummary]) -> std::io::Result<()> {
    writeln!(out, "{:<21} {:>9}  {:<10}  title", "id", "questions", "updated")?;
    for q in quizzes {
        let updated = q.updated_at.to_string();
        let date = updated.get(..10).unwrap_or(&updated);
        writeln!(out, "{:<21} {:>9}  {date:<10}  {}", q.id.as_str(), q.question_count, one_line(&q.title))?;
    }
    Ok(())
}

fn import(data: &Path, user_db: &Path, file: &Path) -> Result<ExitCode, String> {
    let pack = read_pack(file)?;
    let refused = |e: cronica_core::Error| format!("{}: {e}", file.display());
    if !user_db.is_file() {
        // Try it in memory first, so a refused pack does not leave a new, empty database behind.
        app_in_memory(data)?.import_teacher_quiz(&pack).map_err(refused)?;
    }
    let imported = app(data, user_db, Access::Write)?.import_teacher_quiz(&pack).map_err(refused)?;
    writeln!(std::io::stdout(), "{}\t{}", imported.quiz.id.as_str(), one_line(&imported.quiz.title)).map_err(|e| e.to_string())?;
    eprintln!(
        "imported {} into {}: {} question(s), {} own question(s) added",
        file.display(),
        user_db.display(),
        imported.quiz.question_count,
        imported.own_questions
    );
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn read_pack(file: &Path) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    std::fs::File::open(file)
        .and_then(|f| f.take(PACK_READ_LIMIT).read_to_end(&mut bytes))
        .map_err(|e| format!("{}: {e}", file.display()))?;
    Ok(bytes)
}

/// A title fit for one line of a terminal: control characters (newlines, escapes) as spaces.
fn one_line(text: &str) -> String {
    text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

fn write_gift(out: Option<&Path>, gift: &str) -> Result<ExitCode, String> {
    let questions = gift.lines().filter(|l| l.starts_with("::")).count();
    write_out(out, gift, &format!("{questions} questions"))
}

/// Writes `text` to the file `out`, saying so with `what` it holds, or to standard output.
fn write_out(out: Option<&Path>, text: &str, what: &str) -> Result<ExitCode, String> {
    match out {
        Some(path) => {
            std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))?;
            eprintln!("wrote {} ({what})", path.display());
        }
        None => std::io::stdout().write_all(text.as_bytes()).map_err(|e| e.to_string())?,
    }
    Ok(ExitCode::SUCCESS)
}
