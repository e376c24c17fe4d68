//! `cronica`: checks, builds, measures and exports Crónica's content for authors and teachers.

mod anki;
mod notes;
mod generate;
mod paths;
mod quiz;
mod search;
mod serve;
mod stats;
mod user_db;
mod version;
mod worksheet;

use std::io::Write;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use cronica_core::base::Severity;
use cronica_core::content::check_content;
use cronica_core::export::gift::GiftSelection;
use cronica_core::{ContentDb, Lang, Stats};

#[derive(Parser)]
#[command(name = "cronica", version, about = "Check, build and export Crónica's content")]
struct Cli {
    /// The content folder (TOML sources); without it, ./data in a checkout, else the installed content.
    #[arg(long, global = true, default_value = paths::DEFAULT_DATA)]
    data: PathBuf,
    /// The user database the quiz commands use; the desktop app's own by default.
    #[arg(long, global = true, value_name = "FILE")]
    user_db: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Validate the content; exits non-zero when there are errors.
    Check,
    /// Compile the content into a SQLite content database.
    BuildDb {
        #[arg(long)]
        out: PathBuf,
    },
    /// Search the content as the app does: results grouped by kind, best first (exits 1 when nothing is found).
    Search {
        /// The words to look for (accents, case and apostrophes do not matter; the last word may be a prefix).
        #[arg(required = true, value_name = "QUERY")]
        words: Vec<String>,
        #[arg(long, value_enum, default_value = "es")]
        lang: LangArg,
        /// Print the results as JSON (what the app receives).
        #[arg(long)]
        json: bool,
    },
    /// Count what the content holds.
    Stats {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Host a live classroom game of one chapter's questions; students join from a browser.
    Serve {
        /// The chapter whose questions are played (multiple choice, true/false and year).
        #[arg(long, required_unless_present = "quiz", conflicts_with = "quiz")]
        chapter: Option<String>,
        /// A quiz pack (.cronica-quiz) to play instead, with its own time limits and points; it is not saved.
        #[arg(long, value_name = "FILE")]
        quiz: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "es")]
        lang: LangArg,
        /// The address to listen on: 0.0.0.0 for the whole school network, 127.0.0.1 for this machine.
        #[arg(long, default_value = "0.0.0.0")]
        bind: IpAddr,
        /// The port (0 picks a free one).
        #[arg(long, default_value_t = 8080)]
        port: u16,
        /// Seconds to answer each question.
        #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u64).range(5..=600))]
        seconds: u64,
        /// Score right answers equally, however fast.
        #[arg(long)]
        no_speed_bonus: bool,
        /// The built student page to serve (ui/dist-student).
        #[arg(long)]
        student_page: Option<PathBuf>,
        /// Write the results as CSV here when the game ends.
        #[arg(long)]
        results: Option<PathBuf>,
    },
    /// Write the manual pages and shell completions into a folder (for packaging).
    #[command(hide = true)]
    Generate {
        #[arg(long)]
        out: PathBuf,
    },
    /// Export content for use outside the app.
    Export {
        #[command(subcommand)]
        what: Export,
    },
    /// A teacher's saved quizzes: list, export or import quiz packs, export as Moodle GIFT.
    Quiz {
        #[command(subcommand)]
        what: quiz::QuizCommand,
    },
}

#[derive(Subcommand)]
enum Export {
    /// The timeline as TimelineJS3 JSON.
    Timeline {
        #[arg(long, value_enum)]
        lang: LangArg,
        /// Write to this file instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// The question bank as Moodle GIFT (an order question becomes a matching one).
    Gift {
        #[arg(long, value_enum, default_value = "es")]
        lang: LangArg,
        /// Only this chapter's questions (by chapter id); the whole bank without it.
        #[arg(long)]
        chapter: Option<String>,
        /// Only the questions of this quiz pack (.cronica-quiz); nothing is saved.
        #[arg(long, value_name = "FILE", conflicts_with = "chapter")]
        quiz: Option<PathBuf>,
        /// Write to this file instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// An Anki deck (.apkg) of the whole bank, a chapter, an era or the learner's missed questions.
    Anki {
        #[arg(long, value_enum, default_value = "es")]
        lang: LangArg,
        /// Only this chapter's questions (by chapter id).
        #[arg(long, conflicts_with_all = ["era", "missed"])]
        chapter: Option<String>,
        /// Only questions about events of this era (by era id).
        #[arg(long, conflicts_with = "missed")]
        era: Option<String>,
        /// The questions last answered wrong in the app (its user database, or --user-db).
        #[arg(long)]
        missed: bool,
        /// The .apkg file to write.
        #[arg(long)]
        out: PathBuf,
    },
    /// The learner's notes and bookmarks as Markdown, linking back to what they annotate (the app's user database, or --user-db).
    Notes {
        #[arg(long, value_enum, default_value = "es")]
        lang: LangArg,
        /// The .md file to write.
        #[arg(long)]
        out: PathBuf,
    },
    /// A printable worksheet (self-contained HTML, answer key on its own pages) of a chapter or a quiz pack.
    Worksheet {
        #[arg(long, value_enum, default_value = "es")]
        lang: LangArg,
        /// The chapter whose questions to print (by chapter id).
        #[arg(long, required_unless_present = "quiz")]
        chapter: Option<String>,
        /// A quiz pack (.cronica-quiz) whose questions to print; nothing is saved.
        #[arg(long, value_name = "FILE", conflicts_with = "chapter")]
        quiz: Option<PathBuf>,
        /// Which version to print: each has its own option order and key (1, 2, …).
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=999))]
        variant: u32,
        /// The .html file to write.
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    Es,
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Es => Lang::Es,
            LangArg::En => Lang::En,
        }
    }
}

fn main() -> ExitCode {
    let cli = version::parse();
    match run(&cli).map_err(|e| e.to_string()) {
        Ok(code) => code,
        // A reader that stops early (`cronica stats | head`) is not an error.
        Err(message) if message.contains("Broken pipe") => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("cronica: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: &Cli) -> Result<ExitCode, String> {
    match &cli.command {
        Command::Check => check(&paths::sources(&cli.data, "check")?),
        Command::BuildDb { out } => {
            let stats = cronica_core::compile_content(&paths::sources(&cli.data, "build-db")?, out).map_err(|e| e.to_string())?;
            println!(
                "wrote {}: {} chapters, {} events, {} figures, {} terms, {} questions, {} sources, {} perspectives",
                out.display(),
                stats.counts.chapters,
                stats.counts.events,
                stats.counts.figures,
                stats.counts.glossary,
                stats.counts.questions,
                stats.counts.sources,
                stats.counts.perspectives
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Stats { json } => stats::run(&cli.data, *json),
        Command::Search { words, lang, json } => search::run(&content_db(&cli.data)?, (*lang).into(), words, *json),
        Command::Generate { out } => generate::run(out),
        Command::Export { what: Export::Timeline { lang, out } } => export_timeline(&cli.data, (*lang).into(), out.as_deref()),
        Command::Export { what: Export::Gift { lang, chapter: _, quiz: Some(pack), out } } => {
            quiz::pack_gift(&cli.data, (*lang).into(), pack, out.as_deref())
        }
        Command::Export { what: Export::Gift { lang, chapter, quiz: None, out } } => {
            export_gift(&cli.data, (*lang).into(), chapter.as_deref(), out.as_deref())
        }
        Command::Export { what: Export::Anki { lang, chapter, era, missed, out } } => anki::run(
            &cli.data,
            cli.user_db.as_deref(),
            (*lang).into(),
            anki::Choice { chapter: chapter.as_deref(), era: era.as_deref(), missed: *missed },
            out,
        ),
        Command::Export { what: Export::Notes { lang, out } } => notes::run(&cli.data, cli.user_db.as_deref(), (*lang).into(), out),
        Command::Export { what: Export::Worksheet { lang, chapter, quiz, variant, out } } => {
            let from = match (quiz, chapter) {
                (Some(file), _) => worksheet::From::Pack(file),
                (None, Some(id)) => worksheet::From::Chapter(id),
                (None, None) => return Err("name a chapter (--chapter ID) or a quiz pack (--quiz FILE)".into()),
            };
            worksheet::run(&cli.data, (*lang).into(), from, *variant, out)
        }
        Command::Quiz { what } => quiz::run(what, &cli.data, cli.user_db.as_deref()),
        Command::Serve { chapter, quiz, lang, bind, port, seconds, no_speed_bonus, student_page, results } => {
            let source = match (chapter, quiz) {
                (_, Some(file)) => serve::ServeSource::Pack(file.clone()),
                (Some(chapter), None) => serve::ServeSource::Chapter(chapter.clone()),
                (None, None) => return Err("name a chapter (--chapter ID) or a quiz pack (--quiz FILE)".into()),
            };
            let args = serve::ServeArgs {
                source,
                lang: (*lang).into(),
                bind: *bind,
                port: *port,
                seconds: *seconds,
                speed_bonus: !no_speed_bonus,
                student_page: student_page.clone().or_else(paths::installed_student_page),
                results: results.clone(),
            };
            serve::serve(&cli.data, cli.user_db.as_deref(), args).map(|()| ExitCode::SUCCESS)
        }
    }
}

fn check(data: &Path) -> Result<ExitCode, String> {
    let report = check_content(data).map_err(|e| e.to_string())?;
    for d in &report.diagnostics {
        eprintln!("{d}");
    }
    let errors = report.diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    let warnings = report.diagnostics.len() - errors;
    let c = Stats::of(&report.content).counts;
    eprintln!(
        "{}: {errors} error(s), {warnings} warning(s) — {} chapters, {} events, {} figures, {} terms, {} questions, {} sources, {} perspectives",
        data.display(),
        c.chapters,
        c.events,
        c.figures,
        c.glossary,
        c.questions,
        c.sources,
        c.perspectives
    );
    Ok(if errors == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

/// The content compiled in memory, or its errors printed; the installed database outside a checkout.
fn content_db(data: &Path) -> Result<ContentDb, String> {
    let data = match paths::locate(data) {
        paths::Content::Folder(dir) => dir,
        paths::Content::Installed(db) => return ContentDb::open(&db).map_err(|e| format!("{}: {e}", db.display())),
    };
    let report = check_content(&data).map_err(|e| e.to_string())?;
    if report.has_errors() {
        for d in report.errors() {
            eprintln!("{d}");
        }
        return Err("the content has errors; run `cronica check`".into());
    }
    ContentDb::from_content(&report.content).map_err(|e| e.to_string())
}

use cronica_core::export::sources_label;

fn export_timeline(data: &Path, lang: Lang, out: Option<&Path>) -> Result<ExitCode, String> {
    let db = content_db(data)?;
    let timeline = cronica_core::export::timeline::export(&db, lang, sources_label(lang)).map_err(|e| e.to_string())?;
    let json = serde_json::to_string_pretty(&timeline).map_err(|e| e.to_string())?;
    match out {
        Some(path) => {
            std::fs::write(path, json + "\n").map_err(|e| format!("{}: {e}", path.display()))?;
            eprintln!("wrote {} ({} events)", path.display(), timeline.events.len());
        }
        None => writeln!(std::io::stdout(), "{json}").map_err(|e| e.to_string())?,
    }
    Ok(ExitCode::SUCCESS)
}

fn export_gift(data: &Path, lang: Lang, chapter: Option<&str>, out: Option<&Path>) -> Result<ExitCode, String> {
    let db = content_db(data)?;
    let selection = match chapter {
        Some(id) => GiftSelection::Chapter(id.to_string()),
        None => GiftSelection::Bank,
    };
    let gift = cronica_core::export::gift::export(&db, lang, selection, sources_label(lang)).map_err(|e| e.to_string())?;
    match out {
        Some(path) => {
            std::fs::write(path, &gift).map_err(|e| format!("{}: {e}", path.display()))?;
            eprintln!("wrote {} ({} questions)", path.display(), gift.lines().filter(|l| l.starts_with("::")).count());
        }
        None => std::io::stdout().write_all(gift.as_bytes()).map_err(|e| e.to_string())?,
    }
    Ok(ExitCode::SUCCESS)
}
