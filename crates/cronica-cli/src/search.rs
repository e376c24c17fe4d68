//! `cronica search`: the app's search from the terminal, the same engine and ranking, as a list
//! grouped by kind or as the JSON the app receives.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use cronica_core::search::{SearchHit, SearchResults, Segment};
use cronica_core::{ContentDb, Lang};

/// Prints what `words` finds; exits 1 when it finds nothing (as grep does), after the closest titles.
pub fn run(db: &ContentDb, lang: Lang, words: &[String], json: bool) -> Result<ExitCode, String> {
    let results = db.search(lang, &words.join(" ")).map_err(|e| e.to_string())?;
    let mut out = std::io::stdout().lock();
    if json {
        let text = serde_json::to_string_pretty(&results).map_err(|e| e.to_string())?;
        writeln!(out, "{text}").map_err(|e| e.to_string())?;
    } else {
        print_list(&mut out, &results, std::io::stdout().is_terminal()).map_err(|e| e.to_string())?;
    }
    Ok(if results.groups.is_empty() { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

fn print_list(out: &mut impl Write, results: &SearchResults, bold: bool) -> std::io::Result<()> {
    if results.groups.is_empty() {
        writeln!(out, "nothing found")?;
        if !results.suggestions.is_empty() {
            writeln!(out, "closest titles:")?;
        }
        for s in &results.suggestions {
            writeln!(out, "  {:<12} {}", s.kind.as_str(), s.title)?;
        }
        return Ok(());
    }
    for (i, group) in results.groups.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        writeln!(out, "{}{}", group.kind.as_str(), if group.more { " (more not shown)" } else { "" })?;
        for hit in &group.hits {
            writeln!(out, "  {}  [{}]", marked(&hit.title, bold), place(hit))?;
            if !hit.context.is_empty() {
                writeln!(out, "    {}", hit.context)?;
            }
            if !hit.snippet.is_empty() {
                writeln!(out, "    {}", marked(&hit.snippet, bold))?;
            }
        }
    }
    Ok(())
}

/// The item's id, a section after a slash.
fn place(hit: &SearchHit) -> String {
    match &hit.section {
        Some(section) => format!("{}/{section}", hit.id),
        None => hit.id.clone(),
    }
}

/// The segments as one line, matches in bold on a terminal.
fn marked(segments: &[Segment], bold: bool) -> String {
    segments
        .iter()
        .map(|s| if s.highlighted && bold { format!("\x1b[1m{}\x1b[0m", s.text) } else { s.text.clone() })
        .collect()
}
