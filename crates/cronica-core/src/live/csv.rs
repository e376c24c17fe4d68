//! A game's results as CSV for the teacher: one row per player × question asked, each answer as a
//! person reads it (an order as "A → B → C", a match as "left: right; …", typed text as typed).
//! Cells that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, tab or
//! carriage return) get a leading single quote; everything else, HTML included, is written as is.

use super::results::LiveResultRow;
use crate::error::{Error, Result};

pub const CSV_HEADER: [&str; 6] = ["nickname", "question", "answer", "right", "points", "time_to_answer_ms"];

/// Prefixes a single quote to a cell a spreadsheet would take for a formula.
pub fn neutralise_formula(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{cell}") } else { cell.to_owned() }
}

/// An order answer as read: the items' texts in the order given, "A → B → C".
pub fn order_answer_text<S: AsRef<str>>(items: &[S]) -> String {
    items.iter().map(AsRef::as_ref).collect::<Vec<_>>().join(" → ")
}

/// A match answer as read: each left item with the option given to it, "left: right; left: right".
pub fn match_answer_text<L: AsRef<str>, R: AsRef<str>>(pairs: &[(L, R)]) -> String {
    pairs.iter().map(|(left, right)| format!("{}: {}", left.as_ref(), right.as_ref())).collect::<Vec<_>>().join("; ")
}

pub fn results_csv(rows: &[LiveResultRow]) -> Result<String> {
    let failed = |e: &dyn std::fmt::Display| Error::Corrupt(format!("the results could not be written as CSV: {e}"));
    let mut writer = ::csv::Writer::from_writer(Vec::new());
    writer.write_record(CSV_HEADER).map_err(|e| failed(&e))?;
    for row in rows {
        let right = if row.right { "yes" } else { "no" };
        let time = row.time_to_answer_ms.map(|ms| ms.to_string()).unwrap_or_default();
        let cells = [row.nickname.as_str(), row.question.as_str(), row.answer.as_str(), right, &row.points.to_string(), &time];
        writer.write_record(cells.iter().map(|cell| neutralise_formula(cell))).map_err(|e| failed(&e))?;
    }
    let bytes = writer.into_inner().map_err(|e| failed(&e))?;
    String::from_utf8(bytes).map_err(|e| failed(&e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(nickname: &str, answer: &str) -> LiveResultRow {
        LiveResultRow {
            nickname: nickname.into(),
            question: "¿Año del golpe?".into(),
            answer: answer.into(),
            right: true,
            points: 750,
            time_to_answer_ms: Some(1234),
        }
    }

    #[test]
    fn formula_cells_are_neutralised() {
        for cell in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(neutralise_formula(cell), format!("'{cell}"));
        }
        assert_eq!(neutralise_formula("Ana"), "Ana");
        assert_eq!(neutralise_formula(""), "");
    }

    #[test]
    fn hostile_nicknames_appear_literally_and_only_formulas_are_neutralised() {
        let text = results_csv(&[row("=HYPERLINK(\"x\")", "1973"), row("<img src=x onerror=alert(1)>", "-5")]).unwrap();
        let mut reader = ::csv::Reader::from_reader(text.as_bytes());
        let headers = reader.headers().unwrap().clone();
        assert_eq!(headers.iter().collect::<Vec<_>>(), CSV_HEADER.to_vec());
        let records: Vec<::csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
        assert_eq!(&records[0][0], "'=HYPERLINK(\"x\")");
        assert_eq!(&records[0][2], "1973");
        assert_eq!(&records[1][0], "<img src=x onerror=alert(1)>");
        assert_eq!(&records[1][2], "'-5");
        assert_eq!(&records[1][3], "yes");
        assert_eq!(&records[1][4], "750");
        assert_eq!(&records[1][5], "1234");
    }

    #[test]
    fn order_match_and_typed_answers_read_as_text_and_stay_neutralised() {
        let order = order_answer_text(&["Elección de 1970", "Nacionalización del cobre", "Golpe"]);
        assert_eq!(order, "Elección de 1970 → Nacionalización del cobre → Golpe");
        let matching = match_answer_text(&[("Frei", "Revolución en libertad"), ("Allende", "Vía chilena")]);
        assert_eq!(matching, "Frei: Revolución en libertad; Allende: Vía chilena");
        let hostile_order = order_answer_text(&["=cmd()", "B"]);
        let text =
            results_csv(&[row("Ana", &order), row("Beto", &matching), row("Carla", "  salvador ALLENDE "), row("Dani", &hostile_order)])
                .unwrap();
        let mut reader = ::csv::Reader::from_reader(text.as_bytes());
        let answers: Vec<String> = reader.records().map(|r| r.unwrap()[2].to_owned()).collect();
        assert_eq!(answers[0], order);
        assert_eq!(answers[1], matching, "the semicolons stay inside one cell");
        assert_eq!(answers[2], "  salvador ALLENDE ", "typed text is kept as typed");
        assert_eq!(answers[3], "'=cmd() → B", "a typed or item text that starts a formula is neutralised");
    }

    #[test]
    fn an_unanswered_question_has_empty_answer_and_time() {
        let mut unanswered = row("Ana", "");
        unanswered.right = false;
        unanswered.points = 0;
        unanswered.time_to_answer_ms = None;
        let text = results_csv(&[unanswered]).unwrap();
        assert_eq!(text.lines().nth(1).unwrap(), "Ana,¿Año del golpe?,,no,0,");
    }
}
