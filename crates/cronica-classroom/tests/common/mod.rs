//! Helpers for the socket tests: a server on 127.0.0.1 with a few questions, a JSON WebSocket client that keeps every
//! message it received, and a bare HTTP GET. Every wait is bounded.
#![allow(dead_code)]

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use cronica_classroom::{
    ClassroomServer, GameOption, GameQuestion, GameQuestionKind, GameRecorder, MemoryRecorder, RunningServer, ServerConfig,
};
use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

pub const WAIT: Duration = Duration::from_secs(3);

pub fn questions(time_limit_ms: u64) -> Vec<GameQuestion> {
    let option = |id: &str, text: &str| GameOption { id: id.into(), text: text.into() };
    vec![
        GameQuestion {
            id: "q1".into(),
            prompt: "¿Quién fue el primer presidente de Chile?".into(),
            kind: GameQuestionKind::Choice {
                options: vec![option("o1", "Manuel Blanco Encalada"), option("o2", "Bernardo O'Higgins"), option("o3", "Diego Portales")],
                correct: "o1".into(),
            },
            time_limit_ms,
            points: 1000,
            explanation: "Blanco Encalada asumió en 1826.".into(),
            source: None,
        },
        GameQuestion {
            id: "q2".into(),
            prompt: "¿En qué año se promulgó la Constitución de 1925?".into(),
            kind: GameQuestionKind::Year { correct: 1925 },
            time_limit_ms,
            points: 500,
            explanation: String::new(),
            source: Some("Memoria Chilena".into()),
        },
    ]
}

pub async fn start(time_limit_ms: u64, recorder: Arc<dyn GameRecorder>) -> RunningServer {
    let mut config = ServerConfig::new("127.0.0.1:0".parse().unwrap(), questions(time_limit_ms), recorder);
    config.public_url = Some("http://127.0.0.1/".into());
    ClassroomServer::start(config).await.unwrap()
}

pub async fn start_default() -> (RunningServer, Arc<MemoryRecorder>) {
    let recorder = Arc::new(MemoryRecorder::new());
    (start(10_000, recorder.clone()).await, recorder)
}

pub struct Client {
    stream: WebSocketStream<MaybeTlsStream<TcpStream>>,
    /// Every JSON message received, in order.
    pub log: Vec<Value>,
}

/// Opens a WebSocket, optionally with an Origin header; Err holds the HTTP status of a refused handshake.
pub async fn try_connect(addr: SocketAddr, path: &str, origin: Option<&str>) -> Result<Client, u16> {
    let mut request = format!("ws://{addr}{path}").into_client_request().unwrap();
    if let Some(origin) = origin {
        request.headers_mut().insert("origin", HeaderValue::from_str(origin).unwrap());
    }
    match tokio::time::timeout(WAIT, tokio_tungstenite::connect_async(request)).await.expect("connect timed out") {
        Ok((stream, _)) => Ok(Client { stream, log: Vec::new() }),
        Err(tokio_tungstenite::tungstenite::Error::Http(response)) => Err(response.status().as_u16()),
        Err(other) => panic!("unexpected connect error: {other}"),
    }
}

pub async fn connect(addr: SocketAddr, path: &str) -> Client {
    try_connect(addr, path, None).await.unwrap()
}

pub async fn teacher(server: &RunningServer) -> Client {
    connect(server.local_addr(), &server.teacher_path()).await
}

impl Client {
    pub async fn send(&mut self, message: Value) {
        self.send_text(message.to_string()).await;
    }

    pub async fn send_text(&mut self, text: String) {
        self.stream.send(Message::Text(text.into())).await.unwrap();
    }

    pub async fn send_raw(&mut self, message: Message) -> bool {
        self.stream.send(message).await.is_ok()
    }

    /// The next JSON message, or None when the socket closed.
    pub async fn next(&mut self) -> Option<Value> {
        loop {
            let frame = tokio::time::timeout(WAIT, self.stream.next()).await.expect("no message in time");
            match frame {
                Some(Ok(Message::Text(text))) => {
                    let value: Value = serde_json::from_str(&text).unwrap();
                    self.log.push(value.clone());
                    return Some(value);
                }
                Some(Ok(Message::Close(_))) | None | Some(Err(_)) => return None,
                Some(Ok(_)) => continue,
            }
        }
    }

    /// Skips messages until one of `kind` arrives.
    pub async fn expect(&mut self, kind: &str) -> Value {
        loop {
            let message = self.next().await.unwrap_or_else(|| panic!("closed while waiting for {kind}; got {:?}", self.log));
            if message["type"] == kind {
                return message;
            }
        }
    }

    /// True when the server closes the socket within the wait (messages before the close are logged).
    pub async fn closes(&mut self) -> bool {
        for _ in 0..50 {
            if self.next().await.is_none() {
                return true;
            }
        }
        false
    }

    pub async fn join(addr: SocketAddr, pin: &str, nickname: &str) -> (Client, Value) {
        let mut client = connect(addr, "/ws/player").await;
        client.send(json!({"type": "join", "pin": pin, "nickname": nickname})).await;
        let joined = client.expect("joined").await;
        (client, joined)
    }

    pub async fn answer_option(&mut self, question_id: &str, option_id: &str) -> Value {
        self.send(json!({"type": "answer", "questionId": question_id, "optionId": option_id})).await;
        self.next().await.unwrap()
    }
}

/// A bare HTTP/1.1 GET on 127.0.0.1: (status, lowercased headers, body).
pub async fn http_get(addr: SocketAddr, path: &str) -> (u16, String, String) {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = Vec::new();
    tokio::time::timeout(WAIT, stream.read_to_end(&mut response)).await.unwrap().unwrap();
    let text = String::from_utf8_lossy(&response).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head.split_whitespace().nth(1).and_then(|code| code.parse().ok()).unwrap_or(0);
    (status, head.to_lowercase(), body.to_owned())
}
