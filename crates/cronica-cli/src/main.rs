//! `cronica`: checks, builds, measures and exports Crónica's content for authors and teachers.

mod serve;

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
    /// The content folder.
    #[arg(long, global = true, default_value = "data")]
    data: PathBuf,
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
    /// Count what the content holds.
    Stats {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Host a live classroom game of one chapter's questions; students join from a browser.
    Serve {
        /// The chapter whose questions are played (multiple choice, true/false and year).
        #[arg(long)]
        chapter: String,
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
    /// Export content for use outside the app.
    Export {
        #[command(subcommand)]
        what: Export,
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
        /// Write to this file instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
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
    let cli = Cli::parse();
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
        Command::Check => check(&cli.data),
        Command::BuildDb { out } => {
            let stats = cronica_core::compile_content(&cli.data, out).map_err(|e| e.to_string())?;
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
        Command::Stats { json } => {
            let report = check_content(&cli.data).map_err(|e| e.to_string())?;
            let stats = Stats::of(&report.content);
            if *json {
                let json = serde_json::to_string_pretty(&stats).map_err(|e| e.to_string())?;
                writeln!(std::io::stdout(), "{json}").map_err(|e| e.to_string())?;
            } else {
                print_stats(&stats).map_err(|e| e.to_string())?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Export { what: Export::Timeline { lang, out } } => export_timeline(&cli.data, (*lang).into(), out.as_deref()),
        Command::Export { what: Export::Gift { lang, chapter, out } } => {
            export_gift(&cli.data, (*lang).into(), chapter.as_deref(), out.as_deref())
        }
        Command::Serve { chapter, lang, bind, port, seconds, no_speed_bonus, student_page, results } => {
            let db = content_db(&cli.data)?;
            let app = cronica_core::Cronica::new(db, cronica_core::UserDb::open_in_memory().map_err(|e| e.to_string())?, Vec::new());
            let args = serve::ServeArgs {
                chapter: chapter.clone(),
                lang: (*lang).into(),
                bind: *bind,
                port: *port,
                seconds: *seconds,
                speed_bonus: !no_speed_bonus,
                student_page: student_page.clone(),
                results: results.clone(),
            };
            serve::serve(&app, args).map(|()| ExitCode::SUCCESS)
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

fn print_stats(stats: &Stats) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    let c = &stats.counts;
    writeln!(out, "as of         {}", stats.as_of.as_deref().unwrap_or("-"))?;
    for (name, n) in [
        ("chapters", c.chapters),
        ("sections", c.sections),
        ("events", c.events),
        ("figures", c.figures),
        ("glossary", c.glossary),
        ("questions", c.questions),
        ("sources", c.sources),
        ("perspectives", c.perspectives),
    ] {
        writeln!(out, "{name:<13} {n}")?;
    }
    writeln!(out, "\n{:<40} {:>6} {:>6} {:>6} {:>6} {:>6}", "chapter", "es", "en", "events", "quest.", "srcs")?;
    for ch in &stats.chapters {
        writeln!(
            out,
            "{:<40} {:>6} {:>6} {:>6} {:>6} {:>6}",
            ch.id, ch.words["es"], ch.words["en"], ch.linked_events, ch.questions, ch.sources
        )?;
    }
    Ok(())
}

/// The content compiled in memory, or its errors printed.
fn content_db(data: &Path) -> Result<ContentDb, String> {
    let report = check_content(data).map_err(|e| e.to_string())?;
    if report.has_errors() {
        for d in report.errors() {
            eprintln!("{d}");
        }
        return Err("the content has errors; run `cronica check`".into());
    }
    ContentDb::from_content(&report.content).map_err(|e| e.to_string())
}

/// How exports head a list of sources, in the export's language.
fn sources_label(lang: Lang) -> &'static str {
    match lang {
        Lang::Es => "Fuentes",
        Lang::En => "Sources",
    }
}

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
