//! One student's socket: join or rejoin, receive the open question (from the shared `watch`) and personal results (from
//! its own queue), answer. Whatever a client sends only ever gets a reply on its own socket.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;

use axum::extract::ws::WebSocket;
use tokio::sync::{mpsc, watch};

use super::guard::{RateVerdict, SocketRate};
use super::hub::{millis_until, Hub, Personal, PlayerLink, PublicState, Room, PERSONAL_QUEUE};
use super::wire::{self, Incoming, CLOSE_GOING_AWAY, CLOSE_NORMAL, CLOSE_POLICY, CLOSE_TOO_BIG};
use crate::error::Error;
use crate::game::{GamePhase, PlayerId};
use crate::protocol::{AnswerFields, ErrorCode, PlayerCommand, PlayerEvent, PublicQuestion, TeacherCommand};
use crate::recorder::{AnswerRecord, PlayerInfo};

struct PlayerSession {
    hub: Arc<Hub>,
    peer: SocketAddr,
    connection: u64,
    player: Option<PlayerId>,
    personal: Option<mpsc::Receiver<Personal>>,
    public: watch::Receiver<PublicState>,
    /// The question last sent, so a question is sent once.
    last_question: Option<String>,
}

enum Step {
    Stop,
    /// The socket did not join in time.
    JoinTimedOut,
    Personal(Option<Personal>),
    PublicChanged,
    Incoming(Incoming),
}

pub async fn run(mut socket: WebSocket, peer: SocketAddr, hub: Arc<Hub>) {
    let limits = hub.limits;
    let mut rate = SocketRate::new(limits.messages_per_second, limits.message_burst, limits.flood_strikes);
    let mut shutdown = hub.shutdown.clone();
    let join_deadline = tokio::time::Instant::now() + limits.join_timeout;
    let mut session = PlayerSession {
        public: hub.public.subscribe(),
        connection: hub.connection_id(),
        hub,
        peer,
        player: None,
        personal: None,
        last_question: None,
    };
    loop {
        let joined = session.player.is_some();
        let step = tokio::select! {
            biased;
            _ = super::hub::stopped(&mut shutdown) => Step::Stop,
            () = tokio::time::sleep_until(join_deadline), if !joined => Step::JoinTimedOut,
            personal = next_personal(&mut session.personal) => Step::Personal(personal),
            changed = session.public.changed(), if joined => if changed.is_ok() { Step::PublicChanged } else { Step::Stop },
            incoming = wire::receive(&mut socket) => Step::Incoming(incoming),
        };
        let keep_going = match step {
            Step::Stop => {
                // What was already queued for this player (the podium, when the game just ended) goes out first.
                if let Some(personal) = session.personal.as_mut() {
                    while let Ok(Personal::Event(event)) = personal.try_recv() {
                        if !wire::send_json(&mut socket, &event).await {
                            break;
                        }
                    }
                }
                wire::close(&mut socket, CLOSE_GOING_AWAY, "server stopping").await;
                false
            }
            Step::JoinTimedOut => {
                wire::send_json(&mut socket, &error(ErrorCode::NotJoined, "join within a minute of connecting")).await;
                wire::close(&mut socket, CLOSE_POLICY, "did not join in time").await;
                false
            }
            Step::Personal(Some(Personal::Event(event))) => wire::send_json(&mut socket, &event).await,
            Step::Personal(Some(Personal::Kicked)) => {
                wire::send_json(&mut socket, &PlayerEvent::Kicked).await;
                wire::close(&mut socket, CLOSE_POLICY, "removed by the teacher").await;
                false
            }
            Step::Personal(Some(Personal::Replaced)) => {
                wire::close(&mut socket, CLOSE_NORMAL, "connected elsewhere").await;
                false
            }
            Step::Personal(None) => {
                wire::close(&mut socket, CLOSE_POLICY, "too far behind; rejoin with the token").await;
                false
            }
            Step::PublicChanged => match session.question_to_send() {
                Some(event) => wire::send_json(&mut socket, &event).await,
                None => true,
            },
            Step::Incoming(Incoming::Gone) => false,
            Step::Incoming(Incoming::TooLarge) => {
                wire::send_json(&mut socket, &error(ErrorCode::TooLarge, "message too large")).await;
                wire::close(&mut socket, CLOSE_TOO_BIG, "message too large").await;
                false
            }
            Step::Incoming(incoming) => match rate.check() {
                RateVerdict::Allow => session.handle(incoming, &mut socket).await,
                RateVerdict::Refuse { tell } => !tell || wire::send_json(&mut socket, &error(ErrorCode::RateLimited, "slow down")).await,
                RateVerdict::Disconnect => {
                    wire::send_json(&mut socket, &error(ErrorCode::RateLimited, "too many messages")).await;
                    wire::close(&mut socket, CLOSE_POLICY, "too many messages").await;
                    false
                }
            },
        };
        if !keep_going {
            break;
        }
    }
    session.leave().await;
}

async fn next_personal(personal: &mut Option<mpsc::Receiver<Personal>>) -> Option<Personal> {
    match personal {
        Some(receiver) => receiver.recv().await,
        None => std::future::pending().await,
    }
}

fn error(code: ErrorCode, message: impl Into<String>) -> PlayerEvent {
    PlayerEvent::Error { code, message: message.into() }
}

fn error_from(failure: &Error) -> PlayerEvent {
    error(failure.code(), failure.to_string())
}

fn refusal(question_id: String, failure: &Error) -> PlayerEvent {
    match failure.answer_refusal() {
        Some(reason) => PlayerEvent::AnswerRefused { question_id, reason },
        None => error_from(failure),
    }
}

fn question_event(question: &PublicQuestion, deadline: Instant) -> PlayerEvent {
    PlayerEvent::Question { question: question.clone(), deadline_ms: millis_until(deadline) }
}

impl PlayerSession {
    /// Handles one data message; false when the socket should close.
    async fn handle(&mut self, incoming: Incoming, socket: &mut WebSocket) -> bool {
        let replies = match incoming {
            Incoming::Text(text) => self.handle_text(&text).await,
            Incoming::Binary => vec![error(ErrorCode::Malformed, "binary messages are not part of the protocol")],
            _ => Vec::new(),
        };
        for reply in &replies {
            if !wire::send_json(socket, reply).await {
                return false;
            }
        }
        true
    }

    async fn handle_text(&mut self, text: &str) -> Vec<PlayerEvent> {
        let command = match serde_json::from_str::<PlayerCommand>(text) {
            Ok(command) => command,
            Err(_) if serde_json::from_str::<TeacherCommand>(text).is_ok() => {
                return vec![error(ErrorCode::NotAllowed, "teacher commands are not accepted on a player socket")];
            }
            Err(parse_error) => return vec![error(ErrorCode::Malformed, format!("not a player message: {parse_error}"))],
        };
        match command {
            PlayerCommand::Join { pin, nickname } => self.join(&pin, &nickname).await,
            PlayerCommand::Rejoin { token } => self.rejoin(&token).await,
            PlayerCommand::Answer { question_id, option_id, year, order, matches, text } => {
                self.answer(question_id, AnswerFields { option_id, year, order, matches, text }).await
            }
        }
    }

    /// What both join and rejoin refuse first: a socket that already has a player, or an address
    /// locked out for guessing.
    fn admission_refusal(&self, now: Instant) -> Option<PlayerEvent> {
        if self.player.is_some() {
            return Some(error(ErrorCode::AlreadyJoined, "this socket already has a player"));
        }
        if self.hub.pin_guard.is_locked(self.peer.ip(), now) {
            return Some(error_from(&Error::TooManyAttempts));
        }
        None
    }

    async fn join(&mut self, pin: &str, nickname: &str) -> Vec<PlayerEvent> {
        let (ip, now) = (self.peer.ip(), Instant::now());
        if let Some(refusal) = self.admission_refusal(now) {
            return vec![refusal];
        }
        let hub = Arc::clone(&self.hub);
        let mut room = hub.room.lock().await;
        let joined = match room.game.join(pin, nickname) {
            Ok(joined) => joined,
            Err(Error::WrongPin) => {
                drop(room);
                let failure = if hub.pin_guard.record_failure(ip, now) { Error::TooManyAttempts } else { Error::WrongPin };
                return vec![error_from(&failure)];
            }
            Err(failure) => return vec![error_from(&failure)],
        };
        if let Err(failure) = hub.recorder.player_joined(&PlayerInfo { player_id: joined.id, nickname: joined.nickname.clone() }) {
            let _ = room.game.remove_player(joined.id);
            return vec![error_from(&Error::Recorder(failure))];
        }
        let mut replies = vec![PlayerEvent::Joined { player_id: joined.id, token: joined.token, nickname: joined.nickname, score: 0 }];
        replies.extend(self.attach(&mut room, joined.id));
        hub.mark_players_changed(&room);
        replies
    }

    async fn rejoin(&mut self, token: &str) -> Vec<PlayerEvent> {
        let (ip, now) = (self.peer.ip(), Instant::now());
        if let Some(refusal) = self.admission_refusal(now) {
            return vec![refusal];
        }
        let hub = Arc::clone(&self.hub);
        let mut room = hub.room.lock().await;
        let player = match room.game.rejoin(token).and_then(|id| room.game.player(id).cloned()) {
            Ok(player) => player,
            Err(failure) => {
                drop(room);
                let failure = if hub.pin_guard.record_failure(ip, now) { Error::TooManyAttempts } else { failure };
                return vec![error_from(&failure)];
            }
        };
        let mut replies =
            vec![PlayerEvent::Joined { player_id: player.id, token: player.token, nickname: player.nickname, score: player.score }];
        replies.extend(self.attach(&mut room, player.id));
        hub.mark_players_changed(&room);
        replies
    }

    /// Links this socket to a player and returns what they need to catch up: the open question and their own answer,
    /// or their result, or the podium.
    fn attach(&mut self, room: &mut Room, player: PlayerId) -> Vec<PlayerEvent> {
        let (sender, receiver) = mpsc::channel(PERSONAL_QUEUE);
        if let Some(previous) = room.links.insert(player, PlayerLink { connection: self.connection, sender }) {
            let _ = previous.sender.try_send(Personal::Replaced);
        }
        self.player = Some(player);
        self.personal = Some(receiver);
        let public = self.public.borrow_and_update().clone();
        let mut catch_up = Vec::new();
        match (room.game.phase(), public) {
            (GamePhase::QuestionOpen { index }, PublicState::Question { question, deadline }) => {
                catch_up.push(question_event(&question, deadline));
                self.last_question = Some(question.question_id.clone());
                if let Some(answer) = room.game.answer_of(player, index) {
                    catch_up.push(PlayerEvent::AnswerAccepted { question_id: question.question_id.clone(), answer: answer.value.clone() });
                }
            }
            (GamePhase::QuestionRevealed { .. }, _) => {
                if let Some(result) = room.game.player_result(player, &room.game.ranks()) {
                    catch_up.push(PlayerEvent::Result { result });
                }
            }
            (GamePhase::Finished, _) => {
                let ranks = room.game.ranks();
                let your_score = room.game.player(player).map_or(0, |player| player.score);
                let leaderboard = room.game.leaderboard(self.hub.limits.leaderboard_size);
                catch_up.push(PlayerEvent::Podium { leaderboard, your_score, your_rank: ranks.get(&player).copied().unwrap_or(0) });
            }
            _ => {}
        }
        catch_up
    }

    async fn answer(&mut self, question_id: String, fields: AnswerFields) -> Vec<PlayerEvent> {
        let Some(player) = self.player else { return vec![error(ErrorCode::NotJoined, "join first")] };
        let Some(value) = fields.value() else {
            return vec![refusal(question_id, &Error::InvalidAnswer)];
        };
        let received = Instant::now();
        let hub = Arc::clone(&self.hub);
        let mut room = hub.room.lock().await;
        let scored = match room.game.evaluate_answer(player, &question_id, value.clone(), received) {
            Ok(scored) => scored,
            Err(failure) => return vec![refusal(question_id, &failure)],
        };
        let nickname = room.game.player(player).map(|player| player.nickname.clone()).unwrap_or_default();
        let record = AnswerRecord {
            player_id: player,
            nickname,
            question_id: question_id.clone(),
            answer: value.clone(),
            right: scored.answer.right,
            points: scored.answer.points,
            time_to_answer_ms: scored.answer.elapsed_ms,
        };
        // Acknowledge only what the recorder holds.
        if let Err(failure) = hub.recorder.answer_recorded(&record) {
            return vec![refusal(question_id, &Error::Recorder(failure))];
        }
        if let Err(failure) = room.game.commit_answer(scored) {
            return vec![refusal(question_id, &failure)];
        }
        hub.progress.send_replace(room.game.progress());
        vec![PlayerEvent::AnswerAccepted { question_id, answer: value }]
    }

    /// The open question, if this player has not been sent it yet.
    fn question_to_send(&mut self) -> Option<PlayerEvent> {
        let PublicState::Question { question, deadline } = self.public.borrow_and_update().clone() else { return None };
        if self.last_question.as_deref() == Some(question.question_id.as_str()) {
            return None;
        }
        self.last_question = Some(question.question_id.clone());
        Some(question_event(&question, deadline))
    }

    /// The socket is gone: the player stays in the game, offline (unless another socket took over).
    async fn leave(self) {
        let Some(player) = self.player else { return };
        let mut room = self.hub.room.lock().await;
        let taken_over = room.links.get(&player).is_some_and(|link| link.connection != self.connection);
        if taken_over {
            return;
        }
        room.links.remove(&player);
        if room.game.set_online(player, false).is_ok() {
            self.hub.mark_players_changed(&room);
        }
    }
}
