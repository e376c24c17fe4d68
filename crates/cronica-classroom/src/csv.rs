//! The running game's results as CSV, in the same format (and with the same formula neutralising)
//! as a saved game's results in the core: one row per player × question asked.

use cronica_core::live::LiveResultRow;

use crate::error::{Error, Result};
use crate::game::ResultRow;

pub use cronica_core::live::{neutralise_formula, CSV_HEADER};

pub fn results_csv(rows: &[ResultRow]) -> Result<String> {
    let rows: Vec<LiveResultRow> = rows
        .iter()
        .map(|row| LiveResultRow {
            nickname: row.nickname.clone(),
            question: row.question.clone(),
            answer: row.answer.clone(),
            right: row.right,
            points: i64::from(row.points),
            time_to_answer_ms: row.time_to_answer_ms.map(|ms| i64::try_from(ms).unwrap_or(i64::MAX)),
        })
        .collect();
    cronica_core::live::results_csv(&rows).map_err(|error| Error::Io(std::io::Error::other(error.to_string())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_running_games_rows_are_written_with_formulas_neutralised() {
        let row = ResultRow {
            nickname: "=Ana".into(),
            question: "¿Año del golpe?".into(),
            answer: "1973".into(),
            right: true,
            points: 750,
            time_to_answer_ms: Some(1234),
        };
        let text = results_csv(&[row]).unwrap();
        assert_eq!(text, "nickname,question,answer,right,points,time_to_answer_ms\n'=Ana,¿Año del golpe?,1973,yes,750,1234\n");
    }
}
