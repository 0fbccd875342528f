//! The classroom on a LAN, over loopback: one host, three team PCs, commands for everyone, a
//! team that drops off, plays on and catches up with nothing lost on either side.

use std::time::{Duration, Instant};

use goldenhour::classroom::net::{Client, ClientEvent, Host, HostClass, Join, Refusal, TeamStatus};
use goldenhour::classroom::{Command, code, record_path};
use goldenhour::record::{Record, RecordedAction};
use goldenhour::scenario::{Action, TimedAction};
use goldenhour::sim::Session;
use goldenhour::time::MINUTE;

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
    fn recorded(&self) -> Vec<RecordedAction> {
        self.session
            .actions()
            .iter()
            .map(|a| RecordedAction { at: a.at.0, wall: None, arrived: None, act: a.act.clone() })
            .collect()
    }
}

#[test]
fn host_and_three_team_pcs_on_loopback_with_a_dropped_link() {
    let (sc, hash) = frank();
    let dir = tempdir("lan");
    let host = Host::start(
        "127.0.0.1:0".parse().unwrap(),
        HostClass {
            scenario: sc.clone(),
            scenario_hash: hash.clone(),
            code: "lan-1".into(),
            teams: vec!["A".into(), "B".into(), "C".into()],
            locale: "en-US".into(),
            dir: Some(dir.clone()),
        },
    )
    .unwrap();
    let seed = code::seed("LAN1").unwrap();
    assert_eq!(host.seed(), seed);
    let addr = host.addr().to_string();
    let mut pcs: Vec<TeamPc> = ["A", "B", "C"]
        .iter()
        .map(|t| TeamPc {
            client: Client::start(Join {
                host: addr.clone(),
                code: "Lan 1".into(),
                team: t.to_string(),
                scenario_hash: hash.clone(),
                actions: vec![],
                commands_seen: 0,
            }),
            session: Session::new(sc.clone(), seed),
            paused: false,
            commands: vec![],
            connected: false,
        })
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
        scenario_hash: hash.clone(),
        actions: vec![],
        commands_seen: 0,
    });
    assert_eq!(
        stranger.next(Duration::from_secs(20)),
        Some(ClientEvent::Refused(Refusal::WrongCode))
    );

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
                && t.status.as_ref().is_some_and(|s| s.now == 11 * MINUTE)
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
        assert_eq!(records[i].actions, p.recorded(), "team {}", p.client.acked());
        assert!(
            p.session.inject_state("victim-doubts").unwrap().fired.is_some(),
            "the inject reached team {i}"
        );
        let disk = Record::load(&record_path(&dir, ["A", "B", "C"][i])).unwrap();
        assert_eq!(disk.actions, p.recorded());
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
