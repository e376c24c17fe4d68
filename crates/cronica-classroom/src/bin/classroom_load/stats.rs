//! What the load run measures, shared by every simulated player, and the report printed at the end.

use std::sync::Mutex;
use std::time::Duration;

#[derive(Default)]
pub struct Measurements {
    pub joined: usize,
    pub join_failed: usize,
    pub fanout: Vec<Duration>,
    pub ack: Vec<Duration>,
    pub accepted: Vec<(u64, String)>,
    pub refused: Vec<String>,
    pub results: usize,
    pub podiums: usize,
}

#[derive(Default)]
pub struct Shared {
    pub measurements: Mutex<Measurements>,
    /// When the teacher sent the command that opened each question.
    pub opened: Mutex<Vec<Option<std::time::Instant>>>,
}

impl Shared {
    pub fn with<T>(&self, change: impl FnOnce(&mut Measurements) -> T) -> T {
        change(&mut self.measurements.lock().unwrap_or_else(std::sync::PoisonError::into_inner))
    }

    pub fn opened_at(&self, index: usize) -> Option<std::time::Instant> {
        self.opened.lock().unwrap_or_else(std::sync::PoisonError::into_inner).get(index).copied().flatten()
    }

    pub fn mark_opened(&self, index: usize) {
        let mut opened = self.opened.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if opened.len() <= index {
            opened.resize(index + 1, None);
        }
        opened[index] = Some(std::time::Instant::now());
    }
}

/// (p50, p99, max) in milliseconds.
pub fn percentiles(samples: &[Duration]) -> Option<(f64, f64, f64)> {
    if samples.is_empty() {
        return None;
    }
    let mut sorted = samples.to_vec();
    sorted.sort_unstable();
    let at = |fraction: f64| sorted[((sorted.len() as f64 * fraction) as usize).min(sorted.len() - 1)].as_secs_f64() * 1000.0;
    Some((at(0.50), at(0.99), at(1.0)))
}

pub fn format_percentiles(samples: &[Duration]) -> String {
    match percentiles(samples) {
        Some((p50, p99, max)) => format!("p50 {p50:.1} ms, p99 {p99:.1} ms, max {max:.1} ms ({} samples)", samples.len()),
        None => "no samples".into(),
    }
}

/// Peak resident memory (VmHWM) of this process in MiB, from /proc/self/status.
pub fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// User and system CPU seconds of this process, from /proc/self/stat (USER_HZ = 100 on Linux).
pub fn cpu_seconds() -> Option<(f64, f64)> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15 of the whole line.
    let after_name = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    let ticks = |index: usize| fields.get(index).and_then(|field| field.parse::<f64>().ok());
    Some((ticks(11)? / 100.0, ticks(12)? / 100.0))
}

/// The soft limit on open files, from /proc/self/limits.
pub fn open_files_limit() -> Option<u64> {
    let limits = std::fs::read_to_string("/proc/self/limits").ok()?;
    let line = limits.lines().find(|line| line.starts_with("Max open files"))?;
    line.split_whitespace().nth(3)?.parse().ok()
}
