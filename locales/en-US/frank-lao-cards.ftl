# "Frank" and the Lao cards (scenarios/frank-lao-cards.ron)
# Institutions are generic on purpose: no real bank names.

## The case

frank-title = "Frank" and the Lao Cards: stop-payment, recovery and evidence in a cross-border romance scam
frank-summary = Based on a real case from Zhengzhou, 2020, played with today's tools. Ms Ma has been courted online by "Frank", who says he is a US soldier, and has paid about RMB 1,000,000 in transfers: some into domestic money-mule cards, some straight onto Lao bank cards. You are the investigator who takes her report: stop, freeze or follow the money in the golden hour, choose the right channels abroad to recover it and bring the suspects back, and build a case file that survives the defence at trial.
frank-obj-golden-hour = Stop payment on the domestic accounts within the golden hour, then freeze and return the money lawfully.
frank-obj-freeze-or-follow = Weigh "freeze or follow": catch the money without alerting the gang too early.
frank-obj-foreign = Choose the right channel for the Lao accounts: INTERPOL I-24/7 stop-payment, mutual legal assistance, the liaison officer.
frank-obj-suspects = Identify the den manager, the technician and the chatter who played "Frank", and bring them back through international police cooperation.
frank-obj-evidence = Collect, preserve and obtain evidence lawfully, so that it is admissible at trial and not excluded.

## Report and what is known

frank-statement = Statement of the victim, Ms Ma: at the end of 2019 she met a man on a dating app who called himself Frank, a serving US soldier about to retire, who said he would come to China and marry her. He then asked her for money again and again: USD 7.5 million of his had been seized by customs and needed a clearance fee; he was in hospital and needed his bills paid; his daughter's school fees in Dubai were due. She has made six transfers, RMB 920,000 in all, some of them to Lao bank cards. Today he is pressing her for another "customs fee", and only now has she become suspicious and come to the police station.
frank-known-transfers = Six transfer receipts: RMB 150,000 21 days ago, RMB 120,000 13 days ago, RMB 200,000 6 days ago and RMB 180,000 3 hours ago, onto two Lao bank cards; RMB 200,000 50 minutes ago and RMB 70,000 12 minutes ago, onto one domestic card (a joint-stock commercial bank, Shenzhen).
frank-known-cards = The two Lao cards are foreign accounts: domestic stop-payment and freezing cannot reach them. The accounts behind the domestic card must be found by an urgent bank inquiry.
frank-known-wechat = Frank's WeChat account was registered with a Lao phone number; their chats are still on Ms Ma's phone.
frank-known-next-fee = He wants another RMB 80,000 "customs fee"; she says she will pay within half an hour.
frank-known-goip = Frank's calls showed a local Zhengzhou number: probably relayed through a GOIP box.
frank-victim-name = Ms Ma

## Places and institutions

frank-jur-cn = China
frank-jur-la = Laos
frank-jur-th = Thailand
frank-jur-vn = Vietnam
frank-jur-mm = Myanmar
frank-jur-kh = Cambodia
frank-inst-cn-sob-zz = A state-owned bank, Zhengzhou branch
frank-inst-cn-jsb-sz = A joint-stock commercial bank, Shenzhen branch
frank-inst-cn-rcb-gx = A rural commercial bank in Guangxi
frank-inst-cn-city-yn = A city commercial bank in Yunnan
frank-inst-cn-pay = A third-party payment firm
frank-inst-cn-otc = An over-the-counter USDT dealer in China
frank-inst-cn-atm = ATM withdrawals near the border
frank-inst-la-bank-vte = A commercial bank in Vientiane
frank-inst-la-bank-bokeo = A commercial bank in Bokeo province
frank-inst-la-otc = A USDT exchange desk in Vientiane
frank-inst-la-cash = Cash withdrawals in Laos

## Accounts

frank-acc-ma = Ms Ma's salary account
frank-acc-cn-mule-1 = Receiving card A (ending 4417, opened in Shenzhen)
frank-acc-cn-mule-2 = Second-layer card B (ending 0932, rented from a running-points platform)
frank-acc-cn-mule-3 = Second-layer card C (ending 7781, the gang's bridge card abroad)
frank-acc-cn-mule-4 = Third-layer payment account D (third-party payment)
frank-acc-cn-otc-usdt = Domestic USDT dealer's account
frank-acc-cn-atm-cash = ATM cash withdrawals near the border
frank-acc-lao-card-1 = Lao card 1 (Vientiane, ending 2208)
frank-acc-lao-card-2 = Lao card 2 (Bokeo, ending 5160)
frank-acc-lao-collector = Lao collector account (Vientiane)
frank-acc-la-usdt = Lao USDT exchange desk account
frank-acc-la-cash-out = Cash withdrawals in Laos

## Domestic measures

frank-ground-case-filed = A criminal case has been filed
frank-ground-fund-link = The account received the victim's money (fund-flow analysis)

## Channels abroad

frank-ch-mla = Mutual legal assistance (China–Laos treaty)
frank-ch-i247 = INTERPOL I-24/7 stop-payment (I-GRIP)
frank-ch-notices = INTERPOL notices
frank-ch-liaison = Police liaison officer
frank-ch-lm = Lancang-Mekong Integrated Law Enforcement and Security Cooperation Centre (Kunming)
frank-el-facts = Statement of facts
frank-el-legal-basis = Legal basis (offence and provisions)
frank-el-translation = Translation into the requested state's language
frank-el-target-details = Target details (account numbers, holders, banks, phone numbers)
frank-el-approval = Approval of the supervising authority
frank-el-dual-criminality = Dual-criminality statement
frank-el-victim-report = The victim's report
frank-el-identity = Identity particulars of the suspect
frank-el-warrant = Domestic arrest or detention warrant
frank-el-location = Known whereabouts
frank-sv-mla-freeze = Request an urgent freeze
frank-sv-mla-return = Request return of the victim's money
frank-sv-mla-evidence = Request evidence
frank-sv-i247-hold = Stop-payment (temporary hold on the foreign account)
frank-sv-blue = Blue notice (identity and whereabouts)
frank-sv-red = Red notice (locate and provisionally arrest)
frank-sv-liaison-trace = Trace the account's onward transfers (intelligence)
frank-sv-liaison-locate = Locate a suspect
frank-sv-liaison-copy = Informal copy of records (intelligence)
frank-sv-lm-joint-op = Joint operation: arrest and repatriation
frank-req-case-filed = No case filed yet: an INTERPOL notice needs a filed case and a domestic arrest or detention decision.

## Suspects

frank-sus-manager = Den manager "A-Qiang"
frank-role-manager = Runs the Vientiane den and controls the collector account
frank-sus-frank = The chatter who played "Frank"
frank-role-frank = Chats with victims from a script and asks them for money
frank-sus-technician = The technician
frank-role-technician = Runs the GOIP boxes and the chat server remotely from the Thai den

## Evidence

frank-ev-statement = The victim's statement
frank-ev-receipts = Transfer receipts
frank-ev-chat-logs = WeChat chat logs on the victim's phone
frank-ev-cn-bank = Domestic bank records
frank-ev-wechat = WeChat account registration and login data (from the platform)
frank-ev-goip = The seized GOIP box and its management log
frank-ev-lao-bank = Lao bank records
frank-ev-lao-sim = Lao SIM registration data
frank-ev-server = The gang's chat server data (Laos)
frank-ev-suspect-statement = Suspect's statement
frank-m-bank-notice = Evidence-collection notice to the banks
frank-m-platform-notice = Evidence-collection notice to the platform operator
frank-m-goip-seizure = Locate the GOIP box by its signal and seize it
frank-m-remote-extraction = Log in remotely to the server abroad and extract its data
frank-m-interrogation = Interrogation after repatriation (with full audio-video recording)
frank-src-report = Record of the report interview
frank-src-receipts = Online-banking receipts provided by the victim
frank-src-phone = The victim's phone (copied at intake)
frank-src-cn-banks = The banks' transaction records
frank-src-platform = The messaging platform's account data
frank-src-goip = On-site inspection and seizure
frank-src-server-remote = Server abroad (remote login)
frank-src-interrogation = Interrogation record with audio-video recording
frank-src-ncb-email = E-mail from NCB Vientiane
frank-who-ma = Ms Ma
frank-who-duty-officer = The duty officer
frank-who-cn-banks = The banks concerned
frank-who-case-unit = The case unit
frank-who-platform = The platform operator
frank-who-tech-unit = The cyber-security technical unit
frank-who-none = None (no authorisation from the host state)
frank-who-suspect = The suspect
frank-who-lao-ncb = INTERPOL NCB Vientiane

## Events and choices

frank-from-duty-chief = Duty commander
frank-from-bank-centre = Anti-fraud centre, bank desk
frank-from-ma = Ms Ma
frank-from-liaison = Police liaison officer in Vientiane
frank-from-lao-ncb = INTERPOL NCB Vientiane
frank-from-prosecutor = Procuratorate
frank-inj-file-case = Ms Ma's report is registered. File a criminal case now, or make a preliminary inquiry first? Freeze orders and evidence-collection notices can only be issued once a case is filed.
frank-opt-file-now = File the case now
frank-opt-verify-first = Make a preliminary inquiry first, then file
frank-inj-instant-inquiry = Urgent bank inquiry: receiving card A passes on every payment within seconds, 60 % to second-layer card B at a rural commercial bank in Guangxi and 40 % to second-layer card C at a city commercial bank in Yunnan. Both cards are now entered in the alert platform.
frank-inj-one-more-fee = Ms Ma calls: Frank has just written that customs want another RMB 80,000, and that once it is paid he can leave for China. She asks whether to pay; he is waiting for her answer.
frank-opt-keep-on-line = Tell her not to pay, but not to block him either: keep him waiting ("the bank queue is long")
frank-opt-block-frank = Tell her to stop at once, confront Frank and block him
frank-opt-let-pay = Let her pay, so that this money can be followed
frank-cmp-let-pay = Knowingly letting the victim pay a fraudster breaches the duty to protect her property.
frank-inj-den-moved = The liaison officer reports: according to a Lao police source, the Vientiane den moved out overnight and its manager has crossed into Myanmar with the chatter. The gang has clearly learnt of the report.
frank-inj-stop-expiring = Bank notice: a stop-payment you placed on a mule account is about to expire. A stop-payment lasts 48 hours and can be renewed at most twice; unless it is renewed or replaced by a freeze, the money is released.
frank-inj-lao-ncb = The duty officer at INTERPOL NCB Vientiane writes, in English: "Ref your I-24/7 message: the bank has put a temporary hold on the account. A formal request through MLA is needed within 30 days, or the hold will lapse." How do you reply?
frank-opt-ack-formal = Reply in English, thank them, and confirm that the formal MLA request is on its way
frank-opt-ask-copy = Ask them to e-mail the account statements now
frank-opt-no-reply = Wait for an interpreter before replying
frank-inj-case-filed-late = The preliminary inquiry is over and the duty commander approves filing the case: two days after the report.
frank-inj-prosecutor-review = Procuratorate review: check the source, provider, time provided, extractor, time extracted and preservation of every item in the file. At trial the defence will challenge the legality of the evidence.
frank-inj-victim-doubts = Ms Ma calls: Frank has just sent her an apology and promised to pay everything back. She wants to withdraw her report.
frank-opt-explain-scam = Explain patiently that this is a standard script of fraud gangs, and reassure her
frank-opt-leave-it = Tell her it is up to her

## Phases

frank-phase-golden-hour = Phase 1: the report and the golden hour
frank-phase-foreign-leg = Phase 2: the foreign leg
frank-phase-trial = Phase 3: case file and trial

## Trial

frank-chal-unlawful = The defence: investigators logged in remotely to a server abroad without the host state's authorisation; the evidence was gathered unlawfully and must be excluded.
frank-excl-unlawful = The court: investigators have no authority to gather evidence abroad without authorisation; the collection seriously breached legal procedure and can be neither corrected nor reasonably explained. Excluded.
frank-chal-intel = The defence: this is police-to-police intelligence, exchanged informally; its source, provider and extraction cannot be verified, so it is not admissible evidence.
frank-excl-intel = The court: this material is police intelligence only and was not obtained again through a formal channel such as mutual legal assistance; its source and authenticity cannot be verified. It cannot be a basis for the verdict.
frank-chal-unpreserved-chat = The defence: the chat logs were copied straight from the victim's phone with no hash value and no blockchain record; nothing shows they were not altered.
frank-excl-unpreserved = The court: no hash or other integrity record was made when the electronic data were extracted; their authenticity cannot be confirmed. Not accepted.
frank-chal-unpreserved = The defence: no hash value was recorded for this electronic data; its integrity is in doubt.
frank-chal-provenance = The defence: this evidence comes from abroad; the prosecution must show its source, provider, time provided, extractor and time extracted.
frank-excl-provenance = The court: the prosecution did not account for the source and extraction of this foreign evidence; it cannot be a basis for the verdict.
frank-chal-confession = The defence: the accused's statement was made under threat after repatriation; we apply for exclusion of illegal evidence.
frank-excl-confession = The court: the prosecution did not prove that the statement was lawfully obtained. Excluded.
frank-proof-fraud = The fraud: a false persona and the victim's payments
frank-proof-money = The money flow: the proceeds reached accounts the gang controls abroad
frank-proof-identity = The identity of the accused as the fraudster

## Scoring

frank-cr-recovered = Money returned to the victim
frank-cr-secured = Money secured (returned, frozen or held)
frank-cr-identified = Suspects identified
frank-cr-custody = Suspects brought back
frank-cr-convicted = Conviction
frank-cr-admitted = Evidence admitted by the court
frank-cr-compliance = Lawful conduct
frank-cr-victim = Protecting the victim (last payment stopped without alerting the gang)
frank-band-a = Excellent
frank-band-b = Good
frank-band-c = Pass
frank-band-d = Needs improvement
frank-band-f = Fail

## Debrief

frank-db-base-rate = Background: INTERPOL said in January 2025 that 99 % of criminal assets are never recovered; the FATF puts the share of proceeds seized under 2 %. Every yuan recovered in this case is hard-won.
frank-db-domestic-kept = The money on the domestic second- and third-layer accounts was caught before it moved. In a 2016 Harbin case the victim reported 4 hours after the transfer, police stopped payment 3 minutes after the report, and RMB 130,000 was still there: however late the report, stop payment at once.
frank-db-domestic-lost = Part of the domestic money reached a USDT dealer or was withdrawn at ATMs near the border, and is gone. A stop-payment lasts only 48 hours and can be renewed at most twice (96 hours in all): it buys time for a freeze. Late, or not followed by a freeze, it lets the money go.
frank-db-filed-late = You did not file the case at once. A freeze needs the approval of a county-level public security chief and a filed case as its ground; bank records, platform data and the GOIP seizure also had to wait for the filing.
frank-db-tipped = The gang was alerted. Blocking the early receiving or bridge card, or having the victim confront and block Frank, tells the gang she has gone to the police: the accounts further down are emptied within minutes, the manager flees, and the trail you could have followed goes cold. This is the "freeze or follow" dilemma.
frank-db-followed = You followed bridge card C instead of freezing it at once: when it moved the money, the trace revealed third-layer account D and the Lao collector account, whose holder led to the den manager. The price: card C's money went abroad first.
frank-db-not-followed = You did not watch bridge card C while it moved the money, so the accounts behind it (third-layer account D and the Lao collector) never showed up in the flow, and the money could not lead you to the den manager. On an early account, consider watching before freezing, and choose the moment carefully.
frank-db-let-pay = The last RMB 80,000 "fee" was paid after all: either you let her pay "so the money could be followed", or nobody gave her a clear answer in time when she called. Letting a victim keep paying a fraudster adds to her loss and breaches a police officer's duty to protect her; there are better ways to follow the money.
frank-db-block-frank = Stopping her payment was right, but having her confront and block Frank told the gang she had reported. Keeping him waiting, calmly, would have bought time for the stop-payments and the trace.
frank-db-no-i247 = You sent no I-24/7 stop-payment request for the Lao accounts. Domestic stop-payment and freezing cannot reach foreign accounts; an I-GRIP stop-payment must come from the police of the victim's country, usually takes effect within hours to about a day, and must be followed by a formal request.
frank-db-i247-no-mla = You sent an I-24/7 stop-payment request but no formal mutual legal assistance request after it. The hold is temporary: without a formal request, the money moves on when it lapses.
frank-db-abroad-secured = Part of the money abroad was secured as well: first a temporary I-24/7 hold, then an urgent freeze through mutual legal assistance (weeks here, by analogy with China's own time limits for urgent foreign freeze requests; unverified), then a request for its return.
frank-db-mla-months = Mutual legal assistance is counted in months: the Council of Europe's T-CY found 6 to 24 months in 2014. An incomplete request is sent back, so get the facts, legal basis, translation, account details and approval right the first time.
frank-db-remote = You logged in remotely to the server in Laos. Chinese investigators have no authority to gather evidence abroad without authorisation; data taken this way was excluded for a serious breach of legal procedure, and it cost compliance points. Whether online extraction from servers abroad is ever allowed is disputed (unverified), but unauthorised collection does not stand.
frank-db-intel-excluded = Lao material obtained informally, through the liaison officer or by e-mail, is intelligence: good for finding people and money, but not a basis for a verdict unless it is obtained again formally, for instance through mutual legal assistance.
frank-db-chat-excluded = The chat logs on Ms Ma's phone had no hash or blockchain record, and no formal platform data backed them, so the court excluded them. Online extraction of electronic data must record the path, method, time, tools and hash values.
frank-db-chat-preserved = The chat logs were fixed by hash or blockchain in time. Data that verifies against a blockchain is presumed unaltered after it went on-chain (SPC Online Litigation Rules, Art. 16; criminal cases by analogy only).
frank-db-foreign-admitted = The Lao evidence obtained formally through mutual legal assistance was admitted. For evidence from abroad the court reviews source, provider, time provided, extractor and time extracted, and you accounted for them.
frank-db-no-custody = No suspect was brought back, so there could be no conviction. For suspects in Laos, Thailand or Myanmar, the Lancang-Mekong centre can organise joint operations to arrest and repatriate them.
frank-db-convicted = The court found the fraud, the money flow and the identity of the accused proved by lawful evidence, and convicted.
frank-db-not-convicted = The chain of proof was incomplete, or key items were excluded (unlawfully gathered evidence is excluded unless it can be corrected or reasonably explained); the court could not convict.
