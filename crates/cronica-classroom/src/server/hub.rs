//! The state every socket shares: the game behind one mutex, with each joined player's personal channel, and the channels
//! that fan out to everyone without awaiting under the lock (a `watch` for the public question, a `broadcast` for the
//! teacher, one bounded `mpsc` per player used with `try_send`).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Instant, SystemTime};

use tokio::sync::{broadcast, mpsc, watch, Mutex, Notify};

use super::guard::PinGuard;
use super::Limits;
use crate::game::{Game, GamePhase, PlayerId};
use crate::protocol::{PlayerEvent, PublicQuestion, TeacherEvent};
use crate::recorder::{GameRecorder, GameSummary};

/// Messages waiting per player; a player this far behind is disconnected (and may rejoin).
pub const PERSONAL_QUEUE: usize = 16;
pub const TEACHER_QUEUE: usize = 256;

/// What a player's socket task receives from the rest of the server.
#[derive(Debug)]
pub enum Personal {
    Event(PlayerEvent),
    Kicked,
    /// The same player connected again from another socket; this one closes.
    Replaced,
}

/// The phase as every player sees it; never holds a right answer.
#[derive(Debug, Clone)]
pub enum PublicState {
    Lobby,
    Question { question: Arc<PublicQuestion>, deadline: Instant },
    Revealed,
    Finished,
}

pub struct PlayerLink {
    pub connection: u64,
    pub sender: mpsc::Sender<Personal>,
}

/// The game and the joined players' channels, locked together.
pub struct Room {
    pub game: Game,
    pub links: HashMap<PlayerId, PlayerLink>,
}

/// Who may do what, fixed at start.
pub struct Access {
    pub teacher_secret: String,
    /// Extra origins allowed on the teacher socket (the app's webview).
    pub teacher_origins: Vec<String>,
    /// The address students open, encoded in the QR code.
    pub join_url: String,
}

pub struct Hub {
    pub room: Mutex<Room>,
    pub recorder: Arc<dyn GameRecorder>,
    pub public: watch::Sender<PublicState>,
    pub teacher: broadcast::Sender<TeacherEvent>,
    /// (answered, total) for the open question.
    pub progress: watch::Sender<(usize, usize)>,
    /// Bumped whenever the player list changes; the teacher task sends a fresh `lobby`, throttled.
    pub players_changed: watch::Sender<u64>,
    pub timer_wake: Notify,
    pub shutdown: watch::Receiver<bool>,
    pub pin_guard: PinGuard,
    pub access: Access,
    pub limits: Limits,
    next_connection: std::sync::atomic::AtomicU64,
    /// Student sockets open now (see [`Hub::admit_player_socket`]).
    player_sockets: std::sync::atomic::AtomicUsize,
}

/// A student socket's place under the cap; dropping it frees the place.
pub struct PlayerSocketPermit {
    hub: Arc<Hub>,
}

impl Drop for PlayerSocketPermit {
    fn drop(&mut self) {
        self.hub.player_sockets.fetch_sub(1, std::sync::atomic::Ordering::AcqRel);
    }
}

impl Hub {
    pub fn new(game: Game, recorder: Arc<dyn GameRecorder>, shutdown: watch::Receiver<bool>, access: Access, limits: Limits) -> Hub {
        Hub {
            room: Mutex::new(Room { game, links: HashMap::new() }),
            recorder,
            public: watch::Sender::new(PublicState::Lobby),
            teacher: broadcast::Sender::new(TEACHER_QUEUE),
            progress: watch::Sender::new((0, 0)),
            players_changed: watch::Sender::new(0),
            timer_wake: Notify::new(),
            shutdown,
            pin_guard: PinGuard::new(limits.wrong_pins_per_minute),
            access,
            limits,
            next_connection: std::sync::atomic::AtomicU64::new(1),
            player_sockets: std::sync::atomic::AtomicUsize::new(0),
        }
    }

    /// A place for one more student socket, or None when `max_player_sockets` are open.
    pub fn admit_player_socket(self: &Arc<Self>) -> Option<PlayerSocketPermit> {
        let admitted = self.player_sockets.fetch_update(std::sync::atomic::Ordering::AcqRel, std::sync::atomic::Ordering::Acquire, |open| {
            (open < self.limits.max_player_sockets).then_some(open + 1)
        });
        admitted.ok().map(|_| PlayerSocketPermit { hub: Arc::clone(self) })
    }

    pub fn connection_id(&self) -> u64 {
        self.next_connection.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    }

    pub fn lobby_event(&self, room: &Room) -> TeacherEvent {
        TeacherEvent::Lobby {
            pin: room.game.pin().to_owned(),
            join_url: self.access.join_url.clone(),
            players: room.game.player_summaries(),
        }
    }

    pub fn mark_players_changed(&self, room: &Room) {
        self.players_changed.send_modify(|version| *version += 1);
        self.progress.send_replace(room.game.progress());
    }

    /// Sends to one player without waiting; a full or closed queue drops the link (the socket closes, the player may rejoin).
    pub fn send_personal(room: &mut Room, player: PlayerId, message: Personal) {
        let Some(link) = room.links.get(&player) else { return };
        if link.sender.try_send(message).is_err() {
            room.links.remove(&player);
        }
    }

    /// A question just opened: tell every player (one `watch` update), the teacher and the timer.
    pub fn announce_question(&self, room: &Room) {
        let Some((index, question)) = room.game.current_question() else { return };
        let Some(deadline) = room.game.deadline() else { return };
        let total = room.game.questions().len();
        if let Err(error) = self.recorder.question_opened(&question.id, index) {
            let _ = self.teacher.send(TeacherEvent::Error {
                code: crate::protocol::ErrorCode::Internal,
                message: format!("the game's progress could not be saved: {error}"),
            });
        }
        let public = Arc::new(PublicQuestion::new(question, index, total));
        self.public.send_replace(PublicState::Question { question: public, deadline });
        let deadline_ms = millis_until(deadline);
        let _ = self.teacher.send(TeacherEvent::question_opened(question, index, total, deadline_ms));
        self.progress.send_replace(room.game.progress());
        self.timer_wake.notify_one();
    }

    /// The open question closed: each player gets their own result, the teacher the aggregates.
    pub fn announce_reveal(&self, room: &mut Room) {
        let GamePhase::QuestionRevealed { index } = room.game.phase() else { return };
        self.public.send_replace(PublicState::Revealed);
        let ranks = room.game.ranks();
        let players: Vec<PlayerId> = room.links.keys().copied().collect();
        for player in players {
            if let Some(result) = room.game.player_result(player, &ranks) {
                Hub::send_personal(room, player, Personal::Event(PlayerEvent::Result { result }));
            }
        }
        if let (Some(question), Some(histogram)) = (room.game.questions().get(index), room.game.histogram(index)) {
            let total = room.game.questions().len();
            let leaderboard = room.game.leaderboard(self.limits.leaderboard_size);
            let _ = self.teacher.send(TeacherEvent::revealed(question, index, total, histogram, leaderboard));
        }
        self.timer_wake.notify_one();
    }

    /// The game is over: podium to each player, final leaderboard to the teacher, summary to the recorder.
    pub fn announce_finish(&self, room: &mut Room) {
        self.public.send_replace(PublicState::Finished);
        let leaderboard = room.game.leaderboard(self.limits.leaderboard_size);
        let ranks = room.game.ranks();
        let players: Vec<PlayerId> = room.links.keys().copied().collect();
        for player in players {
            let your_score = room.game.player(player).map_or(0, |player| player.score);
            let your_rank = ranks.get(&player).copied().unwrap_or(0);
            let podium = PlayerEvent::Podium { leaderboard: leaderboard.clone(), your_score, your_rank };
            Hub::send_personal(room, player, Personal::Event(podium));
        }
        let _ = self.teacher.send(TeacherEvent::Finished { leaderboard: room.game.leaderboard(self.limits.leaderboard_size) });
        let summary = GameSummary {
            pin: room.game.pin().to_owned(),
            questions_asked: room.game.timings().len(),
            leaderboard: room.game.leaderboard(usize::MAX),
            finished_at: SystemTime::now(),
        };
        if let Err(error) = self.recorder.game_finished(&summary) {
            let _ = self.teacher.send(TeacherEvent::Error {
                code: crate::protocol::ErrorCode::Internal,
                message: format!("the results could not be saved: {error}"),
            });
        }
        self.timer_wake.notify_one();
    }
}

pub fn millis_until(deadline: Instant) -> u64 {
    u64::try_from(deadline.saturating_duration_since(Instant::now()).as_millis()).unwrap_or(u64::MAX)
}

/// Resolves once the server is stopping (or gone); holds no borrow of the channel afterwards.
pub async fn stopped(shutdown: &mut watch::Receiver<bool>) {
    let _ = shutdown.wait_for(|stop| *stop).await;
}
