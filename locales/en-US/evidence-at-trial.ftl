# Evidence at trial: the Sihanoukville server (scenarios/evidence-at-trial.ron)
# Institutions are generic on purpose: no real bank names. People's names are invented.

## The case

eat-title = Evidence at Trial: the Sihanoukville Server
eat-summary = Mr Huang, a retired engineer, was courted online for months by "Vivian" and led onto a fake digital-currency platform. He has lost RMB 680,000, most of it to a Cambodian bank card. The money side is short: stop the last transfer in time. The case turns on the evidence: the chats on his phone, chat logs a Cambodian police officer sends by messenger after a raid, the platform's server abroad, and bank records from Cambodia. Ten months later, the defence will challenge every item. Build a file that survives.
eat-obj-preserve = Preserve the electronic data on the victim's phone at intake, with a hash or a blockchain record.
eat-obj-p2p = Treat information passed from police to police as a lead, and obtain it again formally before trial.
eat-obj-abroad = Collect nothing abroad without legal authority: ask the host country through mutual legal assistance.
eat-obj-party = Have documents the victim's family obtained abroad notarised and authenticated before they go into the file.
eat-obj-trial = At trial, answer each challenge with the right response: explain the provenance, supplement, or withdraw.

## Report and what is known

eat-statement = Statement of the victim, Mr Huang, 63, retired engineer: in the spring he met a woman calling herself Vivian on a dating app. She said she traded digital currency for a Singapore fund and showed him a platform where her profits grew every day. He opened an account, deposited small sums and could withdraw them. Then he deposited more: RMB 200,000 forty days ago, RMB 240,000 twenty days ago, RMB 120,000 six days ago as a "tax" to release his profits, all to a bank card in Cambodia. Half an hour ago he paid RMB 120,000 "unlocking fee" to a card in China. The platform still shows his account as frozen. Vivian no longer answers calls, only messages.
eat-known-transfers = Four transfer receipts: RMB 200,000, 240,000 and 120,000 to one Cambodian card (a commercial bank in Phnom Penh), 40, 20 and 6 days ago; RMB 120,000 25 minutes ago to a domestic card at a rural commercial bank.
eat-known-phone = His phone holds months of chats with "Vivian" in an overseas messaging app, with the platform's web address and screenshots of his "profits". The duty officer has copied the phone at intake; nothing has been hashed yet.
eat-known-platform = The platform's web address points to a server abroad; the app it runs on lets either side delete messages "for both sides".
eat-known-trial = Whatever goes into the file now will be read by the defence. For evidence from abroad the court reviews its source, provider, time provided, extractor and time extracted.
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
eat-ch-liaison = Police liaison officer, Phnom Penh
eat-ch-lm = Lancang-Mekong Integrated Law Enforcement and Security Cooperation Centre (Kunming)
eat-el-facts = Statement of facts
eat-el-legal-basis = Legal basis (offence and provisions)
eat-el-translation = Translation into Khmer
eat-el-target-details = What is requested (device, server, account numbers, holders)
eat-el-approval = Approval of the supervising authority
eat-el-custody-record = Request for the seizure and extraction records (chain of custody, hash values)
eat-el-identity = Identity particulars of the suspect
eat-sv-mla-evidence = Request evidence formally
eat-sv-liaison-copy = Informal copy (intelligence)
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
eat-ev-den-chats = Chat logs of a phone seized in the raid
eat-ev-server = The platform's back-office data (server seized in Cambodia)
eat-ev-kh-bank = Cambodian bank records of the card
eat-ev-family-statements = Card statements obtained by the victim's daughter
eat-src-report = Record of the report interview
eat-src-receipts = Online-banking receipts provided by the victim
eat-src-phone = The victim's phone (copied at intake)
eat-src-screenshots = Screenshots on the daughter's phone (the original thread was deleted)
eat-src-messenger = Files sent by messenger to the liaison officer
eat-src-server-remote = The platform's back office (remote login from China)
eat-src-kh-lawyer = Statements issued by the Cambodian bank to a local lawyer
eat-who-huang = Mr Huang
eat-who-duty-officer = The duty officer
eat-who-daughter = Mr Huang's daughter
eat-who-kh-officer = An officer of the Cambodian police, informally
eat-who-unknown = Unknown (no extraction record)
eat-who-none = None (no authorisation from the host state)
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
eat-inj-intake = Mr Huang's report is registered. File a criminal case now, or make a preliminary inquiry first? A freeze needs a filed case as its ground.
eat-opt-file-now = File the case now
eat-opt-verify-first = Make a preliminary inquiry first, then file
eat-inj-phone-back = "Can I have my phone back now? I want to go home, and Vivian may write to me." He keeps the chat app open while he waits.
eat-inj-case-filed-late = The preliminary inquiry is over and I approve filing the case: two days after the report.
eat-inj-chats-recalled = (by phone, in the morning) "Overnight every message from Vivian disappeared from my phone. The app says they were deleted for both sides. My daughter took screenshots of some of them last week; she can send you those."
eat-inj-raid = Cambodian police raided a compound in Sihanoukville last night and detained 46 people, among them the man who played "Vivian". A Cambodian officer has sent me, by messenger, the chat logs exported from that man's phone, including a folder named "Huang". There is no seizure record, no extraction record and no hash value. The compound's server was seized as well.
eat-inj-remote-offer = The chat logs contain the administrator password of the platform's back office. The server answers from abroad; we could log in from here and download the ledger, the deposit addresses and the chatters' accounts in a few hours. Shall we?
eat-opt-ask-formally = No. Record the address and ask Cambodia formally, through mutual legal assistance, for the seized server
eat-opt-log-in = Log in remotely and download everything now
eat-cmp-remote = Investigators logged in to a server abroad without the host state's authorisation.
eat-inj-family-statements = She brings statements of the Cambodian card that a lawyer in Phnom Penh obtained from the bank: deposits, and withdrawals to a USDT desk. She asks you to put them in the file.
eat-opt-authenticate = Accept them, and have them notarised in Cambodia and authenticated by the Chinese embassy (about eight weeks)
eat-opt-file-as-is = Put them in the file as they are
eat-opt-decline = Decline them and wait for the bank records through mutual legal assistance
eat-inj-authenticated = The card statements are back: notarised by a Cambodian notary and authenticated by the embassy.
eat-inj-prosecutor-review = Review before indictment: for every item in the file, check its source, provider, time provided, extractor, time extracted and preservation. The defence has already said it will challenge the legality of the evidence from Cambodia.

## Phases

eat-phase-intake = Phase 1: the report
eat-phase-evidence = Phase 2: building the file
eat-phase-trial = Phase 3: indictment and trial

## Trial

eat-chal-unlawful = Investigators logged in from China to a server abroad, with a password taken from the chats, without the host state's authorisation. The data was gathered unlawfully and must be excluded.
eat-excl-unlawful = investigators have no authority to gather evidence abroad without authorisation; the collection seriously breached legal procedure and can be neither corrected nor reasonably explained.
eat-chal-p2p = These chat logs were sent by messenger from one police officer to another. There is no seizure record, no extraction record and no hash value; nobody can say which phone they came from or whether they were altered.
eat-excl-p2p = the chain of custody is broken. The material is police-to-police information, not obtained again through a formal channel; its source and authenticity cannot be verified. It cannot be a basis for the verdict.
eat-chal-intel-bank = This is an informal copy of bank records, passed on by a liaison officer; the bank did not issue it to the court's authority.
eat-excl-intel = this material is police intelligence only and was not obtained again formally; its source and authenticity cannot be verified.
eat-chal-screenshots = The original messages no longer exist. These are screenshots taken by a relative; nothing shows they are complete or unaltered.
eat-excl-screenshots = the screenshots cannot be checked against an original or a preserved copy, and nothing corroborates them.
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
eat-band-a = Excellent
eat-band-b = Good
eat-band-c = Pass
eat-band-d = Needs improvement
eat-band-f = Fail

## Debrief

eat-db-base-rate = Background: INTERPOL said in January 2025 that 99 % of criminal assets are never recovered; the FATF puts the share of proceeds seized under 2 %. The money sent to Cambodia weeks ago was gone before the report; what remains to be won is the last transfer, and the trial.
eat-db-domestic-kept = The last transfer was stopped on the domestic card before the gang's batch moved it, then frozen and returned. An emergency stop-payment takes minutes and lasts 48 hours: long enough for a freeze.
eat-db-domestic-lost = The last RMB 120,000 left the domestic card for a USDT dealer before anything stopped it. An emergency stop-payment takes minutes and lasts 48 hours; order it at once, then freeze.
eat-db-filed-late = You did not file the case at once. A freeze needs a filed case as its ground and the approval of a county-level public security chief: every hour of delay is an hour the gang can use.
eat-db-chats-preserved = The chats on Mr Huang's phone were fixed at intake, before the app deleted them, so the copy in the file could still be verified at trial. A hash value recorded with the extraction (path, method, time, tools) lets the court check integrity; data that verifies against a blockchain record is presumed unaltered after it went on-chain (SPC Online Litigation Rules, Art. 16; in criminal cases by analogy only).
eat-db-chats-lost = The chats were not preserved at intake. Overnight the app deleted them "for both sides", and the intake copy could no longer be checked against anything: only the daughter's screenshots remained. Electronic data must be fixed when it is extracted, with path, method, time, tools and hash values recorded.
eat-db-screenshots-saved = The screenshots survived only because the other side of the same conversation, from the phone seized in Cambodia and obtained formally, corroborated them.
eat-db-p2p-excluded = The chat logs from the seized phone were excluded. Sent by messenger from officer to officer, with no seizure record, no extraction record and no hash, they are intelligence: good for identifying "Vivian", not a basis for a verdict unless obtained again formally, with the chain of custody.
eat-db-p2p-hashed = You hashed the chat logs the Cambodian officer sent. That fixes what arrived on our side, from that moment on; it says nothing about which phone they came from or what happened to them before. Only the formal copy, with the seizure and extraction records, closes the chain of custody.
eat-db-p2p-formal = The chat logs of the seized phone, obtained again through mutual legal assistance with their seizure and extraction records, were admitted once you accounted for their source, provider and times of extraction.
eat-db-remote = The technical unit logged in to the server abroad. Investigators have no authority to gather evidence abroad without legal authorisation; China is not a party to the Budapest Convention, whose Art. 32(b) allows cross-border access only with lawful and voluntary consent. Whether online extraction from servers abroad is ever allowed is disputed (unverified); logging in to a non-public back office with a password found in the chats is not that grey area. It cost compliance points.
eat-db-remote-replaced = The server data was later obtained lawfully through mutual legal assistance, and that copy replaced the remote download in the file. The lawful copy could be used; the compliance cost of the login remains.
eat-db-declined-remote = You refused the remote login and asked Cambodia for the seized server instead. China is not a party to the Budapest Convention, and even its Art. 32(b) allows cross-border access only with lawful and voluntary consent: asking the host country is the lawful route. Slower, but the data arrived with a provenance the court could review.
eat-db-bank-formal = The Cambodian bank records, certified by the bank and sent by the Cambodian authorities through mutual legal assistance, were admitted: for evidence from abroad the court reviews source, provider, time provided, extractor and time extracted, and you accounted for them.
eat-db-bank-intel = The liaison officer's copy of the bank records is intelligence: it identified the card's holder, but was excluded as proof because it was never obtained formally.
eat-db-party-admitted = The statements the daughter obtained were notarised in Cambodia and authenticated by the embassy, and you produced the authentication when the defence challenged them: they were admitted.
eat-db-party-excluded = The statements the daughter obtained were excluded: evidence from abroad submitted by a party needs notarisation in the country where it was made plus authentication, and answering the challenge with an explanation does not replace them.
eat-db-mla-months = Mutual legal assistance is slow: the Council of Europe's T-CY found 6 to 24 months in 2014 (compressed here so that the trial can use the answers). Ask early, and make the request complete: facts, legal basis, translation, what is requested, approval, and the records that prove the chain of custody.
eat-db-no-mla = You sent no request for mutual legal assistance. Nothing from Cambodia reached the file in a form the court could use.
eat-db-no-custody = No suspect was brought back, so there could be no conviction. Suspects detained in a raid in Cambodia can be handed over through the Lancang-Mekong centre.
eat-db-convicted = The court found the deception, the money flow and the identity of the accused proved by lawful, verifiable evidence, and convicted.
eat-db-not-convicted = The chain of proof was incomplete, or its key items were excluded: evidence gathered against legal procedure is excluded unless it can be corrected or reasonably explained, and information whose source cannot be verified cannot found a verdict.
