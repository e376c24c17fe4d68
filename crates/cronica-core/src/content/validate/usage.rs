//! What must be used: every figure in an event (its page lists them), every term linked from
//! somewhere, and (a warning) every source cited by something.

use std::collections::HashSet;

use super::Validator;
use crate::base::{Diagnostic, ItemKind};

impl Validator<'_> {
    /// Figures in no event and terms nobody links cannot be reached in the app; unused sources are noise.
    pub(super) fn check_usage(&mut self) {
        let c = self.content;
        let mut terms: HashSet<&str> = HashSet::new();
        let mut sources: HashSet<&str> = HashSet::new();
        for e in &c.events {
            terms.extend(e.terms.iter().map(|t| t.value.as_str()));
            sources.extend(e.sources.iter().map(|s| s.value.as_str()));
        }
        for ch in &c.chapters {
            for s in &ch.sections {
                sources.extend(s.sources.iter().map(|x| x.value.as_str()));
                for link in &s.body.links {
                    let set = match link.kind {
                        ItemKind::Term => &mut terms,
                        ItemKind::Source => &mut sources,
                        _ => continue,
                    };
                    set.insert(link.target.value.as_str());
                }
            }
        }
        for q in &c.questions {
            terms.extend(q.terms.iter().map(|t| t.value.as_str()));
            sources.extend(q.sources.iter().map(|s| s.value.as_str()));
        }
        for f in &c.figures {
            sources.extend(f.sources.iter().map(|s| s.value.as_str()));
        }
        for t in &c.terms {
            sources.extend(t.sources.iter().map(|s| s.value.as_str()));
        }
        for el in &c.elections {
            sources.extend(el.sources.iter().map(|s| s.value.as_str()));
        }
        for p in &c.perspectives {
            for v in &p.views {
                sources.extend(v.sources.iter().map(|s| s.value.as_str()));
            }
        }
        // A figure's page lists its events, so every figure must be involved in one.
        let in_events: HashSet<&str> = c.events.iter().flat_map(|e| &e.figures).map(|f| f.value.as_str()).collect();
        for f in &c.figures {
            if !in_events.contains(f.id.value.as_str()) {
                self.error(&f.id.loc, &f.id.field, format!("orphan figure '{}': no event involves it", f.id.value));
            }
        }
        for t in &c.terms {
            if !terms.contains(t.id.value.as_str()) {
                self.error(&t.id.loc, &t.id.field, format!("orphan term '{}': no chapter, event or question links it", t.id.value));
            }
        }
        for s in &c.sources {
            if !sources.contains(s.id.value.as_str()) {
                self.out.push(Diagnostic::warning(&s.id.loc, &s.id.field, format!("source '{}' is never cited", s.id.value)));
            }
        }
    }
}
