# 课堂模式：教官控制台、真相揭示、全班复盘、局域网连接。

ui-act-fire = 教官触发事件：{ $inject }

class-team = 小组
class-code = 课堂代码
class-console-key = F2：教官控制台
class-link-online = 已连接
class-link-offline = 已离线（继续进行，恢复后自动补传）
class-link-refused = 未获准加入

class-console-title = 教官控制台
class-console-teams = 当前操作的小组
class-console-clock = 时钟
class-pause = 暂停
class-resume = 继续
class-next-inject = 跳到下一事件
class-console-injects = 可选事件
class-no-injects = 已没有可触发的可选事件。
class-fire = 触发
class-reveal = 揭示真实情况
class-hide = 隐藏真实情况
class-console-notes = 复盘备注
class-note-hint = 在此时刻添加一条备注……
class-pin-note = 添加
class-lan-hosting = 正在局域网 { $addr } 上主持课堂
class-col-team = 小组
class-col-link = 连接
class-col-clock = 时钟
class-col-returned = 已返还
class-col-secured = 已控制
class-col-score = 得分
class-open-debrief = 全班复盘

class-reveal-title = 真实情况
class-reveal-tipped = 犯罪团伙已于 { $at } 察觉警方行动。
class-reveal-not-tipped = 犯罪团伙尚未察觉警方行动。
class-reveal-tripwires = 对以下账户止付或冻结会惊动团伙：{ $accounts }
class-reveal-accounts = 团伙的隐藏账户
class-reveal-found = 小组已发现
class-reveal-unseen = 尚未发现
class-reveal-flows = 资金去向
class-reveal-cashed-out = 已取现

class-debrief-title = 全班复盘
class-debrief-scores = 各项评分
class-debrief-total = 总分
class-debrief-chart = 各组可追回资金随时间变化
class-debrief-divergences = 各组决策的分歧点
class-debrief-no-divergence = 各组在相近时间作出了相同的决策。
class-debrief-notes = 教官备注
class-col-when = 时间
class-col-decision = 决策
class-div-taken = 并非每组都采取了这一步
class-div-choice = 各组选择不同
class-div-timing = 同一步骤，时间相差很大
class-not-taken = 未采取
class-cli-title = { $teams } 个小组的全班复盘
class-cli-host-key = 主机密钥 { $key }；评分时用 grade --trust 传入 { $file }
class-cli-secrets = 小组密钥（每个小组只拿到自己的；小组电脑用 --secret 加入）：
class-refused-code = 课堂代码与教官的不一致
class-refused-case = 本机的案例版本与教官的不同
class-refused-team = 本课堂没有该小组（小组：{ $teams }）
class-refused-secret = 小组密钥不对：请按教员给出的内容输入
