use super::*;

#[test]
fn slugs() {
    assert!(is_slug("golpe-1973"));
    assert!(!is_slug("Golpe"));
    assert!(!is_slug("golpe--1973"));
    assert!(!is_slug("-golpe"));
    assert!(!is_slug("golpe_1973"));
    assert!(!is_slug("año"));
}

#[test]
fn reports_missing_language_with_line_and_path() {
    let src = "[[event]]\nid = \"x\"\ntitle.es = \"Hola\"\n";
    let reader = FileReader::new("events.toml".into(), src);
    let doc = reader.parse().unwrap();
    let root = reader.root(&doc);
    let events = root.tables("event");
    assert!(events[0].localized("title").is_none());
    let diags = reader.diagnostics.borrow();
    assert_eq!(diags.len(), 1);
    assert_eq!(diags[0].to_string(), "events.toml:3: event[0].title.en: missing required field");
}

#[test]
fn reports_unknown_fields() {
    let src = "id = \"x\"\ntitel = \"typo\"\n";
    let reader = FileReader::new("f.toml".into(), src);
    let doc = reader.parse().unwrap();
    let root = reader.root(&doc);
    root.id("id");
    root.finish();
    let diags = reader.diagnostics.borrow();
    assert_eq!(diags[0].to_string(), "f.toml:2: titel: unknown field");
}

#[test]
fn reports_syntax_errors_with_line() {
    let src = "id = \"x\"\n\ntitle = \n";
    let reader = FileReader::new("f.toml".into(), src);
    assert!(reader.parse().is_none());
    let diags = reader.diagnostics.borrow();
    assert_eq!(diags[0].line, 3);
    assert!(diags[0].message.starts_with("invalid TOML"), "{}", diags[0].message);
}
