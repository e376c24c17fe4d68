//! `cronica check` refuses a match question whose role labels give the answer away by grammatical
//! gender when its figures are women and men (their gender read from their own roles' wording),
//! and accepts the same question worded neutrally.

mod common;

use std::fs;

use common::{copy_dir, fixture};
use cronica_core::content::check_content;

const WOMAN: &str = r#"
[[figure]]
id = "hortensia-bussi"
name = "Hortensia Bussi Soto"
display_name = "Hortensia Bussi"
sort_key = "Bussi Soto, Hortensia"
born = "1914-07-22"
bio.es = "Profesora de historia y geografía."
bio.en = "A history and geography teacher."
sources = ["fixture-book"]

[[figure.role]]
title.es = "Primera dama"
title.en = "First lady"
start = "1970-11-03"
end = "1973-09-11"
"#;

fn question(woman_es: &str, woman_en: &str, man_es: &str) -> String {
    format!(
        r#"
[[question]]
id = "up-q09"
chapter = "unidad-popular"
kind = "match"
prompt.es = "Une a cada persona con su papel."
prompt.en = "Match each person with their role."
explanation.es = "Bussi fue la esposa de Allende, y Allende, presidente."
explanation.en = "Bussi was Allende's wife, and Allende president."
sources = ["fixture-book"]

[[question.pair]]
figure = "hortensia-bussi"
role.es = "{woman_es}"
role.en = "{woman_en}"

[[question.pair]]
figure = "salvador-allende"
role.es = "{man_es}"
role.en = "President of the Republic"
"#
    )
}

/// The diagnostics of the rule for the fixture with a woman and this match question added.
fn neutral_label_errors(extra_question: &str) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture(), dir.path());
    let figures = dir.path().join("figures/main.toml");
    let mut text = fs::read_to_string(&figures).unwrap();
    text.push_str(WOMAN);
    fs::write(&figures, text).unwrap();
    let questions = dir.path().join("questions/up.toml");
    let mut text = fs::read_to_string(&questions).unwrap();
    text.push_str(extra_question);
    fs::write(&questions, text).unwrap();
    let report = check_content(dir.path()).unwrap();
    report.diagnostics.iter().filter(|d| d.field == "neutral_labels").map(|d| d.to_string()).collect()
}

#[test]
fn gendered_labels_in_a_match_of_women_and_men_are_errors() {
    let errors = neutral_label_errors(&question("Primera dama", "First lady", "Candidato de la Unidad Popular"));
    assert_eq!(errors.len(), 3, "{errors:#?}");
    assert!(errors.iter().any(|e| e.contains("«Primera dama» is worded for a woman") && e.contains("up-q09")));
    assert!(errors.iter().any(|e| e.contains("the en label «First lady»")));
    assert!(errors.iter().any(|e| e.contains("«Candidato de la Unidad Popular» is worded for a man")));
}

#[test]
fn the_same_match_worded_neutrally_passes() {
    let errors = neutral_label_errors(&question("Cónyuge del presidente", "The president's spouse", "Ganó la elección de 1970"));
    assert_eq!(errors, Vec::<String>::new());
}

#[test]
fn the_corpus_has_no_gendered_match_labels() {
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let report = check_content(&data).unwrap();
    let errors: Vec<String> = report.diagnostics.iter().filter(|d| d.field == "neutral_labels").map(|d| d.to_string()).collect();
    assert_eq!(errors, Vec::<String>::new());
}
