# 安全账户案（scenarios/safe-account.ron），简体中文。
# 机构名称有意保持笼统：不使用真实的银行、支付机构或交易所名称。

## 案件

safe-title = 安全账户：冒充公检法、流向柬埔寨交易所的洗钱链条，以及仍然相信骗子的被害人
safe-summary = 宁波。“上海市公安局张警官”告诉61岁的退休会计林女士，她的身份证被用于洗钱，一名“检察官”在视频通话中向她出示了“逮捕令”，并命令她把积蓄转入“安全账户”接受“资金核查”。她已转出63万元。她的儿子前来报案；此刻她正在银行准备继续转账，并认定真警察才是骗子。请逐层调取流水、查清资金去向，在不惊动窝点的前提下止付，抓住柬埔寨交易所（用英文来函）提供的机会，阻止她继续转账，并将GOIP设备的操作人和窝点的组长送上法庭。
safe-obj-statements = 通过调取流水、逐笔串联交易对手来追踪资金，认真比对金额和时间，避免错误串联耽误黄金时间。
safe-obj-freeze-or-follow = 从流水中判断每个账户由谁操作，在不会惊动窝点的账户上截住资金。
safe-obj-abroad = 及时控制柬埔寨交易所中的USDT：读懂交易所的英文回复，以国际刑警组织I-24/7衔接，并以已查明的事实、法律依据和正式调取的银行流水起草刑事司法协助请求。
safe-obj-victim = 保护否认被骗的被害人：预警劝阻电话、上门劝阻、发动家属、如实告知可追回的情况、转介心理援助。
safe-obj-goip = 把境内的GOIP设备变成境内线索：抓获操作人、扣押设备作为证据，并且在窝点的资金被控制之前不惊动对方。

## 报案与已知情况

safe-statement = 报案人陈浩，34岁，被害人林女士（61岁，宁波退休会计）之子，10:00报案：前天起，他母亲不断接到“上海市公安局张警官”的电话，称她的身份证被人用来开户，涉嫌一起洗钱案；一名身穿制服的“检察官”在视频通话中向她出示了写有她名字的“逮捕令”。对方要求她对任何人保密，包括家人，并把积蓄转入“安全账户”，以便“资金核查”后证明清白。昨天上午她转出38万元，今天9:00又转出25万元。9:40她出门去银行“核查”剩下的存款。她在电话里对儿子说，如果有警察给她打电话，那才是假警察，“张警官”已经提醒过她。
safe-known-transfers = 她的手机银行回单：昨天8:00转出38万元、今天9:00转出25万元，均转入河南某农村商业银行卡6217 **** **** 4471，即所谓“安全账户”。
safe-known-denial = 林女士相信来电者。对方告诉她，“真正的”调查是保密的，凡是说法不同的人都是犯罪团伙的一部分。她还有其他存款、一份保险单，她的妹妹也能借钱给她。
safe-known-calls = 来电显示为上海固定电话号码。这类电话通常经GOIP设备中转，即把网络电话通过本地SIM卡转接出去；设备就在中国境内某处。
safe-known-statements = 银行和支付机构在10至30分钟内回复查询流水；区块链公开账本5分钟即可查阅。分析员每确认一个串联需要10分钟；串联错误，另需2小时。
safe-victim-name = 林女士

## 地区与机构

safe-jur-cn = 中国
safe-jur-kh = 柬埔寨
safe-jur-chain = 区块链公开账本（TRON）：自托管钱包
safe-jur-ae = 阿拉伯联合酋长国
safe-inst-cn-bank-nb = 宁波某城市商业银行
safe-inst-cn-bank-hn = 河南某农村商业银行
safe-inst-cn-bank-gx = 某股份制商业银行广西分行
safe-inst-cn-pay = 某第三方支付机构
safe-inst-cn-bank-yw = 某国有银行义乌支行
safe-inst-cn-bank-other = 其他境内银行
safe-inst-cn-atm = ATM取现
safe-inst-tron = TRON区块链（USDT）
safe-inst-kh-exch = 金边某加密货币交易所

## 账户

safe-acc-lin = 林女士的储蓄账户
safe-acc-safe-card = “安全账户”（尾号4471，河南）
safe-acc-pay-acct = 尾号7702的支付账户
safe-acc-otc-bank = 尾号8830的银行账户（义乌）
safe-acc-otc-wallet = USDT地址TQ7x…9fK2
safe-acc-kh-deposit = 交易所充值地址TXk4…q9Rm
safe-acc-gang-wallet = 私人USDT钱包TMv8…3sLp
safe-acc-den-wallet = 窝点的新私人USDT钱包TNp3…7hWc
safe-acc-safe-card-2 = 新的“安全账户”（尾号1928，广西）
safe-acc-atm-cash = ATM取现
safe-acc-nz-shop = 某商户账户（商店）
safe-acc-nz-card = 某个人银行卡
safe-acc-nz-game = 某游戏充值商户
safe-acc-nz-otc = 他人银行账户（某场外交易商）
safe-acc-nz-buyer = 某个人银行卡（USDT买家）
safe-acc-nz-addr = 另一个USDT地址
safe-dev-safe-card = 河南周口一部安卓手机登录手机银行，两年来使用同一家庭宽带：持卡人本人的手机。
safe-dev-pay-acct = 登录IP位于柬埔寨西哈努克港；九天内更换三台设备；账户九天前用一名广西男子的身份证开立。
safe-dev-otc-bank = 户主在义乌店铺中的手机，2021年起一直是同一台设备；每月数百名买家，每笔收款都对应一笔等值的USDT转出。
safe-dev-otc-wallet = 一个繁忙的热钱包：每天数百笔USDT转账，转往众多交易所和私人钱包，每笔对应一笔成交。
safe-dev-kh-deposit = 提币签名所用的IP与登录支付账户7702的西哈努克港IP相同。
safe-dev-safe-card-2 = 一小时内在宁波三个区的ATM上取现。

## 境内措施与资金分析

safe-ground-case-filed = 已立刑事案件
safe-req-case-filed = 尚未立案。
safe-fact-paid = 林女士按来电者指示向“安全账户”转账63万元
safe-fact-impersonation = 来电者冒充公安民警和检察官（伪造逮捕令）
safe-fact-traced-kh = 资金经支付账户和场外交易商的USDT被追踪至该充值地址
safe-fact-den-ip = 该支付账户由西哈努克港的IP操作
safe-fact-goip = 电话经境内GOIP设备中转，设备已被扣押
safe-fact-boss-id = 组长已通过交易所的KYC资料查明身份
safe-basis-untoc18 = 《联合国打击跨国有组织犯罪公约》第十八条
safe-basis-reciprocity = 互惠原则

## 渠道

safe-ch-kh-exch = 交易所执法协查窗口（电子邮件）
safe-ch-i247 = 国际刑警组织I-24/7紧急止付（I-GRIP）
safe-ch-mla = 刑事司法协助（柬埔寨）
safe-ch-lm = 澜湄综合执法安全合作中心（昆明）
safe-ch-local-psb = GOIP设备所在地公安机关（异地协作）
safe-sv-exch-statement = 调取该充值地址的记录和KYC资料
safe-sv-exch-restrict = 自愿限制72小时
safe-sv-i247-hold = 紧急止付（临时控制境外账户）
safe-sv-mla-freeze-return = 请求紧急冻结，以便没收和返还
safe-sv-mla-evidence = 请求调取交易所记录作为证据
safe-sv-lm-joint-op = 联合行动：抓捕并遣返
safe-sv-raid = 立即搜查出租屋、扣押设备
safe-sv-stakeout = 蹲守设备，待操作人前来时抓获
safe-req-exch-offer = 交易所只按其本身提出的条件限制账户，而目前没有接受任何条件。

## 嫌疑人

safe-sus-goip-op = GOIP设备操作人
safe-role-goip-op = 在福建泉州一间出租屋内安装、维护GOIP设备；按SIM卡数量计酬
safe-sus-boss = “张警官”
safe-role-boss = “张警官”的声音：西哈努克港窝点的组长；交易所的KYC资料指向他

## 证据

safe-ev-statement = 陈浩的报案材料及林女士后来的陈述
safe-ev-phone-data = 林女士手机画面的照片：通话记录、“逮捕令”图片、视频通话画面
safe-ev-call-records = 来电号码的电信记录
safe-ev-bank-records = 资金链条上各银行和支付机构的交易记录（正式调取）
safe-ev-otc-records = 场外交易商的交易记录及其与买家的聊天记录
safe-ev-kh-kyc = 交易所的KYC资料及该充值地址的记录
safe-ev-goip-box = GOIP设备及其SIM卡和日志
safe-m-telecom = 调取电信运营商记录（立案前调查核实亦可）
safe-m-evidence-notice = 以调取证据通知书调取银行和支付机构的记录
safe-m-insider = 通过Telegram向交易所员工购买KYC资料
safe-src-report = 报案询问笔录
safe-src-phone = 接警时从其儿子手机中复制（他拍摄的母亲手机画面）
safe-src-telecom = 电信运营商凭通知书提供的记录
safe-src-banks = 银行和支付机构凭调取证据通知书提供的记录
safe-src-otc-app = 场外交易商以证人身份交出的交易软件记录和聊天记录
safe-src-exch-email = 交易所合规部门的电子邮件
safe-src-insider = 交易所员工为获取报酬通过Telegram发送的文件
safe-src-goip-seizure = 泉州出租屋的搜查、扣押笔录
safe-who-son = 陈浩（被害人之子）
safe-who-duty-officer = 值班民警
safe-who-telecom = 电信运营商
safe-who-banks = 银行和支付机构
safe-who-case-unit = 办案单位
safe-who-dealer = 场外交易商钱先生
safe-who-exch-desk = 交易所合规部门
safe-who-insider = 以个人名义行事的交易所员工
safe-who-local-psb = 泉州市公安局
safe-who-forensic = 司法鉴定实验室

## 被害人工作

safe-task-warn-call = 向林女士拨打反诈预警劝阻电话（96110），并通知其银行柜台
safe-task-visit = 会同社区民警上门劝阻林女士
safe-task-family = 请她的儿子和妹妹一起做工作
safe-task-honest = 如实告诉她：哪些钱已被控制、哪些已经转走、哪些能够追回
safe-task-referral = 转介心理援助
safe-why-family = 只有当面见过她之后，家属才能帮上忙：请先上门。
safe-why-honest = 先当面见她，而且要等到确有资金被控制：在此之前，关于追回的任何话都谈不上如实。
safe-why-referral = 转介需要她的信任：请先上门。
safe-msg-warn-call = 预警电话：林女士挂断了（“张警官说过你们会打来”）。银行柜员接到反诈中心通知后，暂缓办理她那笔10万元的转账，一直和她谈话，她最后生气地离开，没有转账。
safe-msg-visit = 上门劝阻：林女士拿出那张“逮捕令”。她还不相信是假的，但同意暂不转账，并在民警陪同下撤销了她13:00在ATM上转出的15万元（24小时后才到账）。
safe-msg-family = 她的儿子和妹妹陪着她。妹妹拒绝了“警官”要她借的20万元，儿子在她同意下为她的银行卡设置了每日限额。
safe-msg-honest = 你坦率地告诉她哪些钱已被控制、哪些已转往境外、返还需要多长时间，不作任何承诺。她第一次问起：来电者怎么知道她的身份证号码？她取消了退保。
safe-msg-referral = 被害人援助机构的心理咨询师上门看望了她；下周她儿子会陪她去复诊。

## 事件与选择

safe-from-duty-chief = 值班领导
safe-from-son = 陈浩
safe-from-dealer = 义乌场外交易商钱先生
safe-from-exch = 交易所合规部门（金边）
safe-from-lm = 澜湄综合执法安全合作中心（昆明）
safe-from-prosecutor = 检察院
safe-inj-filed = 尽管林女士否认被骗，根据其儿子的报案和转账回单，本案已立案。昨晚她睡着后，儿子用自己的手机拍下了她手机上的通话记录、“逮捕令”图片和视频通话画面。
safe-inj-atm-again = 陈浩：“我妈一点钟去ATM，往‘警官’给她的一张新卡转了15万元。银行说ATM转账给他人要24小时后才到账。”
safe-inj-dealer-call = 义乌场外交易商钱先生打电话到值班室，十分恼火：他的账户被止付了。他多年以买卖USDT为生，今天上午收到一名买家25万元，还没有放币。他愿意出示交易记录和与买家的聊天记录，但说如果没人给个解释，他就告诉所有认识的币商。
safe-opt-witness = 向他解释止付原因，以证人身份为他制作笔录、调取交易记录，并请他保密
safe-opt-detain = 以涉嫌帮助信息网络犯罪活动罪对他采取强制措施
safe-opt-ignore = 暂不理会
safe-cmp-detain = 在没有证据表明他明知诈骗的情况下（其账户显示多年正常交易）对其采取强制措施，缺乏依据。
safe-inj-exch-email =
    发件人：合规部门
    主题：回复：充值地址TXk4…q9Rm

    警官您好：
    一、该地址属于一个已实名认证的账户（KYC：中华人民共和国公民；所有登录均来自西哈努克港）。账户全部余额正在我所大额提币审核中等待提取；记录见附件。
    二、我所不能执行外国机关签发的冻结令。按照我所政策，凡我所无法接受的法律文书，均会告知账户持有人。
    三、如您在本邮件发出后2小时内书面确认，将通过国际刑警组织或柬埔寨国家警察提出请求，我所可对该账户自愿限制72小时。
    请勿联系账户持有人。
safe-opt-confirm = 按邮件要求回复，并请求对方提供其所提出的措施
safe-opt-send-order = 把我局加盖公章的冻结通知书发给对方，要求立即执行
safe-opt-wait = 等翻译出来再回复
safe-inj-den-gone = 澜湄中心：柬埔寨警方在西哈努克港找到的窝点楼层已人去楼空，手机和电脑均被清空；据报组长已飞往迪拜。
safe-inj-son-worried = 陈浩：“我妈好几天几乎没吃东西，也不出门，一直说都是她的错。”
safe-inj-prosecutor-review = 案卷移送检察院审查起诉。检察院将审查每项证据的来源，如证明链条中某一环节没有可以向法庭出示的证据，将退回补充侦查。

## 阶段

safe-phase-golden = 第一阶段：黄金时间
safe-phase-days = 第二阶段：接下来的几天
safe-phase-formal = 第三阶段：正式请求
safe-phase-trial = 第四阶段：移送起诉与庭审

## 庭审

safe-chal-unlawful = 辩护人：交易所的KYC资料是中国警察通过Telegram向员工购买的，应予排除。
safe-excl-unlawful = 法庭：侦查人员无权未经授权在境外收集证据，更不能付钱给内部人员。予以排除。
safe-chal-intel = 辩护人：这份KYC资料是一家私营公司窗口发来的邮件，无法证明由谁、何时提取，又如何保管。
safe-excl-intel = 法庭：该材料是未说明来源的非正式副本，从未经正式途径取得，不能作为定案根据。
safe-chal-foreign = 辩护人：这些记录来自柬埔寨，控方须说明其来源、提供人、提供时间、提取人和提取时间。
safe-excl-foreign = 法庭：控方未说明该境外证据的来源和提取情况，不能作为定案根据。
safe-chal-unpreserved = 辩护人：林女士手机中的数据复制时未计算哈希值，无法证明未被篡改。
safe-excl-unpreserved = 法庭：该电子数据的完整性无法确认，不予采信。
safe-proof-deception = 诈骗行为：冒充警官、伪造逮捕令以及被害人的转账
safe-proof-money = 资金在境内账户之间的流转
safe-proof-usdt = 兑换为USDT并转入窝点的充值地址
safe-proof-calls = 电话：由谁、从何处中转

## 评分

safe-cr-recovered = 返还被害人的资金
safe-cr-secured = 已控制的资金（返还、冻结或止付）
safe-cr-custody = 到案嫌疑人
safe-cr-convicted = 定罪
safe-cr-admitted = 证据被法庭采信
safe-cr-compliance = 依法办案
safe-cr-victim-care = 被害人工作（预警电话、上门、家属、如实告知、转介）
safe-cr-quiet = 未惊动窝点
safe-band-a = 优秀
safe-band-b = 良好
safe-band-c = 合格
safe-band-d = 需改进
safe-band-f = 不合格

## 讲评

safe-db-base-rate = 背景：国际刑警组织2025年1月称，99%的犯罪资产从未被追回；金融行动特别工作组（FATF）估计被扣押的犯罪所得不到2%。
safe-db-dealer-stopped = 对交易商账户的止付把25万元留在了境内：他要等人民币到账确认后才放币。紧急止付几分钟内生效，期限48小时，最多延长两次；随后必须冻结，并在3个工作日内返还。
safe-db-p2-gone = 今天上午转出的25万元进入了窝点的新私人钱包：在任何止付到达之前，交易商已经放币。他在人民币到账确认后几小时内放币，而紧急止付几分钟内即可生效，所以决定结果的，是阅读流水所花的时间和任何一次错误串联。本案的任何措施都触及不到自托管钱包。
safe-db-kh-gone = 柬埔寨交易所中的余额在任何限制或止付到达之前，已被提到窝点的私人钱包。香港警方发现，诈骗资金一般在24小时内流出香港；交易所的大额提币审核最多争取到一两天。
safe-db-tipped = 窝点被惊动了：可能是因为止付了它自己操作的支付账户（登录来自西哈努克港），可能是交易所把外国冻结通知告诉了账户持有人，可能是恼火的币商传出了消息，也可能是搜查让GOIP设备突然断线。它转走了能转走的钱，组长也跑了。决定在哪里截住资金之前，先看流水中的设备信息。
safe-db-quiet = 窝点始终不知道警方已经盯上了这条链：止付落在它不操作的账户上，GOIP设备一直运行到操作人前来。
safe-db-witness = 你把交易商当作证人。他的交易记录和与买家的聊天记录是兑换USDT的合法证据，他的陈述中也没有任何迹象表明他明知诈骗。无论立案前后，警方都可以在不限制任何人的前提下询问、调取材料。
safe-db-detained = 你以犯罪嫌疑人对待交易商。他的陈述显示多年正常交易，没有明知诈骗的迹象：强制措施扣减了依法办案分，而他的币商群也把消息传给了买家。
safe-db-ignored = 没有人向交易商解释止付原因。他告诉了与他往来的币商，而窝点的买家就在其中。
safe-db-read-it = 你自己读懂了交易所的回复，并及时接受了对方的提议：书面确认将通过国际刑警组织提出请求，换来了72小时的限制，之后由I-24/7止付和司法协助冻结接续。
safe-db-sent-order = 你把境内冻结通知书发给了交易所。邮件写明对方不能执行外国机关的命令，并会把此类文书告知账户持有人：对方照做了，窝点随即提币。读懂这封邮件，就是这道题的关键。
safe-db-waited = 你选择等待翻译。交易所的提议2小时后失效，而翻译需要3小时：余额一直排在提币队列中。能够不依赖翻译、直接用外语工作的民警，正是相关文章提出的培训需求之一。
safe-db-no-i247 = 已经查到充值地址，却没有申请I-24/7紧急止付。经省级公安机关和公安部流转后，国际刑警组织渠道可在数小时至约一天内实施临时控制，之后必须跟进正式请求；交易所的自愿限制72小时后即告结束。
safe-db-kh-kept = 柬埔寨交易所中的USDT部分返还：自愿限制、I-24/7止付和司法协助冻结一路控制到法院作出没收裁决，约定份额得以返还（70%的比例为模拟设定）。
safe-db-no-mla = 没有提出刑事司法协助请求。临时控制终会到期；只有维持到没收裁决的正式冻结才能把境外资金带回，也只有司法协助才能取得法庭作为正式证据审查的境外记录（欧洲委员会T-CY 2014年报告：6至24个月）。
safe-db-care-full = 林女士接到了预警电话，民警上了门，家人陪在身边，她如实了解了可追回的情况，并被转介心理援助：每一步都拦住了一笔她本会转出的钱，最后一步让她不再否认被骗。被害人常常否认被骗、继续转账，甚至有自杀风险。
safe-db-kept-paying = 报案后林女士仍在转账：新的“安全账户”在一小时内就在ATM上被取现。相信骗子的被害人不会因为一个电话就停下来；预警电话、上门劝阻、家属和如实告知，各自拦下不同的一笔。
safe-db-no-call = 林女士站在银行柜台前时，没有人给她打预警电话。公安部快速反应机制要求接报后30分钟内录入被害人账户信息：反诈中心的电话和对其银行的预警，是最初几分钟的工作。
safe-db-atm = 上门劝阻是在她ATM转账后24小时内进行的：自2016年12月起，ATM向他人账户的转账24小时后才到账，其间可以撤销，所以这笔转账撤销了。
safe-db-no-referral = 林女士始终没有被转介心理援助。这类诈骗的被害人往往自责；伤害不仅是经济上的，也是心理上的，有些人存在自杀风险。
safe-db-goip = GOIP设备操作人在泉州的设备旁被抓获。该设备通过本地SIM卡中转窝点的网络电话，所以来电显示为上海号码：扣押的设备、SIM卡和日志把这些电话与窝点联系起来。
safe-db-goip-raid = 设备被扣押了，但窝点看到设备断线，在组长被抓之前就已撤离。蹲守到操作人前来更换SIM卡，本可以让窝点在资金被控制期间毫无察觉。
safe-db-boss = “张警官”在检察院批准逮捕后，经澜湄中心的联合行动被遣返回国，交易所的KYC资料指认了他。
safe-db-insider = 你向交易所员工购买了KYC资料。中国侦查人员无权未经授权在境外收集证据：这份资料扣减了依法办案分并被排除，再快也没有用。
safe-db-kyc-informal = 交易所的KYC资料始终只是一封非正式邮件副本：它是查明组长身份的线索，而不是证据。只有通过刑事司法协助取得、并说明来源和提取情况的正式副本才能使用。
safe-db-unpreserved = 从林女士手机中复制的数据被排除：接警复制时没有记录哈希值。
safe-db-returned = 检察院退回补充侦查：证明链条中有一环没有可以向法庭出示的证据。每次退回最长一个月；两次之后将作出不起诉决定。
safe-db-convicted = 法庭认定冒充身份、资金流转、兑换USDT和电话中转均有合法证据证明，作出有罪判决。
safe-db-not-convicted = 未能定罪：证明链条缺少一环或相关证据被排除，或者无人到案。没有有罪判决，就没有没收裁决把冻结在境外的资金返还。

## 来源名称

safe-src-pboc-86 = 中国人民银行、公安部《关于建立电信网络新型违法犯罪涉案账户紧急止付和快速冻结机制的通知》（银发〔2016〕86号）
safe-src-mps-freeze = 《公安机关办理刑事案件程序规定》（冻结）
safe-src-cbrc-mps-12 = 中国银监会、公安部2016年有关电信诈骗涉案资金冻结和返还的规定第十二条
safe-src-aftf-20 = 《中华人民共和国反电信网络诈骗法》（2022年）第二十条
safe-src-mps-30min = 公安部电信诈骗快速反应机制（2016年），新华社报道
safe-src-atm-24h = 关于ATM向他人账户转账24小时后到账的规定（2016年12月1日起施行）
safe-src-mps-2022-routes = 公安部（2022年）关于洗钱渠道的通报：支付机构、“跑分”平台、数字货币
safe-src-mule-minutes = 关于资金在几分钟内经五六个账户层层转移的报道（未经证实）
safe-src-hk-24h = 《南华早报》（2019年）：诈骗资金在24小时内流出香港
safe-src-freeze-or-follow = 金融调查教学：“冻结还是跟踪”
safe-src-seed-goip = 朱雨晴：《“杀猪盘”电信网络诈骗国际执法安全合作研究》（GOIP设备）
safe-src-mps-174 = 《公安机关办理刑事案件程序规定》（2020年）第一百七十四条
safe-src-victim-care = 朱雨晴：《“杀猪盘”电信网络诈骗国际执法安全合作研究》第二部分（三）3（被害人）
safe-src-foreign-language = 关于培养跨境诈骗办案民警的相关文章（外语能力、虚拟货币追踪）
safe-src-interpol-igrip = 国际刑警组织I-24/7紧急止付机制及I-GRIP；亚洲新闻台（2024年）；《南华早报》（2023年）
safe-src-routing = 朱雨晴：《“杀猪盘”电信网络诈骗国际执法安全合作研究》第四部分（四）1
safe-src-icja-2018 = 《中华人民共和国国际刑事司法协助法》（2018年）第二条、第九条、第十条、第十四条
safe-src-kh-untoc = 《联合国打击跨国有组织犯罪公约》第十八条；互惠原则
safe-src-mla-emergency = 办理外国刑事司法协助请求的实施细则（试行）：紧急冻结
safe-src-tcy-2014 = 欧洲委员会网络犯罪公约委员会（T-CY）2014年刑事司法协助评估报告
safe-src-icja-return = 《中华人民共和国国际刑事司法协助法》（2018年）第四十七条至第五十五条
safe-src-cpl-arrest = 《中华人民共和国刑事诉讼法》关于提请人民检察院批准逮捕的规定
safe-src-lm-lecc = 澜湄综合执法安全合作中心（新华社，2024年）
safe-src-no-authority-abroad = 朱雨晴：《“杀猪盘”电信网络诈骗国际执法安全合作研究》第三部分第3节
safe-src-cpl-56 = 《中华人民共和国刑事诉讼法》第五十六条
safe-src-spc-405 = 《最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释》（2021年）第七十七条（2012年解释第四百零五条）
safe-src-police-coop-2016 = 《最高人民法院 最高人民检察院 公安部关于办理电信网络诈骗等刑事案件适用法律若干问题的意见》（法发〔2016〕32号）第六部分
safe-src-spp-online-37 = 《人民检察院办理网络犯罪案件规定》（2021年）第三十七条
safe-src-cpl-175 = 《中华人民共和国刑事诉讼法》第一百七十五条
safe-src-base-rate = 国际刑警组织（2025年1月）；金融行动特别工作组（FATF）
safe-src-design-defaults = 本案的训练假设（不由任何规定确定的概率和时间）
