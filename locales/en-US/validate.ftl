# The diagnostics of `goldenhour validate` (and of a case that does not load): what is wrong,
# and how to fix it. Codes, ids, file names and RON are kept as they are written.


## Reading the file
validate-syntax = { $detail }
validate-syntax-int-range-help = amounts, counts and seeds are whole numbers from 0 up: no minus sign; a duration that may be negative is a string such as "-5m"
validate-syntax-int-digit-help = write a whole number with digits only, e.g. 1500000: no exponent (1e6), no decimal point, no unit
validate-syntax-too-deep-help = no case needs so many nested brackets: look for a `(` or `[` that is never closed, or a value pasted into itself
validate-fluent-syntax = Fluent syntax error: { $detail }
validate-fluent-syntax-help = a message is `id = text` on one line; continuation lines are indented; placeables are `{"{"} $name {"}"}`
validate-message-cycle = message `{ $id }` refers to itself: { $round }
validate-message-cycle-help = Fluent cannot show a message that leads back to itself and shows its id instead; write the text out in one of them
validate-cannot-read = cannot read: { $error }
validate-not-utf8 = not UTF-8 text: save the file as UTF-8

## References, ids and ranges
validate-unknown-ref = unknown { $what } `{ $id }`
validate-unknown-ref-help = define { $what } `{ $id }` first, or use one of: { $known }
validate-did-you-mean = did you mean `{ $name }`?
validate-kind-account = account
validate-kind-channel = channel
validate-kind-choice = choice
validate-kind-evidence-item = evidence item
validate-kind-flag = flag
validate-kind-ground = ground
validate-kind-inject = inject
validate-kind-institution = institution
validate-kind-jurisdiction = jurisdiction
validate-kind-lint = lint
validate-kind-method = method
validate-kind-optional-inject = optional inject
validate-kind-payment = payment
validate-kind-request-element = request element
validate-kind-service = service
validate-kind-source = source
validate-kind-suspect = suspect
validate-kind-fact = fact
validate-kind-basis = legal basis
validate-kind-task = task
validate-statement-unreachable = account `{ $id }` has statement lines, but no query and no channel's Statement service can obtain its statement
validate-unused-fact = fact `{ $id }`: no channel's or service's draft rule needs it
validate-unused-basis = legal basis `{ $id }`: no channel's or service's draft rule accepts it
validate-bad-id = id `{ $id }` must be non-empty ASCII letters, digits, `-` or `_`
validate-duplicate-id = duplicate id `{ $id }` in `{ $list }`
validate-duplicate-id-help = ids must be unique: rename one
validate-negative-delay = a delay cannot be negative
validate-use-zero-or-more = use 0 or more
validate-min-over-max = `min` ({ $min }s) is greater than `max` ({ $max }s)
validate-min-over-max-help = swap them
validate-mode-outside = `mode` must lie between `min` and `max`
validate-negative-duration = a duration cannot be negative ({ $value })
validate-bad-probability = a probability must be between 0 and 1, found { $value }
validate-bad-probability-help = write e.g. 0.8 for 80 %
validate-bad-percentage = a percentage must be 0 to 100, found { $value }
validate-bad-difficulty = difficulty must be 1 to 5, found { $value }

## Structure
validate-legs-not-100 = leg percentages add up to { $sum }, not 100
validate-cash-out-rule = `{ $account }` is a cash-out account: money there is gone, the rule never runs
validate-laundering-loop = laundering rules move money round in a loop: { $cycle }
validate-effect-wrong-target = this effect does not apply to a { $target } target
validate-ends-before-verdict-help = set `ends` to at least { $verdict }
validate-missing-line = reference line `{ $line }` is missing
validate-line-refused = reference line `{ $line }`, action { $n } at { $at }: the rules refuse it on play (seed { $seed })

## Translations
validate-missing-locale = no locale folder `locales/{ $lang }/`
validate-missing-locale-help = create locales/{ $lang }/{ $case }.ftl
validate-missing-message = message `{ $id }` is missing in { $lang }
validate-missing-message-help = add `{ $id } = …` to locales/{ $lang }/{ $case }.ftl
validate-missing-engine-message = engine message `{ $id }` is missing in { $lang }
validate-missing-engine-message-help = add `{ $id } = …` to { $file }
validate-unused-message = message `{ $id }` is defined but nothing in case `{ $case }` uses it
validate-unused-message-help = remove it, use it in scenarios/{ $case }.ron, or if it is intentional add to the case: allow: [(lint: "unused-message", id: "{ $id }", reason: "…")]
validate-untranslated-message = message `{ $id }` is marked `TODO translate` in { $lang }, a language the case declares
validate-untranslated-message-help = translate it and remove the comment, or take `{ $lang }` out of the case's `languages` until it is done

## Semantic lints
validate-unreachable-inject-at = inject `{ $id }` fires at { $at }, after the case closes
validate-unreachable-inject-when = inject `{ $id }` can never fire: its trigger needs something no play reaches
validate-inert-decision = whatever the trainee chooses at inject `{ $id }`, nothing changes: no choice has effects and no condition reads one
validate-unreachable-choice = choice `{ $id }` can never be taken: the deadline is 0, so the default is taken at once
validate-unused-account = account `{ $id }`: no payment or laundering rule touches it and it holds no money
validate-unreachable-account = no money ever reaches account `{ $id }`
validate-unreachable-evidence = no path produces evidence item `{ $id }`
validate-unset-flag = flag `{ $id }` is never set: no reachable effect does SetFlag("{ $id }")
validate-unreachable-criterion = criterion `{ $id }` always scores 0: { $why }
validate-unreachable-debrief = debrief text `{ $id }` is never shown: its condition needs something no play reaches
validate-never-succeeds-channel = channel `{ $id }` never succeeds (success: 0)
validate-never-succeeds-service = service `{ $id }` never succeeds (success: 0)
validate-duplicate-band = two grade bands start at { $min }: only one can ever be given
validate-allow-help = { $help }; if it is intentional, add to the case: allow: [(lint: "{ $code }", id: "{ $id }", reason: "…")]

## allow entries
validate-unknown-lint = unknown lint `{ $lint }`
validate-unknown-lint-help = name a code as `validate` or `explore` prints it; scenarios/README.md section 8 lists them
validate-allow-without-reason = `allow` of `{ $lint }` gives no reason
validate-allow-without-reason-help = say why it is intentional, for the next author
validate-unused-allow-id = nothing to allow: no `{ $lint }` warning about `{ $id }`
validate-unused-allow = nothing to allow: no `{ $lint }` warning
validate-unused-allow-help = remove the entry (only warnings can be allowed; errors must be fixed)

## Fixed texts
validate-no-languages = a case needs at least one language
validate-no-languages-help = e.g. languages: ["zh-CN", "en-US"]
validate-no-sources = no sources: cite where the case's rules and figures come from
validate-zero-payment = a payment of 0 does nothing
validate-amount-too-large = amount is implausibly large (over 10^12)
validate-empty-legs = a rule needs at least one leg
validate-legs-not-100-help = make the shares add up to 100
validate-rule-self-loop = a rule sends money back to the account it sweeps
validate-effect-wrong-target-help = change the service's `target` or the effect
validate-unlawful-method-free = an unlawful method costs no compliance
validate-unlawful-method-free-help = set `compliance:` to the points it costs
validate-untitled-source = source `{ $source }` has no `title`: trainees would see its citation as written, in whatever language it is in
validate-untitled-source-help = add `title: "<case>-src-<id>"` and name the source in every language of the case (the `note` is for authors and is never shown)
validate-default-without-deadline = a default choice without a `deadline` is never taken
validate-deadline-without-default = a deadline needs a `default` choice
validate-phase-order = phases must be in time order
validate-trial-order = the verdict must come after the trial opens, and both after the report
validate-review-after-trial = the procuratorate's review must come after the report and before the trial opens
validate-review-after-trial-help = set `trial.review.at` before the trial opens ({ $opens })
validate-no-arrest-rule = an approved arrest is required, but the case has no `measures.arrest` rule, or the service does not target a suspect
validate-no-arrest-rule-help = add `arrest: (approval: …, source: …)` to `measures`, and require it only on services that target suspects
validate-share-range = a returned share is a percentage: at most 100
validate-ends-before-verdict = the case must close after the verdict
validate-empty-proof-link = a proof link needs at least one item
validate-zero-weights = the criteria's weights add up to 0
validate-zero-weights-help = give each criterion a weight, e.g. 10 to 40
validate-weight-too-large = weight over 1000: use relative weights such as 10–40
validate-no-bands = no grade bands
validate-no-bands-help = add e.g. Band(min: 0, grade: "F", name: "grade-f")
validate-no-zero-band = no band starts at 0: a low score would have no grade
validate-band-range = a band's minimum must be 0 to 100
validate-missing-line-help = every case has expert, passive and reckless lines
validate-laundering-dead-end-help = money must end in an account with no rule, or a cash-out account

## How to fix a warning
validate-unreachable-inject-at-help = fire it before `ends`
validate-unreachable-inject-when-help = check the flags, evidence, injects or accounts its `When` condition needs
validate-inert-decision-help = give a choice effects, or read it with Chose(inject: …, choice: …) in a rule, debrief or criterion
validate-unreachable-choice-help = give the trainee time with a `deadline` above 0
validate-unused-account-help = send money to it in a payment or a rule's legs, or remove it
validate-statement-unreachable-help = add an `analysis` section (home accounts and wallets can be queried), or a channel reaching its country with a service whose effects include Statement
validate-unused-fact-help = list it in a `draft: (needs: [...])` rule, or remove it
validate-unused-basis-help = list it in a `draft: (bases: [...])` rule, or remove it
validate-unreachable-account-help = add a payment or a rule leg that leads to it
validate-unreachable-evidence-help = give it `initially`, a collection method, a channel that obtains it where it is held, or a GiveEvidence effect
validate-unset-flag-help = set it in an inject, choice, service or tip-off effect, or remove it
validate-unreachable-criterion-help = change its measure, or the content it needs
validate-unreachable-debrief-help = check the flags, evidence, injects or accounts it needs
validate-never-succeeds-channel-help = give it a chance above 0, e.g. 0.6
validate-never-succeeds-service-help = give it a chance above 0, or remove the override
validate-duplicate-band-help = give each band its own minimum

## Why a criterion always scores 0
validate-why-condition = its condition needs something no play reaches
validate-why-no-suspects = the case has no suspects
validate-why-no-identified = no suspect can be identified
validate-why-no-evidence = no evidence item can reach the case file
validate-why-no-conviction = a proof link has no item any play can produce, or no suspect can be in custody
validate-why-no-payment = the victim pays nothing
