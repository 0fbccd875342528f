# Các chẩn đoán của `goldenhour validate` (và của một vụ án không tải được): sai ở đâu, sửa
# thế nào. Mã, định danh, tên tệp và RON được giữ nguyên như khi viết.


## Reading the file
validate-syntax = { $detail }
validate-syntax-int-range-help = số tiền, số lần và hạt giống là số nguyên từ 0 trở lên: không có dấu trừ; thời lượng có thể âm thì viết dạng chuỗi, ví dụ "-5m"
validate-syntax-int-digit-help = số nguyên chỉ gồm chữ số, ví dụ 1500000: không dùng số mũ (1e6), dấu thập phân hay đơn vị
validate-syntax-too-deep-help = không vụ án nào cần nhiều ngoặc lồng nhau như vậy: hãy tìm `(` hoặc `[` chưa đóng, hoặc một giá trị bị dán vào chính nó
validate-fluent-syntax = Lỗi cú pháp Fluent: { $detail }
validate-fluent-syntax-help = mỗi thông điệp viết trên một dòng `id = văn bản`; dòng tiếp theo phải thụt vào; chỗ chèn viết là `{"{"} $name {"}"}`
validate-message-cycle = thông điệp `{ $id }` tham chiếu vòng về chính nó: { $round }
validate-message-cycle-help = Fluent không hiển thị được thông điệp dẫn vòng về chính nó mà chỉ hiện id; hãy viết thẳng văn bản vào một trong các thông điệp đó
validate-cannot-read = không đọc được: { $error }
validate-not-utf8 = không phải văn bản UTF-8: hãy lưu tệp dưới dạng UTF-8

## References, ids and ranges
validate-unknown-ref = { $what } `{ $id }` không tồn tại
validate-unknown-ref-help = hãy định nghĩa { $what } `{ $id }` trước, hoặc dùng một trong: { $known }
validate-did-you-mean = có phải ý bạn là `{ $name }`?
validate-kind-account = tài khoản
validate-kind-channel = kênh
validate-kind-choice = lựa chọn
validate-kind-evidence-item = chứng cứ
validate-kind-flag = cờ
validate-kind-ground = căn cứ phong tỏa
validate-kind-inject = tình huống
validate-kind-institution = tổ chức
validate-kind-jurisdiction = khu vực tài phán
validate-kind-lint = mã kiểm tra
validate-kind-method = phương pháp thu thập
validate-kind-optional-inject = tình huống tùy chọn
validate-kind-payment = khoản chuyển tiền
validate-kind-request-element = yếu tố của yêu cầu
validate-kind-service = dịch vụ
validate-kind-source = nguồn
validate-kind-suspect = nghi phạm
validate-kind-fact = tình tiết
validate-kind-basis = căn cứ pháp lý
validate-kind-task = công việc
validate-statement-unreachable = tài khoản `{ $id }` có dòng sao kê, nhưng không truy vấn nào và không dịch vụ Statement của kênh nào lấy được sao kê của nó
validate-unused-fact = tình tiết `{ $id }`: không quy tắc soạn văn bản (draft) nào của kênh hay dịch vụ cần nó
validate-unused-basis = căn cứ pháp lý `{ $id }`: không quy tắc soạn văn bản (draft) nào chấp nhận nó
validate-bad-id = mã `{ $id }` không được để trống và chỉ gồm chữ cái ASCII, chữ số, `-` hoặc `_`
validate-duplicate-id = mã `{ $id }` bị trùng trong `{ $list }`
validate-duplicate-id-help = các mã phải khác nhau: hãy đổi tên một mã
validate-negative-delay = độ trễ không được âm
validate-use-zero-or-more = hãy dùng 0 trở lên
validate-min-over-max = `min` ({ $min } giây) lớn hơn `max` ({ $max } giây)
validate-min-over-max-help = hãy đổi chỗ hai giá trị
validate-mode-outside = `mode` phải nằm giữa `min` và `max`
validate-negative-duration = khoảng thời gian không được âm ({ $value })
validate-bad-probability = xác suất phải từ 0 đến 1, ở đây là { $value }
validate-bad-probability-help = ví dụ 80 % viết là 0.8
validate-bad-percentage = tỷ lệ phần trăm phải từ 0 đến 100, ở đây là { $value }
validate-bad-difficulty = độ khó phải từ 1 đến 5, ở đây là { $value }

## Structure
validate-legs-not-100 = tổng tỷ lệ các nhánh là { $sum }, không phải 100
validate-cash-out-rule = `{ $account }` là tài khoản rút tiền mặt: tiền đến đó là mất, quy tắc này không bao giờ chạy
validate-laundering-loop = các quy tắc rửa tiền chuyển tiền vòng quanh: { $cycle }
validate-effect-wrong-target = hiệu ứng này không áp dụng cho mục tiêu loại { $target }
validate-ends-before-verdict-help = hãy đặt `ends` ít nhất là { $verdict }
validate-missing-line = thiếu tuyến tham chiếu `{ $line }`
validate-line-refused = tuyến tham chiếu `{ $line }`, thao tác { $n } lúc { $at }: quy tắc từ chối khi chạy (hạt giống { $seed })

## Translations
validate-missing-locale = không có thư mục ngôn ngữ `locales/{ $lang }/`
validate-missing-locale-help = hãy tạo locales/{ $lang }/{ $case }.ftl
validate-missing-message = thiếu thông điệp `{ $id }` trong { $lang }
validate-missing-message-help = hãy thêm `{ $id } = …` vào locales/{ $lang }/{ $case }.ftl
validate-missing-engine-message = thiếu thông điệp của engine `{ $id }` trong { $lang }
validate-missing-engine-message-help = hãy thêm `{ $id } = …` vào { $file }
validate-unused-message = thông điệp `{ $id }` đã được định nghĩa nhưng vụ án `{ $case }` không dùng đến
validate-unused-message-help = hãy xóa nó, dùng nó trong scenarios/{ $case }.ron, hoặc nếu cố ý thì thêm vào vụ án: allow: [(lint: "unused-message", id: "{ $id }", reason: "…")]
validate-untranslated-message = thông điệp `{ $id }` được đánh dấu `TODO translate` trong { $lang }, một ngôn ngữ vụ án khai báo
validate-untranslated-message-help = hãy dịch nó và xóa dòng chú thích, hoặc bỏ `{ $lang }` khỏi `languages` của vụ án cho đến khi dịch xong

## Semantic lints
validate-unreachable-inject-at = tình huống `{ $id }` xảy ra lúc { $at }, sau khi vụ án đã kết thúc
validate-unreachable-inject-when = tình huống `{ $id }` không bao giờ xảy ra: điều kiện kích hoạt cần điều mà không lượt chơi nào đạt tới
validate-inert-decision = dù học viên chọn gì ở tình huống `{ $id }` thì cũng không có gì thay đổi: không lựa chọn nào có hiệu ứng và không điều kiện nào đọc lựa chọn
validate-unreachable-choice = lựa chọn `{ $id }` không bao giờ được chọn: thời hạn là 0 nên lựa chọn mặc định được áp dụng ngay
validate-unused-account = tài khoản `{ $id }`: không khoản chuyển tiền hay quy tắc rửa tiền nào liên quan và nó không có tiền
validate-unreachable-account = không có tiền nào đến được tài khoản `{ $id }`
validate-unreachable-evidence = không có cách nào thu được chứng cứ `{ $id }`
validate-unset-flag = cờ `{ $id }` không bao giờ được đặt: không hiệu ứng nào đạt tới được thực hiện SetFlag("{ $id }")
validate-unreachable-criterion = tiêu chí `{ $id }` luôn được 0 điểm: { $why }
validate-unreachable-debrief = đoạn rút kinh nghiệm `{ $id }` không bao giờ hiện: điều kiện của nó cần điều mà không lượt chơi nào đạt tới
validate-never-succeeds-channel = kênh `{ $id }` không bao giờ thành công (success: 0)
validate-never-succeeds-service = dịch vụ `{ $id }` không bao giờ thành công (success: 0)
validate-duplicate-band = hai khung điểm cùng bắt đầu từ { $min }: chỉ một khung có thể được xếp
validate-allow-help = { $help }; nếu cố ý, hãy thêm vào vụ án: allow: [(lint: "{ $code }", id: "{ $id }", reason: "…")]

## allow entries
validate-unknown-lint = mã kiểm tra `{ $lint }` không tồn tại
validate-unknown-lint-help = hãy ghi mã đúng như `validate` hoặc `explore` in ra; mục 8 của scenarios/README.md liệt kê các mã
validate-allow-without-reason = `allow` cho `{ $lint }` không nêu lý do
validate-allow-without-reason-help = hãy nói vì sao đây là cố ý, cho tác giả sau
validate-unused-allow-id = không có gì để cho phép: không có cảnh báo `{ $lint }` nào về `{ $id }`
validate-unused-allow = không có gì để cho phép: không có cảnh báo `{ $lint }` nào
validate-unused-allow-help = hãy xóa mục này (chỉ cảnh báo mới được cho phép; lỗi thì phải sửa)

## Fixed texts
validate-no-languages = vụ án cần ít nhất một ngôn ngữ
validate-no-languages-help = ví dụ languages: ["zh-CN", "en-US"]
validate-no-sources = không có nguồn: hãy trích dẫn nơi lấy các quy tắc và số liệu của vụ án
validate-zero-payment = khoản chuyển 0 không có tác dụng gì
validate-amount-too-large = số tiền lớn một cách vô lý (trên 10^12)
validate-empty-legs = một quy tắc cần ít nhất một nhánh
validate-legs-not-100-help = hãy làm cho tổng các phần bằng 100
validate-rule-self-loop = quy tắc chuyển tiền trở lại chính tài khoản nó rút
validate-effect-wrong-target-help = hãy đổi `target` của dịch vụ hoặc đổi hiệu ứng
validate-unlawful-method-free = phương pháp trái luật mà không bị trừ điểm tuân thủ
validate-unlawful-method-free-help = hãy đặt `compliance:` bằng số điểm bị trừ
validate-untitled-source = nguồn `{ $source }` không có `title`: học viên sẽ thấy trích dẫn nguyên văn, bằng bất kỳ ngôn ngữ nào
validate-untitled-source-help = thêm `title: "<case>-src-<id>"` và ghi tên nguồn bằng mọi ngôn ngữ của tình huống (`note` chỉ dành cho tác giả, không bao giờ hiển thị)
validate-default-without-deadline = lựa chọn mặc định không có `deadline` thì không bao giờ được áp dụng
validate-deadline-without-default = có thời hạn thì cần một lựa chọn `default`
validate-phase-order = các giai đoạn phải theo thứ tự thời gian
validate-trial-order = bản án phải sau khi phiên tòa mở, và cả hai phải sau khi trình báo
validate-review-after-trial = việc viện kiểm sát xét truy tố phải sau khi trình báo và trước khi phiên tòa mở
validate-review-after-trial-help = hãy đặt `trial.review.at` trước khi phiên tòa mở ({ $opens })
validate-no-arrest-rule = cần lệnh bắt đã được phê chuẩn, nhưng vụ án không có quy tắc `measures.arrest`, hoặc dịch vụ không nhắm vào nghi phạm
validate-no-arrest-rule-help = hãy thêm `arrest: (approval: …, source: …)` vào `measures`, và chỉ yêu cầu nó ở dịch vụ nhắm vào nghi phạm
validate-share-range = phần hoàn trả là phần trăm: tối đa 100
validate-ends-before-verdict = vụ án phải kết thúc sau bản án
validate-empty-proof-link = một mắt xích chứng minh cần ít nhất một chứng cứ
validate-zero-weights = tổng trọng số của các tiêu chí bằng 0
validate-zero-weights-help = hãy cho mỗi tiêu chí một trọng số, ví dụ từ 10 đến 40
validate-weight-too-large = trọng số trên 1000: hãy dùng trọng số tương đối như 10–40
validate-no-bands = không có khung điểm nào
validate-no-bands-help = ví dụ thêm Band(min: 0, grade: "F", name: "grade-f")
validate-no-zero-band = không có khung nào bắt đầu từ 0: điểm thấp sẽ không có xếp loại
validate-band-range = điểm tối thiểu của một khung phải từ 0 đến 100
validate-missing-line-help = mỗi vụ án đều có các tuyến expert, passive và reckless
validate-laundering-dead-end-help = tiền phải dừng ở một tài khoản không có quy tắc, hoặc một tài khoản rút tiền mặt

## How to fix a warning
validate-unreachable-inject-at-help = hãy cho nó xảy ra trước `ends`
validate-unreachable-inject-when-help = hãy kiểm tra các cờ, chứng cứ, tình huống hoặc tài khoản mà điều kiện `When` của nó cần
validate-inert-decision-help = hãy cho một lựa chọn có hiệu ứng, hoặc đọc nó bằng Chose(inject: …, choice: …) trong một quy tắc, đoạn rút kinh nghiệm hoặc tiêu chí
validate-unreachable-choice-help = hãy cho học viên thời gian bằng một `deadline` lớn hơn 0
validate-unused-account-help = hãy chuyển tiền vào nó trong một khoản chuyển hoặc nhánh của một quy tắc, hoặc xóa nó
validate-statement-unreachable-help = thêm phần `analysis` (tài khoản trong nước và ví trên chuỗi khối truy vấn được), hoặc một kênh đến nước đó có dịch vụ với hiệu ứng Statement
validate-unused-fact-help = liệt kê nó trong một quy tắc `draft: (needs: [...])`, hoặc xóa nó
validate-unused-basis-help = liệt kê nó trong một quy tắc `draft: (bases: [...])`, hoặc xóa nó
validate-unreachable-account-help = hãy thêm một khoản chuyển hoặc một nhánh quy tắc dẫn đến nó
validate-unreachable-evidence-help = hãy cho nó `initially`, một phương pháp thu thập, một kênh thu được nó tại nơi lưu giữ, hoặc một hiệu ứng GiveEvidence
validate-unset-flag-help = hãy đặt nó trong hiệu ứng của một tình huống, lựa chọn, dịch vụ hoặc việc lộ tin, hoặc xóa nó
validate-unreachable-criterion-help = hãy đổi cách đo của nó, hoặc nội dung mà nó cần
validate-unreachable-debrief-help = hãy kiểm tra các cờ, chứng cứ, tình huống hoặc tài khoản mà nó cần
validate-never-succeeds-channel-help = hãy cho nó xác suất thành công trên 0, ví dụ 0.6
validate-never-succeeds-service-help = hãy cho nó xác suất thành công trên 0, hoặc bỏ phần ghi đè
validate-duplicate-band-help = hãy cho mỗi khung một điểm tối thiểu riêng

## Why a criterion always scores 0
validate-why-condition = điều kiện của nó cần điều mà không lượt chơi nào đạt tới
validate-why-no-suspects = vụ án không có nghi phạm
validate-why-no-identified = không nghi phạm nào có thể được xác định danh tính
validate-why-no-evidence = không chứng cứ nào vào được hồ sơ vụ án
validate-why-no-conviction = một mắt xích chứng minh không có chứng cứ nào mà lượt chơi thu được, hoặc không nghi phạm nào có thể bị bắt giữ
validate-why-no-payment = nạn nhân không chuyển tiền
