//! Exports of the content for other tools, and the files the app saves for the user.

pub mod anki;
pub mod gift;
pub mod html;
mod own;
pub mod saved;
pub mod timeline;
pub mod worksheet;

use crate::base::Lang;

/// How exports head a list of sources, in the export's language.
pub fn sources_label(lang: Lang) -> &'static str {
    match lang {
        Lang::Es => "Fuentes",
        Lang::En => "Sources",
    }
}
