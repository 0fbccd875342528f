# Chế độ lớp học: bảng điều khiển của giảng viên, diễn biến thực tế, tổng kết cả lớp, kết nối mạng nội bộ.

ui-act-fire = Sự kiện do giảng viên đưa ra: { $inject }

class-team = Tổ
class-code = Mã lớp
class-console-key = F2: bảng điều khiển của giảng viên
class-link-online = đã kết nối
class-link-offline = mất kết nối (vẫn tiếp tục; sẽ tự gửi bù khi kết nối lại)
class-link-refused = không được vào lớp

class-console-title = Bảng điều khiển của giảng viên
class-console-teams = Tổ đang ngồi máy
class-console-clock = Đồng hồ
class-pause = Dừng
class-resume = Chạy tiếp
class-next-inject = Chuyển đến sự kiện kế tiếp
class-console-injects = Sự kiện tùy chọn
class-no-injects = Không còn sự kiện tùy chọn nào để đưa ra.
class-fire = Đưa ra
class-reveal = Cho xem diễn biến thực tế
class-hide = Ẩn diễn biến thực tế
class-console-notes = Ghi chú cho phần tổng kết
class-note-hint = Một ghi chú gắn với thời điểm này…
class-pin-note = Ghim
class-lan-hosting = Đang mở lớp trên mạng nội bộ tại { $addr }
class-col-team = Tổ
class-col-link = Kết nối
class-col-clock = Đồng hồ
class-col-returned = Đã trả lại
class-col-secured = Đã chặn giữ
class-col-score = Điểm
class-open-debrief = Tổng kết cả lớp

class-reveal-title = Diễn biến thực tế
class-reveal-tipped = Băng nhóm đã bị đánh động lúc { $at }.
class-reveal-not-tipped = Băng nhóm chưa bị đánh động.
class-reveal-tripwires = Dừng thanh toán hoặc phong tỏa các tài khoản sau sẽ đánh động băng nhóm: { $accounts }
class-reveal-accounts = Các tài khoản ẩn của băng nhóm
class-reveal-found = tổ đã phát hiện
class-reveal-unseen = chưa được phát hiện
class-reveal-flows = Tiền đã đi đâu
class-reveal-cashed-out = đã bị rút

class-debrief-title = Tổng kết cả lớp
class-debrief-scores = Điểm theo từng tiêu chí
class-debrief-total = Tổng cộng
class-debrief-chart = Số tiền còn có thể thu hồi, theo từng tổ
class-debrief-divergences = Các tổ quyết định khác nhau ở đâu
class-debrief-no-divergence = Mọi tổ đều đưa ra cùng các quyết định, vào khoảng cùng thời điểm.
class-debrief-notes = Ghi chú của giảng viên
class-col-when = Thời điểm
class-col-decision = Quyết định
class-div-taken = không phải tổ nào cũng làm bước này
class-div-choice = các tổ chọn khác nhau
class-div-timing = cùng một bước, nhưng thời điểm rất khác nhau
class-not-taken = không làm
class-cli-title = tổng kết cả lớp của { $teams } tổ
class-cli-host-key = khóa máy chủ { $key }; người chấm đưa { $file } cho grade --trust
class-cli-secrets = Mã bí mật của các tổ (mỗi tổ chỉ nhận mã của mình; máy của tổ tham gia bằng --secret):
class-refused-code = mã lớp không khớp với mã của giảng viên
class-refused-case = máy này có phiên bản vụ án khác với máy của giảng viên
class-refused-team = lớp này không có tổ đó (các tổ: { $teams })
class-refused-secret = mã bí mật của tổ không đúng: hãy nhập đúng như giảng viên đưa
