//! Start-up notices: something went wrong with the learner's files and was dealt with; the UI
//! shows each with its own text. And whether what the learner does in this session is kept, which
//! every screen that writes states before the learner starts.

use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, TS)]
#[serde(rename_all = "camelCase")]
pub enum NoticeKind {
    /// The user database was unreadable: moved aside (kept) and a fresh one started.
    UserDataRecovered,
    /// The user database can be read but not written: the history shows, nothing new is kept.
    UserDataReadOnly,
    /// The user database could not be opened or created: this session's progress is not kept.
    UserDataUnavailable,
    /// A file beside the user database belonged to another one (a -wal left by copying or syncing
    /// a profile): moved aside (kept) without being applied.
    UserDataSidecarSetAside,
    /// The settings file was unreadable: moved aside (kept) and defaults used.
    SettingsRecovered,
    /// The settings could not be opened at all: defaults are used and changes last this session.
    SettingsUnavailable,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq, TS)]
#[serde(rename_all = "camelCase")]
pub struct Notice {
    pub kind: NoticeKind,
    /// Where the unreadable file was moved to; for `userDataUnavailable`, `userDataReadOnly` and
    /// `settingsUnavailable`, the path that could not be used.
    pub path: String,
}

/// Whether what the learner does in this session is kept.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, TS)]
#[serde(rename_all = "camelCase")]
pub enum UserDataStatus {
    /// Written to the user database as it happens.
    Saved,
    /// The history is shown from a file that cannot be written; new progress lasts this session.
    ReadOnly,
    /// No user database at all: the session starts empty and nothing is kept.
    Unavailable,
}
