# Công cụ soạn vụ án: `goldenhour validate`, `goldenhour new` và `goldenhour explore` (vi-VN).
# Các số được truyền vào đã định dạng sẵn ($score "88.1", $pct "100").

## validate

validate-ok = { $file }: hợp lệ ({ $case })
validate-problems = { $file }: { $errors } lỗi, { $warnings } cảnh báo
validate-summary = { $errors } lỗi, { $warnings } cảnh báo
validate-summary-denied = { $errors } lỗi, { $warnings } cảnh báo; với --deny-warnings, cảnh báo cũng bị tính là thất bại
validate-coverage-title = Mức độ dịch (số thông điệp đã dịch / cần dịch)
validate-coverage-case = vụ án
validate-coverage-allowed = (được phép: { $reason })
validate-cannot-list = { $dir }: không liệt kê được các vụ án ({ $error })
validate-no-files = không có vụ án nào để kiểm tra: { $dir } không có tệp .ron; hãy chỉ định tệp vụ án, hoặc chạy lệnh này trong một thư mục vụ án

## new

new-created = Đã tạo { $file }
new-next = Tiếp theo: sửa các tệp, rồi chạy `goldenhour validate { $file }` và `goldenhour explore { $file } --runs 1000`.
new-exists = { $file } đã tồn tại: không ghi gì cả. Hãy chọn mã khác hoặc xóa tệp đó.
new-bad-id = `{ $id }` không thể làm mã vụ án: hãy dùng chữ cái ASCII viết thường, chữ số và dấu gạch nối đơn, bắt đầu bằng một chữ cái (ví dụ `thai-hold-2`), tối đa 48 ký tự.
new-no-locales = { $dir }: không tìm thấy thư mục ngôn ngữ nào; hãy tạo locales/zh-CN/ trước.
new-cannot-write = { $file }: không ghi được ({ $error }); các tệp đã ghi đều đã được xóa.

## explore

explore-title = { $case } — { $runs } lượt chơi ngẫu nhiên, mã ngẫu nhiên { $seed }
explore-stats = Điểm: thấp nhất { $min } · phân vị thứ 10 { $p10 } · trung vị { $median } · trung bình { $mean } · phân vị thứ 90 { $p90 } · cao nhất { $max }
explore-histogram = Phân bố điểm (chơi ngẫu nhiên; ◀ đánh dấu điểm trung bình của một phương án tham chiếu)
explore-lines = Các phương án tham chiếu (trung bình trên { $seeds } mã ngẫu nhiên)
explore-line = { $name }: { $mean } (xếp loại { $grade }; từ { $min } đến { $max })
explore-coverage = Độ bao phủ nội dung (chơi ngẫu nhiên và các phương án tham chiếu)
explore-kind-injects = sự kiện
explore-kind-choices = lựa chọn
explore-kind-evidence = chứng cứ
explore-kind-debrief = nội dung tổng kết
explore-reached = { $kind }: đạt tới { $reached } trên { $total }
explore-unreached-inject = sự kiện `{ $id }` chưa lần nào xảy ra
explore-unreached-choice = lựa chọn `{ $id }` chưa lần nào được chọn
explore-unreached-evidence = chứng cứ `{ $id }` chưa lần nào vào được hồ sơ vụ án
explore-unreached-debrief = nội dung tổng kết `{ $id }` chưa lần nào được hiển thị
explore-unreached-help = gợi ý: kiểm tra điều kiện kích hoạt của nó, hoặc đánh dấu trong vụ án là có chủ ý: allow: [(lint: "{ $code }", id: "{ $id }", reason: "…")]
explore-allowed = được phép
explore-all-reached = Mọi sự kiện, lựa chọn, chứng cứ và nội dung tổng kết đều đã được đạt tới.
explore-separation = Khả năng phân hóa
explore-expert-not-top-decile = phương án mẫu được { $expert } điểm, thấp hơn nhóm 10% cao nhất của lối chơi ngẫu nhiên (phân vị thứ 90: { $p90 }): chơi ngẫu nhiên cũng tốt ngang phương án tham chiếu
explore-passive-near-expert = phương án thụ động được { $passive } điểm, kém phương án mẫu ({ $expert }) chưa đến 30 điểm: không làm gì mà chưa bị phạt đủ nặng
explore-separates = Điểm số phân biệt được lối chơi tốt với lối chơi kém: phương án mẫu được { $expert }, thuộc nhóm 10% cao nhất (phân vị thứ 90: { $p90 }); phương án thụ động được { $passive }, thấp hơn phương án mẫu { $gap } điểm.
explore-no-lines = Vụ án không có phương án mẫu và phương án thụ động để so sánh.
explore-warnings = { $count } cảnh báo
explore-progress = lượt chơi
explore-html-written = Đã ghi báo cáo vào { $file }
explore-html-title = Khảo sát { $case }
explore-html-histogram = Phân bố điểm (chơi ngẫu nhiên; các vạch nét đứt đánh dấu điểm trung bình của các phương án tham chiếu)
explore-html-axis-score = điểm
explore-html-axis-runs = số lượt
explore-html-column-content = nội dung
explore-html-column-runs = số lượt đạt tới
explore-html-column-kind = loại
