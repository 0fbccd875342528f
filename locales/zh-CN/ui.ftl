# 黄金一小时：桌面程序界面用语（zh-CN）。
# 案件文本在各案件的 .ftl 文件中；引擎消息在 engine.ftl 中。

ui-app-title = 黄金一小时
ui-language-name = 中文
ui-language = 语言
ui-bilingual = 双语训练
ui-bilingual-hint = 在每行下方显示另一种语言
ui-menu = 菜单
ui-menu-hint = 设置、保存与快捷键（Esc）
ui-ui-scale = 界面缩放
ui-ui-scale-hint = 投影时放大文字。本机会记住此设置。
ui-fullscreen = 全屏（F11）
ui-save-record = 保存记录
ui-close-case = 关闭案件，返回案例库
ui-quit = 退出
ui-close = 关闭
ui-shortcuts = 键盘快捷键
ui-key-pause = 暂停或继续时钟
ui-key-speed = 时钟速度
ui-key-next = 跳到下一事件
ui-key-save = 保存记录
ui-key-fullscreen = 全屏
ui-key-tabs = 依次切换右侧面板的标签页
ui-key-menu = 菜单
ui-reload-failed = 案件或文本文件有错误。
ui-reload-keeps-last = 修正之前，继续使用上一个正确版本。修正后请再次保存文件。
ui-reloaded = 修改已载入
ui-save-failed = 无法保存记录
ui-saved-to = 记录已保存到
ui-record-unwritten = 无法写入记录
ui-record-unwritten-kept = 时钟已停止。您所做的一切都不会丢失：本次演练保存在内存中，一旦能够保存记录就会立即写入。请将记录写入其他文件夹，或释放磁盘空间后重试。
ui-record-other-folder = 改为将记录写入此文件夹：
ui-record-write-here = 写入此处
ui-record-retry = 重试
ui-unknown = （未知）
ui-none = 无
ui-minutes = 分钟

## 案例库
ui-library-title = 案例库
ui-library-hint = 选择案件，填写学员信息，然后打开案卷。
ui-user-folder = 自编案件：请把 .ron 文件放入
ui-library-empty = 未找到案件。请把案件文件（.ron）放入 scenarios 文件夹。
ui-library-pick = 请在左侧选择一个案件。
ui-user-case = 我的文件夹
ui-case-broken = 此案件文件有错误
ui-case-broken-hint = 修正文件后，案例库会自动重新载入。
ui-difficulty = 难度
ui-duration = 预计用时
ui-languages = 语言
ui-file = 文件
ui-objectives = 学习目标
ui-session-setup = 本次演练
ui-trainee-id = 学员或小组
ui-trainee-hint = 例如 2024-031 或 第二组
ui-mode = 模式
ui-mode-practice = 练习
ui-mode-exam = 考核
ui-mode-practice-hint = 练习：自由探索；复盘会解释每一个后果。
ui-mode-exam-hint = 考核：记录将被评分；每项操作都连同时间记入记录。班级代码使全班案情一致；各项规则背后的原因留到复盘时再说明。
ui-seed = 随机种子
ui-seed-hint = 种子相同，各组面对的案情完全相同。
ui-seed-invalid = 请输入整数
ui-open-case = 打开案卷

## 案情简报
ui-briefing-kicker = 案卷
ui-victim = 被害人
ui-total-paid = 报案损失
ui-statement = 被害人陈述
ui-known = 已掌握情况
ui-rules-of-play = 开始之前
ui-how-to-play = 演练说明
ui-how-clock = 时钟开始时处于暂停状态。空格键运行或暂停；+ 和 − 调整速度；N 跳到下一事件。
ui-how-map = 资金流向图按法域列出已掌握的账户。点击账户即可对其采取措施。
ui-how-actions = 规则暂不允许的按钮显示为灰色：将鼠标停在按钮上可查看原因。
ui-how-record = 每项操作都会立即保存到记录中（Ctrl+S 可再次保存）。
ui-back-to-library = 案例库
ui-start-operations = 开始处置
ui-resume-operations = 返回处置
ui-go-trial = 进入庭审
ui-go-debrief = 查看复盘

## 处置
ui-pause = 暂停
ui-resume = 运行
ui-next-event = 下一事件
ui-stat-paid = 被害人已付
ui-stat-recoverable = 尚可追回
ui-stat-secured = 已止付或冻结
ui-stat-returned = 已返还
ui-stat-compliance = 合规分
ui-tipped-off = 团伙已察觉
ui-case-file = 案卷
ui-case-file-hint = 重新阅读案情简报（时钟保持暂停）
ui-tab-measures = 措施
ui-tab-channels = 渠道
ui-tab-evidence = 证据
ui-decision = 决策
ui-decide-within = 须在以下时间内决定：
ui-decision-clock-hint = 决策时时钟暂停；若继续运行时钟，期限将按模拟时间流逝。
ui-map-empty = 尚未掌握任何账户。
ui-map-click-hint = 点击以对该账户采取措施
ui-legend-victim = 被害人
ui-legend-held = 已止付或冻结
ui-legend-cashout = 取现点
ui-legend-recent = 资金正在流动
ui-expires-in = 剩余
ui-warn-hold = { $account }的{ $hold }将在{ $left }后失效
ui-warn-decision = 请在{ $left }内决定：{ $from }
ui-tag-stop = 止付
ui-tag-freeze = 冻结
ui-tag-foreign-hold = 境外止付
ui-tag-foreign-freeze = 境外冻结
ui-tag-stop-pending = 止付已下达
ui-tag-freeze-pending = 冻结待批准
ui-tag-return-pending = 返还办理中
ui-tag-monitored = 跟踪中
ui-tag-cashout = 取现
ui-ev-left-unknown = { $amount } 从 { $from } 转入一个尚未掌握的账户

## 措施
ui-pick-account = 选择账户……
ui-measures-hint = 在资金流向图上选择账户，即可下达紧急止付、申请冻结、跟踪资金或返还资金。
ui-balance = 余额
ui-next-move = 团伙将在此时间后转移：
ui-stop-payment = 紧急止付
ui-lasts = 有效期
ui-renewals-left = 可续期次数：
ui-order-stop = 下达止付
ui-renew-stop = 续期
ui-freeze = 冻结
ui-approval-takes = 审批需要
ui-required = 必需
ui-ground-met = 条件已具备
ui-ground-not-met = 尚未查明
ui-ask-freeze = 申请冻结
ui-awaiting-approval = 等待审批
ui-follow = 跟踪资金
ui-follow-hint = 监控该账户：此后从该账户转出的资金会被追踪到去向。
ui-start-follow = 跟踪此账户
ui-return = 返还被害人
ui-return-takes = 需要
ui-return-funds = 返还冻结资金
ui-abroad-hint = 该账户在境外，国内措施无法触及。请使用国际合作渠道。
ui-draft-request = 起草境外请求

## 渠道
ui-channel = 渠道
ui-channel-hint = 选择渠道，查看其覆盖范围、速度和所需内容。
ui-reach = 覆盖
ui-response = 答复时间
ui-success = 成功率
ui-weight = 所得材料性质
ui-weight-formal = 正式证据
ui-weight-intelligence = 仅为情报
ui-weight-cooperation = 警务合作取得：经查证属实可用
ui-if-incomplete = 内容不全时
ui-incomplete-reject = 被拒绝
ui-incomplete-delay = 被退回补充，答复推迟
ui-service = 事项
ui-pick-target = 选择对象……
ui-elements = 请求内容
ui-missing-elements = 缺少必需内容：
ui-send-request = 发出请求
ui-requests = 已发请求
ui-no-requests = 尚未发出请求。
ui-requests-count = 已发请求：{ $sent } 份{ $pending ->
    [0] {""}
   *[other] ，{ $pending } 份待答复
}
ui-status-pending = 待答复
ui-status-granted = 已同意
ui-status-refused = 已拒绝
ui-expected = 预计答复
ui-sent = 发出于

## 证据
ui-evidence-hint = 每件证据的来源决定它能否经受庭审质证。点击证据查看其来源信息。
ui-in-file = 已入卷
ui-not-in-file = 尚未取得
ui-collecting = 调取中
ui-tainted = 非法取得
ui-unpreserved = 未固定
ui-prov-source = 来源
ui-prov-provider = 提供人
ui-prov-provided = 提供时间
ui-prov-extractor = 提取人
ui-prov-extracted = 提取时间
ui-prov-channel = 渠道或方式
ui-prov-direct = 直接取得
ui-prov-preservation = 固定方式
ui-prov-held-in = 所在地
ui-preserve-hash = 固定：哈希校验
ui-preserve-chain = 固定：区块链存证
ui-collect = 调取：
ui-unlawful-warning = 境外非法取证
ui-kind-testimony = 言词证据
ui-kind-document = 书证
ui-kind-financial = 金融记录
ui-kind-electronic = 电子数据
ui-kind-physical = 物证

## 事件
ui-feed = 事件
ui-feed-hint = 最新在上
ui-feed-empty = 尚无事件。

## 庭审
ui-trial-title = 庭审
ui-trial-hint = 辩方对部分证据提出质证。请对每件证据作出说明、补正或撤回，然后听取法庭裁定。
ui-trial-decided-hint = 法庭已作出裁定，每项裁定均附理由。
ui-challenges = 质证意见
ui-no-challenges = 辩方未提出质证。
ui-cured-by = 可采取的回应：
ui-your-answer = 你的回应：
ui-ruling-admitted = 采纳
ui-ruling-excluded = 排除
ui-ruling-withdrawn = 公诉方撤回
ui-proof-chain = 证据链
ui-missing-link = 缺少已采纳的证据：
ui-accused = 犯罪嫌疑人
ui-in-custody = 已到案
ui-arrested-abroad = 已在境外抓获
ui-identified = 已查明身份
ui-unidentified = 身份不明
ui-hear-ruling = 听取裁定
ui-verdict-at = 宣判时间
ui-verdict-convicted = 判决有罪
ui-verdict-not-convicted = 未能定罪

## 复盘
ui-debrief-title = 复盘
ui-score = 得分
ui-expert-score = 专家方案：
ui-debrief-lost = 失分原因
ui-admitted = 采纳
ui-chart-title = 尚可追回的资金
ui-chart-hint = 尚可追回的资金（已返还，或仍在未取现账户中），你的曲线与同一种子下专家方案的曲线对比。竖线表示操作。拖动可平移，双击复位。
ui-chart-time = 报案后时间（对数刻度）
ui-chart-golden-hour = 黄金一小时
ui-chart-yours = 你
ui-chart-expert = 专家
ui-chart-your-actions = 你的操作
ui-chart-expert-actions = 专家操作
ui-final-map = 资金最终去向
ui-consequences = 发生了什么，为什么
ui-expert-compare = 与专家方案的差异
ui-expert-hint = 专家方案的各项操作，以及你采取同一操作的时间。
ui-no-expert = 本案没有专家方案。
ui-expert-time = 时间
ui-expert-did = 专家
ui-you = 你
ui-you-same-time = 同一时间
ui-you-later = 之后
ui-you-earlier = 之前
ui-you-never = 未采取
ui-you-only = 专家未采取、你采取的操作：

## 操作描述
ui-act-stop = 对 { $account } 紧急止付
ui-act-renew = 对 { $account } 止付续期
ui-act-freeze = 冻结 { $account }
ui-act-return = 从 { $account } 返还资金
ui-act-monitor = 跟踪 { $account }
ui-act-seek-arrest = 提请批准逮捕{ $suspect }
ui-act-request = { $channel }：{ $service }——{ $target }
ui-act-collect = 调取 { $item }（{ $method }）
ui-act-preserve = 固定 { $item }（{ $how }）
ui-act-choose = 决策：{ $choice }
ui-act-answer = { $item }：{ $answer }
ui-act-query = 查询{ $account }的交易流水
ui-act-link = 串联 { $from } → { $to }
ui-act-translate = 申请翻译{ $from }的来函
ui-act-task = { $task }
ui-renew-freeze = 续冻
ui-act-renew-freeze = 对 { $account } 续冻

## 考核模式、记录、续做、导出
ui-class-code = 班级代码
ui-class-code-hint = 教官发给全班的代码（例如 GH-4K7Q）：代码相同，大家面对的案情完全相同。
ui-class-code-invalid = 不是有效的班级代码：应为 GH- 加四位字母或数字
ui-exam-needs-trainee = 考核须填写学员编号或小组名称。
ui-exam-needs-class-code = 考核须填写教官提供的班级代码。
ui-exam-not-now = 现在无法执行。（考核中，原因将在复盘时说明。）
ui-read-only = 只读
ui-read-only-hint = 本次演练记录之后，案卷文件已被修改：只能查看，不能继续操作，也不会改动其记录。
ui-read-only-refused = 本次演练以只读方式打开，不能执行任何操作。
ui-unfinished-title = 未完成的演练
ui-unfinished-hint = 这些演练在复盘之前中断了（程序被关闭或电脑断电）。可以从中断处继续，也可以搁置；两种情况下记录都会保留。
ui-unfinished-entry = { $case }，学员 { $trainee }，模拟时间 { $time }，已有 { $actions } 项操作
ui-unfinished-no-trainee = （未填写）
ui-unfinished-resume = 继续
ui-unfinished-read-only = 只读打开
ui-unfinished-discard = 不再继续
ui-unfinished-discard-hint = 记录文件保留，并标记为已放弃；以后不再提示。
ui-unfinished-later = 稍后
ui-unfinished-unreadable = 记录文件夹中有一个文件无法作为记录读取：
ui-unfinished-case-changed = 这次演练之后，案卷文件已被修改：不能继续，只能查看。
ui-unfinished-case-missing = 案例库中没有这次演练所用的案卷。
ui-unfinished-finished = 这次演练已经结束或已被搁置。
ui-unfinished-refused = 记录无法在本案卷上重放：第 { $n } 项操作（{ $at }）被拒绝。
ui-export-record = 导出记录…
ui-export-to = 导出到文件夹
ui-exported-to = 记录已导出到
ui-export-failed = 无法导出记录
ui-open-report = 打开报告
ui-open-report-hint = 将本次复盘生成可打印的网页（与评分时生成的相同），并在浏览器中打开。
ui-report-opened = 报告已写入
ui-report-failed = 无法打开报告

# 嫌疑人（渠道面板下方）：状态与提请批准逮捕。
ui-suspects = 嫌疑人
ui-suspect-unknown = 身份尚未查明
ui-suspect-located = 已查明所在地：{ $place }
ui-suspect-arrested = 已在境外被抓获
ui-suspect-in-custody = 已押解回国羁押
ui-suspect-arrest-pending = 提请批准逮捕，等待检察院决定
ui-suspect-arrest-approved = 检察院已批准逮捕
ui-seek-arrest = 提请批准逮捕

## The instructor's guidance dock, durations and sim days

ui-guide-message = 消息
ui-guide-more = 另有 { $n } 条待处理
ui-guide-done = ✓ 已完成：此消息保留到下一条到来
ui-guide-continue-hint = 完成消息所要求的操作、运行时钟或点“下一事件”，也会继续。
ui-guide-chose = 你的选择：{ $choice }
time-span-d = { $n }天
time-span-h = { $n }小时
time-span-m = { $n }分钟
time-span-s = { $n }秒
time-span-sep = { "" }
time-day-after = 报案后{ $d }天 { $hm }
time-day-before = 报案前{ $d }天 { $hm }
ui-incomplete-no-delay = 无影响：此渠道不要求固定内容
ui-tag-request-pending = 请求已发出
ui-class-reveal-confirm = 全班将在投影上看到团伙的隐藏账户和资金去向。现在揭示吗？
ui-class-reveal-yes = 确定，向全班揭示
ui-class-reveal-no = 取消
ui-class-code-placeholder = 例如 GH-4K7Q
ui-class-code-letters = 不是有效的班级代码：GH- 加四个字符，取自 0–9 和 A–Z，不含 U（I 和 L 视为 1，O 视为 0）
ui-debrief-of-which-returned = 其中已返还被害人 { $amount }
ui-trial-provenance = 该证据的来历
ui-chart-hint-markers = 尚可追回的资金（已返还，或仍在未取现账户中）：你的曲线（金色）与同一种子下专家方案的曲线（蓝色虚线）对比。实心点标记你的决策，方块标记专家的决策；鼠标停在上面可查看。拖动可平移，双击复原。

## 研判、文书、外文来函与工作事项
ui-tab-analysis = 研判
ui-tab-tasks = 工作
ui-analysis = 流水与资金串联
ui-analysis-hint = 查询账户流水，看清钱转给了谁，再串联下一层账户：只有您串联的账户才会上图。串联错误会耗费研判人员数小时。
ui-analyst-busy = 研判人员忙碌至
ui-query = 查询流水
ui-read-statement = 查看
ui-stmt-title = 交易流水
ui-statement-empty = 该流水没有交易记录。
ui-link = 串联为下一层账户
ui-link-checking = 核实中
ui-linked = 已串联
ui-tasks = 工作事项：受害人及其家属
ui-task-done = 已完成
ui-draft-facts = 请求书载明的事实
ui-draft-in-file = 卷内已查实
ui-draft-basis = 法律依据
ui-draft-pick-basis = 选择法律依据…
ui-draft-attach = 随附卷内材料
ui-foreign-language = 外文来函
ui-translate = 申请翻译
ui-translation-due = 译文预计 { $at } 前送达。
ui-debrief-drafts = 请求书起草情况
ui-draft-accepted = 按起草内容受理
ui-task-under-way = 进行中
# An amount of money: `$amount` is already grouped, `$currency` the case's code (CNY, USD…).
ui-money = { $currency ->
    [CNY] { $amount } 元
    [USD] { $amount } 美元
    [THB] { $amount } 泰铢
    [VND] { $amount } 越南盾
   *[other] { $amount } { $currency }
}
# A currency's name on a chart's axis.
ui-currency = { $currency ->
    [CNY] 人民币（元）
    [USD] 美元
    [THB] 泰铢
    [VND] 越南盾
   *[other] { $currency }
}

## Help (F1) and the glossary. `gloss-<id>-match`: the spellings in this language that call
## the entry up on hover, separated by `|`.
ui-help = 帮助
ui-glossary = 术语表
ui-key-help = 帮助：快捷键与术语表
ui-key-console = 教官控制台（课堂）
gloss-i247-term = I-24/7
gloss-i247 = 国际刑警组织的警务安全通信网络，连接各成员国国家中心局；冻结境外账户等紧急请求通过它在数小时内送达。
gloss-i247-match = I-24/7
gloss-igrip-term = I-GRIP
gloss-igrip = 国际刑警组织"全球快速支付干预机制"：成员国可通过 I-24/7 请求他国立即止付诈骗所得，再以正式协助跟进。
gloss-igrip-match = I-GRIP
gloss-paofen-term = 跑分
gloss-paofen = 租用普通人的银行卡和支付账户供诈骗团伙过账、按流水抽取佣金的平台；卡主多为学生或求职者。
gloss-paofen-match = 跑分
gloss-bridge-card-term = 过桥卡
gloss-bridge-card = 资金只是经过的账户，位于被害人付款与下一层账户之间，用来切断资金链；几分钟内即被转空。
gloss-bridge-card-match = 过桥卡
gloss-mla-term = 刑事司法协助（MLA）
gloss-mla = 国家之间依据条约或互惠原则、通过中央机关提出的正式请求：周期长（以月计），但所得证据可被法庭采信，并可冻结、返还资产。
gloss-mla-match = MLA|司法协助
gloss-stop-payment-term = 紧急止付
gloss-stop-payment = 公安机关快速下达的国内止付指令，冻住账户内资金 48 小时；可有限次续止，之后须转为冻结。
gloss-stop-payment-match = 止付
gloss-freeze-term = 冻结
gloss-freeze = 对账户的正式冻结：需要依据（已立案）和审批，耗时较长，效力以月计。
gloss-freeze-match = 冻结
gloss-red-notice-term = 红色通报
gloss-red-notice = 国际刑警组织请求各国警方查找并临时逮捕被通缉人员，以待引渡或移交。
gloss-red-notice-match = 红色通报|红通
gloss-golden-hour-term = 黄金一小时
gloss-golden-hour = 报案后的最初时段：钱还在警方能够止付的账户里；过了这段时间，团伙已将资金转往境外或取现。
gloss-golden-hour-match = 黄金一小时

## The notes pad (a tab of the operations screen).
ui-tab-notes = 笔记
ui-notes-title = 本案笔记
ui-notes-hint = 输入时即随记录一同保存，恢复会话时仍在。
ui-notes-placeholder = 线索、时间、下一步要请求什么……
