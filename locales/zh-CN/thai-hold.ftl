# 泰国止付案（scenarios/thai-hold.ron）
# 机构均为泛指，不出现真实银行名称。

## 案件概况

thh-title = 泰国止付案：迟到的报案、72小时银行止付与澜湄中心
thh-summary = 昆明。退休教师周先生在社交软件上结识“妮达”，被她带进一个“榴莲种植园”投资项目，先后投入100万元；项目由泰国清莱的一个诈骗窝点操控。他报案晚了：最后一笔转账已是50小时前。大部分钱转进了泰国的银行账户，境内措施无法触及。即便如此也要立即行动：说服他及时向泰国银行预警、向泰国警方报案，把几道临时止付接续到正式冻结，并在犯罪嫌疑人逃入老挝后，借助澜湄中心将其抓捕归案。
thh-obj-late = 把迟到的报案当作急案办：转走的已经转走，还在途中的仍能截住。
thh-obj-72h = 用好泰国的72小时银行止付，并在72小时内完成被害人报案，使止付延长至7天。
thh-obj-bridge = 把临时止付接续到正式冻结：先国际刑警组织I-24/7，再刑事司法协助。
thh-obj-lm = 通过澜湄中心的联合执法行动，抓回逃入老挝的犯罪嫌疑人。
thh-obj-evidence = 用依法固定的正式证据，补强残缺、迟到的证据。

## 报案与已知情况

thh-statement = 被害人周先生陈述（66岁，退休教师，昆明）：今年春天，他在社交软件上认识了会说中文的泰国女商人“妮达”。她给他看一个“榴莲种植园”投资平台，起初还有小额收益。十二天里，他向曼谷的一个银行账户转账85万元，又在ATM机上向一张境内银行卡转账15万元。他想提现时，平台说账户“正在审核”，要先交税。“妮达”让他“为了安全”删掉聊天记录，并承诺钱明天就到。他不想让子女知道，今晚是女儿把他带到派出所的。
thh-known-transfers = 转账情况：12天前15万元、9天前20万元、50小时前50万元，转入曼谷某银行的账户；50小时前在ATM机上转账15万元至一张境内银行卡（某股份制银行广东分行），26小时前到账。
thh-known-late = 报案较晚：最后一笔转账已是50小时前。ATM转账只能在24小时内撤销，那张境内银行卡早已被转空。
thh-known-thai = 曼谷的账户在泰国，境内的止付、冻结措施无法触及。在泰国，银行可根据被害人本人的预警将转账止付72小时；被害人向泰国警方报案后，止付最长可延至7天。
thh-known-nida = 聊天记录大部分已被他删除，只剩截图。“妮达”还在给他发消息。
thh-victim-name = 周先生

## 地区与机构

thh-jur-cn = 中国
thh-jur-th = 泰国
thh-jur-la = 老挝
thh-jur-mm = 缅甸
thh-inst-cn-bank-km = 某国有银行昆明分行
thh-inst-cn-bank-gd = 某股份制商业银行广东分行
thh-inst-cn-otc = 境内场外USDT币商
thh-inst-th-bank-bkk = 曼谷某商业银行
thh-inst-th-bank-cr = 清莱某商业银行
thh-inst-th-otc = 清莱某USDT币商

## 账户

thh-acc-zhou = 周先生的退休金账户
thh-acc-cn-card = 境内银行卡（尾号6630，广东）
thh-acc-cn-otc-usdt = 境内USDT币商
thh-acc-th-a = 曼谷账户（尾号4182，租用账户）
thh-acc-th-b = 清莱归集账户（尾号9057）
thh-acc-th-usdt = 清莱USDT币商

## 境内措施

thh-ground-case-filed = 已立案侦查

## 境外合作渠道

thh-ch-alert = 泰国银行被害人预警渠道（驻曼谷警务联络官协助）
thh-ch-complaint = 泰国警方报案渠道（周先生委托警务联络官递交）
thh-ch-i247 = 国际刑警组织I-24/7紧急止付（I-GRIP）
thh-ch-mla = 刑事司法协助（泰国）
thh-ch-liaison = 驻曼谷警务联络官
thh-ch-lm = 澜湄综合执法安全合作中心（昆明）
thh-el-victim-id = 被害人护照复印件及联系方式
thh-el-slips = 转账凭证
thh-el-target-details = 目标详情（账号、户名、金额、时间）
thh-el-thai-translation = 泰文译本
thh-el-power-of-attorney = 委托联络官代为递交的授权书
thh-el-victim-report = 被害人报案材料
thh-el-facts = 案件事实
thh-el-legal-basis = 法律依据（涉嫌罪名及法律条文）
thh-el-approval = 主管机关审核同意
thh-el-identity = 犯罪嫌疑人身份信息
thh-sv-hold-72h = 止付账户72小时
thh-sv-trail = 追查资金的下一个去向
thh-sv-extend-7d = 报案后止付延至7天
thh-sv-i247-hold = 紧急止付（临时冻结境外账户）
thh-sv-mla-freeze = 紧急冻结账户
thh-sv-mla-return = 返还被害人资金
thh-sv-mla-evidence = 调取证据
thh-sv-liaison-copy = 非正式获取材料副本（情报）
thh-sv-liaison-trace = 查询账户资金去向（情报）
thh-sv-liaison-locate = 查找犯罪嫌疑人下落
thh-sv-lm-joint-op = 联合执法行动：抓捕并遣返
thh-req-consent = 只有被害人本人才能向泰国银行预警、向泰国警方报案，而周先生还没有同意。
thh-req-no-hold = 报案延长的是正在生效的泰国止付，而现在没有：须先由银行根据被害人的预警止付账户（且72小时尚未届满）。
thh-req-case-filed = 尚未立案：联合执法行动须以已立案为前提。

## 犯罪嫌疑人

thh-sus-boss = 窝点负责人“阿龙”
thh-role-boss = 管理清莱窝点，归集账户登记在其女友名下
thh-sus-nida = “妮达”
thh-role-nida = 扮演“妮达”的话务员，可从曼谷账户的交易记录查到她

## 证据

thh-ev-statement = 周先生的陈述
thh-ev-slips = 转账凭证及ATM回单
thh-ev-chats = 残存聊天记录的截图
thh-ev-phone = 周先生手机的电子数据检验（恢复已删除的聊天记录）
thh-ev-th-bank = 曼谷账户和清莱账户的泰国银行交易记录
thh-ev-suspect-statement = 犯罪嫌疑人供述
thh-m-forensic = 经本人同意对手机进行电子数据检验，记录哈希值
thh-m-personal-contact = 托在泰国银行工作的朋友把交易记录发过来
thh-m-interrogation = 遣返后讯问（全程同步录音录像）
thh-src-report = 报案笔录
thh-src-slips = 被害人提供的转账凭证和回单
thh-src-screenshots = 接警时从被害人手机截取的截图
thh-src-forensic = 被害人手机（送电子数据鉴定实验室检验）
thh-src-wechat = 银行职员发来的微信消息
thh-src-interrogation = 讯问笔录及同步录音录像
thh-who-duty-officer = 接警民警
thh-who-forensic-lab = 电子数据鉴定实验室
thh-who-bank-friend = 以个人身份提供材料的银行职员
thh-who-suspect = 犯罪嫌疑人
thh-who-case-unit = 办案单位

## 事件与抉择

thh-from-duty-chief = 值班领导
thh-from-zhou = 周先生
thh-from-liaison = 驻曼谷警务联络官
thh-from-lm = 澜湄中心（昆明）
thh-from-prosecutor = 检察院
thh-from-family = 周先生的女儿
thh-inj-intake = 周先生的报案已登记。最后一笔转账是50小时前，大部分钱已转到境外。是现在立案、连夜处置，还是先登记，明早交给白班？
thh-opt-act-now = 立即立案，连夜处置
thh-opt-day-shift = 先登记，明早交白班处理
thh-inj-day-shift-files = 白班立案，此时距报案已过去12小时。
thh-inj-zhou-hesitates = 周先生今晚什么都不愿意签：他觉得丢人，子女并不知道全部情况，而且“妮达”答应明天就把钱打过来。可只有他本人才能向泰国银行预警、向泰国警方报案。
thh-opt-explain = 耐心向他说明：“交税”和“明天退款”正是骗局的最后一步；泰国的止付只能凭他本人的预警和报案启动
thh-opt-let-him-think = 让他回去考虑，想好了再来
thh-inj-zhou-returns = 周先生又来了：钱没有到账，“妮达”还要他再交钱。他同意签署一切需要的材料。
thh-inj-tax-demand = 周先生把手机递给你：“妮达”说6万元税款必须在两小时内交清，否则账户将被永久关闭。
thh-opt-stall = 劝他不要转账，并平静地回复对方“银行要一天才能办好”
thh-opt-confront = 让他告诉对方自己已经报警
thh-opt-let-pay = 由他自己决定
thh-cmp-let-pay = 明知被害人正在被骗仍放任其转账，违背了保护被害人财产安全的职责。
thh-inj-bank-notice = 联络官报告：清莱的银行已对归集账户止付。止付期限为72小时；周先生在此期间未向泰国警方报案的，止付即行解除。银行已通知了账户持有人。
thh-inj-hold-lapsing = 联络官提醒：归集账户的72小时止付将在一天内到期，泰国警方仍未收到周先生的报案。没有报案，银行将解除止付。
thh-inj-den-crossed = 联络官报告：泰国警方赶到清莱窝点时已人去楼空。“阿龙”和“妮达”已渡过湄公河，进入老挝的金三角经济特区。
thh-inj-lm-desk = 澜湄中心昆明值班室：与泰国、老挝、缅甸的湄公河沿线联合执法行动正在进行；请报送已查明身份的犯罪嫌疑人姓名和身份信息，将一并纳入行动。
thh-inj-prosecutor-review = 检察院审查起诉：请逐一核对每份证据的来源、提供人、提供时间、提取人、提取时间及固定方式。聊天记录只是周先生未删除部分的截图，辩护人必然会提出质疑。
thh-inj-family-asks = 周先生的女儿来电：泰国的账户已经冻结好几个星期了，钱为什么还没回来？
thh-opt-explain-stages = 向她说明各个环节：止付、冻结、正式请求返还，以及每一步需要的时间
thh-opt-promise = 向她保证一个月内把钱追回来

## 阶段

thh-phase-night = 第一阶段：报案当晚
thh-phase-holds = 第二阶段：泰国的止付
thh-phase-formal = 第三阶段：正式请求跟进
thh-phase-trial = 第四阶段：审查起诉与庭审

## 庭审

thh-chal-unlawful = 辩护人提出：这些银行记录是泰国银行职员应中国民警的私下请求发来的，未经任何法定程序，应予排除。
thh-excl-unlawful = 法庭认为：侦查机关无权在未经授权的情况下在境外取证；私下从外国银行职员处获取的记录严重违反法定程序，依法予以排除。
thh-chal-intel = 辩护人提出：这些记录是警方之间交换的情报，来源和提取过程均无法核实。
thh-excl-intel = 法庭认为：该材料仅为情报，未通过正式途径重新调取，不得作为定案的根据。
thh-chal-chats = 辩护人提出：这些只是被害人删除部分内容后留下的聊天截图，无法证明其完整、未被改动。
thh-chal-unpreserved = 辩护人提出：该电子数据未记录哈希值，完整性存疑。
thh-excl-unpreserved = 法庭认为：该电子数据的真实性和完整性无法确认，不予采信。
thh-chal-provenance = 辩护人提出：这些记录来自泰国，请公诉方说明其来源、提供人、提供时间、提取人和提取时间。
thh-excl-provenance = 法庭认为：公诉方未能说明该境外证据的来源和提取过程，该证据不能作为定案的根据。
thh-chal-confession = 辩护人提出：被告人在老挝被抓获，经长途押解后接受讯问，其供述是在压力下作出的。
thh-excl-confession = 法庭认为：公诉方未能证明供述取得的合法性，依法予以排除。
thh-proof-fraud = 诈骗事实：虚构身份、虚假平台与被害人的转账
thh-proof-money = 资金流向：赃款流入窝点控制的账户
thh-proof-identity = 被告人身份：被告人即实施诈骗的人

## 评分

thh-cr-recovered = 返还被害人的资金
thh-cr-secured = 控制的资金（已返还、冻结或止付）
thh-cr-identified = 查明身份的犯罪嫌疑人
thh-cr-custody = 归案的犯罪嫌疑人
thh-cr-convicted = 定罪
thh-cr-admitted = 被法庭采纳的证据
thh-cr-compliance = 依法办案
thh-cr-victim = 保护被害人（拦下“税款”且未惊动窝点）
thh-band-a = 优秀
thh-band-b = 良好
thh-band-c = 合格
thh-band-d = 需改进
thh-band-f = 不合格

## 复盘

thh-db-base-rate = 背景：国际刑警组织2025年1月指出，99%的犯罪资产从未被追回；金融行动特别工作组（FATF）估计，被查扣的犯罪所得不足2%。
thh-db-late = 周先生在最后一笔转账50小时后才报案。自2016年12月1日起，通过ATM机向他人账户转账的，24小时后才到账，到账前可以撤销：如果他早一天报案，那15万元本可以在到账前拦下。被害人因为羞愧、加上骗子承诺退款而迟迟不报案，这种情况很常见。
thh-db-acted-now = 报案虽晚，你仍当即立案处置。2016年哈尔滨一案中，被害人转账4小时后才报案，民警在报案后3分钟内止付，仍截住了13万元：钱到了归集账户，往往还会停留几天。
thh-db-day-shift = 你把这起迟到的报案留给了白班。公安部快速反应机制要求接报后30分钟内录入被害人账户信息：“反正也晚了”的想法，耽误的正是还能找到并止付下一个账户的那几个小时。
thh-db-persuaded = 你当晚就说服了周先生。根据泰国2023年的紧急法令，银行凭被害人本人的预警止付转账，只有被害人向泰国警方报案，止付才能延长：没有他本人，泰国方面的措施无从启动。
thh-db-not-persuaded = 你让周先生回去考虑，直到等不来退款他才回来。根据泰国2023年的紧急法令，止付凭被害人的预警启动、凭其报案延续；耽误的那几天，恰恰是追回资金的最好时机。
thh-db-complaint = 周先生在72小时内向泰国警方报了案，银行的止付因此延长至7天。这争取了时间，但仍不够等来刑事司法协助：几道临时止付必须接续到正式冻结。
thh-db-hold-lapsed = 泰国银行根据周先生的预警止付了账户，但72小时内没有跟进报案，止付到期解除。泰国法令给被害人72小时报案，报案后止付才能延续7天。
thh-db-no-alert = 没有人向泰国银行预警。在泰国，银行可凭被害人的预警将可疑转账止付72小时，这是境外最快的措施；但它需要被害人本人出面，也需要找准账户。
thh-db-collector-kept = 归集账户上的资金一直被控制到正式冻结生效：泰国银行的止付、7天延长和I-24/7止付接续起来，撑过了紧急司法协助冻结所需的几个星期（本案按我国办理外国紧急请求的期限类推，未经核实）。
thh-db-collector-lost = 归集账户里的钱被转给了USDT币商。境外的每一道止付都是临时的：72小时、7天、I-24/7的一段时间；前一道到期而后一道未接上，钱就没了。
thh-db-no-bridge = 泰国银行的止付只有72小时和7天，而紧急司法协助冻结要几个星期。中间没有I-24/7紧急止付衔接（几小时到约一天生效，之后须跟进正式请求），这段空档就会让钱溜走。
thh-db-no-mla = 你没有提出刑事司法协助请求：临时止付总会到期，只有正式冻结和正式请求才能追回资金、取得可在法庭上使用的证据（欧洲委员会T-CY 2014年的调查显示，司法协助通常需要6至24个月）。
thh-db-confronted = 让周先生告诉“妮达”自己已经报警，虽然拦下了“税款”，却惊动了窝点：归集账户随即被转空，犯罪嫌疑人逃入老挝。不动声色地稳住对方，才能争取时间。
thh-db-tax-paid = 周先生最终还是交了6万元“税款”。以交税、交费为名“解冻提现”，是“杀猪”阶段的典型手法；报案晚的被害人，往往还在继续转账。
thh-db-crossed = 窝点被惊动了（因为归集账户被止付，或因为被害人），其成员逃入老挝金三角经济特区。在那里，要靠澜湄中心与老挝、缅甸、泰国的联合执法行动才能抓到人（2024年8月至12月：破案160余起，抓获犯罪嫌疑人7万余名）。
thh-db-lm-custody = 澜湄中心的联合执法行动将犯罪嫌疑人抓捕归案。区域合作能够触及通报和双边警务联系够不着的地方，但需要几天到几周，而且必须先查明犯罪嫌疑人的身份。
thh-db-no-custody = 没有犯罪嫌疑人归案，本案无法定罪。应先查明身份（归集账户的开户人、曼谷账户的交易记录），再请澜湄中心组织联合行动。
thh-db-personal-contact = 你托泰国银行的朋友私下发来了交易记录。未经授权，我国侦查人员无权在境外取证：这些记录无论来得多快，都被法庭排除，还扣减了依法办案分。
thh-db-chats-admitted = 残缺聊天记录的截图被法庭采纳，因为对手机的电子数据检验记录了哈希值，恢复并印证了完整的对话。
thh-db-chats-excluded = 残缺聊天记录的截图被法庭排除：无法证明其完整、未被改动。对手机进行电子数据检验，并记录路径、方法、时间、工具和哈希值，本可以为截图提供支撑。
thh-db-convicted = 法院认定诈骗事实、资金流向和被告人身份均有合法证据证明，作出有罪判决。
thh-db-not-convicted = 证据链不完整、关键证据被排除，或没有犯罪嫌疑人归案，法院未能作出有罪判决。
