# USDT资金链案（scenarios/usdt-chain.ron），简体中文。
# 机构、人物和地址均为虚构；交易所的处理流程为训练设定。

## 案件概况

usdt-title = USDT资金链：跑分卡、过桥卡与境外交易所
usdt-summary = 61岁的周先生被网上结识的女子引入一个“USDT量化交易”平台，已向两张境内银行卡转账113万元，还准备再交一笔“风险保证金”。他的钱经租用的跑分卡和团伙的过桥卡流向场外币商，兑换成USDT后在多个钱包间流转，最终进入境外交易所。你要调取流水、逐跳关联资金，在不惊动园区的前提下止付仍能止付的资金，按交易所英文回复的要求保住对该账户的限制，并通过稳定币发行方冻结其余资金；同时做好被害人工作，使证据经得起庭审。
usdt-obj-golden-hour = 在黄金一小时内对境内银行卡先行止付，并依法办理冻结和资金返还。
usdt-obj-trace = 依据银行流水和公链记录逐跳关联资金，避免误关联。
usdt-obj-freeze-or-follow = 从操作痕迹判断每个账户由谁控制、在哪里采取措施会惊动团伙：冻结还是跟踪。
usdt-obj-exchange = 通过交易所的执法请求通道限制其账户，读懂其英文回复并保住限制；以稳定币发行方冻结作为第二条途径。
usdt-obj-victim = 阻止被害人再次转账，并如实、妥善地做好被害人工作。
usdt-obj-evidence = 依法取得证据并使其被法庭采纳：固定电子数据，经司法协助取得境外证据的正式文本，对可能不知情的人员按证人对待。

## 报案与已知情况

usdt-statement = 被害人周先生（杭州，退休工程师）陈述：三个月前，一名自称Vivian的女子在社交软件上与他聊天，称自己是新加坡的金融专业毕业生，并向他展示自己在一个“USDT量化交易”平台上的收益。他在平台开户后，最初几笔入金显示增长很快。三天前和两天前，他按平台“客服”提供的银行卡分别转账30万元和20万元。今天上午他申请提取210万元“余额”，被告知须先缴纳20%的“税费”，于是在过去一小时内又向同样两张卡转了38万元和25万元。现在平台要求他向一张新卡再交15万元“风险保证金”才能放款。是他儿子让他来报的警。
usdt-known-transfers = 转账四笔：三天前30万元、30分钟前38万元，转入尾号3105的银行卡（南宁某农村商业银行）；两天前20万元、20分钟前25万元，转入尾号8842的银行卡（长沙某城市商业银行）。
usdt-known-cards = 两张卡均在境内，可以查询、止付和冻结。是谁在操作这两张卡、资金下一步去了哪里，都在流水上：向银行紧急查询（即时查询）。
usdt-known-platform = 平台网站架设在境外，“客服”只通过聊天软件联系。入金均以USDT（TRC-20）计价。
usdt-known-deposit = 他打算在一个多小时后把15万元“风险保证金”转到一张新卡上，卡号没有给任何人看过。
usdt-known-tools = 银行流水通过即时查询调取；波场（TRON）链上地址的交易，分析员几分钟即可读取。分析员一次只能确认一条关联；关联错了要花几个小时核查排除。
usdt-victim-name = 周先生

## 地区与机构

usdt-jur-cn = 中国
usdt-jur-mm = 缅甸（妙瓦底）
usdt-jur-sc = 塞舌尔（交易所注册地）
usdt-jur-tron = 波场（TRON）公链
usdt-jur-ae = 阿拉伯联合酋长国
usdt-inst-cn-sob-hz = 某国有银行杭州分行
usdt-inst-cn-rcb-nn = 南宁某农村商业银行
usdt-inst-cn-city-cs = 长沙某城市商业银行
usdt-inst-cn-rcb-gz = 广州某农村商业银行
usdt-inst-cn-jsb-km = 某股份制商业银行昆明分行
usdt-inst-cn-jsb-sz = 某股份制商业银行深圳分行
usdt-inst-cn-pay = 某第三方支付机构
usdt-inst-cn-atm = 边境地区ATM取现
usdt-inst-tron = 波场地址（USDT TRC-20）
usdt-inst-sc-exch = “Kestrel”交易所（虚拟资产，塞舌尔）
usdt-inst-sc-exch-2 = 另一家境外交易所
usdt-inst-mm-otc = 妙瓦底某现金兑换商

## 账户

usdt-acc-zhou = 周先生的储蓄账户
usdt-acc-rp-card-1 = 卡1（尾号3105，南宁）
usdt-acc-rp-card-2 = 卡2（尾号8842，长沙）
usdt-acc-rp-card-3 = 卡3，“风险保证金”收款卡（尾号5519，广州）
usdt-acc-bridge = 尾号7760的银行卡（昆明）
usdt-acc-otc = 尾号2291的银行卡（深圳）
usdt-acc-atm = 边境ATM取现
usdt-acc-w1 = 地址TJ7x…4kQp
usdt-acc-w2 = 地址TQm3…9Vzt
usdt-acc-exch-dep = 地址TEx5…d7Pm（“Kestrel”交易所充值地址）
usdt-acc-w3 = 地址TWd8…2Lcx
usdt-acc-cash-mm = 在妙瓦底兑付的现金
usdt-acc-n-shop = 某超市收款码
usdt-acc-n-rp-other = 尾号1456的银行卡（长沙）
usdt-acc-n-otc-other = 尾号7032的银行卡（深圳）
usdt-acc-n-otc-client = 尾号4480的银行卡
usdt-acc-n-buyer = 地址TLb2…x8Hr
usdt-acc-n-fee = 地址TFe9…7Hsk
usdt-acc-n-gamble = 地址TCa1…Wq3n
usdt-acc-n-exch-other = 地址TRk6…m2Bd

## 账户由谁操作（流水上显示）

usdt-dev-rp-card-1 = 手机银行只在一部安卓手机上登录，手机卡登记在持卡人本人（一名学生）名下；三年来登录地均为广西南宁。转账为手工逐笔操作，间隔几分钟：有人在告诉他往哪里转。
usdt-dev-rp-card-2 = 手机银行在持卡人本人的iPhone上登录，登录地长沙；这部手机也用来交房租、收他当外卖骑手的工资。
usdt-dev-rp-card-3 = 手机银行在持卡人本人的手机上登录，登录地广州。
usdt-dev-bridge = 网上银行在一台Windows电脑上登录，登录IP为103.xx.xx.xx，定位于缅甸妙瓦底（有两次经曼谷的VPN出口）。同一设备指纹还登录了另外11张不同持卡人的银行卡；持卡人本人的手机卡自三月起一直在境外。
usdt-dev-otc = 手机银行在持卡人本人位于深圳的手机上登录。该卡是某P2P交易平台认证商家的收款账户：每月成交200多笔，买家众多，每笔收款后几分钟内即向买家地址放币（USDT）。
usdt-dev-w1 = 自托管钱包。其手续费所需的TRX只来自TFe9…7Hsk，而该地址只为另一个地址TQm3…9Vzt支付手续费：两者背后是同一操作者（共同手续费支付方，是波场上的聚类线索）。流向TCa1…Wq3n的小额资金，进入的是区块浏览器标注为某网络赌场充值地址的地址。
usdt-dev-w2 = 自托管钱包，手续费由TFe9…7Hsk支付（与TJ7x…4kQp为同一操作者）。大额转出流向TEx5…d7Pm：该地址收到的每笔充值都在几分钟内转入浏览器标注为“Kestrel交易所”的热钱包，是交易所为某一客户分配的充值地址，交易所知道它属于谁。另有一部分转入TWd8…2Lcx，这是一个从未转出过资金的新地址。转给TRk6…m2Bd的2,000是一次性转入另一家交易所的充值地址。
usdt-dev-exch-dep = 交易所实名认证客户的账户（KYC：中国护照）；登录IP为缅甸妙瓦底的103.xx.xx.xx；提币后经当地场外兑换商换成现金。
usdt-dev-w3 = 自托管钱包；只收不转。

## 境内措施

usdt-ground-case-filed = 已立为刑事案件

## 请求中可以陈述的事实

usdt-fact-paid = 被害人的转账情况（时间、金额和收款卡）
usdt-fact-filed = 已立为刑事案件（案件编号和立案决定）
usdt-fact-traced-exch = 资金经逐跳追踪，进入“Kestrel”交易所的充值地址TEx5…d7Pm
usdt-fact-traced-w3 = 资金经逐跳追踪，进入地址TWd8…2Lcx
usdt-fact-restricted = 交易所已限制该账户（附其受理编号）
usdt-basis-untoc18 = 《联合国打击跨国有组织犯罪公约》第十八条
usdt-basis-reciprocity = 互惠原则

## 境外渠道

usdt-ch-exch-le = “Kestrel”交易所：执法请求通道
usdt-ch-issuer = 稳定币发行方：执法冻结请求
usdt-ch-mla = 刑事司法协助（塞舌尔）
usdt-ch-lm = 澜沧江—湄公河综合执法安全合作中心（昆明）
usdt-el-facts = 案情说明
usdt-el-identity = 嫌疑人身份信息
usdt-sv-exch-restrict = 临时限制账户，并提供账户流水
usdt-sv-exch-keep = 维持限制（提交冻结决定书及译文）
usdt-sv-exch-kyc = 客户身份资料（KYC）和登录记录
usdt-sv-issuer-freeze = 冻结该地址上的USDT
usdt-sv-issuer-reissue = 没收后将冻结的USDT重新发行并返还被害人
usdt-sv-mla-evidence = 请求调取证据（正式文本）
usdt-sv-mla-return = 没收后请求返还被害人资金
usdt-sv-lm-joint-op = 联合行动：查找、抓捕并移交
usdt-req-exch-keep = 交易所只凭其回复中列明的文书维持限制：请先答复它的来函。

## 嫌疑人

usdt-sus-handler = “阿坤”，跑分平台的派单人
usdt-role-handler = 在境内招募租卡人，并在园区内指挥他们往哪里转账
usdt-sus-finance = 吕某，园区财务
usdt-role-finance = 以本人名义持有交易所账户，用现金给园区发工资

## 证据

usdt-ev-statement = 周先生的陈述
usdt-ev-chats = 与“Vivian”及平台“客服”的聊天记录（从其手机复制）
usdt-ev-chain-report = 链上追踪报告（逐跳列明交易哈希）
usdt-ev-otc-orders = 场外币商的P2P订单记录及证人证言
usdt-ev-renter-phone = 租卡人的手机及其取证镜像
usdt-ev-exch-kyc = 交易所关于该充值地址的客户资料（KYC）
usdt-ev-exch-records = 交易所账户的交易和登录记录
usdt-ev-suspect-statement = 被遣返嫌疑人的供述
usdt-m-chain-analysis = 依据公链数据撰写追踪报告
usdt-m-data-broker = 在聊天软件频道上向数据贩子购买交易所的客户资料
usdt-m-interrogation = 遣返后讯问（全程同步录音录像）
usdt-src-report = 报案笔录
usdt-src-phone = 被害人手机（接警时复制）
usdt-src-ledger = 波场公链
usdt-src-seizure = 扣押及电子数据提取
usdt-src-dealer = 对币商的询问笔录及其订单记录
usdt-src-broker = 向数据贩子购买的文件
usdt-src-interrogation = 讯问笔录及同步录音录像
usdt-who-zhou = 周先生
usdt-who-duty-officer = 值班民警
usdt-who-ledger = 公链（无提供人）
usdt-who-analyst = 办案单位分析员
usdt-who-renter = 租卡人
usdt-who-tech-unit = 网安技术部门
usdt-who-dealer = 场外币商
usdt-who-case-unit = 办案单位
usdt-who-broker = 匿名数据贩子
usdt-who-suspect = 嫌疑人

## 工作任务

usdt-task-care-visit = 上门劝阻：社区民警在他交“风险保证金”之前，和他儿子一起去见周先生
usdt-task-care-referral = 如实告诉周先生哪些钱可能追回、何时追回，并转介心理支持
usdt-why-referral = 先上门劝阻：先劝阻，再谈追赃。
usdt-task-seize-phone = 扣押南宁卡1租卡人的手机并制作镜像
usdt-why-seize-phone = 扣押手机须已立案、须有该卡流水确定持卡人，而且手机尚未被清空。
usdt-task-interview-dealer = 将尾号2291银行卡的持卡人作为证人询问，并调取其P2P订单记录
usdt-why-interview-dealer = 先调取该卡流水：流水上有持卡人信息。银行卡已被采取措施的币商不会再配合警方。
usdt-msg-care-visit = 社区民警和周先生的儿子赶到时，他正在打开手机银行。他没有交“风险保证金”，并已拉黑“Vivian”。
usdt-msg-care-referral = 周先生了解了止付保住了哪些钱、交易所可能返还什么以及需要多长时间。他同意周四去见心理咨询师；这一周他儿子会陪着他。
usdt-msg-seize-phone = 租卡人是一名大二学生，交出了手机。聊天软件里一个名叫“阿坤”的联系人向他下达了每一笔转账指令；镜像中有“阿坤”的语音和一张从妙瓦底发来的照片。
usdt-msg-interview-dealer = 币商方某出示了他的P2P订单：每一笔来自尾号7760银行卡的付款，都在几分钟内按市价向TJ7x…4kQp放了USDT。他不认识买家，已主动报告这些订单，并签署了证人证言。

## 事件

usdt-from-duty-chief = 值班领导
usdt-from-intel = 情报部门
usdt-from-bank-desk = 反诈中心银行专班
usdt-from-exchange = Kestrel交易所执法响应团队
usdt-from-dealer = 尾号2291银行卡持卡人方某
usdt-from-prosecutor = 检察院
usdt-inj-file-case = 周先生的转账记录和平台聊天记录已能认定诈骗。是现在立为刑事案件，还是先核实平台情况？调取流水不需要立案；冻结、扣押和向境外提出请求则需要。
usdt-opt-file-now = 立即立案
usdt-opt-verify-first = 先核实，稍后立案
usdt-inj-case-filed-late = 经两天核实，案件已立案。从现在起可以冻结和扣押。
usdt-inj-gang-moved = 情报：园区已发现其银行卡被采取措施。其钱包和交易所账户正在被清空，跑分平台已通知租卡人清空手机，派单人和财务据报已乘机前往迪拜。
usdt-inj-stop-expiring = 银行专班：其中一张卡的止付将在八小时内到期。请办理冻结，否则资金会再次转移。
usdt-inj-dealer-call = 尾号2291银行卡的持卡人打来电话，非常气愤：他是注册的P2P商家，每笔付款都在几分钟内按市价放了USDT，现在他的经营账户却像罪犯一样被封。今后的问题由他的律师书面答复。
usdt-inj-exch-reply =
    主题：回复：执法请求（编号LE-26-11873），充值地址TEx5…d7Pm

    警官您好：

    我们已对与上述充值地址关联的账户实施临时限制。账户流水见附件。

    1. 临时限制自实施起72小时后将自动解除，除非我们通过本通道收到有权机关签发、签名并盖章的冻结令或冻结决定书，并附英文译文。收到后，我们将维持限制最长12个月。
    2. 维持限制不需要提出刑事司法协助请求。但在我们披露可在法庭使用的记录或转移任何资金之前，需要司法协助请求。
    3. 我们不能根据警方请求或信函向被害人返还资金。资金只能依据我方法域承认的法院命令或没收决定予以释放。

    请在3小时内回复本邮件，告知贵方拟采取的行动。逾期未回复的工单将被关闭，届时临时限制将无法延长。

    Kestrel合规部 执法响应组
usdt-opt-send-decision = 回复：今天即通过该通道上传盖章的冻结决定书及英文译文
usdt-opt-promise-mla = 回复：随后将提出刑事司法协助请求，请其在请求到达前保持限制
usdt-opt-ask-return = 回复：请其立即把钱退回周先生的账户
usdt-opt-no-reply = 暂不回复
usdt-inj-prosecutor-review = 检察院已收到案卷，进行审查起诉。

## 阶段与庭审

usdt-phase-golden-hour = 第一阶段：报案与黄金一小时
usdt-phase-tracing = 第二阶段：资金分析
usdt-phase-foreign-leg = 第三阶段：交易所、发行方与园区
usdt-phase-trial = 第四阶段：案卷与庭审
usdt-chal-unlawful = 辩护人：交易所客户资料是向数据贩子购买的，取证违法，应当排除。
usdt-excl-unlawful = 法院：从境外数据贩子处购买的资料违反法定程序收集，既不能补正，也不能作出合理解释，予以排除。
usdt-chal-intel = 辩护人：这是交易所工作人员通过网页通道发来的材料，无法说明由谁、何时提取，如何保管。这只是线索，不是证据。
usdt-excl-intel = 法院：来自境外公司网页通道、未经刑事司法协助取得正式文本的材料属于情报，其来源和保管无法核实，不能作为定案根据。
usdt-chal-provenance = 辩护人：该证据来自境外，控方应当说明其来源、提供人、提供时间、提取人和提取时间。
usdt-excl-provenance = 法院：控方未能说明该境外证据的来源和提取情况，不能作为定案根据。
usdt-chal-unpreserved = 辩护人：该电子数据未记录哈希值，无法证明其未被篡改。
usdt-excl-unpreserved = 法院：提取电子数据时未制作哈希值或其他完整性记录，其真实性无法确认，不予采信。
usdt-chal-confession = 辩护人：被告人的供述是遣返后在威胁下作出的，申请排除非法证据。
usdt-excl-confession = 法院：控方未能证明该供述系合法取得，予以排除。
usdt-proof-fraud = 诈骗事实：虚假身份、虚假平台和被害人的转账
usdt-proof-money = 资金流向：从被害人转入的银行卡到团伙的钱包和交易所账户
usdt-proof-identity = 被告人的身份

## 评分

usdt-cr-recovered = 返还被害人的资金
usdt-cr-secured = 保全的资金（已返还、冻结或止付）
usdt-cr-traced = 资金链查清（过桥卡、币商、钱包、交易所、归集钱包）
usdt-cr-identified = 查明身份的嫌疑人
usdt-cr-custody = 抓获归案的嫌疑人
usdt-cr-convicted = 定罪
usdt-cr-admitted = 被法庭采纳的证据
usdt-cr-victim = 被害人工作（上门劝阻、如实告知和转介）
usdt-cr-compliance = 依法办案
usdt-band-a = 优秀
usdt-band-b = 良好
usdt-band-c = 合格
usdt-band-d = 需改进
usdt-band-f = 不合格

## 讲评

usdt-db-base-rate = 背景：国际刑警组织2025年1月指出，99%的犯罪资产从未被追回；金融行动特别工作组（FATF）估计，被查扣的犯罪所得不足2%。这类案件中能追回的钱是例外。
usdt-db-cards-stopped = 两张租用卡在资金尚未转走时被止付。紧急止付几分钟内生效，期限48小时，最多可再次止付两次；立案后的冻结把钱保住了，随后依法返还。
usdt-db-cards-lost = 两张租用卡上的大部分资金在止付生效前已被转走。跑分平台几个小时内就会转走一批资金：报案后的几分钟最关键。
usdt-db-pooled = 卡1上还有其他被害人的钱。从跑分卡上追回的资金，按金额和时间在该卡的被害人之间分配，而不是全部给最先报案的人。
usdt-db-tipped = 对在妙瓦底园区IP上操作的过桥卡采取措施，团伙立即察觉。其钱包和交易所账户被清空，租卡人清空了手机，组织者离开了本地区。流水上本已写明：一台位于妙瓦底的电脑登录着十几张卡。冻结还是跟踪：租卡人用自己手机操作的卡可以放心止付；这张卡应当跟踪。
usdt-db-followed = 在没有惊动团伙的情况下，从流水上读出了整条资金链：租用卡、过桥卡、币商、由同一手续费支付方关联的两个钱包，以及交易所的充值地址。每一条关联都依据金额和时间的对应，以及对每个账户由谁操作的判断。
usdt-db-not-traced = 资金没有被追踪到交易所。每份流水都指向下一个账户；关联线索就在那里（两个钱包的共同手续费支付方，一个把资金转入交易所热钱包的充值地址）。
usdt-db-exch-kept = 交易所的回复写明了维持限制的条件：通过其通道提交盖章的冻结决定书及英文译文，而不是刑事司法协助。自己读懂回复并在三小时内答复，使该账户一直被限制到返还为止。
usdt-db-exch-mla = 交易所的回复写明：维持限制不需要刑事司法协助，只需要盖章的冻结决定书及译文。司法协助需要数月（欧洲委员会2014年的评估为6至24个月）；72小时的临时限制早已解除，账户被清空。
usdt-db-exch-return = 交易所的回复写明，只有依据法院命令或没收决定才能释放资金。要求其立即退款什么也保不住：72小时后限制解除。返还应在判决后通过刑事司法协助实现。
usdt-db-translated = 交易所的回复被送去翻译。正式翻译用了四个小时，而交易所三小时后就关闭了工单，限制再也无法维持。能够不借助翻译直接用外语开展工作，正是相关培训研究所要求的能力之一。
usdt-db-issuer = 归集钱包上的USDT被发行方在地址层面冻结：这是冻结自托管钱包中代币的唯一途径。（发行方的处理流程为训练设定。）
usdt-db-cashed-out = 部分资金已进入妙瓦底的现金兑换商，无法追回。资金离开一个法域往往不到一天（香港警方，2019年）；在公链上，几分钟就能转走。
usdt-db-care = 上门劝阻在周先生交“风险保证金”之前见到了他。被害人常会继续转账、否认被骗，甚至有轻生风险；联合家属上门、如实告知能追回多少、转介心理支持，都是办案的一部分。
usdt-db-no-care = 在周先生交“风险保证金”之前没有人去见他：他又转了15万元。被害人常会继续转账；劝阻电话和联合家属上门应当放在最前面。
usdt-db-dealer = 场外币商被作为证人询问：他的卡是商家收款卡，由他本人手机操作，买家数以百计，并按市价放币。他的订单把人民币和团伙钱包联系了起来。把每个币商都当作嫌疑人，就会失去这份证据。
usdt-db-dealer-blocked = 场外币商的银行卡被采取了措施。卡上并没有本案资金：正如其流水所示（本人手机操作、买家数以百计），他在每笔收款后几分钟内就放了币。被当作嫌疑人对待后，这位很可能不知情的商家不再配合，本可作为证人证据的订单记录——人民币与团伙钱包之间的关联——也随之失去。
usdt-db-wiped = 团伙察觉后，租卡人按平台指令清空了手机；扣押须在立案后进行，而且要赶在团伙察觉之前。
usdt-db-broker = 交易所的客户资料是向数据贩子购买的：违法、被排除，并扣减依法办案得分。同样的资料可以通过刑事司法协助依法取得。
usdt-db-intel-excluded = 交易所通道提供的材料只是线索：没有通过刑事司法协助取得正式文本，法院无法审查其来源、提供人和提取情况。
usdt-db-report-preserved = 追踪报告在完成时即计算了哈希值。经区块链核验的数据推定未被篡改（《人民法院在线诉讼规则》（2021）第十六条，刑事案件仅可参照）；本案中报告的哈希值和其引用的公链交易可以相互印证。
usdt-db-returned = 检察院将案件退回补充侦查：证明链条中有一环没有可以向法庭出示的证据。每次退回最长一个月，最多两次。
usdt-db-convicted = 法院作出有罪判决。园区人员经澜湄中心的联合行动从妙瓦底被带回国内；2025年2月至2026年1月，已有7600余人从妙瓦底园区被遣返。
usdt-db-not-convicted = 未能定罪：既需要有嫌疑人归案，也需要证明链条的每一环都有被采纳的证据。

## 资料来源

usdt-src-pboc-86 = 中国人民银行、公安部《关于建立电信网络新型违法犯罪涉案账户紧急止付和快速冻结机制的通知》（银发〔2016〕86号）：紧急止付48小时，最多可再次止付两次
usdt-src-mps-freeze = 公安部《公安机关办理刑事案件程序规定》：冻结经县级以上公安机关负责人批准，期限六个月，可以续冻
usdt-src-cbrc-mps-12 = 银监会、公安部2016年规定第十二条：冻结资金当场或三个工作日内返还
usdt-src-aftf-20 = 《中华人民共和国反电信网络诈骗法》（2022）第二十条
usdt-src-mps-30min = 公安部快速反应机制（2016）：接报后30分钟内录入被害人账户信息
usdt-src-mps-2022-routes = 公安部（2022）：通过支付机构、“跑分”平台和数字货币洗钱
usdt-src-mule-minutes = 资金“几分钟内”经五六个账户转移（未经核实）
usdt-src-hk-24h = 《南华早报》（2019）：诈骗资金通常不到24小时即流出香港
usdt-src-freeze-or-follow = 资金调查教学：“冻结还是跟踪”
usdt-src-pooled-share = 资金查证：跑分卡上追回的资金在其被害人之间分配
usdt-src-mps-174 = 《公安机关办理刑事案件程序规定》（2020）第一百七十四条：立案前的调查核实
usdt-src-icja-2018 = 《中华人民共和国国际刑事司法协助法》（2018）
usdt-src-untoc-18 = 《联合国打击跨国有组织犯罪公约》第十八条或互惠原则
usdt-src-tcy-2014 = 欧洲委员会网络犯罪公约委员会（T-CY）关于刑事司法协助的评估报告（2014）
usdt-src-lm-lecc = 澜沧江—湄公河综合执法安全合作中心
usdt-src-myawaddy-2025 = 中缅泰联合打击妙瓦底电诈园区行动（2025）
usdt-src-exchange-portal = 训练设定：交易所执法请求通道（并非法律规定）
usdt-src-issuer-freeze = 训练设定：稳定币发行方对地址的冻结（并非法律规定）
usdt-src-chain-clustering = 虚拟货币追踪与区块链地址聚类（培训课程内容）
usdt-src-victim-care = 电信诈骗案件的被害人工作：劝阻、家属、转介、如实告知
usdt-src-cpl-56 = 《中华人民共和国刑事诉讼法》第五十六条
usdt-src-cpl-175 = 《中华人民共和国刑事诉讼法》第一百七十五条
usdt-src-exclusion-2017 = 《关于办理刑事案件严格排除非法证据若干问题的规定》（2017）第一条
usdt-src-spc-405 = 最高人民法院关于适用刑事诉讼法的解释（2012）第四百零五条（2021年解释第七十七条）
usdt-src-spp-online-37 = 《人民检察院办理网络犯罪案件规定》（2021）第三十七条
usdt-src-spc-online-16 = 《人民法院在线诉讼规则》（2021）第十六条
usdt-src-remote-abroad = 未经合法授权不得在境外收集证据
usdt-src-design-defaults = 本案的训练设定（未经核实）
usdt-src-training-needs = 相关研究对培训的要求（情景模拟教学、虚拟货币追踪、外语能力）
usdt-src-base-rate = 国际刑警组织（2025）和金融行动特别工作组：犯罪资金追回率极低
