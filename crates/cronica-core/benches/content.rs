//! Benchmarks of what the app does on the real corpus: compiling `data/`, opening the databases
//! as the app starts (a first run, with no user database yet), and the queries behind the first
//! screen, the timeline, a chapter and a quiz. Run with `cargo bench -p cronica-core --bench content`.

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use cronica_core::content::check_content;
use cronica_core::events::EventFilter;
use cronica_core::quiz::QuizOptions;
use cronica_core::{ContentDb, Cronica, Lang, UserDb};

fn data_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data"))
}

fn app() -> Cronica {
    let report = check_content(data_dir()).expect("data/ loads");
    assert!(!report.has_errors(), "data/ must be valid to benchmark it");
    Cronica::new(ContentDb::from_content(&report.content).expect("compiles"), UserDb::open_in_memory().expect("user db"), Vec::new())
}

fn compile(c: &mut Criterion) {
    c.bench_function("check data/ (read + validate)", |b| b.iter(|| check_content(data_dir()).expect("loads")));
    let report = check_content(data_dir()).expect("loads");
    c.bench_function("generate practice questions", |b| b.iter(|| cronica_core::content::practice::generate(&report.content)));
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("content.db");
    c.bench_function("compile data/ to content.db", |b| b.iter(|| cronica_core::compile_content(data_dir(), &out).expect("compiles")));
}

fn queries(c: &mut Criterion) {
    let app = app();
    c.bench_function("home (first screen)", |b| b.iter(|| app.home(Lang::Es).expect("home")));
    c.bench_function("timeline, all events", |b| b.iter(|| app.list_events(Lang::Es, &EventFilter::default()).expect("events")));
    let pinochet = EventFilter { era: None, figure: Some("augusto-pinochet".into()) };
    c.bench_function("timeline, one figure", |b| b.iter(|| app.list_events(Lang::En, &pinochet).expect("events")));
    c.bench_function("open a chapter", |b| b.iter(|| app.get_chapter(Lang::Es, "golpe-1973").expect("chapter")));
    c.bench_function("figure page", |b| b.iter(|| app.get_figure(Lang::Es, "augusto-pinochet").expect("figure")));
    c.bench_function("start a quiz", |b| b.iter(|| app.start_quiz(Lang::Es, &QuizOptions::chapter("unidad-popular")).expect("quiz")));
}

/// What the desktop app does before its first screen can draw: open the compiled content and a
/// user database that does not exist yet (created and migrated), then answer Home's three calls.
fn start_up(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let content_db = dir.path().join("content.db");
    cronica_core::compile_content(data_dir(), &content_db).expect("compiles");
    let mut run = 0;
    let mut fresh_user_db = || {
        run += 1;
        let path = dir.path().join(format!("user-{run}.db"));
        let _ = std::fs::remove_file(&path);
        path
    };
    c.bench_function("open content (checked page by page)", |b| b.iter(|| ContentDb::open(&content_db).expect("opens")));
    c.bench_function("open a new user database (created, migrated)", |b| b.iter(|| UserDb::open(&fresh_user_db()).expect("opens")));
    let existing = fresh_user_db();
    drop(UserDb::open(&existing).expect("creates"));
    c.bench_function("open an existing user database", |b| b.iter(|| UserDb::open(&existing).expect("opens")));
    c.bench_function("open content + new user database", |b| {
        b.iter(|| Cronica::open(&content_db, &fresh_user_db()).expect("opens"))
    });
    c.bench_function("open, then Home's calls (home, chapters, review)", |b| {
        b.iter(|| {
            let app = Cronica::open(&content_db, &fresh_user_db()).expect("opens");
            app.home(Lang::Es).expect("home");
            app.list_chapters(Lang::Es).expect("chapters");
            app.review_summary(Lang::Es, 0).expect("review");
        })
    });
}

criterion_group!(benches, compile, start_up, queries);
criterion_main!(benches);
