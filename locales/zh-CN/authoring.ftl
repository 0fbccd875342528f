# 编写工具：`goldenhour validate`、`goldenhour new` 与 `goldenhour explore`。
# 数字参数已格式化（$score 为“88.1”，$pct 为“100”）。

## validate

validate-ok = { $file }：通过（{ $case }）
validate-problems = { $file }：{ $errors } 个错误，{ $warnings } 个警告
validate-summary = 共 { $errors } 个错误，{ $warnings } 个警告
validate-summary-denied = 共 { $errors } 个错误，{ $warnings } 个警告；已指定 --deny-warnings，警告视为失败
validate-coverage-title = 翻译覆盖率（已翻译 / 需要的消息数）
validate-coverage-case = 案例
validate-coverage-allowed = （已豁免：{ $reason }）
validate-cannot-list = { $dir }：无法列出案例（{ $error }）
validate-no-files = 没有可检查的案例：{ $dir } 中没有 .ron 文件；请指定案例文件，或在案例文件夹中运行

## new

new-created = 已创建 { $file }
new-next = 下一步：编辑这些文件，然后运行 `goldenhour validate { $file }` 和 `goldenhour explore { $file } --runs 1000`。
new-exists = { $file } 已存在，未写入任何文件。请换一个编号，或先移走该文件。
new-bad-id = `{ $id }` 不能用作案例编号：请使用小写英文字母、数字和单个连字符，以字母开头（例如 `thai-hold-2`），最多 48 个字符。
new-no-locales = { $dir }：没有找到语言文件夹；请先创建 locales/zh-CN/。
new-cannot-write = { $file }：无法写入（{ $error }），已写的文件均已删除。

## explore

explore-title = { $case } — { $runs } 次随机推演，种子 { $seed }
explore-stats = 得分：最低 { $min } · 第 10 百分位 { $p10 } · 中位数 { $median } · 平均 { $mean } · 第 90 百分位 { $p90 } · 最高 { $max }
explore-histogram = 得分分布（随机推演；◀ 标出参考路线的平均分）
explore-lines = 参考路线（{ $seeds } 个种子的平均分）
explore-line = { $name }：{ $mean }（等级 { $grade }；{ $min } 至 { $max }）
explore-coverage = 内容覆盖（随机推演与参考路线）
explore-kind-injects = 突发事件
explore-kind-choices = 选项
explore-kind-evidence = 证据
explore-kind-debrief = 复盘要点
explore-reached = { $kind }：{ $total } 项中触及 { $reached } 项
explore-unreached-inject = 突发事件 `{ $id }` 从未触发
explore-unreached-choice = 选项 `{ $id }` 从未被选择
explore-unreached-evidence = 证据 `{ $id }` 从未进入案卷
explore-unreached-debrief = 复盘要点 `{ $id }` 从未显示
explore-unreached-help = 提示：检查它的触发条件；如属有意为之，请在案例中注明：allow: [(lint: "{ $code }", id: "{ $id }", reason: "…")]
explore-allowed = 已豁免
explore-all-reached = 所有突发事件、选项、证据和复盘要点均被触及。
explore-separation = 区分度
explore-expert-not-top-decile = 专家路线得分 { $expert }，未进入随机推演的前 10%（第 90 百分位为 { $p90 }）：随机操作与参考路线表现相当
explore-passive-near-expert = 消极路线得分 { $passive }，与专家路线（{ $expert }）相差不足 30 分：不作为没有受到应有的扣分
explore-separates = 得分能区分好坏：专家路线 { $expert } 位于前 10%（第 90 百分位 { $p90 }），消极路线 { $passive } 比专家低 { $gap } 分。
explore-no-lines = 本案例没有可供比较的专家路线和消极路线。
explore-warnings = { $count } 个警告
explore-progress = 次推演
explore-html-written = 报告已写入 { $file }
explore-html-title = 推演分析：{ $case }
explore-html-histogram = 得分分布（随机推演；虚线标出参考路线的平均分）
explore-html-axis-score = 得分
explore-html-axis-runs = 次数
explore-html-column-content = 内容
explore-html-column-runs = 触及次数
explore-html-column-kind = 类别
