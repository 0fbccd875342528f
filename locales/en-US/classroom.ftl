# Classroom mode: the instructor's console, the hidden truth, the class debrief, LAN links.

ui-act-fire = Instructor's event: { $inject }

class-team = Team
class-code = Class code
class-console-key = F2: instructor's console
class-link-online = connected
class-link-offline = offline (playing on; will catch up)
class-link-refused = not admitted

class-console-title = Instructor's console
class-console-teams = Team at the machine
class-console-clock = Clock
class-pause = Pause
class-resume = Resume
class-next-inject = Jump to the next event
class-console-injects = Optional events
class-no-injects = No optional events left to fire.
class-fire = Fire
class-reveal = Reveal what really happened
class-hide = Hide what really happened
class-console-notes = Notes for the debrief
class-note-hint = A note pinned to this moment…
class-pin-note = Pin
class-lan-hosting = Hosting on the local network at { $addr }
class-col-team = Team
class-col-link = Link
class-col-clock = Clock
class-col-returned = Returned
class-col-secured = Secured
class-col-score = Score
class-open-debrief = Class debrief

class-reveal-title = What really happened
class-reveal-tipped = The gang was tipped off at { $at }.
class-reveal-not-tipped = The gang has not been tipped off.
class-reveal-tripwires = A hold or freeze on these tips the gang off: { $accounts }
class-reveal-accounts = The gang's hidden accounts
class-reveal-found = found by the team
class-reveal-unseen = not yet found
class-reveal-flows = Where the money went
class-reveal-cashed-out = cashed out

class-debrief-title = Class debrief
class-debrief-scores = Score per criterion
class-debrief-total = Total
class-debrief-chart = Money still recoverable, team by team
class-debrief-divergences = Where the teams' decisions differed
class-debrief-no-divergence = All teams took the same decisions at about the same time.
class-debrief-notes = Instructor's notes
class-col-when = When
class-col-decision = Decision
class-div-taken = not every team did this
class-div-choice = the teams chose differently
class-div-timing = the same step, at very different times
class-not-taken = never
class-cli-title = class debrief of { $teams } teams
class-cli-host-key = host key { $key }; graders pass { $file } to grade --trust
class-cli-secrets = Team secrets (hand each team its own; a team PC joins with --secret):
class-refused-code = the class code does not match the instructor's
class-refused-case = this PC has another version of the case than the instructor's
class-refused-team = no such team in this class (teams: { $teams })
class-refused-secret = the team secret is wrong: type it as the instructor showed it
