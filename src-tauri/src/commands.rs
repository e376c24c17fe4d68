//! One command per core call, each run on a blocking worker so SQLite never stalls the UI thread.

use std::sync::Arc;

use cronica_core::views::*;
use cronica_core::{Cronica, Lang};
use tauri::State;

use crate::error::CommandResult;

type App<'a> = State<'a, Arc<Cronica>>;

async fn blocking<T: Send + 'static>(
    app: &App<'_>,
    work: impl FnOnce(&Cronica) -> cronica_core::Result<T> + Send + 'static,
) -> CommandResult<T> {
    let cronica = Arc::clone(app);
    let result = tauri::async_runtime::spawn_blocking(move || work(&cronica)).await?;
    Ok(result?)
}

#[tauri::command]
pub async fn startup_notices(app: App<'_>) -> CommandResult<Vec<Notice>> {
    blocking(&app, |c| Ok(c.startup_notices())).await
}

#[tauri::command]
pub async fn home(app: App<'_>, lang: Lang) -> CommandResult<Home> {
    blocking(&app, move |c| c.home(lang)).await
}

#[tauri::command]
pub async fn list_chapters(app: App<'_>, lang: Lang) -> CommandResult<Vec<ChapterSummary>> {
    blocking(&app, move |c| c.list_chapters(lang)).await
}

#[tauri::command]
pub async fn get_chapter(app: App<'_>, lang: Lang, id: String) -> CommandResult<Chapter> {
    blocking(&app, move |c| c.get_chapter(lang, &id)).await
}

#[tauri::command]
pub async fn mark_section_read(app: App<'_>, chapter_id: String, section_id: String) -> CommandResult<ChapterProgress> {
    blocking(&app, move |c| c.mark_section_read(&chapter_id, &section_id)).await
}

#[tauri::command]
pub async fn list_eras(app: App<'_>, lang: Lang) -> CommandResult<Vec<Era>> {
    blocking(&app, move |c| c.list_eras(lang)).await
}

#[tauri::command]
pub async fn list_events(app: App<'_>, lang: Lang, filter: EventFilter) -> CommandResult<Vec<EventSummary>> {
    blocking(&app, move |c| c.list_events(lang, &filter)).await
}

#[tauri::command]
pub async fn get_event(app: App<'_>, lang: Lang, id: String) -> CommandResult<EventDetail> {
    blocking(&app, move |c| c.get_event(lang, &id)).await
}

#[tauri::command]
pub async fn list_figures(app: App<'_>, lang: Lang) -> CommandResult<Vec<FigureSummary>> {
    blocking(&app, move |c| c.list_figures(lang)).await
}

#[tauri::command]
pub async fn get_figure(app: App<'_>, lang: Lang, id: String) -> CommandResult<FigureDetail> {
    blocking(&app, move |c| c.get_figure(lang, &id)).await
}

#[tauri::command]
pub async fn list_terms(app: App<'_>, lang: Lang) -> CommandResult<Vec<Term>> {
    blocking(&app, move |c| c.list_terms(lang)).await
}

#[tauri::command]
pub async fn get_term(app: App<'_>, lang: Lang, id: String) -> CommandResult<Term> {
    blocking(&app, move |c| c.get_term(lang, &id)).await
}

#[tauri::command]
pub async fn get_perspective(app: App<'_>, lang: Lang, id: String) -> CommandResult<Perspective> {
    blocking(&app, move |c| c.get_perspective(lang, &id)).await
}

#[tauri::command]
pub async fn get_source(app: App<'_>, id: String) -> CommandResult<Source> {
    blocking(&app, move |c| c.get_source(&id)).await
}

#[tauri::command]
pub async fn start_quiz(app: App<'_>, lang: Lang, chapter_id: String) -> CommandResult<Quiz> {
    blocking(&app, move |c| c.start_quiz(lang, &chapter_id)).await
}

#[tauri::command]
pub async fn answer_question(
    app: App<'_>,
    lang: Lang,
    attempt_id: i64,
    question_id: String,
    response: QuizResponse,
) -> CommandResult<Feedback> {
    blocking(&app, move |c| c.answer_question(lang, attempt_id, &question_id, &response)).await
}

#[tauri::command]
pub async fn finish_quiz(app: App<'_>, lang: Lang, attempt_id: i64) -> CommandResult<QuizResult> {
    blocking(&app, move |c| c.finish_quiz(lang, attempt_id)).await
}
