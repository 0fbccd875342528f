# The safe account (scenarios/safe-account.ron)
# Institutions are generic on purpose: no real bank, payment firm or exchange names.

## The case

safe-title = The Safe Account: fake police, a mule chain to a Cambodian exchange, and a victim who still believes them
safe-summary = Ningbo. "Officer Zhang of the Shanghai public security bureau" told Ms Lin, a 61-year-old retired accountant, that her identity card had been used for money laundering, showed her an "arrest warrant" on a video call, and ordered her to move her savings into a "safe account" for verification. She has paid RMB 630,000. Her son reports it; she is at her bank right now, paying more, and she believes the real police are the fakes. Read the statements hop by hop to find where the money went, stop it without alerting the den, take the Cambodian exchange's offer (it writes in English), stop her from paying again, and bring the GOIP operator and the den's team leader to trial.
safe-obj-statements = Follow the money by querying statements and linking each transfer to its counterparty, reading amounts and times so that a wrong link does not cost the golden hours.
safe-obj-freeze-or-follow = Read from the statements who operates each account, and stop the money where a stop does not alert the den.
safe-obj-abroad = Hold the USDT at the Cambodian exchange in time: read the exchange's English reply, bridge with INTERPOL I-24/7, and draft the mutual legal assistance request on established facts, a legal basis and the formal bank records.
safe-obj-victim = Protect a victim who denies the fraud: warning call, visit, family, honest words about what can be recovered, and referral for support.
safe-obj-goip = Turn the GOIP box in China into a domestic lead: its operator, the box as evidence, without warning the den before its money is held.

## Report and what is known

safe-statement = Report by Mr Chen Hao, 34, son of the victim, Ms Lin, 61, retired accountant, Ningbo, at 10:00: since the day before yesterday his mother has had calls from "Officer Zhang of the Shanghai public security bureau". He told her that her identity card had been used to open an account in a money-laundering case; a "prosecutor" in uniform showed her an "arrest warrant" with her name on a video call. She was told to tell nobody, not even her family, and to move her savings into a "safe account" so that the "fund verification" could clear her. Yesterday morning she transferred RMB 380,000, at 09:00 today RMB 250,000 more. At 09:40 she left for her bank to "verify" the rest of her savings. On the phone to him she said that if police called her, they would be the fake ones: "Officer Zhang" had warned her.
safe-known-transfers = Her mobile-banking slips: RMB 380,000 yesterday at 08:00 and RMB 250,000 today at 09:00, both to card 6217 **** **** 4471 at a rural commercial bank in Henan: the "safe account".
safe-known-denial = Ms Lin believes the callers. She has been told that the "real" investigation is secret and that anyone who tells her otherwise is part of the gang. She has more savings, an insurance policy, and a sister who could lend her money.
safe-known-calls = The calls showed Shanghai landline numbers. Calls like these usually run through a GOIP box that relays internet calls over local SIM cards; the box is somewhere in China.
safe-known-statements = The banks and the payment firm answer a query with a statement in 10 to 30 minutes; the public ledger can be read in 5. Each link you confirm costs the analyst 10 minutes; a wrong one, 2 hours more.
safe-victim-name = Ms Lin

## Places and institutions

safe-jur-cn = China
safe-jur-kh = Cambodia
safe-jur-chain = The public ledger (TRON): self-custodied wallets
safe-jur-ae = United Arab Emirates
safe-inst-cn-bank-nb = A city commercial bank, Ningbo
safe-inst-cn-bank-hn = A rural commercial bank, Henan
safe-inst-cn-bank-gx = A joint-stock commercial bank, Guangxi branch
safe-inst-cn-pay = A third-party payment firm
safe-inst-cn-bank-yw = A state-owned bank, Yiwu branch
safe-inst-cn-bank-other = Other domestic banks
safe-inst-cn-atm = Cash at ATMs
safe-inst-tron = TRON blockchain (USDT)
safe-inst-kh-exch = A cryptocurrency exchange in Phnom Penh

## Accounts

safe-acc-lin = Ms Lin's savings account
safe-acc-safe-card = The "safe account" (card ending 4471, Henan)
safe-acc-pay-acct = Payment account ending 7702
safe-acc-otc-bank = Bank account ending 8830 (Yiwu)
safe-acc-otc-wallet = USDT address TQ7x…9fK2
safe-acc-kh-deposit = Exchange deposit address TXk4…q9Rm
safe-acc-gang-wallet = Private USDT wallet TMv8…3sLp
safe-acc-den-wallet = The den's new private USDT wallet TNp3…7hWc
safe-acc-safe-card-2 = The new "safe account" (card ending 1928, Guangxi)
safe-acc-atm-cash = Cash withdrawn at ATMs
safe-acc-nz-shop = A merchant account (shop)
safe-acc-nz-card = A personal bank card
safe-acc-nz-game = A game top-up merchant
safe-acc-nz-otc = Another person's bank account (an OTC trader)
safe-acc-nz-buyer = A personal bank card (a USDT buyer)
safe-acc-nz-addr = Another USDT address
safe-dev-safe-card = Mobile banking on an Android phone in Zhoukou, Henan, over the same home broadband for two years: the card holder's own phone.
safe-dev-pay-acct = Logins from an IP address in Sihanoukville, Cambodia; three different devices in nine days; the account was opened nine days ago with the identity card of a man from Guangxi.
safe-dev-otc-bank = The holder's phone at his shop in Yiwu, the same device since 2021; hundreds of buyers a month, each payment matched by a USDT transfer of the same value.
safe-dev-otc-wallet = A busy hot wallet: hundreds of USDT transfers a day, to many exchanges and private wallets, each matching a sale.
safe-dev-kh-deposit = Withdrawals are signed from the same Sihanoukville IP address that logs in to payment account 7702.
safe-dev-safe-card-2 = Cash withdrawn at ATMs in three districts of Ningbo within the hour.

## Domestic measures and reading the money

safe-ground-case-filed = A criminal case has been filed
safe-req-case-filed = No case has been filed yet.
safe-fact-paid = Ms Lin paid RMB 630,000 to a "safe account" on the instructions of the callers
safe-fact-impersonation = The callers impersonated public security officers and a prosecutor (fake arrest warrant)
safe-fact-traced-kh = The money was traced through the payment account and the OTC dealer's USDT to this deposit address
safe-fact-den-ip = The payment account is operated from an IP address in Sihanoukville
safe-fact-goip = The calls were relayed by a GOIP box in China, now seized
safe-fact-boss-id = The team leader is identified by the exchange's KYC file
safe-basis-untoc18 = UN Convention against Transnational Organized Crime, Art. 18
safe-basis-reciprocity = Reciprocity

## Channels

safe-ch-kh-exch = The exchange's law-enforcement desk (by e-mail)
safe-ch-i247 = INTERPOL I-24/7 stop-payment (I-GRIP)
safe-ch-mla = Mutual legal assistance (Cambodia)
safe-ch-lm = Lancang-Mekong Integrated Law Enforcement and Security Cooperation Centre (Kunming)
safe-ch-local-psb = The public security bureau where the GOIP box is (inter-regional cooperation)
safe-sv-exch-statement = Ask for the deposit address's records and KYC
safe-sv-exch-restrict = Voluntary 72-hour restriction
safe-sv-i247-hold = Stop-payment (temporary hold on the foreign account)
safe-sv-mla-freeze-return = Urgent freeze with a view to confiscation and return
safe-sv-mla-evidence = Request the exchange's records as evidence
safe-sv-lm-joint-op = Joint operation: arrest and repatriation
safe-sv-raid = Raid the flat and seize the box now
safe-sv-stakeout = Stake out the box and arrest the operator when he comes
safe-req-exch-offer = The exchange restricts an account only on the terms of its own offer, and none has been accepted.

## Suspects

safe-sus-goip-op = The GOIP operator
safe-role-goip-op = Installs and services the GOIP box in a rented flat in Quanzhou, Fujian; paid per SIM card
safe-sus-boss = "Officer Zhang"
safe-role-boss = The voice of "Officer Zhang": team leader of the den in Sihanoukville; the exchange's KYC names him

## Evidence

safe-ev-statement = Mr Chen's report and Ms Lin's later statement
safe-ev-phone-data = Photographs of Ms Lin's phone: call log, the "arrest warrant" image, the video-call screen
safe-ev-call-records = Telecom records of the caller numbers
safe-ev-bank-records = Bank and payment-firm records of the chain (formal)
safe-ev-otc-records = The OTC dealer's trade records and his chat with the buyer
safe-ev-kh-kyc = The exchange's KYC file and records of the deposit address
safe-ev-goip-box = The GOIP box, its SIM cards and logs
safe-m-telecom = Obtain the telecom operator's records (pre-filing inquiry allowed)
safe-m-evidence-notice = Obtain the banks' and the payment firm's records with a notice to obtain evidence
safe-m-insider = Buy the KYC file from an exchange employee on Telegram
safe-src-report = Record of the report interview
safe-src-phone = Copied at intake from the son's phone (photographs he took of his mother's phone)
safe-src-telecom = The telecom operator's records, on a notice
safe-src-banks = Records provided by the banks and the payment firm on a notice to obtain evidence
safe-src-otc-app = The dealer's OTC app and chat history, handed over as a witness
safe-src-exch-email = An e-mail from the exchange's compliance desk
safe-src-insider = Files sent on Telegram by an exchange employee, for payment
safe-src-goip-seizure = Search and seizure record of the flat in Quanzhou
safe-who-son = Mr Chen Hao (the victim's son)
safe-who-duty-officer = The duty officer
safe-who-telecom = The telecom operator
safe-who-banks = The banks and the payment firm
safe-who-case-unit = The case unit
safe-who-dealer = The OTC dealer, Mr Qian
safe-who-exch-desk = The exchange's compliance desk
safe-who-insider = An exchange employee acting privately
safe-who-local-psb = Quanzhou public security bureau
safe-who-forensic = The forensic laboratory

## Victim care

safe-task-warn-call = Anti-fraud warning call (96110) to Ms Lin and an alert to her bank's counter
safe-task-visit = Visit Ms Lin with the community officer
safe-task-family = Bring in her son and her sister
safe-task-honest = Tell her honestly what is held, what is gone and what can come back
safe-task-referral = Refer her for psychological support
safe-why-family = Her family can only help once she has been seen in person: visit her first.
safe-why-honest = Talk to her in person first, and only once some of the money is actually held: nothing honest can be said about recovery before that.
safe-why-referral = A referral needs her trust: visit her first.
safe-msg-warn-call = The warning call: Ms Lin hung up ("Officer Zhang said you would call"). The counter clerk, alerted by the anti-fraud centre, kept her RMB 100,000 transfer back and talked to her until she left, angry, without paying.
safe-msg-visit = The visit: Ms Lin shows the "arrest warrant". She does not believe it is fake yet, but agrees to wait before paying more and, with the officer, cancels the RMB 150,000 ATM transfer she made at 13:00 (credited only after 24 hours).
safe-msg-family = Her son and her sister sit with her. Her sister refuses the RMB 200,000 "loan" the "officers" asked for, and her son sets a daily limit on her cards with her consent.
safe-msg-honest = You tell her plainly what is held, what has gone abroad and how long a return takes, with no promises. For the first time she asks how the callers knew her identity number. She cancels the sale of her insurance policy.
safe-msg-referral = A counsellor from the victim-support service visits her; her son will go with her next week.

## Events and choices

safe-from-duty-chief = Duty commander
safe-from-son = Mr Chen Hao
safe-from-dealer = Mr Qian, OTC dealer (Yiwu)
safe-from-exch = Compliance desk of the exchange (Phnom Penh)
safe-from-lm = Lancang-Mekong centre, Kunming
safe-from-prosecutor = Procuratorate
safe-inj-filed = The case is filed on the son's report and the transfer slips, although Ms Lin denies being defrauded. Last night her son photographed her phone while she slept: the call log, the "arrest warrant" image and the video-call screen.
safe-inj-atm-again = Mr Chen: "Mum went to an ATM at one o'clock and sent RMB 150,000 to a new card the 'officers' gave her. The bank says an ATM transfer to another person arrives only after 24 hours."
safe-inj-dealer-call = Mr Qian, an OTC dealer in Yiwu, calls the duty room, furious: his account has been stopped. He sells USDT for a living, has done so for years, and received RMB 250,000 from a buyer this morning; he has not sent the USDT yet. He offers to show his trade records and his chat with the buyer, but says he will tell every trader he knows if nobody explains.
safe-opt-witness = Explain the stop, take his statement as a witness and his trade records, and ask him to say nothing
safe-opt-detain = Detain him as a suspect for helping information-network crime
safe-opt-ignore = Do not answer him for now
safe-cmp-detain = Detaining a trader on no evidence that he knew of the fraud (his account shows years of ordinary trade) is a coercive measure without grounds.
safe-inj-exch-email =
    From: Compliance Desk
    Subject: RE: Deposit address TXk4…q9Rm

    Dear Officer,
    1. The address belongs to a verified account (KYC: a PRC national; all logins from Sihanoukville). The full balance is pending withdrawal under our large-withdrawal review; records are attached.
    2. We cannot act on freeze orders issued by a foreign authority. Under our policy, legal process we cannot accept is disclosed to the account holder.
    3. We can place a voluntary 72-hour restriction on the account if you confirm in writing, within 2 hours of this message, that a request through INTERPOL or the Cambodian National Police will follow.
    Please do not contact the account holder.
safe-opt-confirm = Reply as the e-mail asks, and ask for what it offers
safe-opt-send-order = Send them our bureau's stamped freeze notice, to act on at once
safe-opt-wait = Wait for the translation before replying
safe-inj-den-gone = Lancang-Mekong centre: the Cambodian police found the den's floor in Sihanoukville empty. Phones and laptops were wiped; the team leader is reported to have flown to Dubai.
safe-inj-son-worried = Mr Chen: "Mum has hardly eaten for days and does not leave the flat. She keeps saying it is all her fault."
safe-inj-prosecutor-review = The case file goes to the procuratorate for review. It will check the source and provenance of every item, and send the case back for supplementary investigation if a link of the proof has no item it can put to the court.

## Phases

safe-phase-golden = Phase 1: the golden hours
safe-phase-days = Phase 2: the next days
safe-phase-formal = Phase 3: formal requests
safe-phase-trial = Phase 4: case file and trial

## Trial

safe-chal-unlawful = The defence: the exchange's KYC file was bought from an employee on Telegram by a Chinese officer; it must be excluded.
safe-excl-unlawful = The court: investigators have no authority to gather evidence abroad without authorisation, let alone by paying an insider. Excluded.
safe-chal-intel = The defence: this KYC file is an e-mail from a private company's desk; nothing shows who extracted it, when, or how it was kept.
safe-excl-intel = The court: an informal copy with no account of its source, never obtained through a formal channel; it cannot be a basis for the verdict.
safe-chal-foreign = The defence: these records come from Cambodia; the prosecution must show their source, provider, time provided, extractor and time extracted.
safe-excl-foreign = The court: the prosecution did not account for the source and extraction of this foreign evidence; it cannot be a basis for the verdict.
safe-chal-unpreserved = The defence: the data from Ms Lin's phone was copied with no hash value; nothing shows it was not altered.
safe-excl-unpreserved = The court: the integrity of the electronic data cannot be confirmed. Not accepted.
safe-proof-deception = The deception: impersonated officers, a fake warrant and the payments
safe-proof-money = The money flow through the domestic accounts
safe-proof-usdt = The conversion to USDT and the transfer to the den's deposit address
safe-proof-calls = The calls: who relayed them and from where

## Scoring

safe-cr-recovered = Money returned to the victim
safe-cr-secured = Money secured (returned, frozen or held)
safe-cr-custody = Suspects in custody
safe-cr-convicted = Conviction
safe-cr-admitted = Evidence admitted by the court
safe-cr-compliance = Lawful conduct
safe-cr-victim-care = Victim care (warning call, visit, family, honesty, referral)
safe-cr-quiet = The den not alerted
safe-band-a = Excellent
safe-band-b = Good
safe-band-c = Pass
safe-band-d = Needs improvement
safe-band-f = Fail

## Debrief

safe-db-base-rate = Background: INTERPOL said in January 2025 that 99 % of criminal assets are never recovered; the FATF puts the share of proceeds seized under 2 %.
safe-db-dealer-stopped = The stop-payment on the dealer's account kept the RMB 250,000 at home: he releases USDT only once the RMB has cleared. An emergency stop-payment takes effect in minutes and lasts 48 hours, renewable twice; the freeze and the return within 3 working days must follow.
safe-db-p2-gone = The RMB 250,000 paid this morning reached the den's new private wallet: the dealer had settled before any stop reached his account. He releases USDT once the RMB has cleared, within hours; an emergency stop-payment takes effect in minutes, so the minutes spent reading statements, and any wrong link, decided it. No measure of this case reaches a self-custodied wallet.
safe-db-kh-gone = The balance at the Cambodian exchange was withdrawn to the den's private wallet before any restriction or hold reached it. Hong Kong police found scam money generally out of the city within 24 hours; an exchange's large-withdrawal review buys a day or two, no more.
safe-db-tipped = The den was alerted: by a stop on its own payment account (whose logins came from Sihanoukville), by a foreign freeze notice the exchange disclosed, by an angry dealer's word, or by a raid that made the GOIP box go dead. It withdrew what it could reach and its team leader left. Read the statements' device lines before you choose where to stop the money.
safe-db-quiet = The den never learned that the police were on the chain: the stop fell on an account it does not operate, and the box kept running until its operator came.
safe-db-witness = You treated the dealer as a witness. His trade records and his chat with the buyer are lawful evidence of the conversion to USDT, and nothing in his statement suggested he knew of the fraud. Before a case is filed, and after, police may question and obtain materials without restricting anyone.
safe-db-detained = You detained the dealer as a suspect. His statement showed years of ordinary trade and no sign that he knew of the fraud: the detention cost compliance, and his traders' group passed the news to the buyer.
safe-db-ignored = Nobody explained the stop to the dealer. He told the traders he works with; the den's buyer was among them.
safe-db-read-it = You read the exchange's reply yourself and accepted its offer in time: a written confirmation that an INTERPOL request would follow bought a 72-hour restriction, which the I-24/7 hold and then the MLA freeze took over.
safe-db-sent-order = You sent the exchange a domestic freeze notice. The e-mail said it cannot act on a foreign authority's order and discloses such process to the account holder: it did, and the den withdrew. Reading the message was the decision.
safe-db-waited = You waited for a translation. The exchange's offer lapsed after 2 hours and the translation took 3: the balance stayed on the withdrawal queue. Officers who can work in a foreign language without an interpreter are one of the training needs the seed articles name.
safe-db-no-i247 = The deposit address was known but no I-24/7 stop-payment was requested. A hold through INTERPOL comes within hours to about a day once routed through the provincial department and the MPS, and must be followed by a formal request; a voluntary restriction ends after 72 hours.
safe-db-kh-kept = The USDT held at the Cambodian exchange came back in part: the restriction, the I-24/7 hold and the MLA freeze kept it until the court's confiscation decision, and the agreed share was returned (the 70 % share is a modelling choice).
safe-db-no-mla = No mutual legal assistance request was sent. Temporary holds end; only a formal freeze kept until the confiscation decision brings money back from abroad, and only MLA brings foreign records in a form the court reviews as formal evidence (6 to 24 months, Council of Europe T-CY 2014).
safe-db-care-full = Ms Lin was called, visited, surrounded by her family, told honestly what could be recovered, and referred for support: each step stopped a payment she would otherwise have made, and the last one ended her denial. Victims often deny the fraud, keep paying, or are at risk of suicide.
safe-db-kept-paying = Ms Lin kept paying after the report: her new "safe account" was emptied in cash at ATMs within the hour. A victim who believes the callers does not stop because of one call; the warning call, a visit, her family and honest talk each stop a different payment.
safe-db-no-call = No warning call was made while Ms Lin stood at her bank's counter. The MPS rapid-response rule asks for the victim's account details within 30 minutes of a report: the anti-fraud centre's call and an alert to her bank are the first minutes' work.
safe-db-atm = The visit came within 24 hours of her ATM transfer: since December 2016 an ATM transfer to another person's account arrives only after 24 hours and can be cancelled within that time, so it was cancelled.
safe-db-no-referral = Ms Lin was never referred for psychological support. Victims of this fraud blame themselves; the harm is emotional as well as financial, and some are at risk of suicide.
safe-db-goip = The GOIP operator was arrested at the box in Quanzhou. The box relayed the den's internet calls over local SIM cards, which is why the calls showed Shanghai numbers: the seized box, its SIM cards and logs link the calls to the den.
safe-db-goip-raid = The box was seized, but the den saw it go dead and was gone before its team leader could be arrested. Staking the box out until the operator came to change the SIM cards would have kept the den unaware while its money was held.
safe-db-boss = "Officer Zhang" was brought back through the Lancang-Mekong centre's joint operation, on the arrest the procuratorate had approved, with the exchange's KYC naming him.
safe-db-insider = You bought the KYC file from an exchange employee. Chinese investigators have no authority to gather evidence abroad without authorisation: the file cost compliance and was excluded, however fast it came.
safe-db-kyc-informal = The exchange's KYC file stayed an informal e-mail copy: a lead that identified the team leader, not proof. Only a formal copy obtained through mutual legal assistance, with its source and extraction explained, was usable.
safe-db-unpreserved = The data copied from Ms Lin's phone was excluded: no hash value was recorded when it was copied at intake.
safe-db-returned = The procuratorate sent the case back for supplementary investigation: a link of the proof had no item it could put to the court. Each return costs up to a month; after two it declines to prosecute.
safe-db-convicted = The court found the impersonation, the money flow, the conversion to USDT and the calls proved by lawful evidence, and convicted.
safe-db-not-convicted = There was no conviction: a link of the proof was missing or excluded, or nobody was in custody. Without a conviction no confiscation decision returns the money frozen abroad.

## Source titles

safe-src-pboc-86 = PBoC and MPS notice on emergency stop-payment and rapid freezing of accounts in telecom fraud cases, Yinfa [2016] No. 86
safe-src-mps-freeze = MPS Provisions on the Procedures for Handling Criminal Cases (freezing)
safe-src-cbrc-mps-12 = CBRC and MPS rules on freezing and returning funds in telecom fraud cases (2016), Art. 12
safe-src-aftf-20 = Anti-Telecom and Online Fraud Law of the PRC (2022), Art. 20
safe-src-mps-30min = MPS rapid-response rule for telecom fraud (2016), reported by Xinhua
safe-src-atm-24h = Rule on ATM transfers to another person's account, credited after 24 hours (in force since 1 Dec 2016)
safe-src-mps-2022-routes = MPS (2022) on laundering routes: payment firms, running-points platforms, digital currency
safe-src-mule-minutes = Reports of mule chains moving money through 5–6 accounts within minutes (not confirmed)
safe-src-hk-24h = South China Morning Post (2019): scam money leaves Hong Kong within 24 hours
safe-src-freeze-or-follow = Financial-investigation teaching: freeze or follow
safe-src-seed-goip = Zhu Yuqing, International law-enforcement cooperation against "pig-butchering" telecom fraud (GOIP boxes)
safe-src-mps-174 = MPS Provisions on the Procedures for Handling Criminal Cases (2020), Art. 174
safe-src-victim-care = Zhu Yuqing, International law-enforcement cooperation against "pig-butchering" telecom fraud, part II(3)3 (victims)
safe-src-foreign-language = Seed articles on training officers for cross-border fraud cases (foreign languages, virtual-currency tracing)
safe-src-interpol-igrip = INTERPOL I-24/7 stop-payment and I-GRIP; CNA (2024); South China Morning Post (2023)
safe-src-routing = Zhu Yuqing, International law-enforcement cooperation against "pig-butchering" telecom fraud, part IV(4)1
safe-src-icja-2018 = International Criminal Judicial Assistance Law of the PRC (2018), Arts. 2, 9, 10, 14
safe-src-kh-untoc = UN Convention against Transnational Organized Crime, Art. 18; reciprocity
safe-src-mla-emergency = Implementing rules (trial) for incoming criminal judicial assistance requests: urgent freezing
safe-src-tcy-2014 = Council of Europe, T-CY assessment report on mutual legal assistance (2014)
safe-src-icja-return = International Criminal Judicial Assistance Law of the PRC (2018), Arts. 47–55
safe-src-cpl-arrest = Criminal Procedure Law of the PRC, approval of arrest by the procuratorate
safe-src-lm-lecc = Lancang-Mekong Integrated Law Enforcement and Security Cooperation Centre (Xinhua, 2024)
safe-src-no-authority-abroad = Zhu Yuqing, International law-enforcement cooperation against "pig-butchering" telecom fraud, part III.3
safe-src-cpl-56 = Criminal Procedure Law of the PRC, Art. 56
safe-src-spc-405 = SPC Interpretation on the Application of the Criminal Procedure Law (2021), Art. 77 (2012 Interpretation, Art. 405)
safe-src-police-coop-2016 = SPC, SPP and MPS Opinions on Telecom and Online Fraud Cases, Fa Fa [2016] No. 32, part 6
safe-src-spp-online-37 = SPP Rules on Handling Online Crime Cases (2021), Art. 37
safe-src-cpl-175 = Criminal Procedure Law of the PRC, Art. 175
safe-src-base-rate = INTERPOL (January 2025); FATF
safe-src-design-defaults = Training assumptions of this case (chances and times not set by any rule)
