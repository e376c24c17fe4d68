//! The Anki export as the app and the command line run it: the learner's missed questions come
//! from the user database, the rest from the content; the app saves the file for the user.

use super::{AnkiSelection, package};
use crate::app::Cronica;
use crate::base::Lang;
use crate::error::Result;
use crate::export::saved::{SavedFile, safe_stem};
use crate::storage::user::Reader;

impl Reader<'_> {
    /// Questions whose latest answer, in a quiz or in review, was wrong.
    pub(crate) fn missed_question_ids(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare(
            "WITH answers AS (SELECT question_id, correct, answered_at FROM quiz_answers
                              UNION ALL SELECT question_id, correct, answered_at FROM review_answers)
             SELECT question_id FROM answers a
             WHERE answered_at = (SELECT MAX(answered_at) FROM answers b WHERE b.question_id = a.question_id)
             GROUP BY question_id HAVING MIN(correct) = 0",
        )?;
        crate::storage::content::collect(stmt.query_map([], |r| r.get(0))?)
    }
}

impl Cronica {
    /// The `.apkg` of `selection` in `lang`, and the deck's title.
    pub fn anki_package(&self, lang: Lang, selection: &AnkiSelection) -> Result<(String, Vec<u8>)> {
        let missed = if *selection == AnkiSelection::Missed { self.user().read().missed_question_ids()? } else { Vec::new() };
        let content = self.content();
        let contents = content.anki_contents(lang, selection, &missed)?;
        Ok((contents.title.clone(), package(&content, lang, &contents)?))
    }

    /// Saves the deck as `Crónica - <title> (<lang>).apkg` in the user's folder for saved files.
    pub fn save_anki_deck(&self, lang: Lang, selection: AnkiSelection) -> Result<SavedFile> {
        let (title, bytes) = self.anki_package(lang, &selection)?;
        self.save_bytes_for_user(&safe_stem(&format!("Crónica - {title} ({lang})"), "cronica"), "apkg", &bytes)
    }
}
