# "Frank" and the Lao cards (scenarios/frank-lao-cards.ron)
# Institutions are generic on purpose: no real bank names.

## The case

frank-title = "Frank" and the Lao Cards: stop-payment, recovery and evidence in a cross-border romance scam
frank-summary = Based on a real case from Zhengzhou, 2020, played with today's tools. Ms Ma has been courted online by "Frank", who says he is a US soldier. She has paid RMB 920,000 in six transfers, some into domestic money-mule cards, some straight onto Lao bank cards, and he is pressing her for another RMB 80,000. You are the investigator who takes her report: stop, freeze or follow the money in the golden hour, choose the right channels abroad to recover it and bring the suspects back, and build a case file that passes the procuratorate's review and survives the defence at trial.
frank-obj-golden-hour = Stop payment on the domestic accounts within the golden hour, then freeze and return the money lawfully.
frank-obj-freeze-or-follow = Weigh "freeze or follow": catch the money without alerting the gang too early.
frank-obj-foreign = Choose the right channel for the Lao accounts and evidence: INTERPOL I-24/7 stop-payment, mutual legal assistance, police cooperation, and count the time each request needs to be drafted and routed.
frank-obj-suspects = Identify the den manager, the technician and the chatter who played "Frank", and bring them back through international police cooperation.
frank-obj-evidence = Collect, preserve and obtain evidence lawfully, and keep the paperwork of its provenance, so that it passes the procuratorate's review and is admitted at trial.

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
frank-ch-liaison = Police cooperation (liaison officer, bilateral police channel)
frank-ch-lm = Lancang-Mekong Integrated Law Enforcement and Security Cooperation Centre (Kunming)
frank-el-facts = Statement of facts
frank-el-legal-basis = Legal basis (offence and provisions)
frank-el-translation = Translation into the requested state's language
frank-el-target-details = Target details (account numbers, holders, banks, phone numbers)
frank-el-approval = Approval of the supervising authority
frank-el-dual-criminality = Dual-criminality statement
frank-el-victim-report = The victim's report
frank-el-identity = Identity particulars of the suspect
frank-el-warrant = The arrest approved by the procuratorate
frank-el-location = Known whereabouts
frank-sv-mla-freeze = Request an urgent freeze
frank-sv-mla-return = Request return of the victim's money
frank-sv-mla-evidence = Request evidence
frank-sv-i247-hold = Stop-payment (temporary hold on the foreign account)
frank-sv-blue = Blue notice (identity and whereabouts)
frank-sv-red = Red notice (locate and provisionally arrest)
frank-sv-liaison-trace = Trace the account's onward transfers (intelligence)
frank-sv-liaison-locate = Locate a suspect
frank-sv-liaison-copy = Formal handover of records through police cooperation, with a handover record
frank-sv-lm-joint-op = Joint operation: arrest and repatriation
frank-req-case-filed = No case filed yet: an INTERPOL notice needs a filed case.

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
frank-m-remote-extraction = Online extraction from the server abroad (approved, with a record of path, method, time and tools, hash values, video and witnesses)
frank-m-interrogation = Interrogation after repatriation (with full audio-video recording)
frank-src-report = Record of the report interview
frank-src-receipts = Online-banking receipts provided by the victim
frank-src-phone = The victim's phone (copied at intake)
frank-src-cn-banks = The banks' transaction records
frank-src-platform = The messaging platform's account data
frank-src-goip = On-site inspection and seizure
frank-src-server-remote = Online extraction record with hash values and video
frank-src-interrogation = Interrogation record with audio-video recording
frank-src-ncb-email = An e-mail from INTERPOL National Central Bureau Vientiane
frank-who-ma = Ms Ma
frank-who-duty-officer = The duty officer
frank-who-cn-banks = The banks concerned
frank-who-case-unit = The case unit
frank-who-platform = The platform operator
frank-who-tech-unit = The cyber-security technical unit
frank-who-suspect = The suspect
frank-who-lao-ncb = INTERPOL National Central Bureau Vientiane

## Events and choices

frank-from-duty-chief = Duty commander
frank-from-bank-centre = Anti-fraud centre, bank desk
frank-from-ma = Ms Ma
frank-from-liaison = Police liaison officer in Vientiane
frank-from-lao-ncb = INTERPOL National Central Bureau Vientiane
frank-from-prosecutor = Procuratorate
frank-inj-file-case = Ms Ma's report is registered. File a criminal case now, or make a preliminary inquiry first? Bank and platform records can be obtained during the inquiry, but a freeze, a seizure and an arrest need a filed case.
frank-opt-file-now = File the case now
frank-opt-verify-first = Make a preliminary inquiry first, then file
frank-inj-instant-inquiry = Urgent bank inquiry: receiving card A passes on every payment within seconds, 60 % to second-layer card B at a rural commercial bank in Guangxi and 40 % to second-layer card C at a city commercial bank in Yunnan. Both cards are now entered in the alert platform.
frank-inj-one-more-fee = Ms Ma calls: Frank has just written that customs want another RMB 80,000, and that once it is paid he can leave for China. She asks whether to pay; he is waiting for her answer.
frank-opt-keep-on-line = Tell her not to pay, but not to block him either: keep him waiting ("the bank queue is long")
frank-opt-block-frank = Tell her to stop at once, confront Frank and block him
frank-opt-let-pay = Let her pay, so that this money can be followed
frank-cmp-let-pay = Knowingly letting the victim pay a fraudster breaches the duty to protect her property.
frank-inj-den-moved = The liaison officer reports: according to a Lao police source, the Vientiane den moved out overnight and its manager has crossed into Myanmar with the chatter. The gang has clearly learnt of the report.
frank-inj-stop-expiring = Bank notice: a stop-payment you placed on a mule account is about to expire. A stop-payment lasts 48 hours and can be extended at most twice; unless it is extended or replaced by a freeze, the money is released.
frank-inj-lao-ncb = The duty officer at INTERPOL National Central Bureau Vientiane writes, in English: "Ref your I-24/7 message: the bank has put a temporary hold on the account. A formal request through MLA is needed, or the hold will lapse. We hold the account statements." How do you reply?
frank-opt-ack-formal = Reply in English: the formal MLA request is on its way; ask them to hand the statements over formally through INTERPOL (takes about ten days; usable in court once verified)
frank-opt-ask-copy = Ask them to e-mail the statements now (at once, and shows where the money went; but an informal copy, not proof)
frank-opt-no-reply = Wait for an interpreter before replying (nothing is sent or received meanwhile)
frank-inj-case-filed-late = The preliminary inquiry is over and the duty commander approves filing the case: two days after the report.
frank-inj-prosecutor-review = The case file goes to the procuratorate for review: every link of the proof needs an item that would be admitted, with its source, provider, time provided, extractor and time extracted accounted for. If a link is missing, the case comes back for supplementary investigation (at most twice, a month each) and the trial is put back.
frank-inj-victim-doubts = Ms Ma calls: Frank has just sent her an apology and promised to pay everything back. She wants to withdraw her report.
frank-opt-explain-scam = Explain patiently that this is a standard script of fraud gangs, and reassure her
frank-opt-leave-it = Tell her it is up to her

## Phases

frank-phase-golden-hour = Phase 1: the report and the golden hour
frank-phase-foreign-leg = Phase 2: the foreign leg
frank-phase-trial = Phase 3: case file and trial

## Trial

frank-chal-unlawful = The defence: the server data were bought from a gang insider, with no authorisation and no record; the evidence was gathered unlawfully and must be excluded.
frank-excl-unlawful = The court: data bought from an insider abroad were gathered against legal procedure; the collection can be neither corrected nor reasonably explained. Excluded.
frank-chal-intel = The defence: this is an informal copy sent by e-mail; nobody can say who extracted it, when, or how it was kept. It is not admissible evidence.
frank-excl-intel = The court: an informal copy whose source and custody cannot be verified is intelligence, not evidence, and no copy handed over through a formal or police-cooperation channel replaced it. It cannot be a basis for the verdict.
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
frank-db-domestic-lost = Part of the domestic money reached a USDT dealer or was withdrawn at ATMs near the border, and is gone. A stop-payment lasts only 48 hours and can be extended at most twice (96 hours in all): it buys time for a freeze. Late, or not followed by a freeze, it lets the money go. The running-points card is swept in batches within the first hours: a stop-payment at ten minutes nearly always catches it, one ordered an hour later only about one time in four.
frank-db-filed-late = You did not file the case at once. The bank and platform records could be obtained during the preliminary inquiry, but a freeze needs a filed case and the approval of a county-level public security chief; so do the seizure of the GOIP box, the application to arrest and the INTERPOL notices.
frank-db-tipped = The gang was alerted. Blocking the early receiving or bridge card, or having the victim confront and block Frank, tells the gang she has gone to the police: the accounts further down are emptied within minutes, the manager flees, and the trail you could have followed goes cold. This is the "freeze or follow" dilemma.
frank-db-followed = You followed bridge card C instead of freezing it at once: when it moved the money, the trace revealed third-layer account D and the Lao collector account, whose holder led to the den manager. The price: card C's money went abroad first.
frank-db-not-followed = You did not watch bridge card C while it moved the money, so the accounts behind it (third-layer account D and the Lao collector) never showed up in the flow, and the money could not lead you to the den manager. On an early account, consider watching before freezing, and choose the moment carefully.
frank-db-let-pay = The last RMB 80,000 "fee" was paid after all: either you let her pay "so the money could be followed", or nobody gave her a clear answer in time when she called. Letting a victim keep paying a fraudster adds to her loss and breaches a police officer's duty to protect her; there are better ways to follow the money.
frank-db-block-frank = Stopping her payment was right, but having her confront and block Frank told the gang she had reported. Keeping him waiting, calmly, would have bought time for the stop-payments and the trace.
frank-db-no-i247 = You sent no I-24/7 stop-payment request for the Lao accounts. Domestic stop-payment and freezing cannot reach foreign accounts; an I-GRIP stop-payment must come from the police of the victim's country, goes up through the provincial department and the MPS first (hours), usually takes effect within about a day, and must be followed by a formal request.
frank-db-i247-no-mla = You sent an I-24/7 stop-payment request but no formal mutual legal assistance request after it. The hold is temporary: without a formal request, the money moves on when it lapses.
frank-db-abroad-secured = Part of the money abroad was secured as well: first a temporary I-24/7 hold, then an urgent freeze through mutual legal assistance (a few weeks in this exercise, by analogy with China's own time limits for urgent foreign freeze requests), then a request for its return.
frank-db-mla-months = Mutual legal assistance is counted in months: the Council of Europe's T-CY found 6 to 24 months in 2014, and drafting, approval and translation into Lao take days before the request even leaves. An incomplete request is sent back, so get the facts, legal basis, translation, account details and approval right the first time.
frank-db-remote = You bought the Lao server's data from a gang insider. Buying data or hacking a server is unlawful: the court excluded the data and it cost compliance points. Online extraction with approval, a full record, hash values and video would have been lawful.
frank-db-intel-excluded = A Lao copy obtained informally, by e-mail or over a messaging app with no account of its source, is intelligence: good for finding people and money, not a basis for a verdict. Material handed over through the police-cooperation mechanism, with its source and custody accounted for, is usable once verified.
frank-db-chat-excluded = The chat logs on Ms Ma's phone had no hash or blockchain record, and no formal platform data backed them, so the court excluded them. Online extraction of electronic data must record the path, method, time, tools and hash values.
frank-db-chat-preserved = The chat logs were fixed by hash or blockchain in time. Data that verifies against a blockchain is presumed unaltered after it went on-chain (SPC Online Litigation Rules, Art. 16; criminal cases by analogy only).
frank-db-foreign-admitted = The Lao evidence, obtained through mutual legal assistance, police cooperation or a lawful online extraction, was admitted. For evidence from abroad the court reviews source, provider, time provided, extractor and time extracted, and you accounted for them.
frank-db-no-custody = No suspect was brought back, so there could be no conviction. For suspects in Laos, Thailand or Myanmar, the Lancang-Mekong centre can organise joint operations to arrest and repatriate them.
frank-db-convicted = The court found the fraud, the money flow and the identity of the accused proved by lawful evidence, and convicted.
frank-db-not-convicted = The chain of proof was incomplete, or key items were excluded (unlawfully gathered evidence is excluded unless it can be corrected or reasonably explained); the court could not convict.

## Added in version 2

frank-req-arrest-filed = No case filed yet: an application for the procuratorate to approve an arrest needs a filed case.
frank-m-insider-copy = Buy a copy of the server's data from a gang insider who still has the password
frank-src-server-insider = A copy bought from a gang insider
frank-who-insider = A gang insider (paid)
frank-src-ncb-handover = Account statements handed over through INTERPOL, with a cover letter only
frank-who-lao-bank = The Lao bank (no extraction record given)
frank-msg-lao-friction = Laos protests through INTERPOL National Central Bureau Vientiane that Chinese investigators accessed a server on its soil; the extraction is lawful under Chinese rules, but cooperation with Laos has become more delicate.
frank-inj-ncb-handover = INTERPOL National Central Bureau Vientiane hands over the Lao account statements through the INTERPOL channel, with a cover letter. The bank gave no record of how the statements were extracted and kept.
frank-chal-cooperation = The defence: this material came through police cooperation, not mutual legal assistance; the prosecution must show its source, provider, time provided, extractor and custody.
frank-excl-cooperation = The court: the prosecution did not account for the source and custody of the material handed over through police cooperation; it cannot be a basis for the verdict.
frank-chal-undocumented = The defence: the foreign side gave no record of how this material was found, kept and handed over; its authenticity cannot be checked.
frank-excl-undocumented = The court: the material came with no record of how it was found, kept and handed over, and the investigators gave no written explanation of its source and handover. It cannot be a basis for the verdict.
frank-db-abroad-return = Money frozen in Laos comes back only after a confiscation decision: in this case at the verdict, on a conviction, and only the agreed share (80 % here; asset sharing with the requested state may be negotiated). The Lao freeze must still be in force then: renew it, and keep the trial from slipping.
frank-db-pooled = Card B was a rented running-points card that other victims' money had also passed through: whatever is frozen on it is returned to its victims by amount, so Ms Ma gets only her part of it.
frank-db-remote-lawful = You extracted the gang's server data online, with approval, a record of the path, method, time and tools, hash values and video: the electronic-data rules provide for this, and the court admitted the data once their provenance was explained. The cost was political: Laos protested at the access to a server on its soil.
frank-db-ncb-email = You asked INTERPOL National Central Bureau Vientiane to e-mail the account statements. The copy came at once and showed where the money went, but an e-mailed copy with no account of who extracted it and how is a lead, not evidence.
frank-db-ncb-silent = You left the message of INTERPOL National Central Bureau Vientiane unanswered while waiting for an interpreter: the statements were neither sent nor handed over. Officers who can work in a foreign language save days here.
frank-db-attest = INTERPOL National Central Bureau Vientiane handed the Lao statements over through INTERPOL, but the bank gave no record of how they were extracted and kept. Such material is usable once verified if two or more investigators write and sign an explanation of its source, handover, kind, quantity and features; without it, the court cannot rely on it.
frank-db-no-arrest = No arrest was approved. A Red notice rests on a domestic arrest decision: the case unit applies to the procuratorate (提请批准逮捕), which takes days. A Blue notice needs none.
frank-db-returned = The procuratorate returned the case for supplementary investigation: a link of the proof had no item it could put to the court. Each return costs a month and puts the trial back, and every freeze abroad must outlast it.

## Sources

frank-lao-cards-src-seed-case = Zhu Yuqing, "Research on international law-enforcement cooperation against pig-butchering telecom fraud" (the Zhengzhou 2020 case)
frank-lao-cards-src-pboc-86 = PBoC and MPS notice Yinfa [2016] No. 86: emergency stop-payment for 48 hours, extended at most twice
frank-lao-cards-src-mps-freeze = MPS Provisions on the Procedure for Handling Criminal Cases: freezing approved by a county-level public security chief, for 6 months, renewable
frank-lao-cards-src-cbrc-mps-12 = CBRC and MPS rules (2016), Art. 12: return of frozen funds on the spot or within 3 working days
frank-lao-cards-src-aftf-20 = Anti-Telecom and Online Fraud Law of the PRC (2022), Art. 20
frank-lao-cards-src-mps-30min = MPS rapid-response rule (2016): victim account details entered within 30 minutes of the report (Xinhua, April 2016)
frank-lao-cards-src-harbin-2016 = Sina Heilongjiang, 26 Oct 2016: RMB 130,000 stopped 3 minutes after a report made 4 hours after the transfer
frank-lao-cards-src-mule-minutes = Reports of mule chains of five or six accounts passed through within minutes (unconfirmed)
frank-lao-cards-src-hk-24h = South China Morning Post, 2019: scam money left Hong Kong "generally in less than 24 hours"
frank-lao-cards-src-mps-2022-routes = MPS, 2022: laundering through third- and fourth-party payment firms, running-points platforms and digital currency
frank-lao-cards-src-pooled-share = Fund verification practice: money returned from a pooled mule card is shared among its victims by amount and time
frank-lao-cards-src-freeze-or-follow = Financial-investigation teaching: "freeze or follow"
frank-lao-cards-src-mps-174 = MPS Provisions on the Procedure for Handling Criminal Cases (2020), Art. 174: inquiry before a case is filed
frank-lao-cards-src-icja-2018 = International Criminal Judicial Assistance Law of the PRC (2018), Arts. 2, 9, 10, 14
frank-lao-cards-src-icja-return = International Criminal Judicial Assistance Law of the PRC (2018), provisions on the return of proceeds and asset sharing
frank-lao-cards-src-tcy-2014 = Council of Europe, T-CY assessment of mutual legal assistance (2014): 6 to 24 months
frank-lao-cards-src-mla-emergency = Implementing rules (trial) for incoming requests for criminal judicial assistance: urgent freezing
frank-lao-cards-src-interpol-igrip = INTERPOL I-24/7 stop-payment mechanism (I-GRIP, since 2022); CNA 2024; South China Morning Post 2023
frank-lao-cards-src-interpol-notices = INTERPOL, Notices: Red and Blue notices
frank-lao-cards-src-arrest-approval = Criminal Procedure Law of the PRC: approval of arrest by the people's procuratorate
frank-lao-cards-src-police-coop-2016 = SPC, SPP and MPS Opinions on Handling Telecom and Online Fraud Cases (Fa Fa [2016] No. 32), Part 6
frank-lao-cards-src-police-coop-2021 = SPC, SPP and MPS Opinions on Handling Telecom and Online Fraud Cases (II) (2021), Art. 14
frank-lao-cards-src-lm-lecc = Lancang-Mekong Integrated Law Enforcement and Security Cooperation Centre (Kunming, 2017); Xinhua, 2024
frank-lao-cards-src-cpl-56 = Criminal Procedure Law of the PRC, Art. 56
frank-lao-cards-src-cpl-175 = Criminal Procedure Law of the PRC, Art. 175
frank-lao-cards-src-exclusion-2017 = Provisions on Strictly Excluding Illegally Obtained Evidence in Criminal Cases (2017), Art. 1
frank-lao-cards-src-spc-405 = SPC Interpretation on the Application of the Criminal Procedure Law: evidence from abroad (2012, Art. 405; 2021, Art. 77)
frank-lao-cards-src-spp-online-37 = SPP Provisions on Handling Online Crime Cases (2021), Art. 37
frank-lao-cards-src-e-data-2016 = SPC, SPP and MPS Provisions on Electronic Data in Criminal Cases (2016); MPS Rules on Electronic Data Forensics (2019)
frank-lao-cards-src-spc-online-16 = SPC Online Litigation Rules (2021), Art. 16
frank-lao-cards-src-remote-abroad = Zhu Yuqing, research article, section III.3: no authority to gather evidence abroad without authorisation
frank-lao-cards-src-design-defaults = Golden Hour training assumptions for this case (response chances and delays)
frank-lao-cards-src-base-rate = INTERPOL (January 2025) and FATF: share of criminal assets recovered
