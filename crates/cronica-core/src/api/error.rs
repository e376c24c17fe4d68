//! What a failed call sends to the UI: a kind to branch on and a short message for the details.

use serde::Serialize;
use ts_rs::TS;

use crate::error::{Error, ErrorKind};

/// Messages quote inputs; past this many characters they are cut, so a huge input never comes
/// back as a huge error.
const MESSAGE_LIMIT: usize = 300;

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct ApiError {
    pub kind: ErrorKind,
    pub message: String,
}

impl ApiError {
    pub fn new(kind: ErrorKind, message: impl std::fmt::Display) -> ApiError {
        let message = message.to_string();
        let message = match message.char_indices().nth(MESSAGE_LIMIT) {
            Some((cut, _)) => format!("{}…", &message[..cut]),
            None => message,
        };
        ApiError { kind, message }
    }

    pub(crate) fn unknown_command(command: &str) -> ApiError {
        ApiError::new(ErrorKind::InvalidInput, format_args!("unknown call '{command}'"))
    }
}

impl From<Error> for ApiError {
    fn from(e: Error) -> ApiError {
        ApiError::new(e.kind(), e)
    }
}

pub(crate) fn parse_args<T: serde::de::DeserializeOwned>(args: serde_json::Value) -> Result<T, ApiError> {
    serde_json::from_value(args).map_err(|e| ApiError::new(ErrorKind::InvalidInput, format_args!("invalid arguments: {e}")))
}

pub(crate) fn to_json<T: Serialize>(value: &T) -> Result<serde_json::Value, ApiError> {
    serde_json::to_value(value).map_err(|e| ApiError::new(ErrorKind::Internal, e))
}
