//! Printing a worksheet from the app: the core builds the same sheet it saves, and the desktop
//! shell, plugged in as a [`WorksheetPrinter`], shows it in a window of its own and opens the
//! system print dialog on it (which also prints to PDF). The CLI has no printer.

use serde::Serialize;
use ts_rs::TS;

use super::{Worksheet, WorksheetSource};
use crate::app::Cronica;
use crate::base::Lang;
use crate::error::{Error, Result};

/// Shows a worksheet and opens the system print dialog on it (plugged in by the desktop shell).
pub trait WorksheetPrinter: Send + Sync {
    /// Opens `sheet` for printing without waiting for the dialog to close; the error says why it could not.
    fn print(&self, sheet: &Worksheet) -> std::result::Result<(), String>;
}

/// The worksheet handed to the print dialog, for the screen to name.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct PrintedWorksheet {
    pub title: String,
    pub questions: u32,
}

impl Cronica {
    /// Opens the worksheet of `source` (variant `variant`) in the print dialog and says which it was.
    pub fn print_worksheet(&self, lang: Lang, source: &WorksheetSource, variant: u32) -> Result<PrintedWorksheet> {
        let sheet = self.worksheet(lang, source, variant)?;
        let printer = self.worksheet_printer.as_deref().ok_or_else(|| Error::Print("this build cannot print".into()))?;
        printer.print(&sheet).map_err(Error::Print)?;
        let questions = u32::try_from(sheet.questions).unwrap_or(u32::MAX);
        Ok(PrintedWorksheet { title: sheet.title, questions })
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use super::*;
    use crate::app::tests_support::app as fixture_app;
    use crate::error::ErrorKind;

    /// Records the pages it was handed, or fails as a window that cannot open would.
    #[derive(Clone, Default)]
    struct RecordingPrinter {
        printed: Arc<Mutex<Vec<(String, String)>>>,
        fail: bool,
    }

    impl WorksheetPrinter for RecordingPrinter {
        fn print(&self, sheet: &Worksheet) -> std::result::Result<(), String> {
            if self.fail {
                return Err("the print window could not be created".into());
            }
            self.printed.lock().unwrap().push((sheet.title.clone(), sheet.html.clone()));
            Ok(())
        }
    }

    #[test]
    fn the_printer_gets_the_same_page_the_worksheet_saves() {
        let printer = RecordingPrinter::default();
        let app = fixture_app().with_worksheet_printer(Box::new(printer.clone()));
        let source = WorksheetSource::Chapter("unidad-popular".into());
        let printed = app.print_worksheet(Lang::Es, &source, 2).unwrap();
        let sheet = app.worksheet(Lang::Es, &source, 2).unwrap();
        assert_eq!(printed, PrintedWorksheet { title: sheet.title.clone(), questions: u32::try_from(sheet.questions).unwrap() });
        assert!(printed.questions > 0);
        assert_eq!(*printer.printed.lock().unwrap(), [(sheet.title, sheet.html)]);
    }

    #[test]
    fn unknown_sources_and_failing_printers_are_errors_and_print_nothing() {
        let printer = RecordingPrinter::default();
        let app = fixture_app().with_worksheet_printer(Box::new(printer.clone()));
        let chapter = app.print_worksheet(Lang::Es, &WorksheetSource::Chapter("no-such-chapter".into()), 1).unwrap_err();
        assert_eq!(chapter.kind(), ErrorKind::NotFound);
        let quiz = app.print_worksheet(Lang::En, &WorksheetSource::TeacherQuiz("no-such-quiz".into()), 1).unwrap_err();
        assert_eq!(quiz.kind(), ErrorKind::NotFound);
        let variant = app.print_worksheet(Lang::Es, &WorksheetSource::Chapter("unidad-popular".into()), 0).unwrap_err();
        assert_eq!(variant.kind(), ErrorKind::InvalidInput);
        assert!(printer.printed.lock().unwrap().is_empty(), "nothing reached the printer");

        let failing = fixture_app().with_worksheet_printer(Box::new(RecordingPrinter { fail: true, ..Default::default() }));
        let error = failing.print_worksheet(Lang::Es, &WorksheetSource::Chapter("unidad-popular".into()), 1).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Print);
        assert!(error.to_string().contains("could not be created"), "{error}");
        let none = fixture_app().print_worksheet(Lang::Es, &WorksheetSource::Chapter("unidad-popular".into()), 1).unwrap_err();
        assert_eq!(none.kind(), ErrorKind::Print, "no printer plugged in");
    }
}
