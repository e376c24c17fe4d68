//! Election queries on the content database.

use rusqlite::{OptionalExtension, params};

use super::{Ballot, BallotOption, Election, ElectionKind, SectionMention};
use crate::base::{CitationOwner, ItemKind, Lang};
use crate::error::{Error, Result};
use crate::storage::ContentDb;
use crate::storage::content::{collect, required_date};

impl ContentDb {
    pub(crate) fn elections(&self, lang: Lang, event: Option<&str>) -> Result<Vec<Election>> {
        if let Some(event) = event {
            self.conn
                .query_row("SELECT 1 FROM events WHERE id = ?1", [event], |_| Ok(()))
                .optional()?
                .ok_or_else(|| Error::not_found(ItemKind::Event, event))?;
        }
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT el.id, el.kind, el.title_{lang}, el.event_id, e.date, el.note_{lang}
             FROM elections el JOIN events e ON e.id = el.event_id
             WHERE ?1 IS NULL OR el.event_id = ?1
             ORDER BY e.sort_key, el.id"
        ))?;
        let rows = stmt.query_map(params![event], |r| {
            let kind: String = r.get(1)?;
            let kind = ElectionKind::parse(&kind)
                .ok_or_else(|| rusqlite::Error::FromSqlConversionFailure(1, rusqlite::types::Type::Text, kind.into()))?;
            Ok(Election {
                id: r.get(0)?,
                kind,
                title: r.get(2)?,
                event: r.get(3)?,
                date: required_date(r.get(4)?)?,
                note: r.get(5)?,
                ballots: Vec::new(),
                sources: Vec::new(),
                mentions: Vec::new(),
            })
        })?;
        let mut elections = collect(rows)?;
        for election in &mut elections {
            election.ballots = self.ballots(lang, &election.id)?;
            election.sources = self.sources_for(CitationOwner::Election, &election.id)?;
            election.mentions = self.section_mentions(election.event.as_str())?;
        }
        Ok(elections)
    }

    fn ballots(&self, lang: Lang, election: &str) -> Result<Vec<Ballot>> {
        let mut ballots = self.conn.prepare_cached(&format!(
            "SELECT ord, title_{lang} FROM election_ballots WHERE election_id = ?1 ORDER BY ord"
        ))?;
        let mut options = self.conn.prepare_cached(&format!(
            "SELECT label_{lang}, share, votes FROM election_options WHERE election_id = ?1 AND ballot_ord = ?2 ORDER BY ord"
        ))?;
        let heads: Vec<(i64, String)> = collect(ballots.query_map([election], |r| Ok((r.get(0)?, r.get(1)?)))?)?;
        let mut out = Vec::with_capacity(heads.len());
        for (ord, title) in heads {
            let rows = options.query_map(params![election, ord], |r| Ok(BallotOption { label: r.get(0)?, share: r.get(1)?, votes: r.get(2)? }))?;
            out.push(Ballot { title, options: collect(rows)? });
        }
        Ok(out)
    }

    fn section_mentions(&self, event: &str) -> Result<Vec<SectionMention>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT l.chapter_id, l.section_id FROM section_links l
             JOIN chapters c ON c.id = l.chapter_id
             JOIN sections s ON s.chapter_id = l.chapter_id AND s.id = l.section_id
             WHERE l.kind = 'event' AND l.target_id = ?1 ORDER BY c.ord, s.ord",
        )?;
        collect(stmt.query_map([event], |r| Ok(SectionMention { chapter: r.get(0)?, section: r.get(1)? }))?)
    }
}
