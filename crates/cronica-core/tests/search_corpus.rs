//! Search on the real corpus in `data/`, through the same call the app makes: the plebiscite comes
//! first for "plebiscito 1988", names typed without accents or apostrophes are found, every result
//! opens on a screen that exists, and a typo is offered the title it meant.

use std::path::Path;

use cronica_core::base::{SearchKind, TargetScreen};
use cronica_core::content::check_content;
use cronica_core::search::{SearchHit, SearchResults};
use cronica_core::{ContentDb, Cronica, Lang, UserDb};

fn corpus() -> Cronica {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let report = check_content(&data).expect("data/ loads");
    assert!(!report.has_errors(), "data/ has errors");
    Cronica::new(ContentDb::from_content(&report.content).expect("compiles"), UserDb::open_in_memory().expect("user db"), Vec::new())
}

fn hits(results: &SearchResults) -> impl Iterator<Item = &SearchHit> {
    results.groups.iter().flat_map(|g| &g.hits)
}

fn text(segments: &[cronica_core::search::Segment]) -> String {
    segments.iter().map(|s| s.text.as_str()).collect()
}

fn describe(results: &SearchResults) -> String {
    hits(results).map(|h| format!("{} {} «{}»", h.kind.as_str(), h.id, text(&h.title))).collect::<Vec<_>>().join("\n")
}

#[test]
fn the_plebiscite_comes_first_for_plebiscito_1988() {
    let app = corpus();
    for (lang, query) in [(Lang::Es, "plebiscito 1988"), (Lang::En, "plebiscite 1988")] {
        let results = app.search(lang, query).unwrap();
        let first = hits(&results).next().expect("results");
        assert_eq!((first.kind, first.id.as_str()), (SearchKind::Event, "plebiscito-1988"), "{lang}:\n{}", describe(&results));
    }
}

#[test]
fn names_are_found_without_accents_or_apostrophes() {
    let app = corpus();
    for lang in Lang::ALL {
        for (query, written) in [("pinera", "Piñera"), ("concertacion", "Concertación"), ("ohiggins", "O'Higgins")] {
            let results = app.search(lang, query).unwrap();
            let first = hits(&results).next().unwrap_or_else(|| panic!("{lang}: nothing for {query}"));
            let highlighted: Vec<&str> =
                first.title.iter().chain(&first.snippet).filter(|s| s.highlighted).map(|s| s.text.as_str()).collect();
            assert!(
                highlighted.iter().any(|h| h.replace('’', "'").starts_with(written)),
                "{lang} {query}: {highlighted:?} in\n{}",
                describe(&results)
            );
        }
    }
    let pinera = app.search(Lang::Es, "pinera").unwrap();
    assert!(hits(&pinera).any(|h| h.kind == SearchKind::Figure && h.id == "sebastian-pinera"), "{}", describe(&pinera));
}

#[test]
fn every_result_opens_on_a_screen_that_exists() {
    let app = corpus();
    for lang in Lang::ALL {
        for query in ["allende", "constitución", "derechos humanos", "estallido", "boric", "1973", "ley"] {
            let results = app.search(lang, query).unwrap();
            assert!(!results.groups.is_empty(), "{lang}: nothing for {query}");
            for hit in hits(&results) {
                let target = &hit.opens;
                let opened = match target.screen {
                    TargetScreen::Chapter => app.get_chapter(lang, &target.id).map(|c| {
                        let section = target.section.as_deref();
                        assert!(section.is_none_or(|s| c.sections.iter().any(|x| x.id == s)), "{target:?}");
                    }),
                    TargetScreen::Event => app.get_event(lang, &target.id).map(drop),
                    TargetScreen::Figure => app.get_figure(lang, &target.id).map(drop),
                    TargetScreen::Term => app.get_term(lang, &target.id).map(drop),
                    TargetScreen::Perspective => app.get_perspective(lang, &target.id).map(drop),
                    TargetScreen::Quiz => app.get_chapter(lang, &target.id).map(drop),
                };
                assert!(opened.is_ok(), "{lang} {query}: {target:?}");
                assert!(!text(&hit.title).is_empty());
            }
        }
    }
}

#[test]
fn a_typo_is_offered_the_title_it_meant() {
    let app = corpus();
    let results = app.search(Lang::Es, "pinoshet").unwrap();
    assert!(results.groups.is_empty());
    assert!(results.suggestions.iter().any(|s| s.title.contains("Pinochet")), "{:?}", results.suggestions);
}
