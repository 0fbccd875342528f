# `goldenhour explore CASE --ablate`: the author's calibration report.
calibrate-title = { $case } — calibration of the expert line over seeds { $seeds }
calibrate-expert = Expert, graded against each seed's par: mean { $mean } · min { $min } · max { $max } (spread { $spread })
calibrate-raw = Expert, raw (each criterion against the case alone; the luck the case puts in): mean { $mean } · min { $min } · max { $max } (spread { $spread })
calibrate-passive = Passive: { $passive }, { $gap } points below expert
calibrate-actions = What each expert action is worth when left out (mean points lost, graded and raw) and, for a measure or request of the first day, taken an hour late (graded):
calibrate-legend = ○ worth under 2 points · · the same, allowed in the case · ▼ the line does better without it · – the only choice of an inject, not a decision; a decision is worth what its closest alternative loses
calibrate-alternatives = instead: { $list }
calibrate-ok = Calibrated: luck moves the expert little, every action counts, none hurts.
calibrate-warn-spread = the expert's score moves { $spread } points over the seeds (at most { $max }): luck decides the grade
calibrate-warn-top-band = the expert's mean { $mean } is below the top band's floor { $floor }
calibrate-warn-hurts = expert action { $position } hurts: the line scores { $points } raw points more without it
calibrate-warn-worth-nothing = expert actions { $positions } are worth under 2 points ({ $share } % of the line; at most { $max } %, each allowed with a reason: allow: [(lint: "action-worth-nothing", id: "12", reason: "…")])
calibrate-warn-refused = on seed { $seed } the rules refuse expert action { $position }: give it a `when` condition
calibrate-no-expert = the case has no expert line to calibrate
