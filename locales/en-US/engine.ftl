# Engine messages: events, errors and outcome words shared by every case.
# Arguments: $account, $from, $to, $item, $suspect, $channel, $service, $target are names;
# $amount is grouped digits; $until, $at, $now are sim times (T+hh:mm:ss / D+n hh:mm).

ev-payment = The victim paid { $amount } into { $to }.
ev-transfer = { $from } moved { $amount } to { $to }.
ev-cashed-out = { $amount } reached { $account } and was cashed out: it cannot be recovered.
ev-blocked = The gang tried to move { $amount } out of { $account }, but the account is blocked.
ev-traced = Following the money: { $from } → { $to }.
ev-traced-new = Following the money found a new account: { $from } → { $to }.
ev-hold-ordered = { $kind } ordered on { $account }.
ev-hold-placed = { $kind } in force on { $account } until { $until }; { $amount } held.
ev-hold-renewed = Stop-payment on { $account } renewed until { $until }.
ev-hold-expired = The { $kind } on { $account } expired.
ev-freeze-refused = The freeze on { $account } was refused: the request did not cite "{ $ground }".
ev-return-ordered = Return of the frozen funds in { $account } to the victim requested.
ev-returned = { $amount } from { $account } was returned to the victim.
ev-return-failed = Nothing could be returned from { $account }: it is not frozen or is empty.
ev-monitor-started = Now following { $account }: transfers out of it will be traced.
ev-tipped-off = The gang has noticed the police: they are moving money faster.
ev-suspect-fled = { $suspect } has fled to { $to }.
ev-request-sent = Request sent via { $channel }: { $service } for { $target }. Answer expected between { $from } and { $to }.
ev-request-granted = { $channel } granted: { $service }.
ev-request-refused = { $channel } answered "{ $service }": { $why }
ev-identified = Suspect identified: { $suspect }.
ev-located = Suspect located: { $suspect }.
ev-arrested = Suspect arrested abroad: { $suspect }.
ev-repatriated = { $suspect } was brought back and is in custody.
ev-collect-started = Collecting { $item }: { $method }.
ev-evidence-obtained = { $item } is in the case file ({ $weight }).
ev-preserved = { $item } preserved: { $how }.
ev-compliance = Compliance { $points } points: { $reason }
ev-inject = { $text }
ev-inject-from = { $from }: { $text }
ev-chosen = Decision: { $choice }
ev-chosen-default = No decision in time; by default: { $choice }
ev-payment-cancelled = A payment the victim was about to make has been stopped.
ev-revealed = A new account came to light: { $account }.
ev-phase = Phase: { $phase }
ev-trial-opened = The trial opens. The defence challenges the evidence.
ev-challenged = The defence challenges { $item }: { $challenge }
ev-answered = Answer on { $item }: { $answer }.
ev-ruling-admitted = The court admits { $item }.
ev-ruling-excluded = The court excludes { $item }: { $reason }
ev-ruling-withdrawn = { $item } was withdrawn by the prosecution.
ev-verdict-convicted = Verdict: guilty. The chain of proof holds.
ev-verdict-acquitted = Verdict: not guilty. No admitted evidence proves "{ $link }".
ev-verdict-no-accused = No verdict: no suspect is in custody to stand trial.
ev-closed = The case is closed.

hold-stop-payment = Stop-payment
hold-freeze = Freeze
hold-foreign-hold = Foreign hold
hold-foreign-freeze = Foreign freeze
preserve-hash = hash value recorded
preserve-blockchain = blockchain preservation
answer-explain = explain
answer-supplement = supplement
answer-withdraw = withdraw
weight-formal = formal, usable in court
weight-intelligence = intelligence only
why-incomplete = refused: the request lacked required elements.
why-suspect-left = no result: the suspect is no longer within the channel's reach.
why-no-result = no result this time (the account may be empty or the counterpart could not act).
why-precondition = no result: a precondition was not met (for example, the suspect was not located or arrested first).
provenance-foreign-authority = the requested foreign authority
compliance-unlawful-collection = evidence collected abroad without legal authority
target-account = account
target-suspect = suspect
target-evidence = evidence
proof-unknown = a required fact
grade-none = no grade

err-unknown = There is no { $what } "{ $id }" in this case.
err-in-the-past = That action is at { $at }, but the clock is already at { $now }.
err-closed = The case is closed.
err-not-known = { $account } is not known to the police yet: follow the money or ask abroad first.
err-not-domestic = { $account } is held in { $jurisdiction }. A domestic measure reaches only { $home } accounts: ask the host country through a channel (INTERPOL, MLA, liaison).
err-already-stopped = { $account } already has a stop-payment.
err-no-stop-payment = { $account } has no stop-payment in force to renew.
err-renewals-used = The stop-payment on { $account } has been renewed { $max } times, the most the rules allow: ask for a freeze.
err-already-frozen = { $account } is already frozen, or a freeze is awaiting approval.
err-ground-not-met = You cannot cite "{ $ground }": it is not true yet.
err-not-frozen = { $account } has no freeze in force (or a return is already under way).
err-already-monitored = { $account } is already being followed.
err-no-service = { $channel } does not offer "{ $service }".
err-wrong-target = "{ $service }" does not apply to that kind of target.
err-out-of-reach = { $channel } does not reach { $jurisdiction }, where { $target } is.
err-no-agreement = { $channel } needs an agreement with { $jurisdiction }, and there is none.
err-not-victim-country = { $channel } takes requests only from the police of the victim's country.
err-prerequisite = { $channel } cannot take this request yet: { $reason }
err-not-identified = { $suspect } has not been identified yet.
err-not-in-file = { $item } is not in the case file.
err-not-electronic = { $item } is not electronic data: only electronic data is hashed or put on a blockchain.
err-already-preserved = { $item } is already preserved.
err-method-unavailable = "{ $method }" cannot be used yet.
err-already-held = { $item } is already in the case file (or being collected) with at least this weight.
err-not-awaiting-choice = That decision is not open.
err-cannot-fire = { $inject } is not an optional event that is still to come.
err-trial-not-open = The trial is not open: answers are given between its opening and the verdict.
err-not-challenged = The defence has not challenged { $item }.
err-halted = The session stopped: { $why }

cli-seed = seed { $seed }
cli-score = Score { $score } / 100 — grade { $grade } ({ $band })

what-account = account
what-ground = ground
what-evidence-item = evidence item
what-method = method
what-inject = event
what-choice = choice
what-channel = channel
what-suspect = suspect
err-stop-payment-used = The stop-payment on { $account } has run its course and cannot be ordered again: ask for a freeze.
ev-freeze-renewed = The freeze on { $account } was renewed until { $until }.

## Why a criterion fell short (the debrief, `play`, the HTML report).
expl-void = Not counted on this seed: with the same luck the expert line could not earn it either.
expl-when = { $criterion }: not achieved by the close.
expl-short = { $criterion }: not fully achieved.
expl-par = With the same luck (seed) the expert line achieved { $par } %: the rest could not be saved on this seed and is not held against you.
expl-money-not-returned = { $lost } of the { $stake } still within reach at the report (or paid after it) did not come back to the victim.
expl-money-not-secured = { $lost } of the { $stake } still within reach at the report (or paid after it) was neither returned nor under a hold or freeze at the close.
expl-money-escaped = { $at }: { $amount } left { $from } and was cashed out, out of reach. { $hint }
expl-hint-follow = The account was never found: following the money (monitor, trace) would have shown it in time.
expl-hint-link = The account was never found: querying the statement before it and linking it would have put it on the map in time.
expl-hint-hold-home = A stop-payment or freeze on it before then would have kept the money.
expl-hint-hold-abroad = A hold abroad before then (I-24/7 stop-payment, the host bank's own hold, an urgent freeze through mutual legal assistance) would have kept the money.
expl-money-held-not-returned = { $amount } was held on { $account } but never returned: a return order at home, or a return request through mutual legal assistance abroad, brings it back.
expl-money-unheld = { $amount } still sat on { $account } with no hold or freeze at the close: the gang could move it at any time.
expl-not-identified = { $suspect } was never identified.
expl-fled = { $suspect } fled to { $to } at { $at }, once the gang was tipped off, and was not brought back.
expl-located-not-brought-back = { $suspect } was located but not brought back: ask a channel that can arrest and hand the suspect over (a joint operation, the host's deportation, extradition).
expl-not-located = { $suspect } was identified but never located: ask the liaison officer, or a channel that reaches where the suspect is.
expl-not-collected = { $item } never reached the case file.
expl-cure = Answering the challenge to { $item } with “{ $answer }” would have cured it.
expl-proof-missing = No admitted item proved “{ $link }”.
expl-no-custody = Nobody was in custody for the trial.

# Chinese procedure: arrest approval, the procuratorate, confiscation, bulk repatriation.
ev-arrest-sought = Applied to the procuratorate for approval to arrest { $suspect }.
ev-arrest-approved = The procuratorate approved the arrest of { $suspect }: a Red notice can now be requested.
ev-handed-over = { $jurisdiction } deported { $n } suspects of this case in a bulk repatriation; they are identified after their return.
ev-case-returned = The procuratorate sent the case back for supplementary investigation ({ $n } of { $max }): nothing in the file it can put to the court proves “{ $link }”. The trial moves to { $opens }.
ev-not-prosecuted = The procuratorate decided not to prosecute: after { $n ->
        [one] one supplementary investigation
       *[other] { $n } supplementary investigations
    } nothing in the file proves “{ $link }”.
ev-review-indicted = The procuratorate reviewed the case file and brought the prosecution.
ev-confiscated = The court’s confiscation decision returned { $amount } from { $account } to the victim ({ $share } % of what was frozen there).
ev-confiscation-pending = Return of { $account } granted in principle: { $share } % of what stays frozen there comes back after a confiscation decision at the verdict. Keep it frozen until then.
ev-confiscation-failed = Nothing came back from { $account }: there was no conviction, or the account was no longer frozen at the verdict.
ev-returned-pooled = The rest of { $account }, { $amount }, went to the other victims whose money was pooled in it.
answer-attest = written explanation by two investigators
weight-cooperation = police cooperation, usable once verified
target-jurisdiction = country
err-arrest-not-approved = The arrest of { $suspect } has not been approved: apply to the procuratorate first.
err-arrest-sought = The arrest of { $suspect } is already approved or awaiting approval.
err-no-arrest-rule = This case has no arrest-approval procedure.
err-arrest-premature = An arrest cannot be applied for yet: { $reason }
what-jurisdiction = country
expl-not-prosecuted = The procuratorate did not prosecute: it sent the case back { $n ->
        [one] once
       *[other] { $n } times
    } and the proof was still incomplete.
expl-case-returned = The procuratorate sent the case back for supplementary investigation { $n ->
        [one] once
       *[other] { $n } times
    }: the trial opened that much later.

## Statements, links, drafts, translations and tasks
ev-query-sent = Query sent for the statement of { $account }. Expected by { $at }.
ev-statement = Statement of { $account } received: { $n } lines. Read it and link the next accounts.
ev-link-started = The analyst is checking the link { $from } → { $to }.
ev-link-right = Link confirmed: the money went between { $from } and { $to }.
ev-link-wrong = Dead end: { $to } is no part of the money from { $from }. Checking it cost { $lost }.
ev-translation-asked = Translation of the message from { $from } requested. Expected by { $at }.
ev-translated = Translation received: { $text }
ev-someone = the counterpart
ev-task-started = Started: { $task }.
ev-task-done = Done: { $task }.
draft-unfounded = states “{ $fact }”, which the case file does not establish
draft-missing = leaves out “{ $fact }”, which the receiving side needs
draft-no-basis = cites no legal basis the receiving side accepts
draft-not-attached = lacks the attachment “{ $item }”
err-no-analysis = This case has no statements to query.
err-query-pending = A statement of { $account } is already on its way.
err-not-on-statement = No statement of { $from } shows money to or from { $to }: query it first.
err-already-linked = { $to } is already linked to the money, or a link to it is being checked.
err-nothing-to-translate = There is nothing to translate in { $inject }: it is in your language, or already translated.
err-task-done = { $task } is done or under way.
err-task-unavailable = { $task } cannot be done yet: { $reason }
err-not-attachable = { $item } cannot be attached: it is not in the case file.
expl-task-not-done = Not done: { $task }.
what-fact = fact
what-basis = legal basis
what-task = task
