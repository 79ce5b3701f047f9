//! One background job: work on a named thread, its result sent back through a channel, and the window woken
//! when it is done. A job that panics or drops its result is reported as such, never waited on forever.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// Why a job gave no result.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum JobError {
    /// The system would not start a thread.
    #[error("cannot start {what}: {reason}")]
    Spawn {
        /// What the job does ("loading", "the export").
        what: &'static str,
        /// Why the thread did not start.
        reason: String,
    },
    /// The job stopped without a result: it panicked, or its thread ended.
    #[error("{what} stopped unexpectedly{}", .detail.as_deref().map(|detail| format!(" ({detail})")).unwrap_or_default())]
    Stopped {
        /// What the job does.
        what: &'static str,
        /// The panic's message, when there was one.
        detail: Option<String>,
    },
}

/// Why a job whose work can fail gave nothing: the work failed, or the job did.
#[derive(Debug, thiserror::Error)]
pub enum JobFailed<E> {
    /// The work ran and failed.
    #[error(transparent)]
    Work(E),
    /// The job gave no result.
    #[error(transparent)]
    Job(#[from] JobError),
}

/// Work running on a thread of its own.
pub struct Job<T> {
    what: &'static str,
    receiver: Receiver<Result<T, JobError>>,
}

impl<T: Send + 'static> Job<T> {
    /// Starts `work` on a thread named `geodash-<name>`; `what` says what it does in messages. The window is
    /// repainted once the result is in.
    pub fn spawn(
        name: &str,
        what: &'static str,
        ctx: &egui::Context,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<Self, JobError> {
        let (sender, receiver) = channel();
        let ctx = ctx.clone();
        std::thread::Builder::new()
            .name(format!("geodash-{name}"))
            .spawn(move || {
                let result = catch_unwind(AssertUnwindSafe(work))
                    .map_err(|panic| JobError::Stopped { what, detail: panic_message(panic.as_ref()) });
                // The window may have closed meanwhile: then nobody needs the result.
                let _ = sender.send(result);
                ctx.request_repaint();
            })
            .map_err(|error| JobError::Spawn { what, reason: error.to_string() })?;
        Ok(Self { what, receiver })
    }

    /// The result once the job is done, `None` while it runs.
    pub fn poll(&self) -> Option<Result<T, JobError>> {
        match self.receiver.try_recv() {
            Ok(result) => Some(result),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(JobError::Stopped { what: self.what, detail: None })),
        }
    }
}

impl<T: Send + 'static, E: Send + 'static> Job<Result<T, E>> {
    /// The outcome once the job is done, its work's error and the job's own told apart; `None` while it runs.
    pub fn poll_outcome(&self) -> Option<Result<T, JobFailed<E>>> {
        Some(match self.poll()? {
            Ok(outcome) => outcome.map_err(JobFailed::Work),
            Err(error) => Err(JobFailed::Job(error)),
        })
    }
}

/// The text a panic carried, if it was text.
fn panic_message(panic: &(dyn std::any::Any + Send)) -> Option<String> {
    panic.downcast_ref::<&str>().map(|text| (*text).to_owned()).or_else(|| panic.downcast_ref::<String>().cloned())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::panic)]

    use std::time::{Duration, Instant};

    use super::*;

    fn wait<T: Send + 'static>(job: &Job<T>) -> Result<T, JobError> {
        let started = Instant::now();
        loop {
            if let Some(result) = job.poll() {
                return result;
            }
            assert!(started.elapsed() < Duration::from_secs(10), "the job never ended");
            std::thread::sleep(Duration::from_millis(2));
        }
    }

    #[test]
    fn a_job_gives_back_its_result() {
        let job = Job::spawn("test", "a test", &egui::Context::default(), || 6 * 7).unwrap();
        assert_eq!(wait(&job), Ok(42));
    }

    #[test]
    fn a_panicking_job_says_what_stopped_and_why() {
        let job: Job<()> = Job::spawn("test", "the export", &egui::Context::default(), || panic!("disk gone")).unwrap();
        let error = wait(&job).unwrap_err();
        assert_eq!(error.to_string(), "the export stopped unexpectedly (disk gone)");
    }
}
