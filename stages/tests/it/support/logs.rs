//! Captures the logs of the whole test binary (jobtrack at trace level) so
//! tests can look for what must never be logged.

use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};

static LOGS: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();

struct Into(Arc<Mutex<Vec<u8>>>);

impl Write for Into {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Installs the capturing subscriber once.
pub fn capture() -> Arc<Mutex<Vec<u8>>> {
    LOGS.get_or_init(|| {
        let buf = Arc::new(Mutex::new(Vec::new()));
        let sink = buf.clone();
        let _ = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new(
                "jobtrack_stages=trace,reqwest=trace,hyper_util=trace",
            ))
            .with_ansi(false)
            .with_writer(move || Into(sink.clone()))
            .try_init();
        buf
    })
    .clone()
}

/// Everything captured so far.
pub fn text() -> String {
    String::from_utf8_lossy(&capture().lock().unwrap()).into_owned()
}
