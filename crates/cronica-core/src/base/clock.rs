//! Where "now" comes from: the app reads the system clock, tests set the time they need (a card
//! due tomorrow, a review a week later) without waiting for it.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use super::Timestamp;

/// The source of the current time for every use case that records or schedules.
pub trait Clock: Send + Sync {
    fn now(&self) -> Timestamp;
}

/// The computer's clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        Timestamp::now()
    }
}

/// A clock that shows the time it is set to; clones share that time.
#[derive(Debug, Clone)]
pub struct FixedClock {
    millis: Arc<AtomicI64>,
}

impl FixedClock {
    pub fn new(at: Timestamp) -> FixedClock {
        FixedClock { millis: Arc::new(AtomicI64::new(at.millis())) }
    }

    pub fn set(&self, at: Timestamp) {
        self.millis.store(at.millis(), Ordering::SeqCst);
    }

    /// Moves the time on by `millis`.
    pub fn advance(&self, millis: i64) {
        self.millis.fetch_add(millis, Ordering::SeqCst);
    }
}

impl Clock for FixedClock {
    fn now(&self) -> Timestamp {
        Timestamp::from_millis(self.millis.load(Ordering::SeqCst))
    }
}
