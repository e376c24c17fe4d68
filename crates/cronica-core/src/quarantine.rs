//! Unreadable user files are renamed aside, never deleted, so nothing the learner had is lost.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Renames `path` (and any `companions` such as `-wal`, appended to its name) to
/// `<name>.unreadable-<timestamp>` and returns the new path.
pub(crate) fn move_aside(path: &Path, companions: &[&str]) -> Result<PathBuf> {
    move_aside_as(path, "unreadable", companions)
}

/// Renames `path` (and its `companions`) to `<name>.<label>-<timestamp>` and returns the new path.
pub(crate) fn move_aside_as(path: &Path, label: &str, companions: &[&str]) -> Result<PathBuf> {
    let stamp = crate::base::Timestamp::now().to_string().replace([':', '.'], "-");
    let moved = PathBuf::from(format!("{}.{label}-{stamp}", path.display()));
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

/// Moves a settings file aside when it is not a JSON object (or not a file at all, or one that
/// cannot be read), before the settings store opens it: the store would otherwise fail to open, or
/// start empty and overwrite it on the next save. An error means it could not even be moved.
pub fn quarantine_unreadable_settings(path: &Path) -> Result<Option<PathBuf>> {
    let bytes = match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(path, e)),
        Ok(meta) if !meta.is_file() => None,
        Ok(_) => std::fs::read(path).ok(),
    };
    match bytes.map(|b| serde_json::from_slice::<serde_json::Value>(&b)) {
        Some(Ok(serde_json::Value::Object(_))) => Ok(None),
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

    #[test]
    fn a_settings_directory_is_moved_aside_with_its_contents() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        std::fs::create_dir(&path).unwrap();
        std::fs::write(path.join("keep.txt"), b"mine").unwrap();
        let moved = quarantine_unreadable_settings(&path).unwrap().unwrap();
        assert!(!path.exists(), "the store can now create its file");
        assert_eq!(std::fs::read(moved.join("keep.txt")).unwrap(), b"mine");
    }
}
