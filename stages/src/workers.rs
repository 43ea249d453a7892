//! A fixed pool of CPU threads, one per core, that lives as long as the
//! process: where the file-by-file stages parse and classify.
//!
//! Why not tokio's blocking pool: it starts a thread whenever all of its
//! threads are busy (object_store's local file operations use it too) and
//! lets idle ones end after ten seconds, so over a long run many different
//! threads take turns at classification. The `regex` crate keeps one
//! lazy-DFA cache per regex for each thread that searches with it at once,
//! held in the regex's pool in slots chosen by thread id, and those caches
//! (up to a few MB per rule set) are never freed while the regex lives: a
//! heap profile of a 200,000-message run showed 220 MB of them, nine per
//! rule set. The same few threads doing all the work keep that to about
//! one cache per rule set per core.

use std::sync::mpsc;
use std::sync::{Arc, LazyLock, Mutex};

type Job = Box<dyn FnOnce() + Send + 'static>;

/// A job ended in a panic (the worker thread itself goes on).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the job panicked: {0}")]
pub struct Panicked(pub String);

struct Pool {
    jobs: Mutex<mpsc::Sender<Job>>,
}

static POOL: LazyLock<Pool> = LazyLock::new(|| {
    let (tx, rx) = mpsc::channel::<Job>();
    let rx = Arc::new(Mutex::new(rx));
    for i in 0..threads() {
        let rx = Arc::clone(&rx);
        let spawned = std::thread::Builder::new()
            .name(format!("jobtrack-cpu-{i}"))
            .spawn(move || {
                loop {
                    // The lock is held only while waiting for the next job.
                    let job = match rx.lock() {
                        Ok(guard) => guard.recv(),
                        Err(poisoned) => poisoned.into_inner().recv(),
                    };
                    match job {
                        Ok(job) => job(),
                        Err(_) => break,
                    }
                }
            });
        if let Err(error) = spawned {
            tracing::warn!(%error, "Could not start a CPU worker thread.");
        }
    }
    Pool {
        jobs: Mutex::new(tx),
    }
});

/// The number of threads of the pool (one per core).
pub fn threads() -> usize {
    std::thread::available_parallelism().map_or(2, std::num::NonZero::get)
}

/// Runs `f` on the pool and waits for its result without blocking the
/// async runtime. A panic in `f` comes back as [`Panicked`].
pub async fn run<T, F>(f: F) -> Result<T, Panicked>
where
    T: Send + 'static,
    F: FnOnce() -> T + Send + 'static,
{
    let (tx, rx) = tokio::sync::oneshot::channel();
    let job: Job = Box::new(move || {
        let out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f))
            .map_err(|payload| Panicked(panic_message(payload.as_ref())));
        // The caller may have gone (its run was cancelled): nothing to do.
        let _ = tx.send(out);
    });
    let sent = match POOL.jobs.lock() {
        Ok(sender) => sender.send(job),
        Err(poisoned) => poisoned.into_inner().send(job),
    };
    if let Err(mpsc::SendError(job)) = sent {
        // No worker thread could be started: tokio's blocking pool runs it.
        drop(tokio::task::spawn_blocking(job));
    }
    rx.await
        .map_err(|_| Panicked("the worker thread ended without an answer".into()))?
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn runs_jobs_on_the_same_few_threads() {
        let mut names = std::collections::BTreeSet::new();
        for i in 0..50u32 {
            let (n, name) = run(move || {
                (
                    i * 2,
                    std::thread::current().name().unwrap_or("").to_string(),
                )
            })
            .await
            .unwrap();
            assert_eq!(n, i * 2);
            names.insert(name);
        }
        assert!(names.len() <= threads(), "{names:?}");
        assert!(
            names.iter().all(|n| n.starts_with("jobtrack-cpu-")),
            "{names:?}"
        );
    }

    #[tokio::test]
    async fn a_panic_comes_back_as_an_error_and_the_pool_goes_on() {
        let err = run(|| -> u8 { panic!("bad mail") }).await.unwrap_err();
        assert_eq!(err, Panicked("bad mail".into()));
        assert_eq!(run(|| 7).await.unwrap(), 7);
    }
}
