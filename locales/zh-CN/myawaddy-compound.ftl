# 妙瓦底园区案（scenarios/myawaddy-compound.ron）
# 机构均为泛指，不出现真实银行、交易所或园区名称。

## 案件概况

myw-title = 妙瓦底园区案：USDT、第三国中转与经泰国遣返
myw-summary = 2025年1月。六个省份的数十名被害人在同一个“USDT套利”平台上被骗，平台由缅甸妙瓦底郊外的诈骗园区操控。省反诈中心已将这些报案并案处理，交由你主办。资金先后经过境内银行卡、场外USDT币商和第三国交易所，最后流入园区；还有一名被害人正准备转账。你要追踪USDT流向，在资金提走前对境外中转账户采取止付，并保持冻结直至法院作出裁判；通过提请批准逮捕、红色通报和引渡追回园区老板，经中缅泰通道把园区人员遣返回国，并形成经得起检察院审查和法庭质证的证据卷宗。
myw-obj-trace = 在不惊动园区的前提下，追踪资金从银行卡、场外币商到USDT的流向。
myw-obj-hop = 通过国际刑警组织I-24/7紧急止付控制团伙在第三国的账户，以刑事司法协助紧急冻结及时跟进，并保持冻结直至法院作出没收裁定。
myw-obj-victims = 保护被害人：控制仍在境内账户上的资金，并劝阻下一名被害人转账。
myw-obj-notices = 弄清蓝色通报和红色通报各自能做什么（红色通报须以检察院批准逮捕为前提），并按不同情形选用引渡、所在国遣返或劝返等途径追逃。
myw-obj-repatriation = 在人员被转移之前，经泰国把园区人员遣返回国，回国后依法向其调取证据；对外国警方移交的材料说明其来源和保管情况。

## 报案与已知情况

myw-statement = 省反诈中心并案材料：六个省份的34名被害人，在交友软件和社交平台上结识所谓“投资导师”后被拉进聊天群，随后在一个显示收益稳定的“USDT套利”平台上投入资金。提现时，账户被以“风控审核”为由冻结，对方又要求缴纳“解冻保证金”。聊天记录、话术脚本和IP地址均指向缅甸妙瓦底郊外的一处园区，与泰国湄索隔莫艾河相望。本案已立案，由你主办。
myw-known-victims = 此前31名被害人在过去几周内共转账90万元，收款卡收到后立即被转空。最近几笔：陈先生26小时前转账52万元；刘女士1小时前转账38万元；赵女士3小时前转账26万元。
myw-known-cards = 陈先生和赵女士转入的是同一张境内银行卡（某股份制银行广东分行）。其下游账户要看银行紧急查询的结果。
myw-known-maesot = 刘女士被告知“为避开国内银行限额”，直接转入泰国湄索的一个银行账户。境内的止付、冻结措施无法触及该账户。
myw-known-usdt = 平台上的一切都以USDT计价。有被害人问起，对方称资金“由合作币商兑换”。
myw-known-compound = 聊天中多次提到湄索对岸的“园区”、常从曼谷过来的“魏老板”，以及一个叫“阿坤”的现场主管。
myw-victim-name = 并案被害人

## 地区与机构

myw-jur-cn = 中国
myw-jur-kh = 柬埔寨
myw-jur-th = 泰国
myw-jur-mm = 缅甸
myw-jur-mm-hills = 缅甸遣返通道以外的民地武控制区
myw-inst-cn-bank-v = 被害人开户银行
myw-inst-cn-bank-a = 某股份制商业银行广东分行
myw-inst-cn-bank-b = 湖南某农村商业银行
myw-inst-cn-bank-c = 福建某城市商业银行
myw-inst-cn-otc-old = 前几周收款的USDT币商
myw-inst-kh-exch = 金边某数字资产交易所
myw-inst-mm-wallet = 园区自有的USDT钱包
myw-inst-th-bank-ms = 某商业银行湄索分行
myw-inst-mm-cash = 莫艾河对岸的现金提取点

## 账户

myw-acc-victims = 被害人账户（按比例发还）
myw-acc-cn-card-old = 早期收款卡（尾号3306）
myw-acc-old-otc = 早期收款卡转入的USDT币商
myw-acc-cn-card-1 = 收款卡（尾号5521，广东）
myw-acc-cn-mule-2 = 二级卡（尾号0874，“跑分”平台租用卡）
myw-acc-otc-dealer = 场外USDT币商的银行账户（福建）
myw-acc-kh-exchange = 团伙在金边交易所的USDT账户（他人名义开立）
myw-acc-mm-wallet = 园区的USDT钱包
myw-acc-th-maesot = 湄索账户（尾号7719）
myw-acc-mm-cash = 莫艾河对岸的现金提取点

## 境内措施

myw-ground-case-filed = 已立案侦查（并案）
myw-ground-fund-link = 该账户接收了被害人被骗资金（资金流向分析）

## 境外合作渠道

myw-ch-mla = 刑事司法协助（泰国：双边条约；柬埔寨：《联合国打击跨国有组织犯罪公约》或互惠）
myw-ch-i247 = 国际刑警组织I-24/7紧急止付（I-GRIP）
myw-ch-blue = 国际刑警组织蓝色通报
myw-ch-red = 国际刑警组织红色通报
myw-ch-extradition = 引渡（经外交途径，依据引渡条约）
myw-ch-persuasion = 劝返（亲属规劝、限期投案通告）
myw-ch-liaison = 驻曼谷、金边警务联络官
myw-ch-lm = 澜湄综合执法安全合作中心（昆明）
myw-ch-handover = 中缅泰遣返通道（妙瓦底—湄索—国内）
myw-el-facts = 案件事实
myw-el-legal-basis = 法律依据（涉嫌罪名及法律条文）
myw-el-translation = 被请求国文字译文
myw-el-target-details = 目标详情（账号、户名、充值地址、金额等）
myw-el-approval = 主管机关审核同意
myw-el-dual-criminality = 双重犯罪说明
myw-el-family = 通过当地派出所联系犯罪嫌疑人亲属
myw-el-surrender-notice = 公开发布限期投案通告
myw-el-compound-location = 园区位置及本案与该园区的关联
myw-el-victim-report = 被害人报案材料
myw-el-photos = 被害人聊天记录中的照片和语音
myw-el-identity = 犯罪嫌疑人身份信息
myw-el-warrant = 检察院批准逮捕决定（逮捕证）
myw-sv-mla-freeze = 紧急冻结账户（180日）
myw-sv-mla-confiscate = 请求没收并返还被害人资金（待法院裁判后）
myw-sv-mla-evidence = 调取证据
myw-sv-extradite = 请求引渡犯罪嫌疑人（须已批准逮捕）
myw-sv-surrender = 规劝犯罪嫌疑人回国投案
myw-sv-i247-hold = 紧急止付（临时冻结境外账户）
myw-sv-blue = 蓝色通报（核查身份和下落，无须逮捕证）
myw-sv-silver = 银色通报（查找资产，仅提供信息，不控制资金）
myw-sv-red = 红色通报（查找并临时逮捕，须已批准逮捕）
myw-sv-liaison-locate = 查找犯罪嫌疑人下落
myw-sv-liaison-copy = 由所在国警方移交材料（警务合作）
myw-sv-lm-joint-op = 联合执法行动：抓捕并遣返
myw-sv-handover = 在湄索移交本案园区全部人员并押解回国（无须点名）
myw-req-case-filed = 尚未立案：检察院只对已立案的案件批准逮捕。
myw-req-corridor = 遣返通道尚未开通：中缅泰联合行动启动前，没有人会从园区移交人员。

## 犯罪嫌疑人

myw-sus-boss = “魏老板”
myw-role-boss = 园区老板，住在曼谷，经湄索往返园区
myw-sus-manager = 现场主管“阿坤”
myw-role-manager = 管理诈骗现场：话术、目标和被害人档案
myw-sus-chatter = 冒充“林导师”的话务员
myw-role-chatter = 按剧本与陈先生、赵女士聊天

## 证据

myw-ev-statements = 被害人陈述
myw-ev-transfers = 被害人转账记录
myw-ev-chats = 被害人手机中的聊天记录和平台截图
myw-ev-cn-bank = 境内银行交易流水（收款卡、二级卡和币商账户）
myw-ev-platform = “导师”账号的注册及登录信息（即时通讯平台调取）
myw-ev-chain = 链上追踪报告：币商向同一交易所充值地址转出USDT
myw-ev-kyc = 交易所账户的开户身份资料（KYC）
myw-ev-exchange = 交易所账户交易记录
myw-ev-th-bank = 湄索银行账户交易记录
myw-ev-server = 园区服务器数据（拷贝硬盘）
myw-ev-phones = 遣返犯罪嫌疑人随身携带的工作手机
myw-ev-suspect-statements = 遣返犯罪嫌疑人的供述
myw-m-bank-notice = 向涉案银行送达调取证据通知书
myw-m-platform-notice = 向平台运营商送达调取证据通知书
myw-m-chain-analysis = 在公链上追踪币商的USDT转账并进行地址聚类
myw-m-arrival-seizure = 入境时依法扣押手机、制作镜像并记录扣押过程
myw-m-interrogation = 遣返后讯问（全程同步录音录像）
myw-m-video-interview = 通过视频连线询问泰国羁押中心的在押人员
myw-src-reports = 各地派出所的报案笔录
myw-src-receipts = 被害人提供的转账回单和银行流水
myw-src-phones = 被害人手机（接警时截图、复制）
myw-src-cn-banks = 涉案银行的交易流水
myw-src-platform = 即时通讯平台的账号数据
myw-src-ledger = 区块链公开账本
myw-src-kh-email = 交易所合规官经国际刑警组织柬埔寨国家中心局发来的电子邮件
myw-src-drive = 武装团体中间人兜售的硬盘
myw-src-arrival = 入境机场的扣押笔录
myw-src-interrogation = 讯问笔录及同步录音录像
myw-src-video = 与泰国羁押中心的视频连线
myw-who-victims = 各被害人
myw-who-local-stations = 各地派出所
myw-who-cn-banks = 涉案银行
myw-who-case-unit = 办案单位
myw-who-platform = 平台运营商
myw-who-public-ledger = 公开账本（无提供人）
myw-who-vc-unit = 虚拟货币追踪专班
myw-who-kh-ncb = 国际刑警组织柬埔寨国家中心局
myw-who-kh-compliance = 交易所合规官
myw-who-intermediary = 武装团体的中间人
myw-who-unknown = 不明
myw-who-suspects = 遣返的犯罪嫌疑人
myw-who-detainees = 泰国羁押中心的在押人员

## 事件与抉择

myw-from-centre = 省反诈中心
myw-from-bank-desk = 反诈中心银行专班
myw-from-risk = 银行风险监测岗
myw-from-vc-unit = 虚拟货币追踪专班
myw-from-liaison = 驻曼谷警务联络官
myw-from-kh-ncb = 国际刑警组织柬埔寨国家中心局
myw-from-intermediary = 泰国号码的陌生来电
myw-from-prosecutor = 检察院
myw-inj-merged = 34名被害人的报案已并案，并已立案侦查。现在可以出具冻结、调取证据等法律文书。
myw-inj-instant-inquiry = 银行紧急查询结果：收款卡每收到一笔钱，几分钟内就全部转入湖南某农商行的一张二级卡；二级卡每隔几个小时批量转给福建一名场外USDT币商的账户。两个账户已录入预警平台。该币商几个月来一直与同一批交易对手结算。赵女士的26万元是仍在二级卡上，还是已经转给了币商，查询结果暂时看不出来；该币商就在园区的财务群里。
myw-inj-dissuade = 银行风控模型预警：南京61岁的王女士刚刚调高了转账限额，约90分钟后将向同一张收款卡转账30万元。她和其他被害人在同一个“投资群”里。
myw-opt-call-now = 请南京反诈中心立即打电话劝阻，并派民警上门
myw-opt-public-warning = 在公安新媒体账号上发布预警，点名曝光这个平台
myw-opt-let-pay = 让她照常转账，以便跟踪这笔钱
myw-cmp-let-pay = 明知被害人正在被骗仍放任其转账，违背了保护被害人财产安全的职责。
myw-inj-chain-result = 链上追踪结果：币商的钱包向金边某数字资产交易所的同一个充值地址转出了与被害人转账金额相当的USDT。该交易所账户以一名柬埔寨人的名义开立，余额仍在。
myw-inj-compound-alerted = 联络官报告：园区财务连夜转移了钱包，“魏老板”没有再回曼谷，据说“阿坤”已转去柬埔寨的一个园区。
myw-inj-stop-expiring = 银行提示：你实施的紧急止付即将到期。止付期限为48小时，最多可再次止付两次（延长止付期限）；到期前未延长止付期限或办理冻结的，资金将解除控制。
myw-inj-kh-ncb = 国际刑警组织柬埔寨国家中心局发来英文消息：“Ref your I-24/7 message: the exchange has frozen the account for 30 days. Its compliance officer can e-mail the KYC file now, as is; any seizure needs a formal MLA request before the hold lapses.” 这份材料将经国际刑警组织渠道移交，但没有交易所如何发现、保管该材料的记录。请决定如何回复。
myw-opt-lead-and-formal = 照原样接收开户资料，并用英文回复确认正式的司法协助请求正在办理
myw-opt-release-now = 请对方直接把余额转回中国
myw-opt-no-reply = 等翻译到位后再回复
myw-inj-more-victims = 同一个“投资群”里又有四个省份的12名成员主动联系警方，他们都还没有转账。各地反诈中心逐一打电话劝阻：一个一个地提醒，不发布任何可能被园区看到的公开信息。
myw-inj-power-cut = 2025年2月5日：泰国切断了湄索对岸园区的电力、燃油和网络供应，中缅泰联合行动启动。园区人员将分批在边境移交，从湄索乘机回国，回国后再查明身份；请求时无须点名，只须指明园区及本案。联络官提醒：武装团体已开始把人员转移到其他地点。
myw-inj-bgf-offer = 一名使用泰国号码的男子自称与控制该地区的武装团体有关系，开价2万美元出售一块硬盘，称里面有“园区整个服务器：被害人、话术、工资表”，要求在湄索现金交易。
myw-opt-decline = 拒绝，并通过正式渠道调取服务器数据
myw-opt-buy = 买下硬盘
myw-cmp-bought = 向武装团体的中间人付钱换取数据，不是合法的取证方式。
myw-inj-first-flight = 2025年2月20日：首批200名涉诈中国籍犯罪嫌疑人从湄索乘机押解至南京。本案园区的人员也在移交之列。
myw-inj-dispersal = 联络官报告：中方一直没有就本案园区的人员提出请求，武装团体已把他们转移到其他地点。“阿坤”已转去柬埔寨的一个园区，“魏老板”也再没有在曼谷露面。
myw-inj-prosecutor-review = 第270天，案件移送检察院审查起诉。检察院将逐一核对证明体系的每个环节是否有可以提交法庭的证据，以及每份证据的来源、提供人、提供时间、提取人、提取时间和固定方式；有缺口的，退回补充侦查，每次一个月，最多两次。预计辩护人会提出遣返人员的供述系被胁迫所作。
myw-inj-screening = 回国人员中有人称自己是被招工广告骗去、被强行扣押在园区的。专案组如何对待他们？
myw-opt-screen = 逐人甄别：先按可能的人口贩运被害人听取陈述，再决定是否作为犯罪嫌疑人
myw-opt-charge-all = 航班上的人一律按犯罪嫌疑人处理
myw-cmp-charge-all = 不加甄别、把园区出来的人一律当作犯罪嫌疑人，忽视了其中被拐骗、被强行扣押的人，不符合对待被害人的要求。

## 阶段

myw-phase-first-hours = 第一阶段：并案与最初几小时
myw-phase-notices = 第二阶段：境外中转与国际通报
myw-phase-corridor = 第三阶段：经泰国的遣返通道
myw-phase-trial = 第四阶段：审查起诉与庭审

## 庭审

myw-chal-unlawful = 辩护人提出：该证据的取得未经任何合法程序（或从武装团体处购得，或未经所在国授权通过视频向境外在押人员获取），应予排除。
myw-excl-unlawful = 法庭认为：侦查机关无权在未经授权的情况下在境外取证，从来源不明者处购得的证据也没有合法来源；该违法情形无法补正或作出合理解释，依法予以排除。
myw-chal-intel = 辩护人提出：该材料来源不明，无法说明由谁、以何种方式取得，无法核实。
myw-excl-intel = 法庭认为：该材料的来源、提供人和提取过程均无法核实，不得作为定案的根据。
myw-chal-cooperation = 辩护人提出：该材料系外国警方移交，并非通过司法协助取得，公诉方须说明其来源、提供人、提供时间和保管情况。
myw-excl-cooperation = 法庭认为：通过警务合作移交的材料经查证属实可以作为证据使用，但公诉方未能说明其来源、提供人、提供时间和保管情况，不得作为定案的根据。
myw-chal-undocumented = 辩护人提出：该材料经国际刑警组织渠道移交，没有关于其如何发现、保管和移交的记录。
myw-excl-undocumented = 法庭认为：境外未随附相关记录的，侦查机关应当对材料的来源、移交过程以及种类、数量、特征等作出书面说明，由两名以上侦查人员签名并加盖公章。本案没有提供书面说明，口头说明不能代替，依法予以排除。
myw-chal-unpreserved-phones = 辩护人提出：手机镜像未计算哈希值，无法证明扣押后数据未被改动。
myw-chal-unpreserved = 辩护人提出：该电子数据未做哈希校验或区块链存证，完整性存疑。
myw-excl-unpreserved = 法庭认为：该电子数据提取时未记录完整性校验信息，真实性无法确认，不予采信。
myw-chal-provenance = 辩护人提出：该证据来自境外，请公诉方说明其来源、提供人、提供时间、提取人和提取时间。
myw-excl-provenance = 法庭认为：公诉方未能说明该境外证据的来源和提取过程，该证据不能作为定案的根据。
myw-chal-confession = 辩护人提出：被告人曾被强行扣押在园区，又是在长途押解后接受讯问，其供述系在威胁下作出，申请予以排除。
myw-excl-confession = 法庭认为：公诉方未能证明供述取得的合法性，依法予以排除。
myw-proof-fraud = 诈骗事实：虚假平台与被害人的转账
myw-proof-money = 资金流向：赃款流入团伙在境外控制的账户和钱包
myw-proof-identity = 被告人身份：被告人系园区诈骗团伙成员

## 评分

myw-cr-recovered = 返还被害人的资金
myw-cr-secured = 控制的资金（已返还、冻结或止付）
myw-cr-identified = 查明身份的犯罪嫌疑人
myw-cr-custody = 归案的犯罪嫌疑人
myw-cr-convicted = 定罪
myw-cr-admitted = 被法庭采纳的证据
myw-cr-compliance = 依法办案
myw-cr-victims = 保护下一名被害人（及时劝阻王女士且未惊动团伙）
myw-band-a = 优秀
myw-band-b = 良好
myw-band-c = 合格
myw-band-d = 需改进
myw-band-f = 不合格

## 复盘

myw-db-base-rate = 背景：国际刑警组织2025年1月指出，99%的犯罪资产从未被追回；金融行动特别工作组（FATF）估计，被查扣的犯罪所得不足2%。早期31名被害人的钱在并案前就已无法追回。
myw-db-scale = 规模：联合国人权事务高级专员办事处2023年估计，缅甸的诈骗园区至少关押着12万人，柬埔寨约10万人。园区里打电话的人，很多是被骗去并被强行扣押的。
myw-db-tipped = 园区被惊动了。对场外币商账户采取措施，或发布点名平台的公开预警，都等于告诉团伙警方已盯上资金：币商账户和交易所账户在几小时内被转入园区钱包，“魏老板”躲进遣返通道以外的民地武控制区，任何通报和引渡都够不着他，“阿坤”也转去了柬埔寨。这就是“冻结还是跟踪”的两难：止付保住了币商账户上的钱，却赔上了下游的一切。
myw-db-dispersed = 一直没有人就园区人员提出请求，直到武装团体把他们转移走：“阿坤”去了柬埔寨，“魏老板”也躲了起来。遣返通道只能移交请求送达时仍在园区的人；2025年2月5日之后的几周里，各武装团体纷纷把人员转移到其他地点。
myw-db-chain-traced = 你没有让被害人的钱继续流向币商，而是在公链上追踪币商的USDT转账：这条线索在不触动币商的情况下，直接指向团伙在金边交易所的账户。虚拟货币追踪和地址聚类，正是培训文献要求掌握的本领。
myw-db-no-chain = 你没有追踪币商的USDT流向，团伙在金边交易所的账户始终没有暴露：不知道的账户，无从止付。对币商的转账做链上追踪，几小时内就能在不惊动他的情况下找到这个账户。
myw-db-exchange-kept = I-24/7止付生效时，交易所账户上的资金还在。I-GRIP紧急止付通常在几小时到约一天内生效，须由被害人所在国警方提出，之后必须跟进正式请求。
myw-db-exchange-lost = 交易所账户上的USDT已转入园区钱包，无法追回。I-24/7止付要几小时到约一天才能生效，常常发现账户已部分或全部转空；而且只有先找到账户，才谈得上止付。
myw-db-maesot-lost = 湄索账户里的钱被取成现金带过了河。诈骗资金通常不到24小时就会转出一地：境外账户要么在第一天止付，要么就来不及了。
myw-db-i247-no-mla = 你申请了I-24/7紧急止付，但没有跟进刑事司法协助请求。紧急止付只是临时措施，不以正式冻结跟进，止付到期后资金仍会被转走。
myw-db-mla-months = 刑事司法协助耗时以月计（欧洲委员会网络犯罪公约委员会T-CY 2014年的调查显示为6至24个月），请求本身在发出前还要用几天时间起草、审批并译成泰文或柬埔寨文。紧急冻结快一些（本案按我国办理外国紧急请求的期限类推，约需数周）；案件起诉、审判期间，冻结到期前要及时续冻。
myw-db-after-verdict = 境外冻结的资金不会在冻结生效时就返还：所在国要等我国法院作出有罪判决和没收裁定后，才按与其商定的比例返还（本案假定为80%）。未能定罪，或判决前冻结已经失效，就什么也追不回来。
myw-db-wang-called = 王女士在转账前接到了劝阻电话，民警也上门了。及时劝阻和紧急止付是《反电信网络诈骗法》第二十条规定的公安职责，而且没有向团伙透露任何信息。
myw-db-wang-public = 公开预警拦住了王女士，但园区也在看新闻：点名平台等于告诉团伙警方已经盯上了他们。
myw-db-wang-paid = 王女士最终还是转出了30万元：要么是你让她照常转账“以便跟踪”，要么是没有人及时采取行动。放任被害人继续转账，既加重了损失，也违背了保护被害人的职责。
myw-db-no-arrest = “魏老板”的身份已经查明，却始终没有提请检察院批准逮捕。红色通报和引渡请求都以国内逮捕决定为前提：先批准逮捕，再发通缉。
myw-db-red-notice = “魏老板”从泰国归案。各个环节各司其职：检察院批准逮捕；红色通报以批准逮捕为前提，本身并不是逮捕令，它使泰方查找到他并予以临时逮捕；移交则须依据中泰引渡条约经外交途径提出引渡请求，耗时数月，也可能被拒绝。
myw-db-boss-free = “魏老板”没有归案。红色通报须针对已查明身份、已批准逮捕的人，而且只在有警察能执行的地方管用；引渡须以他在缔约国被逮捕为前提，耗时数月。一旦他躲进遣返通道以外的地区，就只剩下通过亲属劝返一条路了。
myw-db-silver = 你申请了银色通报：它只能查明资金去向，仅供参考，不能控制任何资金；在境外冻结、扣押资金，仍须通过I-24/7紧急止付和双边请求。
myw-db-persuasion = 你尝试了劝返：联系其亲属，并发布限期投案通告。这是追缉境外涉诈人员的常用手段，投案自首还可以从轻处罚，但需要数周时间，也常常没有结果。
myw-db-corridor = 犯罪嫌疑人经中缅泰通道回国：2025年2月5日泰国切断了园区的电力、燃油和网络，2月20日首批200名中国籍犯罪嫌疑人从湄索乘机押解至南京；截至2026年1月，已遣返7600余人。所在国是分批集中遣返：请求时无须点名，人员回国后再查明身份。
myw-db-no-corridor = 没有犯罪嫌疑人经遣返通道回国，而截至2026年1月，经泰国遣返的人员已超过7600人。所在国会把请求送达时仍在园区的本案人员全部移交，无须点名：请求必须赶在人员被转移之前提出。
myw-db-video = 你在移交之前通过视频询问了泰国羁押中心的在押人员。未经所在国授权，我国侦查人员无权在境外取证：这些供述被排除，还扣减了依法办案分。应在回国后讯问，并全程同步录音录像。
myw-db-bought = 你从武装团体的中间人手里买了园区服务器的硬盘。其来源无法核实，无法证明未被篡改，付钱购买本身也不合法：法庭予以排除。
myw-db-kyc-attested = 交易所的开户资料经国际刑警组织渠道移交，没有关于其如何发现和保管的记录。两名侦查人员就其来源、移交过程以及种类、数量、特征作出书面说明并签名，法庭予以采纳：通过警务合作移交的证据，只要说明了来源，我国法院就可以采信。
myw-db-kyc-excluded = 交易所的开户资料被法庭排除。它经国际刑警组织渠道移交，没有关于其如何发现和保管的记录；能够补正的是由两名以上侦查人员签名的书面说明，口头说明不行，不作回应更不行。
myw-db-phones-admitted = 遣返犯罪嫌疑人的工作手机在入境时被依法扣押，制作了镜像并计算了哈希值，被法庭采纳。提取电子数据应当记录路径、方法、时间、工具和哈希值。
myw-db-phones-excluded = 手机虽已扣押，但始终没有计算哈希值，被法庭排除。提取电子数据时应当记录路径、方法、时间、工具和哈希值。
myw-db-statements-admitted = 遣返犯罪嫌疑人的供述是回国后在全程同步录音录像下取得的，公诉方能够说明取证过程，被法庭采纳。以威胁、非法拘禁等方法取得的供述，一律排除。
myw-db-returned = 检察院将案件退回补充侦查：证明体系中有一个环节没有可以提交法庭的证据。每次退回耗时一个月，最多两次；第二次退回后仍不完整的，检察院将作出不起诉决定。缺失的记录通常应在审查起诉阶段补齐，而不是到庭审时才发现。
myw-db-screened = 专案组先对回国人员逐人甄别，再决定是否作为犯罪嫌疑人。联合国人权事务高级专员办事处估计，2023年缅甸园区至少关押着12万人，打电话的人里很多是被拐骗去的；先按被害人听取陈述，也往往能找到最好的证人。
myw-db-charged-all = 专案组把航班上的人一律当作犯罪嫌疑人。园区里很多人是被招工广告骗去、被强行扣押的（联合国人权事务高级专员办事处估计，2023年缅甸至少有12万人）：应当先甄别，再定性。
myw-db-convicted = 法院认定诈骗事实、资金流向和被告人身份均有合法证据证明，作出有罪判决。
myw-db-not-convicted = 证据链不完整、关键证据被排除，或没有犯罪嫌疑人归案，法院未能作出有罪判决。

## 资料来源（学员看到的名称）

myawaddy-compound-src-myawaddy-2025 = 中缅泰联合打击妙瓦底电诈园区行动公开报道（2025年2月至2026年1月）
myawaddy-compound-src-ohchr-2023 = 联合国人权事务高级专员办事处关于东南亚网络诈骗活动的报告（2023年）
myawaddy-compound-src-gang-scale = 朱雨晴：《“杀猪盘”电信网络诈骗国际执法安全合作研究》
myawaddy-compound-src-pboc-86 = 中国人民银行、公安部银发〔2016〕86号通知（紧急止付和快速冻结机制）
myawaddy-compound-src-mps-freeze = 《公安机关办理刑事案件程序规定》（冻结）
myawaddy-compound-src-cbrc-mps-12 = 中国银监会、公安部《电信网络新型违法犯罪案件冻结资金返还若干规定》（2016年）第十二条
myawaddy-compound-src-aftf-20 = 《中华人民共和国反电信网络诈骗法》第二十条
myawaddy-compound-src-mps-30min = 公安部电信诈骗案件快速反应机制（2016年，新华社报道）
myawaddy-compound-src-mps-2022-routes = 公安部通报的电信诈骗洗钱渠道（2022年）
myawaddy-compound-src-hk-24h = 《南华早报》2019年报道：诈骗资金流出香港
myawaddy-compound-src-vc-tracing = 跨境电诈研究文献提出的培训需求（虚拟货币追踪、地址聚类、跨境电子证据）
myawaddy-compound-src-freeze-or-follow = 金融调查教学：“冻结还是跟踪”
myawaddy-compound-src-interpol-igrip = 国际刑警组织全球快速止付机制（I-GRIP）及新加坡、香港案例报道
myawaddy-compound-src-interpol-routing = 朱雨晴：《“杀猪盘”电信网络诈骗国际执法安全合作研究》第四部分（四）1：经省级公安机关和公安部报送
myawaddy-compound-src-interpol-notices = 国际刑警组织通报制度（红色、蓝色、银色通报）
myawaddy-compound-src-arrest-approval = 《中华人民共和国刑事诉讼法》关于提请批准逮捕的规定
myawaddy-compound-src-extradition-law = 《中华人民共和国引渡法》（2000年）及中泰、中柬引渡条约
myawaddy-compound-src-persuasion = 劝返工作：亲属规劝与限期投案通告
myawaddy-compound-src-icja-2018 = 《中华人民共和国国际刑事司法协助法》（2018年）
myawaddy-compound-src-th-mla-treaty = 《中华人民共和国和泰王国关于刑事司法协助的条约》
myawaddy-compound-src-kh-untoc = 《联合国打击跨国有组织犯罪公约》第十八条（或互惠原则）
myawaddy-compound-src-tcy-2014 = 欧洲委员会网络犯罪公约委员会（T-CY）关于刑事司法协助的评估报告（2014年）
myawaddy-compound-src-mla-emergency = 我国办理外国刑事司法协助紧急请求的实施规定（试行）
myawaddy-compound-src-lm-lecc = 澜湄综合执法安全合作中心（昆明，2017年）相关新华社报道
myawaddy-compound-src-police-coop-2016 = 《最高人民法院 最高人民检察院 公安部关于办理电信网络诈骗等刑事案件适用法律若干问题的意见》（法发〔2016〕32号）第六部分
myawaddy-compound-src-attest-2021 = 《最高人民法院 最高人民检察院 公安部关于办理电信网络诈骗等刑事案件适用法律若干问题的意见（二）》（2021年）第十四条
myawaddy-compound-src-cpl-175 = 《中华人民共和国刑事诉讼法》第一百七十五条
myawaddy-compound-src-cpl-56 = 《中华人民共和国刑事诉讼法》第五十六条
myawaddy-compound-src-exclusion-2017 = 《关于办理刑事案件严格排除非法证据若干问题的规定》（2017年）第一条
myawaddy-compound-src-no-authority-abroad = 朱雨晴：《“杀猪盘”电信网络诈骗国际执法安全合作研究》第三部分（三）：境外取证
myawaddy-compound-src-spc-405 = 《最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释》（2012年）第四百零五条
myawaddy-compound-src-spp-online-37 = 《人民检察院办理网络犯罪案件规定》（2021年）第三十七条
myawaddy-compound-src-spc-online-16 = 《人民法院在线诉讼规则》（2021年）第十六条
myawaddy-compound-src-design-defaults = 本案训练设定（非法定数据）
myawaddy-compound-src-base-rate = 国际刑警组织（2025年1月）与金融行动特别工作组（FATF）关于犯罪资产追缴的统计
