//! Compiles `data/` into the content database the app bundles, then runs Tauri's build. Content
//! errors stop the build with their `file:line: field: message` list.

use std::path::Path;

/// Every command the UI may call; each needs an `allow-…` permission in a capability.
const COMMANDS: &[&str] = &[
    "get_settings",
    "save_settings",
    "startup_notices",
    "home",
    "list_chapters",
    "get_chapter",
    "mark_section_read",
    "list_eras",
    "list_events",
    "get_event",
    "list_figures",
    "get_figure",
    "list_terms",
    "get_term",
    "get_perspective",
    "get_source",
    "start_quiz",
    "answer_question",
    "finish_quiz",
];

fn main() {
    let data = Path::new("../data");
    println!("cargo:rerun-if-changed=../data");
    let out = Path::new("resources/content.db");
    if let Err(e) = cronica_core::compile_content(data, out) {
        panic!("the content in data/ does not compile:\n{e}");
    }
    let attributes = tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    tauri_build::try_build(attributes).expect("tauri build step failed");
}
