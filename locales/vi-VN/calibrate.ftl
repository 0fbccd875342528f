# `goldenhour explore CASE --ablate`: báo cáo hiệu chỉnh cho tác giả.
calibrate-title = { $case } — hiệu chỉnh đường chuyên gia trên các hạt giống { $seeds }
calibrate-expert = Chuyên gia, chấm theo mức chuẩn của từng hạt giống: trung bình { $mean } · thấp nhất { $min } · cao nhất { $max } (dao động { $spread })
calibrate-raw = Chuyên gia, điểm thô (mỗi tiêu chí chỉ so với vụ án; phần may rủi của vụ án): trung bình { $mean } · thấp nhất { $min } · cao nhất { $max } (dao động { $spread })
calibrate-passive = Thụ động: { $passive }, thấp hơn chuyên gia { $gap } điểm
calibrate-actions = Giá trị của từng thao tác chuyên gia khi bỏ đi (điểm mất trung bình, chấm và thô) và, với biện pháp hoặc yêu cầu trong ngày đầu, khi làm trễ một giờ (điểm chấm):
calibrate-legend = ○ đáng dưới 2 điểm · · như trên, đã có lý do trong vụ án · ▼ bỏ đi thì điểm cao hơn · – lựa chọn duy nhất của sự kiện, không phải quyết định; giá trị của một quyết định là số điểm mất khi chọn phương án gần nhất khác
calibrate-alternatives = nếu chọn khác: { $list }
calibrate-ok = Đã hiệu chỉnh: may rủi ít ảnh hưởng đến chuyên gia, mọi thao tác đều có giá trị, không thao tác nào gây hại.
calibrate-warn-spread = điểm chuyên gia dao động { $spread } điểm qua các hạt giống (tối đa { $max }): may rủi quyết định điểm
calibrate-warn-top-band = điểm trung bình { $mean } của chuyên gia dưới mức sàn { $floor } của bậc cao nhất
calibrate-warn-hurts = thao tác chuyên gia { $position } gây hại: bỏ đi thì điểm thô cao hơn { $points } điểm
calibrate-warn-worth-nothing = các thao tác chuyên gia { $positions } đáng dưới 2 điểm ({ $share } % đường; tối đa { $max } %, mỗi cái phải có lý do: allow: [(lint: "action-worth-nothing", id: "12", reason: "…")])
calibrate-warn-refused = ở hạt giống { $seed }, quy tắc từ chối thao tác chuyên gia { $position }: hãy thêm điều kiện `when`
calibrate-no-expert = vụ án không có đường chuyên gia để hiệu chỉnh
