//! Every practice question compiled from the real `data/` is proved against the data it names:
//! each answer is recomputed here from the loaded model, independently of the generators.

use std::collections::HashMap;
use std::path::Path;

use crate::base::{HistDate, StoredAnswer};
use crate::content::check_content;
use crate::content::model::{Content, Event, Figure};
use crate::storage::ContentDb;

struct Row {
    id: String,
    chapter: String,
    generator: String,
    answer: StoredAnswer,
    prompt: (String, String),
    explanation: (String, String),
    events: Vec<String>,
    figures: Vec<String>,
    sources: Vec<String>,
}

fn rows(db: &ContentDb) -> Vec<Row> {
    let mut stmt = db
        .conn
        .prepare("SELECT id, chapter_id, generator, answer, prompt_es, prompt_en, explanation_es, explanation_en FROM questions WHERE origin = 'generated' ORDER BY ord")
        .unwrap();
    let refs = |id: &str, kind: &str| -> Vec<String> {
        let mut s = db.conn.prepare("SELECT target_id FROM question_refs WHERE question_id = ?1 AND kind = ?2 ORDER BY rowid").unwrap();
        s.query_map([id, kind], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
    };
    let sources = |id: &str| -> Vec<String> {
        let json: String = db.conn.query_row("SELECT sources FROM questions WHERE id = ?1", [id], |r| r.get(0)).unwrap();
        serde_json::from_str(&json).unwrap()
    };
    let mut rows: Vec<Row> = stmt
        .query_map([], |r| {
            let answer: String = r.get(3)?;
            Ok(Row {
                id: r.get(0)?,
                chapter: r.get(1)?,
                generator: r.get(2)?,
                answer: serde_json::from_str(&answer).unwrap(),
                prompt: (r.get(4)?, r.get(5)?),
                explanation: (r.get(6)?, r.get(7)?),
                events: Vec::new(),
                figures: Vec::new(),
                sources: Vec::new(),
            })
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for row in &mut rows {
        row.events = refs(&row.id, "event");
        row.figures = refs(&row.id, "figure");
        row.sources = sources(&row.id);
    }
    rows
}

/// First and last day an event can mean, its end included.
fn days(e: &Event) -> (i64, i64) {
    let last = e.end.as_ref().map_or(e.date.value.last_day(), |end| end.value.last_day().max(e.date.value.last_day()));
    (e.date.value.first_day(), last)
}

fn office_of(title_en: &str) -> String {
    let bare = match title_en.rfind(" (") {
        Some(i) if title_en.ends_with(')') => &title_en[..i],
        _ => title_en,
    };
    let words: Vec<String> =
        bare.to_lowercase().split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect();
    words.join("-")
}

fn file_chapter(e: &Event) -> String {
    Path::new(&*e.id.loc.file).file_stem().unwrap().to_str().unwrap().to_string()
}

fn has_year(text: &str) -> bool {
    (1000..=2999).any(|y| {
        let y = y.to_string();
        text.match_indices(&y).any(|(i, _)| {
            let b = text.as_bytes();
            (i == 0 || !b[i - 1].is_ascii_digit()) && b.get(i + 4).is_none_or(|c| !c.is_ascii_digit())
        })
    })
}

fn check_first(row: &Row, ev: &HashMap<&str, &Event>) {
    let [a, b] = [ev[row.events[0].as_str()], ev[row.events[1].as_str()]];
    let StoredAnswer::MultipleChoice { options, answer } = &row.answer else { panic!("{}: not multiple choice", row.id) };
    assert_eq!(options.len(), 2, "{}", row.id);
    let right = &options[*answer];
    let (earlier, later) = if right.es == a.title.es { (a, b) } else { (b, a) };
    assert_eq!(right, &earlier.title, "{}: the right option is one of its events", row.id);
    let gap = days(later).0 - days(earlier).1;
    assert!(gap >= 31, "{}: only {gap} days between the latest possible date of one and the earliest of the other", row.id);
    assert_eq!(file_chapter(a), row.chapter, "{}", row.id);
    assert_eq!(file_chapter(b), row.chapter, "{}", row.id);
    for e in [a, b] {
        assert!(!has_year(&e.title.es) && !has_year(&e.title.en), "{}: a title names a year", row.id);
    }
}

fn check_office(row: &Row, ev: &HashMap<&str, &Event>, figures: &[Figure]) {
    let e = ev[row.events[0].as_str()];
    let (first, last) = days(e);
    let office = row.id.strip_prefix("gen-office-").and_then(|r| r.strip_suffix(&format!("-{}", e.id.value))).expect("office id");
    let StoredAnswer::MultipleChoice { options, answer } = &row.answer else { panic!("{}: not multiple choice", row.id) };
    assert!(options.len() >= 2, "{}", row.id);
    let by_name = |name: &str| figures.iter().find(|f| f.display_name.value == name).unwrap_or_else(|| panic!("{}: option {name} is no figure", row.id));
    let holder = by_name(&options[*answer].es);
    let mut holders_then = Vec::new();
    let mut option_ids: Vec<String> = options.iter().map(|o| by_name(&o.es).id.value.clone()).collect();
    for f in figures {
        for r in f.roles.iter().filter(|r| office_of(&r.title.en) == office) {
            let start: Option<HistDate> = r.start.as_ref().map(|d| d.value);
            let end: Option<HistDate> = r.end.as_ref().map(|d| d.value);
            let surely_in = matches!((start, end), (Some(s), Some(en)) if s.last_day() < first && last < en.first_day());
            let surely_out = end.is_some_and(|en| en.last_day() < first) || start.is_some_and(|s| s.first_day() > last);
            if surely_in {
                holders_then.push(f.id.value.clone());
            } else {
                assert!(surely_out || f.id.value == holder.id.value, "{}: {} may have held the office then", row.id, f.id.value);
            }
        }
    }
    assert_eq!(holders_then, vec![holder.id.value.clone()], "{}: exactly the answer held the office throughout the event", row.id);
    option_ids.sort();
    assert_eq!(row.figures, option_ids, "{}: it names its options as the figures it comes from", row.id);
    assert!(!office.contains("candidate"), "{}: a candidacy is not an office", row.id);
}

fn check_year(row: &Row, ev: &HashMap<&str, &Event>) {
    let e = ev[row.events[0].as_str()];
    let year = e.date.value.year;
    assert!(e.end.as_ref().is_none_or(|end| end.value.year == year), "{}: the event spans years", row.id);
    assert_eq!(row.answer, StoredAnswer::Year { answer: i64::from(year) }, "{}", row.id);
    assert!(!has_year(&e.title.es) && !has_year(&e.title.en), "{}: the title gives the year away", row.id);
}

fn expected_sources(row: &Row, ev: &HashMap<&str, &Event>, figures: &[Figure]) -> Vec<String> {
    let mut lists: Vec<&[crate::content::model::Id]> = row.events.iter().map(|id| ev[id.as_str()].sources.as_slice()).collect();
    if row.generator == "office" {
        let StoredAnswer::MultipleChoice { options, answer } = &row.answer else { unreachable!() };
        let holder = figures.iter().find(|f| f.display_name.value == options[*answer].es).unwrap();
        lists.push(&holder.sources);
        lists.extend(figures.iter().filter(|f| f.id.value != holder.id.value && row.figures.contains(&f.id.value)).map(|f| f.sources.as_slice()));
    }
    let mut all: Vec<String> = lists.into_iter().flatten().map(|s| s.value.clone()).collect();
    let mut seen = std::collections::HashSet::new();
    all.retain(|s| seen.insert(s.clone()));
    all
}

#[test]
fn every_generated_question_is_proved_by_the_data() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let report = check_content(&data).unwrap();
    assert!(!report.has_errors());
    let content: &Content = &report.content;
    let db = ContentDb::from_content(content).unwrap();
    let rows = rows(&db);
    let ev: HashMap<&str, &Event> = content.events.iter().map(|e| (e.id.value.as_str(), e)).collect();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for row in &rows {
        *counts.entry(row.generator.as_str()).or_default() += 1;
        assert!(row.id.len() <= 100, "{}", row.id);
        match row.generator.as_str() {
            "first" => check_first(row, &ev),
            "office" => check_office(row, &ev, &content.figures),
            "year" => check_year(row, &ev),
            other => panic!("{}: generator {other}", row.id),
        }
        // It names the events it came from, in both languages, and cites exactly their sources.
        for id in &row.events {
            let e = ev[id.as_str()];
            assert!(row.explanation.0.contains(&format!("«{}»", e.title.es)), "{}: {}", row.id, row.explanation.0);
            assert!(row.explanation.1.contains(&format!("“{}”", e.title.en)), "{}: {}", row.id, row.explanation.1);
        }
        assert!(row.explanation.0.contains("Pregunta generada a partir") && row.explanation.1.contains("Question generated from"), "{}", row.id);
        assert!(!row.prompt.0.is_empty() && !row.prompt.1.is_empty());
        let (mut cited, mut expected) = (row.sources.clone(), expected_sources(row, &ev, &content.figures));
        assert_eq!(cited[..ev[row.events[0].as_str()].sources.len()], expected[..ev[row.events[0].as_str()].sources.len()], "{}: its event's sources first", row.id);
        cited.sort();
        expected.sort();
        assert_eq!(cited, expected, "{}", row.id);
    }
    assert!(rows.len() >= 300, "only {} generated questions", rows.len());
    for generator in ["first", "office", "year"] {
        assert!(counts.get(generator).copied().unwrap_or(0) >= 50, "{generator}: {counts:?}");
    }
    // Deterministic: compiling again gives the same questions, ids and all.
    let again = rows_ids(&ContentDb::from_content(content).unwrap());
    assert_eq!(again, rows.iter().map(|r| r.id.clone()).collect::<Vec<_>>());
}

fn rows_ids(db: &ContentDb) -> Vec<String> {
    rows(db).into_iter().map(|r| r.id).collect()
}
