//! The players of a game: nickname rules, rejoin tokens, online/offline, removal by the teacher.

use std::collections::HashMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::secret::random_hex_128;

pub const NICKNAME_MAX_CHARS: usize = 20;

/// A player's id within one game.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct PlayerId(pub u32);

#[derive(Debug, Clone)]
pub struct Player {
    pub id: PlayerId,
    pub nickname: String,
    pub token: String,
    pub online: bool,
    pub removed: bool,
    pub score: u32,
}

/// What a successful join hands back to the player.
#[derive(Debug, Clone, PartialEq)]
pub struct JoinedPlayer {
    pub id: PlayerId,
    pub nickname: String,
    pub token: String,
}

/// Trims a nickname and checks it: 1 to 20 characters, no control characters, and none of the invisible direction
/// overrides that could make a nickname on the leaderboard read as another.
pub fn clean_nickname(raw: &str) -> Result<String> {
    let nickname = raw.trim();
    let length = nickname.chars().count();
    let forbidden = |c: char| c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    if length == 0 || length > NICKNAME_MAX_CHARS || nickname.chars().any(forbidden) {
        return Err(Error::NicknameInvalid);
    }
    Ok(nickname.to_owned())
}

/// All players who ever joined, indexed by id; removed players stay here (so their tokens stay refused).
#[derive(Debug, Default)]
pub struct Roster {
    players: Vec<Player>,
    by_token: HashMap<String, PlayerId>,
}

impl Roster {
    pub fn join(&mut self, raw_nickname: &str) -> Result<JoinedPlayer> {
        let nickname = clean_nickname(raw_nickname)?;
        let folded = nickname.to_lowercase();
        if self.active().any(|player| player.nickname.to_lowercase() == folded) {
            return Err(Error::NicknameTaken);
        }
        let token = random_hex_128()?;
        let id = PlayerId(u32::try_from(self.players.len()).map_err(|_| Error::WrongPhase)?);
        self.players.push(Player { id, nickname: nickname.clone(), token: token.clone(), online: true, removed: false, score: 0 });
        self.by_token.insert(token.clone(), id);
        Ok(JoinedPlayer { id, nickname, token })
    }

    /// Finds the player a token belongs to and marks them online; removed players are refused.
    pub fn rejoin(&mut self, token: &str) -> Result<PlayerId> {
        let id = *self.by_token.get(token).ok_or(Error::UnknownToken)?;
        let player = self.get_mut(id)?;
        player.online = true;
        Ok(id)
    }

    pub fn remove(&mut self, id: PlayerId) -> Result<()> {
        let player = self.get_mut(id)?;
        player.removed = true;
        player.online = false;
        let token = player.token.clone();
        self.by_token.remove(&token);
        Ok(())
    }

    pub fn set_online(&mut self, id: PlayerId, online: bool) -> Result<()> {
        self.get_mut(id)?.online = online;
        Ok(())
    }

    /// A player who has not been removed.
    pub fn get(&self, id: PlayerId) -> Result<&Player> {
        self.players.get(id.0 as usize).filter(|player| !player.removed).ok_or(Error::UnknownPlayer)
    }

    pub fn get_mut(&mut self, id: PlayerId) -> Result<&mut Player> {
        self.players.get_mut(id.0 as usize).filter(|player| !player.removed).ok_or(Error::UnknownPlayer)
    }

    /// Players who have not been removed, in joining order.
    pub fn active(&self) -> impl Iterator<Item = &Player> {
        self.players.iter().filter(|player| !player.removed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nicknames_are_trimmed_and_counted_in_characters() {
        assert_eq!(clean_nickname("  Ana  ").unwrap(), "Ana");
        assert!(clean_nickname("ñ".repeat(20).as_str()).is_ok());
        assert!(matches!(clean_nickname(&"ñ".repeat(21)), Err(Error::NicknameInvalid)));
        assert!(matches!(clean_nickname("   "), Err(Error::NicknameInvalid)));
        assert!(matches!(clean_nickname("a\u{7}b"), Err(Error::NicknameInvalid)));
        assert!(matches!(clean_nickname("a\nb"), Err(Error::NicknameInvalid)));
        assert!(matches!(clean_nickname("ana\u{202E}oreP"), Err(Error::NicknameInvalid)));
        assert_eq!(clean_nickname("<img src=x>").unwrap(), "<img src=x>", "markup is the page's job to escape");
    }

    #[test]
    fn nicknames_are_unique_ignoring_case_until_removed() {
        let mut roster = Roster::default();
        let ana = roster.join("Ana").unwrap();
        assert!(matches!(roster.join("aNA"), Err(Error::NicknameTaken)));
        roster.remove(ana.id).unwrap();
        assert!(roster.join("ana").is_ok());
    }

    #[test]
    fn a_token_rejoins_the_same_player_but_not_after_removal() {
        let mut roster = Roster::default();
        let ana = roster.join("Ana").unwrap();
        assert_eq!(ana.token.len(), 32);
        roster.set_online(ana.id, false).unwrap();
        assert_eq!(roster.rejoin(&ana.token).unwrap(), ana.id);
        assert!(roster.get(ana.id).unwrap().online);
        roster.remove(ana.id).unwrap();
        assert!(matches!(roster.rejoin(&ana.token), Err(Error::UnknownToken)));
        assert!(matches!(roster.rejoin("nope"), Err(Error::UnknownToken)));
    }
}
