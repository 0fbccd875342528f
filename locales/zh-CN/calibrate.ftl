# `goldenhour explore CASE --ablate`：作者用的校准报告。
calibrate-title = { $case } — 专家路线校准（种子 { $seeds }）
calibrate-expert = 专家（按各种子的基准评分）：平均 { $mean } · 最低 { $min } · 最高 { $max }（波动 { $spread }）
calibrate-raw = 专家（原始分：各项只按案件本身计算，反映案件中的运气成分）：平均 { $mean } · 最低 { $min } · 最高 { $max }（波动 { $spread }）
calibrate-passive = 消极路线：{ $passive }，比专家低 { $gap } 分
calibrate-actions = 去掉每个专家操作后的损失（平均失分：评分 / 原始分），以及首日的措施或请求推迟一小时采取的损失（评分）：
calibrate-legend = ○ 价值不足 2 分 · · 同上，案件中已说明理由 · ▼ 去掉后得分更高 · – 事件唯一的选项，不算决策；决策的价值按最接近的其他选项的失分计算
calibrate-alternatives = 改选：{ $list }
calibrate-ok = 已校准：运气对专家影响很小，每个操作都有作用，没有操作有害。
calibrate-warn-spread = 专家得分随种子波动 { $spread } 分（最多 { $max }）：成绩由运气决定
calibrate-warn-top-band = 专家平均分 { $mean } 低于最高等级下限 { $floor }
calibrate-warn-hurts = 专家操作 { $position } 有害：去掉后原始分高 { $points } 分
calibrate-warn-worth-nothing = 专家操作 { $positions } 价值不足 2 分（占路线的 { $share } %；最多 { $max } %，且每个都要说明理由：allow: [(lint: "action-worth-nothing", id: "12", reason: "…")]）
calibrate-warn-refused = 种子 { $seed } 下规则拒绝了专家操作 { $position }：请为它加上 `when` 条件
calibrate-no-expert = 案件没有可校准的专家路线
