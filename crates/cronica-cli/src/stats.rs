//! `cronica stats`: what the content holds, counted from the sources, or read from the figures the
//! compiler stored in the installed content database (the same JSON, so both print alike).

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use cronica_core::content::check_content;
use cronica_core::{ContentDb, Stats};
use serde_json::Value;

use crate::paths::{self, Content};

pub fn run(data: &Path, json: bool) -> Result<ExitCode, String> {
    let text = match paths::locate(data) {
        Content::Folder(dir) => {
            let report = check_content(&dir).map_err(|e| e.to_string())?;
            serde_json::to_string_pretty(&Stats::of(&report.content)).map_err(|e| e.to_string())?
        }
        Content::Installed(db) => ContentDb::open(&db)
            .and_then(|db| db.meta("stats"))
            .map_err(|e| format!("{}: {e}", db.display()))?
            .ok_or_else(|| format!("{}: compiled by an older release, without its figures; pass --data DIR", db.display()))?,
    };
    if json {
        writeln!(std::io::stdout(), "{text}").map_err(|e| e.to_string())?;
    } else {
        let stats: Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
        print_table(&stats).map_err(|e| e.to_string())?;
    }
    Ok(ExitCode::SUCCESS)
}

fn print_table(stats: &Value) -> std::io::Result<()> {
    let n = |v: &Value| v.as_u64().unwrap_or(0);
    let mut out = std::io::stdout().lock();
    writeln!(out, "as of         {}", stats["as_of"].as_str().unwrap_or("-"))?;
    for name in ["chapters", "sections", "events", "figures", "glossary", "questions", "sources", "perspectives"] {
        writeln!(out, "{name:<13} {}", n(&stats["counts"][name]))?;
    }
    writeln!(out, "\n{:<40} {:>6} {:>6} {:>6} {:>6} {:>6}", "chapter", "es", "en", "events", "quest.", "srcs")?;
    for ch in stats["chapters"].as_array().into_iter().flatten() {
        writeln!(
            out,
            "{:<40} {:>6} {:>6} {:>6} {:>6} {:>6}",
            ch["id"].as_str().unwrap_or("-"),
            n(&ch["words"]["es"]),
            n(&ch["words"]["en"]),
            n(&ch["linked_events"]),
            n(&ch["questions"]),
            n(&ch["sources"])
        )?;
    }
    // Practice questions the compiler derives from the data, apart from the authored bank above.
    let generated = &stats["generated"];
    if !generated.is_null() {
        let by = &generated["by_generator"];
        writeln!(
            out,
            "\ngenerated practice questions {} (first {}, office {}, year {})",
            n(&generated["total"]),
            n(&by["first"]),
            n(&by["office"]),
            n(&by["year"])
        )?;
    }
    Ok(())
}
