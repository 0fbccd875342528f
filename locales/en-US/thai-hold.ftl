# The Thai hold (scenarios/thai-hold.ron)
# Institutions are generic on purpose: no real bank names.

## The case

thh-title = The Thai Hold: a late report, a 72-hour bank hold and the Lancang-Mekong centre
thh-summary = Kunming. Mr Zhou, a retired teacher, has put RMB 1,000,000 into a "durian plantation" investment that "Nida", whom he met on a social app, runs from a den in Chiang Rai, Thailand. He reports late: his last transfer was 50 hours ago. Most of the money went to Thai bank accounts that domestic measures cannot reach. Act at once anyway: persuade him to alert the Thai bank and complain to the Thai police in time, chain the temporary holds until a formal freeze arrives, and bring the suspects back through the Lancang-Mekong centre once they cross into Laos.
thh-obj-late = Treat a late report as urgent: what is gone is gone, what is still moving can be caught.
thh-obj-72h = Use Thailand's 72-hour bank hold and get the victim's complaint in within the 72 hours, which extends the hold to 7 days.
thh-obj-bridge = Bridge the temporary holds until a formal freeze arrives (INTERPOL I-24/7, then mutual legal assistance), and keep the freeze in force until the court's confiscation decision returns the money.
thh-obj-lm = Bring back suspects who crossed into Laos through the Lancang-Mekong centre's joint operations.
thh-obj-evidence = Back partial, late evidence with formal, preserved evidence, and account for the provenance of what the foreign police hand over.

## Report and what is known

thh-statement = Statement of the victim, Mr Zhou, 66, retired teacher, Kunming: in the spring he met "Nida" on a social app, a Chinese-speaking Thai businesswoman. She showed him a "durian plantation" investment platform that paid small profits at first. Over twelve days he transferred RMB 850,000 to an account in Bangkok and RMB 150,000 at an ATM to a domestic card. When he asked to withdraw, the platform said his account was "under review" and a tax was due. "Nida" told him to delete their chats "for security" and promised the money for tomorrow. He did not want his children to know; his daughter brought him to the police station this evening.
thh-known-transfers = Transfers: RMB 150,000 12 days ago, RMB 200,000 9 days ago and RMB 500,000 50 hours ago to an account at a Bangkok bank; RMB 150,000 at an ATM 50 hours ago to a domestic card (a joint-stock bank, Guangdong), credited 26 hours ago.
thh-known-late = He reports late: the last transfer was 50 hours ago. An ATM transfer can be cancelled only within 24 hours; the domestic card was emptied long ago.
thh-known-thai = The Bangkok account is in Thailand: domestic stop-payment and freezing cannot reach it. In Thailand a bank can hold a transfer for 72 hours on the victim's own alert, and up to 7 days once the victim has complained to the Thai police.
thh-known-nida = He deleted most of the chats; what is left are screenshots. "Nida" is still writing to him.
thh-victim-name = Mr Zhou

## Places and institutions

thh-jur-cn = China
thh-jur-th = Thailand
thh-jur-la = Laos
thh-jur-mm = Myanmar
thh-inst-cn-bank-km = A state-owned bank, Kunming branch
thh-inst-cn-bank-gd = A joint-stock commercial bank, Guangdong branch
thh-inst-cn-otc = An over-the-counter USDT dealer in China
thh-inst-th-bank-bkk = A commercial bank in Bangkok
thh-inst-th-bank-cr = A commercial bank in Chiang Rai
thh-inst-th-otc = A USDT dealer in Chiang Rai

## Accounts

thh-acc-zhou = Mr Zhou's pension account
thh-acc-cn-card = Domestic card (ending 6630, Guangdong)
thh-acc-cn-otc-usdt = Domestic USDT dealer
thh-acc-th-a = Bangkok account (ending 4182, a rented account)
thh-acc-th-b = Chiang Rai collector account (ending 9057)
thh-acc-th-usdt = Chiang Rai USDT dealer

## Domestic measures

thh-ground-case-filed = A criminal case has been filed

## Channels abroad

thh-ch-alert = Mr Zhou's alert to the Thai bank (with the liaison officer in Bangkok)
thh-ch-complaint = Mr Zhou's complaint to the Thai police (through the liaison officer)
thh-ch-i247 = INTERPOL I-24/7 stop-payment (I-GRIP)
thh-ch-mla = Mutual legal assistance (Thailand)
thh-ch-liaison = Police liaison officer in Bangkok
thh-ch-lm = Lancang-Mekong Integrated Law Enforcement and Security Cooperation Centre (Kunming)
thh-el-victim-id = The victim's passport copy and contact details
thh-el-slips = Transfer slips
thh-el-target-details = Target details (account numbers, holders, amounts, times)
thh-el-thai-translation = Thai translation
thh-el-power-of-attorney = Power of attorney for the liaison officer to file for him
thh-el-victim-report = The victim's report
thh-el-facts = Statement of facts
thh-el-legal-basis = Legal basis (offence and provisions)
thh-el-approval = Approval of the supervising authority
thh-el-identity = Identity particulars of the suspect
thh-sv-hold-72h = Hold the account for 72 hours
thh-sv-trail = Follow the money to the next account
thh-sv-extend-7d = Complaint: the hold runs 7 days
thh-sv-i247-hold = Stop-payment (temporary hold on the foreign account)
thh-sv-mla-freeze = Request an urgent freeze
thh-sv-mla-return = Request return of the victim's money after the confiscation decision
thh-sv-mla-evidence = Request evidence
thh-sv-liaison-copy = Informal copy of the records, sent on a messaging app (intelligence)
thh-sv-liaison-trace = Trace the account's onward transfers (intelligence)
thh-sv-liaison-locate = Locate a suspect
thh-sv-lm-joint-op = Joint operation: arrest and repatriation
thh-req-consent = Only the victim can alert a Thai bank or complain to the Thai police, and Mr Zhou has not agreed yet.
thh-req-no-hold = A complaint extends a Thai hold that is in force, and there is none: the bank must first hold the account on the victim's alert (and the 72 hours must not have run out).
thh-req-case-filed = No case filed yet: a joint operation needs a filed case.

thh-ch-notices = INTERPOL notices (through INTERPOL NCB China)
thh-ch-extradition = Extradition (diplomatic channel)
thh-ch-th-police = Royal Thai Police, through the bilateral police-cooperation channel
thh-el-warrant = The procuratorate's approval of arrest
thh-sv-blue = Blue notice: locate the suspect
thh-sv-red = Red notice: locate and provisionally arrest
thh-sv-extradite = Request extradition
thh-sv-th-police-handover = Hand over the bank records obtained in the Thai case
thh-req-no-complaint = The Thai police have no case of their own yet: Mr Zhou's complaint must reach them first.
thh-req-have-formal = The case file already holds the formal records obtained through mutual legal assistance.

## Suspects

thh-sus-boss = Den boss "A-Long"
thh-role-boss = Runs the Chiang Rai den; the collector account is in his partner's name
thh-sus-nida = "Nida"
thh-role-nida = The chatter who played "Nida"; the Bangkok account's records lead to her

## Evidence

thh-ev-statement = Mr Zhou's statement
thh-ev-slips = Transfer slips and ATM receipt
thh-ev-chats = Screenshots of the chats that were left
thh-ev-phone = Forensic extraction of Mr Zhou's phone (deleted chats recovered)
thh-ev-th-bank = Thai bank records of the Bangkok and Chiang Rai accounts
thh-ev-suspect-statement = Suspect's statement
thh-m-forensic = Forensic extraction of the phone, with his consent, hash values recorded
thh-m-personal-contact = Ask a friend who works at the Thai bank to send the records
thh-m-interrogation = Interrogation after repatriation (with full audio-video recording)
thh-src-report = Record of the report interview
thh-src-slips = Slips and receipts provided by the victim
thh-src-screenshots = Screenshots taken at intake from the victim's phone
thh-src-forensic = The victim's phone, examined in the forensic lab
thh-src-wechat = WeChat messages from a bank employee
thh-src-interrogation = Interrogation record with audio-video recording
thh-src-th-police-case = The Thai police's case file on Mr Zhou's complaint
thh-who-th-police = Royal Thai Police
thh-who-duty-officer = The duty officer
thh-who-forensic-lab = The forensic laboratory
thh-who-bank-friend = A bank employee acting privately
thh-who-suspect = The suspect
thh-who-case-unit = The case unit

## Events and choices

thh-from-duty-chief = Duty commander
thh-from-zhou = Mr Zhou
thh-from-liaison = Police liaison officer in Bangkok
thh-from-lm = Lancang-Mekong centre, Kunming
thh-from-prosecutor = Procuratorate
thh-from-family = Mr Zhou's daughter
thh-inj-intake = Mr Zhou's report is registered. The last transfer was 50 hours ago and most of the money went abroad. File the case and work it tonight, or register it and leave it to the day shift in the morning?
thh-opt-act-now = File the case and work it tonight
thh-opt-day-shift = Register it; the day shift takes it in the morning
thh-inj-day-shift-files = The day shift files the case, twelve hours after the report.
thh-inj-zhou-hesitates = Mr Zhou does not want to sign anything tonight: he is ashamed, his children do not know the whole story, and "Nida" has promised the money for tomorrow. Only he can alert the Thai bank and complain to the Thai police.
thh-opt-explain = Explain calmly that the "tax" and the promised refund are the last stage of the scam, and that the Thai hold works only on his alert and his complaint
thh-opt-let-him-think = Let him think it over and come back when he is ready
thh-inj-zhou-returns = Mr Zhou is back: no money came, and "Nida" asked for more. He agrees to sign whatever is needed.
thh-inj-tax-demand = Mr Zhou shows you his phone: "Nida" writes that the RMB 60,000 tax must be paid within two hours, or the account is closed for good.
thh-opt-stall = Tell him not to pay, and to answer her calmly that the bank needs a day
thh-opt-confront = Have him tell her he has gone to the police
thh-opt-let-pay = Let him decide for himself
thh-cmp-let-pay = Knowingly letting a victim pay a fraudster breaches the duty to protect his property.
thh-inj-bank-notice = The liaison officer: on Mr Zhou's alert the Thai bank has put the account on hold. The hold lasts 72 hours; unless he files a complaint with the Thai police within that time, it is released. The bank has told the account holder.
thh-inj-hold-lapsing = The liaison officer: the Thai police still have no complaint from Mr Zhou. Without it, the bank releases the account as soon as the 72 hours are up.
thh-inj-den-crossed = The liaison officer: Thai police went to the den in Chiang Rai; it was empty. "A-Long" and "Nida" have crossed the Mekong into the Golden Triangle special economic zone in Laos.
thh-inj-lm-desk = The Lancang-Mekong centre's duty desk in Kunming: joint operations with Thailand, Laos and Myanmar are running along the Mekong; send the names and particulars of identified suspects and they will be added.
thh-inj-prosecutor-review = The case file goes to the procuratorate for review. It will check the source, provider, time provided, extractor, time extracted and preservation of every item, and send the case back for supplementary investigation if a link of the proof has no item it can put to the court. The chats are screenshots of what Mr Zhou did not delete: the defence will attack them.
thh-inj-family-asks = Mr Zhou's daughter calls: the Thai account has been frozen for weeks, so why is the money not back?
thh-opt-explain-stages = Explain the stages: hold, freeze, a formal request, the trial, and the confiscation decision that returns the money; and how long each takes
thh-opt-promise = Promise her the money will be back within a month

## Phases

thh-phase-night = Phase 1: the night of the report
thh-phase-holds = Phase 2: the Thai holds
thh-phase-formal = Phase 3: the formal follow-up
thh-phase-trial = Phase 4: case file and trial

## Trial

thh-chal-unlawful = The defence: these bank records were sent privately by a bank employee in Thailand at a Chinese officer's request, without any legal procedure; they must be excluded.
thh-excl-unlawful = The court: investigators have no authority to gather evidence abroad without authorisation; records obtained privately from a foreign bank employee seriously breach legal procedure. Excluded.
thh-chal-intel = The defence: these records are an informal copy sent on a messaging app; nothing shows where they came from, who extracted them or how they were kept.
thh-excl-intel = The court: the material is an informal copy with no account of its source and was never obtained through a formal channel or the police-cooperation mechanism; it cannot be a basis for the verdict.
thh-chal-undocumented = The defence: the Thai police handed these records over with no record of how they were obtained, kept and handed over.
thh-excl-undocumented = The court: no record or explanation shows how the material handed over by the foreign police was obtained and kept; it cannot be a basis for the verdict.
thh-chal-chats = The defence: these are screenshots of a chat the victim partly deleted; nothing shows they are complete or unaltered.
thh-chal-unpreserved = The defence: no hash value was recorded for this electronic data; its integrity is in doubt.
thh-excl-unpreserved = The court: the authenticity and integrity of the electronic data cannot be confirmed. Not accepted.
thh-chal-provenance = The defence: these records come from Thailand; the prosecution must show their source, provider, time provided, extractor and time extracted.
thh-excl-provenance = The court: the prosecution did not account for the source and extraction of this foreign evidence; it cannot be a basis for the verdict.
thh-chal-confession = The defence: the accused was arrested in Laos and questioned after a long transfer; the statement was made under pressure.
thh-excl-confession = The court: the prosecution did not prove that the statement was lawfully obtained. Excluded.
thh-proof-fraud = The fraud: a false persona, a fake platform and the victim's payments
thh-proof-money = The money flow: the proceeds reached accounts the den controls
thh-proof-identity = The identity of the accused as the fraudsters

## Scoring

thh-cr-recovered = Money returned to the victim
thh-cr-secured = Money secured (returned, frozen or held)
thh-cr-identified = Suspects identified
thh-cr-custody = Suspects brought back
thh-cr-convicted = Conviction
thh-cr-admitted = Evidence admitted by the court
thh-cr-compliance = Lawful conduct
thh-cr-victim = Protecting the victim (the "tax" stopped without alerting the den)
thh-band-a = Excellent
thh-band-b = Good
thh-band-c = Pass
thh-band-d = Needs improvement
thh-band-f = Fail

## Debrief

thh-db-base-rate = Background: INTERPOL said in January 2025 that 99 % of criminal assets are never recovered; the FATF puts the share of proceeds seized under 2 %.
thh-db-late = Mr Zhou reported 50 hours after his last transfer. Since December 2016 an ATM transfer to another person's account arrives after 24 hours and can be cancelled within that time: had he come a day earlier, his RMB 150,000 could have been stopped before it arrived. Late reports are common, because victims are ashamed and the fraudsters promise refunds.
thh-db-acted-now = You worked the case at once although the report was late. In a 2016 Harbin case the victim reported 4 hours after the transfer, police stopped payment 3 minutes after the report, and RMB 130,000 was still there: money in a collector account can wait for days.
thh-db-day-shift = You left the late report to the day shift. The MPS rapid-response rule asks for the victim's account details within 30 minutes of any report: "it is too late anyway" costs the hours in which the next account can still be found and held.
thh-db-persuaded = You persuaded Mr Zhou to act that night. Under Thailand's Emergency Decree on technology crime (2023) the bank holds a transfer on the victim's own alert, and only the victim's complaint to the Thai police extends the hold: without him, the Thai measures do not start.
thh-db-not-persuaded = Mr Zhou was left to think it over, and came back only when no refund came. Under Thailand's Emergency Decree on technology crime (2023) the hold starts on the victim's alert and continues only on his complaint; those days were the money's best chance.
thh-db-complaint = Mr Zhou's complaint reached the Thai police within the 72 hours, so the bank's hold ran 7 days, and the Thai police had a case of their own in which they could obtain the bank records and hand them over. The 7 days bought time, but not enough for mutual legal assistance: the holds had to be chained to a formal freeze.
thh-db-hold-lapsed = The Thai bank held an account on Mr Zhou's alert, but no complaint followed within 72 hours: the hold lapsed, and the Thai police had no case in which to obtain the bank records. The Emergency Decree gives the victim 72 hours to complain; only then does the hold run 7 days.
thh-db-no-alert = No Thai bank held an account on Mr Zhou's alert. In Thailand a bank holds a suspicious transfer for 72 hours on the victim's alert, the fastest measure available abroad; it needs the victim, and it needs the right account.
thh-db-collector-kept = The money on the collector account came back to Mr Zhou: the Thai bank's hold, its 7-day extension and the I-24/7 hold bridged the weeks an MLA freeze takes to be drafted, translated into Thai and executed, the freeze was kept in force past the verdict, and the court's confiscation decision returned 90 % of it (the rest is shared with Thailand; the share is a modelling choice).
thh-db-collector-lost = The money on the collector account did not come back. Every hold abroad is temporary: 72 hours, 7 days, an I-24/7 hold for a while; when one lapses before the next arrives, the den pays it out to a USDT dealer. Only a formal freeze kept in force until the court's confiscation decision brings it home, and only on a conviction.
thh-db-no-bridge = The Thai bank's holds last 72 hours and 7 days; an MLA freeze is drafted, approved and translated into Thai for days before it even leaves, then takes weeks. Without an I-24/7 stop-payment in between (routed through the provincial department and the MPS, then hours to about a day; it must be followed by a formal request), the gap lets the money go.
thh-db-no-mla = You sent no mutual legal assistance request: temporary holds end, and only a formal freeze and a formal request bring money back or evidence usable in court (MLA takes months: 6 to 24 according to the Council of Europe's T-CY in 2014).
thh-db-confronted = Telling "Nida" he had gone to the police stopped the "tax", but warned the den: the collector account was emptied and the suspects crossed into Laos. Keeping her waiting calmly would have bought time.
thh-db-tax-paid = Mr Zhou paid the RMB 60,000 "tax" after all. A tax or fee to unlock a withdrawal is the classic last stage of the scam ("killing the pig"); a victim who reports late is often still paying.
thh-db-crossed = The den was alerted, by the hold on its collector account or by the victim, and its people crossed into the Golden Triangle zone in Laos. There, the Lancang-Mekong centre's joint operations with Laos, Myanmar and Thailand are the way to reach them (Aug–Dec 2024: more than 160 cases and 70,000 suspects arrested).
thh-db-lm-custody = The Lancang-Mekong centre's joint operation brought suspects back, on the arrests the procuratorate had approved. Regional cooperation reaches where notices and bilateral police contacts do not, but it takes days to weeks and needs identified suspects.
thh-db-no-custody = No suspect was brought back, so there could be no trial. Identify the suspects first (the collector account's holder, the phone extraction, the Bangkok account's records), apply to the procuratorate for approval of their arrest, then ask the Lancang-Mekong centre for a joint operation.
thh-db-personal-contact = You had a friend at the Thai bank send the records privately. Chinese investigators have no authority to gather evidence abroad without authorisation: the records were excluded and cost compliance points, however fast they came.
thh-db-chats-admitted = The screenshots of the partly deleted chats were admitted because the forensic extraction of the phone, with hash values, recovered and vouched for the whole conversation.
thh-db-chats-excluded = The screenshots of the partly deleted chats were excluded: nothing showed they were complete and unaltered. A forensic extraction of the phone, with path, method, time, tools and hash values recorded, would have backed them.
thh-db-promised = You promised Mr Zhou's daughter the money within a month. Money frozen abroad comes back only after the court's confiscation decision, months away (mutual legal assistance alone takes 6 to 24 months according to the Council of Europe's T-CY); a promise the police cannot keep costs the family's trust. Explain the stages instead: hold, freeze, formal request, verdict, return.
thh-db-convicted = The court found the fraud, the money flow and the identity of the accused proved by lawful evidence, and convicted.
thh-db-not-convicted = The chain of proof was incomplete, key items were excluded, nobody was brought back, or the procuratorate declined to prosecute after sending the case back: there was no conviction, and without one no confiscation decision returns the money frozen abroad.
thh-db-coop-attested = The bank records the Thai police handed over through police cooperation were admitted: the foreign police gave no custody record, so two investigators signed and sealed an explanation of their source, handover, kind, quantity and features. Material from police cooperation is usable in Chinese courts once verified; what fails is an informal copy with no account of its source.
thh-db-records-not-admitted = The Thai bank records were in the file but not admitted: an informal copy sent on a messaging app is a lead, not proof, and material handed over by the foreign police needs an account of its source and custody (or the explanation two investigators sign) before the court can use it.
thh-db-returned = The procuratorate sent the case back for supplementary investigation: a link of the proof had no item it could put to the court. Each return costs up to a month and postpones the trial; after two, it declines to prosecute.

## Source titles

thh-src-thai-decree-2023 = Thailand, Emergency Decree on Measures for the Prevention and Suppression of Technology Crimes (2023)
thh-src-atm-24h = PBoC rule on ATM transfers to another person's account, credited after 24 hours (in force since 1 Dec 2016)
thh-src-harbin-2016 = Sina Heilongjiang, 26 Oct 2016 (Harbin stop-payment)
thh-src-mps-30min = MPS rapid-response rule for telecom fraud (2016), reported by Xinhua
thh-src-seed-stages = Zhu Yuqing, International law-enforcement cooperation against "pig-butchering" telecom fraud
thh-src-routing = Zhu Yuqing, International law-enforcement cooperation against "pig-butchering" telecom fraud, part IV(4)1
thh-src-pboc-86 = PBoC and MPS notice on emergency stop-payment and rapid freezing of accounts in telecom fraud cases, Yinfa [2016] No. 86
thh-src-mps-freeze = MPS Provisions on the Procedures for Handling Criminal Cases (freezing)
thh-src-cbrc-mps-12 = CBRC and MPS rules on freezing and returning funds in telecom fraud cases (2016), Art. 12
thh-src-freeze-or-follow = Financial-investigation teaching: freeze or follow
thh-src-interpol-igrip = INTERPOL I-24/7 stop-payment and I-GRIP; CNA (2024); South China Morning Post (2023)
thh-src-interpol-notices = INTERPOL, Notices (Red and Blue notices)
thh-src-cpl-arrest = Criminal Procedure Law of the PRC, Art. 91
thh-src-icja-2018 = International Criminal Judicial Assistance Law of the PRC (2018), Arts. 2, 9, 10, 14
thh-src-cn-th-mla-treaty = Treaty between the PRC and the Kingdom of Thailand on Mutual Legal Assistance in Criminal Matters (2003)
thh-src-icja-return = International Criminal Judicial Assistance Law of the PRC (2018), Arts. 47–55
thh-src-extradition-law = Extradition Law of the PRC (2000)
thh-src-tcy-2014 = Council of Europe, T-CY assessment report on mutual legal assistance (2014)
thh-src-mla-emergency = Implementing rules (trial) for incoming criminal judicial assistance requests: urgent freezing
thh-src-lm-lecc = Lancang-Mekong Integrated Law Enforcement and Security Cooperation Centre (Xinhua, 2024)
thh-src-police-coop-2016 = SPC, SPP and MPS Opinions on Telecom and Online Fraud Cases, Fa Fa [2016] No. 32, part 6
thh-src-opinion-2021-14 = SPC, SPP and MPS Opinions (II) on Telecom and Online Fraud Cases (2021), Art. 14
thh-src-cpl-175 = Criminal Procedure Law of the PRC, Art. 175
thh-src-cpl-56 = Criminal Procedure Law of the PRC, Art. 56
thh-src-exclusion-2017 = Rules on Strictly Excluding Illegal Evidence in Criminal Cases (2017), Art. 1
thh-src-no-authority-abroad = Zhu Yuqing, International law-enforcement cooperation against "pig-butchering" telecom fraud, part III.3
thh-src-spc-405 = SPC Interpretation on the Application of the Criminal Procedure Law (2021), Art. 77 (2012 Interpretation, Art. 405)
thh-src-spp-online-37 = SPP Rules on Handling Online Crime Cases (2021), Art. 37
thh-src-spc-online-16 = SPC Online Litigation Rules (2021), Art. 16
thh-src-design-defaults = Training assumptions of this case (chances and times not set by any rule)
thh-src-base-rate = INTERPOL (January 2025); FATF
