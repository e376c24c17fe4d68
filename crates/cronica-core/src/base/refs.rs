//! Links from one page to another, as every screen shows them.

use serde::Serialize;
use ts_rs::TS;

/// A link to another page: its id and its title in the current language.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct Ref {
    pub id: String,
    pub title: String,
}

/// A link to a figure's page, with the name the figure is shown under.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct FigureRef {
    pub id: String,
    pub name: String,
}
