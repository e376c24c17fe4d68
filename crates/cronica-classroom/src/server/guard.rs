//! The server's gatekeeping, each rule small and testable: Origin against Host on upgrades, the teacher's loopback +
//! secret check, wrong-PIN attempts per IP address, and the message rate of one socket.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::http::{header, HeaderMap};
use governor::{DefaultDirectRateLimiter, DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::secret::secrets_match;

/// A WebSocket upgrade is allowed without an Origin (non-browser clients) or with the Origin of the page the Host header
/// names (`http://<host>`); any other site's page is refused.
pub fn origin_allowed(headers: &HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN) else { return true };
    let (Ok(origin), Some(Ok(host))) = (origin.to_str(), headers.get(header::HOST).map(|host| host.to_str())) else { return false };
    origin.eq_ignore_ascii_case(&format!("http://{host}"))
}

/// Whether the request's Origin is one of `allowed` (exact match).
pub fn origin_listed(headers: &HeaderMap, allowed: &[String]) -> bool {
    headers.get(header::ORIGIN).and_then(|origin| origin.to_str().ok()).is_some_and(|origin| allowed.iter().any(|listed| listed == origin))
}

/// The teacher connects from this machine, with the secret generated at start in the `teacher_secret` query parameter.
pub fn teacher_allowed(peer: SocketAddr, query: Option<&str>, secret: &str) -> bool {
    let given = query.unwrap_or_default().split('&').find_map(|pair| pair.strip_prefix("teacher_secret=")).unwrap_or_default();
    // Both checks always run, so a refusal takes the same time whichever failed.
    let secret_ok = secrets_match(given, secret);
    peer.ip().is_loopback() & secret_ok
}

/// Counts wrong PINs (and unknown tokens) per IP address; past the quota the address is refused for a while, whatever
/// it sends, so guessing the PIN stays slow.
pub struct PinGuard {
    limiter: DefaultKeyedRateLimiter<IpAddr>,
    locked_until: Mutex<HashMap<IpAddr, Instant>>,
    lockout: Duration,
}

impl PinGuard {
    pub fn new(per_minute: NonZeroU32) -> PinGuard {
        PinGuard {
            limiter: RateLimiter::keyed(Quota::per_minute(per_minute)),
            locked_until: Mutex::new(HashMap::new()),
            lockout: Duration::from_secs(60),
        }
    }

    pub fn is_locked(&self, ip: IpAddr, now: Instant) -> bool {
        let mut locked = self.locked_until.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        locked.retain(|_, until| *until > now);
        locked.contains_key(&ip)
    }

    /// Records a failed attempt; true when the address is now locked out.
    pub fn record_failure(&self, ip: IpAddr, now: Instant) -> bool {
        if self.limiter.check_key(&ip).is_ok() {
            return false;
        }
        self.limiter.retain_recent();
        let mut locked = self.locked_until.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        locked.insert(ip, now + self.lockout);
        true
    }
}

/// What to do with one incoming message on a socket.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RateVerdict {
    Allow,
    /// Over the rate: drop it and tell the client (once per streak).
    Refuse {
        tell: bool,
    },
    /// A sustained flood: close the socket.
    Disconnect,
}

/// Message rate of one socket: `per_second` with a burst; `strikes` refused messages in a row disconnect.
pub struct SocketRate {
    limiter: DefaultDirectRateLimiter,
    streak: u32,
    strikes: u32,
}

impl SocketRate {
    pub fn new(per_second: NonZeroU32, burst: NonZeroU32, strikes: u32) -> SocketRate {
        SocketRate { limiter: RateLimiter::direct(Quota::per_second(per_second).allow_burst(burst)), streak: 0, strikes }
    }

    pub fn check(&mut self) -> RateVerdict {
        if self.limiter.check().is_ok() {
            self.streak = 0;
            return RateVerdict::Allow;
        }
        self.streak += 1;
        if self.streak >= self.strikes {
            RateVerdict::Disconnect
        } else {
            RateVerdict::Refuse { tell: self.streak == 1 }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(origin: Option<&'static str>, host: &'static str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::HOST, HeaderValue::from_static(host));
        if let Some(origin) = origin {
            headers.insert(header::ORIGIN, HeaderValue::from_static(origin));
        }
        headers
    }

    #[test]
    fn only_the_same_origin_or_none_may_upgrade() {
        assert!(origin_allowed(&headers(None, "127.0.0.1:8080")));
        assert!(origin_allowed(&headers(Some("http://127.0.0.1:8080"), "127.0.0.1:8080")));
        assert!(!origin_allowed(&headers(Some("http://evil.example"), "127.0.0.1:8080")));
        assert!(!origin_allowed(&headers(Some("http://127.0.0.1:9999"), "127.0.0.1:8080")));
        assert!(!origin_allowed(&headers(Some("null"), "127.0.0.1:8080")));
        let mut no_host = HeaderMap::new();
        no_host.insert(header::ORIGIN, HeaderValue::from_static("http://127.0.0.1:8080"));
        assert!(!origin_allowed(&no_host));
        let app = headers(Some("tauri://localhost"), "127.0.0.1:8080");
        assert!(!origin_allowed(&app));
        assert!(origin_listed(&app, &["tauri://localhost".to_owned()]));
        assert!(!origin_listed(&headers(None, "127.0.0.1:8080"), &["tauri://localhost".to_owned()]));
    }

    #[test]
    fn the_teacher_needs_loopback_and_the_secret() {
        let local: SocketAddr = "127.0.0.1:5000".parse().unwrap();
        let remote: SocketAddr = "203.0.113.9:5000".parse().unwrap();
        assert!(teacher_allowed(local, Some("teacher_secret=abc"), "abc"));
        assert!(teacher_allowed(local, Some("x=1&teacher_secret=abc"), "abc"));
        assert!(!teacher_allowed(local, Some("teacher_secret=abd"), "abc"));
        assert!(!teacher_allowed(local, None, "abc"));
        assert!(!teacher_allowed(remote, Some("teacher_secret=abc"), "abc"));
    }

    #[test]
    fn wrong_pins_lock_an_address_out_after_the_quota() {
        let guard = PinGuard::new(NonZeroU32::new(5).unwrap());
        let ip: IpAddr = "127.0.0.1".parse().unwrap();
        let other: IpAddr = "127.0.0.2".parse().unwrap();
        let now = Instant::now();
        for _ in 0..5 {
            assert!(!guard.record_failure(ip, now));
        }
        assert!(guard.record_failure(ip, now));
        assert!(guard.is_locked(ip, now));
        assert!(!guard.is_locked(other, now));
        assert!(!guard.is_locked(ip, now + Duration::from_secs(61)));
    }

    #[test]
    fn a_flood_is_refused_then_disconnected() {
        let mut rate = SocketRate::new(NonZeroU32::new(10).unwrap(), NonZeroU32::new(20).unwrap(), 5);
        for _ in 0..20 {
            assert_eq!(rate.check(), RateVerdict::Allow);
        }
        assert_eq!(rate.check(), RateVerdict::Refuse { tell: true });
        assert_eq!(rate.check(), RateVerdict::Refuse { tell: false });
        assert_eq!(rate.check(), RateVerdict::Refuse { tell: false });
        assert_eq!(rate.check(), RateVerdict::Refuse { tell: false });
        assert_eq!(rate.check(), RateVerdict::Disconnect);
    }
}
