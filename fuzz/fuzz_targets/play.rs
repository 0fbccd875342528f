//! A bundled case played with a short action list made from the fuzz bytes: every 4 bytes are
//! one action (minutes, kind, two choices among the case's own ids), drafts included. The engine must never panic
//! and must end the run (an outcome) or halt with a message.
#![no_main]

use std::sync::{Arc, OnceLock};

use goldenhour::scenario::{Action, Answer, Draft, Preservation, Scenario, Target, TimedAction};
use goldenhour::time::Dur;
use libfuzzer_sys::fuzz_target;

// The case with statements, links, drafted requests, a message in English and tasks.
const CASE: &str = include_str!("../../scenarios/usdt-chain.ron");

fn case() -> &'static Arc<Scenario> {
    static SC: OnceLock<Arc<Scenario>> = OnceLock::new();
    SC.get_or_init(|| Arc::new(goldenhour::scenario::parse(CASE).expect("the bundled case parses")))
}

fn pick<T>(v: &[T], i: u8) -> Option<&T> {
    if v.is_empty() { None } else { Some(&v[i as usize % v.len()]) }
}

fn action(sc: &Scenario, kind: u8, a: u8, b: u8) -> Option<Action> {
    let acct = || pick(&sc.accounts, a).map(|x| x.id.clone());
    Some(match kind {
        0 => Action::StopPayment { account: acct()? },
        1 => Action::RenewStopPayment { account: acct()? },
        2 => Action::Freeze {
            account: acct()?,
            grounds: sc
                .measures
                .freeze
                .grounds
                .iter()
                .take(b as usize % 3)
                .map(|g| g.id.clone())
                .collect(),
        },
        3 => Action::ReturnFunds { account: acct()? },
        4 => Action::Monitor { account: acct()? },
        5 => {
            let ch = pick(&sc.channels, a)?;
            let sv = pick(&ch.services, b)?;
            let target = match b % 4 {
                0 => Target::Account(pick(&sc.accounts, b / 4)?.id.clone()),
                1 => Target::Suspect(pick(&sc.suspects, b / 4)?.id.clone()),
                2 => Target::Evidence(pick(&sc.evidence, b / 4)?.id.clone()),
                _ => Target::Jurisdiction(pick(&sc.jurisdictions, b / 4)?.id.clone()),
            };
            let elements =
                ch.elements_of(sv).iter().take(a as usize % 4).map(|e| e.id.clone()).collect();
            Action::Request {
                channel: ch.id.clone(),
                service: sv.id.clone(),
                target,
                elements,
                // Any facts, basis and attachments: right, wrong or missing.
                draft: ch.draft_of(sv).map(|_| Draft {
                    facts: sc
                        .facts
                        .iter()
                        .skip(b as usize % 3)
                        .take(a as usize % 4)
                        .map(|f| f.id.clone())
                        .collect(),
                    basis: pick(&sc.bases, a).map(|x| x.id.clone()),
                    attach: sc.evidence.iter().take(b as usize % 3).map(|e| e.id.clone()).collect(),
                }),
            }
        }
        6 => {
            let it = pick(&sc.evidence, a)?;
            Action::Collect { item: it.id.clone(), method: pick(&it.methods, b)?.id.clone() }
        }
        7 => Action::Preserve {
            item: pick(&sc.evidence, a)?.id.clone(),
            how: if b % 2 == 0 { Preservation::Hash } else { Preservation::Blockchain },
        },
        8 => {
            let inj = pick(&sc.injects, a)?;
            Action::Choose { inject: inj.id.clone(), choice: pick(&inj.choices, b)?.id.clone() }
        }
        9 => Action::SeekArrest { suspect: pick(&sc.suspects, a)?.id.clone() },
        11 => Action::Query { account: acct()? },
        12 => Action::Link { from: acct()?, to: pick(&sc.accounts, b)?.id.clone() },
        13 => Action::Task { task: pick(&sc.tasks, a)?.id.clone() },
        14 => Action::Translate { inject: pick(&sc.injects, a)?.id.clone() },
        _ => Action::Answer {
            item: pick(&sc.evidence, a)?.id.clone(),
            answer: Answer::ALL[b as usize % Answer::ALL.len()],
        },
    })
}

fuzz_target!(|data: &[u8]| {
    let sc = case();
    let list: Vec<TimedAction> = data
        .chunks_exact(4)
        .take(64)
        .filter_map(|c| {
            // Up to ~45 days in minutes, spread so that later bytes reach the trial phase too.
            let minutes = i64::from(u16::from_le_bytes([c[0], c[1] & 0x0f])) * 16;
            let act = action(sc, c[1] >> 4, c[2], c[3])?;
            Some(TimedAction { at: Dur(minutes * 60), act, when: None })
        })
        .collect();
    let s = goldenhour::run::play_session(sc.clone(), 7, &list);
    assert!(s.outcome().is_some() || s.halted().is_some(), "the run neither ended nor halted");
});
