# Evidence at trial: the Sihanoukville server (scenarios/evidence-at-trial.ron)
# Institutions are generic on purpose: no real bank names. People's names are invented.

## The case

eat-title = Evidence at Trial: the Sihanoukville Server
eat-summary = Mr Huang, a retired engineer, was courted online for months by "Vivian" and led onto a fake digital-currency platform. He has lost RMB 680,000, most of it to a Cambodian bank card. The money side is short: stop the last transfer in time. The case turns on the evidence and its paperwork: the chats on his phone, chat logs a Cambodian police officer sends by messenger after a raid, the platform's server abroad, and bank records from Cambodia. The procuratorate reads the file before the trial; ten months later the defence will challenge every item. Build a file that survives both.
eat-obj-preserve = Preserve the electronic data on the victim's phone at intake, with a hash or a blockchain record.
eat-obj-p2p = Know an informal copy from evidence: material the foreign police hand over through the police-cooperation mechanism is usable once verified, with its source and custody accounted for; a copy sent by messenger is a lead.
eat-obj-abroad = Collect nothing abroad without legal authority: a remote inspection needs its approval, record, hash values, video and witnesses; otherwise ask the host country.
eat-obj-party = Have documents the victim's family obtained abroad notarised and authenticated before they go into the file.
eat-obj-trial = Before the procuratorate's review and at trial, give each item the paperwork it needs: an explanation of its provenance, a written explanation signed by two investigators, a supplement, or its withdrawal.

## Report and what is known

eat-statement = Statement of the victim, Mr Huang, 63, retired engineer: in the spring he met a woman calling herself Vivian on a dating app. She said she traded digital currency for a Singapore fund and showed him a platform where her profits grew every day. He opened an account, deposited small sums and could withdraw them. Then he deposited more: RMB 200,000 forty days ago, RMB 240,000 twenty days ago, RMB 120,000 six days ago as a "tax" to release his profits, all to a bank card in Cambodia. Half an hour ago he paid RMB 120,000 "unlocking fee" to a card in China. The platform still shows his account as frozen. Vivian no longer answers calls, only messages.
eat-known-transfers = Four transfer receipts: RMB 200,000, 240,000 and 120,000 to one Cambodian card (a commercial bank in Phnom Penh), 40, 20 and 6 days ago; RMB 120,000 25 minutes ago to a domestic card at a rural commercial bank.
eat-known-phone = His phone holds months of chats with "Vivian" in an overseas messaging app, with the platform's web address and screenshots of his "profits". The duty officer has copied the phone at intake; nothing has been hashed yet.
eat-known-platform = The platform's web address points to a server in a data centre in Phnom Penh; the app it runs on lets either side delete messages "for both sides".
eat-known-trial = Whatever goes into the file now will be read twice: by the procuratorate, which sends a case back for supplementary investigation when a link of the proof has nothing it can put to the court, and by the defence. For evidence from abroad the court reviews its source, provider, time provided, extractor and time extracted.
eat-victim-name = Mr Huang

## Places and institutions

eat-jur-cn = China
eat-jur-kh = Cambodia
eat-inst-cn-bank-wz = A state-owned bank, Wenzhou branch
eat-inst-cn-bank-rural = A rural commercial bank
eat-inst-cn-otc = An over-the-counter USDT dealer in China
eat-inst-kh-bank-pp = A commercial bank in Phnom Penh
eat-inst-kh-otc = A USDT exchange desk in Sihanoukville

## Accounts

eat-acc-huang = Mr Huang's savings account
eat-acc-cn-mule = Domestic receiving card (ending 3356, rented)
eat-acc-cn-usdt = Domestic USDT dealer's account
eat-acc-kh-card = Cambodian card (Phnom Penh, ending 8041)
eat-acc-kh-usdt = USDT exchange desk in Sihanoukville

## Domestic measures

eat-ground-case-filed = A criminal case has been filed
eat-ground-fund-link = The account received the victim's money (transfer receipt)

## Channels abroad

eat-ch-mla = Mutual legal assistance (Cambodia)
eat-ch-liaison = Police cooperation with Cambodia (liaison officer, Phnom Penh)
eat-ch-lm = Lancang-Mekong Integrated Law Enforcement and Security Cooperation Centre (Kunming)
eat-req-case-filed = a request abroad needs a filed criminal case
eat-el-facts = Statement of facts
eat-el-legal-basis = Legal basis (offence and provisions)
eat-el-translation = Translation into Khmer
eat-el-target-details = What is requested (device, server, account numbers, holders)
eat-el-approval = Approval of the supervising authority
eat-el-custody-record = Request for the seizure and extraction records (chain of custody, hash values)
eat-el-identity = Identity particulars of the suspect
eat-sv-mla-evidence = Request evidence formally
eat-sv-liaison-records = Handover of evidence through police cooperation, with its covering record
eat-sv-lm-repatriate = Hand over and repatriate a detained suspect

## Suspects

eat-sus-vivian = The chatter who played "Vivian"
eat-role-vivian = Chatted with Mr Huang from a script, from a compound in Sihanoukville
eat-sus-card-holder = The Cambodian card's holder
eat-role-card-holder = A Chinese national who opened the card and ran the compound's accounts

## Evidence

eat-ev-statement = The victim's statement
eat-ev-receipts = Transfer receipts
eat-ev-victim-chats = Chats with "Vivian" on the victim's phone
eat-ev-den-chats = Chat logs of the phone seized from "Vivian"
eat-ev-server = The platform's back-office data (server in a Phnom Penh data centre)
eat-ev-kh-bank = Cambodian bank records of the card
eat-ev-family-statements = Card statements obtained by the victim's daughter
eat-m-handover = Receive the Cambodian police's handover of the export through the police-cooperation mechanism (no seizure or extraction record was made in the raid)
eat-m-remote-inspection = Remote inspection of the back office, approved, with a record of path, method, time and tools, hash values, video and two witnesses (Cambodia is not asked)
eat-src-report = Record of the report interview
eat-src-receipts = Online-banking receipts provided by the victim
eat-src-phone = The victim's phone (copied at intake)
eat-src-screenshots = Screenshots on the daughter's phone (the original thread was deleted)
eat-src-messenger = Files sent by messenger to the liaison officer
eat-src-handover = Export of the seized phone, handed over at the liaison office with a covering letter
eat-src-server-remote = The platform's back office (login from China without approval or record)
eat-src-server-inspection = The platform's back office (remote inspection record, hash values, video)
eat-src-kh-lawyer = Statements issued by the Cambodian bank to a local lawyer
eat-who-huang = Mr Huang
eat-who-duty-officer = The duty officer
eat-who-daughter = Mr Huang's daughter
eat-who-kh-officer = An officer of the Cambodian police, informally
eat-who-kh-police = The Cambodian National Police, through the police-cooperation mechanism
eat-who-kh-technician = A Cambodian police technician (no extraction record)
eat-who-unknown = Unknown (no extraction record)
eat-who-none = None (no authorisation from the host state)
eat-who-inspection = The platform's server, inspected remotely before two witnesses
eat-who-tech-unit = The cyber-security technical unit
eat-who-kh-lawyer = A lawyer in Phnom Penh

## Events and choices

eat-from-duty-chief = Duty commander
eat-from-huang = Mr Huang
eat-from-liaison = Police liaison officer in Phnom Penh
eat-from-tech = Cyber-security technical unit
eat-from-daughter = Mr Huang's daughter
eat-from-embassy = Chinese embassy in Phnom Penh, consular section
eat-from-prosecutor = Procuratorate
eat-inj-intake = Mr Huang's report is registered. File a criminal case now, or make a preliminary inquiry first? A freeze, and any request abroad, needs a filed case.
eat-opt-file-now = File the case now
eat-opt-verify-first = Make a preliminary inquiry first, then file
eat-inj-phone-back = "Can I have my phone back now? I want to go home, and Vivian may write to me." He keeps the chat app open while he waits.
eat-inj-case-filed-late = The preliminary inquiry is over and I approve filing the case: two days after the report.
eat-inj-chats-recalled = (by phone, in the morning) "Overnight every message from Vivian disappeared from my phone. The app says they were deleted for both sides. My daughter took screenshots of some of them last week; she can send you those."
eat-inj-raid = Cambodian police raided a compound in Sihanoukville last night and detained 46 people, among them the man who played "Vivian". A Cambodian officer has sent me, by messenger, the chat logs exported from that man's phone, including a folder named "Huang": an informal copy, with no word on how it was obtained. The Cambodian police are ready to hand the export over formally, through the police-cooperation mechanism, at my office within days; in the raid they made no seizure record and no extraction record, so they cannot give us one.
eat-inj-remote-offer = The chat logs contain the administrator password of the platform's back office, on a server in a Phnom Penh data centre. We could log in right now from here and download the ledger, the deposit addresses and the chatters' accounts: no approval, no record. Or we do it by the rules: a remote inspection approved in the filed case, recorded (path, method, time, tools), hashed, filmed, before two witnesses; Cambodia is not asked and will protest. Or we ask Cambodia for the data through mutual legal assistance. Shall we log in now?
eat-opt-by-the-rules = No shortcut. Only a remote inspection with its approval and record, or a request to Cambodia
eat-opt-log-in = Log in now and download everything
eat-cmp-remote = Investigators logged in to a server abroad with no approval, no record and no authorisation from the host state.
eat-msg-friction = Remote inspection done and recorded. The Cambodian side has protested, through the liaison officer, that a server on its soil was accessed without its knowledge.
eat-inj-family-statements = She brings statements of the Cambodian card that a lawyer in Phnom Penh obtained from the bank: deposits, and withdrawals to a USDT desk. She asks you to put them in the file.
eat-opt-authenticate = Accept them, and have them notarised in Cambodia and authenticated by the Chinese embassy (about eight weeks)
eat-opt-file-as-is = Put them in the file as they are
eat-opt-decline = Decline them and wait for the bank records through a channel
eat-inj-authenticated = The card statements are back: notarised by a Cambodian notary and authenticated by the embassy.
eat-inj-prosecutor-review = The case file reaches us in five days for review before indictment. For every link of the proof we need an item we can put to the court: evidence from abroad with its source, provider, time provided, extractor and time extracted accounted for; material handed over with no custody record, with the explanation two investigators sign. Where a link has nothing, we send the case back for supplementary investigation, one month each time, at most twice. The defence has already said it will challenge the evidence from Cambodia.

## Phases

eat-phase-intake = Phase 1: the report
eat-phase-evidence = Phase 2: building the file
eat-phase-trial = Phase 3: review for prosecution and trial

## Trial

eat-chal-unlawful = Investigators logged in from China to a server abroad, with a password taken from the chats, with no approval, no record and no authorisation from the host state. The data was gathered unlawfully and must be excluded.
eat-excl-unlawful = investigators have no authority to gather evidence abroad without authorisation; an intrusion with no approval and no record seriously breached legal procedure and can be neither corrected nor reasonably explained.
eat-chal-p2p = These chat logs were sent by messenger from one police officer to another. Nothing accounts for how they were obtained: no handover, no record, no hash value; nobody can say which phone they came from or whether they were altered.
eat-excl-p2p = this is an informal copy with no account of its source, provider, extraction or custody; it cannot be verified and cannot be a basis for the verdict. Handed over through the police-cooperation mechanism, the same data would have been usable once verified.
eat-chal-undocumented = The Cambodian police handed these chat logs over with no record of how they were found, kept and handed over.
eat-excl-undocumented = where the foreign police gave no custody record, the police must explain the material's source, handover, kind, quantity and features in writing, signed by two or more investigators and sealed; an oral explanation is not that.
eat-chal-screenshots = The original messages no longer exist. These are screenshots taken by a relative; nothing shows they are complete or unaltered.
eat-excl-screenshots = the screenshots cannot be checked against an original or a preserved copy, and nothing admitted corroborates them.
eat-chal-unpreserved = No hash value was recorded for this electronic data when it reached the case unit; its integrity is in doubt.
eat-excl-unpreserved = the integrity of the electronic data was not shown.
eat-chal-provenance = This evidence comes from Cambodia. The prosecution must show its source, provider, time provided, extractor and time extracted.
eat-excl-provenance = the prosecution did not account for the source and extraction of this foreign evidence; it cannot be a basis for the verdict.
eat-chal-party = These statements were obtained abroad by the victim's family through a private lawyer. They bear neither a notarisation nor an authentication.
eat-excl-party = evidence from abroad submitted by a party must be notarised in the country where it was made and authenticated; these statements were not.
eat-proof-deception = The deception: the false persona and the fake platform
eat-proof-money = The money flow: the victim's payments reached an account the gang controlled
eat-proof-identity = The identity of the accused as the person behind "Vivian"

## Scoring

eat-cr-admitted = Evidence admitted by the court
eat-cr-convicted = Conviction
eat-cr-compliance = Lawful conduct
eat-cr-custody = Suspects brought back
eat-cr-recovered = The last transfer returned to the victim
eat-cr-chats = The victim's chats kept verifiable
eat-cr-ready = The file ready at the procuratorate's first review
eat-cr-host = No dispute with Cambodia over its sovereignty
eat-band-a = Excellent
eat-band-b = Good
eat-band-c = Pass
eat-band-d = Needs improvement
eat-band-f = Fail

## Sources (as trainees see them)

eat-src-pboc-86 = PBoC and MPS notice on emergency stop-payment and rapid freezing, Yinfa [2016] No. 86
eat-src-mps-freeze = MPS Procedural Provisions on Handling Criminal Cases (freezing)
eat-src-cbrc-mps-12 = CBRC and MPS Provisions on Returning Frozen Funds in Telecom Fraud Cases (2016), Art. 12
eat-src-icja-2018 = International Criminal Judicial Assistance Law of the PRC (2018), Arts. 2, 9, 10 and 14
eat-src-tcy-2014 = Council of Europe, Cybercrime Convention Committee (T-CY), assessment report on mutual legal assistance (2014)
eat-src-opinion-2016 = SPC, SPP and MPS Opinions on Handling Telecom and Online Fraud Criminal Cases, Fafa [2016] No. 32, part 6
eat-src-opinion-2021 = SPC, SPP and MPS Opinions on Handling Telecom and Online Fraud Criminal Cases (II) (2021), Art. 14
eat-src-e-data-2016 = SPC, SPP and MPS Provisions on Collecting, Extracting, Reviewing and Judging Electronic Data in Criminal Cases (2016); MPS Rules on Electronic Data Forensics in Criminal Cases (2019)
eat-src-lm-lecc = Lancang-Mekong Integrated Law Enforcement and Security Cooperation Centre (Kunming, 2017), operations of August–December 2024 (Xinhua)
eat-src-cpl-56 = Criminal Procedure Law of the PRC, Art. 56
eat-src-cpl-175 = Criminal Procedure Law of the PRC, Art. 175
eat-src-spc-405 = SPC Interpretation on the Application of the Criminal Procedure Law (2012), Art. 405
eat-src-spp-online-37 = SPP Provisions on Handling Online Crime Cases (2021), Art. 37
eat-src-spc-online-16 = SPC Online Litigation Rules (2021), Art. 16
eat-src-no-authority-abroad = Zhu Yuqing, "Pig-butchering" telecom fraud and international law-enforcement cooperation, section III.3
eat-src-budapest-32b = Council of Europe Convention on Cybercrime (Budapest Convention), Art. 32(b)
eat-src-design-defaults = Training assumptions of this case (times, chances, the treaty with Cambodia): not a legal source
eat-src-base-rate = INTERPOL (January 2025) and FATF figures on the recovery of criminal assets

## Debrief

eat-db-base-rate = Background: INTERPOL said in January 2025 that 99 % of criminal assets are never recovered; the FATF puts the share of proceeds seized under 2 %. The money sent to Cambodia weeks ago was gone before the report; what remains to be won is the last transfer, and the trial.
eat-db-domestic-kept = The last transfer was stopped on the domestic card before the gang's batch moved it, then frozen and returned. An emergency stop-payment takes minutes and lasts 48 hours: long enough for a freeze.
eat-db-domestic-lost = The last RMB 120,000 left the domestic card for a USDT dealer before anything stopped it. An emergency stop-payment takes minutes and lasts 48 hours; order it at once, then freeze.
eat-db-filed-late = You did not file the case at once. A freeze needs a filed case as its ground and the approval of a county-level public security chief: every hour of delay is an hour the gang can use.
eat-db-chats-preserved = The chats on Mr Huang's phone were fixed at intake, before the app deleted them, so the copy in the file could still be verified at trial. A hash value recorded with the extraction (path, method, time, tools) lets the court check integrity; data that verifies against a blockchain record is presumed unaltered after it went on-chain (in criminal cases by analogy only).
eat-db-chats-lost = The chats were not preserved at intake. Overnight the app deleted them "for both sides", and the intake copy could no longer be checked against anything: only the daughter's screenshots remained. Electronic data must be fixed when it is extracted, with path, method, time, tools and hash values recorded.
eat-db-screenshots-saved = The screenshots survived only because the other side of the same conversation, from the phone seized in Cambodia and admitted by the court, corroborated them.
eat-db-p2p-excluded = The only copy of the seized phone's chat logs in the file was the one a Cambodian officer sent by messenger: an informal copy with no account of how it was obtained. It was good for identifying "Vivian", not for proving who he is. Chinese rules admit material handed over through the police-cooperation mechanism once it is verified and the police account for its source, provider, time and custody: the Cambodian police were ready to hand it over.
eat-db-p2p-hashed = You hashed the chat logs the Cambodian officer sent by messenger. That fixes what arrived on our side, from that moment on; it says nothing about which phone they came from or what happened to them before. A handover through the police-cooperation mechanism, or through mutual legal assistance, gives the court a source it can review.
eat-db-handover-attested = The Cambodian police handed the chat logs over through the police-cooperation mechanism, with no record of how they were found, kept and handed over. You answered with a written explanation of their source, handover, kind, quantity and features, signed by two investigators and sealed, and the court admitted them.
eat-db-handover-unattested = The chat logs handed over by the Cambodian police came with no custody record. The answer the rules require is a written explanation of their source, handover, kind, quantity and features, signed by two or more investigators and sealed; without it the court excluded them.
eat-db-p2p-formal = The chat logs of the seized phone, obtained through mutual legal assistance with their seizure and extraction records, were admitted once you accounted for their source, provider and times of extraction.
eat-db-remote = The technical unit logged in to the server abroad with a password from the chats, with no approval and no record. Investigators have no authority to gather evidence abroad without legal authorisation; China is not a party to the Budapest Convention, whose Art. 32(b) allows cross-border access only with lawful and voluntary consent. A remote inspection with its approval, record, hash values, video and witnesses is provided for; an intrusion with none of them is not. It cost compliance points, and Cambodia protested.
eat-db-remote-replaced = The server data was later obtained lawfully through mutual legal assistance, and that copy replaced the download in the file. The lawful copy could be used; the compliance cost of the login remains.
eat-db-inspection = You inspected the back office remotely, with approval, a record of path, method, time and tools, hash values, video and two witnesses: the data was lawful and the court could review how it was extracted. Cambodia, which was not asked, protested that a server on its soil had been accessed: sovereignty friction is a real cost even when the court admits the data.
eat-db-declined-remote = You refused the login and asked Cambodia for the server data instead. China is not a party to the Budapest Convention, and even its Art. 32(b) allows cross-border access only with lawful and voluntary consent: asking the host country costs months, but raises no dispute, and the data arrived with a provenance the court could review.
eat-db-bank-formal = The Cambodian bank records, certified by the bank and sent by the Cambodian authorities through mutual legal assistance, were admitted: for evidence from abroad the court reviews source, provider, time provided, extractor and time extracted, and you accounted for them.
eat-db-bank-coop = The Cambodian bank records, handed over by the Cambodian police through the police-cooperation mechanism with their covering record, were admitted once you accounted for their source, provider and times: material from police cooperation is usable once verified.
eat-db-bank-excluded = The Cambodian bank records were excluded: their provenance was not accounted for when the defence challenged it.
eat-db-party-admitted = The statements the daughter obtained were notarised in Cambodia and authenticated by the embassy, and you produced the authentication when the defence challenged them: they were admitted.
eat-db-party-excluded = The statements the daughter obtained were excluded: evidence from abroad submitted by a party needs notarisation in the country where it was made plus authentication, and answering the challenge with an explanation does not replace them.
eat-db-returned = The procuratorate sent the case back for supplementary investigation: a link of the proof had nothing it could put to the court. Each return costs a month and postpones the trial; after two, it declines to prosecute. A missing record is cured before the review, not discovered at trial.
eat-db-mla-months = Mutual legal assistance is slow: the Council of Europe's T-CY found 6 to 24 months in 2014 (compressed here so that the trial can use the answers), and drafting, approval and the Khmer translation take days before the request leaves. Ask early, and make the request complete: facts, legal basis, translation, what is requested, approval, and the records that prove the chain of custody.
eat-db-no-request = Nothing from Cambodia reached the file through a channel: no handover through police cooperation, no request for mutual legal assistance.
eat-db-no-custody = No suspect was brought back, so there could be no conviction. Suspects detained in a raid in Cambodia can be handed over through the Lancang-Mekong centre.
eat-db-convicted = The court found the deception, the money flow and the identity of the accused proved by lawful, verifiable evidence, and convicted.
eat-db-not-convicted = No conviction: the chain of proof was incomplete, its key items were excluded, or the procuratorate never indicted. Evidence gathered against legal procedure is excluded unless it can be corrected or reasonably explained, and material whose source cannot be verified cannot found a verdict.
