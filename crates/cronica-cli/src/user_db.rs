//! Which user database the quiz commands use, and opening it: by default the desktop app's own
//! (`user.db` in the app-data folder Tauri names after the app's identifier), so quizzes prepared
//! here show up in the app; `--user-db` names another. Commands that only read create nothing, and
//! read a database this user may not write from a copy in memory, as the app does.

use std::path::{Path, PathBuf};

use cronica_core::{Error, UserDb};

/// The app's identifier, `identifier` in `src-tauri/tauri.conf.json`; Tauri names the app-data
/// folder after it (a test checks the two agree).
const APP_IDENTIFIER: &str = "cl.cronica.desktop";

/// Where the desktop app keeps its user database.
pub fn default_path() -> Result<PathBuf, String> {
    let data_home = data_home().ok_or("cannot tell where the app keeps its data (no home folder); name a file with --user-db")?;
    Ok(data_home.join(APP_IDENTIFIER).join("user.db"))
}

/// Tauri's base for app data on Linux (as the `dirs` crate finds it): `$XDG_DATA_HOME` when it
/// is an absolute path, else `~/.local/share`.
#[cfg(not(any(target_os = "macos", windows)))]
fn data_home() -> Option<PathBuf> {
    let xdg = std::env::var_os("XDG_DATA_HOME").map(PathBuf::from).filter(|p| p.is_absolute());
    xdg.or_else(|| home().map(|h| h.join(".local/share")))
}

#[cfg(target_os = "macos")]
fn data_home() -> Option<PathBuf> {
    home().map(|h| h.join("Library/Application Support"))
}

#[cfg(windows)]
fn data_home() -> Option<PathBuf> {
    std::env::var_os("APPDATA").map(PathBuf::from).filter(|p| p.is_absolute())
}

#[cfg(not(windows))]
fn home() -> Option<PathBuf> {
    std::env::var_os("HOME").map(PathBuf::from).filter(|p| p.is_absolute())
}

/// What a command does with the user database.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Only reads: where no file exists yet, an empty database in memory stands in.
    Read,
    /// Writes: the file is created, with its folder, if need be.
    Write,
}

/// Opens the user database at `path`. A file that is not a readable database is moved aside and
/// replaced, as the app does, and this says so. One this user may not write (the file, a sidecar
/// or its folder) is read from a copy in memory by commands that only read, leaving every file as
/// it was; commands that write refuse it with what to fix.
pub fn open(path: &Path, access: Access) -> Result<UserDb, String> {
    if access == Access::Read && !path.is_file() {
        return UserDb::open_in_memory().map_err(|e| e.to_string());
    }
    let opened = match UserDb::open(path) {
        Ok(opened) => opened,
        Err(Error::ReadOnly { path: unwritable }) => {
            return match access {
                Access::Read => UserDb::open_read_only_copy(path).map_err(|e| format!("{}: {e}", path.display())),
                Access::Write => Err(format!(
                    "{} cannot be written, so nothing would be saved; fix the permissions of that file and its folder, or name another file with --user-db",
                    unwritable.display()
                )),
            };
        }
        Err(e) => return Err(format!("{}: {e}", path.display())),
    };
    if let Some(moved) = opened.recovered_from {
        eprintln!("cronica: {} could not be read; it was moved to {} and a new one started", path.display(), moved.display());
    }
    for set_aside in &opened.set_aside {
        eprintln!("cronica: {} did not belong to {}; it was set aside, not applied", set_aside.display(), path.display());
    }
    Ok(opened.db)
}
