//! xAPI statements to a Learning Record Store over HTTP(S) (`grade --lrs URL`), and a queue
//! folder that keeps what could not be sent for a later run (`--lrs-queue DIR`).
//!
//! Statements go in batches to `POST <endpoint>/statements`. Their ids are stable (named by the
//! record's bytes, see [`super::export::uuid_from`]), so sending the same records again stores
//! nothing twice: an LRS answers a statement it already holds with `204 No Content` (all of the
//! batch known), a list of only the new ids, or `409 Conflict`; on a conflict each statement of
//! the batch is looked up by id (`GET …/statements?statementId=`) and only the missing ones are
//! sent again. Network errors, `429` and `5xx` are retried with growing pauses.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::Value;

/// The environment variable that holds the LRS credentials: `user:password` (HTTP Basic), or a
/// whole `Authorization` value (`Basic …`, `Bearer …`).
pub const AUTH_ENV: &str = "GOLDENHOUR_LRS_AUTH";

/// The xAPI version sent in every request's `X-Experience-API-Version` header.
const XAPI_VERSION: &str = "1.0.3";

/// Statements per POST unless told otherwise.
pub const DEFAULT_BATCH: usize = 100;

/// How a statement batch or a whole delivery went wrong. Each is a message in report.ftl.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// The LRS could not be reached, or kept answering 429/5xx (after every retry).
    Unreachable { why: String },
    /// The LRS refused the batch (a 4xx other than 409 and 429): its status and the start of
    /// its answer.
    Refused { status: u16, body: String },
    /// An answer that is not what xAPI says an LRS answers.
    Unexpected { what: String },
}

/// What one delivery did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Delivery {
    /// Statements to deliver: this run's and the queue's, each id once.
    pub statements: usize,
    /// Of those, how many came from the queue folder.
    pub from_queue: usize,
    /// POST requests that the LRS answered with success.
    pub batches: usize,
    /// Statements the LRS stored now.
    pub stored: usize,
    /// Statements the LRS already had (sent before): not stored twice.
    pub already: usize,
    /// Statements written to the queue folder, to be sent by a later run.
    pub queued: usize,
    /// What went wrong, once per failed batch.
    pub failures: Vec<Failure>,
}

/// Where statements go: an LRS, a queue folder, or both (what the LRS does not take is queued).
pub struct Target {
    /// The statements resource: the endpoint given with `/statements` after it.
    pub statements_url: Option<String>,
    /// The `Authorization` header's value.
    pub auth: Option<String>,
    pub queue: Option<PathBuf>,
    pub batch: usize,
    /// Retries of a batch after the first try (network errors, 429, 5xx).
    pub retries: u32,
    /// The pause before the first retry; it doubles with each.
    pub backoff: Duration,
    pub timeout: Duration,
}

impl Target {
    /// A target with the usual retries (3, from 0.5 s) and a 30 s timeout per request.
    pub fn new(endpoint: Option<&str>, auth: Option<String>, queue: Option<PathBuf>) -> Target {
        Target {
            statements_url: endpoint.map(statements_url),
            auth,
            queue,
            batch: DEFAULT_BATCH,
            retries: 3,
            backoff: Duration::from_millis(500),
            timeout: Duration::from_secs(30),
        }
    }
}

/// The statements resource of an LRS endpoint: `https://lrs.example/xAPI/` and
/// `https://lrs.example/xAPI` both give `https://lrs.example/xAPI/statements`; a URL that
/// already ends in `/statements` stays as it is.
pub fn statements_url(endpoint: &str) -> String {
    let e = endpoint.trim().trim_end_matches('/');
    if e.ends_with("/statements") { e.to_string() } else { format!("{e}/statements") }
}

/// Whether an endpoint is an `http://` or `https://` URL with a host.
pub fn is_http_url(endpoint: &str) -> bool {
    let e = endpoint.trim();
    let rest = e.strip_prefix("https://").or_else(|| e.strip_prefix("http://"));
    rest.is_some_and(|r| !r.is_empty() && !r.starts_with('/'))
}

/// Whether credentials sent to `endpoint` would cross the network unencrypted: a plain
/// `http://` address whose host is not this machine (a loopback LRS for a test is fine).
pub fn sends_in_clear(endpoint: &str) -> bool {
    let Some(rest) = endpoint.trim().strip_prefix("http://") else { return false };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit('@').next().unwrap_or("");
    let host = match host.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => host.split(':').next().unwrap_or(""),
    };
    !(host.eq_ignore_ascii_case("localhost") || host == "::1" || host.starts_with("127."))
}

/// The `Authorization` value for credentials as the user keeps them: `user:password` becomes
/// HTTP Basic; a value that starts with `Basic ` or `Bearer ` is used as it is. Surrounding
/// white space (a file's last newline) is dropped. `None` for anything else.
pub fn auth_header(raw: &str) -> Option<String> {
    use base64::Engine as _;
    let raw = raw.trim();
    if raw.starts_with("Basic ") || raw.starts_with("Bearer ") {
        return Some(raw.to_string());
    }
    if raw.contains(':') && !raw.contains(['\n', '\r']) {
        let enc = base64::engine::general_purpose::STANDARD.encode(raw.as_bytes());
        return Some(format!("Basic {enc}"));
    }
    None
}

/// The statement's id, if it has one.
fn id_of(s: &Value) -> Option<&str> {
    s.get("id").and_then(Value::as_str)
}

/// Whether the answer to `GET …/statements?statementId=ID` holds that statement: the statement
/// itself (xAPI), or a statement result `{"statements": […]}` with it (what some LRSs, Ralph
/// among them, answer, with an empty list for an id they lack).
fn holds(body: &str, id: &str) -> bool {
    let Ok(v) = serde_json::from_str::<Value>(body) else { return false };
    if id_of(&v) == Some(id) {
        return true;
    }
    v.get("statements")
        .and_then(Value::as_array)
        .is_some_and(|a| a.iter().any(|s| id_of(s) == Some(id)))
}

/// The queue's batch files, in name order.
fn queue_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let rd = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(format!("{}: cannot read the queue folder: {e}", dir.display())),
    };
    let mut files: Vec<PathBuf> = rd
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|x| x == "json")
                && p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("statements-"))
        })
        .collect();
    files.sort();
    Ok(files)
}

/// Read the queue folder's statements: each file is a JSON array of statements. A file that is
/// not one is an error naming it (and is left where it is).
pub fn read_queue(dir: &Path) -> Result<(Vec<Value>, Vec<PathBuf>), String> {
    let files = queue_files(dir)?;
    let mut all = Vec::new();
    for f in &files {
        let bytes = std::fs::read(f).map_err(|e| format!("{}: cannot read: {e}", f.display()))?;
        let v: Value = serde_json::from_slice(&bytes).map_err(|e| {
            format!(
                "{}:{}:{}: not a queued statement batch: {e}",
                f.display(),
                e.line(),
                e.column()
            )
        })?;
        match v {
            Value::Array(a) if a.iter().all(|s| id_of(s).is_some()) => all.extend(a),
            _ => {
                return Err(format!(
                    "{}:1:1: not a queued statement batch (a JSON array of statements with ids)",
                    f.display()
                ));
            }
        }
    }
    Ok((all, files))
}

/// Write statements into the queue folder, one file per batch, named by its place and the
/// batch's ids (`statements-0001-<uuid>.json`: read back in the same order; the same statements
/// give the same files). Returns the files written.
fn write_queue(dir: &Path, statements: &[Value], batch: usize) -> Result<Vec<PathBuf>, String> {
    std::fs::create_dir_all(dir)
        .map_err(|e| format!("{}: cannot create the queue folder: {e}", dir.display()))?;
    let mut written = Vec::new();
    for (i, chunk) in statements.chunks(batch.max(1)).enumerate() {
        let ids: Vec<&[u8]> = chunk.iter().filter_map(id_of).map(str::as_bytes).collect();
        let name = format!("statements-{:04}-{}.json", i + 1, super::export::uuid_from(&ids));
        let p = dir.join(name);
        let mut text = serde_json::to_string_pretty(&Value::Array(chunk.to_vec()))
            .map_err(|e| e.to_string())?;
        text.push('\n');
        crate::record::write_atomic(&p, text.as_bytes()).map_err(|e| e.to_string())?;
        written.push(p);
    }
    Ok(written)
}

/// How a request went, for the retry loop.
enum Answer {
    Status(u16, String),
    /// No answer: connection refused, timeout, TLS error…
    Transport(String),
}

/// The start of an LRS's answer, for a message: at most 300 characters on one line.
fn clip(body: &str) -> String {
    let one: String = body.split_whitespace().collect::<Vec<_>>().join(" ");
    match one.char_indices().nth(300) {
        Some((i, _)) => format!("{}…", &one[..i]),
        None => one,
    }
}

struct Client<'a> {
    agent: ureq::Agent,
    target: &'a Target,
    url: &'a str,
}

impl Client<'_> {
    fn request(&self, method: &str, id: Option<&str>, body: Option<&[u8]>) -> Answer {
        let mut req = match method {
            "GET" => {
                let mut r = self.agent.get(self.url);
                if let Some(id) = id {
                    r = r.query("statementId", id);
                }
                let r = r.header("X-Experience-API-Version", XAPI_VERSION);
                match &self.target.auth {
                    Some(a) => r.header("Authorization", a),
                    None => r,
                }
                .call()
            }
            _ => {
                let r = self
                    .agent
                    .post(self.url)
                    .header("X-Experience-API-Version", XAPI_VERSION)
                    .header("Content-Type", "application/json");
                match &self.target.auth {
                    Some(a) => r.header("Authorization", a),
                    None => r,
                }
                .send(body.unwrap_or_default())
            }
        };
        match &mut req {
            Ok(resp) => {
                let status = resp.status().as_u16();
                let text = resp
                    .body_mut()
                    .with_config()
                    .limit(16 * 1024 * 1024)
                    .read_to_string()
                    .unwrap_or_default();
                Answer::Status(status, text)
            }
            Err(e) => Answer::Transport(e.to_string()),
        }
    }

    /// A request, retried on network errors, 429 and 5xx with growing pauses.
    fn with_retries(&self, method: &str, id: Option<&str>, body: Option<&[u8]>) -> Answer {
        let mut pause = self.target.backoff;
        let mut tries = 0;
        loop {
            let a = self.request(method, id, body);
            let again = match &a {
                Answer::Transport(_) => true,
                Answer::Status(s, _) => *s == 429 || *s >= 500,
            };
            if !again || tries >= self.target.retries {
                return a;
            }
            tries += 1;
            std::thread::sleep(pause);
            pause *= 2;
        }
    }

    /// Send one batch. Ok((stored, already)) when the LRS holds every statement of it after.
    fn send(&self, batch: &[Value], conflict_checked: bool) -> Result<(usize, usize), Failure> {
        let body = serde_json::to_vec(&Value::Array(batch.to_vec()))
            .map_err(|e| Failure::Unexpected { what: e.to_string() })?;
        match self.with_retries("POST", None, Some(&body)) {
            Answer::Transport(why) => Err(Failure::Unreachable { why }),
            Answer::Status(200, text) => {
                let ids: Vec<String> = serde_json::from_str(&text).map_err(|_| {
                    Failure::Unexpected { what: format!("200 with `{}`", clip(&text)) }
                })?;
                let stored = ids.len().min(batch.len());
                Ok((stored, batch.len() - stored))
            }
            Answer::Status(204, _) => Ok((0, batch.len())),
            Answer::Status(409, text) if !conflict_checked => {
                // Some statements are known: look each up, send the rest once more.
                let mut missing = Vec::new();
                for s in batch {
                    let Some(id) = id_of(s) else { continue };
                    match self.with_retries("GET", Some(id), None) {
                        Answer::Status(200, body) if holds(&body, id) => {}
                        Answer::Status(200 | 404, _) => missing.push(s.clone()),
                        Answer::Status(status, body) if (400..500).contains(&status) => {
                            return Err(Failure::Refused { status, body: clip(&body) });
                        }
                        Answer::Status(status, body) => {
                            return Err(Failure::Unreachable {
                                why: format!("{status} {}", clip(&body)),
                            });
                        }
                        Answer::Transport(why) => return Err(Failure::Unreachable { why }),
                    }
                }
                if missing.is_empty() {
                    return Ok((0, batch.len()));
                }
                if missing.len() == batch.len() {
                    // None is there, yet the batch conflicts: nothing more to try.
                    return Err(Failure::Refused { status: 409, body: clip(&text) });
                }
                let (stored, already) = self.send(&missing, true)?;
                Ok((stored, already + batch.len() - missing.len()))
            }
            Answer::Status(status, body) if (400..500).contains(&status) && status != 429 => {
                Err(Failure::Refused { status, body: clip(&body) })
            }
            Answer::Status(status, body) if status == 429 || status >= 500 => {
                Err(Failure::Unreachable { why: format!("{status} {}", clip(&body)) })
            }
            Answer::Status(status, body) => {
                Err(Failure::Unexpected { what: format!("{status} {}", clip(&body)) })
            }
        }
    }
}

/// Deliver `statements` (and those waiting in the queue folder, first) to the target: each
/// batch to the LRS, and whatever it did not take to the queue, which then holds exactly the
/// statements still to send (its files that were sent are removed). Without an LRS, everything
/// goes to the queue. An error (`Err`) only for a queue folder that cannot be read or written;
/// an LRS that fails is reported in [`Delivery::failures`].
pub fn deliver(target: &Target, statements: Vec<Value>) -> Result<Delivery, String> {
    let mut d = Delivery::default();
    let (queued, old_files) = match &target.queue {
        Some(q) => read_queue(q)?,
        None => (Vec::new(), Vec::new()),
    };
    let mut seen = std::collections::BTreeSet::new();
    let mut all = Vec::with_capacity(queued.len() + statements.len());
    let tagged = queued.into_iter().map(|s| (true, s));
    for (from_queue, s) in tagged.chain(statements.into_iter().map(|s| (false, s))) {
        let id = id_of(&s).unwrap_or_default().to_string();
        if seen.insert(id) {
            d.from_queue += usize::from(from_queue);
            all.push(s);
        }
    }
    d.statements = all.len();
    let mut unsent: Vec<Value> = Vec::new();
    match &target.statements_url {
        None => unsent = all,
        Some(url) => {
            let agent: ureq::Agent = ureq::Agent::config_builder()
                .http_status_as_error(false)
                .timeout_global(Some(target.timeout))
                .build()
                .into();
            let client = Client { agent, target, url };
            let mut reachable = true;
            for batch in all.chunks(target.batch.max(1)) {
                if !reachable {
                    unsent.extend_from_slice(batch);
                    continue;
                }
                match client.send(batch, false) {
                    Ok((stored, already)) => {
                        d.batches += 1;
                        d.stored += stored;
                        d.already += already;
                    }
                    Err(f) => {
                        // An LRS that cannot be reached is not tried again for the next
                        // batches of this run; a refusal is batch by batch.
                        reachable = !matches!(f, Failure::Unreachable { .. });
                        d.failures.push(f);
                        unsent.extend_from_slice(batch);
                    }
                }
            }
        }
    }
    if let Some(q) = &target.queue {
        // The new queue files first, then the old ones go: nothing is lost on the way.
        let written = write_queue(q, &unsent, target.batch)?;
        d.queued = unsent.len();
        for f in old_files {
            if !written.contains(&f) {
                std::fs::remove_file(&f)
                    .map_err(|e| format!("{}: cannot remove: {e}", f.display()))?;
            }
        }
    }
    Ok(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_and_credentials() {
        assert_eq!(
            statements_url("http://127.0.0.1:8100/xAPI/"),
            "http://127.0.0.1:8100/xAPI/statements"
        );
        assert_eq!(statements_url("https://l.example/xAPI"), "https://l.example/xAPI/statements");
        assert_eq!(
            statements_url("https://l.example/xAPI/statements/"),
            "https://l.example/xAPI/statements"
        );
        assert!(is_http_url("https://l.example/xAPI") && is_http_url("http://127.0.0.1:1"));
        assert!(sends_in_clear("http://lrs.academy.example/xAPI"));
        assert!(sends_in_clear("http://192.168.1.20:8100/xAPI"));
        assert!(!sends_in_clear("https://lrs.academy.example/xAPI"));
        for local in ["http://127.0.0.1:8100/xAPI", "http://localhost/x", "http://[::1]:80/"] {
            assert!(!sends_in_clear(local), "{local}");
        }
        assert!(
            !is_http_url("ftp://l.example") && !is_http_url("http://") && !is_http_url("l.example")
        );
        // RFC 7617's example.
        assert_eq!(
            auth_header("Aladdin:open sesame\n").as_deref(),
            Some("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==")
        );
        assert_eq!(auth_header(" Bearer abc ").as_deref(), Some("Bearer abc"));
        assert_eq!(auth_header("no-colon"), None);
        assert_eq!(auth_header("a:b\nc:d"), None);
    }

    #[test]
    fn a_lookup_answer_holds_the_statement_or_not() {
        assert!(holds(r#"{"id":"a","verb":{}}"#, "a"));
        assert!(holds(r#"{"statements":[{"id":"b"},{"id":"a"}]}"#, "a"));
        assert!(!holds(r#"{"statements":[]}"#, "a"));
        assert!(!holds(r#"{"id":"b"}"#, "a"));
        assert!(!holds("not json", "a"));
    }

    #[test]
    fn the_queue_keeps_what_was_not_sent_and_only_that() {
        let dir = std::env::temp_dir().join(format!("goldenhour-lrs-queue-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let st = |id: &str| serde_json::json!({ "id": id, "verb": { "id": "v" } });
        let target = |batch| Target { batch, ..Target::new(None, None, Some(dir.clone())) };
        let d = deliver(&target(2), vec![st("a"), st("b"), st("c")]).unwrap();
        assert_eq!((d.statements, d.queued, d.from_queue), (3, 3, 0));
        assert_eq!(queue_files(&dir).unwrap().len(), 2, "two batches of at most 2");
        // The same statements again, and one more: each id once.
        let d = deliver(&target(2), vec![st("c"), st("d")]).unwrap();
        assert_eq!((d.statements, d.queued, d.from_queue), (4, 4, 3));
        let (back, files) = read_queue(&dir).unwrap();
        let ids: Vec<&str> = back.iter().filter_map(id_of).collect();
        assert_eq!(ids, ["a", "b", "c", "d"]);
        assert_eq!(files.len(), 2);
        // An LRS that is not there: everything stays queued, the failure is reported.
        let mut t = target(2);
        t.statements_url = Some(statements_url("http://127.0.0.1:9/xAPI"));
        t.retries = 0;
        t.timeout = Duration::from_secs(2);
        let d = deliver(&t, Vec::new()).unwrap();
        assert_eq!((d.statements, d.queued, d.stored), (4, 4, 0));
        assert!(matches!(d.failures.as_slice(), [Failure::Unreachable { .. }]), "{:?}", d.failures);
        // A file in the queue that is no batch is an error naming it, and stays.
        std::fs::write(dir.join("statements-zz.json"), "{").unwrap();
        let e = deliver(&target(2), Vec::new()).unwrap_err();
        assert!(e.contains("statements-zz.json:1:"), "{e}");
        assert!(dir.join("statements-zz.json").exists());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
