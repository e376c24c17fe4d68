//! Election results in the content: `cronica check` refuses shares that do not add up, unknown
//! sources and events, and missing labels (each error naming file, line and field); the compiled
//! database gives them back in date order with their sources and the sections that discuss them.

mod common;

use common::{copy_dir, fixture};
use cronica_core::base::Lang;
use cronica_core::content::check_content;
use cronica_core::elections::ElectionKind;
use cronica_core::{Cronica, ContentDb, UserDb};

const FILE: &str = "elections/1970.toml";

/// The fixture with `elections/1970.toml` edited by replacing `from` with `to`; the error lines.
fn errors_after(from: &str, to: &str) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    copy_dir(&fixture(), &data);
    let path = data.join(FILE);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "fixture lacks {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    check_content(&data).unwrap().errors().map(|d| d.to_string()).collect()
}

#[test]
fn shares_must_add_up_to_100() {
    // Without votes (so only the sum is checked), Tomic's 28.11 → 27.11 leaves 98.99 %.
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    copy_dir(&fixture(), &data);
    let path = data.join(FILE);
    let text = std::fs::read_to_string(&path).unwrap().replace("votes = ", "# votes = ").replacen("share = 28.11", "share = 27.11", 1);
    std::fs::write(&path, text).unwrap();
    let errors: Vec<String> = check_content(&data).unwrap().errors().map(|d| d.to_string()).collect();
    assert_eq!(
        errors,
        vec!["data/elections/1970.toml:11: election[0].ballot[0].option: the options' shares add up to 98.99 %, not 100 % (±0.1)"]
    );
}

#[test]
fn rounding_within_a_tenth_is_accepted() {
    // 36.61 + 35.27 + 28.11 = 99.99: the published shares, accepted as they are.
    let report = check_content(&fixture()).unwrap();
    assert!(!report.has_errors(), "{:?}", report.diagnostics);
    assert_eq!(report.content.elections.len(), 1);
}

#[test]
fn a_share_must_match_its_votes() {
    let errors = errors_after("share = 36.61\nvotes = 1070334", "share = 36.61\nvotes = 1170334");
    assert_eq!(errors.len(), 3, "{errors:?}");
    assert_eq!(
        errors[0],
        "data/elections/1970.toml:18: election[0].ballot[0].option[0].share: share 36.61 does not match its votes: 1170334 of 3023294 valid votes is 38.71 %"
    );
}

#[test]
fn unknown_source_and_event() {
    let errors = errors_after("sources = [\"fixture-press\"]", "sources = [\"fixture-pres\"]");
    assert_eq!(errors, vec!["data/elections/1970.toml:9: election[0].sources[0]: unknown source 'fixture-pres'"]);
    let errors = errors_after("event = \"eleccion-1970\"", "event = \"eleccion-1971\"");
    assert_eq!(errors, vec!["data/elections/1970.toml:3: election[0].event: unknown event 'eleccion-1971'"]);
}

#[test]
fn missing_label_and_share() {
    let errors = errors_after("label.en = \"Jorge Alessandri\"\n", "");
    assert_eq!(errors, vec!["data/elections/1970.toml:22: election[0].ballot[0].option[1].label.en: missing required field"]);
    let errors = errors_after("share = 28.11\n", "");
    assert_eq!(
        errors,
        vec!["data/elections/1970.toml:27: election[0].ballot[0].option[2].share: missing required field (the percentage of valid votes)"]
    );
    let errors = errors_after("share = 28.11", "share = 128.11");
    assert_eq!(errors[0], "data/elections/1970.toml:30: election[0].ballot[0].option[2].share: 128.11 is not a percentage between 0 and 100");
}

#[test]
fn unknown_kind_is_refused() {
    let errors = errors_after("kind = \"presidential\"", "kind = \"municipal\"");
    assert_eq!(errors, vec!["data/elections/1970.toml:4: election[0].kind: 'municipal' is not one of presidential, plebiscite"]);
}

#[test]
fn compiled_elections_come_back_with_sources_and_mentions() {
    let report = check_content(&fixture()).unwrap();
    let app = Cronica::new(ContentDb::from_content(&report.content).unwrap(), UserDb::open_in_memory().unwrap(), Vec::new());
    let all = app.list_elections(Lang::En, None).unwrap();
    assert_eq!(all.len(), 1);
    let e = &all[0];
    assert_eq!((e.id.as_str(), e.kind, e.title.as_str()), ("presidencial-1970", ElectionKind::Presidential, "1970 presidential election"));
    assert_eq!(e.event.as_str(), "eleccion-1970");
    assert_eq!(e.date.to_string(), "1970-09-04");
    assert_eq!(e.note.as_deref(), Some("No one won an absolute majority."));
    let options: Vec<(&str, f64, Option<i64>)> = e.ballots[0].options.iter().map(|o| (o.label.as_str(), o.share, o.votes)).collect();
    assert_eq!(
        options,
        vec![("Salvador Allende", 36.61, Some(1070334)), ("Jorge Alessandri", 35.27, Some(1031159)), ("Radomiro Tomic", 28.11, Some(821801))]
    );
    assert_eq!(e.sources.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(), vec!["fixture-press"]);
    let mentions: Vec<(&str, &str)> = e.mentions.iter().map(|m| (m.chapter.as_str(), m.section.as_str())).collect();
    assert_eq!(mentions, vec![("unidad-popular", "eleccion")]);
    let es = app.list_elections(Lang::Es, Some("eleccion-1970")).unwrap();
    assert_eq!(es[0].ballots[0].title, "Presidente de la República");
    assert!(app.list_elections(Lang::Es, Some("golpe-1973")).unwrap().is_empty());
    assert!(app.list_elections(Lang::Es, Some("no-such-event")).is_err());
}

#[test]
fn presidencies_come_from_the_figures_roles() {
    let report = check_content(&fixture()).unwrap();
    let app = Cronica::new(ContentDb::from_content(&report.content).unwrap(), UserDb::open_in_memory().unwrap(), Vec::new());
    let terms = app.list_presidencies().unwrap();
    let names: Vec<(String, String)> = terms.iter().map(|p| (p.figure.id.clone(), p.start.to_string())).collect();
    assert!(names.contains(&("salvador-allende".to_string(), "1970-11-03".to_string())), "{names:?}");
    assert!(terms.windows(2).all(|w| w[0].start.first_day() <= w[1].start.first_day()));
}

#[test]
fn the_corpus_charts_every_election_the_chapters_discuss() {
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let report = check_content(&data).expect("data/ loads");
    let errors: Vec<String> = report.errors().map(|d| d.to_string()).collect();
    assert!(errors.is_empty(), "data/ has errors:\n{}", errors.join("\n"));
    let app = Cronica::new(ContentDb::from_content(&report.content).unwrap(), UserDb::open_in_memory().unwrap(), Vec::new());
    let elections = app.list_elections(Lang::Es, None).unwrap();
    let years: Vec<String> = elections.iter().map(|e| e.date.to_string()).collect();
    assert_eq!(years, ["1970-09-04", "1988-10-05", "1989-12-14", "2020-10-25", "2022-09-04", "2023-12-17", "2025-11-16", "2025-12-14"]);
    for e in &elections {
        assert!(!e.mentions.is_empty(), "no chapter links the event of {}", e.id);
        assert!(!e.sources.is_empty(), "{} cites no source", e.id);
    }
    let plebiscite = &elections[1].ballots[0].options;
    let shares: Vec<(&str, f64)> = plebiscite.iter().map(|o| (o.label.as_str(), o.share)).collect();
    assert_eq!(shares, vec![("No", 55.99), ("Sí", 44.01)]);
    assert_eq!(elections[3].ballots.len(), 2, "2020 had two ballots");
    // The band of who governed: Allende, then (after the Junta's first year) Pinochet, then Aylwin.
    let terms = app.list_presidencies().unwrap();
    let order: Vec<&str> = terms.iter().map(|p| p.figure.id.as_str()).collect();
    let at = |id: &str| order.iter().position(|x| *x == id).unwrap_or_else(|| panic!("{id} missing from {order:?}"));
    assert!(at("salvador-allende") < at("augusto-pinochet") && at("augusto-pinochet") < at("patricio-aylwin"));
}
