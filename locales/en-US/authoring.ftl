# Authoring tools: `goldenhour validate`, `goldenhour new` and `goldenhour explore`.
# Numbers arrive already formatted ($score "88.1", $pct "100").

## validate

validate-ok = { $file }: ok ({ $case })
validate-problems = { $file }: { $errors } error(s), { $warnings } warning(s)
validate-summary = { $errors } error(s), { $warnings } warning(s)
validate-summary-denied = { $errors } error(s), { $warnings } warning(s); --deny-warnings makes warnings fail
validate-coverage-title = Translation coverage (messages translated / needed)
validate-coverage-case = case
validate-coverage-allowed = (allowed: { $reason })
validate-cannot-list = { $dir }: cannot list the cases ({ $error })
validate-no-files = no cases to check: { $dir } has no .ron files; name a case file, or run this in a case folder

## new

new-created = Created { $file }
new-next = Next: edit the files, then run `goldenhour validate { $file }` and `goldenhour explore { $file } --runs 1000`.
new-exists = { $file } already exists: nothing was written. Choose another id or remove the file.
new-bad-id = `{ $id }` cannot be a case id: use lower-case ASCII letters, digits and single hyphens, starting with a letter (for example `thai-hold-2`), at most 48 characters.
new-no-locales = { $dir }: no locale folders found; create locales/zh-CN/ first.
new-cannot-write = { $file }: cannot write ({ $error }); the files this run wrote were removed.

## explore

explore-title = { $case } — { $runs } random playthroughs, seed { $seed }
explore-stats = Scores: min { $min } · 10th percentile { $p10 } · median { $median } · mean { $mean } · 90th percentile { $p90 } · max { $max }
explore-histogram = Score distribution (random play; ◀ marks a reference line's mean)
explore-lines = Reference lines (mean of { $seeds } seeds)
explore-line = { $name }: { $mean } (grade { $grade }; { $min } to { $max })
explore-coverage = Content coverage (random play and reference lines)
explore-kind-injects = injects
explore-kind-choices = choices
explore-kind-evidence = evidence items
explore-kind-debrief = debrief texts
explore-reached = { $kind }: { $reached } of { $total } reached
explore-unreached-inject = inject `{ $id }` never fired
explore-unreached-choice = choice `{ $id }` was never taken
explore-unreached-evidence = evidence item `{ $id }` never reached the case file
explore-unreached-debrief = debrief text `{ $id }` was never shown
explore-unreached-help = help: check its trigger or condition, or mark it intentional in the case: allow: [(lint: "{ $code }", id: "{ $id }", reason: "…")]
explore-allowed = allowed
explore-all-reached = Every inject, choice, evidence item and debrief text was reached.
explore-separation = Separation
explore-expert-not-top-decile = the expert line scores { $expert }, below the top decile of random play (90th percentile { $p90 }): random play does as well as the reference
explore-passive-near-expert = the passive line scores { $passive }, within 30 points of expert ({ $expert }): doing nothing is not punished enough
explore-separates = The scores separate good play from bad: expert { $expert } is in the top decile (90th percentile { $p90 }), passive { $passive } is { $gap } points below expert.
explore-no-lines = The case has no expert and passive lines to compare.
explore-warnings = { $count } warning(s)
explore-progress = playthroughs
explore-html-written = Report written to { $file }
explore-html-title = Exploring { $case }
explore-html-histogram = Score distribution (random play; dashed lines mark the reference lines' means)
explore-html-axis-score = score
explore-html-axis-runs = runs
explore-html-column-content = content
explore-html-column-runs = runs reached
explore-html-column-kind = kind
