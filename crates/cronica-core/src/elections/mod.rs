//! Election and plebiscite results, drawn as charts beside the events that tell them.

mod queries;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::app::Cronica;
use crate::base::{ChapterId, EventId, HistDate, Lang, SectionId};
use crate::error::Result;
use crate::sources::Source;

/// What was voted on: a president (one round of it) or a question put to a plebiscite.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ElectionKind {
    Presidential,
    Plebiscite,
}

impl ElectionKind {
    pub const ALL: [ElectionKind; 2] = [ElectionKind::Presidential, ElectionKind::Plebiscite];

    /// The name written in `data/elections` and stored in the content database.
    pub fn as_str(self) -> &'static str {
        match self {
            ElectionKind::Presidential => "presidential",
            ElectionKind::Plebiscite => "plebiscite",
        }
    }

    pub fn parse(name: &str) -> Option<ElectionKind> {
        ElectionKind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    pub fn names() -> String {
        ElectionKind::ALL.map(ElectionKind::as_str).join(", ")
    }
}

/// One option on a ballot: a candidate or an answer.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct BallotOption {
    pub label: String,
    /// Percentage of valid votes, as published (two decimals).
    pub share: f64,
    /// Votes, where the sources give them.
    pub votes: Option<i64>,
}

/// One question put to the voters, its options in the order the data lists them (the winner first).
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct Ballot {
    pub title: String,
    pub options: Vec<BallotOption>,
}

/// A section of a chapter that links the election's event: where the chapter discusses it.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct SectionMention {
    pub chapter: ChapterId,
    pub section: SectionId,
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct Election {
    pub id: String,
    pub kind: ElectionKind,
    pub title: String,
    /// The event that tells the vote; the election takes its date.
    pub event: EventId,
    pub date: HistDate,
    pub note: Option<String>,
    pub ballots: Vec<Ballot>,
    pub sources: Vec<Source>,
    /// The chapter sections that link the event, in reading order.
    pub mentions: Vec<SectionMention>,
}

impl Cronica {
    /// Every election in date order, or only those of one event.
    pub fn list_elections(&self, lang: Lang, event: Option<&str>) -> Result<Vec<Election>> {
        self.content().elections(lang, event)
    }
}
