//! Benchmarks of what the app does on the real corpus: compiling `data/`, and the queries behind
//! the first screen, the timeline, a chapter and a quiz. Run with `cargo bench -p cronica-core`.

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

criterion_group!(benches, compile, queries);
criterion_main!(benches);
