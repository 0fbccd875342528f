# `goldenhour validate` 的诊断信息（以及无法载入的案例）：哪里有问题、如何修正。
# 代码、编号、文件名和 RON 照原样保留。


## Reading the file
validate-syntax = 无法读取为案例：{ $detail }
validate-syntax-int-range-help = 金额、次数和种子都是从 0 起的整数：不能带负号；可以为负的时长写成字符串，例如 "-5m"
validate-syntax-int-digit-help = 整数只能由数字组成，例如 1500000：不能用指数（1e6）、小数点或单位
validate-syntax-too-deep-help = 案例不需要这么多层括号：请检查是否有未闭合的 `(` 或 `[`，或者某个值被粘贴进了自身
validate-fluent-syntax = Fluent 语法错误：{ $detail }
validate-fluent-syntax-help = 消息写成一行 `id = 文本`；续行要缩进；占位符写成 `{"{"} $name {"}"}`
validate-message-cycle = 消息 `{ $id }` 循环引用了自身：{ $round }
validate-message-cycle-help = Fluent 无法显示绕回自身的消息，只会显示其 id；请在其中一条消息里直接写出文字
validate-cannot-read = 无法读取：{ $error }
validate-not-utf8 = 不是 UTF-8 文本：请把文件存为 UTF-8

## References, ids and ranges
validate-unknown-ref = 未知的{ $what } `{ $id }`
validate-unknown-ref-help = 请先定义{ $what } `{ $id }`，或使用以下之一：{ $known }
validate-did-you-mean = 你是不是想写 `{ $name }`？
validate-kind-account = 账户
validate-kind-channel = 渠道
validate-kind-choice = 选项
validate-kind-evidence-item = 证据
validate-kind-flag = 标记
validate-kind-ground = 冻结理由
validate-kind-inject = 事件
validate-kind-institution = 机构
validate-kind-jurisdiction = 法域
validate-kind-lint = 检查代码
validate-kind-method = 取证方法
validate-kind-optional-inject = 可选事件
validate-kind-payment = 付款
validate-kind-request-element = 请求要素
validate-kind-service = 服务
validate-kind-source = 出处
validate-kind-suspect = 嫌疑人
validate-kind-fact = 事实
validate-kind-basis = 法律依据
validate-kind-task = 工作事项
validate-statement-unreachable = 账户 `{ $id }` 写有流水记录，但既无法查询，也没有渠道的 Statement 服务能调取其流水
validate-unused-fact = 事实 `{ $id }`：没有任何渠道或服务的文书规则（draft）需要它
validate-unused-basis = 法律依据 `{ $id }`：没有任何渠道或服务的文书规则（draft）认可它
validate-bad-id = 编号 `{ $id }` 必须非空，且只用 ASCII 字母、数字、`-` 或 `_`
validate-duplicate-id = `{ $list }` 中的编号 `{ $id }` 重复
validate-duplicate-id-help = 编号必须唯一：请改掉其中一个
validate-negative-delay = 延迟不能为负
validate-use-zero-or-more = 请使用 0 或更大的值
validate-min-over-max = `min`（{ $min } 秒）大于 `max`（{ $max } 秒）
validate-min-over-max-help = 把两者对调
validate-mode-outside = `mode` 必须在 `min` 和 `max` 之间
validate-negative-duration = 时长不能为负（{ $value }）
validate-bad-probability = 概率必须在 0 到 1 之间，这里是 { $value }
validate-bad-probability-help = 例如 80 % 写作 0.8
validate-bad-percentage = 百分比必须在 0 到 100 之间，这里是 { $value }
validate-bad-difficulty = 难度必须为 1 到 5，这里是 { $value }

## Structure
validate-legs-not-100 = 各去向的百分比之和为 { $sum }，不是 100
validate-cash-out-rule = `{ $account }` 是取现账户：钱到了那里就没了，这条规则永远不会执行
validate-laundering-loop = 洗钱规则让钱绕圈转移：{ $cycle }
validate-effect-wrong-target = 这个效果不适用于 { $target } 类目标
validate-ends-before-verdict-help = 把 `ends` 设为至少 { $verdict }
validate-missing-line = 缺少参考路线 `{ $line }`
validate-line-refused = 参考路线 `{ $line }` 的第 { $n } 个操作（{ $at }）：运行时被规则拒绝（种子 { $seed }）

## Translations
validate-missing-locale = 没有语言文件夹 `locales/{ $lang }/`
validate-missing-locale-help = 请创建 locales/{ $lang }/{ $case }.ftl
validate-missing-message = { $lang } 中缺少消息 `{ $id }`
validate-missing-message-help = 请在 locales/{ $lang }/{ $case }.ftl 中添加 `{ $id } = …`
validate-missing-engine-message = { $lang } 中缺少引擎消息 `{ $id }`
validate-missing-engine-message-help = 请在 { $file } 中添加 `{ $id } = …`
validate-unused-message = 消息 `{ $id }` 已定义，但案例 `{ $case }` 中没有任何地方用到它
validate-unused-message-help = 删除它，或在 scenarios/{ $case }.ron 中使用它；如果是有意为之，请在案例中添加：allow: [(lint: "unused-message", id: "{ $id }", reason: "…")]
validate-untranslated-message = 消息 `{ $id }` 在 { $lang }（案例声明的语言）中标记为 `TODO translate`
validate-untranslated-message-help = 翻译它并删除该注释，或在译完之前把 `{ $lang }` 从案例的 `languages` 中去掉

## Semantic lints
validate-unreachable-inject-at = 事件 `{ $id }` 在 { $at } 触发，此时案例已经结束
validate-unreachable-inject-when = 事件 `{ $id }` 永远不会触发：其触发条件需要任何玩法都达不到的内容
validate-inert-decision = 无论学员在事件 `{ $id }` 中选什么，结果都一样：没有选项带有效果，也没有条件读取选项
validate-unreachable-choice = 选项 `{ $id }` 永远不会被选中：时限为 0，默认选项会立即生效
validate-unused-account = 账户 `{ $id }`：没有付款或洗钱规则涉及它，它也没有余额
validate-unreachable-account = 没有任何钱会到达账户 `{ $id }`
validate-unreachable-evidence = 没有任何途径能取得证据 `{ $id }`
validate-unset-flag = 标记 `{ $id }` 从未被设置：没有可达的效果执行 SetFlag("{ $id }")
validate-unreachable-criterion = 评分项 `{ $id }` 总是得 0 分：{ $why }
validate-unreachable-debrief = 讲评 `{ $id }` 永远不会显示：其条件需要任何玩法都达不到的内容
validate-never-succeeds-channel = 渠道 `{ $id }` 永远不会成功（success: 0）
validate-never-succeeds-service = 服务 `{ $id }` 永远不会成功（success: 0）
validate-duplicate-band = 有两个等级区间都从 { $min } 开始：只有一个能被评出
validate-allow-help = { $help }；如果是有意为之，请在案例中添加：allow: [(lint: "{ $code }", id: "{ $id }", reason: "…")]

## allow entries
validate-unknown-lint = 未知的检查代码 `{ $lint }`
validate-unknown-lint-help = 请写 `validate` 或 `explore` 输出的代码；scenarios/README.md 第 8 节列出了全部代码
validate-allow-without-reason = 对 `{ $lint }` 的 `allow` 没有写明理由
validate-allow-without-reason-help = 请写明为何有意为之，方便下一位作者
validate-unused-allow-id = 没有可允许的内容：没有关于 `{ $id }` 的 `{ $lint }` 警告
validate-unused-allow = 没有可允许的内容：没有 `{ $lint }` 警告
validate-unused-allow-help = 删除这一项（只有警告可以允许；错误必须修正）

## Fixed texts
validate-no-languages = 案例至少需要一种语言
validate-no-languages-help = 例如 languages: ["zh-CN", "en-US"]
validate-no-sources = 没有出处：请注明案例中规则和数字的来源
validate-zero-payment = 金额为 0 的付款不起任何作用
validate-amount-too-large = 金额大得不合常理（超过 10^12）
validate-empty-legs = 一条规则至少需要一个去向（leg）
validate-legs-not-100-help = 让各份额加起来等于 100
validate-rule-self-loop = 这条规则把钱转回它所转出的账户
validate-effect-wrong-target-help = 请修改该服务的 `target` 或这个效果
validate-unlawful-method-free = 违法的取证方法没有扣减依法办案分
validate-unlawful-method-free-help = 把 `compliance:` 设为它扣减的分数
validate-untitled-source = 来源 `{ $source }` 没有 `title`：学员看到的将是原文引文，不论它是什么语言
validate-untitled-source-help = 添加 `title: "<案例>-src-<id>"`，并在案例的每种语言中写出来源名称（`note` 只给作者看，不会显示给学员）
validate-default-without-deadline = 没有 `deadline` 的默认选项永远不会被选中
validate-deadline-without-default = 设了时限就需要一个 `default` 选项
validate-phase-order = 各阶段必须按时间顺序排列
validate-trial-order = 判决必须在开庭之后，且二者都在报案之后
validate-review-after-trial = 检察院审查起诉必须在报案之后、开庭之前
validate-review-after-trial-help = 请把 `trial.review.at` 设在开庭（{ $opens }）之前
validate-no-arrest-rule = 要求已批准逮捕，但案件没有 `measures.arrest` 规则，或该服务的对象不是嫌疑人
validate-no-arrest-rule-help = 请在 `measures` 中加入 `arrest: (approval: …, source: …)`，并只在以嫌疑人为对象的服务上要求它
validate-share-range = 返还比例是百分数：不能超过 100
validate-ends-before-verdict = 案例必须在判决之后结束
validate-empty-proof-link = 证明环节至少需要一项证据
validate-zero-weights = 各评分项的权重之和为 0
validate-zero-weights-help = 给每个评分项一个权重，例如 10 到 40
validate-weight-too-large = 权重超过 1000：请使用相对权重，例如 10–40
validate-no-bands = 没有等级区间
validate-no-bands-help = 例如添加 Band(min: 0, grade: "F", name: "grade-f")
validate-no-zero-band = 没有从 0 开始的区间：低分将没有等级
validate-band-range = 区间的最低分必须在 0 到 100 之间
validate-missing-line-help = 每个案例都要有 expert、passive 和 reckless 三条参考路线
validate-laundering-dead-end-help = 钱最终必须落在没有规则的账户，或取现账户

## How to fix a warning
validate-unreachable-inject-at-help = 让它在 `ends` 之前触发
validate-unreachable-inject-when-help = 检查其 `When` 条件所需的标记、证据、事件或账户
validate-inert-decision-help = 给某个选项加上效果，或在规则、讲评或评分项中用 Chose(inject: …, choice: …) 读取它
validate-unreachable-choice-help = 把 `deadline` 设为大于 0，给学员时间
validate-unused-account-help = 在某笔付款或某条规则的去向中把钱转入它，或删除它
validate-statement-unreachable-help = 添加 `analysis` 部分（境内账户和链上钱包可直接查询），或添加可达其所在国、服务效果含 Statement 的渠道
validate-unused-fact-help = 把它列入某个 `draft: (needs: [...])` 规则，或删除它
validate-unused-basis-help = 把它列入某个 `draft: (bases: [...])` 规则，或删除它
validate-unreachable-account-help = 添加一笔付款或一条通向它的规则去向
validate-unreachable-evidence-help = 给它 `initially`、一种取证方法、一个能在其所在地取得它的渠道，或一个 GiveEvidence 效果
validate-unset-flag-help = 在事件、选项、服务或走漏风声的效果中设置它，或删除它
validate-unreachable-criterion-help = 修改它的衡量方式，或它所需的内容
validate-unreachable-debrief-help = 检查它所需的标记、证据、事件或账户
validate-never-succeeds-channel-help = 给它一个大于 0 的成功率，例如 0.6
validate-never-succeeds-service-help = 给它一个大于 0 的成功率，或删除这项覆盖设置
validate-duplicate-band-help = 给每个区间各自的最低分

## Why a criterion always scores 0
validate-why-condition = 其条件需要任何玩法都达不到的内容
validate-why-no-suspects = 案例中没有嫌疑人
validate-why-no-identified = 没有嫌疑人能被查明身份
validate-why-no-evidence = 没有证据能进入案卷
validate-why-no-conviction = 某个证明环节没有任何玩法能取得的证据，或没有嫌疑人能被羁押
validate-why-no-payment = 受害人没有付款
