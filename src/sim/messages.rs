//! The message ids the engine speaks in, and actions said in words.

use super::*;

/// Every message id the engine itself emits; `validate` checks each locale has them all.
pub const ENGINE_MESSAGES: &[&str] = &[
    "ev-payment",
    "ev-transfer",
    "ev-cashed-out",
    "ev-blocked",
    "ev-traced",
    "ev-traced-new",
    "ev-hold-ordered",
    "ev-hold-placed",
    "ev-hold-renewed",
    "ev-freeze-renewed",
    "ev-hold-expired",
    "ev-freeze-refused",
    "ev-return-ordered",
    "ev-returned",
    "ev-return-failed",
    "ev-monitor-started",
    "ev-tipped-off",
    "ev-suspect-fled",
    "ev-request-sent",
    "ev-request-granted",
    "ev-request-refused",
    "ev-identified",
    "ev-located",
    "ev-arrested",
    "ev-repatriated",
    "ev-collect-started",
    "ev-evidence-obtained",
    "ev-preserved",
    "ev-compliance",
    "ev-inject",
    "ev-inject-from",
    "ev-chosen",
    "ev-chosen-default",
    "ev-payment-cancelled",
    "ev-revealed",
    "ev-phase",
    "ev-trial-opened",
    "ev-challenged",
    "ev-answered",
    "ev-ruling-admitted",
    "ev-ruling-excluded",
    "ev-ruling-withdrawn",
    "ev-verdict-convicted",
    "ev-verdict-acquitted",
    "ev-verdict-no-accused",
    "ev-closed",
    "ev-arrest-sought",
    "ev-arrest-approved",
    "ev-handed-over",
    "ev-case-returned",
    "ev-not-prosecuted",
    "ev-review-indicted",
    "ev-confiscated",
    "ev-confiscation-pending",
    "ev-confiscation-failed",
    "ev-returned-pooled",
    "hold-stop-payment",
    "hold-freeze",
    "hold-foreign-hold",
    "hold-foreign-freeze",
    "preserve-hash",
    "preserve-blockchain",
    "answer-explain",
    "answer-supplement",
    "answer-withdraw",
    "answer-attest",
    "weight-cooperation",
    "target-jurisdiction",
    "weight-formal",
    "weight-intelligence",
    "why-incomplete",
    "why-suspect-left",
    "why-no-result",
    "why-precondition",
    "provenance-foreign-authority",
    "compliance-unlawful-collection",
    "target-account",
    "target-suspect",
    "target-evidence",
    "proof-unknown",
    "grade-none",
    "err-unknown",
    "err-in-the-past",
    "err-closed",
    "err-not-known",
    "err-not-domestic",
    "err-already-stopped",
    "err-stop-payment-used",
    "err-no-stop-payment",
    "err-renewals-used",
    "err-already-frozen",
    "err-ground-not-met",
    "err-not-frozen",
    "err-already-monitored",
    "err-no-service",
    "err-wrong-target",
    "err-out-of-reach",
    "err-no-agreement",
    "err-not-victim-country",
    "err-prerequisite",
    "err-not-identified",
    "err-not-in-file",
    "err-not-electronic",
    "err-already-preserved",
    "err-method-unavailable",
    "err-already-held",
    "err-not-awaiting-choice",
    "err-cannot-fire",
    "err-trial-not-open",
    "err-not-challenged",
    "err-halted",
    "err-arrest-not-approved",
    "err-arrest-sought",
    "err-no-arrest-rule",
    "err-arrest-premature",
    "cli-seed",
    "expl-void",
    "expl-when",
    "expl-short",
    "expl-par",
    "expl-money-not-returned",
    "expl-money-not-secured",
    "expl-money-escaped",
    "expl-hint-follow",
    "expl-hint-link",
    "expl-hint-hold-home",
    "expl-hint-hold-abroad",
    "expl-money-held-not-returned",
    "expl-money-unheld",
    "expl-not-identified",
    "expl-fled",
    "expl-located-not-brought-back",
    "expl-not-located",
    "expl-not-collected",
    "expl-cure",
    "expl-proof-missing",
    "expl-no-custody",
    "cli-score",
    "what-account",
    "what-ground",
    "what-evidence-item",
    "what-method",
    "what-inject",
    "what-choice",
    "what-channel",
    "what-suspect",
    "what-jurisdiction",
    "expl-not-prosecuted",
    "expl-case-returned",
    // Actions in words (`action_msg`): the app, `grade` and the class debrief say them.
    "ui-act-stop",
    "ui-act-renew",
    "ui-act-renew-freeze",
    "ui-act-freeze",
    "ui-act-return",
    "ui-act-monitor",
    "ui-act-seek-arrest",
    "ui-act-request",
    "ui-act-collect",
    "ui-act-preserve",
    "ui-act-choose",
    "ui-act-answer",
    "ui-act-fire",
    "ui-unknown",
    "ev-query-sent",
    "ev-statement",
    "ev-link-started",
    "ev-link-right",
    "ev-link-wrong",
    "ev-translation-asked",
    "ev-translated",
    "ev-someone",
    "ev-task-started",
    "ev-task-done",
    "draft-unfounded",
    "draft-missing",
    "draft-no-basis",
    "draft-not-attached",
    "err-no-analysis",
    "err-query-pending",
    "err-not-on-statement",
    "err-already-linked",
    "err-nothing-to-translate",
    "err-task-done",
    "err-task-unavailable",
    "err-not-attachable",
    "expl-task-not-done",
    "what-fact",
    "what-basis",
    "what-task",
    "ui-act-query",
    "ui-act-link",
    "ui-act-translate",
    "ui-act-task",
];

/// Kinds of target a service takes, for front ends building a request form.
pub fn target_kind_id(k: TargetKind) -> &'static str {
    match k {
        TargetKind::Account => "target-account",
        TargetKind::Suspect => "target-suspect",
        TargetKind::Evidence => "target-evidence",
        TargetKind::Jurisdiction => "target-jurisdiction",
    }
}

/// An action in words ("Stop-payment on Mule card 1"), in any language: the app's log, the
/// debriefs, `grade` and the class debrief all say actions this way.
pub fn action_msg(sc: &Scenario, action: &Action) -> Msg {
    let name = |id: &str| Arg::Ref(sc.name_of(id).unwrap_or("ui-unknown").to_string());
    match action {
        Action::StopPayment { account } => Msg::new("ui-act-stop").arg("account", name(account)),
        Action::RenewFreeze { account } => {
            Msg::new("ui-act-renew-freeze").arg("account", name(account))
        }
        Action::RenewStopPayment { account } => {
            Msg::new("ui-act-renew").arg("account", name(account))
        }
        Action::Freeze { account, .. } => Msg::new("ui-act-freeze").arg("account", name(account)),
        Action::ReturnFunds { account } => Msg::new("ui-act-return").arg("account", name(account)),
        Action::Monitor { account } => Msg::new("ui-act-monitor").arg("account", name(account)),
        Action::SeekArrest { suspect } => {
            Msg::new("ui-act-seek-arrest").arg("suspect", name(suspect))
        }
        Action::Request { channel, service, target, .. } => {
            // A service id is only unique within its channel ("stop-payment" may be both a Thai
            // bank's 72-hour hold and an I-24/7 request): name it from its own channel.
            let service = (sc.channel(channel))
                .and_then(|c| c.service(service))
                .map(|s| Arg::Ref(s.name.clone()))
                .unwrap_or_else(|| name(service));
            Msg::new("ui-act-request")
                .arg("channel", name(channel))
                .arg("service", service)
                .arg("target", name(target.id()))
        }
        Action::Collect { item, method } => {
            Msg::new("ui-act-collect").arg("item", name(item)).arg("method", name(method))
        }
        Action::Preserve { item, how } => {
            let how = Arg::Ref(how.msg_id().into());
            Msg::new("ui-act-preserve").arg("item", name(item)).arg("how", how)
        }
        Action::Choose { inject, choice } => {
            let text = sc
                .inject(inject)
                .and_then(|i| i.choices.iter().find(|c| &c.id == choice))
                .map(|c| c.text.clone())
                .unwrap_or_else(|| "ui-unknown".to_string());
            Msg::new("ui-act-choose").arg("choice", Arg::Ref(text))
        }
        Action::Answer { item, answer } => {
            let a = Arg::Ref(answer.msg_id().into());
            Msg::new("ui-act-answer").arg("item", name(item)).arg("answer", a)
        }
        Action::Query { account } => Msg::new("ui-act-query").arg("account", name(account)),
        Action::Link { from, to } => {
            Msg::new("ui-act-link").arg("from", name(from)).arg("to", name(to))
        }
        Action::Translate { inject } => {
            let from =
                sc.inject(inject).and_then(|i| i.from.clone()).unwrap_or("ev-someone".into());
            Msg::new("ui-act-translate").arg("from", Arg::Ref(from))
        }
        Action::Task { task } => Msg::new("ui-act-task").arg("task", name(task)),
        Action::FireInject { inject } => {
            let text = sc
                .inject(inject)
                .map(|i| i.text.clone())
                .unwrap_or_else(|| "ui-unknown".to_string());
            Msg::new("ui-act-fire").arg("inject", Arg::Ref(text))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ENGINE_MESSAGES;

    /// The engine's sources: every message id they name must be in [`ENGINE_MESSAGES`] (so
    /// `validate` and the locale tests catch a locale that lacks it), and the list names
    /// nothing they do not.
    const SOURCES: &[(&str, &str)] = &[
        ("available.rs", include_str!("available.rs")),
        ("check.rs", include_str!("check.rs")),
        ("conditions.rs", include_str!("conditions.rs")),
        ("event.rs", include_str!("event.rs")),
        ("explain.rs", include_str!("explain.rs")),
        ("investigation.rs", include_str!("investigation.rs")),
        ("../scenario/ids.rs", include_str!("../scenario/ids.rs")),
        ("messages.rs", include_str!("messages.rs")),
        ("mod.rs", include_str!("mod.rs")),
        ("money.rs", include_str!("money.rs")),
        ("perform.rs", include_str!("perform.rs")),
        ("queue.rs", include_str!("queue.rs")),
        ("requests.rs", include_str!("requests.rs")),
        ("trial.rs", include_str!("trial.rs")),
        ("../scoring.rs", include_str!("../scoring.rs")),
        ("../scenario/action.rs", include_str!("../scenario/action.rs")),
        ("../scenario/measures.rs", include_str!("../scenario/measures.rs")),
        ("../scenario/trial.rs", include_str!("../scenario/trial.rs")),
        ("../scenario/mod.rs", include_str!("../scenario/mod.rs")),
        ("../cli/play.rs", include_str!("../cli/play.rs")),
    ];
    const PREFIXES: &[&str] = &[
        "ev-",
        "err-",
        "why-",
        "what-",
        "hold-",
        "preserve-",
        "answer-",
        "weight-",
        "target-",
        "provenance-",
        "compliance-",
        "proof-",
        "grade-",
        "cli-",
        "expl-",
        "ui-",
        "draft-",
    ];

    /// String literals that look like message ids, outside the list itself and the tests.
    fn ids_in(text: &str) -> Vec<String> {
        let text = text.split("#[cfg(test)]").next().unwrap_or(text);
        let text = match (text.find("pub const ENGINE_MESSAGES"), text.find("\n];")) {
            (Some(a), Some(b)) if a < b => format!("{}{}", &text[..a], &text[b..]),
            _ => text.to_string(),
        };
        let mut out = Vec::new();
        // `unknown("evidence item", id)` says "what-evidence-item" (see `ActionError::msg`).
        for rest in text.split("unknown(\"").skip(1) {
            if let Some(what) = rest.split('"').next() {
                out.push(format!("what-{}", what.replace(' ', "-")));
            }
        }
        for (k, part) in text.split('"').enumerate() {
            let id_like =
                part.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if k % 2 == 1 && id_like && PREFIXES.iter().any(|p| part.starts_with(p)) {
                out.push(part.to_string());
            }
        }
        out
    }

    #[test]
    fn every_message_id_the_engine_names_is_listed_and_nothing_else() {
        let mut named = std::collections::BTreeSet::new();
        for (file, text) in SOURCES {
            for id in ids_in(text) {
                assert!(
                    ENGINE_MESSAGES.contains(&id.as_str()),
                    "src/sim/{file} names `{id}`, which ENGINE_MESSAGES lacks"
                );
                named.insert(id);
            }
        }
        let stale: Vec<&&str> = ENGINE_MESSAGES.iter().filter(|id| !named.contains(**id)).collect();
        assert!(stale.is_empty(), "ENGINE_MESSAGES lists ids no engine source names: {stale:?}");
        let mut seen = std::collections::BTreeSet::new();
        for id in ENGINE_MESSAGES {
            assert!(seen.insert(id), "`{id}` listed twice");
        }
    }

    #[test]
    fn the_scan_finds_ids_and_skips_the_list() {
        let text = "let a = Msg::new(\"ev-x\"); \"not-an-id\" \"Ev-caps\" unknown(\"an item\", id)\npub const ENGINE_MESSAGES: &[&str] = &[\n    \"ev-listed\",\n];";
        assert_eq!(ids_in(text), vec!["what-an-item".to_string(), "ev-x".to_string()]);
    }
}
