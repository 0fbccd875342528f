# “弗兰克”与老挝银行卡（scenarios/frank-lao-cards.ron）
# 本课程的主要语言。机构均为泛指，不出现真实银行名称。

## 案件概况

frank-title = “弗兰克”与老挝银行卡：跨境“杀猪盘”的止付、追赃与取证
frank-summary = 案情取材于2020年郑州的真实案例，处置手段按现行机制设定。马女士被自称美国军人的“弗兰克”以结婚为名诱骗，已先后六次转账共计92万元：一部分转入境内“跑分”银行卡，一部分直接转入老挝的银行卡；对方还在催她再转8万元。你是接警后的办案民警：要在“黄金一小时”内止付、冻结或跟踪资金，选择合适的国际执法合作渠道追赃抓人，并使证据经得起检察院审查起诉和庭审质证。
frank-obj-golden-hour = 在黄金一小时内对境内涉案账户先行止付，并依法办理冻结和资金返还。
frank-obj-freeze-or-follow = 权衡“冻结还是跟踪”：既要截住资金，又不能过早惊动诈骗团伙。
frank-obj-foreign = 为老挝账户和证据选择合适的国际合作渠道：国际刑警组织I-24/7紧急止付、刑事司法协助、警务合作，并把每项请求起草、审批和逐级报送所需的时间算进去。
frank-obj-suspects = 查明窝点管理人员、技术人员和冒充“弗兰克”的话务员的身份，并通过国际执法合作将其抓获遣返。
frank-obj-evidence = 依法收集、固定和调取证据，做好证据来源的书面材料，使其通过审查起诉并在庭审中被采纳。

## 报案与已知情况

frank-statement = 被害人马女士陈述：2019年底，她在交友软件上结识一名自称美国现役军人的男子“弗兰克”。对方称即将退役，要来中国与她结婚。此后，对方先后以“750万美元被海关扣押，需要缴纳清关费”“本人受伤住院，需要支付医药费”“女儿在迪拜读书，需要交学费”等理由让她转账。她已转账六笔，共计92万元，其中几笔是转到老挝的银行卡上。今天对方又催她交一笔“海关手续费”，她这才起了疑心，到派出所报案。
frank-known-transfers = 转账回单共六笔：21天前15万元、13天前12万元、6天前20万元、3小时前18万元，分别转入两张老挝银行卡；50分钟前20万元、12分钟前7万元，转入同一张境内银行卡（深圳某股份制商业银行）。
frank-known-cards = 两张老挝银行卡属境外账户，境内的止付、冻结措施无法直接触及；境内收款卡的下游账户须向银行紧急查询。
frank-known-wechat = “弗兰克”的微信号使用老挝手机号注册，双方聊天记录仍保存在马女士的手机中。
frank-known-next-fee = 对方正在催她再交一笔8万元的“海关手续费”，她说半小时内就要转账。
frank-known-goip = 她接到的“弗兰克”来电显示为郑州本地号码，疑似经GOIP设备中转。
frank-victim-name = 马女士

## 地区与机构

frank-jur-cn = 中国
frank-jur-la = 老挝
frank-jur-th = 泰国
frank-jur-vn = 越南
frank-jur-mm = 缅甸
frank-jur-kh = 柬埔寨
frank-inst-cn-sob-zz = 某国有银行郑州分行
frank-inst-cn-jsb-sz = 某股份制商业银行深圳分行
frank-inst-cn-rcb-gx = 广西某农村商业银行
frank-inst-cn-city-yn = 云南某城市商业银行
frank-inst-cn-pay = 某第三方支付机构
frank-inst-cn-otc = 境内场外USDT币商
frank-inst-cn-atm = 边境地区ATM取现
frank-inst-la-bank-vte = 万象某商业银行
frank-inst-la-bank-bokeo = 博胶省某商业银行
frank-inst-la-otc = 万象某USDT兑换商
frank-inst-la-cash = 老挝境内现金提取

## 账户

frank-acc-ma = 马女士的工资卡
frank-acc-cn-mule-1 = 境内收款卡A（尾号4417，深圳开户）
frank-acc-cn-mule-2 = 二级卡B（尾号0932，“跑分”平台租用卡）
frank-acc-cn-mule-3 = 二级卡C（尾号7781，团伙出境“过桥卡”）
frank-acc-cn-mule-4 = 三级支付账户D（第三方支付）
frank-acc-cn-otc-usdt = 境内币商账户（兑换为USDT）
frank-acc-cn-atm-cash = 边境ATM取现
frank-acc-lao-card-1 = 老挝银行卡1（万象，尾号2208）
frank-acc-lao-card-2 = 老挝银行卡2（博胶，尾号5160）
frank-acc-lao-collector = 老挝归集账户（万象）
frank-acc-la-usdt = 老挝USDT兑换商账户
frank-acc-la-cash-out = 老挝现金取现

## 境内措施

frank-ground-case-filed = 已立案侦查
frank-ground-fund-link = 该账户接收了被害人被骗资金（资金流向分析）

## 境外合作渠道

frank-ch-mla = 刑事司法协助（中老司法协助条约）
frank-ch-i247 = 国际刑警组织I-24/7紧急止付（I-GRIP）
frank-ch-notices = 国际刑警组织通报
frank-ch-liaison = 警务合作（驻外警务联络官、双边警务合作渠道）
frank-ch-lm = 澜湄综合执法安全合作中心（昆明）
frank-el-facts = 案件事实
frank-el-legal-basis = 法律依据（涉嫌罪名及法律条文）
frank-el-translation = 被请求国文字译文
frank-el-target-details = 目标详情（账号、户名、开户行、电话号码等）
frank-el-approval = 主管机关审核同意
frank-el-dual-criminality = 双重犯罪说明
frank-el-victim-report = 被害人报案材料
frank-el-identity = 犯罪嫌疑人身份信息
frank-el-warrant = 检察院批准逮捕的决定
frank-el-location = 已掌握的落脚点线索
frank-sv-mla-freeze = 请求紧急冻结账户
frank-sv-mla-return = 请求返还被害人资金
frank-sv-mla-evidence = 请求调取证据
frank-sv-i247-hold = 紧急止付（临时冻结境外账户）
frank-sv-blue = 蓝色通报（核查身份和下落）
frank-sv-red = 红色通报（查找并临时逮捕）
frank-sv-liaison-trace = 查询账户资金去向（情报）
frank-sv-liaison-locate = 查找犯罪嫌疑人下落
frank-sv-liaison-copy = 通过警务合作机制正式移交材料（附移交记录）
frank-sv-lm-joint-op = 联合执法行动：抓捕并遣返
frank-req-case-filed = 尚未立案：申请国际刑警组织通报须以已立案为前提。

## 犯罪嫌疑人

frank-sus-manager = 窝点负责人“阿强”
frank-role-manager = 万象窝点的管理人员，控制资金归集账户
frank-sus-frank = 冒充“弗兰克”的话务员
frank-role-frank = 按剧本与被害人聊天，以各种理由索要钱款
frank-sus-technician = 技术员
frank-role-technician = 在泰国窝点远程管理GOIP设备和聊天服务器

## 证据

frank-ev-statement = 被害人陈述
frank-ev-receipts = 转账回单
frank-ev-chat-logs = 被害人手机中的微信聊天记录
frank-ev-cn-bank = 境内银行交易流水
frank-ev-wechat = 微信账号注册及登录信息（平台调取）
frank-ev-goip = 扣押的GOIP设备及其管理日志
frank-ev-lao-bank = 老挝银行账户交易记录
frank-ev-lao-sim = 老挝手机号实名登记资料
frank-ev-server = 团伙聊天服务器数据（老挝）
frank-ev-suspect-statement = 犯罪嫌疑人供述
frank-m-bank-notice = 向涉案银行送达调取证据通知书
frank-m-platform-notice = 向平台运营商送达调取证据通知书
frank-m-goip-seizure = 信号定位并依法扣押GOIP设备
frank-m-remote-extraction = 对境外服务器进行网络在线提取（经审批，记录访问路径、方法、时间和工具，计算哈希值，全程录像，并有见证人）
frank-m-interrogation = 遣返后讯问（全程同步录音录像）
frank-src-report = 报案笔录
frank-src-receipts = 被害人提供的网银转账回单
frank-src-phone = 被害人手机（接警时复制）
frank-src-cn-banks = 涉案银行的交易流水
frank-src-platform = 即时通讯平台的账号数据
frank-src-goip = 现场勘验、扣押
frank-src-server-remote = 网络在线提取笔录（附哈希值和录像）
frank-src-interrogation = 讯问笔录及同步录音录像
frank-src-ncb-email = 国际刑警组织老挝国家中心局发来的电子邮件
frank-who-ma = 马女士
frank-who-duty-officer = 接警民警
frank-who-cn-banks = 涉案银行
frank-who-case-unit = 办案单位
frank-who-platform = 平台运营商
frank-who-tech-unit = 网安技术部门
frank-who-suspect = 犯罪嫌疑人
frank-who-lao-ncb = 国际刑警组织老挝国家中心局

## 事件与抉择

frank-from-duty-chief = 值班领导
frank-from-bank-centre = 反诈中心银行专班
frank-from-ma = 马女士
frank-from-liaison = 驻老挝警务联络官
frank-from-lao-ncb = 国际刑警组织老挝国家中心局
frank-from-prosecutor = 检察院
frank-inj-file-case = 马女士的报案已登记。是现在就立案侦查，还是先初查核实？初查期间可以调取银行流水和平台数据，但冻结、扣押和提请批准逮捕都须以立案为前提。
frank-opt-file-now = 立即立案
frank-opt-verify-first = 先初查，核实后再立案
frank-inj-instant-inquiry = 银行紧急查询结果：收款卡A每收到一笔转账，几秒钟内就按六比四转出，分别转入广西某农商行的二级卡B和云南某城商行的二级卡C。两张卡的账户信息已录入预警平台。
frank-inj-one-more-fee = 马女士来电：“弗兰克”刚又发来消息，说海关还要8万元手续费，钱一到他就能动身来中国。她问还转不转，对方正在等她回话。
frank-opt-keep-on-line = 劝她不要再转账，但先不要拉黑对方，以“银行排队”为由稳住他
frank-opt-block-frank = 劝她立即停止转账，并直接质问、拉黑“弗兰克”
frank-opt-let-pay = 让她照常转账，以便跟踪这笔钱的去向
frank-cmp-let-pay = 明知被害人正在被骗仍放任其转账，违背了保护被害人财产安全的职责。
frank-inj-den-moved = 联络官报告：据老挝警方线报，万象窝点连夜搬离，窝点负责人已带着话务员越境前往缅甸。团伙显然已察觉被害人报案。
frank-inj-stop-expiring = 银行提示：你对涉案账户实施的紧急止付即将到期。止付期限为48小时，最多可延长止付期限两次；到期前未再次止付或办理冻结的，资金将解除控制。
frank-inj-lao-ncb = 国际刑警组织老挝国家中心局值班员发来英文消息：“Ref your I-24/7 message: the bank has put a temporary hold on the account. A formal request through MLA is needed, or the hold will lapse. We hold the account statements.”（银行已临时冻结该账户；须通过刑事司法协助提出正式请求，否则临时冻结将失效；我方已取得账户流水。）请决定如何回复。
frank-opt-ack-formal = 用英文回复：正式的司法协助请求正在办理；请对方通过国际刑警组织渠道正式移交流水（约需十天，经核实后可作为证据使用）
frank-opt-ask-copy = 请对方先用电子邮件把流水发过来（立即可得，能看出资金去向；但只是非正式副本，不能作为证据）
frank-opt-no-reply = 等翻译到位后再回复（在此之前什么也不发、什么也收不到）
frank-inj-case-filed-late = 初查结束，值班领导批准立案。此时距报案已过去两天。
frank-inj-prosecutor-review = 案件移送检察院审查起诉：证据链的每个环节都须有可被采纳的证据，并说明其来源、提供人、提供时间、提取人和提取时间。缺少任何一环，检察院将退回补充侦查（最多两次，每次一个月），开庭时间随之推迟。
frank-inj-victim-doubts = 马女士来电：“弗兰克”刚给她发来道歉信息，说钱都会还给她，她想撤回报案。
frank-opt-explain-scam = 耐心解释这是诈骗团伙的惯用话术，并做好安抚工作
frank-opt-leave-it = 告诉她撤不撤案由她自己决定

## 阶段

frank-phase-golden-hour = 第一阶段：报案与黄金一小时
frank-phase-foreign-leg = 第二阶段：境外追赃与抓捕
frank-phase-trial = 第三阶段：审查起诉与庭审

## 庭审

frank-chal-unlawful = 辩护人提出：服务器数据系花钱从团伙内部人员处购得，既无授权也无任何提取记录，取证程序违法，应予排除。
frank-excl-unlawful = 法庭认为：从境外内部人员处购买数据，严重违反法定程序，且无法补正或作出合理解释，依法予以排除。
frank-chal-intel = 辩护人提出：该材料只是通过电子邮件发来的非正式副本，由谁提取、何时提取、如何保管均无从查考，不具备证据能力。
frank-excl-intel = 法庭认为：来源和保管情况无法核实的非正式副本只是情报，不是证据，且未以通过正式渠道或警务合作机制移交的材料替代。不得作为定案的根据。
frank-chal-unpreserved-chat = 辩护人提出：聊天记录系从被害人手机直接复制，既未计算哈希值，也未进行区块链存证，无法证明未被篡改。
frank-excl-unpreserved = 法庭认为：该电子数据提取时未记录哈希值等完整性校验信息，真实性无法确认，不予采信。
frank-chal-unpreserved = 辩护人提出：该电子数据未记录哈希值，完整性存疑。
frank-chal-provenance = 辩护人提出：该证据来自境外，请公诉方说明其来源、提供人、提供时间、提取人和提取时间。
frank-excl-provenance = 法庭认为：公诉方未能说明该境外证据的来源和提取过程，该证据不能作为定案的根据。
frank-chal-confession = 辩护人提出：被告人的供述是在遣返后受到威胁的情况下作出的，申请排除非法证据。
frank-excl-confession = 法庭认为：公诉方未能证明供述取得的合法性，依法予以排除。
frank-proof-fraud = 诈骗事实：虚构身份、骗取被害人钱款
frank-proof-money = 资金流向：赃款流入团伙控制的境外账户
frank-proof-identity = 被告人身份：被告人即实施诈骗的人

## 评分

frank-cr-recovered = 返还被害人的资金
frank-cr-secured = 控制的资金（已返还、冻结或止付）
frank-cr-identified = 查明身份的犯罪嫌疑人
frank-cr-custody = 归案的犯罪嫌疑人
frank-cr-convicted = 定罪
frank-cr-admitted = 被法庭采纳的证据
frank-cr-compliance = 依法办案
frank-cr-victim = 保护被害人（劝阻最后一笔转账且未惊动团伙）
frank-band-a = 优秀
frank-band-b = 良好
frank-band-c = 合格
frank-band-d = 需改进
frank-band-f = 不合格

## 复盘

frank-db-base-rate = 背景：国际刑警组织2025年1月指出，99%的犯罪资产从未被追回；金融行动特别工作组（FATF）估计，被查扣的犯罪所得不足2%。本案追回的每一分钱都来之不易。
frank-db-domestic-kept = 境内二级、三级账户上的资金在转出前就被控制住了。2016年哈尔滨一案中，被害人转账4小时后才报案，民警在报案后3分钟内实施止付，仍截住了13万元：报案再晚，也值得立即止付。
frank-db-domestic-lost = 部分境内资金已被转给币商兑换成USDT或在边境ATM取现，无法追回。紧急止付只有48小时，最多延长止付期限两次（共96小时），只是为冻结争取时间；止付不及时、或到期未转为冻结，资金都会被转走。“跑分”卡在最初几个小时内分批转出：报案后十分钟止付几乎总能截住，一小时后再止付，大约只有四分之一的机会。
frank-db-filed-late = 你没有当场立案。初查期间可以调取银行流水和平台数据，但冻结须以立案为依据并经县级以上公安机关负责人批准；扣押GOIP设备、提请批准逮捕和申请国际刑警组织通报也都须在立案之后。
frank-db-tipped = 团伙被惊动了。冻结早期的“过桥卡”或收款卡，或让被害人直接质问、拉黑对方，都会让团伙察觉：下游账户随即被快速清空，窝点负责人外逃，原本可以顺藤摸瓜的线索也断了。这就是“冻结还是跟踪”的两难。
frank-db-followed = 你先跟踪而没有立即冻结“过桥卡”C：它转出资金时，资金流向暴露了三级支付账户D和老挝归集账户，归集账户的开户信息锁定了窝点负责人。代价是卡C上的资金先流到了境外。
frank-db-not-followed = 你没有在“过桥卡”C转出资金时对它实施监控，它的下游账户（三级支付账户D和老挝归集账户）没有在资金流动中暴露出来，窝点负责人也就无法通过资金流锁定。对早期账户，可以考虑先监控、后冻结，但要把握好时机。
frank-db-let-pay = 最后一笔8万元“手续费”还是转出去了：要么是你让她照常转账“以便跟踪”，要么是她来电求助时没有人及时给出明确答复。明知被害人正在被骗而放任其继续转账，既加重了她的损失，也违背了警察保护被害人的职责；跟踪资金另有更好的办法。
frank-db-block-frank = 劝马女士停止转账是对的，但让她直接质问并拉黑“弗兰克”，等于告诉团伙她已报警。稳住对方、不动声色，才能为止付和跟踪赢得时间。
frank-db-no-i247 = 你没有对老挝账户发出I-24/7紧急止付请求。境内止付、冻结措施到不了境外账户；I-GRIP紧急止付须由被害人所在国警方提出，要先经省级公安机关、公安部逐级报送（需数小时），通常在约一天内生效，之后必须跟进正式请求。
frank-db-i247-no-mla = 你发出了I-24/7紧急止付请求，但没有跟进正式的司法协助请求。紧急止付只是临时措施，不以正式请求跟进，止付到期后资金仍会被转走。
frank-db-abroad-secured = 境外资金也被部分控制住了：先通过I-24/7临时止付，再通过司法协助请求紧急冻结（本案训练设定约需数周，参照我国办理外国紧急冻结请求的期限），最后请求返还。
frank-db-mla-months = 刑事司法协助耗时以月计：欧洲委员会网络犯罪公约委员会（T-CY）2014年的调查显示，通常需要6至24个月；请求发出之前，起草、审批和译成老挝文就要花上数天。请求要素不全会被退回，所以第一次就要把事实、法律依据、译文、账户详情和审批手续准备齐全。
frank-db-remote = 你花钱从团伙内部人员手中买来了老挝服务器的数据。购买数据或入侵服务器都是违法的：法庭排除了这些数据，并扣减了依法办案分。经审批、完整记录、计算哈希值并全程录像的网络在线提取则是合法的。
frank-db-intel-excluded = 通过电子邮件或即时通讯软件非正式取得、说不清来源的老挝材料只是情报：可以用来找人、找钱，但不能作为定案的根据。通过国际警务合作机制移交、说明了来源和保管情况的材料，经核实后可以作为证据使用。
frank-db-chat-excluded = 马女士手机中的聊天记录未做哈希校验或区块链存证，又没有平台的正式数据佐证，被法庭排除。在线提取电子数据应当记录路径、方法、时间、工具和哈希值。
frank-db-chat-preserved = 聊天记录及时做了哈希或区块链固定。经区块链核验的数据，推定上链后未被篡改（最高人民法院在线诉讼规则第16条，刑事案件仅可参照）。
frank-db-foreign-admitted = 通过司法协助、警务合作或合法网络在线提取取得的老挝证据被法庭采纳。对境外证据，法庭审查其来源、提供人、提供时间、提取人和提取时间；你对此作出了说明。
frank-db-no-custody = 没有犯罪嫌疑人归案，本案无法定罪。对在老挝、泰国、缅甸等地的嫌疑人，澜湄综合执法安全合作中心可以组织联合行动抓捕并遣返。
frank-db-convicted = 法院认定诈骗事实、资金流向和被告人身份均有合法证据证明，作出有罪判决。
frank-db-not-convicted = 证据链不完整，或关键证据被排除（违法取得的证据，必须补正或作出合理解释，否则予以排除），法院未能作出有罪判决。

## Added in version 2

frank-req-arrest-filed = 尚未立案：提请检察院批准逮捕须以已立案为前提。
frank-m-insider-copy = 花钱从仍掌握密码的团伙内部人员手中购买服务器数据
frank-src-server-insider = 从团伙内部人员处购买的数据副本
frank-who-insider = 团伙内部人员（收受报酬）
frank-src-ncb-handover = 经国际刑警组织渠道移交的账户流水（仅附移交函）
frank-who-lao-bank = 老挝银行（未提供提取记录）
frank-msg-lao-friction = 老挝方面通过国际刑警组织老挝国家中心局提出交涉，认为中国侦查人员访问了其境内的服务器；按我国规定，这次在线提取是合法的，但与老方的合作因此变得更加敏感。
frank-inj-ncb-handover = 国际刑警组织老挝国家中心局通过国际刑警组织渠道移交了老挝账户流水，附有移交函；但老挝银行未提供流水如何提取、保管的记录。
frank-chal-cooperation = 辩护人提出：该材料是通过警务合作而非司法协助取得的，公诉方须说明其来源、提供人、提供时间、提取人和保管情况。
frank-excl-cooperation = 法庭认为：公诉方未能说明通过警务合作取得的材料的来源和保管情况，该材料不能作为定案的根据。
frank-chal-undocumented = 辩护人提出：境外方面未提供该材料如何发现、保管和移交的记录，其真实性无法核实。
frank-excl-undocumented = 法庭认为：该材料没有发现、保管和移交的记录，侦查人员也未就其来源和移交情况作出书面说明，不能作为定案的根据。
frank-db-abroad-return = 冻结在老挝的资金，只有在作出没收裁决后才能返还：本案中要等到判决、且须判决有罪，并且只能返还约定的份额（本案为80%，可与被请求国协商分享）。届时老挝的冻结必须仍然有效：要及时续冻，并避免庭审一再推迟。
frank-db-pooled = 二级卡B是从“跑分”平台租用的卡，其他被害人的钱也经过这张卡：卡上冻结的资金按金额返还给各被害人，马女士只能拿回属于她的那一部分。
frank-db-remote-lawful = 你对团伙服务器进行了网络在线提取：经过审批，记录了访问路径、方法、时间和工具，计算了哈希值并全程录像。电子数据规定对此有明文规定，说明来源后法庭采纳了这些数据。代价在外交层面：老挝对其境内服务器被访问提出了交涉。
frank-db-ncb-email = 你请国际刑警组织老挝国家中心局用电子邮件发来账户流水。副本立即到手，也看出了资金去向；但说不清由谁、如何提取的电子邮件副本只是线索，不是证据。
frank-db-ncb-silent = 你为了等翻译，迟迟没有回复国际刑警组织老挝国家中心局：流水既没有发来，也没有移交。能直接用外语工作的民警，在这里能省下好几天。
frank-db-attest = 国际刑警组织老挝国家中心局通过国际刑警组织渠道移交了老挝流水，但老挝银行没有提供提取和保管的记录。这类材料，由两名以上侦查人员就其来源、移交经过、种类、数量和特征作出书面说明并签名、盖章，经审查能够证明案件事实的，可以作为证据使用；没有这份说明，法庭就不能采信。
frank-db-no-arrest = 本案没有任何嫌疑人被批准逮捕。红色通报须以国内的逮捕决定为依据：办案单位提请检察院批准逮捕，需要数天时间。蓝色通报则不需要。
frank-db-returned = 检察院将案件退回补充侦查：证据链中有一环没有可以提交法庭的证据。每退回一次就要多花一个月，开庭随之推迟，境外的每一项冻结都必须维持到那时。

## Sources

frank-lao-cards-src-seed-case = 朱雨晴：《“杀猪盘”电信网络诈骗国际执法安全合作研究》（2020年郑州案例）
frank-lao-cards-src-pboc-86 = 《中国人民银行 公安部关于加强支付结算管理防范电信网络新型违法犯罪有关事项的通知》（银发〔2016〕86号）：紧急止付48小时，最多延长两次
frank-lao-cards-src-mps-freeze = 《公安机关办理刑事案件程序规定》：冻结经县级以上公安机关负责人批准，期限六个月，可以续冻
frank-lao-cards-src-cbrc-mps-12 = 中国银监会、公安部2016年有关规定第十二条：冻结资金当场或三个工作日内返还
frank-lao-cards-src-aftf-20 = 《中华人民共和国反电信网络诈骗法》（2022年）第二十条
frank-lao-cards-src-mps-30min = 公安部快速反应机制（2016年）：接报后30分钟内录入被害人账户信息（新华社，2016年4月）
frank-lao-cards-src-harbin-2016 = 新浪黑龙江，2016年10月26日：转账4小时后报案，报案后3分钟止付，截住13万元
frank-lao-cards-src-mule-minutes = 关于五六个账户在几分钟内层层转账的报道（未经证实）
frank-lao-cards-src-hk-24h = 《南华早报》2019年：诈骗资金“一般在24小时内”流出香港
frank-lao-cards-src-mps-2022-routes = 公安部（2022年）：通过第三方、第四方支付、“跑分”平台和数字货币洗钱
frank-lao-cards-src-pooled-share = 资金查证实务：从多名被害人资金混同的账户返还的资金，按金额和时间在被害人之间分配
frank-lao-cards-src-freeze-or-follow = 金融调查教学：“冻结还是跟踪”
frank-lao-cards-src-mps-174 = 《公安机关办理刑事案件程序规定》（2020年）第一百七十四条：立案前的调查核实
frank-lao-cards-src-icja-2018 = 《中华人民共和国国际刑事司法协助法》（2018年）第二条、第九条、第十条、第十四条
frank-lao-cards-src-icja-return = 《中华人民共和国国际刑事司法协助法》（2018年）关于违法所得返还和资产分享的规定
frank-lao-cards-src-tcy-2014 = 欧洲委员会网络犯罪公约委员会（T-CY）2014年刑事司法协助评估报告：6至24个月
frank-lao-cards-src-mla-emergency = 办理外国刑事司法协助请求的实施细则（试行）：紧急冻结
frank-lao-cards-src-interpol-igrip = 国际刑警组织I-24/7紧急止付机制（I-GRIP，2022年起）；亚洲新闻台2024年报道；《南华早报》2023年报道
frank-lao-cards-src-interpol-notices = 国际刑警组织通报制度：红色通报和蓝色通报
frank-lao-cards-src-arrest-approval = 《中华人民共和国刑事诉讼法》关于提请人民检察院批准逮捕的规定
frank-lao-cards-src-police-coop-2016 = 《最高人民法院 最高人民检察院 公安部关于办理电信网络诈骗等刑事案件适用法律若干问题的意见》（法发〔2016〕32号）第六部分
frank-lao-cards-src-police-coop-2021 = 《最高人民法院 最高人民检察院 公安部关于办理电信网络诈骗等刑事案件适用法律若干问题的意见（二）》（2021年）第十四条
frank-lao-cards-src-lm-lecc = 澜湄综合执法安全合作中心（昆明，2017年成立）；新华社2024年报道
frank-lao-cards-src-cpl-56 = 《中华人民共和国刑事诉讼法》第五十六条
frank-lao-cards-src-cpl-175 = 《中华人民共和国刑事诉讼法》第一百七十五条
frank-lao-cards-src-exclusion-2017 = 《关于办理刑事案件严格排除非法证据若干问题的规定》（2017年）第一条
frank-lao-cards-src-spc-405 = 《最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释》关于境外证据的规定（2012年第四百零五条；2021年第七十七条）
frank-lao-cards-src-spp-online-37 = 《人民检察院办理网络犯罪案件规定》（2021年）第三十七条
frank-lao-cards-src-e-data-2016 = 《最高人民法院 最高人民检察院 公安部关于办理刑事案件收集提取和审查判断电子数据若干问题的规定》（2016年）；《公安机关办理刑事案件电子数据取证规则》（2019年）
frank-lao-cards-src-spc-online-16 = 《人民法院在线诉讼规则》（2021年）第十六条
frank-lao-cards-src-remote-abroad = 朱雨晴：《“杀猪盘”电信网络诈骗国际执法安全合作研究》第三部分第三节：未经授权不得在境外取证
frank-lao-cards-src-design-defaults = 《黄金一小时》本案训练设定（请求成功率与时间延迟）
frank-lao-cards-src-base-rate = 国际刑警组织（2025年1月）与金融行动特别工作组（FATF）：犯罪资产追回比例
