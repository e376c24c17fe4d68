//! Reads `data/elections/`: one file per vote, each `[[election]]` with its ballots and their options.

use super::super::model::{Ballot, BallotOption, Election};
use super::super::reader::Obj;
use crate::elections::ElectionKind;

pub(super) fn read_election(t: &Obj) -> Option<Election> {
    let id = t.id("id");
    let event = t.id("event");
    let kind = t.str("kind").and_then(|kind| {
        let parsed = ElectionKind::parse(&kind.value);
        if parsed.is_none() {
            t.error("kind", format!("'{}' is not one of {}", kind.value, ElectionKind::names()));
        }
        parsed
    });
    let title = t.localized("title");
    let note = t.opt_localized("note");
    let sources = t.id_list("sources", true);
    let tables = t.tables("ballot");
    if !t.has("ballot") {
        t.error("ballot", "an election needs at least one [[election.ballot]]");
    }
    let ballots: Vec<Option<Ballot>> = tables.iter().map(read_ballot).collect();
    t.finish();
    Some(Election {
        id: id?,
        event: event?,
        kind: kind?,
        title: title?,
        note,
        ballots: ballots.into_iter().collect::<Option<Vec<_>>>()?,
        sources,
    })
}

fn read_ballot(b: &Obj) -> Option<Ballot> {
    let title = b.localized("title");
    if !b.has("option") {
        b.error("option", "a ballot needs its [[election.ballot.option]] tables");
    }
    let options: Vec<Option<BallotOption>> = b.tables("option").iter().map(read_option).collect();
    b.finish();
    Some(Ballot { title: title?, options: options.into_iter().collect::<Option<Vec<_>>>()?, loc: b.loc(), field: b.path().to_string() })
}

fn read_option(o: &Obj) -> Option<BallotOption> {
    let label = o.localized("label");
    if !o.has("share") {
        o.error("share", "missing required field (the percentage of valid votes)");
    }
    let share = o.opt_number("share").filter(|share| {
        let ok = (0.0..=100.0).contains(&share.value);
        if !ok {
            o.error("share", format!("{} is not a percentage between 0 and 100", share.value));
        }
        ok
    });
    let votes = o.opt_int("votes").filter(|votes| {
        if votes.value < 0 {
            o.error("votes", format!("{} votes cannot be negative", votes.value));
        }
        votes.value >= 0
    });
    o.finish();
    Some(BallotOption { label: label?, share: share?, votes })
}
