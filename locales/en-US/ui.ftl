# Golden Hour: every word of the desktop app's own interface (en-US).
# Case texts live in the case .ftl files; engine messages in engine.ftl.

ui-app-title = Golden Hour
ui-language-name = English
ui-language = Language
ui-bilingual = Bilingual drill
ui-bilingual-hint = Show the other language under each line
ui-menu = Menu
ui-menu-hint = Settings, saving and shortcuts (Esc)
ui-ui-scale = Interface scale
ui-ui-scale-hint = Larger text for the projector. Remembered on this computer.
ui-fullscreen = Full screen (F11)
ui-save-record = Save record
ui-close-case = Close case and return to the library
ui-quit = Quit
ui-close = Close
ui-shortcuts = Keyboard
ui-key-pause = Pause or resume the clock
ui-key-speed = Clock speed
ui-key-next = Skip to the next event
ui-key-save = Save the record
ui-key-fullscreen = Full screen
ui-key-tabs = The side panel's tabs, in order
ui-key-menu = Menu
ui-reload-failed = A case or text file has an error.
ui-reload-keeps-last = Until it is fixed, the last good version stays in use. Save the file again after fixing it.
ui-reloaded = Changes loaded
ui-save-failed = Could not save the record
ui-saved-to = Record saved to
ui-record-unwritten = The record cannot be written
ui-record-unwritten-kept = The clock is stopped. Nothing you did is lost: the run is kept in memory and is written as soon as the record can be saved. Write it to another folder, or free space and try again.
ui-record-other-folder = Write the record to this folder instead:
ui-record-write-here = Write it here
ui-record-retry = Try again
ui-unknown = (unknown)
ui-none = None
ui-minutes = min

## Library
ui-library-title = Case library
ui-library-hint = Pick a case, set who is playing, and open it.
ui-user-folder = Your own cases: put .ron files in
ui-library-empty = No cases found. Put case files (.ron) in the scenarios folder.
ui-library-pick = Select a case on the left.
ui-user-case = your folder
ui-case-broken = This case file has an error
ui-case-broken-hint = Fix the file; the library reloads it by itself.
ui-difficulty = Difficulty
ui-duration = Expected duration
ui-languages = Languages
ui-file = File
ui-objectives = Learning objectives
ui-session-setup = Session
ui-trainee-id = Trainee or team
ui-trainee-hint = e.g. 2024-031 or Team B
ui-mode = Mode
ui-mode-practice = Practice
ui-mode-exam = Exam
ui-mode-practice-hint = Practice: explore freely; the debrief explains every consequence.
ui-mode-exam-hint = Exam: the record is graded; every action is logged with its time. The class code fixes the case for everyone, and the reasons behind each rule are held back until the debrief.
ui-seed = Seed
ui-seed-hint = The same seed gives every team the same case.
ui-seed-invalid = Enter a whole number
ui-open-case = Open the case file

## Briefing
ui-briefing-kicker = CASE FILE
ui-victim = Victim
ui-total-paid = Reported loss
ui-statement = Victim's statement
ui-known = What is known
ui-rules-of-play = Before you start
ui-how-to-play = How the exercise works
ui-how-clock = The clock starts paused. Space runs and pauses it; + and − change its speed; N skips to the next event.
ui-how-map = The fund-flow map shows the accounts you know, by jurisdiction. Click one to act on it.
ui-how-actions = Buttons the rules do not allow yet are greyed out: hover over one to see why.
ui-how-record = Every action is saved to your record at once (Ctrl+S saves it again).
ui-back-to-library = Library
ui-start-operations = Start operations
ui-resume-operations = Back to operations
ui-go-trial = Go to the trial
ui-go-debrief = Go to the debrief

## Operations
ui-pause = Pause
ui-resume = Run
ui-next-event = Next event
ui-stat-paid = Paid by victim
ui-stat-recoverable = Still recoverable
ui-stat-secured = Held or frozen
ui-stat-returned = Returned
ui-stat-compliance = Compliance
ui-tipped-off = Gang tipped off
ui-case-file = Case file
ui-case-file-hint = Read the briefing again (the clock stays paused)
ui-tab-measures = Measures
ui-tab-channels = Channels
ui-tab-evidence = Evidence
ui-decision = DECISION
ui-decide-within = Decide within
ui-decision-clock-hint = The clock is paused while you decide; run it on and the deadline passes in sim time.
ui-map-empty = No accounts known yet.
ui-map-click-hint = Click to act on this account
ui-legend-victim = victim
ui-legend-held = held or frozen
ui-legend-cashout = cash-out point
ui-legend-recent = money moving now
ui-expires-in = expires in
ui-warn-hold = { $hold } on { $account } lapses in { $left }
ui-warn-decision = Decide within { $left }: { $from }
ui-tag-stop = STOP
ui-tag-freeze = FROZEN
ui-tag-foreign-hold = HELD ABROAD
ui-tag-foreign-freeze = FROZEN ABROAD
ui-tag-stop-pending = stop ordered
ui-tag-freeze-pending = freeze awaiting approval
ui-tag-return-pending = return under way
ui-tag-monitored = followed
ui-tag-cashout = cash-out
ui-ev-left-unknown = { $amount } left { $from } for an account you do not know yet

## Measures
ui-pick-account = Choose an account…
ui-measures-hint = Select an account on the map to order a stop-payment, ask for a freeze, follow the money or return funds.
ui-balance = Balance
ui-next-move = gang moves it in
ui-stop-payment = Emergency stop-payment
ui-lasts = lasts
ui-renewals-left = renewals left:
ui-order-stop = Order stop-payment
ui-renew-stop = Renew
ui-freeze = Freeze
ui-approval-takes = approval takes
ui-required = required
ui-ground-met = holds now
ui-ground-not-met = not yet established
ui-ask-freeze = Ask for a freeze
ui-awaiting-approval = awaiting approval
ui-follow = Follow the money
ui-follow-hint = Monitor the account: later transfers out of it are traced to where they go.
ui-start-follow = Follow this account
ui-return = Return to the victim
ui-return-takes = takes
ui-return-funds = Return frozen funds
ui-abroad-hint = This account is abroad: domestic measures cannot reach it. Use a channel.
ui-draft-request = Draft a request abroad

## Channels
ui-channel = Channel
ui-channel-hint = Choose a channel to see its reach, speed and what it needs.
ui-reach = Reaches
ui-response = Answer within
ui-success = Success rate
ui-weight = What it returns counts as
ui-weight-formal = formal evidence
ui-weight-intelligence = intelligence only
ui-weight-cooperation = police cooperation: usable once verified
ui-if-incomplete = If incomplete
ui-incomplete-reject = refused
ui-incomplete-delay = sent back, answer delayed by
ui-service = Service
ui-pick-target = Choose a target…
ui-elements = Contents of the request
ui-missing-elements = Missing required contents:
ui-send-request = Send request
ui-requests = Requests sent
ui-no-requests = No requests sent yet.
ui-requests-count = Requests sent: { $sent }{ $pending ->
    [0] {""}
   *[other] , { $pending } awaiting an answer
}
ui-status-pending = pending
ui-status-granted = granted
ui-status-refused = refused
ui-expected = answer expected
ui-sent = sent

## Evidence
ui-evidence-hint = Where each item came from decides whether it survives a challenge in court. Click an item for its provenance.
ui-in-file = in the case file
ui-not-in-file = not obtained
ui-collecting = being collected
ui-tainted = collected unlawfully
ui-unpreserved = not preserved
ui-prov-source = Source
ui-prov-provider = Provided by
ui-prov-provided = Time provided
ui-prov-extractor = Extracted by
ui-prov-extracted = Time extracted
ui-prov-channel = Channel or method
ui-prov-direct = direct
ui-prov-preservation = Preservation
ui-prov-held-in = Held in
ui-preserve-hash = Preserve: hash
ui-preserve-chain = Preserve: blockchain record
ui-collect = Collect:
ui-unlawful-warning = unlawful abroad
ui-kind-testimony = testimony
ui-kind-document = document
ui-kind-financial = financial record
ui-kind-electronic = electronic data
ui-kind-physical = physical

## Feed
ui-feed = Events
ui-feed-hint = newest first
ui-feed-empty = Nothing has happened yet.

## Trial
ui-trial-title = Trial
ui-trial-hint = The defence challenges some of your evidence. For each item, explain, supplement or withdraw it; then hear the court's ruling.
ui-trial-decided-hint = The court has ruled. Each decision is given with its reason.
ui-challenges = Challenges
ui-no-challenges = The defence raised no challenges.
ui-cured-by = Can be answered by:
ui-your-answer = Your answer:
ui-ruling-admitted = Admitted
ui-ruling-excluded = Excluded
ui-ruling-withdrawn = Withdrawn by the prosecution
ui-proof-chain = Chain of proof
ui-missing-link = No admitted evidence for:
ui-accused = Suspects
ui-in-custody = in custody
ui-arrested-abroad = arrested abroad
ui-identified = identified
ui-unidentified = not identified
ui-hear-ruling = Hear the ruling
ui-verdict-at = Verdict at
ui-verdict-convicted = Convicted
ui-verdict-not-convicted = No conviction

## Debrief
ui-debrief-title = Debrief
ui-score = Score
ui-expert-score = Expert line:
ui-debrief-lost = Where the points were lost
ui-admitted = admitted
ui-chart-title = Money still recoverable
ui-chart-hint = Money that could still be recovered (returned, or sitting in accounts not yet cashed out), your line against the expert line played with the same seed. Vertical marks are actions. Drag to pan; double-click to reset.
ui-chart-time = time after the report (logarithmic)
ui-chart-golden-hour = the golden hour
ui-chart-yours = You
ui-chart-expert = Expert
ui-chart-your-actions = your actions
ui-chart-expert-actions = expert actions
ui-final-map = Where the money ended
ui-consequences = What happened, and why
ui-expert-compare = Where the expert differed
ui-expert-hint = The expert line's actions, and when you took the same action.
ui-no-expert = This case has no expert line.
ui-expert-time = Time
ui-expert-did = Expert
ui-you = You
ui-you-same-time = same time
ui-you-later = later
ui-you-earlier = earlier
ui-you-never = never
ui-you-only = Your actions the expert did not take:

## Actions in words
ui-act-stop = Stop-payment on { $account }
ui-act-renew = Renew the stop-payment on { $account }
ui-act-freeze = Freeze { $account }
ui-act-return = Return funds from { $account }
ui-act-monitor = Follow { $account }
ui-act-seek-arrest = Apply for approval to arrest { $suspect }
ui-act-request = { $channel }: { $service } — { $target }
ui-act-collect = Collect { $item } ({ $method })
ui-act-preserve = Preserve { $item } ({ $how })
ui-act-choose = Decision: { $choice }
ui-act-answer = { $item }: { $answer }
ui-act-query = Query the statement of { $account }
ui-act-link = Link { $from } → { $to }
ui-act-translate = Have the message from { $from } translated
ui-act-task = { $task }
ui-renew-freeze = Renew the freeze
ui-act-renew-freeze = Renew the freeze on { $account }

## Exam mode, records, resuming, export
ui-class-code = Class code
ui-class-code-hint = The code your instructor gives the class (for example GH-4K7Q): everyone with it plays the same case.
ui-class-code-invalid = Not a class code: GH- and four letters or digits
ui-exam-needs-trainee = An exam needs your trainee or team id.
ui-exam-needs-class-code = An exam needs the class code from your instructor.
ui-exam-not-now = Not possible now. (Exam: reasons are given in the debrief.)
ui-read-only = Read-only
ui-read-only-hint = The case file has changed since this session was recorded: you can look at it, but not play on or change its record.
ui-read-only-refused = This session is open read-only: nothing can be done in it.
ui-unfinished-title = Unfinished sessions
ui-unfinished-hint = These sessions stopped before the debrief (the app was closed or the computer went down). Resume one where it stopped, or set it aside: its record is kept either way.
ui-unfinished-entry = { $case }, trainee { $trainee }, { $time } sim time, { $actions ->
    [one] 1 action
   *[other] { $actions } actions
}
ui-unfinished-no-trainee = (no id)
ui-unfinished-resume = Resume
ui-unfinished-read-only = Open read-only
ui-unfinished-discard = Do not resume
ui-unfinished-discard-hint = The record file is kept and marked abandoned; it is not offered again.
ui-unfinished-later = Later
ui-unfinished-unreadable = A file in the records folder cannot be read as a record:
ui-unfinished-case-changed = The case file has changed since this session was played: it cannot go on, only be looked at.
ui-unfinished-case-missing = The case this session was played on is not in the library.
ui-unfinished-finished = This session has already been closed or set aside.
ui-unfinished-refused = The record does not replay on this case: action { $n } at { $at } is refused.
ui-export-record = Export record…
ui-export-to = to folder
ui-exported-to = Record exported to
ui-export-failed = Could not export the record
ui-open-report = Open report
ui-open-report-hint = Write this debrief as a printable web page (the same one grading produces) and open it in the browser.
ui-report-opened = Report written to
ui-report-failed = Could not open the report

# The suspects, under the channels: status and the application for approval to arrest.
ui-suspects = Suspects
ui-suspect-unknown = not identified yet
ui-suspect-located = located: { $place }
ui-suspect-arrested = arrested abroad
ui-suspect-in-custody = in custody at home
ui-suspect-arrest-pending = arrest approval pending
ui-suspect-arrest-approved = arrest approved
ui-seek-arrest = Apply for arrest approval

## The instructor's guidance dock, durations and sim days

ui-guide-message = MESSAGE
ui-guide-more = { $n } more waiting
ui-guide-done = ✓ done: this stays here until the next message
ui-guide-continue-hint = Doing what the message asks, running the clock or "Next event" also moves on.
ui-guide-chose = You chose: { $choice }
time-span-d = { $n }d
time-span-h = { $n }h
time-span-m = { $n }m
time-span-s = { $n }s
time-span-sep = { " " }
time-day-after = D+{ $d } { $hm }
time-day-before = D-{ $d } { $hm }
ui-incomplete-no-delay = no effect: this channel asks for no set contents
ui-tag-request-pending = request sent
ui-class-reveal-confirm = The class will see the gang's hidden accounts and moves on the projector. Reveal now?
ui-class-reveal-yes = Yes, reveal to the class
ui-class-reveal-no = Cancel
ui-class-code-placeholder = for example GH-4K7Q
ui-class-code-letters = Not a class code: GH- and four characters from 0–9 and A–Z, without U (I and L read as 1, O as 0)
ui-debrief-of-which-returned = of which returned to the victim { $amount }
ui-trial-provenance = Where this item came from
ui-chart-hint-markers = Money that could still be recovered (returned, or sitting in accounts not yet cashed out): your line (gold) against the expert line played with the same seed (blue, dashed). Dots mark your decisions, squares the expert's; hover one to read it. Drag to pan; double-click to reset.

## Analysis, drafts, foreign-language messages and tasks
ui-tab-analysis = Analysis
ui-tab-tasks = Tasks
ui-analysis = Statements and links
ui-analysis-hint = Query a statement, read who the money went to, and link the next account: only what you link goes on the map. A wrong link costs the analyst hours.
ui-analyst-busy = The analyst is busy until
ui-query = Query a statement
ui-read-statement = Read
ui-stmt-title = Statement
ui-statement-empty = No movements on this statement.
ui-link = Link as the next account
ui-link-checking = being checked
ui-linked = linked
ui-tasks = Tasks: the victim and her family
ui-task-done = done
ui-draft-facts = Facts the request states
ui-draft-in-file = in the file
ui-draft-basis = Legal basis
ui-draft-pick-basis = Choose a legal basis…
ui-draft-attach = Attachments from the case file
ui-foreign-language = foreign language
ui-translate = Have it translated
ui-translation-due = Translation expected by { $at }.
ui-debrief-drafts = Requests as drafted
ui-draft-accepted = accepted as drafted
ui-task-under-way = under way
# An amount of money: `$amount` is already grouped, `$currency` the case's code (CNY, USD…).
ui-money = { $amount } { $currency }
# A currency's name on a chart's axis.
ui-currency = { $currency }

## Help (F1) and the glossary. `gloss-<id>-match`: the spellings in this language that call
## the entry up on hover, separated by `|`.
ui-help = Help
ui-glossary = Glossary
ui-key-help = Help: keys and glossary
ui-key-console = Instructor's console (classroom)
gloss-i247-term = I-24/7
gloss-i247 = INTERPOL's secure police network linking the National Central Bureaus of every member country; urgent requests such as holding a foreign account travel on it within hours.
gloss-i247-match = I-24/7
gloss-igrip-term = I-GRIP
gloss-igrip = INTERPOL's Global Rapid Intervention of Payments: a member country asks another, through I-24/7, to stop payment on the proceeds of a fraud at once, before formal assistance follows.
gloss-igrip-match = I-GRIP
gloss-paofen-term = Running points (跑分)
gloss-paofen = Platforms that rent ordinary people's bank and payment accounts to the gangs, paying a commission for every sum that runs through them; the account holders are often students or jobseekers.
gloss-paofen-match = running-points|running points|跑分
gloss-bridge-card-term = Bridge card (过桥卡)
gloss-bridge-card = An account the money only passes through, between the victim's payment and the next layer, to break the trail; it is emptied within minutes.
gloss-bridge-card-match = bridge card|过桥卡
gloss-mla-term = MLA (mutual legal assistance)
gloss-mla = A formal request from one state to another, under a treaty or on reciprocity, through the central authorities: slow (months), but what it returns is evidence a court admits, and it can freeze and return assets.
gloss-mla-match = MLA|mutual legal assistance
gloss-stop-payment-term = Stop-payment (紧急止付)
gloss-stop-payment = A fast domestic police order that holds the money in an account for 48 hours; it can be renewed a limited number of times and must be followed by a freeze.
gloss-stop-payment-match = stop-payment|stop payment
gloss-freeze-term = Freeze (冻结)
gloss-freeze = A formal freeze of an account: it needs grounds (a case filed) and approval, which take time, and it lasts months.
gloss-freeze-match = freeze
gloss-red-notice-term = Red notice
gloss-red-notice = INTERPOL's request to police worldwide to locate a wanted person and arrest them provisionally, pending extradition or surrender.
gloss-red-notice-match = red notice
gloss-golden-hour-term = The golden hour
gloss-golden-hour = The minutes after a fraud is reported in which the money is still in accounts the police can stop; after it, the gang has moved it abroad or cashed it out.
gloss-golden-hour-match = golden hour

## The notes pad (a tab of the operations screen).
ui-tab-notes = Notes
ui-notes-title = Your notes on this case
ui-notes-hint = Kept beside your record as you type, and back when the session is resumed.
ui-notes-placeholder = Leads, times, what to ask for next…
