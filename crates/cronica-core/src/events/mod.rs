//! Events and eras: the timeline, filterable by era and by figure, and each event's page.

mod presidencies;
mod queries;

pub use presidencies::Presidency;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::app::Cronica;
use crate::base::{EventId, FigureRef, HistDate, Lang, Ref};
use crate::error::Result;
use crate::sources::Source;

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct Era {
    pub id: String,
    pub title: String,
    pub start: String,
    pub end: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct EventSummary {
    pub id: EventId,
    pub date: HistDate,
    pub end: Option<HistDate>,
    pub era: String,
    pub title: String,
    pub summary: String,
    pub figures: Vec<FigureRef>,
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct EventDetail {
    #[serde(flatten)]
    pub summary: EventSummary,
    pub era_title: String,
    pub places: Vec<String>,
    pub tags: Vec<String>,
    pub sources: Vec<Source>,
    pub chapters: Vec<Ref>,
    pub perspectives: Vec<Ref>,
}

/// Which events the timeline shows; empty fields mean "all".
#[derive(Debug, Clone, Default, Deserialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct EventFilter {
    #[serde(default)]
    #[ts(optional = nullable)]
    pub era: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub figure: Option<String>,
}

impl Cronica {
    pub fn list_eras(&self, lang: Lang) -> Result<Vec<Era>> {
        self.content().eras(lang)
    }

    pub fn list_events(&self, lang: Lang, filter: &EventFilter) -> Result<Vec<EventSummary>> {
        self.content().events(lang, filter)
    }

    pub fn get_event(&self, lang: Lang, id: &str) -> Result<EventDetail> {
        self.content().event(lang, id)
    }

    /// Who governed when, for the timeline's band of presidencies.
    pub fn list_presidencies(&self) -> Result<Vec<Presidency>> {
        self.content().presidencies()
    }
}
