# Golden Hour: mọi chữ trên giao diện của ứng dụng (vi-VN).
# Văn bản của từng vụ án nằm trong tệp .ftl của vụ án; thông điệp của bộ máy mô phỏng nằm trong engine.ftl.

ui-app-title = Giờ vàng
ui-language-name = Tiếng Việt
ui-language = Ngôn ngữ
ui-bilingual = Song ngữ
ui-bilingual-hint = Hiện thêm ngôn ngữ thứ hai dưới mỗi dòng
ui-menu = Menu
ui-menu-hint = Cài đặt, lưu và phím tắt (Esc)
ui-ui-scale = Cỡ giao diện
ui-ui-scale-hint = Chữ to hơn khi chiếu lên màn hình. Được ghi nhớ trên máy này.
ui-fullscreen = Toàn màn hình (F11)
ui-save-record = Lưu hồ sơ bài làm
ui-close-case = Đóng vụ án, trở về thư viện
ui-quit = Thoát
ui-close = Đóng
ui-shortcuts = Phím tắt
ui-key-pause = Dừng hoặc chạy tiếp đồng hồ
ui-key-speed = Tốc độ đồng hồ
ui-key-next = Chuyển đến sự kiện kế tiếp
ui-key-save = Lưu hồ sơ bài làm
ui-key-fullscreen = Toàn màn hình
ui-key-tabs = Các thẻ của bảng bên, theo thứ tự
ui-key-menu = Menu
ui-reload-failed = Một tệp vụ án hoặc tệp văn bản có lỗi.
ui-reload-keeps-last = Trong khi chưa sửa xong, phiên bản tốt gần nhất vẫn được dùng. Sửa xong thì lưu lại tệp.
ui-reloaded = Đã nạp thay đổi
ui-save-failed = Không lưu được hồ sơ bài làm
ui-saved-to = Đã lưu hồ sơ bài làm vào
ui-record-unwritten = Không thể ghi hồ sơ bài làm
ui-record-unwritten-kept = Đồng hồ đã dừng. Không có thao tác nào bị mất: lượt chơi được giữ trong bộ nhớ và sẽ được ghi ngay khi có thể lưu hồ sơ. Hãy ghi hồ sơ vào thư mục khác, hoặc giải phóng dung lượng rồi thử lại.
ui-record-other-folder = Ghi hồ sơ vào thư mục này thay thế:
ui-record-write-here = Ghi vào đây
ui-record-retry = Thử lại
ui-unknown = (chưa rõ)
ui-none = Không có
ui-minutes = phút

## Library
ui-library-title = Thư viện vụ án
ui-library-hint = Chọn một vụ án, nhập người tham gia rồi mở hồ sơ.
ui-user-folder = Vụ án của bạn: đặt tệp .ron vào
ui-library-empty = Không tìm thấy vụ án nào. Hãy đặt tệp vụ án (.ron) vào thư mục scenarios.
ui-library-pick = Chọn một vụ án ở bên trái.
ui-user-case = thư mục của bạn
ui-case-broken = Tệp vụ án này có lỗi
ui-case-broken-hint = Hãy sửa tệp; thư viện sẽ tự nạp lại.
ui-difficulty = Độ khó
ui-duration = Thời lượng dự kiến
ui-languages = Ngôn ngữ
ui-file = Tệp
ui-objectives = Mục tiêu huấn luyện
ui-session-setup = Buổi luyện tập
ui-trainee-id = Học viên hoặc tổ
ui-trainee-hint = vd. 2024-031 hoặc Tổ B
ui-mode = Chế độ
ui-mode-practice = Luyện tập
ui-mode-exam = Kiểm tra
ui-mode-practice-hint = Luyện tập: tự do thử nghiệm; phần tổng kết giải thích mọi hệ quả.
ui-mode-exam-hint = Kiểm tra: hồ sơ bài làm được chấm điểm; mọi thao tác đều được ghi kèm thời điểm. Mã lớp giữ diễn biến giống nhau cho cả lớp, và lý do đằng sau mỗi quy tắc chỉ được nêu trong phần tổng kết.
ui-seed = Mã ngẫu nhiên
ui-seed-hint = Cùng một mã thì mọi tổ gặp cùng một diễn biến.
ui-seed-invalid = Hãy nhập một số nguyên
ui-open-case = Mở hồ sơ vụ án

## Briefing
ui-briefing-kicker = HỒ SƠ VỤ ÁN
ui-victim = Bị hại
ui-total-paid = Số tiền bị lừa đã trình báo
ui-statement = Lời khai của bị hại
ui-known = Những gì đã biết
ui-rules-of-play = Trước khi bắt đầu
ui-how-to-play = Cách thức bài tập
ui-how-clock = Đồng hồ bắt đầu ở trạng thái dừng. Phím Space để chạy hoặc dừng; + và − đổi tốc độ; N chuyển đến sự kiện kế tiếp.
ui-how-map = Sơ đồ dòng tiền hiện các tài khoản đã biết, theo quốc gia. Bấm vào một tài khoản để xử lý.
ui-how-actions = Nút nào quy định chưa cho phép thì bị làm mờ: di chuột lên để xem lý do.
ui-how-record = Mọi thao tác được lưu ngay vào hồ sơ bài làm (Ctrl+S để lưu lại lần nữa).
ui-back-to-library = Thư viện
ui-start-operations = Bắt đầu tác nghiệp
ui-resume-operations = Trở lại tác nghiệp
ui-go-trial = Đến phiên tòa
ui-go-debrief = Đến phần tổng kết

## Operations
ui-pause = Dừng
ui-resume = Chạy
ui-next-event = Sự kiện kế tiếp
ui-stat-paid = Bị hại đã chuyển
ui-stat-recoverable = Còn có thể thu hồi
ui-stat-secured = Đã chặn hoặc phong tỏa
ui-stat-returned = Đã trả lại
ui-stat-compliance = Tuân thủ pháp luật
ui-tipped-off = Băng nhóm đã bị đánh động
ui-case-file = Hồ sơ vụ án
ui-case-file-hint = Đọc lại phần tóm tắt vụ án (đồng hồ vẫn dừng)
ui-tab-measures = Biện pháp
ui-tab-channels = Kênh hợp tác
ui-tab-evidence = Chứng cứ
ui-decision = QUYẾT ĐỊNH
ui-decide-within = Quyết định trong vòng
ui-decision-clock-hint = Đồng hồ dừng trong khi bạn quyết định; nếu cho chạy tiếp, thời hạn sẽ trôi theo thời gian mô phỏng.
ui-map-empty = Chưa biết tài khoản nào.
ui-map-click-hint = Bấm để xử lý tài khoản này
ui-legend-victim = bị hại
ui-legend-held = đã chặn hoặc phong tỏa
ui-legend-cashout = điểm rút tiền
ui-legend-recent = tiền đang di chuyển
ui-expires-in = hết hạn sau
ui-warn-hold = { $hold } đối với { $account } hết hiệu lực sau { $left }
ui-warn-decision = Hãy quyết định trong { $left }: { $from }
ui-tag-stop = DỪNG
ui-tag-freeze = PHONG TỎA
ui-tag-foreign-hold = TẠM GIỮ Ở NƯỚC NGOÀI
ui-tag-foreign-freeze = PHONG TỎA Ở NƯỚC NGOÀI
ui-tag-stop-pending = đã ra lệnh dừng
ui-tag-freeze-pending = phong tỏa chờ phê duyệt
ui-tag-return-pending = đang hoàn trả
ui-tag-monitored = đang theo dõi
ui-tag-cashout = rút tiền
ui-ev-left-unknown = { $amount } đã rời { $from } sang một tài khoản bạn chưa biết

## Measures
ui-pick-account = Chọn một tài khoản…
ui-measures-hint = Chọn một tài khoản trên sơ đồ để ra lệnh dừng thanh toán, đề nghị phong tỏa, theo dõi dòng tiền hoặc trả tiền lại.
ui-balance = Số dư
ui-next-move = băng nhóm chuyển đi sau
ui-stop-payment = Dừng thanh toán khẩn cấp
ui-lasts = hiệu lực
ui-renewals-left = số lần gia hạn còn lại:
ui-order-stop = Ra lệnh dừng thanh toán
ui-renew-stop = Gia hạn
ui-freeze = Phong tỏa
ui-approval-takes = phê duyệt mất
ui-required = bắt buộc
ui-ground-met = đã đủ
ui-ground-not-met = chưa xác lập
ui-ask-freeze = Đề nghị phong tỏa
ui-awaiting-approval = đang chờ phê duyệt
ui-follow = Theo dõi dòng tiền
ui-follow-hint = Giám sát tài khoản: các khoản chuyển đi sau đó sẽ được truy vết đến nơi nhận.
ui-start-follow = Theo dõi tài khoản này
ui-return = Trả lại cho bị hại
ui-return-takes = mất
ui-return-funds = Trả lại tiền đã phong tỏa
ui-abroad-hint = Tài khoản này ở nước ngoài: biện pháp trong nước không với tới. Hãy dùng một kênh hợp tác.
ui-draft-request = Soạn yêu cầu gửi nước ngoài

## Channels
ui-channel = Kênh
ui-channel-hint = Chọn một kênh để xem phạm vi, tốc độ và những gì cần có.
ui-reach = Phạm vi
ui-response = Trả lời trong
ui-success = Tỷ lệ thành công
ui-weight = Kết quả có giá trị là
ui-weight-formal = chứng cứ chính thức
ui-weight-intelligence = chỉ là thông tin nghiệp vụ
ui-weight-cooperation = hợp tác cảnh sát: dùng được khi đã xác minh
ui-if-incomplete = Nếu thiếu nội dung
ui-incomplete-reject = bị từ chối
ui-incomplete-delay = bị trả lại, trả lời chậm thêm
ui-service = Nội dung yêu cầu
ui-pick-target = Chọn đối tượng…
ui-elements = Thành phần của yêu cầu
ui-missing-elements = Thiếu thành phần bắt buộc:
ui-send-request = Gửi yêu cầu
ui-requests = Yêu cầu đã gửi
ui-no-requests = Chưa gửi yêu cầu nào.
ui-requests-count = Yêu cầu đã gửi: { $sent }{ $pending ->
    [0] {""}
   *[other] , { $pending } đang chờ trả lời
}
ui-status-pending = đang chờ
ui-status-granted = được chấp thuận
ui-status-refused = bị từ chối
ui-expected = dự kiến trả lời
ui-sent = đã gửi

## Evidence
ui-evidence-hint = Nguồn gốc của từng chứng cứ quyết định nó có đứng vững trước sự phản bác tại tòa hay không. Bấm vào một chứng cứ để xem nguồn gốc.
ui-in-file = đã có trong hồ sơ
ui-not-in-file = chưa thu thập
ui-collecting = đang thu thập
ui-tainted = thu thập trái pháp luật
ui-unpreserved = chưa được bảo toàn
ui-prov-source = Nguồn
ui-prov-provider = Người cung cấp
ui-prov-provided = Thời điểm cung cấp
ui-prov-extractor = Người trích xuất
ui-prov-extracted = Thời điểm trích xuất
ui-prov-channel = Kênh hoặc phương pháp
ui-prov-direct = trực tiếp
ui-prov-preservation = Bảo toàn
ui-prov-held-in = Lưu tại
ui-preserve-hash = Bảo toàn: giá trị băm
ui-preserve-chain = Bảo toàn: lưu chuỗi khối
ui-collect = Thu thập:
ui-unlawful-warning = trái pháp luật ở nước ngoài
ui-kind-testimony = lời khai
ui-kind-document = tài liệu
ui-kind-financial = hồ sơ tài chính
ui-kind-electronic = dữ liệu điện tử
ui-kind-physical = vật chứng

## Feed
ui-feed = Sự kiện
ui-feed-hint = mới nhất ở trên
ui-feed-empty = Chưa có gì xảy ra.

## Trial
ui-trial-title = Phiên tòa
ui-trial-hint = Bên bào chữa phản bác một số chứng cứ của bạn. Với từng chứng cứ, hãy giải trình, bổ sung hoặc rút lại; sau đó nghe tòa phán quyết.
ui-trial-decided-hint = Tòa đã phán quyết. Mỗi quyết định đều kèm lý do.
ui-challenges = Phản bác
ui-no-challenges = Bên bào chữa không phản bác chứng cứ nào.
ui-cured-by = Có thể khắc phục bằng:
ui-your-answer = Bạn trả lời:
ui-ruling-admitted = Được chấp nhận
ui-ruling-excluded = Bị loại bỏ
ui-ruling-withdrawn = Viện kiểm sát đã rút lại
ui-proof-chain = Chuỗi chứng minh
ui-missing-link = Chưa có chứng cứ được chấp nhận cho:
ui-accused = Đối tượng
ui-in-custody = đã bị tạm giam
ui-arrested-abroad = bị bắt ở nước ngoài
ui-identified = đã xác định danh tính
ui-unidentified = chưa xác định danh tính
ui-hear-ruling = Nghe phán quyết
ui-verdict-at = Tuyên án lúc
ui-verdict-convicted = Có tội
ui-verdict-not-convicted = Không kết tội được

## Debrief
ui-debrief-title = Tổng kết
ui-score = Điểm
ui-expert-score = Phương án mẫu:
ui-debrief-lost = Mất điểm ở đâu
ui-admitted = được chấp nhận
ui-chart-title = Số tiền còn có thể thu hồi
ui-chart-hint = Số tiền còn có thể thu hồi (đã trả lại, hoặc còn nằm trong tài khoản chưa bị rút), phương án của bạn so với phương án mẫu chơi cùng mã ngẫu nhiên. Vạch dọc là các thao tác. Kéo để di chuyển; bấm đúp để đặt lại.
ui-chart-time = thời gian sau khi trình báo (thang logarit)
ui-chart-golden-hour = giờ vàng
ui-chart-yours = Bạn
ui-chart-expert = Mẫu
ui-chart-your-actions = thao tác của bạn
ui-chart-expert-actions = thao tác mẫu
ui-final-map = Tiền cuối cùng nằm ở đâu
ui-consequences = Điều gì đã xảy ra, và vì sao
ui-expert-compare = Bạn khác phương án mẫu ở đâu
ui-expert-hint = Các thao tác của phương án mẫu, và lúc bạn thực hiện cùng thao tác đó.
ui-no-expert = Vụ án này không có phương án mẫu.
ui-expert-time = Thời điểm
ui-expert-did = Phương án mẫu
ui-you = Bạn
ui-you-same-time = cùng lúc
ui-you-later = muộn hơn
ui-you-earlier = sớm hơn
ui-you-never = không làm
ui-you-only = Thao tác của bạn mà phương án mẫu không làm:

## Actions in words
ui-act-stop = Dừng thanh toán { $account }
ui-act-renew = Gia hạn lệnh dừng thanh toán { $account }
ui-act-freeze = Phong tỏa { $account }
ui-act-return = Trả lại tiền từ { $account }
ui-act-monitor = Theo dõi { $account }
ui-act-seek-arrest = Đề nghị phê chuẩn lệnh bắt { $suspect }
ui-act-request = { $channel }: { $service } — { $target }
ui-act-collect = Thu thập { $item } ({ $method })
ui-act-preserve = Bảo toàn { $item } ({ $how })
ui-act-choose = Quyết định: { $choice }
ui-act-answer = { $item }: { $answer }
ui-act-query = Truy vấn sao kê { $account }
ui-act-link = Liên kết { $from } → { $to }
ui-act-translate = Yêu cầu dịch thư của { $from }
ui-act-task = { $task }
ui-renew-freeze = Gia hạn phong tỏa
ui-act-renew-freeze = Gia hạn phong tỏa { $account }

## Chế độ kiểm tra, hồ sơ bài làm, làm tiếp, xuất
ui-class-code = Mã lớp
ui-class-code-hint = Mã giảng viên phát cho cả lớp (ví dụ GH-4K7Q): ai dùng cùng mã sẽ gặp cùng một diễn biến.
ui-class-code-invalid = Không phải mã lớp: GH- và bốn chữ cái hoặc chữ số
ui-exam-needs-trainee = Bài kiểm tra cần mã học viên hoặc tên tổ.
ui-exam-needs-class-code = Bài kiểm tra cần mã lớp do giảng viên cung cấp.
ui-exam-not-now = Hiện không thể thực hiện. (Khi kiểm tra, lý do được nêu trong phần tổng kết.)
ui-read-only = Chỉ xem
ui-read-only-hint = Tệp vụ án đã thay đổi từ khi buổi làm này được ghi: chỉ có thể xem, không thể làm tiếp hay sửa hồ sơ bài làm.
ui-read-only-refused = Buổi làm này được mở ở chế độ chỉ xem: không thể thực hiện thao tác nào.
ui-unfinished-title = Buổi làm chưa xong
ui-unfinished-hint = Các buổi làm này dừng trước phần tổng kết (ứng dụng bị đóng hoặc máy bị tắt). Có thể làm tiếp từ chỗ đã dừng, hoặc để sang một bên: hồ sơ bài làm vẫn được giữ nguyên.
ui-unfinished-entry = { $case }, học viên { $trainee }, thời gian mô phỏng { $time }, { $actions } thao tác
ui-unfinished-no-trainee = (chưa có mã)
ui-unfinished-resume = Làm tiếp
ui-unfinished-read-only = Mở chỉ để xem
ui-unfinished-discard = Không làm tiếp
ui-unfinished-discard-hint = Tệp hồ sơ bài làm được giữ lại và đánh dấu là đã bỏ; sẽ không được đề nghị lại.
ui-unfinished-later = Để sau
ui-unfinished-unreadable = Một tệp trong thư mục hồ sơ bài làm không đọc được:
ui-unfinished-case-changed = Tệp vụ án đã thay đổi từ khi buổi làm này diễn ra: không thể làm tiếp, chỉ có thể xem.
ui-unfinished-case-missing = Thư viện không có vụ án mà buổi làm này đã dùng.
ui-unfinished-finished = Buổi làm này đã kết thúc hoặc đã được để sang một bên.
ui-unfinished-refused = Hồ sơ bài làm không chạy lại được trên vụ án này: thao tác thứ { $n } lúc { $at } bị từ chối.
ui-export-record = Xuất hồ sơ bài làm…
ui-export-to = vào thư mục
ui-exported-to = Đã xuất hồ sơ bài làm vào
ui-export-failed = Không xuất được hồ sơ bài làm
ui-open-report = Mở báo cáo
ui-open-report-hint = Ghi phần tổng kết này thành trang web có thể in (giống trang do phần chấm điểm tạo ra) và mở trong trình duyệt.
ui-report-opened = Đã ghi báo cáo vào
ui-report-failed = Không mở được báo cáo

# Đối tượng (dưới bảng kênh): tình trạng và đề nghị phê chuẩn bắt giữ.
ui-suspects = Đối tượng
ui-suspect-unknown = chưa xác định danh tính
ui-suspect-located = đã xác định nơi ở: { $place }
ui-suspect-arrested = đã bị bắt ở nước ngoài
ui-suspect-in-custody = đã bị tạm giam trong nước
ui-suspect-arrest-pending = đang chờ phê chuẩn lệnh bắt
ui-suspect-arrest-approved = lệnh bắt đã được phê chuẩn
ui-seek-arrest = Đề nghị phê chuẩn lệnh bắt

## The instructor's guidance dock, durations and sim days

ui-guide-message = TIN NHẮN
ui-guide-more = còn { $n } mục đang chờ
ui-guide-done = ✓ đã xong: tin này ở lại đây đến khi có tin tiếp theo
ui-guide-continue-hint = Làm điều tin nhắn yêu cầu, chạy đồng hồ hoặc bấm "Sự kiện kế tiếp" cũng sẽ tiếp tục.
ui-guide-chose = Bạn đã chọn: { $choice }
time-span-d = { $n } ngày
time-span-h = { $n } giờ
time-span-m = { $n } phút
time-span-s = { $n } giây
time-span-sep = { " " }
time-day-after = +{ $d } ngày { $hm }
time-day-before = { $d } ngày trước báo án { $hm }
ui-incomplete-no-delay = không ảnh hưởng: kênh này không đòi nội dung cố định
ui-tag-request-pending = đã gửi yêu cầu
ui-class-reveal-confirm = Cả lớp sẽ thấy trên máy chiếu các tài khoản ẩn và đường đi của tiền. Cho xem ngay?
ui-class-reveal-yes = Có, cho cả lớp xem
ui-class-reveal-no = Hủy
ui-class-code-placeholder = ví dụ GH-4K7Q
ui-class-code-letters = Không phải mã lớp: GH- và bốn ký tự từ 0–9 và A–Z, không có U (I và L đọc là 1, O là 0)
ui-debrief-of-which-returned = trong đó đã trả lại nạn nhân { $amount }
ui-trial-provenance = Nguồn gốc của chứng cứ này
ui-chart-hint-markers = Số tiền còn có thể thu hồi (đã trả lại, hoặc còn nằm trong tài khoản chưa bị rút): đường của bạn (vàng) so với đường chuyên gia chơi cùng hạt giống (xanh, nét đứt). Chấm tròn là quyết định của bạn, hình vuông là của chuyên gia; rê chuột lên để xem. Kéo để di chuyển; nhấp đúp để đặt lại.

## Phân tích, soạn văn bản, thư bằng tiếng nước ngoài và công việc
ui-tab-analysis = Phân tích
ui-tab-tasks = Công việc
ui-analysis = Sao kê và liên kết
ui-analysis-hint = Truy vấn sao kê, xem tiền đã chuyển cho ai, rồi liên kết tài khoản tiếp theo: chỉ những gì bạn liên kết mới lên sơ đồ. Liên kết sai làm cán bộ phân tích mất nhiều giờ.
ui-analyst-busy = Cán bộ phân tích bận đến
ui-query = Truy vấn sao kê
ui-read-statement = Xem
ui-stmt-title = Sao kê
ui-statement-empty = Sao kê này không có giao dịch.
ui-link = Liên kết làm tài khoản tiếp theo
ui-link-checking = đang kiểm tra
ui-linked = đã liên kết
ui-tasks = Công việc: nạn nhân và gia đình
ui-task-done = đã xong
ui-draft-facts = Tình tiết nêu trong yêu cầu
ui-draft-in-file = đã có trong hồ sơ
ui-draft-basis = Căn cứ pháp lý
ui-draft-pick-basis = Chọn căn cứ pháp lý…
ui-draft-attach = Tài liệu đính kèm từ hồ sơ
ui-foreign-language = tiếng nước ngoài
ui-translate = Yêu cầu dịch
ui-translation-due = Bản dịch dự kiến có trước { $at }.
ui-debrief-drafts = Các yêu cầu như đã soạn
ui-draft-accepted = được chấp nhận như đã soạn
ui-task-under-way = đang làm
# An amount of money: `$amount` is already grouped, `$currency` the case's code (CNY, USD…).
ui-money = { $currency ->
    [CNY] { $amount } nhân dân tệ
   *[other] { $amount } { $currency }
}
# A currency's name on a chart's axis.
ui-currency = { $currency ->
    [CNY] Nhân dân tệ
   *[other] { $currency }
}

## Help (F1) and the glossary. `gloss-<id>-match`: the spellings in this language that call
## the entry up on hover, separated by `|`.
ui-help = Trợ giúp
ui-glossary = Thuật ngữ
ui-key-help = Trợ giúp: phím tắt và thuật ngữ
ui-key-console = Bảng điều khiển của giảng viên (lớp học)
gloss-i247-term = I-24/7
gloss-i247 = Mạng liên lạc cảnh sát bảo mật của INTERPOL nối các Văn phòng Trung ương Quốc gia; các yêu cầu khẩn như giữ tài khoản ở nước ngoài được chuyển qua đó trong vài giờ.
gloss-i247-match = I-24/7
gloss-igrip-term = I-GRIP
gloss-igrip = Cơ chế Can thiệp nhanh toàn cầu đối với thanh toán của INTERPOL: một nước thành viên đề nghị nước khác, qua I-24/7, dừng ngay thanh toán tiền lừa đảo trước khi tương trợ chính thức theo sau.
gloss-igrip-match = I-GRIP
gloss-paofen-term = Chạy điểm (跑分)
gloss-paofen = Các nền tảng thuê tài khoản ngân hàng và ví thanh toán của người dân cho băng nhóm, trả hoa hồng theo mỗi khoản tiền chạy qua; chủ tài khoản thường là sinh viên hoặc người tìm việc.
gloss-paofen-match = chạy điểm|跑分
gloss-bridge-card-term = Thẻ cầu (过桥卡)
gloss-bridge-card = Tài khoản tiền chỉ đi qua, giữa khoản nạn nhân trả và lớp tiếp theo, để cắt đứt dấu vết; bị rút sạch trong vài phút.
gloss-bridge-card-match = thẻ cầu|过桥卡
gloss-mla-term = Tương trợ tư pháp (MLA)
gloss-mla = Yêu cầu chính thức giữa các quốc gia, theo hiệp định hoặc có đi có lại, qua cơ quan trung ương: chậm (hàng tháng), nhưng kết quả là chứng cứ tòa án chấp nhận, và có thể phong tỏa, hoàn trả tài sản.
gloss-mla-match = MLA|tương trợ tư pháp
gloss-stop-payment-term = Dừng thanh toán khẩn cấp
gloss-stop-payment = Lệnh nhanh của cảnh sát trong nước giữ tiền trong tài khoản 48 giờ; có thể gia hạn một số lần hạn chế và phải được tiếp nối bằng phong tỏa.
gloss-stop-payment-match = dừng thanh toán
gloss-freeze-term = Phong tỏa
gloss-freeze = Phong tỏa chính thức một tài khoản: cần căn cứ (đã khởi tố vụ án) và phê duyệt, mất thời gian, hiệu lực hàng tháng.
gloss-freeze-match = phong tỏa
gloss-red-notice-term = Thông báo đỏ
gloss-red-notice = Yêu cầu của INTERPOL để cảnh sát các nước truy tìm và tạm giữ người bị truy nã, chờ dẫn độ hoặc chuyển giao.
gloss-red-notice-match = thông báo đỏ
gloss-golden-hour-term = Giờ vàng
gloss-golden-hour = Những phút sau khi vụ lừa đảo được trình báo, khi tiền vẫn nằm trong các tài khoản cảnh sát còn chặn được; sau đó băng nhóm đã chuyển ra nước ngoài hoặc rút tiền mặt.
gloss-golden-hour-match = giờ vàng

## The notes pad (a tab of the operations screen).
ui-tab-notes = Ghi chú
ui-notes-title = Ghi chú của bạn về vụ án
ui-notes-hint = Được lưu cạnh hồ sơ ngay khi bạn gõ, và vẫn còn khi tiếp tục phiên.
ui-notes-placeholder = Manh mối, thời điểm, việc cần yêu cầu tiếp…
