//! The journal of one hosted game: the game server calls it as things happen and acknowledges an
//! answer to its player only after it is written, each in its own transaction, so a crash of the
//! app loses nothing that a player was told was saved.

use std::sync::{Arc, Mutex, MutexGuard};

use super::store::AskedQuestion;
use crate::base::Timestamp;
use crate::error::Result;
use crate::storage::UserDb;

/// One accepted answer, as the results will show it.
#[derive(Debug, Clone, PartialEq)]
pub struct JournalAnswer {
    pub player_id: String,
    pub question_id: String,
    /// As a person reads it: the option's text, or the year.
    pub answer: String,
    pub right: bool,
    pub points: u32,
    pub time_to_answer_ms: u64,
}

/// Writes one game to the user database; cheap to clone, shared with the game server.
#[derive(Clone)]
pub struct GameJournal {
    user: Arc<Mutex<UserDb>>,
    game_id: i64,
}

impl std::fmt::Debug for GameJournal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GameJournal").field("game_id", &self.game_id).finish()
    }
}

impl GameJournal {
    /// Creates the game's row; its PIN is set by [`GameJournal::hosted`] once the server has one.
    pub(crate) fn open(user: Arc<Mutex<UserDb>>, title: &str, questions: &[AskedQuestion], speed_bonus: bool) -> Result<GameJournal> {
        let game_id = lock(&user).transact(|w| w.insert_game(title, questions, speed_bonus, Timestamp::now()))?;
        Ok(GameJournal { user, game_id })
    }

    /// A journal on a user database of its own, for a game hosted without the app (the load client
    /// measures the server with the real storage this way). `questions` are (id, prompt) pairs.
    pub fn standalone(user: UserDb, title: &str, questions: impl IntoIterator<Item = (String, String)>, speed_bonus: bool) -> Result<GameJournal> {
        let asked: Vec<AskedQuestion> = questions.into_iter().map(|(id, prompt)| AskedQuestion { id, prompt }).collect();
        GameJournal::open(Arc::new(Mutex::new(user)), title, &asked, speed_bonus)
    }

    /// How many answers of this game are written.
    pub fn answers_written(&self) -> Result<i64> {
        lock(&self.user).read().game_answer_count(self.game_id)
    }

    pub fn game_id(&self) -> i64 {
        self.game_id
    }

    pub fn hosted(&self, pin: &str) -> Result<()> {
        self.write(|w, id| w.set_game_pin(id, pin))
    }

    pub fn player_joined(&self, player_id: &str, nickname: &str) -> Result<()> {
        self.write(|w, id| w.record_player(id, player_id, nickname, Timestamp::now()))
    }

    pub fn player_removed(&self, player_id: &str) -> Result<()> {
        self.write(|w, id| w.record_player_removed(id, player_id))
    }

    /// The question at `index` (from 0) was put to the players.
    pub fn question_opened(&self, index: usize) -> Result<()> {
        self.write(|w, id| w.record_question_opened(id, index))
    }

    pub fn answer(&self, answer: &JournalAnswer) -> Result<()> {
        self.write(|w, id| w.record_game_answer(id, answer, Timestamp::now()))
    }

    pub fn finished(&self) -> Result<()> {
        self.write(|w, id| w.finish_game(id, Timestamp::now()))
    }

    /// After the server stopped: a game nobody joined is removed; any other is marked finished.
    pub(crate) fn close(&self) -> Result<()> {
        self.write(|w, id| {
            if !w.discard_game_without_players(id)? {
                w.finish_game(id, Timestamp::now())?;
            }
            Ok(())
        })
    }

    fn write(&self, work: impl FnOnce(&crate::storage::Writer<'_>, i64) -> Result<()>) -> Result<()> {
        lock(&self.user).transact(|w| work(w, self.game_id))
    }
}

fn lock(user: &Mutex<UserDb>) -> MutexGuard<'_, UserDb> {
    // Every write is one transaction, so a poisoned lock still guards consistent data.
    user.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}
