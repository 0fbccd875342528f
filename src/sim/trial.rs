//! The trial: challenges, rulings on admissibility, the verdict, the close and its outcome.

use super::*;

impl Session {
    pub(super) fn open_trial(&mut self) {
        let sc = self.sc.clone();
        self.trial.open = true;
        self.log(EventKind::TrialOpened, Msg::new("ev-trial-opened"));
        for i in 0..sc.evidence.len() {
            if self.items[i].held() {
                self.challenge(i);
            }
        }
    }

    /// The defence raises every admissibility rule that applies to item `i`.
    pub(super) fn challenge(&mut self, i: usize) {
        let sc = self.sc.clone();
        for rule in &sc.trial.rules {
            if self.item_test(i, &rule.applies) {
                self.items[i].challenges.push(rule.id.clone());
                let m = Msg::new("ev-challenged")
                    .name("item", &sc.evidence[i].name)
                    .name("challenge", &rule.challenge);
                let kind = EventKind::Challenged {
                    item: sc.evidence[i].id.clone(),
                    rule: rule.id.clone(),
                };
                self.log(kind, m);
            }
        }
    }

    pub(super) fn verdict(&mut self) {
        let sc = self.sc.clone();
        for i in 0..sc.evidence.len() {
            if !self.items[i].held() {
                continue;
            }
            let answer = self.items[i].answer;
            let ruling = if answer == Some(Answer::Withdraw) {
                Ruling { admitted: false, withdrawn: true, rule: None }
            } else {
                let failed = self.items[i].challenges.iter().find(|rid| {
                    let Some(rule) = sc.trial.rules.iter().find(|r| &&r.id == rid) else {
                        return false;
                    };
                    let cured = answer.is_some_and(|a| {
                        rule.cured_by.contains(&a)
                            && (a != Answer::Supplement
                                || rule.supplement_requires.as_ref().is_none_or(|c| self.cond(c)))
                    });
                    !cured
                });
                Ruling { admitted: failed.is_none(), withdrawn: false, rule: failed.cloned() }
            };
            let reason = ruling
                .rule
                .as_ref()
                .and_then(|r| sc.trial.rules.iter().find(|x| &x.id == r))
                .map(|r| r.reason.clone());
            let id = if ruling.withdrawn {
                "ev-ruling-withdrawn"
            } else if ruling.admitted {
                "ev-ruling-admitted"
            } else {
                "ev-ruling-excluded"
            };
            let mut m = Msg::new(id).name("item", &sc.evidence[i].name);
            if let Some(r) = reason {
                m = m.name("reason", &r);
            }
            self.log(
                EventKind::Ruling {
                    item: sc.evidence[i].id.clone(),
                    admitted: ruling.admitted,
                    withdrawn: ruling.withdrawn,
                },
                m,
            );
            self.items[i].ruling = Some(ruling);
        }
        let missing: Vec<String> = sc
            .trial
            .proof
            .iter()
            .filter(|link| !link.any_of.iter().any(|it| self.admitted(it)))
            .map(|l| l.id.clone())
            .collect();
        let custody = !sc.trial.needs_custody || self.suspects.iter().any(|s| s.in_custody);
        self.trial.convicted = missing.is_empty() && custody;
        self.trial.missing_links = missing.clone();
        self.trial.decided = true;
        self.trial.open = false;
        let m = if self.trial.convicted {
            Msg::new("ev-verdict-convicted")
        } else if !custody {
            Msg::new("ev-verdict-no-accused")
        } else {
            let name = sc
                .trial
                .proof
                .iter()
                .find(|l| Some(&l.id) == missing.first())
                .map(|l| l.name.clone());
            Msg::new("ev-verdict-acquitted")
                .name("link", name.as_deref().unwrap_or("proof-unknown"))
        };
        self.log(EventKind::Verdict { convicted: self.trial.convicted }, m);
    }

    pub(super) fn admitted(&self, id: &str) -> bool {
        self.sc
            .evidence
            .iter()
            .position(|e| e.id == id)
            .and_then(|i| self.items[i].ruling.as_ref())
            .is_some_and(|r| r.admitted)
    }

    pub(super) fn item_test(&self, i: usize, t: &ItemTest) -> bool {
        let st = &self.items[i];
        let Some(p) = &st.provenance else { return false };
        match t {
            ItemTest::Unlawful => !p.lawful,
            ItemTest::Intelligence => p.weight == Weight::Intelligence,
            ItemTest::Cooperation => p.weight == Weight::Cooperation,
            ItemTest::Undocumented => !p.documented,
            ItemTest::Unpreserved => {
                self.sc.evidence[i].kind == EvidenceKind::Electronic && st.preserved.is_none()
            }
            ItemTest::Kind(k) => self.sc.evidence[i].kind == *k,
            ItemTest::Item(id) => &self.sc.evidence[i].id == id,
            ItemTest::All(v) => v.iter().all(|t| self.item_test(i, t)),
            ItemTest::Any(v) => v.iter().any(|t| self.item_test(i, t)),
            ItemTest::Not(t) => !self.item_test(i, t),
        }
    }

    /// Would the court admit item `i` if the defence raised every rule that applies to it and
    /// the police gave the best answer they can now? What the procuratorate reads the file for.
    pub(super) fn admissible_now(&self, i: usize) -> bool {
        if !self.items[i].held() {
            return false;
        }
        self.sc.trial.rules.iter().filter(|r| self.item_test(i, &r.applies)).all(|rule| {
            rule.cured_by.iter().any(|a| match a {
                Answer::Withdraw => false,
                Answer::Supplement => {
                    rule.supplement_requires.as_ref().is_none_or(|c| self.cond(c))
                }
                Answer::Explain | Answer::Attest => true,
            })
        })
    }

    /// The procuratorate reviews the case file for prosecution: every proof link needs an item
    /// it can put to the court. If one is missing it sends the case back for supplementary
    /// investigation (the trial moves by a month each time), at most `returns` times; then it
    /// decides not to prosecute.
    pub(super) fn review(&mut self) {
        let sc = self.sc.clone();
        let Some(r) = &sc.trial.review else { return };
        let missing: Vec<&crate::scenario::ProofLink> = sc
            .trial
            .proof
            .iter()
            .filter(|link| {
                !link
                    .any_of
                    .iter()
                    .any(|it| self.sc.ids().item(it).is_some_and(|i| self.admissible_now(i)))
            })
            .collect();
        let ids: Vec<String> = missing.iter().map(|l| l.id.clone()).collect();
        let first = missing.first().map(|l| l.name.clone());
        if missing.is_empty() {
            self.log(EventKind::Indicted, Msg::new("ev-review-indicted"));
        } else if self.trial.returns < r.returns {
            self.trial.returns += 1;
            self.trial.postponed += r.each.0;
            let opens = self.trial_opens();
            let m = Msg::new("ev-case-returned")
                .name("link", first.as_deref().unwrap_or("proof-unknown"))
                .arg("n", Arg::Num(i64::from(self.trial.returns)))
                .arg("max", Arg::Num(i64::from(r.returns)))
                .arg("opens", Arg::Time(opens));
            self.log(EventKind::CaseReturned { missing: ids, trial_opens: opens }, m);
            self.schedule(self.now + r.each.0, Pending::Review);
        } else {
            self.trial.not_prosecuted = true;
            self.trial.decided = true;
            self.trial.convicted = false;
            self.trial.missing_links = ids.clone();
            let m = Msg::new("ev-not-prosecuted")
                .name("link", first.as_deref().unwrap_or("proof-unknown"))
                .arg("n", Arg::Num(i64::from(self.trial.returns)));
            self.log(EventKind::NotProsecuted { missing: ids }, m);
        }
    }

    /// The procuratorate's decision on an application to arrest suspect `i`.
    pub(super) fn decide_arrest(&mut self, i: usize) {
        // An application needs an identified suspect, and nobody identified is forgotten: the
        // procuratorate approves.
        let sc = self.sc.clone();
        let st = &mut self.suspects[i];
        (st.arrest_pending, st.arrest_approved) = (false, true);
        let s = &sc.suspects[i];
        let m = Msg::new("ev-arrest-approved").name("suspect", &s.name);
        self.log(EventKind::ArrestApproved { suspect: s.id.clone() }, m);
    }

    pub(super) fn close(&mut self) {
        let sc = self.sc.clone();
        let (facts, conditions) = self.scored_facts();
        let debrief =
            sc.debrief.iter().filter(|d| self.cond(&d.when)).map(|d| d.id.clone()).collect();
        let par = if self.par_run { None } else { par(&sc, self.seed) };
        self.outcome =
            Some(scoring::outcome(&sc.rubric, &facts, &conditions, par.as_deref(), debrief));
    }

    /// The facts the rubric scores, and the value of each criterion's `When` condition.
    fn scored_facts(&self) -> (Facts, Vec<f64>) {
        let sc = &self.sc;
        let facts = Facts {
            paid: self.paid,
            at_stake: self.at_stake(),
            returned: self.returned,
            secured: self.returned.saturating_add(self.secured_now()),
            suspects: self.suspects.len(),
            identified: self.suspects.iter().filter(|s| s.identified).count(),
            in_custody: self.suspects.iter().filter(|s| s.in_custody).count(),
            file_items: self.items.iter().filter(|i| i.held()).count(),
            case_items: self.items.len(),
            admitted: self
                .items
                .iter()
                .filter(|i| i.ruling.as_ref().is_some_and(|r| r.admitted))
                .count(),
            excluded: self
                .items
                .iter()
                .filter(|i| i.ruling.as_ref().is_some_and(|r| !r.admitted && !r.withdrawn))
                .count(),
            withdrawn: self
                .items
                .iter()
                .filter(|i| i.ruling.as_ref().is_some_and(|r| r.withdrawn))
                .count(),
            convicted: self.trial.convicted,
            compliance: self.compliance,
        };
        let conditions: Vec<f64> = sc
            .rubric
            .criteria
            .iter()
            .map(|c| match &c.measure {
                crate::scenario::Measure::When(cond) => f64::from(u8::from(self.cond(cond))),
                crate::scenario::Measure::Share(v) if !v.is_empty() => {
                    v.iter().filter(|c| self.cond(c)).count() as f64 / v.len() as f64
                }
                _ => 0.0,
            })
            .collect();
        (facts, conditions)
    }
}

/// What the case's expert line achieves on each criterion with this seed (the par of
/// [`scoring::outcome`]); `None` when the case has no expert line. Kept with the scenario, so
/// the many runs of one seed (a class, an ablation) play the expert line once.
pub(crate) fn par(sc: &Arc<Scenario>, seed: u64) -> Option<Arc<[f64]>> {
    let line = sc.lines.get("expert")?;
    if let Some(p) = sc.par.get(seed) {
        return Some(p);
    }
    let mut s = Session::new_par(sc.clone(), seed);
    s.play_line(line, |_| {});
    let (facts, conditions) = s.scored_facts();
    let raw: Arc<[f64]> = scoring::raw_values(&sc.rubric, &facts, &conditions).into();
    sc.par.put(seed, raw.clone());
    Some(raw)
}
