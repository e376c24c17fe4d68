//! Where `cronica` finds the content: the TOML sources in `--data DIR`, or in `./data` when run in
//! a checkout; otherwise the compiled database the package installs for the app, and the student
//! page beside it. An installed `cronica` is `<prefix>/bin/cronica`; the app's resources (content
//! database, student page) are in `<prefix>/lib/<productName>/`, where Tauri's package puts them.

use std::path::{Path, PathBuf};

/// `--data`'s default: the content folder of a checkout, relative to where `cronica` runs.
pub const DEFAULT_DATA: &str = "data";

/// The app's `productName` in `src-tauri/tauri.conf.json`: Tauri installs resources in
/// `/usr/lib/<productName>/` (a test checks the two agree).
pub const PRODUCT_NAME: &str = "cronica";

/// The content a command reads.
pub enum Content {
    /// A folder of TOML sources (`data/` in a checkout).
    Folder(PathBuf),
    /// The compiled content database the package installed.
    Installed(PathBuf),
}

/// `--data` as given: a folder when it was named or when `./data` holds content, else the
/// installed database when there is one (else the folder, whose absence the command reports).
pub fn locate(data: &Path) -> Content {
    if data == Path::new(DEFAULT_DATA) && !data.join("meta.toml").is_file() {
        if let Some(db) = installed_content_db() {
            return Content::Installed(db);
        }
    }
    Content::Folder(data.to_path_buf())
}

/// The content folder for commands that read the sources (`check`, `build-db`), or why there is none.
pub fn sources(data: &Path, command: &str) -> Result<PathBuf, String> {
    match locate(data) {
        Content::Folder(dir) => Ok(dir),
        Content::Installed(db) => Err(format!(
            "`{command}` reads the content sources, and there is no ./data here: run it in a checkout or pass --data DIR \
             (the installed content, {}, is already compiled)",
            db.display()
        )),
    }
}

/// `<prefix>` when this binary runs as `<prefix>/bin/cronica`.
fn install_prefix() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let bin = exe.parent()?;
    if bin.file_name()? != "bin" {
        return None;
    }
    bin.parent().map(Path::to_path_buf)
}

/// The content database installed with the app, if this `cronica` was installed beside it.
pub fn installed_content_db() -> Option<PathBuf> {
    let db = install_prefix()?.join("lib").join(PRODUCT_NAME).join("content.db");
    db.is_file().then_some(db)
}

/// The built student page the package installs beside the content, for `cronica serve`.
pub fn installed_student_page() -> Option<PathBuf> {
    let dir = install_prefix()?.join("lib").join(PRODUCT_NAME).join("student");
    dir.join("index.html").is_file().then_some(dir)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_product_name_is_the_apps() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../src-tauri/tauri.conf.json");
        let conf: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).expect("tauri.conf.json is readable")).expect("JSON");
        assert_eq!(conf["productName"], super::PRODUCT_NAME);
    }
}
