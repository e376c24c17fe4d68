//! The one place where every backend call is declared. From each declaration come the command
//! list the desktop shell registers and grants (one permission per call), the JSON dispatcher any
//! transport serves (Tauri IPC today, HTTP later), and the TypeScript types and wrapper the UI
//! uses (`ui/src/lib/backend/generated.ts`, checked by a test). Adding a call means adding one
//! `fn` line below.

mod error;
#[macro_use]
mod declare;
mod typescript;

pub use error::ApiError;
pub use typescript::typescript;

use crate::app::Cronica;
use crate::base::{ChapterId, EventId, FigureId, Lang, PerspectiveId, QuestionId, SectionId, SourceId, TeacherQuizId, TermId};
use crate::chapters::{Chapter, ChapterProgress, ChapterSummary};
use crate::elections::Election;
use crate::events::{Era, EventDetail, EventFilter, EventSummary, Presidency};
use crate::figures::{FigureDetail, FigureSummary};
use crate::glossary::Term;
use crate::export::anki::AnkiSelection;
use crate::export::saved::SavedFile;
use crate::export::worksheet::{PrintedWorksheet, WorksheetSource};
use crate::about::About;
use crate::home::Home;
use crate::live::{HostedGame, LiveGameResults, LiveGameSummary, LiveSource};
use crate::notes::{Note, NoteGroup, NoteTarget};
use crate::notices::{Notice, UserDataStatus};
use crate::progress::{ProgressReport, ProgressReset};
use crate::perspectives::{Perspective, PerspectiveSummary};
use crate::quiz::{Feedback, InterruptedQuiz, Practice, PracticeScope, Quiz, QuizOptions, QuizResponse, QuizResult};
use crate::review::{ReviewFeedback, ReviewSession, ReviewSummary};
use crate::search::SearchResults;
use crate::settings::Settings;
use crate::sources::{OpenedSource, Source};
use crate::teacher::{
    BankFilter, BankQuestion, ImportedQuiz, OwnQuestion, OwnQuestionDraft, OwnQuestionSaved, TeacherQuiz, TeacherQuizDraft,
    TeacherQuizSummary,
};

api! {
    /// The learner's preferences.
    fn get_settings() -> Settings => |app| app.get_settings();
    /// Saves the learner's preferences and returns them as stored.
    fn save_settings(settings: Settings) -> Settings => |app| app.save_settings(settings);
    /// What went wrong with the learner's files at start-up, and what was done about it.
    fn startup_notices() -> Vec<Notice> => |app| Ok::<_, crate::Error>(app.startup_notices());
    /// Whether what the learner does in this session is kept (screens that write say so first).
    fn user_data_status() -> UserDataStatus => |app| Ok::<_, crate::Error>(app.user_data_status());

    /// This release and the content's: for the settings screen's "About" section.
    fn about() -> About => |app| app.about();
    fn home(lang: Lang) -> Home => |app| app.home(lang);
    fn list_chapters(lang: Lang) -> Vec<ChapterSummary> => |app| app.list_chapters(lang);
    fn get_chapter(lang: Lang, id: ChapterId) -> Chapter => |app| app.get_chapter(lang, id.as_str());
    /// Records that a section was read; returns the chapter's progress.
    fn mark_section_read(chapter_id: ChapterId, section_id: SectionId) -> ChapterProgress => |app| app.mark_section_read(chapter_id.as_str(), section_id.as_str());

    fn list_eras(lang: Lang) -> Vec<Era> => |app| app.list_eras(lang);
    fn list_events(lang: Lang, filter: EventFilter) -> Vec<EventSummary> => |app| app.list_events(lang, &filter);
    fn get_event(lang: Lang, id: EventId) -> EventDetail => |app| app.get_event(lang, id.as_str());
    /// The presidential terms the figures' roles record, in order: the timeline's band of who governed.
    fn list_presidencies() -> Vec<Presidency> => |app| app.list_presidencies();
    /// Election and plebiscite results in date order (only one event's when given), with their sources.
    fn list_elections(lang: Lang, event: Option<EventId>) -> Vec<Election> => |app| app.list_elections(lang, event.as_ref().map(EventId::as_str));

    fn list_figures(lang: Lang) -> Vec<FigureSummary> => |app| app.list_figures(lang);
    fn get_figure(lang: Lang, id: FigureId) -> FigureDetail => |app| app.get_figure(lang, id.as_str());

    fn list_terms(lang: Lang) -> Vec<Term> => |app| app.list_terms(lang);
    fn get_term(lang: Lang, id: TermId) -> Term => |app| app.get_term(lang, id.as_str());
    fn list_perspectives(lang: Lang) -> Vec<PerspectiveSummary> => |app| app.list_perspectives(lang);
    fn get_perspective(lang: Lang, id: PerspectiveId) -> Perspective => |app| app.get_perspective(lang, id.as_str());
    fn get_source(id: SourceId) -> Source => |app| app.get_source(id.as_str());
    /// Opens a source's page in the system browser (the window itself never leaves the app).
    fn open_source(id: SourceId) -> OpenedSource => |app| app.open_source(id.as_str());
    /// Searches the whole content: results grouped by kind, matches highlighted; closest titles when nothing matches.
    fn search(lang: Lang, query: String) -> SearchResults => |app| app.search(lang, &query);

    /// The learner's note and bookmark on a section, event, figure or term, if any.
    fn get_note(target: NoteTarget) -> Option<Note> => |app| app.get_note(&target);
    /// The notes and bookmarks on a chapter's sections.
    fn chapter_notes(chapter_id: ChapterId) -> Vec<Note> => |app| app.chapter_notes(chapter_id.as_str());
    /// Adds or replaces the note on an item (not empty, at most 10,000 characters); its bookmark stays.
    fn save_note(target: NoteTarget, text: String) -> Note => |app| app.save_note(&target, &text);
    /// Deletes the note's text on an item; a bookmark on it stays. Returns what is left.
    fn delete_note(target: NoteTarget) -> Option<Note> => |app| app.delete_note(&target);
    /// Bookmarks an item or removes its bookmark, keeping its note. Returns what is left.
    fn set_bookmark(target: NoteTarget, bookmarked: bool) -> Option<Note> => |app| app.set_bookmark(&target, bookmarked);
    /// Every note and bookmark, grouped by what they annotate, each with its item's title.
    fn list_notes(lang: Lang) -> Vec<NoteGroup> => |app| app.list_notes(lang);
    /// Saves every note as Markdown, each linking back to what it annotates, in the folder for saved files.
    fn save_notes_markdown(lang: Lang) -> SavedFile => |app| app.save_notes_markdown(lang);
    /// The progress dashboard: per chapter and era, sections read and quiz mastery; the review streak in local days; the weakest questions.
    fn progress(lang: Lang, utc_offset_minutes: i32) -> ProgressReport => |app| app.progress(lang, utc_offset_minutes);
    /// Erases sections read, quiz and review answers and the review schedule in one go; notes, teacher quizzes and game results stay.
    fn reset_progress() -> ProgressReset => |app| app.reset_progress();

    /// Starts a self-quiz of the chosen length over one or several chapters; options come in an order fixed for this attempt.
    fn start_quiz(lang: Lang, options: QuizOptions) -> Quiz => |app| app.start_quiz(lang, &options);
    /// The quiz opened from a chapter that the learner left with answers given, if any.
    fn interrupted_quiz(lang: Lang, chapter_id: ChapterId) -> Option<InterruptedQuiz> => |app| app.interrupted_quiz(lang, chapter_id.as_str());
    /// An unfinished quiz as it was left: same questions and order, the answers already given.
    fn resume_quiz(lang: Lang, attempt_id: i64) -> Quiz => |app| app.resume_quiz(lang, attempt_id);
    /// Grades one answer (by option id, never screen position) and explains it.
    fn answer_question(lang: Lang, attempt_id: i64, question_id: QuestionId, response: QuizResponse) -> Feedback
        => |app| app.answer_question(lang, attempt_id, question_id.as_str(), &response);
    fn finish_quiz(lang: Lang, attempt_id: i64) -> QuizResult => |app| app.finish_quiz(lang, attempt_id);
    /// What is due for review today (until the learner's midnight, their clock `utc_offset_minutes` ahead of UTC), by chapter.
    fn review_summary(lang: Lang, utc_offset_minutes: i32) -> ReviewSummary => |app| app.review_summary(lang, utc_offset_minutes);
    /// Starts a review of today's due questions, longest overdue first; options in an order fixed for the session.
    fn start_review(lang: Lang, utc_offset_minutes: i32) -> ReviewSession => |app| app.start_review(lang, utc_offset_minutes);
    /// Grades a review answer by option id, reschedules its question and says when it comes back.
    fn answer_review(lang: Lang, session_id: i64, question_id: QuestionId, response: QuizResponse) -> ReviewFeedback
        => |app| app.answer_review(lang, session_id, question_id.as_str(), &response);
    /// Starts a round of practice questions generated from the data (a chapter's, an era's or all); nothing is recorded.
    fn start_practice(lang: Lang, scope: PracticeScope) -> Practice => |app| app.start_practice(lang, &scope);
    /// Grades one practice answer (by option id) against the round's seed and explains it with its sources.
    fn answer_practice(lang: Lang, seed: i64, question_id: QuestionId, response: QuizResponse) -> Feedback
        => |app| app.answer_practice(lang, seed, question_id.as_str(), &response);

    /// Bank questions matching a filter, each with its answer, explanation and sources.
    fn browse_bank(lang: Lang, filter: BankFilter) -> Vec<BankQuestion> => |app| app.browse_bank(lang, &filter);
    fn list_own_questions() -> Vec<OwnQuestion> => |app| app.list_own_questions();
    /// Creates (no id) or replaces a teacher's question; a draft that breaks a rule comes back with its issues.
    fn save_own_question(id: Option<QuestionId>, draft: OwnQuestionDraft) -> OwnQuestionSaved => |app| app.save_own_question(id.as_ref().map(QuestionId::as_str), draft);
    fn delete_own_question(id: QuestionId) -> () => |app| app.delete_own_question(id.as_str());
    fn list_teacher_quizzes() -> Vec<TeacherQuizSummary> => |app| app.list_teacher_quizzes();
    /// A quiz with every question resolved; one removed by a content update is marked missing.
    fn get_teacher_quiz(lang: Lang, id: TeacherQuizId) -> TeacherQuiz => |app| app.get_teacher_quiz(lang, id.as_str());
    /// Creates (no id) or replaces a quiz: title, description and its questions in order.
    fn save_teacher_quiz(id: Option<TeacherQuizId>, draft: TeacherQuizDraft) -> TeacherQuizSummary => |app| app.save_teacher_quiz(id.as_ref().map(TeacherQuizId::as_str), &draft);
    fn duplicate_teacher_quiz(id: TeacherQuizId, title: String) -> TeacherQuizSummary => |app| app.duplicate_teacher_quiz(id.as_str(), &title);
    fn delete_teacher_quiz(id: TeacherQuizId) -> () => |app| app.delete_teacher_quiz(id.as_str());
    /// The quiz as a quiz pack (the JSON of a `.cronica-quiz` file), its own questions written out.
    fn export_teacher_quiz(id: TeacherQuizId) -> String => |app| app.export_teacher_quiz(id.as_str());
    /// Saves the quiz pack as a file in the user's Downloads folder (never overwriting one) and says where.
    fn save_teacher_quiz_pack(id: TeacherQuizId) -> SavedFile => |app| app.save_teacher_quiz_pack(id.as_str());
    /// Saves a quiz as a Moodle GIFT file in the user's folder for saved files.
    fn save_teacher_quiz_gift(lang: Lang, id: TeacherQuizId) -> SavedFile => |app| app.save_teacher_quiz_gift(lang, id.as_str());
    /// Saves a chapter's questions (or, with no chapter, the whole bank) as a Moodle GIFT file.
    fn save_bank_gift(lang: Lang, chapter_id: Option<ChapterId>) -> SavedFile => |app| app.save_bank_gift(lang, chapter_id.as_ref().map(|c| c.as_str()));
    /// Saves an Anki deck (.apkg) of a chapter, an era, the learner's missed questions or the whole bank.
    fn save_anki_deck(lang: Lang, selection: AnkiSelection) -> SavedFile => |app| app.save_anki_deck(lang, selection);
    /// Saves a printable worksheet (HTML, answer key on its own pages) of a chapter or a saved quiz; each variant has its own order.
    fn save_worksheet(lang: Lang, source: WorksheetSource, variant: u32) -> SavedFile => |app| app.save_worksheet(lang, &source, variant);
    /// Opens the same worksheet in a print window of its own, with the system print dialog on it (which also prints to PDF).
    fn print_worksheet(lang: Lang, source: WorksheetSource, variant: u32) -> PrintedWorksheet => |app| app.print_worksheet(lang, &source, variant);
    /// Imports a quiz pack as a new quiz, all or nothing; a refused file's message names the field.
    fn import_teacher_quiz(text: String) -> ImportedQuiz => |app| app.import_teacher_quiz(text.as_bytes());

    /// Hosts a live game of a chapter's or a teacher quiz's questions on the school network (one at a time).
    fn host_live_game(lang: Lang, source: LiveSource, speed_bonus: bool) -> HostedGame => |app| app.host_live_game(lang, &source, speed_bonus);
    /// The game being hosted, if any (the teacher's screen reopens it after a reload).
    fn hosted_live_game() -> Option<HostedGame> => |app| Ok::<_, crate::Error>(app.hosted_live_game());
    /// Stops hosting: every socket closes and the server stops listening.
    fn stop_live_game() -> () => |app| app.stop_live_game();
    /// Past games that someone joined, newest first.
    fn list_live_games() -> Vec<LiveGameSummary> => |app| app.list_live_games();
    fn live_game_results(id: i64) -> LiveGameResults => |app| app.live_game_results(id);
    /// The results as CSV: one row per player × question asked.
    fn live_game_csv(id: i64) -> String => |app| app.live_game_csv(id);
    /// Saves the results CSV in the user's Downloads folder (never overwriting a file) and says where.
    fn save_live_game_csv(id: i64) -> SavedFile => |app| app.save_live_game_csv(id);
}

#[cfg(test)]
mod tests;
