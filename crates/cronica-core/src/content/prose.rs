//! Chapter prose: paragraphs separated by blank lines, `*emphasis*`, and links written
//! `[text](kind:id)`. Parsed at compile time into a structure the UI renders as text, so no HTML
//! from content ever reaches the page.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::model::Link;
use super::reader::{At, is_slug};
use crate::base::{Diagnostic, ItemKind, Loc};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Paragraph {
    pub inlines: Vec<Inline>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LinkTarget {
    pub kind: ItemKind,
    pub id: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Inline {
    Text { text: String },
    Emphasis { text: String },
    Link { text: String, target: LinkTarget },
}

pub struct ParsedProse {
    pub paragraphs: Vec<Paragraph>,
    pub links: Vec<Link>,
    pub words: usize,
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses `text`, whose first line was written at `start.loc`.
pub fn parse(start: &At<String>) -> ParsedProse {
    let mut out = ParsedProse { paragraphs: Vec::new(), links: Vec::new(), words: 0, diagnostics: Vec::new() };
    let mut current: Vec<&str> = Vec::new();
    let mut first_line = 0usize;
    let lines: Vec<&str> = start.value.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                flush(&mut out, &current, line_loc(start, first_line), &start.field);
                current.clear();
            }
        } else {
            if current.is_empty() {
                first_line = i;
            }
            current.push(line.trim());
        }
    }
    if !current.is_empty() {
        flush(&mut out, &current, line_loc(start, first_line), &start.field);
    }
    out
}

fn line_loc(start: &At<String>, offset: usize) -> Loc {
    Loc { file: start.loc.file.clone(), line: start.loc.line + offset }
}

fn flush(out: &mut ParsedProse, lines: &[&str], loc: Loc, field: &str) {
    let text = lines.join(" ");
    let inlines = parse_inlines(&text, &loc, field, out);
    out.words += inlines.iter().map(|i| count_words(inline_text(i))).sum::<usize>();
    out.paragraphs.push(Paragraph { inlines });
}

fn inline_text(inline: &Inline) -> &str {
    match inline {
        Inline::Text { text } | Inline::Emphasis { text } | Inline::Link { text, .. } => text,
    }
}

pub fn count_words(text: &str) -> usize {
    text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

fn parse_inlines(text: &str, loc: &Loc, field: &str, out: &mut ParsedProse) -> Vec<Inline> {
    let mut inlines = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    while let Some(pos) = rest.find(['[', '*']) {
        plain.push_str(&rest[..pos]);
        let tail = &rest[pos..];
        if tail.starts_with('[') {
            if let Some((label, target, used)) = split_link(tail) {
                push_plain(&mut inlines, &mut plain);
                match parse_target(target) {
                    Ok((kind, id)) => {
                        out.links.push(Link { kind, target: At { value: id.to_string(), loc: loc.clone(), field: field.to_string() } });
                        inlines.push(Inline::Link { text: label.to_string(), target: LinkTarget { kind, id: id.to_string() } });
                    }
                    Err(message) => {
                        out.diagnostics.push(Diagnostic::error(loc, field, message));
                        plain.push_str(label);
                    }
                }
                rest = &tail[used..];
                continue;
            }
        } else if let Some(end) = tail[1..].find('*') {
            let inner = &tail[1..1 + end];
            if !inner.is_empty() && !inner.starts_with(' ') && !inner.ends_with(' ') {
                push_plain(&mut inlines, &mut plain);
                inlines.push(Inline::Emphasis { text: inner.to_string() });
                rest = &tail[end + 2..];
                continue;
            }
        }
        plain.push_str(&tail[..1]);
        rest = &tail[1..];
    }
    plain.push_str(rest);
    push_plain(&mut inlines, &mut plain);
    inlines
}

fn push_plain(inlines: &mut Vec<Inline>, plain: &mut String) {
    if !plain.is_empty() {
        inlines.push(Inline::Text { text: std::mem::take(plain) });
    }
}

/// Splits `[label](target)` at the start of `text`; returns the byte length consumed.
fn split_link(text: &str) -> Option<(&str, &str, usize)> {
    let close = text.find("](")?;
    let label = &text[1..close];
    if label.is_empty() || label.contains('[') {
        return None;
    }
    let after = &text[close + 2..];
    let end = after.find(')')?;
    Some((label, &after[..end], close + 2 + end + 1))
}

fn parse_target(target: &str) -> Result<(ItemKind, &str), String> {
    let (kind, id) = target
        .split_once(':')
        .ok_or_else(|| format!("link target '{target}' must be kind:id (figure, event, term, chapter, perspective, source)"))?;
    let kind = ItemKind::parse(kind)
        .filter(|k| k.is_linkable())
        .ok_or_else(|| format!("link kind '{kind}' is not one of figure, event, term, chapter, perspective, source"))?;
    if !is_slug(id) {
        return Err(format!("link target id '{id}' is not a valid id"));
    }
    Ok((kind, id))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> At<String> {
        At { value: text.to_string(), loc: Loc { file: "c.toml".into(), line: 10 }, field: "section[0].body.es".into() }
    }

    #[test]
    fn splits_paragraphs_and_links() {
        let parsed = parse(&at("Ganó [Salvador Allende](figure:salvador-allende) en\n*1970*.\n\nSegundo párrafo."));
        assert!(parsed.diagnostics.is_empty());
        assert_eq!(parsed.paragraphs.len(), 2);
        assert_eq!(
            parsed.paragraphs[0].inlines,
            vec![
                Inline::Text { text: "Ganó ".into() },
                Inline::Link {
                    text: "Salvador Allende".into(),
                    target: LinkTarget { kind: ItemKind::Figure, id: "salvador-allende".into() }
                },
                Inline::Text { text: " en ".into() },
                Inline::Emphasis { text: "1970".into() },
                Inline::Text { text: ".".into() },
            ]
        );
        assert_eq!(parsed.links.len(), 1);
        assert_eq!(parsed.words, 7);
    }

    #[test]
    fn reports_bad_links_on_their_paragraph_line() {
        let parsed = parse(&at("Uno.\n\nDos [x](persona:allende)."));
        assert_eq!(parsed.diagnostics.len(), 1);
        assert_eq!(parsed.diagnostics[0].line, 12);
        assert!(parsed.diagnostics[0].message.contains("link kind 'persona'"));
    }

    #[test]
    fn leaves_ordinary_brackets_and_asterisks_alone() {
        let parsed = parse(&at("Un [comentario] y 5 * 3 = 15."));
        assert!(parsed.diagnostics.is_empty());
        assert_eq!(parsed.paragraphs[0].inlines, vec![Inline::Text { text: "Un [comentario] y 5 * 3 = 15.".into() }]);
    }
}
