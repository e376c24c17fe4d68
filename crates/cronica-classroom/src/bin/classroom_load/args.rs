//! Command-line options of the load client, parsed by hand (no CLI dependency in the library crate).

use std::net::SocketAddr;

pub struct Args {
    pub players: usize,
    pub questions: usize,
    /// Each player answers at a random moment inside this window after the question arrives.
    pub window_ms: u64,
    /// An already running server (loopback only), with its teacher secret.
    pub external: Option<(SocketAddr, String)>,
    /// How many players connect at the same time while joining.
    pub join_concurrency: usize,
    /// Record to a user database at this path (as the app does) instead of in memory.
    pub journal: Option<std::path::PathBuf>,
}

pub const USAGE: &str = "usage: classroom-load --players N [--questions 10] [--window-ms 10000] [--join-concurrency 100] \
[--journal FILE] [--url ws://127.0.0.1:PORT --teacher-secret SECRET]";

pub fn parse(mut words: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut args = Args { players: 50, questions: 10, window_ms: 10_000, external: None, join_concurrency: 100, journal: None };
    let (mut url, mut secret) = (None, None);
    while let Some(word) = words.next() {
        let mut value = || words.next().ok_or_else(|| format!("{word} needs a value"));
        match word.as_str() {
            "--players" => args.players = number(&value()?)?,
            "--questions" => args.questions = number(&value()?)?,
            "--window-ms" => args.window_ms = number(&value()?)? as u64,
            "--join-concurrency" => args.join_concurrency = number(&value()?)?.max(1),
            "--url" => url = Some(value()?),
            "--journal" => args.journal = Some(value()?.into()),
            "--teacher-secret" => secret = Some(value()?),
            "--help" | "-h" => return Err(USAGE.into()),
            other => return Err(format!("unknown option {other}\n{USAGE}")),
        }
    }
    if args.players == 0 || args.questions == 0 {
        return Err("--players and --questions must be at least 1".into());
    }
    args.external = match (url, secret) {
        (Some(url), Some(secret)) => Some((loopback_address(&url)?, secret)),
        (None, None) => None,
        _ => return Err("--url and --teacher-secret go together".into()),
    };
    Ok(args)
}

fn number(text: &str) -> Result<usize, String> {
    text.parse().map_err(|_| format!("not a number: {text}"))
}

/// Only this machine may be targeted: ws://127.x.x.x:PORT or ws://localhost:PORT.
fn loopback_address(url: &str) -> Result<SocketAddr, String> {
    let rest = url.strip_prefix("ws://").ok_or("the URL must start with ws://")?;
    let host_port = rest.split('/').next().unwrap_or_default();
    let host_port = host_port.replacen("localhost:", "127.0.0.1:", 1);
    let address: SocketAddr = host_port.parse().map_err(|_| format!("not HOST:PORT: {host_port}"))?;
    if !address.ip().is_loopback() {
        return Err("the load client only targets this machine (127.0.0.1)".into());
    }
    Ok(address)
}
