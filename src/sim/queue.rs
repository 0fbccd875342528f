//! The event queue and the random draws: scheduling, running the clock, sampling delays.

use super::*;

/// What a random draw is for: the kind of chance event and what it concerns (an account index,
/// or a hash of a request's channel, service and target). Each key has its own sequence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Draw(pub DrawKind, pub u64);

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[repr(u8)]
pub(super) enum DrawKind {
    /// When the gang sweeps an account.
    Sweep = 1,
    /// When the gang, tipped off, re-plans a sweep.
    Replan = 2,
    /// When a tip-off reaches the gang.
    TipOff = 3,
    /// When a stop-payment takes effect.
    StopPayment = 4,
    /// When a freeze is decided.
    Freeze = 5,
    /// When a request is answered.
    Response = 6,
    /// Whether a request brings a result.
    Success = 7,
    /// How long a request takes to leave (drafting, approval, translation, routing).
    Routing = 8,
    /// When the procuratorate decides on an arrest.
    Arrest = 9,
    /// When a bank's or payment firm's statement arrives.
    Query = 10,
    /// When a wallet's transactions have been read off the public ledger.
    Chain = 11,
}

impl Draw {
    pub fn account(kind: DrawKind, a: usize) -> Draw {
        Draw(kind, a as u64)
    }

    /// A request's draws: by channel, service and target, not by when it was sent.
    pub fn request(kind: DrawKind, channel: &str, service: &str, target: &Target) -> Draw {
        let mut h = Fnv::default();
        for part in [channel, service, target.id()] {
            h.write(part.as_bytes());
            h.write(&[0xff]);
        }
        h.write(&[match target {
            Target::Account(_) => 1,
            Target::Suspect(_) => 2,
            Target::Evidence(_) => 3,
            Target::Jurisdiction(_) => 4,
        }]);
        Draw(kind, h.0)
    }
}

/// SplitMix64's finaliser: a well-mixed 64-bit value, the same on every platform.
fn mix(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// FNV-1a, 64 bits: a stable hash of ids (std's hashers may change between releases).
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

impl Session {
    pub(super) fn schedule(&mut self, at: Secs, p: Pending) -> (Secs, u64) {
        self.seq += 1;
        let key = (at, self.seq);
        self.queue.insert(key, p);
        key
    }

    pub(super) fn run_until(&mut self, t: Secs) {
        while self.halted.is_none() && self.outcome.is_none() {
            let Some((&key, _)) = self.queue.iter().next() else { break };
            if key.0 > t {
                break;
            }
            let Some(p) = self.queue.remove(&key) else { break };
            self.now = self.now.max(key.0);
            self.processed += 1;
            if self.processed > MAX_EVENTS {
                self.halted = Some(format!(
                    "more than {MAX_EVENTS} events: the laundering rules move money round in a loop"
                ));
                break;
            }
            self.process(p);
            self.after_change();
        }
    }

    /// A random draw for one chance event, `key`: the same seed and key give the same number
    /// whatever else happened before (common random numbers). Two runs of a case on one seed
    /// therefore meet the same luck for the same request, sweep or approval, so their scores
    /// differ by their decisions alone, and leaving one action out does not reshuffle the rest.
    pub(super) fn draw(&mut self, key: Draw) -> u64 {
        let n = self.draws.entry(key).or_insert(0);
        let k = (u64::from(key.0 as u8) << 56) ^ key.1;
        let v = mix(mix(self.seed ^ mix(k)) ^ u64::from(*n));
        *n += 1;
        v
    }

    pub(super) fn sample(&mut self, d: &Dist, key: Draw) -> Secs {
        match *d {
            Dist::Fixed(v) => v.0.max(0),
            Dist::Uniform { min, max } => {
                let (lo, hi) = (min.0.min(max.0), min.0.max(max.0));
                let span = (hi - lo) as u64 + 1;
                let r = ((u128::from(self.draw(key)) * u128::from(span)) >> 64) as i64;
                (lo + r).max(0)
            }
            Dist::Triangular { min, mode, max } => {
                let (a, c, b) = (min.0 as f64, mode.0 as f64, max.0 as f64);
                if b <= a {
                    return min.0.max(0);
                }
                let u = self.unit(key);
                let f = (c - a) / (b - a);
                let x = if u < f {
                    a + ((b - a) * (c - a) * u).sqrt()
                } else {
                    b - ((b - a) * (b - c) * (1.0 - u)).sqrt()
                };
                (x.round() as i64).clamp(min.0, max.0).max(0)
            }
        }
    }

    /// A uniform number in [0, 1) from 53 random bits: exact and the same on every platform.
    pub(super) fn unit(&mut self, key: Draw) -> f64 {
        (self.draw(key) >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    pub(super) fn log(&mut self, kind: EventKind, msg: Msg) {
        self.events.push(Event { at: self.now, kind, msg });
    }

    pub(super) fn process(&mut self, p: Pending) {
        let sc = self.sc.clone();
        match p {
            Pending::Payment(i) => {
                let pay = &sc.payments[i];
                if self.cancelled.contains(&pay.id) {
                    return;
                }
                let Some(to) = self.acc(&pay.to) else { return };
                self.paid = self.paid.saturating_add(pay.amount);
                let m = Msg::new("ev-payment")
                    .name("to", &sc.accounts[to].name)
                    .arg("amount", Arg::Money(pay.amount));
                self.log(
                    EventKind::Payment {
                        from: pay.from.clone(),
                        to: pay.to.clone(),
                        amount: pay.amount,
                    },
                    m,
                );
                self.land(to, pay.amount);
            }
            Pending::Sweep(a) => {
                let Some((_, rule)) = self.accounts[a].sweep.take() else { return };
                let amount = self.accounts[a].balance;
                if amount == 0 {
                    return;
                }
                if self.accounts[a].blocked(self.now) {
                    self.accounts[a].waiting = true;
                    let m = Msg::new("ev-blocked")
                        .name("account", &sc.accounts[a].name)
                        .arg("amount", Arg::Money(amount));
                    self.log(EventKind::Blocked { account: sc.accounts[a].id.clone(), amount }, m);
                    return;
                }
                self.take_balance(a);
                let legs = &sc.laundering.rules[rule].legs;
                let mut left = amount;
                for (k, leg) in legs.iter().enumerate() {
                    let part = if k + 1 == legs.len() {
                        left
                    } else {
                        (u128::from(amount) * u128::from(leg.percent) / 100) as u64
                    }
                    .min(left);
                    left -= part;
                    let Some(to) = self.acc(&leg.to) else { continue };
                    if part == 0 {
                        continue;
                    }
                    let m = Msg::new("ev-transfer")
                        .name("from", &sc.accounts[a].name)
                        .name("to", &sc.accounts[to].name)
                        .arg("amount", Arg::Money(part));
                    self.log(
                        EventKind::Transfer {
                            from: sc.accounts[a].id.clone(),
                            to: leg.to.clone(),
                            amount: part,
                        },
                        m,
                    );
                    if self.accounts[a].monitored {
                        self.trace(a, to);
                    }
                    self.land(to, part);
                }
            }
            Pending::StopTakesEffect(a) => {
                self.accounts[a].stop_pending = false;
                let lasts = sc.measures.stop_payment.lasts.0;
                self.place_hold(a, HoldKind::StopPayment, lasts, None);
            }
            Pending::HoldEnds(a) => {
                let now = self.now;
                let ended: Vec<HoldKind> = self.accounts[a]
                    .holds
                    .iter()
                    .filter(|h| h.until == now)
                    .map(|h| h.kind)
                    .collect();
                for kind in ended {
                    let m = Msg::new("ev-hold-expired")
                        .name("account", &sc.accounts[a].name)
                        .name("kind", kind.msg_id());
                    self.log(
                        EventKind::HoldExpired { account: sc.accounts[a].id.clone(), kind },
                        m,
                    );
                }
                let st = &self.accounts[a];
                if !st.blocked(now) && st.waiting && st.balance > 0 && st.sweep.is_none() {
                    self.accounts[a].waiting = false;
                    self.arm_sweep(a);
                }
            }
            Pending::FreezeDecision { account: a, grounds } => {
                self.accounts[a].freeze_pending = false;
                let missing = sc
                    .measures
                    .freeze
                    .grounds
                    .iter()
                    .find(|g| g.required && !grounds.contains(&g.id));
                if let Some(g) = missing {
                    let m = Msg::new("ev-freeze-refused")
                        .name("account", &sc.accounts[a].name)
                        .name("ground", &g.name);
                    self.log(
                        EventKind::FreezeRefused {
                            account: sc.accounts[a].id.clone(),
                            ground: g.id.clone(),
                        },
                        m,
                    );
                } else {
                    self.place_hold(a, HoldKind::Freeze, sc.measures.freeze.lasts.0, None);
                }
            }
            Pending::ReturnDone(a) => {
                self.accounts[a].return_pending = false;
                if self.accounts[a].has_active(self.now, HoldKind::Freeze)
                    && !sc.accounts[a].cash_out
                {
                    self.return_to_victim(a);
                } else {
                    let m = Msg::new("ev-return-failed").name("account", &sc.accounts[a].name);
                    self.log(EventKind::ReturnFailed { account: sc.accounts[a].id.clone() }, m);
                }
            }
            Pending::ArrestDecision(i) => self.decide_arrest(i),
            Pending::Review => self.review(),
            Pending::TipOff => self.tip_off(),
            Pending::Answer(r) => self.answer_request(r),
            Pending::Collected { item, method } => {
                let ev = &sc.evidence[item];
                let me = &ev.methods[method];
                self.items[item].collecting = false;
                let mut p = provenance(&me.provenance, self.now, Some(me.id.clone()));
                p.provided_at = self.now;
                self.obtain(item, p);
                if me.compliance != 0 {
                    self.items[item].tainted |= !me.provenance.lawful;
                    self.compliance_change(-me.compliance.abs(), "compliance-unlawful-collection");
                }
                for e in &me.effects {
                    self.effect(e);
                }
            }
            Pending::Inject(i) => {
                if self.injects[i].fired.is_none() {
                    self.fire(i);
                }
            }
            Pending::Deadline(i) => {
                self.injects[i].deadline_key = None;
                if self.injects[i].chosen.is_none()
                    && let Some(d) = &sc.injects[i].default
                    && let Some(ci) = sc.injects[i].choices.iter().position(|c| &c.id == d)
                {
                    self.choose(i, ci, true);
                }
            }
            Pending::Phase(i) => {
                self.phase = Some(i);
                let m = Msg::new("ev-phase").name("phase", &sc.phases[i].name);
                self.log(EventKind::Phase { phase: sc.phases[i].id.clone() }, m);
            }
            // A return for supplementary investigation moved the trial: these wait for it.
            Pending::TrialOpens if self.now < self.trial_opens() => {
                self.schedule(self.trial_opens(), Pending::TrialOpens);
            }
            Pending::Verdict if self.now < self.verdict_at() => {
                self.schedule(self.verdict_at(), Pending::Verdict);
            }
            Pending::End if self.now < self.ends_at() => {
                self.schedule(self.ends_at(), Pending::End);
            }
            Pending::TrialOpens => {
                if !self.trial.not_prosecuted {
                    self.open_trial();
                }
            }
            Pending::Verdict => {
                if !self.trial.not_prosecuted {
                    self.verdict();
                }
                self.confiscate();
            }
            Pending::Wake => {}
            Pending::StatementReady(a) => self.deliver_statement(a),
            Pending::LinkChecked { from, to, right } => self.link_checked(from, to, right),
            Pending::TaskDone(i) => self.task_done(i),
            Pending::Translated(i) => self.translated(i),
            Pending::End => {
                self.log(EventKind::Closed, Msg::new("ev-closed"));
                self.close();
            }
        }
    }
}
