//! Leases: at most one holder at a time of a named piece of the data root
//! (one user's tables, the shared warehouse and dashboard, one user's
//! corrections file), held by a lock object on the root's own store, so it
//! works the same on a local folder, `memory://` and `s3://`, `gs://`,
//! `az://`, with no lock service beside the store.
//!
//! A lease is a file `_locks/<name>/lease-<generation>.json` that says who
//! holds it (host, pid, run id, since when) and until when. Taking one means
//! creating the next generation with a conditional put (`PutMode::Create`:
//! a hard link on local disk, `If-None-Match: *` on S3), which only one of two
//! racing takers can win. The holder renews it in the background; it is free
//! again when the holder releases it, when it expires (a holder that crashed
//! blocks others for at most the time to live), or at once when its holder
//! was a process on this host that no longer exists. A holder that finds a
//! newer generation than its own has lost the lease and says so at its next
//! [`Lease::check`].
//!
//! Generations only grow, and the newest is never deleted (a released lease
//! is overwritten with `released: true` by its holder), so a taker never
//! re-creates a generation someone else already holds.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use chrono::{DateTime, Utc};
use object_store::{ObjectStore, PutMode, PutOptions, PutPayload};
use serde::{Deserialize, Serialize};

use crate::clock::{Clock, SystemClock};
use crate::error::{Result, StageError};
use crate::storage::{Bytes, DataRoot};

/// Who holds a lease, and until when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holder {
    pub host: String,
    pub pid: u32,
    pub run_id: String,
    pub since: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    #[serde(default)]
    pub released: bool,
}

impl Holder {
    /// Whether the lease still keeps others out at `now`.
    fn live(&self, now: DateTime<Utc>, this_host: &str) -> bool {
        // A holder on this host whose process is gone frees it at once.
        let holder_running = self.host != this_host || process_exists(self.pid);
        !self.released && now < self.expires_at && holder_running
    }
}

impl std::fmt::Display for Holder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "since {} (host {}, pid {}, run {}; expires {} unless renewed)",
            self.since
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            self.host,
            self.pid,
            self.run_id,
            self.expires_at
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        )
    }
}

/// How to take a lease.
#[derive(Debug, Clone, Copy)]
pub struct LeaseOptions {
    /// How long a lease lasts without renewal; the holder renews it every
    /// quarter of this.
    pub ttl: Duration,
    /// How long to wait for a held lease to come free; zero fails at once.
    pub wait: Duration,
    /// How often to look again while waiting.
    pub poll: Duration,
}

impl Default for LeaseOptions {
    fn default() -> Self {
        Self {
            ttl: Duration::from_secs(120),
            wait: Duration::ZERO,
            poll: Duration::from_millis(500),
        }
    }
}

impl LeaseOptions {
    /// The default options, waiting up to `wait` for the lease.
    pub fn waiting(wait: Duration) -> Self {
        Self {
            wait,
            ..Self::default()
        }
    }
}

/// The lease name of one user's tables.
pub fn user_lease(user_id: &str) -> String {
    format!("user_id={user_id}")
}

/// The lease name of one user's corrections file.
pub fn corrections_lease(user_id: &str) -> String {
    format!("corrections/user_id={user_id}")
}

/// The lease name of what every user of a root shares: the warehouse and
/// the dashboard.
pub const PUBLISH_LEASE: &str = "publish";

/// Who holds a lease of this name, in words.
fn who(name: &str) -> String {
    if let Some(user) = name.strip_prefix("user_id=") {
        format!("another run for user {user}")
    } else if let Some(user) = name.strip_prefix("corrections/user_id=") {
        format!("another command adding corrections for user {user}")
    } else if name == PUBLISH_LEASE {
        "another run publishing the warehouse and dashboard".into()
    } else {
        format!("another holder of {name}")
    }
}

/// A held lease. Release it with [`Lease::release`]; one that is only
/// dropped stops being renewed and expires after its time to live.
#[derive(Debug)]
pub struct Lease {
    root: DataRoot,
    name: String,
    rel: String,
    generation: u64,
    holder: Holder,
    lost: Arc<AtomicBool>,
    /// Set once the holder gives the lease back; the renewer takes this lock
    /// around each write, so no renewal lands after the release.
    stopped: Arc<tokio::sync::Mutex<bool>>,
    renewer: tokio::task::JoinHandle<()>,
}

impl Drop for Lease {
    fn drop(&mut self) {
        self.renewer.abort();
    }
}

fn lease_dir(name: &str) -> String {
    format!("_locks/{name}")
}

fn lease_rel(name: &str, generation: u64) -> String {
    format!("{}/lease-{generation:020}.json", lease_dir(name))
}

/// The generations present under a lease's folder.
async fn generations(root: &DataRoot, name: &str) -> Result<Vec<u64>> {
    let dir = lease_dir(name);
    let mut out: Vec<u64> = root
        .list(&dir)
        .await?
        .iter()
        .filter_map(|rel| {
            rel.rsplit('/')
                .next()?
                .strip_prefix("lease-")?
                .strip_suffix(".json")?
                .parse()
                .ok()
        })
        .collect();
    out.sort_unstable();
    Ok(out)
}

/// Reads a generation's holder; `None` when it is gone or unreadable (an
/// unreadable lease file keeps nobody out: it cannot say until when).
async fn read_holder(root: &DataRoot, name: &str, generation: u64) -> Result<Option<Holder>> {
    let rel = lease_rel(name, generation);
    let Some(bytes) = root.get(&rel).await? else {
        return Ok(None);
    };
    match serde_json::from_slice(&bytes) {
        Ok(h) => Ok(Some(h)),
        Err(e) => {
            tracing::warn!(lease = %rel, error = %e, "Unreadable lease file; treating it as free.");
            Ok(None)
        }
    }
}

fn encode(holder: &Holder) -> Bytes {
    Bytes::from(serde_json::to_vec_pretty(holder).unwrap_or_default())
}

fn ttl_of(options: &LeaseOptions) -> chrono::Duration {
    chrono::Duration::from_std(options.ttl).unwrap_or(chrono::Duration::seconds(120))
}

impl Lease {
    /// Takes the lease `name` for `run_id`, waiting up to `options.wait`
    /// while someone else holds it; then fails with [`StageError::Busy`]
    /// naming the holder.
    pub async fn acquire(
        root: &DataRoot,
        name: &str,
        run_id: &str,
        options: LeaseOptions,
    ) -> Result<Self> {
        let clock = SystemClock;
        let host = this_host();
        let started = tokio::time::Instant::now();
        let mut announced = false;
        loop {
            let gens = generations(root, name).await?;
            let newest = gens.last().copied().unwrap_or(0);
            let holder = match gens.last() {
                Some(&g) => read_holder(root, name, g).await?,
                None => None,
            };
            let now = clock.now();
            if let Some(h) = holder.filter(|h| h.live(now, &host)) {
                if started.elapsed() >= options.wait {
                    return Err(StageError::Busy {
                        who: who(name),
                        holder: h.to_string(),
                    });
                }
                if !announced {
                    tracing::info!(lease = name, holder = %h, "Waiting for the lease.");
                    announced = true;
                }
                tokio::time::sleep(options.poll).await;
                continue;
            }
            let generation = newest + 1;
            let holder = Holder {
                host: host.clone(),
                pid: std::process::id(),
                run_id: run_id.to_string(),
                since: now,
                expires_at: now + ttl_of(&options),
                released: false,
            };
            let rel = lease_rel(name, generation);
            let path = root.path(&rel);
            let put = root
                .store()
                .put_opts(
                    &path,
                    PutPayload::from_bytes(encode(&holder)),
                    PutOptions::from(PutMode::Create),
                )
                .await;
            match put {
                Ok(_) => {}
                // Someone else took this generation first: look again.
                Err(object_store::Error::AlreadyExists { .. }) => continue,
                Err(e) => return Err(StageError::store(&path, e)),
            }
            // Older generations are history now.
            for g in gens {
                let _ = root.delete(&lease_rel(name, g)).await;
            }
            let lost = Arc::new(AtomicBool::new(false));
            let stopped = Arc::new(tokio::sync::Mutex::new(false));
            let renewer = tokio::spawn(renew(
                Renewal {
                    root: root.clone(),
                    name: name.to_string(),
                    generation,
                    holder: holder.clone(),
                    options,
                },
                lost.clone(),
                stopped.clone(),
            ));
            tracing::debug!(lease = name, generation, "Lease taken.");
            return Ok(Self {
                root: root.clone(),
                name: name.to_string(),
                rel,
                generation,
                holder,
                lost,
                stopped,
                renewer,
            });
        }
    }

    /// Fails when the lease was lost (not renewed in time, and taken by
    /// another holder): what this holder writes from now on may race.
    pub fn check(&self) -> Result<()> {
        if self.lost.load(Ordering::SeqCst) {
            Err(StageError::LeaseLost {
                lease: self.name.clone(),
            })
        } else {
            Ok(())
        }
    }

    /// The generation this holder took.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Gives the lease back, so the next taker need not wait for it to
    /// expire.
    pub async fn release(self) -> Result<()> {
        let mut stopped = self.stopped.lock().await;
        *stopped = true;
        self.renewer.abort();
        if self.lost.load(Ordering::SeqCst) {
            return Ok(());
        }
        let mut holder = self.holder.clone();
        holder.released = true;
        self.root.put(&self.rel, encode(&holder)).await
    }
}

/// Runs `work` while holding the lease `name`, and releases it whatever
/// `work` returns. A lease lost during `work` fails the call.
pub async fn with_lease<T, F, Fut>(
    root: &DataRoot,
    name: &str,
    run_id: &str,
    options: LeaseOptions,
    work: F,
) -> Result<T>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Result<T>>,
{
    let lease = Lease::acquire(root, name, run_id, options).await?;
    let out = work().await;
    let lost = lease.check();
    let released = lease.release().await;
    let out = out?;
    lost?;
    released?;
    Ok(out)
}

/// What the renewer renews.
struct Renewal {
    root: DataRoot,
    name: String,
    generation: u64,
    holder: Holder,
    options: LeaseOptions,
}

/// Runs `work` under the root-wide publish lease: every user of a root
/// shares the warehouse and the dashboard, so a run waits up to 10 minutes
/// for another's publish.
pub async fn while_publishing<T, F, Fut>(ctx: &crate::context::RunContext, work: F) -> Result<T>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Result<T>>,
{
    let options = LeaseOptions::waiting(Duration::from_secs(600));
    with_lease(&ctx.root, PUBLISH_LEASE, &ctx.run_id, options, work).await
}

/// Renews the lease every quarter of its time to live, until the holder
/// releases it or it finds the lease taken by a newer generation.
async fn renew(mut r: Renewal, lost: Arc<AtomicBool>, stopped: Arc<tokio::sync::Mutex<bool>>) {
    let every = (r.options.ttl / 4).max(Duration::from_millis(50));
    loop {
        tokio::time::sleep(every).await;
        let stopped = stopped.lock().await;
        if *stopped {
            return;
        }
        let now = SystemClock.now();
        match generations(&r.root, &r.name).await {
            Ok(gens) if gens.last().is_some_and(|&g| g > r.generation) => {
                tracing::error!(lease = %r.name, "Lease lost: another holder took it.");
                lost.store(true, Ordering::SeqCst);
                return;
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(lease = %r.name, error = %e, "Cannot check the lease."),
        }
        let previous = r.holder.expires_at;
        r.holder.expires_at = now + ttl_of(&r.options);
        let rel = lease_rel(&r.name, r.generation);
        if let Err(e) = r.root.put(&rel, encode(&r.holder)).await {
            tracing::warn!(lease = %r.name, error = %e, "Cannot renew the lease.");
            r.holder.expires_at = previous;
            if now >= previous {
                lost.store(true, Ordering::SeqCst);
                return;
            }
        }
    }
}

/// This machine's name, as leases record it.
pub fn this_host() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .map(|s| s.trim().to_string())
        .ok()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "unknown-host".into())
}

/// Whether a process of this host is running; where that cannot be told
/// (no `/proc`), it is taken to be running, so only expiry frees its lease.
fn process_exists(pid: u32) -> bool {
    let proc = std::path::Path::new("/proc");
    if !proc.join("self").exists() {
        return true;
    }
    proc.join(pid.to_string()).exists()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fast(wait_ms: u64, ttl_ms: u64) -> LeaseOptions {
        LeaseOptions {
            ttl: Duration::from_millis(ttl_ms),
            wait: Duration::from_millis(wait_ms),
            poll: Duration::from_millis(20),
        }
    }

    #[tokio::test]
    async fn a_second_taker_is_refused_with_the_holder_named() {
        let root = DataRoot::memory();
        let first = Lease::acquire(&root, "user_id=u", "run-1", fast(0, 60_000))
            .await
            .unwrap();
        let err = Lease::acquire(&root, "user_id=u", "run-2", fast(0, 60_000))
            .await
            .unwrap_err();
        let text = err.to_string();
        assert!(matches!(err, StageError::Busy { .. }), "{text}");
        assert!(
            text.starts_with("another run for user u holds the lock since ")
                && text.contains("run-1"),
            "{text}"
        );
        assert!(
            text.contains(&format!("pid {}", std::process::id())),
            "{text}"
        );
        first.release().await.unwrap();
        let second = Lease::acquire(&root, "user_id=u", "run-2", fast(0, 60_000))
            .await
            .unwrap();
        assert_eq!(second.generation(), 2);
        // The first generation is gone; only the newest is kept.
        assert_eq!(generations(&root, "user_id=u").await.unwrap(), vec![2]);
    }

    #[tokio::test]
    async fn a_waiting_taker_gets_the_lease_when_it_is_released() {
        let root = DataRoot::memory();
        let first = Lease::acquire(&root, "publish", "run-1", fast(0, 60_000))
            .await
            .unwrap();
        let waiter = {
            let root = root.clone();
            tokio::spawn(async move {
                Lease::acquire(&root, "publish", "run-2", fast(5_000, 60_000)).await
            })
        };
        tokio::time::sleep(Duration::from_millis(100)).await;
        assert!(!waiter.is_finished());
        first.release().await.unwrap();
        let second = waiter.await.unwrap().unwrap();
        assert_eq!(second.generation(), 2);
    }

    #[tokio::test]
    async fn other_names_do_not_block_each_other() {
        let root = DataRoot::memory();
        let a = Lease::acquire(&root, "user_id=a", "r", fast(0, 60_000))
            .await
            .unwrap();
        let b = Lease::acquire(&root, "user_id=b", "r", fast(0, 60_000))
            .await
            .unwrap();
        a.release().await.unwrap();
        b.release().await.unwrap();
    }

    #[tokio::test]
    async fn an_expired_lease_of_a_crashed_holder_is_taken_over() {
        let root = DataRoot::memory();
        // A holder on another host that stopped renewing a second ago.
        let now = SystemClock.now();
        let stale = Holder {
            host: "elsewhere".into(),
            pid: 1,
            run_id: "crashed".into(),
            since: now - chrono::Duration::seconds(300),
            expires_at: now - chrono::Duration::seconds(1),
            released: false,
        };
        root.put(&lease_rel("user_id=u", 7), encode(&stale))
            .await
            .unwrap();
        let lease = Lease::acquire(&root, "user_id=u", "run", fast(0, 60_000))
            .await
            .unwrap();
        assert_eq!(lease.generation(), 8);
    }

    #[tokio::test]
    async fn a_live_lease_of_a_dead_process_on_this_host_is_taken_over() {
        let root = DataRoot::memory();
        let now = SystemClock.now();
        let dead = Holder {
            host: this_host(),
            // Far above any pid_max: no such process.
            pid: u32::MAX - 1,
            run_id: "killed".into(),
            since: now,
            expires_at: now + chrono::Duration::seconds(3600),
            released: false,
        };
        root.put(&lease_rel("user_id=u", 1), encode(&dead))
            .await
            .unwrap();
        let lease = Lease::acquire(&root, "user_id=u", "run", fast(0, 60_000)).await;
        if std::path::Path::new("/proc/self").exists() {
            assert_eq!(lease.unwrap().generation(), 2);
        } else {
            assert!(matches!(lease, Err(StageError::Busy { .. })));
        }
    }

    #[tokio::test]
    async fn a_holder_that_stops_renewing_is_taken_over_and_learns_it() {
        let root = DataRoot::memory();
        let first = Lease::acquire(&root, "user_id=u", "run-1", fast(0, 200))
            .await
            .unwrap();
        // Freeze the first holder's renewals, as a stalled process would.
        first.renewer.abort();
        tokio::time::sleep(Duration::from_millis(300)).await;
        let second = Lease::acquire(&root, "user_id=u", "run-2", fast(0, 60_000))
            .await
            .unwrap();
        assert_eq!(second.generation(), 2);
    }

    #[tokio::test]
    async fn a_renewing_holder_notices_it_was_overtaken() {
        let root = DataRoot::memory();
        let first = Lease::acquire(&root, "user_id=u", "run-1", fast(0, 200))
            .await
            .unwrap();
        // Another taker that ignored the lease (a clock far ahead) writes
        // the next generation.
        let now = SystemClock.now();
        let usurper = Holder {
            host: "elsewhere".into(),
            pid: 1,
            run_id: "run-2".into(),
            since: now,
            expires_at: now + chrono::Duration::seconds(60),
            released: false,
        };
        root.put(&lease_rel("user_id=u", 2), encode(&usurper))
            .await
            .unwrap();
        tokio::time::sleep(Duration::from_millis(200)).await;
        let err = first.check().unwrap_err();
        assert!(matches!(err, StageError::LeaseLost { .. }), "{err}");
    }

    #[tokio::test]
    async fn with_lease_releases_after_an_error() {
        let root = DataRoot::memory();
        let out: Result<()> = with_lease(&root, "publish", "run-1", fast(0, 60_000), || async {
            Err(StageError::Request("boom".into()))
        })
        .await;
        assert!(out.is_err());
        // Free at once, not after the time to live.
        let again = with_lease(&root, "publish", "run-2", fast(0, 60_000), || async {
            Ok(5)
        })
        .await
        .unwrap();
        assert_eq!(again, 5);
    }

    #[tokio::test]
    async fn racing_takers_end_with_exactly_one_holder() {
        let root = DataRoot::memory();
        let mut tasks = Vec::new();
        for i in 0..8 {
            let root = root.clone();
            tasks.push(tokio::spawn(async move {
                Lease::acquire(&root, "user_id=u", &format!("run-{i}"), fast(0, 60_000)).await
            }));
        }
        let mut held = Vec::new();
        for t in tasks {
            if let Ok(lease) = t.await.unwrap() {
                held.push(lease);
            }
        }
        assert_eq!(held.len(), 1);
    }
}
