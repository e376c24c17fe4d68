use serde::Serialize;

/// What a failed command sends to the UI: `{ kind, message }`.
#[derive(Debug, Serialize)]
pub struct CommandError {
    kind: &'static str,
    message: String,
}

impl From<cronica_core::Error> for CommandError {
    fn from(e: cronica_core::Error) -> Self {
        CommandError { kind: e.kind(), message: e.to_string() }
    }
}

impl From<tauri::Error> for CommandError {
    fn from(e: tauri::Error) -> Self {
        CommandError { kind: "internal", message: e.to_string() }
    }
}

impl From<tauri_plugin_store::Error> for CommandError {
    fn from(e: tauri_plugin_store::Error) -> Self {
        CommandError { kind: "settings", message: e.to_string() }
    }
}

pub type CommandResult<T> = Result<T, CommandError>;
