# 黄金一小时：`goldenhour grade`（终端、成绩表、xAPI）与 HTML 复盘报告（zh-CN）。

## 记录不被采信的原因
grade-why-unreadable = 不是可读取的记录：{ $error }
grade-why-no-scenario = 找不到编号为“{ $id }”的案例（内置案例及 --scenarios 指定的文件夹）
grade-why-scenario-changed = 案例 { $id } 在记录生成后已被修改（记录中的哈希 { $recorded }…，{ $file } 的哈希为 { $found }…）
grade-why-refused = 第 { $n } 个操作（{ $at }）在重放时被拒绝：{ $why }
grade-why-score = 记录中的得分为 { $stored }，重放得分为 { $replayed }
grade-why-criterion = 评分项“{ $criterion }”：记录为 { $stored } 分，重放为 { $replayed } 分
grade-why-grade = 记录中的等级为 { $stored }，重放等级为 { $replayed }
grade-why-criterion-value = 评分项“{ $criterion }”：得分相同，但存储的结果为 { $stored }，重放得到 { $replayed }
grade-why-grade-name = 等级相同，但存储的等级名称为“{ $stored }”，重放得到“{ $replayed }”
grade-why-facts = 记录中的结果 { $field } = { $stored }，重放结果为 { $replayed }
grade-why-debrief = 记录中的复盘要点与重放结果不一致
grade-why-outcome = 记录中的结果与重放结果不一致（评分项、权重或等级名称）
grade-why-halted = 重放中止：{ $why }
grade-why-no-close = 重放未能进行到结案
grade-why-field = 字段“{ $field }” = { $value }：{ $problem }
grade-why-action-field = 第 { $n } 个操作的字段“{ $field }” = { $value }：{ $problem }

## 记录字段的问题
grade-field-not-wall-time = 不是形如 2026-11-21T17:56:04Z 的 UTC 时间
grade-field-wall-out-of-range = 不在 2000-01-01 至当前时间一天后的范围内
grade-field-wall-backwards = 早于前一个操作的时间
grade-field-not-class-code = 不是有效的班级代码（应为 GH- 加四位字母或数字）
grade-field-code-not-seed = 班级代码对应的随机种子与记录中的随机种子不一致
grade-field-exam-without-code = 考核记录必须带有其随机种子所取自的班级代码
grade-field-unknown-locale = 本版本没有该语言的文本
grade-field-abandoned-and-closed = 已结案的案例不能同时标记为放弃
grade-field-sim-time-range = 模拟时间应在 0 至 100 年之间
grade-field-bad-id = 编号应为 1 至 200 个字符，且不含控制字符
grade-field-not-hash = 不是 SHA-256 哈希（64 位小写十六进制数字）

## 终端输出
grade-verified = 已核验
grade-unfinished = 未完成（尚无结果），不评分
grade-rejected = 不予采信：{ $why }
grade-anonymous = （无学员编号）
grade-no-records = 未指定记录文件（文件或包含 *.json 的文件夹）
grade-summary-counts = 已核验 { $verified } 份，未完成 { $unfinished } 份，不予采信 { $rejected } 份；平均分 { $mean }
grade-summary-distribution = 分数分布
grade-summary-criteria = 各评分项平均得分
grade-summary-mistakes = 最常见的问题
grade-mistake-criterion = “{ $criterion }”一项未得分
grade-wrote = 已写入 { $file }
grade-csv-skipped = { $file }：没有学员或小组编号，未计入成绩表
grade-skipped = { $file }：已跳过（{ $why }）
grade-skip-broken-link = 链接指向的文件不存在，或链接形成循环
grade-skip-not-file = 不是普通文件
grade-skip-class-file = 课堂文件夹的课堂文件，不是记录
grade-skip-unreadable = 无法读取
grade-csv-feedback-column = { $item } (Feedback)
grade-csv-not-in-roster = { $id }：不在名单中，未计入成绩表（Moodle 遇到找不到的用户会中止整个导入）
grade-csv-no-record = { $id }：在名单中，但没有通过核验的记录：没有可导入的成绩（在工作簿中列为“无记录”）
xlsx-no-record = 无记录
grade-lrs-in-clear = 警告：{ $url } 是连到另一台机器的明文 http:// 地址：学习记录库的凭据将以未加密方式在网络上传输。除非是学院自己的内部网络，请改用 https://。
grade-csv-no-roster = 未提供 --roster：成绩表中没有姓名和电子邮箱；在 Moodle 中请从“ID number”（学号）对应到“ID number”，且每个编号都须是某个 Moodle 用户的学号
grade-csv-no-email = { $id }：名单中没有电子邮箱；在 Moodle 中请按“ID number”（学号）对应用户，不要按电子邮箱
grade-csv-criterion-max = Moodle：请把成绩项“{ $item }”的满分设为 { $max }
grade-lrs-report = LRS：共 { $statements } 条语句（其中 { $queued } 条来自待发队列），{ $batches } 批被接受：本次存入 { $stored } 条，已存在 { $already } 条
grade-lrs-queued = { $count } 条语句保存在 { $dir }，以后用 --lrs 和 --lrs-queue 再次运行时发送
grade-lrs-unsent = { $count } 条语句未送达：请用 --lrs 重新评分，或用 --lrs-queue 目录 保存起来
grade-lrs-unreachable = 无法连接 LRS：{ $why }
grade-lrs-refused = LRS 拒收了一批语句：{ $status } { $body }
grade-lrs-unexpected = LRS 的答复不符合 xAPI 规范：{ $what }
grade-lrs-bad-url = --lrs 需要 LRS 的 xAPI 端点的 http:// 或 https:// 地址，而不是“{ $url }”
grade-lrs-bad-auth = { $source }：LRS 凭据须为“用户名:密码”，或以“Basic ”或“Bearer ”开头的 Authorization 值
xlsx-sheet-totals = 总分
xlsx-sheet-criteria = 评分项
xlsx-col-id = 学员编号
xlsx-col-name = 姓名
xlsx-col-case = 案例
xlsx-col-score = 得分
xlsx-col-band = 等级
xlsx-col-standing = 见证或自行提交
xlsx-col-criterion = 评分项
xlsx-col-points = 得分
xlsx-col-max = 满分

## xAPI 动词名称
xapi-verb-completed = 完成
xapi-verb-passed = 通过
xapi-verb-failed = 未通过
xapi-verb-interacted = 操作

## HTML 复盘报告
report-title = 复盘报告：{ $case }
report-trainee = 学员或小组
report-team = 小组
report-anonymous = 未署名
report-seed = 随机种子
report-mode = 模式
report-mode-practice = 练习
report-mode-exam = 考核
report-mode-scripted = 脚本运行
report-actions = 操作数
report-unfinished = 未完成：案件尚未结案
report-scores = 各评分项得分
report-criterion = 评分项
report-weight = 权重
report-achieved = 完成度
report-points = 得分
report-total = 总分
report-timeline = 可追回资金随时间的变化
report-timeline-note = 已返还被害人的资金，加上仍留在未被取现账户中的资金，按模拟时间绘制（平方根刻度）。虚线为同一随机种子下本案例的专家操作路线。
report-legend-run = 本次操作
report-legend-expert = 专家路线（同一种子）
report-flow = 资金最终去向
report-flow-note = 按法域排列的账户，截至结案时。箭头表示账户之间的资金流动（越粗金额越大），方框内为最终余额。
report-flow-blocked = 已止付或冻结
report-flow-cashed = 已取现
report-flow-free = 未控制
report-flow-victim = 被害人
report-flow-empty = 已转空
report-decisions = 决策记录
report-col-time = 模拟时间
report-col-action = 操作
report-col-consequences = 系统即时反馈
report-refused = 被拒绝
report-court = 法院
report-procuratorate = 检察院
report-no-consequence = （效果随时间推进陆续显现）
report-no-actions = 未采取任何操作。
report-debrief = 复盘要点
report-source = 出处
report-footer = 黄金一小时 { $version } · 案例 { $case } · 案例文件 SHA-256 { $hash }… · 本页所有数据均由重放记录重新计算得出。
report-index-title = 黄金一小时：班级成绩
report-col-record = 记录
report-case = 案例
report-grade = 等级
report-status = 核验
report-status-verified = 已核验
report-status-unfinished = 未完成
report-status-rejected = 不予采信

## 见证记录与可信度
grade-why-tampered = 课堂主机签名后被改动（字段：{ $fields }）
grade-why-tampered-unknown = 课堂主机的签名与记录不符：签名后被改动，或签名已损坏
grade-why-untrusted-key = 由主机密钥 { $key } 签名，此处不信任该密钥（用 --trust 传入主机的 .pub 文件）
grade-why-not-witnessed = 没有受信任的课堂主机见证此记录（--require-witnessed）
grade-standing-witnessed = 已见证（主机 { $key }）
grade-standing-self-submitted = 自行提交
grade-standing-unknown = 来源不明
grade-flag-scripted = 由脚本运行（goldenhour play），并非本人操作：绝不算作考试记录
grade-flag-unwitnessed-exam = 标为考试，但没有课堂主机见证
grade-flag-no-wall-times = { $n } 个操作没有实际时间
grade-flag-too-fast = 操作平均间隔 { $secs } 秒：快于人的操作（至少 { $min } 秒）
grade-flag-same-as-line = 与参考路线“{ $line }”的操作和时间完全相同
grade-summary-standing = 已验证记录中：{ $witnessed } 份已见证，{ $self } 份自行提交（{ $flagged } 份有可疑标记）

report-drafts = 请求书起草情况
report-col-request = 请求
report-col-draft = 起草内容及对方意见
report-draft-facts = 载明事实
report-draft-basis = 法律依据
report-draft-attach = 随附材料
