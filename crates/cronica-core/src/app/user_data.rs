//! Opening the learner's data for a session and saying exactly what happened: kept as usual,
//! recovered (moved aside, fresh start), read-only (history shown, nothing new kept) or unavailable
//! (an empty session kept nowhere). A file beside it that belonged to another database is reported
//! as set aside.

use std::path::Path;

use crate::error::{Error, Result};
use crate::notices::{Notice, NoticeKind, UserDataStatus};
use crate::storage::UserDb;

pub(super) struct UserSession {
    pub db: UserDb,
    pub status: UserDataStatus,
    pub notices: Vec<Notice>,
}

fn notice(kind: NoticeKind, path: &Path) -> Notice {
    Notice { kind, path: path.display().to_string() }
}

pub(super) fn open_user_data(path: &Path) -> Result<UserSession> {
    match UserDb::open(path) {
        Ok(opened) => {
            let mut notices: Vec<Notice> = opened.set_aside.iter().map(|p| notice(NoticeKind::UserDataSidecarSetAside, p)).collect();
            if let Some(moved) = &opened.recovered_from {
                notices.push(notice(NoticeKind::UserDataRecovered, moved));
            }
            Ok(UserSession { db: opened.db, status: UserDataStatus::Saved, notices })
        }
        Err(Error::ReadOnly { path: unwritable }) => match UserDb::open_read_only_copy(path) {
            Ok(db) => {
                Ok(UserSession { db, status: UserDataStatus::ReadOnly, notices: vec![notice(NoticeKind::UserDataReadOnly, &unwritable)] })
            }
            Err(_) => unavailable(path),
        },
        Err(_) => unavailable(path),
    }
}

fn unavailable(path: &Path) -> Result<UserSession> {
    Ok(UserSession {
        db: UserDb::open_in_memory()?,
        status: UserDataStatus::Unavailable,
        notices: vec![notice(NoticeKind::UserDataUnavailable, path)],
    })
}
