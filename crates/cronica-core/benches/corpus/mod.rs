//! The corpora the benchmarks run on: the real content of `data/`, and copies of it under fresh
//! ids for a corpus many times larger.

use std::path::Path;

use cronica_core::content::check_content;
use cronica_core::content::model::{Answer, Content, Id};

pub fn real_content() -> Content {
    let report = check_content(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data"))).expect("data/ loads");
    assert!(!report.has_errors(), "data/ must be valid to benchmark it");
    report.content
}

/// The real corpus `copies` times, every item under an id of its own; eras and meta once.
pub fn synthetic(content: &Content, copies: usize) -> Content {
    let mut out = Content { eras: content.eras.clone(), meta: content.meta.clone(), ..Content::default() };
    for copy in 0..copies {
        let renamed = |id: &Id| Id { value: format!("{}-{copy}", id.value), ..id.clone() };
        let rename_all = |ids: &[Id]| ids.iter().map(renamed).collect::<Vec<_>>();
        for s in &content.sources {
            out.sources.push(cronica_core::content::model::Source { id: renamed(&s.id), ..s.clone() });
        }
        for e in &content.events {
            let mut e = e.clone();
            (e.id, e.figures, e.terms, e.sources) = (renamed(&e.id), rename_all(&e.figures), rename_all(&e.terms), rename_all(&e.sources));
            out.events.push(e);
        }
        for f in &content.figures {
            out.figures.push(cronica_core::content::model::Figure { id: renamed(&f.id), sources: rename_all(&f.sources), ..f.clone() });
        }
        for t in &content.terms {
            out.terms.push(cronica_core::content::model::Term { id: renamed(&t.id), sources: rename_all(&t.sources), ..t.clone() });
        }
        for ch in &content.chapters {
            let mut ch = ch.clone();
            ch.id = renamed(&ch.id);
            ch.order.value += (copy * 1000) as i64;
            for s in &mut ch.sections {
                s.sources = rename_all(&s.sources);
            }
            out.chapters.push(ch);
        }
        for q in &content.questions {
            let mut q = q.clone();
            (q.id, q.chapter, q.sources) = (renamed(&q.id), renamed(&q.chapter), rename_all(&q.sources));
            (q.events, q.figures, q.terms) = (rename_all(&q.events), rename_all(&q.figures), rename_all(&q.terms));
            if let Answer::Order(items) = &mut q.answer {
                *items = rename_all(items);
            }
            if let Answer::Match(pairs) = &mut q.answer {
                for p in pairs {
                    p.figure = renamed(&p.figure);
                }
            }
            out.questions.push(q);
        }
        for p in &content.perspectives {
            let mut p = p.clone();
            (p.id, p.chapters, p.events) = (renamed(&p.id), rename_all(&p.chapters), rename_all(&p.events));
            for v in &mut p.views {
                v.sources = rename_all(&v.sources);
            }
            out.perspectives.push(p);
        }
    }
    out
}
