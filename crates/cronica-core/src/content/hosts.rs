//! Every source a learner clicks must reach the original publisher: a source whose address is on
//! a host that copies other publishers' pages (`data/source-hosts.toml`, `mirrors`) is refused,
//! except the ones listed there as `pending` (known, being replaced), which only warn.

use std::collections::HashSet;

use super::model::Content;
use crate::base::Diagnostic;

/// The host of an http(s) address, lower-cased, without a port.
fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = host.split(':').next()?;
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

fn is_on(host: &str, mirror: &str) -> bool {
    host == mirror || host.ends_with(&format!(".{mirror}"))
}

pub fn check_hosts(content: &Content) -> Vec<Diagnostic> {
    let hosts = &content.source_hosts;
    let mirrors: Vec<String> = hosts.mirrors.iter().map(|m| m.value.trim().to_ascii_lowercase()).collect();
    let pending: HashSet<&str> = hosts.pending.iter().map(|p| p.value.as_str()).collect();
    let mut out = Vec::new();
    let mut still_pending = HashSet::new();
    for source in &content.sources {
        let Some(url) = &source.url else {
            let field = source.id.field.replace(".id", ".url");
            let message = format!("source '{}' has no address: give the page a reader can open where one exists", source.id.value);
            out.push(Diagnostic::warning(&source.id.loc, &field, message));
            continue;
        };
        let Some(host) = host_of(&url.value) else { continue };
        let Some(mirror) = mirrors.iter().find(|m| is_on(&host, m)) else { continue };
        if pending.contains(source.id.value.as_str()) {
            still_pending.insert(source.id.value.as_str());
            let message = format!("'{host}' copies other publishers' pages ({mirror}): still to be replaced by the original");
            out.push(Diagnostic::warning(&url.loc, &url.field, message));
        } else {
            let message = format!("'{host}' copies other publishers' pages ({mirror} in source-hosts.toml): cite the original publisher");
            out.push(Diagnostic::error(&url.loc, &url.field, message));
        }
    }
    for id in &hosts.pending {
        if !still_pending.contains(id.value.as_str()) {
            let message = format!("'{}' is listed as pending but is not on a mirror host: take it off the list", id.value);
            out.push(Diagnostic::warning(&id.loc, &id.field, message));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_match_themselves_and_their_subdomains() {
        assert_eq!(host_of("https://Es.WikiDat.com:443/wiki/Chile?x=1").as_deref(), Some("es.wikidat.com"));
        assert_eq!(host_of("http://user@example.org/a").as_deref(), Some("example.org"));
        assert!(is_on("es.wikidat.com", "wikidat.com"));
        assert!(is_on("wikidat.com", "wikidat.com"));
        assert!(!is_on("notwikidat.com", "wikidat.com"));
    }
}
