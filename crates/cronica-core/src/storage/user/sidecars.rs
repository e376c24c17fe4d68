//! The files SQLite keeps beside the user database (`-wal`, `-shm`), checked before it opens.
//! SQLite gives them the main file's permissions when it creates them, so a session run while
//! `user.db` was read-only leaves read-only sidecars that would keep the database unwritable after
//! the file itself is fixed; and a sidecar that is not a file at all would stop it opening.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::quarantine::move_aside;

pub(super) const SUFFIXES: [&str; 2] = ["-wal", "-shm"];

/// `user.db` → `user.db-wal`.
pub(super) fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Whether this process may write `path`: its permissions allow writing (a file marked read-only
/// is read-only even for an administrator) and the system agrees.
pub(super) fn writable(path: &Path) -> Result<bool> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.permissions().readonly() {
        return Ok(false);
    }
    match std::fs::OpenOptions::new().write(true).open(path) {
        Ok(_) => Ok(true),
        Err(e) if matches!(e.kind(), std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem) => Ok(false),
        Err(e) => Err(Error::io(path, e)),
    }
}

/// Checks each sidecar of the (writable) database at `path`: one that is not a file is moved
/// aside (kept), one that lost its write permission gets the main file's permissions back. Returns
/// what was moved; a sidecar that stays unwritable is `Error::ReadOnly`.
pub(super) fn check(path: &Path) -> Result<Vec<PathBuf>> {
    let mut moved = Vec::new();
    for suffix in SUFFIXES {
        let side = sidecar(path, suffix);
        let meta = match std::fs::symlink_metadata(&side) {
            Ok(meta) => meta,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(Error::io(&side, e)),
        };
        if !meta.is_file() {
            moved.push(move_aside(&side, &[])?);
            continue;
        }
        if !writable(&side)? {
            let main = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
            // Only the owner may change permissions; failing that, the sidecar stays read-only.
            let _ = std::fs::set_permissions(&side, main.permissions());
            if !writable(&side)? {
                return Err(Error::ReadOnly { path: side });
            }
        }
    }
    Ok(moved)
}
