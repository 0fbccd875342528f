# Golden Hour: `goldenhour grade` (màn hình dòng lệnh, bảng điểm, xAPI) và báo cáo tổng kết HTML (vi-VN).

## Vì sao hồ sơ bài làm không được công nhận
grade-why-unreadable = không đọc được hồ sơ bài làm: { $error }
grade-why-no-scenario = không tìm thấy vụ án có mã “{ $id }” (các vụ án đi kèm và các thư mục --scenarios)
grade-why-scenario-changed = vụ án { $id } đã bị sửa đổi sau khi lập hồ sơ bài làm (giá trị băm trong hồ sơ { $recorded }…, tệp { $file } có { $found }…)
grade-why-refused = thao tác thứ { $n } lúc { $at } bị từ chối khi chạy lại: { $why }
grade-why-score = điểm đã lưu { $stored }, chạy lại được { $replayed }
grade-why-criterion = tiêu chí “{ $criterion }”: đã lưu { $stored } điểm, chạy lại được { $replayed }
grade-why-grade = xếp loại đã lưu { $stored }, chạy lại được { $replayed }
grade-why-criterion-value = tiêu chí “{ $criterion }”: cùng số điểm, nhưng kết quả đã lưu là { $stored } còn chạy lại được { $replayed }
grade-why-grade-name = cùng xếp loại, nhưng tên xếp loại đã lưu là “{ $stored }” còn chạy lại được “{ $replayed }”
grade-why-facts = kết quả đã lưu ghi { $field } = { $stored }, chạy lại được { $replayed }
grade-why-debrief = các nhận xét tổng kết đã lưu khác với kết quả chạy lại
grade-why-outcome = kết quả đã lưu khác với kết quả chạy lại (tiêu chí, trọng số hoặc tên xếp loại)
grade-why-halted = quá trình chạy lại bị dừng: { $why }
grade-why-no-close = quá trình chạy lại không đi được đến lúc kết thúc vụ án
grade-why-field = trường “{ $field }” = { $value }: { $problem }
grade-why-action-field = thao tác thứ { $n }, trường “{ $field }” = { $value }: { $problem }

## Lỗi ở một trường của hồ sơ bài làm
grade-field-not-wall-time = không phải thời điểm UTC viết theo dạng 2026-11-21T17:56:04Z
grade-field-wall-out-of-range = nằm ngoài khoảng từ 2000-01-01 đến một ngày sau thời điểm hiện tại
grade-field-wall-backwards = sớm hơn thời điểm của một thao tác trước đó
grade-field-not-class-code = không phải mã lớp (GH- và bốn chữ cái hoặc chữ số)
grade-field-code-not-seed = mã lớp ứng với một mã ngẫu nhiên khác với mã ngẫu nhiên trong hồ sơ
grade-field-exam-without-code = hồ sơ bài thi phải có mã lớp mà mã ngẫu nhiên được lấy từ đó
grade-field-unknown-locale = bản chương trình này không có văn bản cho ngôn ngữ đó
grade-field-abandoned-and-closed = vụ án đã kết thúc thì không thể đồng thời bị bỏ dở
grade-field-sim-time-range = thời gian mô phỏng phải nằm trong khoảng từ 0 đến 100 năm
grade-field-bad-id = mã có từ 1 đến 200 ký tự và không chứa ký tự điều khiển
grade-field-not-hash = không phải giá trị băm SHA-256 (64 chữ số thập lục phân viết thường)

## Màn hình dòng lệnh
grade-verified = đã xác minh
grade-unfinished = chưa hoàn thành (chưa có kết quả): không chấm điểm
grade-rejected = KHÔNG CÔNG NHẬN: { $why }
grade-anonymous = (không có mã học viên)
grade-no-records = chưa chỉ định tệp hồ sơ bài làm nào (các tệp, hoặc thư mục chứa *.json)
grade-summary-counts = { $verified } đã xác minh, { $unfinished } chưa hoàn thành, { $rejected } không công nhận; điểm trung bình { $mean }
grade-summary-distribution = Phân bố điểm
grade-summary-criteria = Điểm trung bình theo từng tiêu chí
grade-summary-mistakes = Những nhận xét thường gặp nhất
grade-mistake-criterion = không được điểm nào ở tiêu chí “{ $criterion }”
grade-wrote = đã ghi { $file }
grade-csv-skipped = { $file }: không có mã học viên hoặc mã tổ, không đưa vào bảng điểm
grade-skipped = { $file }: đã bỏ qua ({ $why })
grade-skip-broken-link = liên kết trỏ đến một tệp không tồn tại, hoặc các liên kết trỏ vòng
grade-skip-not-file = không phải tệp thông thường
grade-skip-class-file = tệp lớp học của thư mục lớp, không phải hồ sơ
grade-skip-unreadable = không đọc được
grade-csv-feedback-column = { $item } (Feedback)
grade-csv-not-in-roster = { $id }: không có trong danh sách lớp, không đưa vào bảng điểm (Moodle dừng cả lần nhập khi gặp người dùng không tìm thấy)
grade-csv-no-record = { $id }: có trong danh sách lớp nhưng không có bản ghi đã xác minh: không có điểm để nhập (ghi "không có bản ghi" trong sổ tính)
xlsx-no-record = không có bản ghi
grade-lrs-in-clear = cảnh báo: { $url } là địa chỉ http:// không mã hóa tới máy khác: thông tin đăng nhập LRS sẽ đi qua mạng mà không được mã hóa. Hãy dùng https:// trừ khi đó là mạng nội bộ của học viện.
grade-csv-no-roster = không có --roster: bảng điểm không có họ tên và email; trong Moodle hãy ghép người dùng từ “ID number” sang “ID number”, và mỗi mã phải là ID number của một người dùng Moodle
grade-csv-no-email = { $id }: danh sách lớp không có email; trong Moodle hãy ghép người dùng theo “ID number”, không theo email
grade-csv-criterion-max = Moodle: đặt điểm tối đa của mục điểm “{ $item }” là { $max }
grade-lrs-report = LRS: { $statements } câu lệnh ({ $queued } từ hàng đợi) trong { $batches } lô được nhận: { $stored } lưu lần này, { $already } đã có sẵn
grade-lrs-queued = { $count } câu lệnh được giữ trong { $dir }, sẽ gửi ở lần chạy sau với --lrs và --lrs-queue
grade-lrs-unsent = { $count } câu lệnh chưa gửi được: hãy chấm lại với --lrs, hoặc giữ chúng bằng --lrs-queue THƯ_MỤC
grade-lrs-unreachable = không kết nối được LRS: { $why }
grade-lrs-refused = LRS từ chối một lô: { $status } { $body }
grade-lrs-unexpected = LRS trả lời điều mà xAPI không quy định: { $what }
grade-lrs-bad-url = --lrs cần địa chỉ http:// hoặc https:// của điểm cuối xAPI của LRS, không phải “{ $url }”
grade-lrs-bad-auth = { $source }: thông tin đăng nhập LRS phải là tên:mật_khẩu, hoặc một giá trị Authorization bắt đầu bằng “Basic ” hay “Bearer ”
xlsx-sheet-totals = Tổng điểm
xlsx-sheet-criteria = Tiêu chí
xlsx-col-id = Mã học viên
xlsx-col-name = Họ tên
xlsx-col-case = Vụ án
xlsx-col-score = Điểm
xlsx-col-band = Xếp loại
xlsx-col-standing = Có chứng thực hay tự nộp
xlsx-col-criterion = Tiêu chí
xlsx-col-points = Điểm
xlsx-col-max = Tối đa

## Tên các động từ xAPI
xapi-verb-completed = đã hoàn thành
xapi-verb-passed = đạt
xapi-verb-failed = không đạt
xapi-verb-interacted = đã thao tác

## Báo cáo tổng kết HTML
report-title = Tổng kết: { $case }
report-trainee = Học viên/tổ
report-team = Tổ
report-anonymous = không ghi tên
report-seed = Mã ngẫu nhiên
report-mode = Chế độ
report-mode-practice = luyện tập
report-mode-exam = kiểm tra
report-mode-scripted = chạy theo kịch bản
report-actions = Số thao tác
report-unfinished = Chưa hoàn thành: vụ án chưa được kết thúc
report-scores = Điểm theo từng tiêu chí
report-criterion = Tiêu chí
report-weight = Trọng số
report-achieved = Mức đạt
report-points = Điểm
report-total = Tổng cộng
report-timeline = Số tiền còn có thể thu hồi theo thời gian
report-timeline-note = Số tiền đã trả lại cho bị hại cộng với số tiền còn nằm trong các tài khoản chưa bị rút, theo thời gian mô phỏng (thang căn bậc hai). Đường nét đứt là phương án mẫu của vụ án, chơi cùng mã ngẫu nhiên.
report-legend-run = Lượt chơi này
report-legend-expert = Phương án mẫu, cùng mã ngẫu nhiên
report-flow = Tiền đã đi đâu
report-flow-note = Các tài khoản theo quốc gia, tại thời điểm kết thúc vụ án. Mũi tên là tiền đã chuyển giữa các tài khoản (càng đậm càng nhiều); mỗi ô ghi số dư cuối cùng.
report-flow-blocked = đã chặn hoặc phong tỏa
report-flow-cashed = đã bị rút
report-flow-free = tự do, chưa bị chặn
report-flow-victim = bị hại
report-flow-empty = đã hết tiền
report-decisions = Nhật ký quyết định
report-col-time = Thời gian mô phỏng
report-col-action = Thao tác
report-col-consequences = Bộ máy mô phỏng xử lý ngay
report-refused = Bị từ chối
report-court = Tòa án
report-procuratorate = Viện kiểm sát
report-no-consequence = (hệ quả đến sau, khi đồng hồ chạy)
report-no-actions = Không có thao tác nào.
report-debrief = Tổng kết
report-source = Nguồn
report-footer = Giờ vàng { $version } · vụ án { $case } · SHA-256 của tệp vụ án { $hash }… · mọi số liệu trên trang này đều được tính lại bằng cách chạy lại hồ sơ bài làm.
report-index-title = Giờ vàng: kết quả của lớp
report-col-record = Bài làm
report-case = Vụ án
report-grade = Xếp loại
report-status = Xác minh
report-status-verified = đã xác minh
report-status-unfinished = chưa hoàn thành
report-status-rejected = không công nhận

## Hồ sơ có chứng thực và độ tin cậy
grade-why-tampered = đã bị sửa sau khi máy chủ lớp học ký (trường: { $fields })
grade-why-tampered-unknown = chữ ký của máy chủ lớp học không khớp với hồ sơ: đã bị sửa sau khi ký, hoặc chữ ký bị hỏng
grade-why-untrusted-key = được ký bằng khóa máy chủ { $key }, khóa này không được tin cậy ở đây (đưa tệp .pub của máy chủ bằng --trust)
grade-why-not-witnessed = không có máy chủ lớp học tin cậy nào chứng thực hồ sơ này (--require-witnessed)
grade-standing-witnessed = có chứng thực (máy chủ { $key })
grade-standing-self-submitted = tự nộp
grade-standing-unknown = không rõ nguồn gốc
grade-flag-scripted = chạy từ kịch bản (goldenhour play), không phải do người chơi: không bao giờ là hồ sơ thi
grade-flag-unwitnessed-exam = ghi là bài thi, nhưng không có máy chủ lớp học nào chứng thực
grade-flag-no-wall-times = { $n } thao tác không có giờ thực
grade-flag-too-fast = các thao tác cách nhau trung bình { $secs } giây: nhanh hơn người thao tác (ít nhất { $min } giây)
grade-flag-same-as-line = trùng hoàn toàn thao tác và thời điểm với tuyến tham chiếu “{ $line }”
grade-summary-standing = trong số đã xác minh: { $witnessed } có chứng thực, { $self } tự nộp ({ $flagged } có dấu hiệu nghi vấn)

report-drafts = Các yêu cầu như đã soạn
report-col-request = Yêu cầu
report-col-draft = Bản soạn và ý kiến của phía nhận
report-draft-facts = Tình tiết nêu
report-draft-basis = Căn cứ pháp lý
report-draft-attach = Đính kèm
