# Tutorial (scenarios/tutorial.ron): the controls and the three decisions, in about ten minutes.
# Button names are quoted as the English interface shows them (locales/en-US/ui.ftl).

## The case

tut-title = Tutorial: your first ten minutes
tut-summary = Start here. A short, forgiving case that teaches the controls (the clock, the map, the panels, the events feed) and the three decisions of every case: when to stop or freeze money, which channel to use abroad, and how to obtain evidence a court will admit. An instructor guides you step by step.
tut-obj-controls = Run, pause, speed up and skip the clock; read the map, the panels and the events feed; find out why a button is greyed out.
tut-obj-freeze = Freeze timing: stop the money that is still at home in time, then freeze it and return it.
tut-obj-channels = Channel choice: hold a foreign account quickly through INTERPOL, then follow up formally.
tut-obj-evidence = Evidence admissibility: preserve electronic data; know an informal copy from material whose provenance is accounted for.

## Report and what is known

tut-statement = Statement of the victim, Ms Zhou: a man she met online, who called himself a ship's engineer, talked her into a "shipping investment". Yesterday she sent 30,000 yuan to a bank card in Vietnam. Fifteen minutes ago she sent another 50,000 yuan to a card in China that he gave her. Now he does not answer.
tut-known-transfers = Two transfer receipts: 30,000 yuan 20 hours ago to a Vietnamese bank card; 50,000 yuan 15 minutes ago to a domestic card (card A).
tut-known-abroad = The Vietnamese card is abroad: domestic measures cannot reach it.
tut-known-howto = This is a guided exercise. Click "Start operations": the instructor's first message is waiting for you.
tut-victim-name = Ms Zhou

## Places, institutions, accounts

tut-jur-cn = China
tut-jur-vn = Vietnam
tut-inst-cn-bank = A commercial bank in China
tut-inst-cn-pay = A third-party payment firm
tut-inst-cn-otc = A USDT dealer in China
tut-inst-vn-bank = A commercial bank in Ho Chi Minh City
tut-inst-vn-cash = Cash withdrawals in Vietnam
tut-acc-zhou = Ms Zhou's account
tut-acc-card-a = Card A (the card he gave her)
tut-acc-card-b = Card B (second layer, payment account)
tut-acc-cn-usdt = USDT dealer's account
tut-acc-vn-card = Vietnamese card (Ho Chi Minh City)
tut-acc-vn-cash-out = Cash withdrawals in Vietnam

## Measures and channels

tut-ground-case-filed = A criminal case has been filed
tut-ch-i247 = INTERPOL I-24/7 stop-payment
tut-ch-mla = Mutual legal assistance (Vietnam)
tut-ch-liaison = Police cooperation with Vietnam (liaison officer, Hanoi)
tut-ch-lm = Lancang-Mekong Integrated Law Enforcement and Security Cooperation Centre (Kunming)
tut-el-victim-report = The victim's report
tut-el-account-details = Account holder, number and amounts
tut-el-facts = Statement of facts
tut-el-translation = Vietnamese translation
tut-el-approval = Approval of the supervising authority
tut-sv-hold = Temporary hold on the foreign account
tut-sv-freeze = Urgent freeze
tut-sv-return = Return of the victim's money, with the court's decision
tut-sv-evidence = Bank records, formally (for court)
tut-sv-arrest = Arrest and hand over
tut-sv-records = Handover of the records through police cooperation

## Suspect and evidence

tut-sus-holder = The Vietnamese card's holder
tut-role-holder = Opened the card and collects the victims' money for the gang
tut-ev-statement = Ms Zhou's statement
tut-ev-chats = Chats on Ms Zhou's phone
tut-ev-vn-bank = Bank records of the Vietnamese card
tut-src-report = Record of the report interview
tut-src-phone = Ms Zhou's phone (copied at intake)
tut-src-online-banking = The Vietnamese bank's online banking (logged in with a password from the chats)
tut-who-duty-officer = The duty officer
tut-who-nobody = Nobody (no authorisation from Vietnam)
tut-m-remote-login = Log in to the card's online banking from here
tut-m-messenger-copy = Screenshot sent by messaging app by a Vietnamese officer (informal)
tut-src-messenger = A screenshot sent by messaging app
tut-who-vn-officer = A Vietnamese police officer, informally
tut-who-unknown = Unknown (no record of the extraction)

## The instructor's messages

tut-from-instructor = Instructor
tut-from-chief = Duty commander
tut-opt-continue = Continue
tut-inj-welcome = Welcome! This short case teaches the controls and the three decisions you will meet in every case.
    The clock: top left, T+00:00:00 is the moment Ms Zhou reported. It is paused now. "▶ Run" (or the Space bar) starts it and pauses it again. The buttons 1× to 3600× set its speed: at 60×, one real second is one minute of the case. "Next event" (or N) jumps straight to the next thing that will happen.
    While a decision like this one is open, the clock waits for you and "Next event" is greyed out. Click "Continue", then press "Next event".
tut-inj-map = The bank has answered your urgent inquiry: card A passed Ms Zhou's 50,000 yuan on, within a minute, to card B, a payment account.
    Look at the fund-flow map in the middle: it shows every account you know, grouped by country, and the money moving between them. Card B has just appeared.
    On the right, the "Events" feed lists everything that happens, newest first: the bank's answer is there too. Above the map, "Held or frozen", "Returned" and "Compliance" keep score as you play.
    Click card B on the map: the side panel opens its "Measures" tab. Then click "Continue" and "Next event".
tut-inj-stop = First decision: freeze timing. Card B still holds the 50,000 yuan, but the gang will move it on within a few hours.
    In the "Measures" tab for card B, click "Order stop-payment". An emergency stop-payment takes effect within minutes and lasts 48 hours.
    Leave card A alone: it is empty, and the gang watches it. A hold there would only tell them the police are on to them, and they would empty card B at once. Stop where the money is, not where it was.
    Then click "Continue" and let the clock run.
tut-inj-file-case = Ms Zhou's report is registered. A freeze needs a filed criminal case as its ground. File the case now?
tut-opt-file-now = File the case now
tut-opt-wait = Wait and check her story first
tut-inj-file-late = I have checked her story and filed the case: you can now ask for a freeze. (Two hours lost.)
tut-inj-hover = The stop-payment is in force: card B is marked STOP on the map and the money shows under "Held or frozen". But a stop-payment is only a bridge: it ends after 48 hours.
    Now look at the buttons in the "Measures" tab. Some are greyed out: "Return frozen funds" is, because card B is not frozen yet. Hover the mouse over a greyed-out button to read why. Every button that the rules do not allow yet explains itself this way.
    Next step: under "Freeze", tick the ground "A criminal case has been filed" and click "Ask for a freeze". Approval takes a few hours. (If the case is not filed yet, the freeze button is greyed out: hover over it.)
tut-inj-return = The freeze on card B is approved: it holds for six months. Now "Return frozen funds" is no longer greyed out. Click it: the bank returns the money to Ms Zhou within three days. That is the chain at home: stop-payment, freeze, return.
tut-inj-channels = Second decision: channel choice. Click the Vietnamese card on the map. Its domestic measures are greyed out (hover to see why): a Chinese stop-payment cannot reach a bank in Vietnam.
    Open the "Channels" tab and look at each channel's reach, speed and what it returns. Each request first goes up the chain (your unit, the provincial department, the Ministry) before it leaves: that time is included.
    INTERPOL I-24/7 stop-payment: hours to about a day; a temporary hold; only the victim's country may ask.
    Mutual legal assistance: months; formal; freezes, brings evidence a court can use, and returns money with the court's decision.
    Police cooperation through the liaison officer: the same day; the Vietnamese police can hand over evidence, usable in court once verified.
    The Lancang-Mekong centre: arrests and hand-overs in the region.
    Send an I-24/7 stop-payment for the Vietnamese card, with every content of the request ticked. Then "Continue".
tut-inj-evidence = Third decision: evidence. Open the "Evidence" tab. Click an item to see where it came from: source, who provided it and when, who extracted it and when. That is what a court will review.
    1. The chats on Ms Zhou's phone are electronic data and not preserved yet. Click "Preserve: blockchain record" (or hash): from now on, nobody can claim they were changed.
    2. Ask the liaison officer for the Vietnamese bank records ("Channels" tab): the Vietnamese police hand them over through the police-cooperation mechanism, with a covering record, within hours. Chinese rules admit such material once it is verified and you account for its source, provider, time and custody.
    You will also see two shortcuts. "Screenshot sent by messaging app" is an informal copy with no record of how it was obtained: it names the holder, but no court can verify it. "Log in to the card's online banking from here" is marked "unlawful abroad": gathering evidence abroad without authority costs compliance, and the court excludes what it yields. Leave both.
tut-inj-hold = Hanoi has placed the hold on the Vietnamese card, for 30 days, and the bank's confirmation names the card's holder. A hold is temporary: follow it now through mutual legal assistance with a request for an urgent freeze (weeks), and once the freeze is in force, a request to return the money: it comes back with the court's decision, after a conviction. Fast and temporary first, then slow and formal.
tut-inj-suspect = The card's holder is identified. Ask the Lancang-Mekong centre to arrest him and hand him over ("Channels" tab, choose the suspect as target). Without an accused in custody there is no trial.
tut-inj-tipped = The gang has noticed the police and is moving the money as fast as it can. A measure on the card they watch (card A) told them. Remember: stop where the money is.
tut-inj-skip = The golden hour is over. The rest of the case takes months: the foreign answers, the arrest, the trial on day 150. Do not wait in real time: press "Next event" to jump from one event to the next. The clock stops by itself when a decision comes up or the trial opens. The "Case file" button shows the briefing again at any time.
tut-inj-trial = Tomorrow the trial opens. The defence will challenge some items in the file, each for a reason. For each challenged item choose an answer: "explain" (account for its source and extraction), "supplement" (produce what cures the defect, for example the notarised copy of a document), "written explanation by two investigators" (for material the foreign police handed over with no record of how it was kept), or "withdraw" (take it out of the case). Each challenge shows which answers can cure it. Then click "Hear the ruling". A conviction needs admitted evidence for every link of the chain of proof, and an accused in custody.

## Phases and trial

tut-phase-golden-hour = The golden hour
tut-phase-abroad = Following the money abroad
tut-phase-trial = The trial
tut-chal-unlawful = the records were taken from a foreign bank's online banking without any authority.
tut-excl-unlawful = evidence gathered abroad without legal authority is excluded.
tut-chal-intel = this is a screenshot sent by messaging app: nothing shows who extracted it, when, from what, or how it was kept.
tut-excl-intel = an informal copy with no account of its source cannot be verified and cannot be a basis for the verdict.
tut-chal-unpreserved = the chats were copied with no hash value and no blockchain record; nothing shows they were not altered.
tut-excl-unpreserved = the integrity of the chats cannot be verified.
tut-chal-foreign = these records come from Vietnam: the prosecution must show their source, provider, and when and by whom they were extracted.
tut-excl-foreign = the provenance of the foreign records was not accounted for.
tut-proof-fraud = The fraud: the deception and Ms Zhou's payments
tut-proof-money = The money reached the card's holder

## Scoring

tut-cr-recovered = Money returned to Ms Zhou
tut-cr-convicted = Conviction
tut-cr-admitted = Evidence admitted
tut-cr-custody = Suspect brought back
tut-cr-compliance = Lawful conduct
tut-cr-not-tipped = Lesson: the watched card left alone
tut-cr-i247 = Lesson: INTERPOL asked in time
tut-cr-preserved = Lesson: the chats preserved
tut-band-a = Excellent
tut-band-b = Good
tut-band-c = Pass
tut-band-f = Fail

## Debrief

tut-db-controls = The controls, once more: Space runs and pauses the clock, + and − change its speed, N jumps to the next event. Click an account on the map to act on it; the tabs Measures, Channels and Evidence hold every action; the Events feed tells you what happened; a greyed-out button says why when you hover over it.
tut-db-stopped = Card B's 50,000 yuan never reached the USDT dealer: the stop-payment took effect before the gang's move. In a real case from Harbin (2016), police stopped payment 3 minutes after a report made 4 hours late, and RMB 130,000 was still there: stop at once.
tut-db-lost = Card B's money reached the USDT dealer and is gone. An emergency stop-payment takes effect within minutes; it has to be ordered before the gang moves the money.
tut-db-tipped = A measure on card A, the empty card the gang watched, told them the police were there; they hurried every move. This is "freeze or follow": stop where the money is, not where it was.
tut-db-filed-late = The case was not filed at once. A freeze needs a filed case as its ground and the approval of a county-level public security chief, which takes hours: file early.
tut-db-returned = Money came back to Ms Zhou: stop-payment (minutes, 48 hours), freeze (hours to approve, six months), return (within three working days).
tut-db-i247 = You used INTERPOL I-24/7 for the Vietnamese card: the quickest way to hold a foreign account, within hours to about a day, and only open to the police of the victim's country. Often the account is already empty: speed is everything.
tut-db-no-i247 = You did not ask INTERPOL to hold the Vietnamese card. Domestic measures cannot reach it; an I-24/7 stop-payment from the victim's country can hold it within hours to about a day.
tut-db-i247-no-mla = The I-24/7 hold was not followed by a formal request. A hold is temporary: without mutual legal assistance, the money moves on when it ends.
tut-db-mla = Mutual legal assistance brought the formal answers. It takes months (6 to 24 in a 2014 Council of Europe study; shortened here for the tutorial), and drafting, approval and translation take days before the request leaves: ask on the first day, with a complete request.
tut-db-money-abroad = The Vietnamese card was emptied before a hold reached it. An I-24/7 request must be sent at once: routing up the chain and the answer take hours, and the account is often already empty.
tut-db-preserved = The chats were preserved. A hash value recorded at extraction lets the court check their integrity; data that verifies against a blockchain record is presumed unaltered after it went on-chain (SPC Online Litigation Rules, Art. 16; in criminal cases by analogy only).
tut-db-unpreserved = The chats were never preserved, so the defence challenged them and the court could not verify them. Electronic data must be fixed when it is extracted: path, method, time, tools and hash values.
tut-db-intel-excluded = The bank records were excluded: the copy in the file was an informal screenshot with no account of its source, or was obtained unlawfully. Handed over through police cooperation or mutual legal assistance, the records would have been usable once their provenance was explained.
tut-db-formal-admitted = The bank records handed over through a cooperation channel were admitted: you explained where they came from when the defence challenged them. Material from police cooperation is usable once verified; for evidence from abroad the court reviews source, provider, time provided, extractor and time extracted.
tut-db-remote = You logged in to the Vietnamese online banking from here. Investigators have no authority to gather evidence abroad without legal authorisation: it cost compliance, and the court excluded the records.
tut-db-custody = The card's holder was arrested and handed over through the Lancang-Mekong centre, so there was an accused to try.
tut-db-no-custody = No suspect was brought back, so there could be no trial. For suspects in the Mekong region, the Lancang-Mekong centre organises arrests and hand-overs.
tut-db-convicted = Every link of the chain of proof had admitted evidence, and the accused was convicted. You are ready for the first case.
tut-db-not-convicted = No conviction: a link of the chain of proof had no admitted evidence, or there was no accused in custody. Replay the tutorial and follow the instructor's steps.

## Sources (as trainees see them)

tut-src-pboc-86 = PBoC and MPS notice on emergency stop-payment and rapid freezing, Yinfa [2016] No. 86
tut-src-mps-freeze = MPS Procedural Provisions on Handling Criminal Cases (freezing)
tut-src-cbrc-mps-12 = CBRC and MPS Provisions on Returning Frozen Funds in Telecom Fraud Cases (2016), Art. 12
tut-src-mps-30min = MPS rapid-response rule on telecom fraud reports (2016): account details entered within 30 minutes (Xinhua)
tut-src-harbin-2016 = Report by Sina Heilongjiang, 26 October 2016: stop-payment three minutes after a report
tut-src-freeze-or-follow = Financial-investigation teaching: "freeze or follow"
tut-src-interpol-igrip = INTERPOL I-24/7 stop-payment (I-GRIP, since 2022); report by CNA, 2024
tut-src-icja-2018 = International Criminal Judicial Assistance Law of the PRC (2018), Arts. 9, 10, 14 and 47–55
tut-src-tcy-2014 = Council of Europe, Cybercrime Convention Committee (T-CY), assessment report on mutual legal assistance (2014)
tut-src-opinion-2016 = SPC, SPP and MPS Opinions on Handling Telecom and Online Fraud Criminal Cases, Fafa [2016] No. 32, part 6; Opinions (II) (2021), Art. 14
tut-src-mla-emergency = China's implementing rules (trial) for incoming mutual legal assistance requests: emergency freezing
tut-src-lm-lecc = Lancang-Mekong Integrated Law Enforcement and Security Cooperation Centre (Kunming, 2017), operations of August–December 2024 (Xinhua)
tut-src-cpl-56 = Criminal Procedure Law of the PRC, Art. 56
tut-src-spc-405 = SPC Interpretation on the Application of the Criminal Procedure Law (2012), Art. 405
tut-src-spp-online-37 = SPP Provisions on Handling Online Crime Cases (2021), Art. 37
tut-src-spc-online-16 = SPC Online Litigation Rules (2021), Art. 16
tut-src-design-defaults = Training assumptions of the tutorial (delays, times, chances): not a legal source
