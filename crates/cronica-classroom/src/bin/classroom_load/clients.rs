//! The simulated clients: one task per player (join, answer each question at a random moment of the window) and the
//! teacher (start, wait for the timer to close each question, next). Every wait has a timeout.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio::net::TcpStream;
use tokio::sync::OwnedSemaphorePermit;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use super::stats::Shared;

type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

pub async fn open(addr: SocketAddr, path: &str) -> Option<Socket> {
    let url = format!("ws://{addr}{path}");
    let config = WebSocketConfig::default().read_buffer_size(8 * 1024).write_buffer_size(0);
    let connect = tokio_tungstenite::connect_async_with_config(url, Some(config), true);
    match tokio::time::timeout(Duration::from_secs(10), connect).await {
        Ok(Ok((socket, _))) => Some(socket),
        _ => None,
    }
}

async fn send(socket: &mut Socket, message: Value) -> bool {
    socket.send(Message::Text(message.to_string().into())).await.is_ok()
}

/// The next JSON message within `wait`, or None (timeout, close, error).
pub async fn receive(socket: &mut Socket, wait: Duration) -> Option<Value> {
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        match tokio::time::timeout_at(deadline, socket.next()).await {
            Ok(Some(Ok(Message::Text(text)))) => return serde_json::from_str(&text).ok(),
            Ok(Some(Ok(Message::Close(_)) | Err(_)) | None) | Err(_) => return None,
            Ok(Some(Ok(_))) => continue,
        }
    }
}

/// What one simulated player needs.
pub struct PlayerPlan {
    pub addr: SocketAddr,
    pub pin: String,
    pub nickname: String,
    pub window_ms: u64,
    /// Longest silence before giving up.
    pub idle: Duration,
}

/// Joins (holding `permit` only while joining), then plays until the podium, the socket closes or nothing arrives for
/// `idle`.
pub async fn player(plan: PlayerPlan, permit: OwnedSemaphorePermit, shared: Arc<Shared>) {
    let PlayerPlan { addr, pin, nickname, window_ms, idle } = plan;
    let joined = match join(addr, &pin, &nickname).await {
        Some(mut socket) => player_id(&mut socket).await.map(|id| (socket, id)),
        None => None,
    };
    drop(permit);
    let Some((mut socket, player_id)) = joined else {
        shared.with(|m| m.join_failed += 1);
        return;
    };
    shared.with(|m| m.joined += 1);
    while let Some(message) = receive(&mut socket, idle).await {
        match message["type"].as_str() {
            Some("question") => {
                let received = Instant::now();
                let index = message["index"].as_u64().unwrap_or(0) as usize;
                if let Some(opened) = shared.opened_at(index) {
                    shared.with(|m| m.fanout.push(received.saturating_duration_since(opened)));
                }
                let question_id = message["questionId"].as_str().unwrap_or_default().to_owned();
                let options = message["options"].as_array().cloned().unwrap_or_default();
                let Some(option) = options.get(fastrand::usize(..options.len().max(1))) else { continue };
                let option_id = option["id"].clone();
                tokio::time::sleep(Duration::from_millis(fastrand::u64(..window_ms.max(1)))).await;
                let sent = Instant::now();
                if !send(&mut socket, json!({"type": "answer", "questionId": question_id, "optionId": option_id})).await {
                    return;
                }
                if !await_ack(&mut socket, player_id, &question_id, sent, idle, &shared).await {
                    return;
                }
            }
            Some("result") => shared.with(|m| m.results += 1),
            Some("podium") => {
                shared.with(|m| m.podiums += 1);
                return;
            }
            _ => {}
        }
    }
}

async fn join(addr: SocketAddr, pin: &str, nickname: &str) -> Option<Socket> {
    let mut socket = open(addr, "/ws/player").await?;
    send(&mut socket, json!({"type": "join", "pin": pin, "nickname": nickname})).await.then_some(socket)
}

async fn player_id(socket: &mut Socket) -> Option<u64> {
    let message = receive(socket, Duration::from_secs(10)).await?;
    (message["type"] == "joined").then(|| message["playerId"].as_u64()).flatten()
}

/// Waits for the reply to an answer (results that arrive meanwhile are counted); false if the socket is gone.
async fn await_ack(socket: &mut Socket, player_id: u64, question_id: &str, sent: Instant, idle: Duration, shared: &Shared) -> bool {
    while let Some(reply) = receive(socket, idle).await {
        match reply["type"].as_str() {
            Some("answerAccepted") => {
                shared.with(|m| {
                    m.ack.push(sent.elapsed());
                    m.accepted.push((player_id, question_id.to_owned()));
                });
                return true;
            }
            Some("answerRefused") => {
                shared.with(|m| m.refused.push(reply["reason"].as_str().unwrap_or("?").to_owned()));
                return true;
            }
            Some("result") => shared.with(|m| m.results += 1),
            _ => {}
        }
    }
    false
}

/// Learns the PIN, waits until `players` joined (or `join_wait` passed), runs every question, and finishes the game.
pub async fn teacher(
    mut socket: Socket,
    players: usize,
    questions: usize,
    question_wait: Duration,
    join_wait: Duration,
    shared: Arc<Shared>,
) -> Result<(), String> {
    let join_deadline = Instant::now() + join_wait;
    loop {
        let left = join_deadline.saturating_duration_since(Instant::now());
        let Some(message) = receive(&mut socket, left).await else { break };
        if message["type"] == "lobby" && message["players"].as_array().map_or(0, Vec::len) >= players {
            break;
        }
    }
    for index in 0..questions {
        shared.mark_opened(index);
        let command = if index == 0 { "start" } else { "next" };
        if !send(&mut socket, json!({"type": command})).await {
            return Err("the teacher socket closed".into());
        }
        loop {
            let message = receive(&mut socket, question_wait).await.ok_or(format!("question {index} was not revealed in time"))?;
            if message["type"] == "revealed" && message["index"] == index {
                break;
            }
            if message["type"] == "error" {
                return Err(format!("the server refused {command}: {message}"));
            }
        }
    }
    send(&mut socket, json!({"type": "next"})).await;
    loop {
        let message = receive(&mut socket, Duration::from_secs(10)).await.ok_or("no finished message")?;
        if message["type"] == "finished" {
            return Ok(());
        }
    }
}

/// Reads the PIN from the teacher's first lobby message.
pub async fn pin(socket: &mut Socket) -> Option<String> {
    let message = receive(socket, Duration::from_secs(10)).await?;
    message["pin"].as_str().map(str::to_owned)
}
