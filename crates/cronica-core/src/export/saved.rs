//! Files the app writes for the user — a quiz pack, a live game's results — go into one folder
//! (the Downloads folder, chosen by the shell) under a name made from their title: characters file
//! systems refuse are replaced, and an existing file is never overwritten ("Repaso (2).csv").
//! The screen then says exactly where the file is.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Serialize;
use ts_rs::TS;

use super::gift::GiftSelection;
use crate::app::Cronica;
use crate::base::Lang;
use crate::error::{Error, Result};

/// A file the app wrote, for the screen to show.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct SavedFile {
    pub path: String,
    pub file_name: String,
}

const MAX_STEM_CHARS: usize = 100;
/// How many numbered names are tried before giving up ("… (999).csv").
const MAX_COPIES: u32 = 999;

/// A file name stem from a title: no path separators, control or reserved characters, no leading dots, at most 100 characters.
pub fn safe_stem(title: &str, fallback: &str) -> String {
    let cleaned: String = title
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .map(|c| if c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') { '-' } else { c })
        .take(MAX_STEM_CHARS)
        .collect();
    let trimmed = cleaned.trim().trim_start_matches('.').trim();
    if trimmed.is_empty() { fallback.to_owned() } else { trimmed.to_owned() }
}

/// Writes `contents` to a new file `<stem>.<extension>` in `dir` (or `<stem> (n).<extension>`), creating `dir` if needed.
pub fn save_new_file(dir: &Path, stem: &str, extension: &str, contents: impl AsRef<[u8]>) -> Result<SavedFile> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    for copy in 1..=MAX_COPIES {
        let file_name = if copy == 1 { format!("{stem}.{extension}") } else { format!("{stem} ({copy}).{extension}") };
        let path = dir.join(&file_name);
        // `create_new` refuses an existing file atomically, so nothing is ever overwritten.
        match OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(mut file) => {
                file.write_all(contents.as_ref()).and_then(|()| file.sync_all()).map_err(|e| Error::io(&path, e))?;
                return Ok(SavedFile { path: path.display().to_string(), file_name });
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(Error::io(&path, e)),
        }
    }
    Err(Error::InvalidInput(format!("{} already holds {MAX_COPIES} files named {stem}", dir.display())))
}

impl Cronica {
    fn save_for_user(&self, stem: &str, extension: &str, text: &str) -> Result<SavedFile> {
        self.save_bytes_for_user(stem, extension, text.as_bytes())
    }

    pub(crate) fn save_bytes_for_user(&self, stem: &str, extension: &str, bytes: &[u8]) -> Result<SavedFile> {
        let dir: &PathBuf = self.export_dir.as_ref().ok_or_else(|| Error::InvalidInput("this build has no folder to save files in".into()))?;
        save_new_file(dir, stem, extension, bytes)
    }

    /// Saves a quiz's pack as `<title>.cronica-quiz` in the user's folder for saved files.
    pub fn save_teacher_quiz_pack(&self, id: &str) -> Result<SavedFile> {
        let pack = self.export_teacher_quiz(id)?;
        let title = self.get_teacher_quiz(crate::base::Lang::Es, id)?.title;
        self.save_for_user(&safe_stem(&title, "quiz"), "cronica-quiz", &pack)
    }

    /// Saves a quiz as Moodle GIFT, `<title> (GIFT <lang>).txt`, in the user's folder for saved files.
    pub fn save_teacher_quiz_gift(&self, lang: Lang, id: &str) -> Result<SavedFile> {
        let gift = self.teacher_quiz_gift(lang, id, super::sources_label(lang))?;
        let title = self.get_teacher_quiz(lang, id)?.title;
        self.save_for_user(&safe_stem(&format!("{title} (GIFT {lang})"), "quiz"), "txt", &gift)
    }

    /// Saves one chapter's questions, or the whole bank, as Moodle GIFT in the user's folder for
    /// saved files: `<chapter title> (GIFT <lang>).txt` or `Crónica (GIFT <lang>).txt`.
    pub fn save_bank_gift(&self, lang: Lang, chapter_id: Option<&str>) -> Result<SavedFile> {
        let content = self.content();
        let (selection, name) = match chapter_id {
            Some(id) => (GiftSelection::Chapter(id.to_string()), content.chapter_title(lang, id)?),
            None => (GiftSelection::Bank, "Crónica".to_string()),
        };
        let gift = super::gift::export(&content, lang, selection, super::sources_label(lang))?;
        self.save_for_user(&safe_stem(&format!("{name} (GIFT {lang})"), "bank"), "txt", &gift)
    }

    /// Saves a live game's results as `<title> <day>.csv` in the user's folder for saved files.
    pub fn save_live_game_csv(&self, id: i64) -> Result<SavedFile> {
        let results = self.live_game_results(id)?;
        let csv = crate::live::results_csv(&results.rows)?;
        let day = results.game.started_at.to_string();
        let stem = format!("{} {}", results.game.title, day.get(..10).unwrap_or_default());
        self.save_for_user(&safe_stem(&stem, "results"), "csv", &csv)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_become_safe_file_names() {
        assert_eq!(safe_stem("Repaso: golpe/transición", "quiz"), "Repaso- golpe-transición");
        assert_eq!(safe_stem("  ..  ", "quiz"), "quiz");
        assert_eq!(safe_stem("a\u{7}b", "quiz"), "a-b");
        assert_eq!(safe_stem("<img src=x onerror=alert(1)>", "quiz"), "-img src=x onerror=alert(1)-");
        assert_eq!(safe_stem(&"a".repeat(500), "quiz").chars().count(), 100);
        assert_eq!(safe_stem("../../etc/passwd", "quiz"), "-..-etc-passwd");
    }

    #[test]
    fn an_existing_file_is_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("Descargas");
        let first = save_new_file(&folder, "Repaso", "csv", "uno").unwrap();
        let second = save_new_file(&folder, "Repaso", "csv", "dos").unwrap();
        assert_eq!(first.file_name, "Repaso.csv");
        assert_eq!(second.file_name, "Repaso (2).csv");
        assert_eq!(std::fs::read_to_string(&first.path).unwrap(), "uno");
        assert_eq!(std::fs::read_to_string(&second.path).unwrap(), "dos");
    }

    fn one_question_quiz(title: &str) -> crate::teacher::TeacherQuizDraft {
        crate::teacher::TeacherQuizDraft {
            title: title.into(),
            description: String::new(),
            items: vec![crate::teacher::QuizItemDraft {
                origin: crate::teacher::ItemOrigin::Bank,
                question_id: "up-q01".into(),
                time_limit_s: 30,
                points: 1000,
            }],
        }
    }

    #[test]
    fn a_saved_pack_lands_in_the_export_folder_and_reads_back() {
        let dir = tempfile::tempdir().unwrap();
        let app = crate::app::tests_support::app().with_export_dir(dir.path().to_path_buf());
        let draft = one_question_quiz("Repaso/UP");
        let quiz = app.save_teacher_quiz(None, &draft).unwrap();
        let saved = app.save_teacher_quiz_pack(&quiz.id).unwrap();
        assert_eq!(saved.file_name, "Repaso-UP.cronica-quiz");
        let text = std::fs::read_to_string(&saved.path).unwrap();
        assert_eq!(text, app.export_teacher_quiz(&quiz.id).unwrap());
        let without_folder = crate::app::tests_support::app();
        let quiz = without_folder.save_teacher_quiz(None, &draft).unwrap();
        assert!(matches!(without_folder.save_teacher_quiz_pack(&quiz.id), Err(Error::InvalidInput(_))));
    }

    #[test]
    fn a_quiz_a_chapter_and_the_bank_save_as_gift() {
        let dir = tempfile::tempdir().unwrap();
        let app = crate::app::tests_support::app().with_export_dir(dir.path().to_path_buf());
        let draft = one_question_quiz("Repaso UP");
        let quiz = app.save_teacher_quiz(None, &draft).unwrap();
        let saved = app.save_teacher_quiz_gift(Lang::Es, &quiz.id).unwrap();
        assert_eq!(saved.file_name, "Repaso UP (GIFT es).txt");
        assert_eq!(std::fs::read_to_string(&saved.path).unwrap(), app.teacher_quiz_gift(Lang::Es, &quiz.id, "Fuentes").unwrap());

        let chapter = app.save_bank_gift(Lang::En, Some("unidad-popular")).unwrap();
        let text = std::fs::read_to_string(&chapter.path).unwrap();
        assert!(chapter.file_name.ends_with("(GIFT en).txt"), "{}", chapter.file_name);
        assert!(text.contains("$CATEGORY: cronica/unidad-popular") && text.contains("::up-q01::"), "{text}");
        let bank = app.save_bank_gift(Lang::Es, None).unwrap();
        assert_eq!(bank.file_name, "Crónica (GIFT es).txt");
        assert!(std::fs::read_to_string(&bank.path).unwrap().contains("Fuentes"));
        assert!(app.save_bank_gift(Lang::Es, Some("no-such-chapter")).is_err(), "an unknown chapter is an error, not an empty file");
    }
}
