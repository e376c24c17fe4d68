//! Serves every call declared in `cronica_core::api` over Tauri IPC: the command name picks the
//! call, its JSON arguments are validated in Rust, and the work runs off the UI thread. Tauri
//! checks each command against the window's capability before this handler sees it.

use std::sync::Arc;

use cronica_core::api::{self, ApiError};
use cronica_core::{Cronica, ErrorKind};
use tauri::ipc::{Invoke, InvokeBody, InvokeError};
use tauri::{Manager, Runtime};

pub fn handler<R: Runtime>(invoke: Invoke<R>) -> bool {
    let command = invoke.message.command().to_string();
    if !api::COMMANDS.contains(&command.as_str()) {
        return false;
    }
    let args = match invoke.message.payload() {
        InvokeBody::Json(value) => value.clone(),
        InvokeBody::Raw(_) => {
            invoke.resolver.reject(ApiError::new(ErrorKind::InvalidInput, "arguments must be JSON"));
            return true;
        }
    };
    let Some(app) = invoke.message.webview().try_state::<Arc<Cronica>>().map(|s| Arc::clone(&s)) else {
        invoke.resolver.reject(ApiError::new(ErrorKind::Internal, "the app is not ready yet"));
        return true;
    };
    invoke.resolver.respond_async(async move {
        let outcome = tauri::async_runtime::spawn_blocking(move || api::dispatch(&app, &command, args)).await;
        let result = outcome.unwrap_or_else(|e| Err(ApiError::new(ErrorKind::Internal, e)));
        result.map_err(|e| InvokeError::from(serde_json::to_value(e).unwrap_or_default()))
    });
    true
}
