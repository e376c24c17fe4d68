//! Start-up notices: something went wrong with the learner's files and was dealt with; the UI
//! shows each once, with its own text.

use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, TS)]
#[serde(rename_all = "camelCase")]
pub enum NoticeKind {
    /// The user database was unreadable: moved aside (kept) and a fresh one started.
    UserDataRecovered,
    /// The user database could not be opened or created: this session's progress is not kept.
    UserDataUnavailable,
    /// The settings file was unreadable: moved aside (kept) and defaults used.
    SettingsRecovered,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq, TS)]
#[serde(rename_all = "camelCase")]
pub struct Notice {
    pub kind: NoticeKind,
    /// Where the unreadable file was moved to; for `userDataUnavailable`, the path that could not
    /// be opened.
    pub path: String,
}
