# The USDT chain (scenarios/usdt-chain.ron), English.
# Institutions, people and addresses are invented. The exchange's procedure is a training default.

## The case

usdt-title = The USDT Chain: running-points cards, a bridge card and an exchange abroad
usdt-summary = Mr Zhou, 61, was drawn into a "USDT quantitative trading" platform by a woman he met online. He has paid RMB 1,130,000 onto two domestic bank cards and is about to pay a "risk deposit". His money went through rented running-points cards and the gang's bridge card to an OTC dealer, was turned into USDT and moved across wallets to an exchange abroad. Read the statements, link each hop, stop what can still be stopped without alerting the compound, keep the exchange account restricted as its English answer requires, ask the stablecoin issuer for the rest, look after the victim, and build a case that holds at trial.
usdt-obj-golden-hour = Stop payment on the domestic cards within the golden hour, then freeze and return the money lawfully.
usdt-obj-trace = Trace the money from statements and the public ledger, one link at a time, without following a wrong line.
usdt-obj-freeze-or-follow = Read who operates each account and decide where a hold would alert the gang: freeze or follow.
usdt-obj-exchange = Restrict the exchange account through its law-enforcement portal and read its answer (in English) to keep it; use the stablecoin issuer as a second route.
usdt-obj-victim = Stop the victim's next payment and look after him honestly.
usdt-obj-evidence = Obtain evidence lawfully and in a form the court admits: preserved data, formal copies from abroad, witnesses rather than suspects where the facts say so.

## Report and what is known

usdt-statement = Statement of the victim, Mr Zhou, retired engineer, Hangzhou: three months ago a woman calling herself Vivian started chatting with him on a social app. She said she was a finance graduate in Singapore and showed him her gains on a "USDT quantitative trading" platform. He opened an account; the platform showed his first deposits growing fast. Three days ago and two days ago he paid RMB 300,000 and RMB 200,000 onto bank cards its "customer service" gave him. This morning he asked to withdraw his RMB 2.1 million "balance": he was told to pay 20 % "tax" first, and paid RMB 380,000 and RMB 250,000 onto the same two cards in the last hour. Now the platform wants a RMB 150,000 "risk deposit" on a new card before it releases anything. His son made him come to the police.
usdt-known-transfers = Four transfers: RMB 300,000 three days ago and RMB 380,000 30 minutes ago onto card ending 3105 (a rural commercial bank in Nanning); RMB 200,000 two days ago and RMB 250,000 20 minutes ago onto card ending 8842 (a city commercial bank in Changsha).
usdt-known-cards = Both cards are domestic: they can be queried, stopped and frozen. Who operates them, and where the money went next, is on their statements: ask the banks (instant inquiry).
usdt-known-platform = The platform's site is hosted abroad and "customer service" writes only in a chat app. Deposits were quoted in USDT (TRC-20).
usdt-known-deposit = He means to pay the RMB 150,000 "risk deposit" in a little over an hour, onto a new card he has not shown anyone.
usdt-known-tools = The bank statements come through the instant inquiry; wallet addresses on the TRON ledger can be read by the analysts in minutes. The analyst confirms one link at a time; a wrong link costs hours of checking.
usdt-victim-name = Mr Zhou

## Places and institutions

usdt-jur-cn = China
usdt-jur-mm = Myanmar (Myawaddy)
usdt-jur-sc = Seychelles (the exchange's seat)
usdt-jur-tron = TRON public ledger
usdt-jur-ae = United Arab Emirates
usdt-inst-cn-sob-hz = A state-owned bank, Hangzhou branch
usdt-inst-cn-rcb-nn = A rural commercial bank in Nanning
usdt-inst-cn-city-cs = A city commercial bank in Changsha
usdt-inst-cn-rcb-gz = A rural commercial bank in Guangzhou
usdt-inst-cn-jsb-km = A joint-stock commercial bank, Kunming branch
usdt-inst-cn-jsb-sz = A joint-stock commercial bank, Shenzhen branch
usdt-inst-cn-pay = A third-party payment firm
usdt-inst-cn-atm = ATM withdrawals near the border
usdt-inst-tron = TRON addresses (USDT TRC-20)
usdt-inst-sc-exch = Exchange "Kestrel" (virtual assets, Seychelles)
usdt-inst-sc-exch-2 = Another overseas exchange
usdt-inst-mm-otc = A cash OTC desk in Myawaddy

## Accounts

usdt-acc-zhou = Mr Zhou's savings account
usdt-acc-rp-card-1 = Card 1 (ending 3105, Nanning)
usdt-acc-rp-card-2 = Card 2 (ending 8842, Changsha)
usdt-acc-rp-card-3 = Card 3 for the "risk deposit" (ending 5519, Guangzhou)
usdt-acc-bridge = Card ending 7760 (Kunming)
usdt-acc-otc = Card ending 2291 (Shenzhen)
usdt-acc-atm = Cash withdrawn at border ATMs
usdt-acc-w1 = Address TJ7x…4kQp
usdt-acc-w2 = Address TQm3…9Vzt
usdt-acc-exch-dep = Address TEx5…d7Pm (deposit address at exchange "Kestrel")
usdt-acc-w3 = Address TWd8…2Lcx
usdt-acc-cash-mm = Cash paid out in Myawaddy
usdt-acc-n-shop = A supermarket's payment code
usdt-acc-n-rp-other = Card ending 1456 (Changsha)
usdt-acc-n-otc-other = Card ending 7032 (Shenzhen)
usdt-acc-n-otc-client = Card ending 4480
usdt-acc-n-buyer = Address TLb2…x8Hr
usdt-acc-n-fee = Address TFe9…7Hsk
usdt-acc-n-gamble = Address TCa1…Wq3n
usdt-acc-n-exch-other = Address TRk6…m2Bd

## Who operates the accounts (shown on statements)

usdt-dev-rp-card-1 = Mobile banking on one Android phone whose SIM is in the holder's own name (a student); every login from Nanning, Guangxi, for three years. Transfers are typed by hand, a few minutes apart: someone tells him where to send.
usdt-dev-rp-card-2 = Mobile banking on the holder's own iPhone, logins from Changsha; the same phone pays his rent and receives his wages as a delivery rider.
usdt-dev-rp-card-3 = Mobile banking on the holder's own phone, logins from Guangzhou.
usdt-dev-bridge = Internet banking from a Windows PC; login IP 103.xx.xx.xx located in Myawaddy, Myanmar (twice through a VPN exit in Bangkok). The same device fingerprint logs in to 11 other cards of different holders; the holder's own SIM card has been abroad since March.
usdt-dev-otc = Mobile banking on the holder's own phone in Shenzhen. The card is the payment account of a verified merchant on a P2P trading platform: 200+ trades a month with many different buyers, each payment followed within minutes by a release of USDT to the buyer's address.
usdt-dev-w1 = Self-custody wallet. Its TRX for fees comes only from TFe9…7Hsk, which pays the fees of exactly one other address, TQm3…9Vzt: one operator behind both (a common fee payer, the clustering clue on TRON). Its small outflow to TCa1…Wq3n goes to an address that block explorers tag as an online casino's deposit address.
usdt-dev-w2 = Self-custody wallet, fees paid by TFe9…7Hsk (same operator as TJ7x…4kQp). Its large outflows go to TEx5…d7Pm, which passes every deposit within minutes to a hot wallet explorers label "Kestrel exchange": a customer's deposit address, so the exchange knows whose it is. A share goes to TWd8…2Lcx, a new address that has never sent anything. The 2,000 to TRk6…m2Bd is a one-off to another exchange's deposit address.
usdt-dev-exch-dep = Exchange account of a verified customer (KYC: a Chinese passport); logins from 103.xx.xx.xx, Myawaddy, Myanmar; withdrawals sold for cash through an OTC desk there.
usdt-dev-w3 = Self-custody wallet; receives only, has never sent.

## Domestic measures

usdt-ground-case-filed = A criminal case has been filed

## What a request can state

usdt-fact-paid = The victim's payments, with dates, amounts and the receiving cards
usdt-fact-filed = A criminal case has been filed (case number and filing decision)
usdt-fact-traced-exch = The money was traced hop by hop to deposit address TEx5…d7Pm at exchange "Kestrel"
usdt-fact-traced-w3 = The money was traced hop by hop to address TWd8…2Lcx
usdt-fact-restricted = The exchange has restricted the account (its reference number)
usdt-basis-untoc18 = UN Convention against Transnational Organized Crime, Art. 18
usdt-basis-reciprocity = Reciprocity

## Channels abroad

usdt-ch-exch-le = Exchange "Kestrel": law-enforcement request portal
usdt-ch-issuer = The stablecoin issuer: law-enforcement freeze requests
usdt-ch-mla = Mutual legal assistance (Seychelles)
usdt-ch-lm = Lancang-Mekong Integrated Law Enforcement and Security Cooperation Centre (Kunming)
usdt-el-facts = Statement of facts
usdt-el-identity = Identity particulars of the suspect
usdt-sv-exch-restrict = Temporary restriction of the account, with its statement
usdt-sv-exch-keep = Keep the restriction (freezing decision with translation)
usdt-sv-exch-kyc = Customer identity (KYC) and login records
usdt-sv-issuer-freeze = Freeze the USDT at the address
usdt-sv-issuer-reissue = Re-issue the frozen USDT to the victim after confiscation
usdt-sv-mla-evidence = Request evidence (formal copies)
usdt-sv-mla-return = Request the return of the victim's money after confiscation
usdt-sv-lm-joint-op = Joint operation: locate, arrest and hand over
usdt-req-exch-keep = The exchange keeps a restriction only on the papers its answer names; answer its message first.

## Suspects

usdt-sus-handler = "A-Kun", dispatcher of the running-points platform
usdt-role-handler = Recruits card renters in China and tells them where to transfer, from the compound
usdt-sus-finance = Mr Lü, the compound's finance man
usdt-role-finance = Holds the exchange account in his own name and pays the compound's wages in cash

## Evidence

usdt-ev-statement = Mr Zhou's statement
usdt-ev-chats = Chats with "Vivian" and the platform's "customer service" (copied from his phone)
usdt-ev-chain-report = On-chain tracing report (every hop with its transaction hash)
usdt-ev-otc-orders = The OTC dealer's P2P orders and witness statement
usdt-ev-renter-phone = The card renter's phone and its forensic image
usdt-ev-exch-kyc = The exchange's customer file (KYC) for the deposit address
usdt-ev-exch-records = The exchange account's transaction and login records
usdt-ev-suspect-statement = The repatriated suspect's statement
usdt-m-chain-analysis = Write the tracing report from the public ledger
usdt-m-data-broker = Buy the exchange's customer file from a data broker on a messaging channel
usdt-m-interrogation = Interrogation after repatriation (with full audio-video recording)
usdt-src-report = Record of the report interview
usdt-src-phone = The victim's phone (copied at intake)
usdt-src-ledger = The TRON public ledger
usdt-src-seizure = Seizure and forensic extraction
usdt-src-dealer = Witness interview with the dealer's order records
usdt-src-broker = A file bought from a data broker
usdt-src-interrogation = Interrogation record with audio-video recording
usdt-who-zhou = Mr Zhou
usdt-who-duty-officer = The duty officer
usdt-who-ledger = The public ledger (no provider)
usdt-who-analyst = The case unit's analyst
usdt-who-renter = The card renter
usdt-who-tech-unit = The cyber-security technical unit
usdt-who-dealer = The OTC dealer
usdt-who-case-unit = The case unit
usdt-who-broker = An anonymous data broker
usdt-who-suspect = The suspect

## Tasks

usdt-task-care-visit = Warning visit: a community officer goes to Mr Zhou with his son, before he pays the "risk deposit"
usdt-task-care-referral = Tell Mr Zhou honestly what can come back and when, and refer him for psychological support
usdt-why-referral = Visit him first: the warning comes before the talk about recovery.
usdt-task-seize-phone = Seize the phone of card 1's renter in Nanning and image it
usdt-why-seize-phone = Seizing a phone needs a filed case and the card's statement to name its holder, and the phone must not have been wiped already.
usdt-task-interview-dealer = Question the holder of card 2291 as a witness and take his P2P order records
usdt-why-interview-dealer = Read the card's statement first: it names the holder. A dealer whose card has been blocked no longer talks to the police.
usdt-msg-care-visit = The community officer and Mr Zhou's son reached him as he was opening his banking app. He did not pay the "risk deposit" and has blocked "Vivian".
usdt-msg-care-referral = Mr Zhou heard what the stop-payments hold, what the exchange may give back and how long it takes. He agreed to see the counsellor on Thursday; his son will stay with him this week.
usdt-msg-seize-phone = The renter, a second-year student, handed over his phone. In a chat app a contact called "A-Kun" sent him every transfer order; his voice messages and a photo sent from Myawaddy are on the image.
usdt-msg-interview-dealer = The dealer, Mr Fang, shows his P2P orders: each payment from card 7760 was matched by a USDT release to TJ7x…4kQp within minutes, at the market rate. He did not know the buyer, has reported the orders, and signs a witness statement.

## Injects

usdt-from-duty-chief = Duty commander
usdt-from-intel = Intelligence desk
usdt-from-bank-desk = Anti-fraud centre, bank desk
usdt-from-exchange = Kestrel exchange, law-enforcement response team
usdt-from-dealer = Mr Fang, holder of card 2291
usdt-from-prosecutor = Procuratorate
usdt-inj-file-case = Mr Zhou's payments and the platform's chats make out fraud. File a criminal case now, or verify the platform first? Queries of statements need no filed case; a freeze, a seizure and requests abroad do.
usdt-opt-file-now = File the case now
usdt-opt-verify-first = Verify first, file later
usdt-inj-case-filed-late = The case was filed after two days of verification. Freezes and seizures are possible from now on.
usdt-inj-gang-moved = Intelligence: the compound noticed the block on its card. Its wallets and its exchange account are being emptied, the running-points platform told its renters to wipe their phones, and its dispatcher and finance man are reported on a flight to Dubai.
usdt-inj-stop-expiring = Bank desk: a stop-payment on one of the cards ends in less than eight hours. Freeze it, or the money moves again.
usdt-inj-dealer-call = The holder of card 2291 calls the station, furious: he is a registered P2P merchant, he delivered the USDT for every payment within minutes at the market rate, and now his working account is blocked like a criminal's. His lawyer will answer any further questions in writing.
usdt-inj-exch-reply =
    Subject: RE: Law enforcement request (ref. LE-26-11873), deposit address TEx5…d7Pm

    Dear Officer,

    We have applied a TEMPORARY restriction to the account linked to the deposit address above. The account statement is attached.

    1. The temporary restriction will be lifted automatically 72 hours after it was applied unless we receive, through this portal, a freezing order or freezing decision issued by a competent authority, signed and sealed, with an English translation. On receipt we will maintain the restriction for up to 12 months.
    2. A request for mutual legal assistance is NOT required to maintain the restriction. It IS required before we can disclose records for use in court or transfer any funds.
    3. We cannot return funds to the victim on a police request or on a letter. Funds are released only under a court order or confiscation decision recognised in our jurisdiction.

    Please reply to this message within 3 hours with the action you intend to take. Tickets left without a reply are closed; the temporary restriction then cannot be extended.

    Kestrel Compliance, Law Enforcement Response
usdt-opt-send-decision = Reply that the sealed freezing decision with an English translation will be uploaded through the portal today
usdt-opt-promise-mla = Reply that a mutual legal assistance request will follow, and ask them to hold the account until it arrives
usdt-opt-ask-return = Reply asking them to send the money back to Mr Zhou's account now
usdt-opt-no-reply = Do not reply yet
usdt-inj-prosecutor-review = The procuratorate has received the case file for review for prosecution.

## Phases and trial

usdt-phase-golden-hour = Phase 1: the report and the golden hour
usdt-phase-tracing = Phase 2: reading the money
usdt-phase-foreign-leg = Phase 3: the exchange, the issuer and the compound
usdt-phase-trial = Phase 4: case file and trial
usdt-chal-unlawful = The defence: the exchange's customer file was bought from a data broker; it was gathered unlawfully and must be excluded.
usdt-excl-unlawful = The court: a file bought from a data broker abroad was gathered against legal procedure; the collection can be neither corrected nor reasonably explained. Excluded.
usdt-chal-intel = The defence: this is what an exchange's staff sent through a web portal; nobody can say who extracted it, when, or how it was kept. It is a lead, not evidence.
usdt-excl-intel = The court: material from a foreign company's portal, with no formal copy obtained through mutual legal assistance, is intelligence; its source and custody cannot be verified. It cannot be a basis for the verdict.
usdt-chal-provenance = The defence: this evidence comes from abroad; the prosecution must show its source, provider, time provided, extractor and time extracted.
usdt-excl-provenance = The court: the prosecution did not account for the source and extraction of this foreign evidence; it cannot be a basis for the verdict.
usdt-chal-unpreserved = The defence: no hash value was recorded for this electronic data; nothing shows it was not altered.
usdt-excl-unpreserved = The court: no hash or other integrity record was made when the electronic data were extracted; their authenticity cannot be confirmed. Not accepted.
usdt-chal-confession = The defence: the accused's statement was made under threat after repatriation; we apply for exclusion of illegal evidence.
usdt-excl-confession = The court: the prosecution did not prove that the statement was lawfully obtained. Excluded.
usdt-proof-fraud = The fraud: a false persona, a fake platform and the victim's payments
usdt-proof-money = The money flow: from the victim's cards to the gang's wallets and exchange account
usdt-proof-identity = The identity of the accused

## Rubric

usdt-cr-recovered = Money returned to the victim
usdt-cr-secured = Money secured (returned, frozen or held)
usdt-cr-traced = The chain traced (bridge card, dealer, wallets, exchange, holding wallet)
usdt-cr-identified = Suspects identified
usdt-cr-custody = Suspects brought back
usdt-cr-convicted = Conviction
usdt-cr-admitted = Evidence admitted by the court
usdt-cr-victim = Care for the victim (warning visit, honest talk and referral)
usdt-cr-compliance = Lawful conduct
usdt-band-a = Excellent
usdt-band-b = Good
usdt-band-c = Pass
usdt-band-d = Needs improvement
usdt-band-f = Fail

## Debrief

usdt-db-base-rate = Background: INTERPOL said in January 2025 that 99 % of criminal assets are never recovered; the FATF estimates that under 2 % of proceeds are seized. What comes back in a case like this is the exception.
usdt-db-cards-stopped = The two rented cards were stopped while the money was still on them. An emergency stop-payment takes minutes and lasts 48 hours (renewable at most twice); the freeze on the filed case kept it, and the return followed.
usdt-db-cards-lost = Most of the money on the two rented cards left before any stop-payment landed. Running-points platforms move each batch within hours: the minutes after the report decide.
usdt-db-pooled = Card 1 also carried other victims' money. What comes back from a pooled running-points card is shared among its victims by amount and time, not paid in full to the first to report.
usdt-db-tipped = A hold on the bridge card, operated from the compound's IP in Myawaddy, told the gang at once. Its wallets and exchange account were emptied, the renters wiped their phones and the organisers left the region. The statements showed it: a PC in Myawaddy logging in to a dozen cards. Freeze or follow: the cards the renters operate from their own phones could be stopped safely; this one was better followed.
usdt-db-followed = The chain was read from the statements without alerting the gang: the renter's card, the bridge card, the dealer, two wallets linked by a common fee payer, and an exchange deposit address. Each link rested on matching amounts and times, and on who operates each account.
usdt-db-not-traced = The money was not traced to the exchange. Each statement named the next account; the links were there to read (a common fee payer for the two wallets, a deposit address that forwards to the exchange's hot wallet).
usdt-db-exch-kept = The exchange's answer said what keeps a restriction: a sealed freezing decision with an English translation through its portal, not mutual legal assistance. Reading it yourself and answering within its three hours kept the account restricted until the return.
usdt-db-exch-mla = The exchange's answer said that mutual legal assistance is NOT needed to keep the restriction, only a sealed freezing decision with a translation. MLA takes months (6–24 months in the Council of Europe's 2014 findings); the 72-hour restriction lapsed long before and the account was emptied.
usdt-db-exch-return = The exchange's answer said that it returns funds only under a court order or a confiscation decision. Asking for the money at once kept nothing: the restriction lapsed after 72 hours. The return comes through mutual legal assistance, after the verdict.
usdt-db-translated = The exchange's answer was sent for translation. A formal translation took four hours; the exchange closed its ticket after three, and the restriction could no longer be kept. Officers who can work in a foreign language without an interpreter are one of the things the training literature asks for.
usdt-db-issuer = The holding wallet's USDT was frozen by its issuer at the address: the only way to stop tokens in a self-custody wallet. (The issuer's procedure is modelled as a training default.)
usdt-db-cashed-out = Part of the money reached the cash desk in Myawaddy and is gone. Money leaves a jurisdiction in less than a day (Hong Kong police, 2019); on a public ledger it moves in minutes.
usdt-db-care = The warning visit reached Mr Zhou before the "risk deposit". Victims keep paying, deny the fraud and may be at risk; the visit with family, an honest account of what can be recovered and a referral for support are part of the case.
usdt-db-no-care = Nobody went to Mr Zhou before the "risk deposit": he paid RMB 150,000 more. Victims often keep paying; a warning call and a visit with his family come first.
usdt-db-dealer = The OTC dealer was questioned as a witness: his card is a merchant's, operated from his own phone, with hundreds of buyers, and he released USDT at the market rate. His orders tie the RMB to the gang's wallet. Treating every dealer as a suspect would have lost that.
usdt-db-dealer-blocked = The OTC dealer's card was blocked. It held none of the case's money: he released the USDT minutes after each payment, as his statement showed (his own phone, hundreds of buyers). Treated as a suspect, the likely innocent merchant stopped cooperating, and his order records, the link between the RMB and the gang's wallet, were lost as a witness's evidence.
usdt-db-wiped = The renters' phones were wiped on the platform's order after the tip-off; a seizure needs a filed case and has to come before the gang is alerted.
usdt-db-broker = The exchange's customer file was bought from a data broker: unlawful, excluded, and a cost to lawful conduct. The same file comes lawfully through mutual legal assistance.
usdt-db-intel-excluded = Material from the exchange's portal is a lead: with no formal copy through mutual legal assistance, the court could not review its source, provider and extraction.
usdt-db-report-preserved = The tracing report was hashed when it was written. Data that verify against a blockchain are presumed unaltered (SPC Online Litigation Rules 2021, Art. 16, by analogy in criminal cases); here the hash of the report and the public transactions it cites speak for themselves.
usdt-db-returned = The procuratorate sent the case back for supplementary investigation: a link of the chain of proof had no item it could put to the court. Each return costs up to a month, at most twice.
usdt-db-convicted = The court convicted. The compound's people were brought back from Myawaddy through the Lancang-Mekong centre's joint operations; between February 2025 and January 2026 more than 7,600 people were repatriated from the Myawaddy compounds.
usdt-db-not-convicted = No conviction: a suspect in custody and an admitted item for each link of the proof are both needed.

## Source titles

usdt-src-pboc-86 = PBoC and MPS notice Yinfa [2016] No. 86: emergency stop-payment for 48 hours, extended at most twice
usdt-src-mps-freeze = MPS Provisions on the Procedure for Handling Criminal Cases: freezing approved by a county-level public security chief, for 6 months, renewable
usdt-src-cbrc-mps-12 = CBRC and MPS rules (2016), Art. 12: return of frozen funds on the spot or within 3 working days
usdt-src-aftf-20 = Anti-Telecom and Online Fraud Law of the PRC (2022), Art. 20
usdt-src-mps-30min = MPS rapid-response rule (2016): victim account details entered within 30 minutes
usdt-src-mps-2022-routes = MPS (2022): laundering through payment firms, running-points platforms and digital currency
usdt-src-mule-minutes = Mule chains of five or six accounts "within minutes" (a figure reported, not a legal rule)
usdt-src-hk-24h = South China Morning Post (2019): scam money leaves Hong Kong in less than 24 hours
usdt-src-freeze-or-follow = Financial-investigation teaching: "freeze or follow"
usdt-src-pooled-share = Fund verification: money from a pooled card is shared among its victims
usdt-src-mps-174 = MPS Provisions on the Procedure for Handling Criminal Cases (2020), Art. 174: inquiry before filing
usdt-src-icja-2018 = International Criminal Judicial Assistance Law of the PRC (2018)
usdt-src-untoc-18 = UN Convention against Transnational Organized Crime, Art. 18, or reciprocity
usdt-src-tcy-2014 = Council of Europe, T-CY assessment report on mutual legal assistance (2014)
usdt-src-lm-lecc = Lancang-Mekong Integrated Law Enforcement and Security Cooperation Centre
usdt-src-myawaddy-2025 = The China–Myanmar–Thailand operation against the Myawaddy compounds (2025)
usdt-src-exchange-portal = Training default: an exchange's law-enforcement portal (not a legal rule)
usdt-src-issuer-freeze = Training default: a stablecoin issuer's freeze at an address (not a legal rule)
usdt-src-chain-clustering = Virtual-currency tracing and blockchain address clustering (course topics)
usdt-src-victim-care = Victim care in telecom-fraud cases: warning, family, referral, honesty
usdt-src-cpl-56 = Criminal Procedure Law of the PRC, Art. 56
usdt-src-cpl-175 = Criminal Procedure Law of the PRC, Art. 175
usdt-src-exclusion-2017 = Rules on excluding illegal evidence in criminal cases (2017), Art. 1
usdt-src-spc-405 = SPC Interpretation of the Criminal Procedure Law (2012), Art. 405 (2021: Art. 77)
usdt-src-spp-online-37 = SPP rules on handling online crime cases (2021), Art. 37
usdt-src-spc-online-16 = SPC Online Litigation Rules (2021), Art. 16
usdt-src-remote-abroad = No authority to gather evidence abroad without legal authorisation
usdt-src-design-defaults = Golden Hour training defaults for this case (training defaults, not legal rules)
usdt-src-training-needs = What the seed articles ask of training (scenario teaching, virtual-currency tracing, foreign languages)
usdt-src-base-rate = INTERPOL (2025) and FATF: how little criminal money is recovered
