//! Sending and receiving JSON over one WebSocket, with a send timeout, so the socket tasks read as protocol logic.

use std::time::Duration;

use axum::extract::ws::{CloseFrame, Message, WebSocket};
use serde::Serialize;
use tokio_tungstenite::tungstenite;

/// A client that does not read for this long is given up on.
const SEND_TIMEOUT: Duration = Duration::from_secs(5);

/// Close codes (RFC 6455).
pub const CLOSE_NORMAL: u16 = 1000;
pub const CLOSE_GOING_AWAY: u16 = 1001;
pub const CLOSE_POLICY: u16 = 1008;
pub const CLOSE_TOO_BIG: u16 = 1009;

/// What arrived on a socket, sorted for the protocol.
pub enum Incoming {
    Text(String),
    /// Binary data: not part of the protocol.
    Binary,
    /// Ping or pong (answered by the library).
    Control,
    /// A frame or message over the size limit.
    TooLarge,
    /// Closed by the client, or broken.
    Gone,
}

pub async fn receive(socket: &mut WebSocket) -> Incoming {
    match socket.recv().await {
        Some(Ok(Message::Text(text))) => Incoming::Text(text.to_string()),
        Some(Ok(Message::Binary(_))) => Incoming::Binary,
        Some(Ok(Message::Ping(_) | Message::Pong(_))) => Incoming::Control,
        Some(Ok(Message::Close(_))) | None => Incoming::Gone,
        Some(Err(error)) => {
            let inner = error.into_inner();
            match inner.downcast_ref::<tungstenite::Error>() {
                Some(tungstenite::Error::Capacity(_)) => Incoming::TooLarge,
                _ => Incoming::Gone,
            }
        }
    }
}

/// Sends one message as JSON; false when the socket is gone or too slow.
pub async fn send_json<T: Serialize>(socket: &mut WebSocket, message: &T) -> bool {
    let Ok(text) = serde_json::to_string(message) else { return false };
    matches!(tokio::time::timeout(SEND_TIMEOUT, socket.send(Message::Text(text.into()))).await, Ok(Ok(())))
}

pub async fn close(socket: &mut WebSocket, code: u16, reason: &'static str) {
    let frame = CloseFrame { code, reason: reason.into() };
    let _ = tokio::time::timeout(SEND_TIMEOUT, socket.send(Message::Close(Some(frame)))).await;
}
