//! Printable worksheets: a chapter's or a saved quiz's questions as one self-contained HTML page
//! (its style inside, nothing fetched) ready for A4 or Letter, with the answer key on pages of its
//! own. Each variant prints the options in its own order, with its own key, so neighbours' sheets
//! differ; the key always names the option by its letter on that variant and by its text.

mod page;
mod print;
mod sheet;
mod wording;

pub use print::{PrintedWorksheet, WorksheetPrinter};
pub use sheet::{Worksheet, WorksheetSource};

#[cfg(test)]
mod tests;
