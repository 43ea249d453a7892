//! One retry policy for every outside call: the Gmail API, the OAuth token
//! endpoint, IMAP reconnects and the LLM. Waits grow exponentially with
//! jitter (`backon`'s exponential backoff: each wait is the doubled base plus
//! up to as much again at random), are capped at `max`, and are never
//! shorter than what the server asked for with `Retry-After`:
//! delay-seconds or an HTTP date in any of RFC 9110's three forms (read by
//! `httpdate`), against the answer's own `Date` so that a skewed local clock
//! does not matter; a `Retry-After` counts up to 15 minutes.
//!
//! [`QuotaLimiter`] spends a per-minute quota (Gmail's units) through
//! `governor`'s GCRA limiter: a tenth may go at once, the rest flows in
//! evenly, so that no 60-second window spends more than the quota.

use std::num::NonZeroU32;
use std::time::{Duration, SystemTime};

use backon::{BackoffBuilder, ExponentialBackoff, ExponentialBuilder};
use chrono::{DateTime, Utc};
use governor::clock::{Clock as _, DefaultClock};
use governor::state::{InMemoryState, NotKeyed};
use governor::{Quota, RateLimiter};

/// The longest `Retry-After` honoured; a server asking for more gets this.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(900);

/// How hard to retry a call that failed in a way that may pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// The first wait; each later one doubles it (before jitter).
    pub base: Duration,
    /// The longest wait from the backoff (a `Retry-After` may ask more).
    pub max: Duration,
    /// Attempts per call, the first included, before giving up.
    pub attempts: u32,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            base: Duration::from_millis(500),
            max: Duration::from_secs(64),
            attempts: 8,
        }
    }
}

impl RetryPolicy {
    /// The waits of one call's retries: `attempts - 1` of them.
    pub fn waits(&self) -> Waits {
        Waits {
            backoff: ExponentialBuilder::default()
                .with_min_delay(self.base)
                .with_max_delay(self.max)
                .with_factor(2.0)
                .with_max_times(self.attempts.saturating_sub(1) as usize)
                .with_jitter()
                .build(),
            max: self.max,
        }
    }
}

/// The waits left for one call.
#[derive(Debug)]
pub struct Waits {
    backoff: ExponentialBackoff,
    max: Duration,
}

impl Waits {
    /// The wait before the next attempt, at least `retry_after` (up to
    /// [`MAX_RETRY_AFTER`]); `None` when no attempt is left.
    pub fn next(&mut self, retry_after: Option<Duration>) -> Option<Duration> {
        let wait = self.backoff.next()?.min(self.max);
        Some(match retry_after {
            Some(asked) => wait.max(asked.min(MAX_RETRY_AFTER)),
            None => wait,
        })
    }
}

/// An HTTP-date in any of the three forms a recipient must accept
/// (IMF-fixdate, RFC 850, asctime).
pub fn http_date(value: &str) -> Option<DateTime<Utc>> {
    httpdate::parse_http_date(value.trim())
        .ok()
        .map(DateTime::<Utc>::from)
}

/// A `Retry-After` value: delay-seconds, or an HTTP-date read against
/// `now`. A date already past means no wait; anything else unreadable is
/// ignored (the backoff applies).
pub fn parse_retry_after(value: &str, now: DateTime<Utc>) -> Option<Duration> {
    let v = value.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = SystemTime::from(http_date(v)?);
    Some(
        at.duration_since(SystemTime::from(now))
            .unwrap_or(Duration::ZERO),
    )
}

/// The `Retry-After` of an answer, a date read against the answer's own
/// `Date` when it has one, else against `now`.
pub fn retry_after(headers: &reqwest::header::HeaderMap, now: DateTime<Utc>) -> Option<Duration> {
    let text = |name| headers.get(name).and_then(|v| v.to_str().ok());
    let now = text(reqwest::header::DATE)
        .and_then(http_date)
        .unwrap_or(now);
    parse_retry_after(text(reqwest::header::RETRY_AFTER)?, now)
}

/// The quota of [`QuotaLimiter::per_minute`]: a burst of a tenth, the rest
/// replenished evenly over the minute, so any 60 seconds spend at most
/// `per_minute` (at least 10).
pub fn minute_quota(per_minute: u32) -> Quota {
    let per_minute = per_minute.max(10);
    let burst = per_minute / 10;
    // Rounded up, so the minute's refill never exceeds what is left.
    let period_ns = 60_000_000_000u64.div_ceil(u64::from(per_minute - burst));
    let burst = NonZeroU32::new(burst).unwrap_or(NonZeroU32::MIN);
    Quota::with_period(Duration::from_nanos(period_ns))
        .unwrap_or_else(|| Quota::per_minute(burst))
        .allow_burst(burst)
}

/// Spends a per-minute quota of units, waiting (asynchronously) for them.
#[derive(Debug)]
pub struct QuotaLimiter {
    limiter: RateLimiter<NotKeyed, InMemoryState, DefaultClock>,
    clock: DefaultClock,
    burst: NonZeroU32,
}

impl QuotaLimiter {
    pub fn per_minute(per_minute: u32) -> Self {
        let quota = minute_quota(per_minute);
        let clock = DefaultClock::default();
        Self {
            limiter: RateLimiter::direct_with_clock(quota, clock.clone()),
            clock,
            burst: quota.burst_size(),
        }
    }

    /// Waits until `units` may be spent, and spends them; returns how long
    /// it waited. More units than the burst are spent in burst-sized parts.
    pub async fn spend(&self, units: u32) -> Duration {
        let mut waited = Duration::ZERO;
        let mut left = units;
        while let Some(n) = NonZeroU32::new(left.min(self.burst.get())) {
            loop {
                match self.limiter.check_n(n) {
                    Ok(Ok(())) => break,
                    Ok(Err(not_until)) => {
                        let wait = not_until.wait_time_from(self.clock.now());
                        waited += wait;
                        tokio::time::sleep(wait).await;
                    }
                    // Not reachable: n is at most the burst.
                    Err(_) => break,
                }
            }
            left -= n.get();
        }
        waited
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use governor::clock::{FakeRelativeClock, Reference};

    #[test]
    fn every_minute_stays_under_its_quota() {
        let clock = FakeRelativeClock::default();
        let limiter = RateLimiter::direct_with_clock(minute_quota(12_000), clock.clone());
        // A greedy caller asking 5 units at a time for ten minutes.
        let five = NonZeroU32::new(5).unwrap();
        let mut spent: Vec<f64> = Vec::new();
        let start = clock.now();
        loop {
            let now = Duration::from(clock.now().duration_since(start)).as_secs_f64();
            if now >= 600.0 {
                break;
            }
            match limiter.check_n(five).unwrap() {
                Ok(()) => spent.push(now),
                Err(nu) => clock.advance(nu.wait_time_from(clock.now())),
            }
        }
        let mut worst = 0;
        for (i, t0) in spent.iter().enumerate() {
            let in_window = spent[i..].iter().take_while(|t| **t < t0 + 60.0).count() * 5;
            worst = worst.max(in_window);
        }
        assert!(worst <= 12_000, "{worst} units in one minute");
        assert!(worst >= 11_000, "the budget is used: {worst}");
    }

    #[test]
    fn waits_grow_stay_under_the_cap_and_honour_retry_after() {
        let policy = RetryPolicy {
            base: Duration::from_millis(100),
            max: Duration::from_secs(1),
            attempts: 6,
        };
        let mut waits = policy.waits();
        let all: Vec<Duration> = std::iter::from_fn(|| waits.next(None)).collect();
        assert_eq!(all.len(), 5, "attempts - 1 waits");
        assert!(all[0] >= Duration::from_millis(100) && all[0] < Duration::from_millis(200));
        assert!(all.iter().all(|w| *w <= Duration::from_secs(1)), "{all:?}");
        assert!(all[4] >= Duration::from_millis(800), "{all:?}");
        let mut waits = policy.waits();
        assert_eq!(
            waits.next(Some(Duration::from_secs(30))),
            Some(Duration::from_secs(30))
        );
        assert_eq!(
            waits.next(Some(Duration::from_secs(86_400))),
            Some(MAX_RETRY_AFTER)
        );
    }

    #[test]
    fn retry_after_is_read_as_seconds_or_as_an_http_date() {
        let now = DateTime::parse_from_rfc3339("1994-11-06T08:49:07Z")
            .unwrap()
            .with_timezone(&Utc);
        let in_30s = Some(Duration::from_secs(30));
        assert_eq!(
            parse_retry_after("120", now),
            Some(Duration::from_secs(120))
        );
        assert_eq!(parse_retry_after(" 0 ", now), Some(Duration::ZERO));
        // The three forms, all 30 seconds after `now`.
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now),
            in_30s
        );
        assert_eq!(
            parse_retry_after("Sunday, 06-Nov-94 08:49:37 GMT", now),
            in_30s
        );
        assert_eq!(parse_retry_after("Sun Nov  6 08:49:37 1994", now), in_30s);
        // A date already past is no wait; junk is ignored.
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:00:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("-5", now), None);

        // A date is read against the answer's own Date, not the local clock.
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(
            reqwest::header::RETRY_AFTER,
            "Wed, 21 Oct 2015 07:28:10 GMT".parse().unwrap(),
        );
        headers.insert(
            reqwest::header::DATE,
            "Wed, 21 Oct 2015 07:28:00 GMT".parse().unwrap(),
        );
        assert_eq!(retry_after(&headers, now), Some(Duration::from_secs(10)));
        headers.remove(reqwest::header::DATE);
        let local = DateTime::parse_from_rfc3339("2015-10-21T07:27:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(retry_after(&headers, local), Some(Duration::from_secs(70)));
    }
}
