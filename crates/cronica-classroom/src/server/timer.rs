//! The timer task: closes the open question at its deadline (the server's clock decides), woken early whenever a
//! question opens or closes.

use std::sync::Arc;
use std::time::Instant;

use super::hub::Hub;

pub async fn run(hub: Arc<Hub>) {
    let mut shutdown = hub.shutdown.clone();
    loop {
        let deadline = hub.room.lock().await.game.deadline();
        let wake = hub.timer_wake.notified();
        let sleep = async {
            match deadline {
                Some(deadline) => tokio::time::sleep_until(deadline.into()).await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            _ = super::hub::stopped(&mut shutdown) => break,
            _ = wake => {}
            _ = sleep => {
                let mut room = hub.room.lock().await;
                if room.game.tick(Instant::now()).is_some() {
                    hub.announce_reveal(&mut room);
                }
            }
        }
    }
}
