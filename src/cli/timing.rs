//! Timing helpers of the benchmarks: runs repeated and timed, and their percentiles.

use std::time::{Duration, Instant};

use serde::Serialize;

use crate::core::search::SearchError;

/// Latency over every run of every query of the set.
#[derive(Clone, Copy, Debug, Default, Serialize)]
pub struct Latency {
    /// Median, in milliseconds.
    pub p50_ms: f64,
    /// 95th percentile, in milliseconds.
    pub p95_ms: f64,
}

/// The `percent`th percentile (nearest rank) of the times, in milliseconds; 0 when there are none.
pub fn percentile_ms(times: &mut [Duration], percent: usize) -> f64 {
    if times.is_empty() {
        return 0.0;
    }
    times.sort_unstable();
    let rank = (percent * times.len()).div_ceil(100).clamp(1, times.len());
    times[rank - 1].as_secs_f64() * 1000.0
}

/// The median and 95th percentile of the times.
pub fn latency(times: &mut [Duration]) -> Latency {
    Latency { p50_ms: percentile_ms(times, 50), p95_ms: percentile_ms(times, 95) }
}

/// Runs `work` `rounds` times, giving the time of each run.
pub fn repeat(rounds: usize, mut work: impl FnMut() -> Result<(), SearchError>) -> Result<Vec<Duration>, SearchError> {
    let mut times = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let started = Instant::now();
        work()?;
        times.push(started.elapsed());
    }
    Ok(times)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_take_the_nearest_rank() {
        let mut times: Vec<Duration> = (1..=20).rev().map(Duration::from_millis).collect();
        assert!((percentile_ms(&mut times, 50) - 10.0).abs() < 1e-9);
        assert!((percentile_ms(&mut times, 95) - 19.0).abs() < 1e-9);
        assert!((percentile_ms(&mut [], 95)).abs() < 1e-9);
    }
}
