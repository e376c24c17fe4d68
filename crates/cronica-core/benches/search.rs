//! Search benchmarks: 200 mixed queries (one word, two words, prefixes as typed, accented and
//! unaccented, both languages, hostile text, and searches that find nothing and fall back to the
//! closest titles) over the real corpus and over a synthetic corpus 100 times larger that this
//! file builds itself (the real one copied under fresh ids). Criterion times the whole batch; the
//! p50/p99/max of single queries are printed before it. Run with
//! `cargo bench -p cronica-core --bench search`.

use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use cronica_core::{ContentDb, Lang};

mod corpus;
use corpus::{real_content, synthetic};

/// How many times every query runs for the percentiles.
const ROUNDS: usize = 10;
/// How many times larger the synthetic corpus is.
const COPIES: usize = 100;

/// 200 queries, as a reader types them: Spanish and English, one and two words, prefixes of
/// growing length, with and without accents and apostrophes, hostile text, and misses.
fn mixed_queries() -> Vec<(Lang, String)> {
    let es_words = [
        "allende", "Allende", "pinochet", "concertación", "concertacion", "constitución", "constitucion", "piñera", "pinera",
        "bachelet", "boric", "kast", "estallido", "plebiscito", "golpe", "dictadura", "transición", "transicion", "derechos",
        "represión", "represion", "economía", "economia", "cobre", "nacionalización", "nacionalizacion", "elección", "eleccion",
        "ohiggins", "o'higgins", "O’Higgins", "chile", "1973", "1988", "2019", "senado", "congreso", "ejército", "ejercito",
        "carabineros", "dina", "tortura", "memoria", "agraria", "aylwin", "lagos", "frei", "guzmán", "jarpa", "leigh",
    ];
    let en_words = [
        "coup", "dictatorship", "transition", "plebiscite", "constitution", "copper", "uprising", "human", "rights", "election",
        "Piñera", "pinera", "Concertación", "ohiggins", "army", "torture", "memory", "reform", "president", "congress",
    ];
    let es_pairs = [
        "plebiscito 1988", "golpe de estado", "unidad popular", "derechos humanos", "reforma agraria", "estallido social",
        "convención constitucional", "comision rettig", "comisión valech", "villa grimaldi", "estadio nacional", "operación cóndor",
        "chicago boys", "partido socialista", "democracia cristiana", "fuerzas armadas", "eleccion presidencial", "salvador allende",
        "michelle bachelet", "gabriel boric", "jose antonio kast", "segunda vuelta", "acusación constitucional", "ley de amnistía",
        "caso degollados", "frente patriótico", "crisis económica", "paro de octubre", "tanquetazo 1973", "acuerdo de paz",
    ];
    let en_pairs = [
        "plebiscite 1988", "military coup", "popular unity", "human rights", "agrarian reform", "social uprising",
        "constitutional convention", "truth commission", "national stadium", "chicago boys",
    ];
    let misses = [
        "zzqx", "xylofono", "pinoshet", "consitucion", "qwerty asdf", "kubernetes", "blockchain", "marciano", "zapatófono",
        "alende", "bachelette", "konzertacion", "plebicito", "dictadora xyz", "estayido", "transision", "ohigins", "wxyz 1234",
        "unicornio azul", "pokemon",
    ];
    let hostile = ["\"golpe", "golpe OR allende", "(estado", "NEAR(a b)", "title:golpe", "-golpe*", "^chile", "'; DROP TABLE x; --", "***", "{body}: x"];
    let mut queries: Vec<(Lang, String)> = Vec::new();
    queries.extend(es_words.iter().map(|w| (Lang::Es, w.to_string())));
    queries.extend(en_words.iter().map(|w| (Lang::En, w.to_string())));
    queries.extend(es_pairs.iter().map(|w| (Lang::Es, w.to_string())));
    queries.extend(en_pairs.iter().map(|w| (Lang::En, w.to_string())));
    queries.extend(misses.iter().map(|w| (Lang::Es, w.to_string())));
    queries.extend(hostile.iter().map(|w| (Lang::Es, w.to_string())));
    // Prefixes as they are typed: "co", "con", "conc", … of the longer words.
    let typed: Vec<(Lang, String)> = es_words
        .iter()
        .filter(|w| w.chars().count() >= 7)
        .flat_map(|w| (2..=5).map(move |n| (Lang::Es, w.chars().take(n).collect::<String>())))
        .collect();
    queries.extend(typed.into_iter().take(200 - queries.len()));
    assert_eq!(queries.len(), 200, "the batch is 200 queries");
    queries
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1]
}

/// Times every query alone, `ROUNDS` times, and prints the percentiles.
fn report_percentiles(name: &str, db: &ContentDb, queries: &[(Lang, String)]) {
    for (lang, query) in queries {
        db.search(*lang, query).expect("warm-up");
    }
    let mut times = Vec::with_capacity(queries.len() * ROUNDS);
    let mut slowest = (Duration::ZERO, String::new());
    for _ in 0..ROUNDS {
        for (lang, query) in queries {
            let start = Instant::now();
            let results = db.search(*lang, query).expect("search");
            let took = start.elapsed();
            std::hint::black_box(results);
            if took > slowest.0 {
                slowest = (took, format!("{lang}: {query}"));
            }
            times.push(took);
        }
    }
    times.sort();
    println!(
        "{name}: {} single queries: p50 {:?}, p99 {:?}, max {:?} (slowest: {})",
        times.len(),
        percentile(&times, 0.50),
        percentile(&times, 0.99),
        slowest.0,
        slowest.1
    );
}

fn search(c: &mut Criterion) {
    let queries = mixed_queries();
    let real = real_content();

    let db = ContentDb::from_content(&real).expect("compiles");
    report_percentiles("real corpus", &db, &queries);
    c.bench_function("search: 200 mixed queries, real corpus", |b| {
        b.iter(|| queries.iter().map(|(lang, q)| db.search(*lang, q).expect("search").groups.len()).sum::<usize>())
    });

    let big = synthetic(&real, COPIES);
    let start = Instant::now();
    let big_db = ContentDb::from_content(&big).expect("compiles");
    println!(
        "synthetic corpus, {COPIES}× the real one ({} events, {} sections, {} questions, {} sources), compiled in {:?}",
        big.events.len(),
        big.chapters.iter().map(|c| c.sections.len()).sum::<usize>(),
        big.questions.len(),
        big.sources.len(),
        start.elapsed()
    );
    report_percentiles(&format!("synthetic corpus {COPIES}×"), &big_db, &queries);
    let mut group = c.benchmark_group("search, synthetic corpus");
    group.sample_size(10);
    group.bench_function(format!("200 mixed queries, {COPIES}× corpus"), |b| {
        b.iter(|| queries.iter().map(|(lang, q)| big_db.search(*lang, q).expect("search").groups.len()).sum::<usize>())
    });
    group.finish();
}

criterion_group!(benches, search);
criterion_main!(benches);
