//! Who governed when: the presidencies of the Republic, derived from the figures' roles (every
//! role filed under [`Office::President`] with a start date), for the timeline's band.

use rusqlite::Row;
use serde::Serialize;
use ts_rs::TS;

use crate::base::{FigureRef, HistDate, Office};
use crate::error::Result;
use crate::storage::ContentDb;
use crate::storage::content::{collect, opt_date, required_date};

/// One term of office. A term with no end is still running (as of the content's date).
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct Presidency {
    pub figure: FigureRef,
    pub start: HistDate,
    pub end: Option<HistDate>,
}

fn presidency(r: &Row) -> rusqlite::Result<(String, Presidency)> {
    let title_es: String = r.get(2)?;
    let figure = FigureRef { id: r.get(0)?, name: r.get(1)? };
    Ok((title_es, Presidency { figure, start: required_date(r.get(3)?)?, end: opt_date(r.get(4)?) }))
}

impl ContentDb {
    /// Every presidential term with a start date, in chronological order.
    pub(crate) fn presidencies(&self) -> Result<Vec<Presidency>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT f.id, f.display_name, r.title_es, r.start, r.end_date FROM figure_roles r
             JOIN figures f ON f.id = r.figure_id WHERE r.start IS NOT NULL",
        )?;
        let rows = collect(stmt.query_map([], presidency)?)?;
        let mut terms: Vec<Presidency> =
            rows.into_iter().filter(|(title, _)| Office::of_title(title).contains(&Office::President)).map(|(_, p)| p).collect();
        terms.sort_by(|a, b| a.start.first_day().cmp(&b.start.first_day()).then_with(|| a.figure.id.cmp(&b.figure.id)));
        Ok(terms)
    }
}
