//! The classroom on a LAN, over loopback: one host, three team PCs, commands for everyone, a
//! team that drops off, plays on and catches up with nothing lost on either side; only the class
//! gets in (team secrets), the host stands garbage, huge frames and floods of idle connections,
//! and an exam played on two trainee PCs grades as witnessed.

use std::collections::BTreeMap;
use std::io::{Read as _, Write as _};
use std::net::TcpStream;
use std::sync::Arc;
use std::time::{Duration, Instant};

use goldenhour::classroom::net::{
    self, Client, ClientEvent, Host, HostClass, Join, Refusal, TeamStatus,
};
use goldenhour::classroom::{Command, code, record_path, secret};
use goldenhour::record::{Record, RecordedAction};
use goldenhour::scenario::{Action, TimedAction};
use goldenhour::sim::Session;
use goldenhour::witness::HostKey;

use crate::classroom::{frank, tempdir};

fn wait(what: &str, mut ok: impl FnMut() -> bool) {
    let start = Instant::now();
    while !ok() {
        assert!(start.elapsed() < Duration::from_secs(20), "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// A team PC as the app runs it: its own session, the console's commands carried out in order.
struct TeamPc {
    client: Client,
    session: Session,
    paused: bool,
    commands: Vec<Command>,
    connected: bool,
}

impl TeamPc {
    fn pump(&mut self) {
        for ev in self.client.poll() {
            match ev {
                ClientEvent::Connected { seed } => {
                    assert_eq!(seed, self.session.seed());
                    self.connected = true;
                }
                ClientEvent::Disconnected => self.connected = false,
                ClientEvent::Refused(r) => panic!("refused: {r:?}"),
                ClientEvent::Command(c) => {
                    match &c.cmd {
                        Command::Pause => self.paused = true,
                        Command::Resume => self.paused = false,
                        Command::FireInject(id) => {
                            let n = self.session.actions().len();
                            self.session.fire_inject(id).expect("fires");
                            self.send_from(n);
                        }
                        _ => {}
                    }
                    self.commands.push(c.cmd);
                }
            }
        }
    }
    fn act(&mut self, a: &TimedAction) {
        let n = self.session.actions().len();
        let at = a.at.0.max(self.session.now());
        // A reference line's action is taken only when its `when` holds, as `play` takes it.
        if let Some(c) = &a.when {
            self.session.advance_to(at);
            if !self.session.holds(c) {
                return;
            }
        }
        if self.session.apply(at, &a.act).is_ok() {
            self.send_from(n);
        }
        self.client.status(TeamStatus::of(&self.session, self.paused));
    }
    fn send_from(&self, n: usize) {
        for a in &self.session.actions()[n..] {
            self.client.action(RecordedAction {
                at: a.at.0,
                wall: None,
                arrived: None,
                act: a.act.clone(),
            });
        }
    }
    /// Every action the team took, played to the close, and the host told.
    fn close(&mut self) {
        self.session.finish();
        self.client.status(TeamStatus::of(&self.session, self.paused));
    }
    fn recorded(&self) -> Vec<RecordedAction> {
        self.session
            .actions()
            .iter()
            .map(|a| RecordedAction { at: a.at.0, wall: None, arrived: None, act: a.act.clone() })
            .collect()
    }
}

/// The actions of a host's record without the host's arrival stamps, which every one must have.
fn without_arrival(actions: &[RecordedAction]) -> Vec<RecordedAction> {
    actions
        .iter()
        .map(|a| {
            assert!(a.arrived.is_some(), "the host stamped every action it took in");
            RecordedAction { arrived: None, ..a.clone() }
        })
        .collect()
}

/// Secrets for each team, made as the host makes them.
fn secrets(dir: &std::path::Path, teams: &[&str]) -> BTreeMap<String, String> {
    let names: Vec<String> = teams.iter().map(|t| t.to_string()).collect();
    secret::load_or_create(dir, &names).unwrap()
}

fn class(
    dir: &std::path::Path,
    code: &str,
    teams: &[&str],
    key: Option<Arc<HostKey>>,
    exam: bool,
) -> HostClass {
    let (sc, hash) = frank();
    HostClass {
        scenario: sc,
        scenario_hash: hash,
        code: code.into(),
        teams: teams.iter().map(|t| t.to_string()).collect(),
        locale: "en-US".into(),
        dir: Some(dir.to_path_buf()),
        secrets: secrets(dir, teams),
        key,
        exam,
    }
}

fn pc(addr: &str, code: &str, team: &str, secret: &str, seed: u64) -> TeamPc {
    let (sc, hash) = frank();
    TeamPc {
        client: Client::start(Join {
            host: addr.to_string(),
            code: code.into(),
            team: team.into(),
            secret: secret.into(),
            scenario_hash: hash,
            actions: vec![],
            commands_seen: 0,
        }),
        session: Session::new(sc, seed),
        paused: false,
        commands: vec![],
        connected: false,
    }
}

#[test]
fn host_and_three_team_pcs_on_loopback_with_a_dropped_link() {
    let (sc, hash) = frank();
    let dir = tempdir("lan");
    let keys = secrets(&dir, &["A", "B", "C"]);
    let host = Host::start(
        "127.0.0.1:0".parse().unwrap(),
        class(&dir, "lan-1", &["A", "B", "C"], None, false),
    )
    .unwrap();
    let seed = code::seed("LAN1").unwrap();
    assert_eq!(host.seed(), seed);
    let addr = host.addr().to_string();
    // Secrets are typed loosely: lower case, spaces.
    let mut pcs: Vec<TeamPc> = ["A", "B", "C"]
        .iter()
        .map(|t| pc(&addr, "Lan 1", t, &keys[*t].to_lowercase().replace('-', " "), seed))
        .collect();
    wait("three teams joined", || {
        pcs.iter_mut().for_each(TeamPc::pump);
        pcs.iter().all(|p| p.connected) && host.teams().iter().all(|t| t.connected)
    });

    // A wrong class code is turned away.
    let stranger = Client::start(Join {
        host: addr.clone(),
        code: "LAN2".into(),
        team: "A".into(),
        secret: keys["A"].clone(),
        scenario_hash: hash.clone(),
        actions: vec![],
        commands_seen: 0,
    });
    assert_eq!(
        stranger.next(Duration::from_secs(20)),
        Some(ClientEvent::Refused(Refusal::WrongCode))
    );
    // Team C cannot join as team A with its own secret, nor take over A's link.
    let impostor = Client::start(Join {
        host: addr.clone(),
        code: "LAN1".into(),
        team: "A".into(),
        secret: keys["C"].clone(),
        scenario_hash: hash.clone(),
        actions: vec![RecordedAction {
            at: 0,
            wall: None,
            arrived: None,
            act: Action::FireInject { inject: "victim-doubts".into() },
        }],
        commands_seen: 0,
    });
    assert_eq!(
        impostor.next(Duration::from_secs(20)),
        Some(ClientEvent::Refused(Refusal::WrongSecret))
    );
    drop(impostor);
    assert!(host.teams()[0].connected, "A's own link goes on");
    assert_eq!(host.teams()[0].actions, 0, "nothing was taken from the impostor");

    let expert: Vec<TimedAction> = {
        let mut l = sc.lines["expert"].clone();
        l.sort_by_key(|a| a.at);
        l
    };
    // Everyone plays the first five actions of the expert line.
    for p in pcs.iter_mut() {
        for a in &expert[..5] {
            p.act(a);
        }
    }
    wait("the host holds every action and the live status", || {
        host.teams().iter().zip(&pcs).all(|(t, p)| {
            t.actions == p.session.actions().len()
                && t.status.as_ref().is_some_and(|s| s.now == expert[4].at.0)
        })
    });
    let view = host.teams();
    assert!(view.iter().all(|t| t.projected.is_some()));

    // Pause for everyone.
    host.command(Command::Pause);
    wait("everyone paused", || {
        pcs.iter_mut().for_each(TeamPc::pump);
        pcs.iter().all(|p| p.paused)
    });

    // B's cable is pulled. B plays on alone; the instructor fires an inject and resumes.
    pcs[1].client.set_online(false);
    wait("host sees B gone", || {
        pcs[1].pump();
        !host.teams()[1].connected && !pcs[1].connected
    });
    for a in &expert[5..9] {
        pcs[1].act(a);
    }
    host.command(Command::FireInject("victim-doubts".into()));
    host.command(Command::Resume);
    wait("A and C got the inject and resumed", || {
        pcs.iter_mut().for_each(TeamPc::pump);
        [0, 2].iter().all(|&i| pcs[i].commands.len() == 3 && !pcs[i].paused)
    });
    assert!(pcs[1].paused, "B is offline and has not heard");
    assert_eq!(pcs[1].commands, vec![Command::Pause]);
    assert_eq!(host.teams()[1].actions, 5, "the host has not seen B's offline play");

    // B comes back: it gets the queued commands in order and the host gets B's offline play.
    pcs[1].client.set_online(true);
    wait("B caught up", || {
        pcs[1].pump();
        pcs[1].commands.len() == 3
            && host.teams()[1].actions == pcs[1].session.actions().len()
            && pcs[1].client.acked() == pcs[1].session.actions().len()
    });
    assert_eq!(
        pcs[1].commands,
        vec![Command::Pause, Command::FireInject("victim-doubts".into()), Command::Resume]
    );
    assert!(!pcs[1].paused);
    assert_eq!(pcs[1].session.actions().len(), 5 + 4 + 1);
    wait("the inject reached A and C's logs", || {
        host.teams().iter().zip(&pcs).all(|(t, p)| t.actions == p.session.actions().len())
    });

    // Nothing lost: the host's records (in memory and on disk) hold each team's exact log.
    let records = host.records();
    for (i, p) in pcs.iter().enumerate() {
        assert_eq!(without_arrival(&records[i].actions), p.recorded(), "team {}", p.client.acked());
        assert!(
            p.session.inject_state("victim-doubts").unwrap().fired.is_some(),
            "the inject reached team {i}"
        );
        let disk = Record::load(&record_path(&dir, ["A", "B", "C"][i])).unwrap();
        assert_eq!(without_arrival(&disk.actions), p.recorded());
        assert!(disk.witness.is_none(), "a host without a key signs nothing");
        assert_eq!(disk.seed, seed);
        assert_eq!(disk.team.as_deref(), Some(["A", "B", "C"][i]));
        // A team record as ever: practice, no trainee, no sim time; no outcome until it closes.
        assert_eq!(disk.mode, goldenhour::record::Mode::Practice);
        assert_eq!((disk.trainee.as_deref(), disk.sim_time), (None, None));
        assert!(disk.outcome.is_none());
    }
    assert!(
        records[1]
            .actions
            .iter()
            .any(|a| a.act == Action::FireInject { inject: "victim-doubts".into() })
    );
    assert!(host.errors().is_empty());
    drop(pcs);
    host.shutdown();
}

/// Read from `s` until the peer closes (or `limit` passes); true if it closed.
fn closed_by_peer(s: &mut TcpStream, limit: Duration) -> bool {
    s.set_read_timeout(Some(Duration::from_millis(200))).unwrap();
    let start = Instant::now();
    let mut buf = [0u8; 4096];
    while start.elapsed() < limit {
        match s.read(&mut buf) {
            Ok(0) => return true,
            Ok(_) => {}
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) => {}
            Err(_) => return true,
        }
    }
    false
}

#[test]
fn the_host_stands_garbage_huge_frames_and_a_flood_of_idle_connections() {
    let dir = tempdir("lan-flood");
    let keys = secrets(&dir, &["A", "B", "C"]);
    let host = Host::start(
        "127.0.0.1:0".parse().unwrap(),
        class(&dir, "GH-0F10", &["A", "B", "C"], None, false),
    )
    .unwrap();
    let seed = host.seed();
    let addr = host.addr().to_string();
    let (sc, _) = frank();
    let expert: Vec<TimedAction> = {
        let mut l = sc.lines["expert"].clone();
        l.sort_by_key(|a| a.at);
        l
    };
    let mut pcs = vec![
        pc(&addr, "GH-0F10", "A", &keys["A"], seed),
        pc(&addr, "GH-0F10", "B", &keys["B"], seed),
    ];
    wait("A and B joined", || {
        pcs.iter_mut().for_each(TeamPc::pump);
        pcs.iter().all(|p| p.connected)
    });
    let bound = net::max_links(3);
    let mut played = 0;
    // The real teams act, and the host takes it in, whatever else goes on.
    let mut step = |pcs: &mut Vec<TeamPc>, what: &str| {
        for p in pcs.iter_mut() {
            p.act(&expert[played]);
        }
        played += 1;
        wait(what, || {
            pcs.iter_mut().for_each(TeamPc::pump);
            host.teams().iter().zip(pcs.iter()).all(|(t, p)| t.actions == p.session.actions().len())
                && pcs.iter().all(|p| p.client.acked() == p.session.actions().len())
        });
        assert!(host.links().0 <= bound, "links {:?} within {bound}", host.links());
    };
    step(&mut pcs, "served before");

    // Garbage instead of a WebSocket handshake: the host closes the link.
    let mut g = TcpStream::connect(&addr).unwrap();
    g.write_all(b"\x16\x03\x01garbage\r\n\r\n\xff\xfe\x00 not http at all\r\n\r\n").unwrap();
    assert!(closed_by_peer(&mut g, Duration::from_secs(10)), "garbage link closed");
    // Garbage after the handshake, in place of the team's proof: closed too.
    let url = format!("ws://{addr}/goldenhour");
    let (mut ws, _) =
        tungstenite::client::client(url.as_str(), TcpStream::connect(&addr).unwrap()).unwrap();
    let _challenge = ws.read().unwrap();
    ws.send(tungstenite::Message::text("{\"Hello\": 17}")).unwrap();
    let mut ended = false;
    for _ in 0..50 {
        match ws.read() {
            Ok(tungstenite::Message::Close(_)) | Err(_) => {
                ended = true;
                break;
            }
            Ok(_) => {}
        }
    }
    assert!(ended, "a malformed hello ends the link");
    step(&mut pcs, "served after garbage");

    // A 50 MB frame: the host reads the frame's header, not the 50 MB, and drops the link.
    let (mut ws, _) =
        tungstenite::client::client(url.as_str(), TcpStream::connect(&addr).unwrap()).unwrap();
    let _challenge = ws.read().unwrap();
    ws.get_mut().set_write_timeout(Some(Duration::from_secs(10))).unwrap();
    let big = tungstenite::Message::binary(vec![b'x'; 50 << 20]);
    let sent = ws.send(big);
    let refused = sent.is_err() || ws.read().is_err() || ws.read().is_err();
    assert!(refused, "a 50 MB frame ends its link");
    drop(ws);
    // And 50 MB of bytes where the handshake should be.
    let mut raw = TcpStream::connect(&addr).unwrap();
    raw.set_write_timeout(Some(Duration::from_secs(10))).unwrap();
    let chunk = vec![b'A'; 1 << 20];
    let mut written = 0usize;
    for _ in 0..50 {
        match raw.write(&chunk) {
            Ok(n) => written += n,
            Err(_) => break,
        }
    }
    assert!(written < 50 << 20, "the host stopped reading after its budget ({written} bytes went)");
    drop(raw);
    step(&mut pcs, "served after huge frames");

    // 500 connections that never say a word. Most are turned away at once; the few let in to
    // prove themselves are dropped after the handshake's time. The teams are served throughout.
    let mut idle = Vec::new();
    for _ in 0..500 {
        if let Ok(s) = TcpStream::connect_timeout(&host.addr(), Duration::from_millis(500)) {
            idle.push(s);
        }
    }
    assert!(idle.len() >= 400, "the flood got through to the host ({} connected)", idle.len());
    let (live, pending) = host.links();
    assert!(live <= bound && pending <= net::MAX_PENDING, "live {live}, pending {pending}");
    step(&mut pcs, "served during the flood");
    // A team joining during the flood gets in once the idle links' time is up.
    let mut c = pc(&addr, "GH-0F10", "C", &keys["C"], seed);
    let start = Instant::now();
    wait("C joined during the flood", || {
        c.pump();
        c.connected
    });
    assert!(start.elapsed() < net::HANDSHAKE_TIMEOUT * 3, "C waited {:?}", start.elapsed());
    step(&mut pcs, "served with C in");
    assert!(host.links().0 <= bound);
    // The idle ones are closed by the host, not by us.
    let mut closed = 0;
    for s in idle.iter_mut().take(50) {
        if closed_by_peer(s, Duration::from_millis(50) + net::HANDSHAKE_TIMEOUT) {
            closed += 1;
        }
    }
    assert_eq!(closed, 50, "the host closed every idle connection it was sent");
    drop(idle);
    wait("only the teams' links are left", || host.links() == (3, 0));
    drop((pcs, c));
    host.shutdown();
}

#[test]
fn an_exam_played_on_two_trainee_pcs_grades_as_witnessed() {
    let dir = tempdir("lan-exam");
    let records = dir.join("records");
    let key_path = dir.join("instructor").join("host-key");
    let key = Arc::new(HostKey::load_or_create(&key_path).unwrap());
    let trainees = ["2024-031", "2024-032"];
    let keys = secrets(&records, &trainees);
    let host = Host::start(
        "127.0.0.1:0".parse().unwrap(),
        class(&records, "GH-0003", &trainees, Some(key.clone()), true),
    )
    .unwrap();
    assert_eq!(host.seed(), 3);
    let addr = host.addr().to_string();
    let (sc, _) = frank();
    let mut pcs: Vec<TeamPc> =
        trainees.iter().map(|t| pc(&addr, "GH-0003", t, &keys[*t], 3)).collect();
    wait("both trainees joined", || {
        pcs.iter_mut().for_each(TeamPc::pump);
        pcs.iter().all(|p| p.connected)
    });
    // One plays the expert line, the other the passive one; both close the case.
    for (p, line) in pcs.iter_mut().zip(["expert", "passive"]) {
        let mut l = sc.lines[line].clone();
        l.sort_by_key(|a| a.at);
        for a in &l {
            p.act(a);
        }
        p.close();
    }
    wait("the host wrote both closed records", || {
        pcs.iter_mut().for_each(TeamPc::pump);
        trainees
            .iter()
            .all(|t| Record::load(&record_path(&records, t)).is_ok_and(|r| r.outcome.is_some()))
    });
    drop(pcs);
    host.shutdown();
    for (t, p) in trainees.iter().zip([0, 1]) {
        let r = Record::load(&record_path(&records, t)).unwrap();
        assert_eq!(r.trainee.as_deref(), Some(*t), "record {p}");
        assert_eq!(r.mode, goldenhour::record::Mode::Exam);
        assert_eq!(r.class_code.as_deref(), Some("GH-0003"));
        assert!(r.witness.is_some() && r.actions.iter().all(|a| a.arrived.is_some()));
    }
    // The secret key is in no record, and no secret in the class folder is a record.
    let secret_hex = std::fs::read_to_string(&key_path).unwrap();
    for f in std::fs::read_dir(&records).unwrap().flatten() {
        let text = std::fs::read_to_string(f.path()).unwrap();
        assert!(!text.contains(secret_hex.trim()), "{}", f.path().display());
    }
    // The app's host writes the class file beside the records: it is not graded as one.
    std::fs::write(records.join(goldenhour::classroom::CLASS_FILE), "{}").unwrap();
    let pubk = goldenhour::witness::public_path(&key_path);
    let rec_dir = records.display().to_string();
    let pubs = pubk.display().to_string();
    let report = dir.join("report");
    let xapi = dir.join("xapi.json");
    let (rep, xa) = (report.display().to_string(), xapi.display().to_string());
    let o = crate::common::goldenhour(&[
        "grade",
        &rec_dir,
        "--trust",
        &pubs,
        "--require-witnessed",
        "--lang",
        "en-US",
        "--report",
        &rep,
        "--xapi",
        &xa,
    ]);
    let out = crate::common::output_text(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    let fp = key.public().fingerprint();
    assert_eq!(out.matches(&format!("witnessed (host {fp})")).count(), 2, "{out}");
    // The host saw every action of a whole line arrive within moments, and one is the expert
    // line's very actions: witnessed, and flagged all the same.
    assert!(out.contains("faster than a person acts"), "{out}");
    assert!(
        out.contains("the same actions at the same times as the reference line “expert”"),
        "{out}"
    );
    assert!(out.contains("2024-031") && out.contains("2024-032"), "{out}");
    assert!(out.contains("2 witnessed, 0 self-submitted"), "{out}");
    // The HTML index and each page, and the xAPI statements, say so too.
    let index = std::fs::read_to_string(report.join("index.html")).unwrap();
    assert!(index.contains("2 witnessed, 0 self-submitted"), "{index}");
    let pages: Vec<String> = std::fs::read_dir(&report)
        .unwrap()
        .flatten()
        .filter(|p| p.file_name() != "index.html")
        .map(|p| std::fs::read_to_string(p.path()).unwrap())
        .collect();
    assert_eq!(pages.len(), 2);
    assert!(pages.iter().all(|p| p.contains(&format!("witnessed (host {fp})"))));
    let statements = std::fs::read_to_string(&xapi).unwrap();
    assert!(statements.contains("/extensions/standing\": \"witnessed\""), "{statements}");
    // Without the host's key trusted, the same records are not taken on faith.
    let o = crate::common::goldenhour(&["grade", &rec_dir, "--lang", "en-US"]);
    let out = crate::common::output_text(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert_eq!(out.matches(&format!("signed by host key {fp}")).count(), 2, "{out}");
}
