//! Unreadable user files are renamed aside, never deleted, so nothing the learner had is lost.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Renames `path` (and any `companions` such as `-wal`, appended to its name) to
/// `<name>.unreadable-<timestamp>` and returns the new path.
pub(crate) fn move_aside(path: &Path, companions: &[&str]) -> Result<PathBuf> {
    let stamp = crate::base::Timestamp::now().to_string().replace([':', '.'], "-");
    let moved = PathBuf::from(format!("{}.unreadable-{stamp}", path.display()));
    std::fs::rename(path, &moved).map_err(|e| Error::io(path, e))?;
    for suffix in companions {
        let side = PathBuf::from(format!("{}{suffix}", path.display()));
        if side.exists() {
            let target = PathBuf::from(format!("{}{suffix}", moved.display()));
            std::fs::rename(&side, &target).map_err(|e| Error::io(&side, e))?;
        }
    }
    Ok(moved)
}

/// Moves a settings file aside when it is not a JSON object, before the settings store opens it
/// (the store would otherwise start empty and overwrite it on the next save).
pub fn quarantine_unreadable_settings(path: &Path) -> Result<Option<PathBuf>> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(path, e)),
    };
    match serde_json::from_slice::<serde_json::Value>(&bytes) {
        Ok(serde_json::Value::Object(_)) => Ok(None),
        _ => move_aside(path, &[]).map(Some),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_settings_stay_put() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        std::fs::write(&path, br#"{"language":"en"}"#).unwrap();
        assert_eq!(quarantine_unreadable_settings(&path).unwrap(), None);
        assert!(path.exists());
        assert_eq!(quarantine_unreadable_settings(&dir.path().join("none.json")).unwrap(), None);
    }

    #[test]
    fn broken_settings_are_moved_aside_with_their_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        std::fs::write(&path, b"{\"language\": \"en\"").unwrap();
        let moved = quarantine_unreadable_settings(&path).unwrap().unwrap();
        assert!(!path.exists());
        assert_eq!(std::fs::read(moved).unwrap(), b"{\"language\": \"en\"");
    }
}
