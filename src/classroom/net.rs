//! The classroom on a local network, offline: the instructor's machine hosts, team PCs join with
//! the class code and their team's secret. WebSocket frames (`tungstenite`) over plain TCP carry
//! JSON messages; every link runs on its own thread and talks to the rest of the program through
//! channels and a shared state, so nothing here runs in a frame of the app.
//!
//! Only the class gets in. On every link the host first sends a fresh random challenge; the team
//! PC answers with an HMAC of it keyed by its team's secret ([`super::secret`]), which the host
//! checks before it takes anything from the link. A link that does not prove its team within
//! [`HANDSHAKE_TIMEOUT`] or [`PREAUTH_BYTES`] is closed; at most [`MAX_PENDING`] links may be
//! proving at once, and at most [`max_links`] links live in all (each has one thread), so a flood
//! of connections or idle half-open sockets is turned away at the door while the teams' links go
//! on. Frames and messages are capped at [`MAX_MESSAGE`]; a silent link is pinged and dropped
//! after [`IDLE_TIMEOUT`].
//!
//! Nothing is lost when a link drops: each team's session is its own and keeps running; the
//! client keeps every action it took and the host says on each (re)connect how many it already
//! holds, so the client resends the rest. The host keeps one ordered log of console commands;
//! a client says how many it has seen and gets the rest, in order. The host replays each team's
//! actions on its own copy of the case and writes the team's record after every batch.

use std::collections::BTreeMap;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use tungstenite::protocol::WebSocketConfig;
use tungstenite::{Message, WebSocket};

use super::{Command, code, record_path, secret, team_meta};
use crate::record::{Mode, Record, RecordedAction};
use crate::run::{Meta, OnRefused, Run, replay};
use crate::scenario::Scenario;
use crate::sim::Session;
use crate::time::Secs;
use crate::witness::{HostKey, random_bytes, to_hex};

mod client;

pub use client::{Client, Join};

/// The TCP port a host listens on unless told otherwise.
pub const DEFAULT_PORT: u16 = 47_470;
/// How long a link thread waits on its socket before looking at its queues again.
const POLL: Duration = Duration::from_millis(20);
/// Wait between attempts to reach the host.
const RETRY: Duration = Duration::from_millis(250);
/// The largest WebSocket frame or message either side reads; a larger one ends the link.
pub const MAX_MESSAGE: usize = 1 << 20;
/// How many actions a team PC sends in one message (a long log goes in several).
const ACTIONS_PER_MESSAGE: usize = 256;
/// The most actions the host keeps of one team (far more than a case takes).
pub const MAX_TEAM_ACTIONS: usize = 20_000;
/// Time a new link has to finish the WebSocket handshake and prove its team.
pub const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(5);
/// Bytes a link may send before it has proved its team.
pub const PREAUTH_BYTES: usize = 64 * 1024;
/// Links at most proving their team at once; more are closed as they arrive.
pub const MAX_PENDING: usize = 16;
/// A team's link that sends nothing (not even the answer to a ping) this long is closed.
pub const IDLE_TIMEOUT: Duration = Duration::from_secs(30);
/// How often the host pings a team's link.
const PING_EVERY: Duration = Duration::from_secs(5);
/// Pause before refusing a wrong secret (guessing online is slow).
const WRONG_SECRET_DELAY: Duration = Duration::from_millis(250);

/// The most links (threads) a host with `teams` teams keeps at once: those proving their team,
/// and two per team (a team's new link and the old one it replaces, while that one stops).
pub fn max_links(teams: usize) -> usize {
    MAX_PENDING + 2 * teams
}

fn ws_config() -> WebSocketConfig {
    WebSocketConfig::default()
        .read_buffer_size(16 * 1024)
        .write_buffer_size(16 * 1024)
        .max_write_buffer_size(4 * MAX_MESSAGE)
        .max_message_size(Some(MAX_MESSAGE))
        .max_frame_size(Some(MAX_MESSAGE))
}

/// A console command with its place in the host's log and the team's sim time when it was
/// issued (as last reported).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stamped {
    pub seq: u64,
    pub at: Secs,
    pub cmd: Command,
}

/// What a team PC reports of its session, for the instructor's live view.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TeamStatus {
    pub now: Secs,
    pub paused: bool,
    pub returned: u64,
    pub secured: u64,
    pub recoverable: u64,
    pub over: bool,
    /// The final score once the case is closed.
    pub score: Option<f64>,
}

impl TeamStatus {
    pub fn of(s: &Session, paused: bool) -> TeamStatus {
        TeamStatus {
            now: s.now(),
            paused,
            returned: s.returned(),
            secured: s.secured_now(),
            recoverable: s.recoverable_series().last().map(|x| x.1).unwrap_or(0),
            over: s.is_over(),
            score: s.outcome().map(|o| o.score),
        }
    }
}

/// Team PC → host.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum ToHost {
    /// The answer to the host's challenge: who the PC is, and `proof`, the HMAC of the
    /// challenge keyed by the team's secret ([`secret::proof`], hex).
    Hello {
        code: String,
        team: String,
        scenario_hash: String,
        commands_seen: u64,
        proof: String,
    },
    /// The team's actions from index `from` on.
    Actions {
        from: usize,
        actions: Vec<RecordedAction>,
    },
    Status(TeamStatus),
}

/// Host → team PC.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum ToClient {
    /// The first message on every link: random bytes (hex) the team PC proves its secret on.
    Challenge {
        nonce: String,
    },
    /// Joined: the seed to play, and how many of the team's actions the host already holds.
    Welcome {
        seed: u64,
        have: usize,
    },
    Refused(Refusal),
    Command(Stamped),
    /// The host now holds this many of the team's actions.
    Ack(usize),
}

/// Why the host turned a team PC away.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Refusal {
    WrongCode,
    UnknownTeam {
        teams: Vec<String>,
    },
    OtherCase,
    /// The team's secret was not proved.
    WrongSecret,
}

/// What the client thread tells the app.
#[derive(Debug, Clone, PartialEq)]
pub enum ClientEvent {
    Connected {
        seed: u64,
    },
    Disconnected,
    Refused(Refusal),
    /// A console command to carry out, in order.
    Command(Stamped),
}

fn send<S: std::io::Read + std::io::Write>(ws: &mut WebSocket<S>, msg: &impl Serialize) -> bool {
    match serde_json::to_string(msg) {
        Ok(s) => ws.send(Message::text(s)).is_ok(),
        Err(_) => false,
    }
}

enum Read<T> {
    Msg(T),
    /// A frame that is not a message (a ping, a pong): the peer is there.
    Noise,
    Nothing,
    Closed,
}

fn read<T: for<'de> Deserialize<'de>, S: std::io::Read + std::io::Write>(
    ws: &mut WebSocket<S>,
) -> Read<T> {
    match ws.read() {
        Ok(Message::Text(t)) => match serde_json::from_str(t.as_str()) {
            Ok(m) => Read::Msg(m),
            // A message this build does not know: the peer is of another version, or not ours.
            Err(_) => Read::Closed,
        },
        Ok(Message::Close(_)) => Read::Closed,
        Ok(_) => Read::Noise,
        Err(tungstenite::Error::Io(e))
            if matches!(
                e.kind(),
                std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
            ) =>
        {
            Read::Nothing
        }
        Err(_) => Read::Closed,
    }
}

// ----- host -----

/// A team as the host sees it.
struct HostTeam {
    name: String,
    /// The host's copy of the team's run: the log so far replayed on the class seed.
    run: Run,
    /// The team's own log, as its PC sent it: the truth of what the team did.
    actions: Vec<RecordedAction>,
    status: Option<TeamStatus>,
    /// The link that serves this team now; older links of the team stop.
    link: u64,
    connected: bool,
    /// Score if the team did nothing more: its actions so far played to the close.
    projected: Option<f64>,
    /// What the team PC must prove it knows to join as this team.
    secret: String,
}

impl HostTeam {
    /// The team's record so far: the team's own log (the host's copy may have refused an
    /// action that crossed a command, and has not run to the close).
    fn record(&self) -> Record {
        let mut r = self.run.to_record();
        r.actions = self.actions.clone();
        r.outcome = None;
        r
    }

    /// The team's log played to the close.
    fn closed(&self, scenario: &Arc<Scenario>) -> Run {
        let mut run = replay(scenario.clone(), &self.record(), OnRefused::Skip).run;
        run.finish();
        run
    }
}

struct HostState {
    scenario: Arc<Scenario>,
    hash: String,
    code: String,
    seed: u64,
    dir: Option<PathBuf>,
    teams: Vec<HostTeam>,
    commands: Vec<Stamped>,
    errors: Vec<String>,
    /// Signs every record the host writes: they are witnessed.
    key: Option<Arc<HostKey>>,
}

impl HostState {
    /// Take a batch of a team's actions: each new one is stamped with the host's own clock as
    /// it arrives.
    fn take_actions(&mut self, ti: usize, from: usize, actions: Vec<RecordedAction>) -> usize {
        let arrived = crate::time::wall_clock_now();
        let t = &mut self.teams[ti];
        let have = t.actions.len();
        // Only what continues the log: a resend overlaps what is held already.
        for (i, mut a) in actions.into_iter().enumerate() {
            if from.saturating_add(i) != t.actions.len() || t.actions.len() >= MAX_TEAM_ACTIONS {
                continue;
            }
            a.arrived = Some(arrived.clone());
            if a.at >= t.run.now() {
                let _ = t.run.act(a.at, &a.act, a.wall.clone());
            }
            t.actions.push(a);
        }
        if t.actions.len() != have {
            t.projected = t.closed(&self.scenario).outcome().map(|o| o.score);
            self.save(ti);
        }
        self.teams[ti].actions.len()
    }

    /// The team's record, signed when the host has a key.
    fn record(&self, ti: usize) -> Record {
        let t = &self.teams[ti];
        let mut r = t.record();
        if t.status.as_ref().is_some_and(|s| s.over) {
            r.outcome = t.closed(&self.scenario).outcome().cloned();
        }
        if let Some(k) = &self.key {
            k.sign(&mut r);
        }
        r
    }

    fn save(&mut self, ti: usize) {
        if let Some(d) = &self.dir {
            let path = record_path(d, &self.teams[ti].name);
            if let Err(e) = self.record(ti).save(&path) {
                self.errors.push(e.to_string());
            }
        }
    }
}

/// A team in the instructor's live view.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamView {
    pub name: String,
    pub connected: bool,
    pub actions: usize,
    pub status: Option<TeamStatus>,
    pub projected: Option<f64>,
}

/// The instructor's side: listens for team PCs, keeps their actions and records, sends commands.
pub struct Host {
    state: Arc<Mutex<HostState>>,
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    acceptor: Option<JoinHandle<()>>,
    gate: Arc<Gate>,
}

/// How many links are live and how many are still proving their team.
#[derive(Default)]
struct Gate {
    live: AtomicUsize,
    pending: AtomicUsize,
}

/// One count of a [`Gate`], given back when dropped.
struct Counted<'a>(&'a AtomicUsize);

impl Drop for Counted<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

/// A link's socket, held to a deadline and a byte budget until the link has proved its team.
struct Guarded {
    s: TcpStream,
    limit: Option<(Instant, usize)>,
}

impl Guarded {
    /// The team is proved: no deadline, no budget (frames are still capped).
    fn open(&mut self) {
        self.limit = None;
    }
}

impl std::io::Read for Guarded {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let Some((deadline, left)) = &mut self.limit else { return self.s.read(buf) };
        if Instant::now() >= *deadline {
            return Err(std::io::Error::other("the team was not proved in time"));
        }
        let room = buf.len().min(left.saturating_add(1));
        let n = self.s.read(&mut buf[..room])?;
        if n > *left {
            return Err(std::io::Error::other("too much data before the team was proved"));
        }
        *left -= n;
        Ok(n)
    }
}

impl std::io::Write for Guarded {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.s.write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.s.flush()
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// What a host needs to know about its class.
pub struct HostClass {
    pub scenario: Arc<Scenario>,
    pub scenario_hash: String,
    pub code: String,
    pub teams: Vec<String>,
    pub locale: String,
    /// Each team's record is written here after every batch of actions.
    pub dir: Option<PathBuf>,
    /// Each team's secret ([`secret::load_or_create`]); every team needs one.
    pub secrets: BTreeMap<String, String>,
    /// The host's key: every record it writes is signed (witnessed).
    pub key: Option<Arc<HostKey>>,
    /// An exam: each "team" is one trainee (its name is the trainee id), the records are in
    /// exam mode with the class code.
    pub exam: bool,
}

/// What an exam record says about its run: the trainee, exam mode, the class code.
fn exam_meta(scenario_hash: &str, locale: &str, trainee: &str, code: &str) -> Meta {
    Meta {
        scenario_hash: scenario_hash.to_string(),
        locale: locale.to_string(),
        trainee: Some(trainee.to_string()),
        team: None,
        mode: Mode::Exam,
        class_code: Some(code.to_string()),
        keeps_time: false,
        abandoned: None,
    }
}

impl Host {
    /// Listen on `bind` (port 0: any free port) and serve team PCs in the background.
    pub fn start(bind: SocketAddr, class: HostClass) -> Result<Host, super::ClassError> {
        let code = code::normalize(&class.code)?;
        let seed = code::seed(&code)?;
        let names = super::check_teams(&class.teams)?;
        let mut secrets = Vec::with_capacity(names.len());
        for n in &names {
            match class.secrets.get(n) {
                Some(s) if !secret::normalize(s).is_empty() => secrets.push(s.clone()),
                _ => return Err(super::ClassError::NoSecret(n.clone())),
            }
        }
        if let Some(d) = &class.dir {
            std::fs::create_dir_all(d)
                .map_err(|source| super::ClassError::Dir { path: d.clone(), source })?;
        }
        let listener = TcpListener::bind(bind).map_err(|source| super::ClassError::Dir {
            path: PathBuf::from(bind.to_string()),
            source,
        })?;
        let addr = listener.local_addr().map_err(|source| super::ClassError::Dir {
            path: PathBuf::from(bind.to_string()),
            source,
        })?;
        listener.set_nonblocking(true).ok();
        let n_teams = names.len();
        let teams = names
            .into_iter()
            .zip(secrets)
            .map(|(name, secret)| HostTeam {
                run: Run::new(
                    class.scenario.clone(),
                    seed,
                    if class.exam {
                        exam_meta(&class.scenario_hash, &class.locale, &name, &code)
                    } else {
                        team_meta(&class.scenario_hash, &class.locale, &name, false)
                    },
                ),
                name,
                actions: Vec::new(),
                status: None,
                link: 0,
                connected: false,
                projected: None,
                secret,
            })
            .collect();
        let state = Arc::new(Mutex::new(HostState {
            scenario: class.scenario,
            hash: class.scenario_hash,
            code,
            seed,
            dir: class.dir,
            teams,
            commands: Vec::new(),
            errors: Vec::new(),
            key: class.key,
        }));
        {
            let mut st = lock(&state);
            for i in 0..st.teams.len() {
                st.save(i);
            }
        }
        let stop = Arc::new(AtomicBool::new(false));
        let links = Arc::new(AtomicU64::new(0));
        let gate = Arc::new(Gate::default());
        let max = max_links(n_teams);
        let acceptor = {
            let (state, stop, gate) = (state.clone(), stop.clone(), gate.clone());
            std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let Ok((stream, _)) = listener.accept() else {
                        std::thread::sleep(POLL);
                        continue;
                    };
                    // Turned away at the door: too many links, or too many still proving.
                    if gate.live.load(Ordering::Acquire) >= max
                        || gate.pending.load(Ordering::Acquire) >= MAX_PENDING
                    {
                        drop(stream);
                        continue;
                    }
                    gate.live.fetch_add(1, Ordering::AcqRel);
                    gate.pending.fetch_add(1, Ordering::AcqRel);
                    let (state, stop, g) = (state.clone(), stop.clone(), gate.clone());
                    let id = links.fetch_add(1, Ordering::Relaxed) + 1;
                    let spawned = std::thread::Builder::new()
                        .name(format!("class-link-{id}"))
                        .spawn(move || {
                            let _live = Counted(&g.live);
                            serve(stream, state, stop, id, Counted(&g.pending));
                        });
                    if spawned.is_err() {
                        gate.live.fetch_sub(1, Ordering::AcqRel);
                        gate.pending.fetch_sub(1, Ordering::AcqRel);
                    }
                }
            })
        };
        Ok(Host { state, addr, stop, acceptor: Some(acceptor), gate })
    }

    /// Links (threads) serving right now, and how many of them are still proving their team.
    pub fn links(&self) -> (usize, usize) {
        (self.gate.live.load(Ordering::Acquire), self.gate.pending.load(Ordering::Acquire))
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }
    pub fn seed(&self) -> u64 {
        lock(&self.state).seed
    }

    /// Send a console command to every team (queued for those offline). Returns its place.
    pub fn command(&self, cmd: Command) -> u64 {
        let mut st = lock(&self.state);
        let seq = st.commands.len() as u64 + 1;
        // Stamped with the most advanced team clock the host has heard of.
        let at =
            st.teams.iter().filter_map(|t| t.status.as_ref().map(|s| s.now)).max().unwrap_or(0);
        st.commands.push(Stamped { seq, at, cmd });
        seq
    }

    /// Every team, live.
    pub fn teams(&self) -> Vec<TeamView> {
        let st = lock(&self.state);
        st.teams
            .iter()
            .map(|t| TeamView {
                name: t.name.clone(),
                connected: t.connected,
                actions: t.actions.len(),
                status: t.status.clone(),
                projected: t.projected,
            })
            .collect()
    }

    /// Every team's record as the host holds it.
    pub fn records(&self) -> Vec<Record> {
        let st = lock(&self.state);
        (0..st.teams.len()).map(|i| st.record(i)).collect()
    }

    /// Problems writing records (the session goes on; the instructor is told).
    pub fn errors(&self) -> Vec<String> {
        lock(&self.state).errors.clone()
    }

    /// Stop listening and close every link (records are already on disk).
    pub fn shutdown(mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(h) = self.acceptor.take() {
            let _ = h.join();
        }
    }
}

impl Drop for Host {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// One team PC's link, on its own thread: the WebSocket handshake, the team's proof, then the
/// team's actions in and the console's commands out until the link ends.
fn serve(
    stream: TcpStream,
    state: Arc<Mutex<HostState>>,
    stop: Arc<AtomicBool>,
    id: u64,
    pending: Counted<'_>,
) {
    stream.set_nonblocking(false).ok();
    stream.set_nodelay(true).ok();
    stream.set_read_timeout(Some(Duration::from_millis(200))).ok();
    stream.set_write_timeout(Some(Duration::from_secs(5))).ok();
    let deadline = Instant::now() + HANDSHAKE_TIMEOUT;
    let guarded = Guarded { s: stream, limit: Some((deadline, PREAUTH_BYTES)) };
    let mut hs = tungstenite::accept_with_config(guarded, Some(ws_config()));
    let mut ws = loop {
        match hs {
            Ok(ws) => break ws,
            Err(tungstenite::HandshakeError::Interrupted(mid)) => hs = mid.handshake(),
            Err(_) => return,
        }
    };
    let Ok(nonce) = random_bytes::<32>() else { return };
    if !send(&mut ws, &ToClient::Challenge { nonce: to_hex(&nonce) }) {
        return;
    }
    // Until the deadline (the guarded socket ends the link then).
    let (c, team, scenario_hash, commands_seen, proof) = loop {
        match read(&mut ws) {
            Read::Msg(ToHost::Hello { code, team, scenario_hash, commands_seen, proof }) => {
                break (code, team, scenario_hash, commands_seen, proof);
            }
            Read::Nothing | Read::Noise => {}
            Read::Msg(_) | Read::Closed => return,
        }
    };
    let refuse = |ws: &mut WebSocket<Guarded>, r: Refusal| {
        send(ws, &ToClient::Refused(r));
        let _ = ws.close(None);
        let _ = ws.flush();
    };
    let (ti, have, seed) = {
        let mut st = lock(&state);
        let refusal = if code::normalize(&c).ok().as_deref() != Some(st.code.as_str()) {
            Some(Refusal::WrongCode)
        } else if scenario_hash != st.hash {
            Some(Refusal::OtherCase)
        } else if !st.teams.iter().any(|t| t.name == team) {
            Some(Refusal::UnknownTeam { teams: st.teams.iter().map(|t| t.name.clone()).collect() })
        } else {
            None
        };
        if let Some(r) = refusal {
            drop(st);
            refuse(&mut ws, r);
            return;
        }
        let ti = st.teams.iter().position(|t| t.name == team).unwrap_or(0);
        let proved = crate::witness::from_hex::<32>(&proof)
            .is_some_and(|p| secret::verify(&st.teams[ti].secret, &nonce, &st.code, &team, &p));
        if !proved {
            drop(st);
            std::thread::sleep(WRONG_SECRET_DELAY);
            refuse(&mut ws, Refusal::WrongSecret);
            return;
        }
        st.teams[ti].link = id;
        st.teams[ti].connected = true;
        (ti, st.teams[ti].actions.len(), st.seed)
    };
    // Proved: this link is the team's now.
    drop(pending);
    ws.get_mut().open();
    ws.get_ref().s.set_read_timeout(Some(POLL)).ok();
    if !send(&mut ws, &ToClient::Welcome { seed, have }) {
        return;
    }
    let mut sent = commands_seen;
    let (mut heard, mut pinged) = (Instant::now(), Instant::now());
    while !stop.load(Ordering::Relaxed) {
        let pending: Vec<Stamped> = {
            let st = lock(&state);
            if st.teams[ti].link != id {
                return; // a newer link serves this team
            }
            st.commands.iter().filter(|c| c.seq > sent).cloned().collect()
        };
        for c in pending {
            sent = c.seq;
            if !send(&mut ws, &ToClient::Command(c)) {
                break;
            }
        }
        if heard.elapsed() > IDLE_TIMEOUT {
            break;
        }
        if pinged.elapsed() > PING_EVERY {
            pinged = Instant::now();
            if ws.send(Message::Ping(Vec::new().into())).is_err() {
                break;
            }
        }
        let msg = read::<ToHost, _>(&mut ws);
        if !matches!(msg, Read::Nothing) {
            heard = Instant::now();
        }
        match msg {
            Read::Msg(ToHost::Actions { from, actions }) => {
                let n = lock(&state).take_actions(ti, from, actions);
                if !send(&mut ws, &ToClient::Ack(n)) {
                    break;
                }
            }
            Read::Msg(ToHost::Status(s)) => {
                let mut st = lock(&state);
                let closed_now = s.over && !st.teams[ti].status.as_ref().is_some_and(|x| x.over);
                st.teams[ti].status = Some(s);
                if closed_now {
                    st.save(ti);
                }
            }
            Read::Msg(ToHost::Hello { .. }) | Read::Noise | Read::Nothing => {}
            Read::Closed => break,
        }
    }
    let mut st = lock(&state);
    if st.teams[ti].link == id {
        st.teams[ti].connected = false;
    }
}
