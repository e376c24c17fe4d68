//! Review queue benchmarks: a learner with 10,000 answered questions (one review card each) over
//! a content 22 times the real one (about 10,400 questions), in a user database on disk that this
//! file builds itself. Timed: what is due today, grouped by chapter (`review_summary`, the Review
//! screen's and Home's call) and starting a review session (`start_review`), with a fifth of the
//! cards due and with all of them due. The p50/p99/max of single calls are printed before
//! criterion's figures. Run with `cargo bench -p cronica-core --bench review`.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use cronica_core::base::{FixedClock, Timestamp};
use cronica_core::{ContentDb, Cronica, Lang, UserDb};

mod corpus;
use corpus::{real_content, synthetic};

const CARDS: usize = 10_000;
const COPIES: usize = 22;
const ROUNDS: usize = 200;
const DAY_MS: i64 = 24 * 60 * 60 * 1000;
/// Noon UTC, 3 December 2026: "now" for every call.
const NOW_MS: i64 = 1_796_299_200_000;

/// A user database at `path` with a card for each of `question_ids`; every `due_every`-th card is
/// overdue (by up to a month), the others due within the next three months.
fn user_db_with_cards(path: &Path, question_ids: &[String], due_every: usize) {
    drop(UserDb::open(path).expect("user database"));
    let mut conn = rusqlite::Connection::open(path).expect("open");
    let tx = conn.transaction().expect("transaction");
    {
        let mut insert = tx
            .prepare("INSERT INTO review_cards (question_id, stability, difficulty, due_at, last_review_at, reviews, lapses) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
            .expect("prepare");
        let stamp = |ms: i64| Timestamp::from_millis(ms).to_string();
        for (i, id) in question_ids.iter().enumerate() {
            let i = i as i64;
            let due =
                if (i as usize).is_multiple_of(due_every) { NOW_MS - (i % 30) * DAY_MS - i } else { NOW_MS + (1 + i % 90) * DAY_MS + i };
            insert
                .execute(rusqlite::params![
                    id,
                    2.0 + (i % 50) as f64,
                    1.0 + (i % 9) as f64,
                    stamp(due),
                    stamp(due - 3 * DAY_MS),
                    1 + i % 7,
                    i % 3
                ])
                .expect("insert");
        }
    }
    tx.commit().expect("commit");
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1]
}

fn report(name: &str, mut call: impl FnMut()) {
    call();
    let mut times: Vec<Duration> = (0..ROUNDS)
        .map(|_| {
            let start = Instant::now();
            call();
            start.elapsed()
        })
        .collect();
    times.sort();
    println!(
        "{name}: {ROUNDS} calls: p50 {:?}, p99 {:?}, max {:?}",
        percentile(&times, 0.5),
        percentile(&times, 0.99),
        times[times.len() - 1]
    );
}

fn review(c: &mut Criterion) {
    let content = synthetic(&real_content(), COPIES);
    let ids: Vec<String> = content.questions.iter().take(CARDS).map(|q| q.id.value.clone()).collect();
    assert_eq!(ids.len(), CARDS, "the synthetic content has enough questions");
    let dir = tempfile::tempdir().expect("temp dir");
    let clock = Arc::new(FixedClock::new(Timestamp::from_millis(NOW_MS)));
    for (label, due_every) in [("2,000 of 10,000 due", 5), ("all 10,000 due", 1)] {
        let path = dir.path().join(format!("user-{due_every}.db"));
        user_db_with_cards(&path, &ids, due_every);
        let app = Cronica::new(ContentDb::from_content(&content).expect("compiles"), UserDb::open(&path).expect("open").db, Vec::new())
            .with_clock(clock.clone());
        let summary = app.review_summary(Lang::Es, -180).expect("summary");
        println!("{label}: {} due today in {} chapters", summary.due, summary.chapters.len());
        report(&format!("review_summary, {label}"), || {
            std::hint::black_box(app.review_summary(Lang::Es, -180).expect("summary"));
        });
        report(&format!("start_review, {label}"), || {
            std::hint::black_box(app.start_review(Lang::Es, -180).expect("start"));
        });
        let mut group = c.benchmark_group(format!("review queue, {label}"));
        group.bench_function("review_summary", |b| b.iter(|| app.review_summary(Lang::Es, -180).expect("summary").due));
        group.bench_function("start_review", |b| b.iter(|| app.start_review(Lang::Es, -180).expect("start").questions.len()));
        group.finish();
    }
}

criterion_group!(benches, review);
criterion_main!(benches);
