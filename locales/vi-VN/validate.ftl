# The diagnostics of `goldenhour validate`. Each message below is still in English: translate it and
# delete its `TODO translate` line.


## Reading the file
# TODO translate
validate-syntax = { $detail }
# TODO translate
validate-fluent-syntax = Fluent syntax error: { $detail }
# TODO translate
validate-fluent-syntax-help = a message is `id = text` on one line; continuation lines are indented; placeables are `{"{"} $name {"}"}`
# TODO translate
validate-cannot-read = cannot read: { $error }
# TODO translate
validate-not-utf8 = not UTF-8 text: save the file as UTF-8

## References, ids and ranges
# TODO translate
validate-unknown-ref = unknown { $what } `{ $id }`
# TODO translate
validate-unknown-ref-help = define { $what } `{ $id }` first, or use one of: { $known }
# TODO translate
validate-did-you-mean = did you mean `{ $name }`?
# TODO translate
validate-kind-account = account
# TODO translate
validate-kind-channel = channel
# TODO translate
validate-kind-choice = choice
# TODO translate
validate-kind-evidence-item = evidence item
# TODO translate
validate-kind-flag = flag
# TODO translate
validate-kind-ground = ground
# TODO translate
validate-kind-inject = inject
# TODO translate
validate-kind-institution = institution
# TODO translate
validate-kind-jurisdiction = jurisdiction
# TODO translate
validate-kind-lint = lint
# TODO translate
validate-kind-method = method
# TODO translate
validate-kind-optional-inject = optional inject
# TODO translate
validate-kind-payment = payment
# TODO translate
validate-kind-request-element = request element
# TODO translate
validate-kind-service = service
# TODO translate
validate-kind-source = source
# TODO translate
validate-kind-suspect = suspect
# TODO translate
validate-bad-id = id `{ $id }` must be non-empty ASCII letters, digits, `-` or `_`
# TODO translate
validate-duplicate-id = duplicate id `{ $id }` in `{ $list }`
# TODO translate
validate-duplicate-id-help = ids must be unique: rename one
# TODO translate
validate-negative-delay = a delay cannot be negative
# TODO translate
validate-use-zero-or-more = use 0 or more
# TODO translate
validate-min-over-max = `min` ({ $min }s) is greater than `max` ({ $max }s)
# TODO translate
validate-min-over-max-help = swap them
# TODO translate
validate-mode-outside = `mode` must lie between `min` and `max`
# TODO translate
validate-negative-duration = a duration cannot be negative ({ $value })
# TODO translate
validate-bad-probability = a probability must be between 0 and 1, found { $value }
# TODO translate
validate-bad-probability-help = write e.g. 0.8 for 80 %
# TODO translate
validate-bad-percentage = a percentage must be 0 to 100, found { $value }
# TODO translate
validate-bad-difficulty = difficulty must be 1 to 5, found { $value }

## Structure
# TODO translate
validate-legs-not-100 = leg percentages add up to { $sum }, not 100
# TODO translate
validate-cash-out-rule = `{ $account }` is a cash-out account: money there is gone, the rule never runs
# TODO translate
validate-laundering-loop = laundering rules move money round in a loop: { $cycle }
# TODO translate
validate-effect-wrong-target = this effect does not apply to a { $target } target
# TODO translate
validate-ends-before-verdict-help = set `ends` to at least { $verdict }
# TODO translate
validate-missing-line = reference line `{ $line }` is missing

## Translations
# TODO translate
validate-missing-locale = no locale folder `locales/{ $lang }/`
# TODO translate
validate-missing-locale-help = create locales/{ $lang }/{ $case }.ftl
# TODO translate
validate-missing-message = message `{ $id }` is missing in { $lang }
# TODO translate
validate-missing-message-help = add `{ $id } = …` to locales/{ $lang }/{ $case }.ftl
# TODO translate
validate-missing-engine-message = engine message `{ $id }` is missing in { $lang }
# TODO translate
validate-missing-engine-message-help = add `{ $id } = …` to { $file }
# TODO translate
validate-unused-message = message `{ $id }` is defined but nothing in case `{ $case }` uses it
# TODO translate
validate-unused-message-help = remove it, use it in scenarios/{ $case }.ron, or if it is intentional add to the case: allow: [(lint: "unused-message", id: "{ $id }", reason: "…")]
# TODO translate
validate-untranslated-message = message `{ $id }` is marked `TODO translate` in { $lang }, a language the case declares
# TODO translate
validate-untranslated-message-help = translate it and remove the comment, or take `{ $lang }` out of the case's `languages` until it is done

## Semantic lints
# TODO translate
validate-unreachable-inject-at = inject `{ $id }` fires at { $at }, after the case closes
# TODO translate
validate-unreachable-inject-when = inject `{ $id }` can never fire: its trigger needs something no play reaches
# TODO translate
validate-inert-decision = whatever the trainee chooses at inject `{ $id }`, nothing changes: no choice has effects and no condition reads one
# TODO translate
validate-unreachable-choice = choice `{ $id }` can never be taken: the deadline is 0, so the default is taken at once
# TODO translate
validate-unused-account = account `{ $id }`: no payment or laundering rule touches it and it holds no money
# TODO translate
validate-unreachable-account = no money ever reaches account `{ $id }`
# TODO translate
validate-unreachable-evidence = no path produces evidence item `{ $id }`
# TODO translate
validate-unset-flag = flag `{ $id }` is never set: no reachable effect does SetFlag("{ $id }")
# TODO translate
validate-unreachable-criterion = criterion `{ $id }` always scores 0: { $why }
# TODO translate
validate-unreachable-debrief = debrief text `{ $id }` is never shown: its condition needs something no play reaches
# TODO translate
validate-never-succeeds-channel = channel `{ $id }` never succeeds (success: 0)
# TODO translate
validate-never-succeeds-service = service `{ $id }` never succeeds (success: 0)
# TODO translate
validate-duplicate-band = two grade bands start at { $min }: only one can ever be given
# TODO translate
validate-allow-help = { $help }; if it is intentional, add to the case: allow: [(lint: "{ $code }", id: "{ $id }", reason: "…")]

## allow entries
# TODO translate
validate-unknown-lint = unknown lint `{ $lint }`
# TODO translate
validate-unknown-lint-help = name a code as `validate` or `explore` prints it; scenarios/README.md section 8 lists them
# TODO translate
validate-allow-without-reason = `allow` of `{ $lint }` gives no reason
# TODO translate
validate-allow-without-reason-help = say why it is intentional, for the next author
# TODO translate
validate-unused-allow-id = nothing to allow: no `{ $lint }` warning about `{ $id }`
# TODO translate
validate-unused-allow = nothing to allow: no `{ $lint }` warning
# TODO translate
validate-unused-allow-help = remove the entry (only warnings can be allowed; errors must be fixed)

## Fixed texts
# TODO translate
validate-no-languages = a case needs at least one language
# TODO translate
validate-no-languages-help = e.g. languages: ["zh-CN", "en-US"]
# TODO translate
validate-no-sources = no sources: cite where the case's rules and figures come from
# TODO translate
validate-zero-payment = a payment of 0 does nothing
# TODO translate
validate-amount-too-large = amount is implausibly large (over 10^12)
# TODO translate
validate-empty-legs = a rule needs at least one leg
# TODO translate
validate-legs-not-100-help = make the shares add up to 100
# TODO translate
validate-rule-self-loop = a rule sends money back to the account it sweeps
# TODO translate
validate-effect-wrong-target-help = change the service's `target` or the effect
# TODO translate
validate-unlawful-method-free = an unlawful method costs no compliance
# TODO translate
validate-unlawful-method-free-help = set `compliance:` to the points it costs
# TODO translate
validate-default-without-deadline = a default choice without a `deadline` is never taken
# TODO translate
validate-deadline-without-default = a deadline needs a `default` choice
# TODO translate
validate-phase-order = phases must be in time order
# TODO translate
validate-trial-order = the verdict must come after the trial opens, and both after the report
# TODO translate
validate-ends-before-verdict = the case must close after the verdict
# TODO translate
validate-empty-proof-link = a proof link needs at least one item
# TODO translate
validate-zero-weights = the criteria's weights add up to 0
# TODO translate
validate-zero-weights-help = give each criterion a weight, e.g. 10 to 40
# TODO translate
validate-weight-too-large = weight over 1000: use relative weights such as 10–40
# TODO translate
validate-no-bands = no grade bands
# TODO translate
validate-no-bands-help = add e.g. Band(min: 0, grade: "F", name: "grade-f")
# TODO translate
validate-no-zero-band = no band starts at 0: a low score would have no grade
# TODO translate
validate-band-range = a band's minimum must be 0 to 100
# TODO translate
validate-missing-line-help = every case has expert, passive and reckless lines
# TODO translate
validate-laundering-dead-end-help = money must end in an account with no rule, or a cash-out account

## How to fix a warning
# TODO translate
validate-unreachable-inject-at-help = fire it before `ends`
# TODO translate
validate-unreachable-inject-when-help = check the flags, evidence, injects or accounts its `When` condition needs
# TODO translate
validate-inert-decision-help = give a choice effects, or read it with Chose(inject: …, choice: …) in a rule, debrief or criterion
# TODO translate
validate-unreachable-choice-help = give the trainee time with a `deadline` above 0
# TODO translate
validate-unused-account-help = send money to it in a payment or a rule's legs, or remove it
# TODO translate
validate-unreachable-account-help = add a payment or a rule leg that leads to it
# TODO translate
validate-unreachable-evidence-help = give it `initially`, a collection method, a channel that obtains it where it is held, or a GiveEvidence effect
# TODO translate
validate-unset-flag-help = set it in an inject, choice, service or tip-off effect, or remove it
# TODO translate
validate-unreachable-criterion-help = change its measure, or the content it needs
# TODO translate
validate-unreachable-debrief-help = check the flags, evidence, injects or accounts it needs
# TODO translate
validate-never-succeeds-channel-help = give it a chance above 0, e.g. 0.6
# TODO translate
validate-never-succeeds-service-help = give it a chance above 0, or remove the override
# TODO translate
validate-duplicate-band-help = give each band its own minimum

## Why a criterion always scores 0
# TODO translate
validate-why-condition = its condition needs something no play reaches
# TODO translate
validate-why-no-suspects = the case has no suspects
# TODO translate
validate-why-no-identified = no suspect can be identified
# TODO translate
validate-why-no-evidence = no evidence item can reach the case file
# TODO translate
validate-why-no-conviction = a proof link has no item any play can produce, or no suspect can be in custody
# TODO translate
validate-why-no-payment = the victim pays nothing
