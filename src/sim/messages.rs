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
    "hold-stop-payment",
    "hold-freeze",
    "hold-foreign-hold",
    "hold-foreign-freeze",
    "preserve-hash",
    "preserve-blockchain",
    "answer-explain",
    "answer-supplement",
    "answer-withdraw",
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
    "cli-seed",
    "cli-score",
    "what-account",
    "what-ground",
    "what-evidence-item",
    "what-method",
    "what-inject",
    "what-choice",
    "what-channel",
    "what-suspect",
];

/// Kinds of target a service takes, for front ends building a request form.
pub fn target_kind_id(k: TargetKind) -> &'static str {
    match k {
        TargetKind::Account => "target-account",
        TargetKind::Suspect => "target-suspect",
        TargetKind::Evidence => "target-evidence",
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
        Action::Request { channel, service, target, .. } => Msg::new("ui-act-request")
            .arg("channel", name(channel))
            .arg("service", name(service))
            .arg("target", name(target.id())),
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
        Action::FireInject { inject } => {
            let text = sc
                .inject(inject)
                .map(|i| i.text.clone())
                .unwrap_or_else(|| "ui-unknown".to_string());
            Msg::new("ui-act-fire").arg("inject", Arg::Ref(text))
        }
    }
}
