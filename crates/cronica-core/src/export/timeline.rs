//! Export of the timeline as TimelineJS3 JSON, so a teacher can publish it with TimelineJS.
//! TimelineJS renders `headline` and `text` as HTML, so every string is escaped here.

use super::html::escape;
use serde::Serialize;

use crate::base::{CitationOwner, HistDate, Lang};
use crate::error::Result;
use crate::events::EventFilter;
use crate::storage::ContentDb;

#[derive(Debug, Serialize)]
pub struct TimelineJs {
    pub title: Slide,
    pub events: Vec<Slide>,
    pub eras: Vec<EraSpan>,
}

#[derive(Debug, Serialize)]
pub struct Slide {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_date: Option<TjsDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<TjsDate>,
    pub text: SlideText,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unique_id: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct SlideText {
    pub headline: String,
    pub text: String,
}

#[derive(Debug, Serialize)]
pub struct EraSpan {
    pub start_date: TjsDate,
    pub end_date: TjsDate,
    pub text: SlideText,
}

/// A TimelineJS date: only the parts that are known, which also sets how it is displayed.
#[derive(Debug, Serialize, PartialEq)]
pub struct TjsDate {
    pub year: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub month: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day: Option<u8>,
}

impl From<HistDate> for TjsDate {
    fn from(d: HistDate) -> Self {
        TjsDate { year: d.year, month: d.month, day: d.day }
    }
}

/// The timeline in one language; `sources_label` heads each slide's sources (the caller words it).
pub fn export(db: &ContentDb, lang: Lang, sources_label: &str) -> Result<TimelineJs> {
    let eras = db.eras(lang)?;
    let as_of = db.as_of_date()?;
    let era_title = |id: &str| eras.iter().find(|e| e.id == id).map(|e| e.title.clone());
    let mut events = Vec::new();
    for e in db.events(lang, &EventFilter::default())? {
        let sources = db.sources_for(CitationOwner::Event, &e.id)?;
        let mut text = format!("<p>{}</p>", escape(&e.summary));
        if !e.figures.is_empty() {
            let names: Vec<String> = e.figures.iter().map(|f| escape(&f.name)).collect();
            text.push_str(&format!("<p>{}</p>", names.join(", ")));
        }
        let cited: Vec<String> = sources
            .iter()
            .map(|s| {
                let date = s.date.map(|d| format!(", {d}")).unwrap_or_default();
                format!("{}: <em>{}</em>{}", escape(&s.publisher), escape(&s.title), escape(&date))
            })
            .collect();
        text.push_str(&format!("<p><small>{}: {}</small></p>", escape(sources_label), cited.join("; ")));
        events.push(Slide {
            start_date: Some(e.date.into()),
            end_date: e.end.map(Into::into),
            text: SlideText { headline: escape(&e.title), text },
            group: era_title(&e.era).map(|t| escape(&t)),
            unique_id: Some(e.id.0),
        });
    }
    let eras = eras
        .iter()
        .map(|era| -> Result<EraSpan> {
            let start = HistDate::parse(&era.start).map_err(crate::Error::Corrupt)?;
            let end = match &era.end {
                Some(end) => HistDate::parse(end).map_err(crate::Error::Corrupt)?,
                None => as_of,
            };
            Ok(EraSpan {
                start_date: start.into(),
                end_date: end.into(),
                text: SlideText { headline: escape(&era.title), text: String::new() },
            })
        })
        .collect::<Result<_>>()?;
    Ok(TimelineJs {
        title: Slide {
            start_date: None,
            end_date: None,
            text: SlideText { headline: escape(&db.title(lang)?), text: format!("<p>{}</p>", escape(&db.description(lang)?)) },
            group: None,
            unique_id: Some("title".into()),
        },
        events,
        eras,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(escape("<b>\"A&B\"</b>"), "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;");
    }

    #[test]
    fn dates_keep_their_precision() {
        let d: TjsDate = HistDate::parse("1973-09").unwrap().into();
        assert_eq!(serde_json::to_value(&d).unwrap(), serde_json::json!({ "year": 1973, "month": 9 }));
    }
}
