//! The guesser benchmark: `cargo run --release -p cronica-core --example guessers [DATA_DIR]`.
//! Plays strategies that know no history over the bank as the app presents it (20 attempts per
//! question) and prints each one's score beside chance, per language.

use std::path::PathBuf;

use cronica_core::Lang;
use cronica_core::content::check_content;
use cronica_core::quiz::guessers::{Guesser, always_false, score};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let data = std::env::args().nth(1).map(PathBuf::from).unwrap_or_else(|| PathBuf::from("data"));
    let report = check_content(&data)?;
    if report.has_errors() {
        return Err(format!("{} does not pass cronica check", data.display()).into());
    }
    println!("| strategy | es | en | chance |\n|---|---|---|---|");
    for guesser in Guesser::ALL {
        let (es, chance) = score(&report.content, Lang::Es, guesser, 20);
        let (en, _) = score(&report.content, Lang::En, guesser, 20);
        println!("| {} | {:.1}% | {:.1}% | {:.1}% |", guesser.name(), es * 100.0, en * 100.0, chance * 100.0);
    }
    println!("| true/false: always \"false\" | {0:.1}% | {0:.1}% | 50.0% |", always_false(&report.content) * 100.0);
    Ok(())
}
