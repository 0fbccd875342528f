//! A team PC's side of the classroom link: connects (and reconnects) to the host, proves its
//! team's secret on the host's challenge, sends the team's actions and status, and hands the
//! console's commands to the app.

use std::net::{SocketAddr, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use tungstenite::WebSocket;

use super::{
    ACTIONS_PER_MESSAGE, ClientEvent, DEFAULT_PORT, POLL, RETRY, Read, TeamStatus, ToClient,
    ToHost, lock, read, send, ws_config,
};
use crate::classroom::{code, secret};
use crate::record::RecordedAction;
use crate::witness::to_hex;

enum Out {
    Action(RecordedAction),
    Status(TeamStatus),
    Online(bool),
    Quit,
}

/// A team PC's link to the host. The team's session stays in the app; this only carries its
/// actions and status out and the console's commands in, reconnecting as needed.
pub struct Client {
    tx: Sender<Out>,
    /// Behind a lock so the link can live in a shared resource (a receiver is not `Sync`).
    rx: Mutex<Receiver<ClientEvent>>,
    acked: Arc<AtomicUsize>,
    thread: Option<JoinHandle<()>>,
}

/// Who a team PC is, and what it already has (a resumed session passes its actions and the
/// number of console commands it has carried out).
pub struct Join {
    pub host: String,
    pub code: String,
    pub team: String,
    /// The team's secret, as the host showed it.
    pub secret: String,
    pub scenario_hash: String,
    pub actions: Vec<RecordedAction>,
    pub commands_seen: u64,
}

impl Client {
    /// Start the link in the background; it connects, and reconnects, by itself.
    pub fn start(join: Join) -> Client {
        let (tx, out_rx) = channel();
        let (ev_tx, rx) = channel();
        let acked = Arc::new(AtomicUsize::new(0));
        let a = acked.clone();
        let thread = std::thread::spawn(move || client_thread(join, out_rx, ev_tx, a));
        Client { tx, rx: Mutex::new(rx), acked, thread: Some(thread) }
    }

    /// The team took an action (already applied to its session).
    pub fn action(&self, a: RecordedAction) {
        let _ = self.tx.send(Out::Action(a));
    }
    pub fn status(&self, s: TeamStatus) {
        let _ = self.tx.send(Out::Status(s));
    }
    /// Take the link down (`false`) or let it come back (`true`): a pulled cable, for tests and
    /// for a team that wants to play on alone.
    pub fn set_online(&self, on: bool) {
        let _ = self.tx.send(Out::Online(on));
    }
    /// How many of this team's actions the host has confirmed.
    pub fn acked(&self) -> usize {
        self.acked.load(Ordering::Relaxed)
    }
    /// What happened since the last call.
    pub fn poll(&self) -> Vec<ClientEvent> {
        lock(&self.rx).try_iter().collect()
    }
    /// Wait up to `timeout` for the next event.
    pub fn next(&self, timeout: Duration) -> Option<ClientEvent> {
        lock(&self.rx).recv_timeout(timeout).ok()
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        let _ = self.tx.send(Out::Quit);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn connect(host: &str) -> Option<WebSocket<TcpStream>> {
    let addr = if host.contains(':') { host.to_string() } else { format!("{host}:{DEFAULT_PORT}") };
    let sock: SocketAddr = std::net::ToSocketAddrs::to_socket_addrs(&addr).ok()?.next()?;
    let stream = TcpStream::connect_timeout(&sock, Duration::from_secs(2)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok();
    stream.set_nodelay(true).ok();
    let url = format!("ws://{addr}/goldenhour");
    let (ws, _) = tungstenite::client::client_with_config(url, stream, Some(ws_config())).ok()?;
    Some(ws)
}

fn client_thread(join: Join, out: Receiver<Out>, ev: Sender<ClientEvent>, acked: Arc<AtomicUsize>) {
    let mut actions = join.actions;
    let mut seen = join.commands_seen;
    let mut status: Option<TeamStatus> = None;
    let mut online = true;
    loop {
        // Take in what the app sent, even while offline: nothing is dropped.
        let quit = drain(&out, &mut actions, &mut status, &mut online).1;
        if quit {
            return;
        }
        if !online {
            std::thread::sleep(POLL);
            continue;
        }
        let Some(mut ws) = connect(&join.host) else {
            std::thread::sleep(RETRY);
            continue;
        };
        let nonce = match read::<ToClient, _>(&mut ws) {
            Read::Msg(ToClient::Challenge { nonce }) => nonce,
            _ => {
                std::thread::sleep(RETRY);
                continue;
            }
        };
        let code = code::normalize(&join.code).unwrap_or_else(|_| join.code.clone());
        let challenge = crate::witness::from_hex::<32>(&nonce).unwrap_or_default();
        let proof = secret::proof(&join.secret, &challenge, &code, &join.team);
        let hello = ToHost::Hello {
            code: join.code.clone(),
            team: join.team.clone(),
            scenario_hash: join.scenario_hash.clone(),
            commands_seen: seen,
            proof: to_hex(&proof),
        };
        if !send(&mut ws, &hello) {
            std::thread::sleep(RETRY);
            continue;
        }
        let have = match read::<ToClient, _>(&mut ws) {
            Read::Msg(ToClient::Welcome { seed, have }) => {
                let _ = ev.send(ClientEvent::Connected { seed });
                have
            }
            Read::Msg(ToClient::Refused(r)) => {
                let _ = ev.send(ClientEvent::Refused(r));
                return;
            }
            _ => {
                std::thread::sleep(RETRY);
                continue;
            }
        };
        ws.get_ref().set_read_timeout(Some(POLL)).ok();
        acked.store(have.min(actions.len()), Ordering::Relaxed);
        // Catch up: everything the host does not hold yet, then the latest status.
        let from = have.min(actions.len());
        let mut ok = send_actions(&mut ws, from, &actions);
        if let (true, Some(s)) = (ok, &status) {
            ok = send(&mut ws, &ToHost::Status(s.clone()));
        }
        while ok {
            let before = actions.len();
            let (fresh, quit) = drain(&out, &mut actions, &mut status, &mut online);
            if quit {
                let _ = ws.close(None);
                let _ = ws.flush();
                return;
            }
            if !online {
                let _ = ws.close(None);
                let _ = ws.flush();
                break;
            }
            if actions.len() > before {
                ok = send_actions(&mut ws, before, &actions);
            }
            if let Some(s) = fresh.into_iter().next_back() {
                ok = ok && send(&mut ws, &ToHost::Status(s));
            }
            match read::<ToClient, _>(&mut ws) {
                Read::Msg(ToClient::Command(c)) => {
                    if c.seq > seen {
                        seen = c.seq;
                        let _ = ev.send(ClientEvent::Command(c));
                    }
                }
                Read::Msg(ToClient::Ack(n)) => acked.store(n, Ordering::Relaxed),
                Read::Msg(_) | Read::Noise | Read::Nothing => {}
                Read::Closed => ok = false,
            }
        }
        let _ = ev.send(ClientEvent::Disconnected);
    }
}

/// Send the log from `from` on, in messages of at most [`ACTIONS_PER_MESSAGE`] actions.
fn send_actions(ws: &mut WebSocket<TcpStream>, from: usize, actions: &[RecordedAction]) -> bool {
    let rest = actions.get(from..).unwrap_or_default();
    if rest.is_empty() {
        return send(ws, &ToHost::Actions { from, actions: Vec::new() });
    }
    rest.chunks(ACTIONS_PER_MESSAGE).enumerate().all(|(i, chunk)| {
        let at = from + i * ACTIONS_PER_MESSAGE;
        send(ws, &ToHost::Actions { from: at, actions: chunk.to_vec() })
    })
}

/// Take everything the app queued: actions join the log, the last status is kept. Returns the
/// fresh statuses and whether the app is gone.
fn drain(
    out: &Receiver<Out>,
    actions: &mut Vec<RecordedAction>,
    status: &mut Option<TeamStatus>,
    online: &mut bool,
) -> (Vec<TeamStatus>, bool) {
    let mut fresh = Vec::new();
    loop {
        match out.try_recv() {
            Ok(Out::Action(a)) => actions.push(a),
            Ok(Out::Status(s)) => {
                *status = Some(s.clone());
                fresh.push(s);
            }
            Ok(Out::Online(on)) => *online = on,
            Ok(Out::Quit) | Err(TryRecvError::Disconnected) => return (fresh, true),
            Err(TryRecvError::Empty) => return (fresh, false),
        }
    }
}
