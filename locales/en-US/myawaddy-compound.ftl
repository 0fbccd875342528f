# The Myawaddy compound (scenarios/myawaddy-compound.ron)
# Institutions are generic on purpose: no real bank, exchange or compound names.

## The case

myw-title = The Myawaddy Compound: USDT, a third-country hop and repatriation through Thailand
myw-summary = January 2025. Dozens of victims in six provinces lost money to the same "USDT arbitrage" platform, run from a scam compound outside Myawaddy, Myanmar. The provincial anti-fraud centre has merged their reports and hands you the case. The money runs through domestic cards, an over-the-counter USDT dealer and an exchange in a third country before it reaches the compound; one victim is still paying. Trace the USDT, hold the hop abroad before it is withdrawn and keep it frozen until the court decides, bring the boss back by arrest approval, Red notice and extradition and the compound's people through the China–Myanmar–Thailand corridor, and build a case file that passes the procuratorate's review and stands at trial.
myw-obj-trace = Trace the money through cards, an OTC dealer and USDT without alerting the compound.
myw-obj-hop = Hold the gang's account in the third country through INTERPOL I-24/7, follow the hold with an MLA urgent freeze, and keep the money frozen until the court's confiscation decision.
myw-obj-victims = Protect the victims: stop the money still on domestic accounts and keep the next victim from paying.
myw-obj-notices = Use Blue and Red notices for what each can do (a Red notice rests on an arrest the procuratorate approved), and bring each suspect back by the route that fits: extradition, the host's handover, persuasion to return.
myw-obj-repatriation = Bring the compound's people home through Thailand before they are moved, and obtain evidence from them lawfully, at home; account for the provenance of what foreign police hand over.

## Report and what is known

myw-statement = Merged case file, provincial anti-fraud centre: 34 victims in six provinces were drawn into a chat group by "investment mentors" they met on dating and social apps, and put money into a "USDT arbitrage" platform that showed steady profits. When they tried to withdraw, their accounts were "frozen for risk review" and they were asked for "unfreezing deposits". The chats, scripts and IP addresses point to a compound outside Myawaddy, Myanmar, across the Moei river from Mae Sot, Thailand. The case has been filed and you lead it.
myw-known-victims = 31 earlier victims paid RMB 900,000 in all over the past weeks to a card that was emptied at once. The latest: Mr Chen, RMB 520,000 26 hours ago; Ms Liu, RMB 380,000 an hour ago; Ms Zhao, RMB 260,000 3 hours ago.
myw-known-cards = Mr Chen and Ms Zhao paid the same domestic card (a joint-stock bank, Guangdong). The accounts behind it will show in the bank's answer to the urgent inquiry.
myw-known-maesot = Ms Liu was told to pay a Thai bank account in Mae Sot "to avoid the Chinese banks' limits". Domestic stop-payment and freezing cannot reach it.
myw-known-usdt = The platform quotes everything in USDT. Victims who asked were told their money is "converted by a partner dealer".
myw-known-compound = Chats mention a "park" across the river from Mae Sot, a "Boss Wei" who comes over from Bangkok, and a floor manager called "A-Kun".
myw-victim-name = The victims of the merged case

## Places and institutions

myw-jur-cn = China
myw-jur-kh = Cambodia
myw-jur-th = Thailand
myw-jur-mm = Myanmar
myw-jur-mm-hills = Myanmar: armed-group territory beyond the corridor
myw-inst-cn-bank-v = The victims' banks
myw-inst-cn-bank-a = A joint-stock commercial bank, Guangdong branch
myw-inst-cn-bank-b = A rural commercial bank in Hunan
myw-inst-cn-bank-c = A city commercial bank in Fujian
myw-inst-cn-otc-old = USDT dealers paid in past weeks
myw-inst-kh-exch = A digital-asset exchange in Phnom Penh
myw-inst-mm-wallet = The compound's own USDT wallet
myw-inst-th-bank-ms = A commercial bank, Mae Sot branch
myw-inst-mm-cash = Cash withdrawal across the Moei river

## Accounts

myw-acc-victims = The victims' accounts (money returned pro rata)
myw-acc-cn-card-old = The earlier receiving card (ending 3306)
myw-acc-old-otc = USDT dealers paid by the earlier card
myw-acc-cn-card-1 = Receiving card (ending 5521, Guangdong)
myw-acc-cn-mule-2 = Second-layer card (ending 0874, rented from a running-points platform)
myw-acc-otc-dealer = The OTC USDT dealer's bank account (Fujian)
myw-acc-kh-exchange = The gang's USDT account at the Phnom Penh exchange (under a nominee)
myw-acc-mm-wallet = The compound's USDT wallet
myw-acc-th-maesot = Mae Sot account (ending 7719)
myw-acc-mm-cash = Cash withdrawal across the Moei river

## Domestic measures

myw-ground-case-filed = A criminal case has been filed (merged case)
myw-ground-fund-link = The account received the victims' money (fund-flow analysis)

## Channels abroad

myw-ch-mla = Mutual legal assistance (Thailand: bilateral treaty; Cambodia: UNTOC or reciprocity)
myw-ch-i247 = INTERPOL I-24/7 stop-payment (I-GRIP)
myw-ch-blue = INTERPOL Blue notice
myw-ch-red = INTERPOL Red notice
myw-ch-extradition = Extradition (diplomatic channel, under a treaty)
myw-ch-persuasion = Persuasion to return (family contact, notice urging surrender)
myw-ch-liaison = Police liaison officers in Bangkok and Phnom Penh
myw-ch-lm = Lancang-Mekong Integrated Law Enforcement and Security Cooperation Centre (Kunming)
myw-ch-handover = China–Myanmar–Thailand repatriation corridor (Myawaddy → Mae Sot → China)
myw-el-facts = Statement of facts
myw-el-legal-basis = Legal basis (offence and provisions)
myw-el-translation = Translation into the requested state's language
myw-el-target-details = Target details (accounts, holders, deposit addresses, amounts)
myw-el-approval = Approval of the supervising authority
myw-el-dual-criminality = Dual-criminality statement
myw-el-family = Contact with the suspect's family through the local police station
myw-el-surrender-notice = A public notice urging surrender by a set date
myw-el-compound-location = Location of the compound and the case's link to it
myw-el-victim-report = The victims' reports
myw-el-photos = Photos and voice samples from the victims' chats
myw-el-identity = Identity particulars of the suspect
myw-el-warrant = The procuratorate's approval of arrest (arrest warrant)
myw-sv-mla-freeze = Request an urgent freeze (180 days)
myw-sv-mla-confiscate = Request confiscation and return of the victims' money (after the court's decision)
myw-sv-mla-evidence = Request evidence
myw-sv-extradite = Request extradition of a suspect (needs an approved arrest)
myw-sv-surrender = Urge the suspect to come home and surrender
myw-sv-i247-hold = Stop-payment (temporary hold on the foreign account)
myw-sv-blue = Blue notice (identity and whereabouts; no warrant needed)
myw-sv-silver = Silver notice (trace assets: information only, nothing is held)
myw-sv-red = Red notice (locate and provisionally arrest; needs an approved arrest)
myw-sv-liaison-locate = Locate a suspect
myw-sv-liaison-copy = Records handed over by the host police (police cooperation)
myw-sv-lm-joint-op = Joint operation: arrest and repatriation
myw-sv-handover = Handover of everyone from the case's compound at Mae Sot, flight home (no names needed)
myw-req-case-filed = No case filed: the procuratorate approves an arrest only in a filed case.
myw-req-corridor = The corridor is not open yet: nobody hands people over from the compounds before the China–Myanmar–Thailand operation starts.

## Suspects

myw-sus-boss = "Boss Wei"
myw-role-boss = Runs the compound; lives in Bangkok and crosses through Mae Sot
myw-sus-manager = Floor manager "A-Kun"
myw-role-manager = Runs the fraud floor: scripts, targets and the victims' folders
myw-sus-chatter = The chatter who played "mentor Lin"
myw-role-chatter = Chatted with Mr Chen and Ms Zhao from the script

## Evidence

myw-ev-statements = The victims' statements
myw-ev-transfers = The victims' transfer records
myw-ev-chats = Chats and platform screenshots on the victims' phones
myw-ev-cn-bank = Domestic bank records (receiving, second-layer and dealer accounts)
myw-ev-platform = Account registration and login data of the "mentors" (from the messaging platform)
myw-ev-chain = On-chain trace report: the dealer's USDT transfers to one exchange deposit address
myw-ev-kyc = The exchange account's KYC file
myw-ev-exchange = The exchange account's transaction records
myw-ev-th-bank = Mae Sot bank records
myw-ev-server = The compound's server data (a copied drive)
myw-ev-phones = Work phones of the repatriated suspects
myw-ev-suspect-statements = Statements of the repatriated suspects
myw-m-bank-notice = Evidence-collection notice to the banks
myw-m-platform-notice = Evidence-collection notice to the platform operator
myw-m-chain-analysis = Trace the dealer's USDT on the public ledger and cluster the addresses
myw-m-arrival-seizure = Seize the phones on arrival, image them and record the seizure
myw-m-interrogation = Interrogation after repatriation (with full audio-video recording)
myw-m-video-interview = Question the detainees at the Thai holding centre by video call
myw-src-reports = Reports taken at local police stations
myw-src-receipts = Receipts and bank statements provided by the victims
myw-src-phones = The victims' phones (screenshots and copies at intake)
myw-src-cn-banks = The banks' transaction records
myw-src-platform = The messaging platform's account data
myw-src-ledger = The public blockchain ledger
myw-src-kh-email = E-mail from the exchange's compliance officer, through NCB Phnom Penh
myw-src-drive = A hard drive sold by an armed group's intermediary
myw-src-arrival = Seizure record on arrival at the airport
myw-src-interrogation = Interrogation record with audio-video recording
myw-src-video = Video call to the Thai holding centre
myw-who-victims = The victims
myw-who-local-stations = Local police stations
myw-who-cn-banks = The banks concerned
myw-who-case-unit = The case unit
myw-who-platform = The platform operator
myw-who-public-ledger = Public ledger (no provider)
myw-who-vc-unit = The virtual-currency tracing team
myw-who-kh-ncb = INTERPOL NCB Phnom Penh
myw-who-kh-compliance = The exchange's compliance officer
myw-who-intermediary = An intermediary of an armed group
myw-who-unknown = Unknown
myw-who-suspects = The repatriated suspects
myw-who-detainees = People held at the Thai holding centre

## Events and choices

myw-from-centre = Provincial anti-fraud centre
myw-from-bank-desk = Anti-fraud centre, bank desk
myw-from-risk = Bank risk-monitoring desk
myw-from-vc-unit = Virtual-currency tracing team
myw-from-liaison = Police liaison officer in Bangkok
myw-from-kh-ncb = INTERPOL NCB Phnom Penh
myw-from-intermediary = Unknown caller on a Thai number
myw-from-prosecutor = Procuratorate
myw-inj-merged = The reports of 34 victims have been merged into one case and the case is filed. Freeze orders and evidence-collection notices can be issued now.
myw-inj-instant-inquiry = Urgent bank inquiry: the receiving card passes every payment on within minutes to a second-layer card at a rural commercial bank in Hunan, which pays an OTC USDT dealer's account in Fujian in batches every few hours. Both accounts are entered in the alert platform. The dealer has settled with the same counterparties for months. Whether Ms Zhao's RMB 260,000 is still on the second-layer card or has already gone to the dealer, the inquiry cannot yet tell; the dealer sits in the compound's finance chat.
myw-inj-dissuade = The bank's risk model has flagged a customer: Ms Wang, 61, in Nanjing, has just raised her transfer limit and is about to send RMB 300,000 to the same receiving card, in about 90 minutes. She is in the same "investment" group as the other victims.
myw-opt-call-now = Have the Nanjing anti-fraud centre call her now and send an officer to her home
myw-opt-public-warning = Post a public warning naming the platform on the police's social-media accounts
myw-opt-let-pay = Let her pay, so that the money can be followed
myw-cmp-let-pay = Knowingly letting a victim pay a fraudster breaches the duty to protect her property.
myw-inj-chain-result = On-chain trace: the dealer's wallet has sent USDT equal to the victims' payments to one deposit address at a digital-asset exchange in Phnom Penh. The exchange account is in the name of a Cambodian nominee; the balance is still there.
myw-inj-compound-alerted = The liaison officer reports: the compound's finance team moved its wallets overnight, "Boss Wei" has not come back to Bangkok, and "A-Kun" has reportedly left for a compound in Cambodia.
myw-inj-stop-expiring = Bank notice: a stop-payment you placed is about to expire. A stop-payment lasts 48 hours and can be renewed at most twice; unless it is renewed or replaced by a freeze, the money is released.
myw-inj-kh-ncb = INTERPOL NCB Phnom Penh writes, in English: "Ref your I-24/7 message: the exchange has frozen the account for 30 days. Its compliance officer can e-mail the KYC file now, as is; any seizure needs a formal MLA request before the hold lapses." The file would come through INTERPOL, but with no record of how the exchange found and kept it. How do you reply?
myw-opt-lead-and-formal = Take the KYC file as it is and confirm in English that the formal MLA request is on its way
myw-opt-release-now = Ask them to transfer the balance to China straight away
myw-opt-no-reply = Wait for an interpreter before replying
myw-inj-more-victims = Twelve more members of the same "investment" group, in four provinces, have come forward; none of them has paid yet. The local anti-fraud centres call each of them in turn: the group is warned person by person, with no public statement the compound could read.
myw-inj-power-cut = 5 February 2025: Thailand has cut power, fuel and internet to the compounds across the river from Mae Sot. The China–Myanmar–Thailand operation begins: the people of the compounds will be handed over at the border in groups and flown home from Mae Sot, and identified after their return; no names are needed, only the compound and the case. The liaison officer warns that the armed groups are already moving people to other sites.
myw-inj-bgf-offer = A man on a Thai number says he works with the armed group that controls the area, and offers a hard drive "with the whole server of the park: victims, scripts, payroll" for USD 20,000, cash in Mae Sot.
myw-opt-decline = Decline, and ask for the server through the formal channels
myw-opt-buy = Buy the drive
myw-cmp-bought = Paying an armed group's intermediary for data is not a lawful way to obtain evidence.
myw-inj-first-flight = 20 February 2025: the first 200 Chinese suspects from the Myawaddy compounds were flown from Mae Sot to Nanjing. People from the compound of your case are among those handed over.
myw-inj-dispersal = The liaison officer reports: no request came from China for the people of your compound, and the armed group has moved them to other sites. "A-Kun" has left for a compound in Cambodia, and "Boss Wei" has not been seen in Bangkok since.
myw-inj-prosecutor-review = The case file goes to the procuratorate for review on day 270. It will check that every link of the proof rests on an item it can put to the court, with its source, provider, time provided, extractor, time extracted and preservation; a gap sends the case back for supplementary investigation, a month each time, at most twice. Expect the defence to say that the repatriated suspects' statements were coerced.
myw-inj-screening = Among the people flown home are workers who say they were lured with job offers and held in the compound by force. How does the team treat them?
myw-opt-screen = Screen each person: hear them as possible victims of trafficking before deciding whether they are suspects
myw-opt-charge-all = Treat everyone on the flight as a suspect
myw-cmp-charge-all = Treating everyone from the compound as a suspect, without hearing who was trafficked and held by force, is not how victims must be treated.

## Phases

myw-phase-first-hours = Phase 1: the merged case and the first hours
myw-phase-notices = Phase 2: the hop abroad and the notices
myw-phase-corridor = Phase 3: the corridor through Thailand
myw-phase-trial = Phase 4: case file and trial

## Trial

myw-chal-unlawful = The defence: this evidence was obtained outside any lawful procedure (bought from an armed group, or taken by video from people held abroad without the host state's authorisation); it must be excluded.
myw-excl-unlawful = The court: investigators have no authority to gather evidence abroad without authorisation, and evidence bought from an unknown source has no lawful origin; the breach cannot be corrected or reasonably explained. Excluded.
myw-chal-intel = The defence: this material comes from an unknown source, with no account of who obtained it or how; it cannot be verified.
myw-excl-intel = The court: the material has no verifiable source, provider or extraction; it cannot be a basis for the verdict.
myw-chal-cooperation = The defence: this material was handed over by foreign police, not obtained through judicial assistance; the prosecution must show its source, provider, time and custody.
myw-excl-cooperation = The court: material handed over through police cooperation is usable once verified, but the prosecution did not account for its source, provider, time and custody. It cannot be a basis for the verdict.
myw-chal-undocumented = The defence: this file came through INTERPOL with no record of how it was found, kept and handed over.
myw-excl-undocumented = The court: with no custody record from the foreign side, the police must give a written explanation of the material's source, handover, kind, quantity and features, signed by two or more investigators and sealed. None was given; an oral explanation does not replace it. Excluded.
myw-chal-unpreserved-phones = The defence: the phones were imaged with no hash value; nothing shows the data were not changed after the seizure.
myw-chal-unpreserved = The defence: no hash or blockchain record was made of this electronic data; its integrity is in doubt.
myw-excl-unpreserved = The court: no integrity record was made when the electronic data were extracted; their authenticity cannot be confirmed. Not accepted.
myw-chal-provenance = The defence: this evidence comes from abroad; the prosecution must show its source, provider, time provided, extractor and time extracted.
myw-excl-provenance = The court: the prosecution did not account for the source and extraction of this foreign evidence; it cannot be a basis for the verdict.
myw-chal-confession = The defence: the accused were held in the compound by force and questioned after a long journey; their statements were made under threat. We apply for their exclusion.
myw-excl-confession = The court: the prosecution did not prove that the statements were lawfully obtained. Excluded.
myw-proof-fraud = The fraud: the fake platform and the victims' payments
myw-proof-money = The money flow: the proceeds reached accounts and wallets the gang controls abroad
myw-proof-identity = The identity of the accused as members of the compound's fraud operation

## Scoring

myw-cr-recovered = Money returned to the victims
myw-cr-secured = Money secured (returned, frozen or held)
myw-cr-identified = Suspects identified
myw-cr-custody = Suspects brought back
myw-cr-convicted = Conviction
myw-cr-admitted = Evidence admitted by the court
myw-cr-compliance = Lawful conduct
myw-cr-victims = Protecting the next victim (Ms Wang called in time, the gang not warned)
myw-band-a = Excellent
myw-band-b = Good
myw-band-c = Pass
myw-band-d = Needs improvement
myw-band-f = Fail

## Debrief

myw-db-base-rate = Background: INTERPOL said in January 2025 that 99 % of criminal assets are never recovered; the FATF puts the share of proceeds seized under 2 %. The 31 earlier victims' money was gone before the case was merged.
myw-db-scale = The scale: the UN human-rights office estimated in 2023 that at least 120,000 people were held in scam compounds in Myanmar and about 100,000 in Cambodia. Many of the people who work the phones were lured there and are kept by force.
myw-db-tipped = The compound was alerted. A hold on the OTC dealer's account, or a public warning naming the platform, told the gang that the police were on the money: the dealer and the exchange account were emptied into the compound's wallet within hours, "Boss Wei" went into hiding in armed-group territory beyond the corridor, out of reach of any notice or extradition, and "A-Kun" moved to Cambodia. This is the "freeze or follow" dilemma: the hold kept what sat on the dealer's account and cost everything downstream.
myw-db-dispersed = Nobody asked for the compound's people until the armed group moved them: "A-Kun" left for Cambodia and "Boss Wei" went into hiding. The corridor hands over whoever is still in the compounds when the request arrives; in the weeks after 5 February 2025 the groups moved people to other sites.
myw-db-chain-traced = You traced the dealer's USDT on the public ledger instead of letting the victims' money run through him: the trace led to the gang's exchange account in Phnom Penh without touching the dealer. Virtual-currency tracing and address clustering are exactly the skills the training literature asks for.
myw-db-no-chain = You never traced the dealer's USDT, so the gang's exchange account in Phnom Penh stayed unknown: an account you do not know, you cannot hold. On-chain tracing of the dealer's transfers would have found it within hours without alerting him.
myw-db-exchange-kept = The money on the exchange account was still there when the I-24/7 hold arrived. An I-GRIP stop-payment usually takes hours to about a day; it must come from the police of the victims' country, and it must be followed by a formal request.
myw-db-exchange-lost = The USDT on the exchange account reached the compound's wallet and is gone. An I-24/7 hold takes hours to about a day, and often finds the account partly or wholly empty; it can only start once you know the account.
myw-db-maesot-lost = The Mae Sot account was emptied in cash and carried across the river. Scam money typically leaves a city in under 24 hours: a foreign account has to be held on the first day, or not at all.
myw-db-i247-no-mla = You asked for I-24/7 holds but sent no mutual legal assistance request after them. The hold is temporary: without a formal freeze, the money moves on when it lapses.
myw-db-mla-months = Mutual legal assistance is counted in months (the Council of Europe's T-CY found 6 to 24 months in 2014), and the request itself takes days to draft, approve and translate into Thai or Khmer before it leaves. An urgent freeze is quicker (weeks here, by analogy with China's own limits for urgent foreign requests), and a freeze lapses unless it is renewed while the case goes to court.
myw-db-after-verdict = Money frozen abroad does not come back when the freeze lands: the host returns it after the Chinese court's confiscation decision, on a conviction, and only the share agreed with it (80 % here, an assumption of the case). Without a conviction, or if the freeze lapsed before the verdict, nothing comes back.
myw-db-wang-called = Ms Wang was called and visited before she paid. Timely dissuasion and stop-payment are part of the police's duties under the Anti-Telecom and Online Fraud Law (Art. 20), and they did not tell the gang anything.
myw-db-wang-public = The public warning stopped Ms Wang, but the compound reads the news too: naming the platform told the gang the police were on it.
myw-db-wang-paid = Ms Wang paid RMB 300,000 after all: either you let her pay "so the money could be followed", or nobody acted in time. Letting a victim keep paying adds to the loss and breaches the duty to protect her.
myw-db-no-arrest = "Boss Wei" was identified, but no application for his arrest went to the procuratorate. A Red notice and an extradition request rest on a domestic arrest warrant: the approval comes first.
myw-db-red-notice = "Boss Wei" was brought back from Thailand. Each step did its part: the procuratorate approved his arrest; the Red notice, which rests on that approval and is not itself a warrant, had him located and provisionally arrested; his surrender needed an extradition request through the diplomatic channel, under the China–Thailand treaty, which took months and could have been refused.
myw-db-boss-free = "Boss Wei" was not brought back. A Red notice needs an identified person and an approved arrest, and works only where a police force can act on it; extradition needs him arrested in a treaty country and takes months. Once he hides beyond the corridor, only persuasion through his family is left.
myw-db-silver = You asked for a Silver notice: it traces where the money went, for information only. It holds nothing; freezing and seizing abroad still need an I-24/7 hold and a bilateral request.
myw-db-persuasion = You tried persuasion to return: contact with the family and a notice urging surrender by a set date. It is common for fraud suspects abroad and surrender can mitigate the sentence, but it takes weeks and often fails.
myw-db-corridor = Suspects came home through the China–Myanmar–Thailand corridor: Thailand cut power, fuel and internet to the compounds on 5 February 2025, and the first 200 Chinese suspects were flown from Mae Sot to Nanjing on 20 February; more than 7,600 had been repatriated by January 2026. The host hands people over in bulk: no named suspect is needed, they are identified after their return.
myw-db-no-corridor = Nobody came home through the corridor, although more than 7,600 people were repatriated through Thailand by January 2026. The host hands over everyone of a case still in the compounds when asked, without names: the request has to come before they are moved.
myw-db-video = You questioned people held at the Thai holding centre by video before any handover. Chinese investigators have no authority to gather evidence abroad without authorisation: the statements were excluded and cost compliance points. Interrogate at home, with audio-video recording.
myw-db-bought = You bought a drive of the compound's server from an armed group's intermediary. Its source cannot be verified, nothing shows it was not altered, and paying for it was unlawful: the court excluded it.
myw-db-kyc-attested = The exchange's KYC file came through INTERPOL with no record of how it was found and kept. Two investigators wrote and signed an explanation of its source, handover, kind, quantity and features, and the court admitted it: evidence handed over through police cooperation is usable in a Chinese court once its provenance is accounted for.
myw-db-kyc-excluded = The exchange's KYC file was excluded. It came through INTERPOL with no record of how it was found and kept; what cures that is a written explanation signed by two or more investigators, not an oral one, and not silence.
myw-db-phones-admitted = The repatriated suspects' work phones were seized on arrival, imaged and hashed: the court admitted them. Electronic data must record path, method, time, tools and hash values.
myw-db-phones-excluded = The phones were seized but never hashed, so the court excluded them. Electronic data must record path, method, time, tools and hash values at extraction.
myw-db-statements-admitted = The repatriated suspects' statements were taken at home, with full audio-video recording, and the prosecution could explain how: the court admitted them. Statements obtained by threat or illegal detention are always excluded.
myw-db-returned = The procuratorate sent the case back for supplementary investigation: a link of the proof had no item it could put to the court. Each return costs a month, at most two are allowed, and after the second it decides not to prosecute. A missing record is normally cured at review, not discovered at trial.
myw-db-screened = The team screened the people flown home before treating them as suspects. At least 120,000 people were held in Myanmar's compounds in 2023 (UN human-rights office): many who worked the phones were trafficked, and hearing them as victims first is also how the best witnesses are found.
myw-db-charged-all = The team treated everyone on the flight as a suspect. Many people in the compounds were lured with job offers and held by force (at least 120,000 in Myanmar in 2023, UN human-rights office): screen first, then decide.
myw-db-convicted = The court found the fraud, the money flow and the identity of the accused proved by lawful evidence, and convicted.
myw-db-not-convicted = The chain of proof was incomplete, key items were excluded, or nobody was brought back; the court could not convict.

## Sources (as trainees see them)

myawaddy-compound-src-myawaddy-2025 = China–Myanmar–Thailand operation against the Myawaddy compounds, public reports (February 2025 – January 2026)
myawaddy-compound-src-ohchr-2023 = UN Human Rights Office (OHCHR), report on online scam operations in Southeast Asia (2023)
myawaddy-compound-src-gang-scale = Zhu Yuqing, "Research on international law-enforcement cooperation against 'pig-butchering' telecom fraud"
myawaddy-compound-src-pboc-86 = PBoC and MPS Notice Yinfa [2016] No. 86 (emergency stop-payment and rapid freezing)
myawaddy-compound-src-mps-freeze = MPS Provisions on Procedures for Handling Criminal Cases (freezing)
myawaddy-compound-src-cbrc-mps-12 = CBRC and MPS Provisions on Returning Frozen Funds in Telecom Fraud Cases (2016), Art. 12
myawaddy-compound-src-aftf-20 = Anti-Telecom and Online Fraud Law of the PRC, Art. 20
myawaddy-compound-src-mps-30min = MPS rapid-response rule for telecom fraud reports (2016, reported by Xinhua)
myawaddy-compound-src-mps-2022-routes = MPS, laundering routes in telecom fraud cases (2022)
myawaddy-compound-src-hk-24h = South China Morning Post (2019): scam money leaving Hong Kong
myawaddy-compound-src-vc-tracing = Research on cross-border fraud: training needs (virtual-currency tracing, address clustering, cross-border electronic evidence)
myawaddy-compound-src-freeze-or-follow = Financial-investigation teaching: "freeze or follow"
myawaddy-compound-src-interpol-igrip = INTERPOL Global Rapid Intervention of Payments (I-GRIP), with reported cases from Singapore and Hong Kong
myawaddy-compound-src-interpol-routing = Zhu Yuqing, "Research on international law-enforcement cooperation against 'pig-butchering' telecom fraud", §4(4)1: routing through the provincial department and the MPS
myawaddy-compound-src-interpol-notices = INTERPOL Notices (Red, Blue, Silver)
myawaddy-compound-src-arrest-approval = Criminal Procedure Law of the PRC, provisions on the procuratorate's approval of arrest
myawaddy-compound-src-extradition-law = Extradition Law of the PRC (2000) and China's extradition treaties with Thailand and Cambodia
myawaddy-compound-src-persuasion = Persuasion to return: family contact and notices urging surrender
myawaddy-compound-src-icja-2018 = International Criminal Judicial Assistance Law of the PRC (2018)
myawaddy-compound-src-th-mla-treaty = Treaty between the PRC and the Kingdom of Thailand on Mutual Legal Assistance in Criminal Matters
myawaddy-compound-src-kh-untoc = UN Convention against Transnational Organized Crime, Art. 18 (or reciprocity)
myawaddy-compound-src-tcy-2014 = Council of Europe Cybercrime Convention Committee (T-CY), assessment of mutual legal assistance (2014)
myawaddy-compound-src-mla-emergency = China's implementing rules (trial) for urgent incoming requests for mutual legal assistance
myawaddy-compound-src-lm-lecc = Lancang-Mekong Integrated Law Enforcement and Security Cooperation Centre (Kunming, 2017), Xinhua reports
myawaddy-compound-src-police-coop-2016 = SPC, SPP and MPS Opinions on Handling Telecom and Online Fraud Criminal Cases (Fa Fa [2016] No. 32), Part 6
myawaddy-compound-src-attest-2021 = SPC, SPP and MPS Opinions (II) on Handling Telecom and Online Fraud Criminal Cases (2021), Art. 14
myawaddy-compound-src-cpl-175 = Criminal Procedure Law of the PRC, Art. 175
myawaddy-compound-src-cpl-56 = Criminal Procedure Law of the PRC, Art. 56
myawaddy-compound-src-exclusion-2017 = Provisions on Strictly Excluding Illegally Obtained Evidence in Criminal Cases (2017), Art. 1
myawaddy-compound-src-no-authority-abroad = Zhu Yuqing, "Research on international law-enforcement cooperation against 'pig-butchering' telecom fraud", §3(3): gathering evidence abroad
myawaddy-compound-src-spc-405 = SPC Interpretation on the Application of the Criminal Procedure Law (2012), Art. 405
myawaddy-compound-src-spp-online-37 = SPP Provisions on Handling Cybercrime Cases (2021), Art. 37
myawaddy-compound-src-spc-online-16 = SPC Online Litigation Rules (2021), Art. 16
myawaddy-compound-src-design-defaults = Training assumptions of this case (not legal figures)
myawaddy-compound-src-base-rate = INTERPOL (January 2025) and FATF figures on the recovery of criminal assets
