//! The teacher's socket: commands that move the game on, and aggregates back (player list, progress, histogram,
//! leaderboard). Player-list updates are throttled so a class joining at once does not flood the teacher.

use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use axum::extract::ws::WebSocket;
use tokio::sync::broadcast::error::RecvError;

use super::guard::{RateVerdict, SocketRate};
use super::hub::{millis_until, Hub, Personal, Room};
use super::wire::{self, Incoming, CLOSE_GOING_AWAY, CLOSE_POLICY, CLOSE_TOO_BIG};
use crate::error::{Error, Result};
use crate::game::{GamePhase, NextStep};
use crate::protocol::{ErrorCode, TeacherCommand, TeacherEvent};
use crate::recorder::GameInfo;

/// At most one `lobby` message per this interval.
const LOBBY_THROTTLE: Duration = Duration::from_millis(100);

pub async fn run(mut socket: WebSocket, hub: Arc<Hub>) {
    let (first_events, mut events) = {
        let room = hub.room.lock().await;
        (snapshot(&hub, &room), hub.teacher.subscribe())
    };
    let mut progress = hub.progress.subscribe();
    let mut players = hub.players_changed.subscribe();
    progress.borrow_and_update();
    players.borrow_and_update();
    if !send_all(&mut socket, &first_events).await {
        return;
    }
    let limits = hub.limits;
    let mut rate = SocketRate::new(limits.messages_per_second, limits.message_burst, limits.flood_strikes);
    let mut shutdown = hub.shutdown.clone();
    let mut lobby_due: Option<tokio::time::Instant> = None;
    loop {
        let lobby_sleep = tokio::time::sleep_until(lobby_due.unwrap_or_else(tokio::time::Instant::now));
        let keep_going = tokio::select! {
            biased;
            _ = super::hub::stopped(&mut shutdown) => {
                wire::close(&mut socket, CLOSE_GOING_AWAY, "server stopping").await;
                false
            }
            event = events.recv() => match event {
                Ok(event) => wire::send_json(&mut socket, &event).await,
                Err(RecvError::Lagged(_)) => {
                    let catch_up = snapshot(&hub, &*hub.room.lock().await);
                    send_all(&mut socket, &catch_up).await
                }
                Err(RecvError::Closed) => false,
            },
            Ok(()) = progress.changed() => {
                let (answered, total) = *progress.borrow_and_update();
                wire::send_json(&mut socket, &TeacherEvent::Progress { answered, total }).await
            }
            Ok(()) = players.changed() => {
                players.borrow_and_update();
                lobby_due.get_or_insert_with(|| tokio::time::Instant::now() + LOBBY_THROTTLE);
                true
            }
            _ = lobby_sleep, if lobby_due.is_some() => {
                lobby_due = None;
                let lobby = hub.lobby_event(&*hub.room.lock().await);
                wire::send_json(&mut socket, &lobby).await
            }
            incoming = wire::receive(&mut socket) => match incoming {
                Incoming::Gone => false,
                Incoming::TooLarge => {
                    wire::send_json(&mut socket, &error(ErrorCode::TooLarge, "message too large")).await;
                    wire::close(&mut socket, CLOSE_TOO_BIG, "message too large").await;
                    false
                }
                Incoming::Control => true,
                incoming => match rate.check() {
                    RateVerdict::Allow => match reply(&hub, incoming).await {
                        Some(reply) => wire::send_json(&mut socket, &reply).await,
                        None => true,
                    },
                    RateVerdict::Refuse { tell } => !tell || wire::send_json(&mut socket, &error(ErrorCode::RateLimited, "slow down")).await,
                    RateVerdict::Disconnect => {
                        wire::close(&mut socket, CLOSE_POLICY, "too many messages").await;
                        false
                    }
                },
            },
        };
        if !keep_going {
            break;
        }
    }
}

async fn send_all(socket: &mut WebSocket, events: &[TeacherEvent]) -> bool {
    for event in events {
        if !wire::send_json(socket, event).await {
            return false;
        }
    }
    true
}

fn error(code: ErrorCode, message: impl Into<String>) -> TeacherEvent {
    TeacherEvent::Error { code, message: message.into() }
}

/// Runs a command; the reply is an error for this teacher only (everything else goes out through the hub).
async fn reply(hub: &Hub, incoming: Incoming) -> Option<TeacherEvent> {
    let Incoming::Text(text) = incoming else { return Some(error(ErrorCode::Malformed, "binary messages are not part of the protocol")) };
    let command = match serde_json::from_str::<TeacherCommand>(&text) {
        Ok(command) => command,
        Err(parse_error) => return Some(error(ErrorCode::Malformed, format!("not a teacher message: {parse_error}"))),
    };
    let mut room = hub.room.lock().await;
    execute(hub, &mut room, command).err().map(|failure| error(failure.code(), failure.to_string()))
}

fn execute(hub: &Hub, room: &mut Room, command: TeacherCommand) -> Result<()> {
    let now = Instant::now();
    match command {
        TeacherCommand::Start => {
            if room.game.phase() == GamePhase::Lobby {
                let info = GameInfo {
                    pin: room.game.pin().to_owned(),
                    question_ids: room.game.questions().iter().map(|question| question.id.clone()).collect(),
                    speed_bonus: room.game.settings().speed_bonus,
                    started_at: SystemTime::now(),
                };
                hub.recorder.game_started(&info).map_err(Error::Recorder)?;
            }
            room.game.start(now)?;
            hub.announce_question(room);
        }
        TeacherCommand::Next => match room.game.next(now)? {
            NextStep::Question(_) => hub.announce_question(room),
            NextStep::Finished => hub.announce_finish(room),
        },
        TeacherCommand::Reveal => {
            room.game.reveal(now)?;
            hub.announce_reveal(room);
        }
        TeacherCommand::Kick { player_id } => {
            room.game.remove_player(player_id)?;
            hub.recorder.player_removed(player_id).map_err(Error::Recorder)?;
            Hub::send_personal(room, player_id, Personal::Kicked);
            room.links.remove(&player_id);
            hub.mark_players_changed(room);
        }
        TeacherCommand::End => {
            room.game.end(now)?;
            hub.announce_finish(room);
        }
    }
    Ok(())
}

/// Everything a teacher who (re)connects needs: the lobby, then the state of the current question or the final board.
fn snapshot(hub: &Hub, room: &Room) -> Vec<TeacherEvent> {
    let mut events = vec![hub.lobby_event(room)];
    let game = &room.game;
    let total = game.questions().len();
    match (game.phase(), game.current_question()) {
        (GamePhase::QuestionOpen { index }, Some((_, question))) => {
            let deadline_ms = game.deadline().map_or(0, millis_until);
            events.push(TeacherEvent::question_opened(question, index, total, deadline_ms));
            let (answered, total) = game.progress();
            events.push(TeacherEvent::Progress { answered, total });
        }
        (GamePhase::QuestionRevealed { index }, Some((_, question))) => {
            if let Some(histogram) = game.histogram(index) {
                let leaderboard = game.leaderboard(hub.limits.leaderboard_size);
                events.push(TeacherEvent::revealed(question, index, total, histogram, leaderboard));
            }
        }
        (GamePhase::Finished, _) => events.push(TeacherEvent::Finished { leaderboard: game.leaderboard(hub.limits.leaderboard_size) }),
        _ => {}
    }
    events
}
