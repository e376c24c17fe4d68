//! The content compiler on the test fixture and on broken copies of it: every error must name
//! the file, the line and the field.

mod common;

use common::{copy_dir, fixture};
use cronica_core::content::check_content;
use cronica_core::{ContentDb, Error, compile_content};

/// Copies the fixture to `dir/data`, applies `edit` to one file, and returns the error lines.
fn errors_after(file: &str, edit: impl FnOnce(String) -> String) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    copy_dir(&fixture(), &data);
    let path = data.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let edited = edit(text.clone());
    assert_ne!(edited, text, "the edit must change {file}");
    std::fs::write(&path, edited).unwrap();
    let report = check_content(&data).unwrap();
    report.errors().map(|d| d.to_string()).collect()
}

fn replace(from: &'static str, to: &'static str) -> impl FnOnce(String) -> String {
    move |text| {
        assert!(text.contains(from), "fixture lacks {from:?}");
        text.replacen(from, to, 1)
    }
}

#[test]
fn the_fixture_is_valid() {
    let report = check_content(&fixture()).unwrap();
    assert!(!report.has_errors(), "{:?}", report.diagnostics);
    let warnings: Vec<String> = report.diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(
        warnings,
        vec![
            "valid/sources/main.toml:21: source[2].id: warning: source 'fixture-unused' is never cited",
            "valid/sources/main.toml:11: source[1].url: warning: source 'fixture-book' has no address: give the page a reader can open where one exists",
        ]
    );
}

#[test]
fn unknown_reference() {
    let errors =
        errors_after("events/main.toml", replace("figures = [\"salvador-allende\"]\nplaces", "figures = [\"salvador-alende\"]\nplaces"));
    assert_eq!(errors, vec!["data/events/main.toml:5: event[0].figures[0]: unknown figure 'salvador-alende'"]);
}

#[test]
fn duplicate_id() {
    let errors = errors_after("events/main.toml", replace("id = \"congreso-1970\"", "id = \"eleccion-1970\""));
    assert!(
        errors.contains(
            &"data/events/main.toml:14: event[1].id: duplicate event id 'eleccion-1970' (first defined at data/events/main.toml:2)"
                .to_string()
        ),
        "{errors:?}"
    );
}

#[test]
fn missing_language() {
    let errors = errors_after("glossary/main.toml", replace("name.en = \"Popular Unity\"\n", ""));
    assert_eq!(errors, vec!["data/glossary/main.toml:3: term[0].name.en: missing required field"]);
}

#[test]
fn empty_language() {
    let errors = errors_after("glossary/main.toml", replace("name.en = \"Popular Unity\"", "name.en = \"  \""));
    assert_eq!(errors, vec!["data/glossary/main.toml:4: term[0].name.en: must not be empty"]);
}

#[test]
fn missing_source() {
    let errors = errors_after("glossary/main.toml", replace("sources = [\"fixture-book\"]", ""));
    assert_eq!(errors, vec!["data/glossary/main.toml:1: term[0].sources: missing required field (at least one id)"]);
}

#[test]
fn unknown_source() {
    let errors = errors_after("figures/main.toml", replace("sources = [\"fixture-book\"]", "sources = [\"fixture-bok\"]"));
    assert_eq!(errors, vec!["data/figures/main.toml:10: figure[0].sources[0]: unknown source 'fixture-bok'"]);
}

#[test]
fn bad_date() {
    let errors = errors_after("events/main.toml", replace("date = \"1970-10-24\"", "date = \"1970-02-30\""));
    assert_eq!(errors, vec!["data/events/main.toml:15: event[1].date: '1970-02-30' has day 30, but that month has 28 days"]);
}

#[test]
fn date_outside_its_era() {
    let errors = errors_after("events/main.toml", replace("date = \"1973-09-11\"", "date = \"1973-09-10\""));
    assert_eq!(errors, vec!["data/events/main.toml:38: event[3].date: 1973-09-10 falls outside era 'dictadura' (1973-09-11–)"]);
}

#[test]
fn answer_not_among_the_options() {
    let errors = errors_after("questions/up.toml", replace("answer = 1\n", "answer = 3\n"));
    assert_eq!(errors, vec!["data/questions/up.toml:10: question[0].answer: answer 3 is not among the options (0–2)"]);
}

#[test]
fn options_differ_between_languages() {
    let errors = errors_after("questions/up.toml", replace("\"Second place\"]", "\"Second place\", \"Fourth\"]"));
    assert_eq!(errors, vec!["data/questions/up.toml:9: question[0].options.en: has 4 items but es has 3"]);
}

#[test]
fn ambiguous_order_question() {
    let errors = errors_after("events/main.toml", replace("date = \"1971-07\"", "date = \"1970\""));
    assert_eq!(
        errors,
        vec![
            "data/questions/up.toml:41: question[3].items[1]: events 'cobre-1971' (1970) and 'eleccion-1970' (1970-09-04) cannot be put in an unambiguous order"
        ]
    );
}

/// Edits the typed fixture question (up-q06) and returns the errors.
fn typed_errors(from: &'static str, to: &'static str) -> Vec<String> {
    errors_after("questions/up.toml", replace(from, to))
}

#[test]
fn typed_answers_need_one_accepted_answer_per_language() {
    assert_eq!(
        typed_errors("accepted.en = [\"Salvador Allende\", \"Allende\"]", "accepted.en = []"),
        vec!["data/questions/up.toml:76: question[5].accepted.en: a typed-answer question needs at least one accepted answer"]
    );
    assert_eq!(
        typed_errors("accepted.en = [\"Salvador Allende\", \"Allende\"]\n", ""),
        vec!["data/questions/up.toml:75: question[5].accepted.en: missing required field"]
    );
    assert_eq!(
        typed_errors(
            "accepted.es = [\"Salvador Allende\", \"Allende\", \"Allende Gossens\"]\naccepted.en = [\"Salvador Allende\", \"Allende\"]\n",
            ""
        ),
        vec!["data/questions/up.toml:68: question[5].accepted: missing required field (needs .es and .en lists)"]
    );
    assert_eq!(
        typed_errors("accepted.en = [\"Salvador Allende\", \"Allende\"]", "accepted.en = \"Allende\""),
        vec!["data/questions/up.toml:76: question[5].accepted.en: expected a list of strings, found string"]
    );
}

#[test]
fn typed_answers_must_have_words_differ_and_stay_short() {
    let long = Box::leak(format!("accepted.en = [\"Salvador Allende\", \"{}\"]", "a".repeat(201)).into_boxed_str());
    assert_eq!(
        typed_errors("accepted.en = [\"Salvador Allende\", \"Allende\"]", long),
        vec!["data/questions/up.toml:76: question[5].accepted.en[1]: longer than 200 characters"]
    );
    assert_eq!(
        typed_errors("\"Allende\", \"Allende Gossens\"]", "\"  \", \"¿?\"]"),
        vec![
            "data/questions/up.toml:75: question[5].accepted.es[1]: must not be empty",
            "data/questions/up.toml:75: question[5].accepted.es[2]: an accepted answer needs at least one word (letters or digits), not only punctuation",
        ]
    );
    assert_eq!(
        typed_errors(
            "accepted.en = [\"Salvador Allende\", \"Allende\"]",
            "accepted.en = [\"Salvador Allende\",\n  \"ALLENDE\",\n  \"¡Allende!\"]"
        ),
        vec![
            "data/questions/up.toml:78: question[5].accepted.en[2]: accepted answers must differ once case, accents and punctuation are set aside"
        ]
    );
}

#[test]
fn typed_questions_need_a_prompt_and_take_no_answer() {
    assert_eq!(
        typed_errors("prompt.en = \"Which president led Popular Unity? Type his surname.\"\n", ""),
        vec!["data/questions/up.toml:73: question[5].prompt.en: missing required field"]
    );
    assert_eq!(
        typed_errors(
            "accepted.en = [\"Salvador Allende\", \"Allende\"]",
            "accepted.en = [\"Salvador Allende\", \"Allende\"]\nanswer = \"Allende\""
        ),
        vec![
            "data/questions/up.toml:77: question[5].answer: a typed-answer question takes `accepted.es` and `accepted.en` lists, not an answer"
        ]
    );
}

#[test]
fn broken_link_in_prose_names_its_paragraph_line() {
    let errors = errors_after("chapters/01-up.toml", replace("(event:congreso-1970) y asumió", "(event:congreso-1971) y asumió"));
    assert_eq!(errors, vec!["data/chapters/01-up.toml:18: section[0].body.es: unknown event 'congreso-1971'"]);
}

#[test]
fn unknown_field_is_a_typo() {
    let errors = errors_after("figures/main.toml", replace("died = \"1973-09-11\"", "dead = \"1973-09-11\""));
    assert_eq!(errors, vec!["data/figures/main.toml:7: figure[0].dead: unknown field"]);
}

#[test]
fn orphan_figure() {
    let errors = errors_after("figures/main.toml", |text| {
        text + "\n[[figure]]\nid = \"nadie\"\nname = \"Nadie\"\ndisplay_name = \"Nadie\"\nsort_key = \"Nadie\"\nbio.es = \"x\"\nbio.en = \"x\"\nsources = [\"fixture-book\"]\n[[figure.role]]\ntitle.es = \"x\"\ntitle.en = \"x\"\nheadline = true\n"
    });
    assert_eq!(errors, vec!["data/figures/main.toml:37: figure[2].id: orphan figure 'nadie': no event involves it"]);
}

#[test]
fn figure_names_are_required_and_not_empty() {
    let errors = errors_after("figures/main.toml", replace("display_name = \"Salvador Allende\"\n", ""));
    assert_eq!(errors, vec!["data/figures/main.toml:1: figure[0].display_name: missing required field"]);
    let errors = errors_after("figures/main.toml", replace("sort_key = \"Allende Gossens, Salvador\"", "sort_key = \" \""));
    assert_eq!(errors, vec!["data/figures/main.toml:5: figure[0].sort_key: must not be empty"]);
}

#[test]
fn display_name_is_not_longer_than_the_full_name() {
    let errors =
        errors_after("figures/main.toml", replace("display_name = \"Salvador Allende\"", "display_name = \"Salvador Guillermo Allende Gossens\""));
    assert_eq!(
        errors,
        vec![
            "data/figures/main.toml:4: figure[0].display_name: 'Salvador Guillermo Allende Gossens' is longer than the full name 'Salvador Allende Gossens': it should be the short name people use"
        ]
    );
}

#[test]
fn a_figure_needs_a_headline_role() {
    let errors = errors_after("figures/main.toml", replace("title.en = \"Army commander-in-chief\"\nheadline = true\n", "title.en = \"Army commander-in-chief\"\n"));
    assert_eq!(
        errors,
        vec!["data/figures/main.toml:20: figure[1].role: figure 'augusto-pinochet' marks no role `headline = true` (the office the figure is best known for)"]
    );
    let errors = errors_after("figures/main.toml", replace("headline = true", "headline = false"));
    assert_eq!(
        errors,
        vec![
            "data/figures/main.toml:15: figure[0].role[0].headline: only `headline = true` means something: leave the field out on the other roles",
            "data/figures/main.toml:2: figure[0].role: figure 'salvador-allende' marks no role `headline = true` (the office the figure is best known for)",
        ]
    );
    let errors = errors_after("figures/main.toml", replace("headline = true", "headline = \"yes\""));
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert_eq!(errors[0], "data/figures/main.toml:15: figure[0].role[0].headline: expected true or false, found string");
}

#[test]
fn headline_roles_are_terms_of_one_office() {
    let second = "\n[[figure.role]]\ntitle.es = \"Senador\"\ntitle.en = \"Senator\"\nheadline = true\nstart = \"1945\"\nend = \"1970\"\n";
    let errors = errors_after("figures/main.toml", |text| text.replacen("\n[[figure]]\nid = \"augusto-pinochet\"", &format!("{second}\n[[figure]]\nid = \"augusto-pinochet\""), 1));
    assert_eq!(
        errors,
        vec!["data/figures/main.toml:22: figure[0].role[1].headline: headline roles must be terms of the same office: this is 'Senador' but role[0] is 'Presidente de la República'"]
    );
}

#[test]
fn toml_syntax_error() {
    let errors = errors_after("glossary/main.toml", replace("name.es = \"Unidad Popular\"", "name.es = \"Unidad Popular"));
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].starts_with("data/glossary/main.toml:3: toml: invalid TOML"), "{errors:?}");
}

#[test]
fn chapter_word_limits() {
    let errors = errors_after("meta.toml", replace("chapter_words_min = 20", "chapter_words_min = 300"));
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(errors[0].starts_with("data/chapters/01-up.toml:1: section.body: chapter 'unidad-popular' has "), "{errors:?}");
    assert!(errors[0].ends_with("words in es; it needs 300–400"), "{errors:?}");
}

#[test]
fn compile_refuses_broken_content_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    copy_dir(&fixture(), &data);
    std::fs::write(data.join("events/extra.toml"), "[[event]]\nid = \"x\"\n").unwrap();
    let out = dir.path().join("content.db");
    match compile_content(&data, &out) {
        Err(Error::InvalidContent(diagnostics)) => assert!(diagnostics.iter().all(|d| d.file.as_ref() == "data/events/extra.toml")),
        other => panic!("expected invalid content, got {:?}", other.map(|_| ())),
    }
    assert!(!out.exists());
}

#[test]
fn compiled_database_is_versioned_and_readable() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("content.db");
    let stats = compile_content(&fixture(), &out).unwrap();
    assert_eq!((stats.counts.events, stats.counts.questions, stats.counts.perspectives), (4, 6, 1));
    ContentDb::open(&out).unwrap();
    let conn = rusqlite::Connection::open(&out).unwrap();
    assert_eq!(
        conn.pragma_query_value(None, "user_version", |r| r.get::<_, i64>(0)).unwrap(),
        cronica_core::content::CONTENT_SCHEMA_VERSION
    );
    // A typed question keeps its kind and each language's accepted answers, in the written order.
    let (kind, answer): (String, String) =
        conn.query_row("SELECT kind, answer FROM questions WHERE id = 'up-q06'", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    assert_eq!(kind, "typed");
    assert_eq!(
        answer,
        r#"{"kind":"typed","accepted":{"es":["Salvador Allende","Allende","Allende Gossens"],"en":["Salvador Allende","Allende"]}}"#
    );
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    assert!(matches!(ContentDb::open(&out), Err(Error::ContentSchema { found: 99, .. })));
}

#[test]
fn the_search_index_is_sound_and_finds_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("content.db");
    compile_content(&fixture(), &out).unwrap();
    let conn = rusqlite::Connection::open(&out).unwrap();
    for table in ["search_es", "search_en", "search_titles_es", "search_titles_en", "trigrams_es", "trigrams_en"] {
        // The index's own structure (not against `search_docs`, which holds both languages' documents).
        conn.execute(&format!("INSERT INTO {table} ({table}) VALUES ('integrity-check')"), [])
            .unwrap_or_else(|e| panic!("{table}: {e}"));
        let indexed: i64 = conn.query_row(&format!("SELECT count(*) FROM {table}_docsize"), [], |r| r.get(0)).unwrap();
        assert!(indexed > 0, "{table} indexes nothing");
    }
    let (es, en): (i64, i64) = conn
        .query_row("SELECT (SELECT count(*) FROM search_es WHERE search_es MATCH 'allende'), (SELECT count(*) FROM search_en WHERE search_en MATCH 'allende')", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert!(es > 0 && en > 0, "allende: {es} in Spanish, {en} in English");
}

#[test]
fn a_source_on_a_mirror_host_is_refused_unless_pending() {
    let errors = errors_after("sources/main.toml", replace("https://example.org/press", "https://es.mirror.example/press"));
    assert_eq!(
        errors,
        vec![
            "data/sources/main.toml:6: source[0].url: 'es.mirror.example' copies other publishers' pages (mirror.example in source-hosts.toml): cite the original publisher"
        ]
    );
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    copy_dir(&fixture(), &data);
    let sources = data.join("sources/main.toml");
    let text = std::fs::read_to_string(&sources).unwrap().replacen("https://example.org/press", "https://mirror.example/press", 1);
    std::fs::write(&sources, text).unwrap();
    std::fs::write(data.join("source-hosts.toml"), "mirrors = [\"mirror.example\"]\npending = [\"fixture-press\"]\n").unwrap();
    let report = check_content(&data).unwrap();
    assert!(!report.has_errors(), "{:?}", report.diagnostics);
    assert!(report.diagnostics.iter().any(|d| d.to_string().contains("still to be replaced by the original")));
}

#[test]
fn the_bank_lint_fails_past_its_limits_and_names_the_questions() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    copy_dir(&fixture(), &data);
    std::fs::write(data.join("bank-lint.toml"), "key_longest_max = 0.5\ntrue_share_min = 0.4\ntrue_share_max = 0.6\n").unwrap();
    let questions = data.join("questions/up.toml");
    let text = std::fs::read_to_string(&questions).unwrap().replacen("\"Mayoría relativa\"", "\"Mayoría relativa de los votos\"", 1);
    std::fs::write(&questions, text).unwrap();
    let errors: Vec<String> = check_content(&data).unwrap().errors().map(|d| d.to_string()).collect();
    assert_eq!(
        errors,
        vec![
            "data/bank-lint.toml:1: true_share: in en, 100.0% of true/false answers are true (allowed 40–60%)",
            "data/bank-lint.toml:1: key_longest_max: in es, the right option is the longest in 100.0% of multiple-choice questions (limit 50.0%); fix: up-q01",
            "data/bank-lint.toml:1: true_share: in es, 100.0% of true/false answers are true (allowed 40–60%)",
        ]
    );
    std::fs::write(data.join("bank-lint.toml"), "key_longest_max = 2\n").unwrap();
    let errors: Vec<String> = check_content(&data).unwrap().errors().map(|d| d.to_string()).collect();
    assert_eq!(errors, vec!["data/bank-lint.toml:1: key_longest_max: 2 is not a share between 0 and 1"]);
}
