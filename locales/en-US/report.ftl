# Golden Hour: `goldenhour grade` (terminal, gradebook, xAPI) and the HTML debrief (en-US).

## Why a record is not accepted
grade-why-unreadable = not a readable record: { $error }
grade-why-no-scenario = no case with id “{ $id }” was found (bundled cases, --scenarios folders)
grade-why-scenario-changed = case { $id } changed since the record was made (record hash { $recorded }…, { $file } has { $found }…)
grade-why-refused = action { $n } at { $at } refused on replay: { $why }
grade-why-score = stored score { $stored }, replay gives { $replayed }
grade-why-criterion = criterion “{ $criterion }”: stored { $stored } points, replay gives { $replayed }
grade-why-grade = stored grade { $stored }, replay gives { $replayed }
grade-why-criterion-value = criterion “{ $criterion }”: same points, but the stored result is { $stored } and the replay gives { $replayed }
grade-why-grade-name = same grade, but the stored grade name is “{ $stored }” and the replay gives “{ $replayed }”
grade-why-facts = stored outcome says { $field } = { $stored }, replay gives { $replayed }
grade-why-debrief = the stored debrief findings differ from the replay
grade-why-outcome = the stored outcome differs from the replay (criteria, weights or grade names)
grade-why-halted = the replay stopped: { $why }
grade-why-no-close = the replay did not reach the close of the case
grade-why-field = field “{ $field }” = { $value }: { $problem }
grade-why-action-field = action { $n }, field “{ $field }” = { $value }: { $problem }

## What is wrong with a field of a record
grade-field-not-wall-time = not a UTC wall time written like 2026-11-21T17:56:04Z
grade-field-wall-out-of-range = outside 2000-01-01 to a day from now
grade-field-wall-backwards = earlier than the wall time of an action before it
grade-field-not-class-code = not a class code (GH- and four letters or digits)
grade-field-code-not-seed = the class code stands for another seed than the record's
grade-field-exam-without-code = an exam record needs the class code its seed was taken from
grade-field-unknown-locale = a language this build has no messages for
grade-field-abandoned-and-closed = a closed case cannot also be abandoned
grade-field-sim-time-range = a sim time lies between 0 and 100 years
grade-field-bad-id = an id has 1 to 200 characters and no control characters
grade-field-not-hash = not a SHA-256 hash (64 lowercase hex digits)

## Terminal
grade-verified = verified
grade-unfinished = unfinished (no outcome yet): not graded
grade-rejected = REJECTED: { $why }
grade-anonymous = (no trainee id)
grade-no-records = no record files given (files or folders of *.json)
grade-summary-counts = { $verified } verified, { $unfinished } unfinished, { $rejected } rejected; mean score { $mean }
grade-summary-distribution = Score distribution
grade-summary-criteria = Mean points per criterion
grade-summary-mistakes = Most common findings
grade-mistake-criterion = earned nothing on “{ $criterion }”
grade-wrote = wrote { $file }
grade-csv-skipped = { $file }: no trainee or team id, left out of the gradebook
grade-skipped = { $file }: skipped ({ $why })
grade-skip-broken-link = a link to a missing file, or a loop of links
grade-skip-not-file = not a regular file
grade-skip-class-file = the class file of a class folder, not a record
grade-skip-unreadable = cannot be read
grade-csv-feedback-column = { $item } (Feedback)
grade-csv-not-in-roster = { $id }: not in the roster, left out of the gradebook (Moodle stops a whole import at a user it cannot find)
grade-csv-no-record = { $id }: in the roster, but no verified record: no grade to import (listed in the workbook as "no record")
xlsx-no-record = no record
grade-lrs-in-clear = warning: { $url } is plain http:// to another machine: the LRS credentials cross the network unencrypted. Use https:// unless the network is the academy's own.
grade-csv-no-roster = no --roster: the gradebook has no names or email addresses; in Moodle map users from “ID number” to “ID number”, and every id must be a Moodle user's ID number
grade-csv-no-email = { $id }: no email address in the roster; map users in Moodle by “ID number”, not by email address
grade-csv-criterion-max = Moodle: set the maximum grade of the item “{ $item }” to { $max }
grade-lrs-report = LRS: { $statements } statements ({ $queued } from the queue) in { $batches } accepted { $batches ->
        [one] batch
       *[other] batches
    }: { $stored } stored now, { $already } already there
grade-lrs-queued = { $count } statements kept in { $dir }, to be sent by a later run with --lrs and --lrs-queue
grade-lrs-unsent = { $count } statements not delivered: grade again with --lrs, or keep them with --lrs-queue DIR
grade-lrs-unreachable = the LRS was not reached: { $why }
grade-lrs-refused = the LRS refused a batch: { $status } { $body }
grade-lrs-unexpected = the LRS gave an answer xAPI does not foresee: { $what }
grade-lrs-bad-url = --lrs needs the http:// or https:// address of the LRS's xAPI endpoint, not “{ $url }”
grade-lrs-bad-auth = { $source }: LRS credentials must be user:password, or an Authorization value starting with “Basic ” or “Bearer ”
xlsx-sheet-totals = Totals
xlsx-sheet-criteria = Criteria
xlsx-col-id = Student id
xlsx-col-name = Name
xlsx-col-case = Case
xlsx-col-score = Score
xlsx-col-band = Grade band
xlsx-col-standing = Witnessed or self-submitted
xlsx-col-criterion = Criterion
xlsx-col-points = Points
xlsx-col-max = Maximum

## xAPI verb names
xapi-verb-completed = completed
xapi-verb-passed = passed
xapi-verb-failed = failed
xapi-verb-interacted = interacted

## HTML debrief
report-title = Debrief: { $case }
report-trainee = Trainee or team
report-team = Team
report-anonymous = not named
report-seed = Seed
report-mode = Mode
report-mode-practice = practice
report-mode-exam = exam
report-mode-scripted = scripted run
report-actions = Actions
report-unfinished = Unfinished: the case was not closed
report-scores = Score by criterion
report-criterion = Criterion
report-weight = Weight
report-achieved = Achieved
report-points = Points
report-total = Total
report-timeline = Money still recoverable over time
report-timeline-note = Money returned to the victim plus money still sitting in accounts that were not cashed out, over sim time (square-root scale). The dashed line is the case's expert line on the same seed.
report-legend-run = This run
report-legend-expert = Expert line, same seed
report-flow = Where the money went
report-flow-note = Accounts by jurisdiction, at the close of the case. Arrows are the money moved between accounts (thicker is more); each box shows the final balance.
report-flow-blocked = held or frozen
report-flow-cashed = cashed out
report-flow-free = free, not secured
report-flow-victim = victim
report-flow-empty = emptied
report-decisions = Decision log
report-col-time = Sim time
report-col-action = Action
report-col-consequences = What the engine did at once
report-refused = Refused
report-court = The court
report-procuratorate = The procuratorate
report-no-consequence = (effects come later, as the clock runs)
report-no-actions = No actions were taken.
report-debrief = Debrief
report-source = Source
report-footer = Golden Hour { $version } · case { $case } · case file SHA-256 { $hash }… · every figure on this page was recomputed by replaying the record.
report-index-title = Golden Hour: class results
report-col-record = Record
report-case = Case
report-grade = Grade
report-status = Verification
report-status-verified = verified
report-status-unfinished = unfinished
report-status-rejected = rejected

## Witnessed records and plausibility
grade-why-tampered = changed after the classroom host signed it (fields: { $fields })
grade-why-tampered-unknown = the classroom host's signature does not match the record: changed after signing, or the signature is damaged
grade-why-untrusted-key = signed by host key { $key }, which is not trusted here (pass the host's .pub file with --trust)
grade-why-not-witnessed = no trusted classroom host witnessed this record (--require-witnessed)
grade-standing-witnessed = witnessed (host { $key })
grade-standing-self-submitted = self-submitted
grade-standing-unknown = standing unknown
grade-flag-scripted = played from a script (goldenhour play), not by a person: never an exam record
grade-flag-unwitnessed-exam = says it is an exam, but no classroom host witnessed it
grade-flag-no-wall-times = { $n } actions carry no wall-clock time
grade-flag-too-fast = actions { $secs } s apart on average: faster than a person acts (at least { $min } s)
grade-flag-same-as-line = the same actions at the same times as the reference line “{ $line }”
grade-summary-standing = of the verified: { $witnessed } witnessed, { $self } self-submitted ({ $flagged } with flags)

report-drafts = Requests as drafted
report-col-request = Request
report-col-draft = Draft and what the receiving side found
report-draft-facts = Facts stated
report-draft-basis = Legal basis
report-draft-attach = Attached
