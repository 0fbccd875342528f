# Chứng cứ tại phiên tòa: máy chủ ở Sihanoukville (scenarios/evidence-at-trial.ron)
# Các tổ chức được nêu chung chung, không dùng tên ngân hàng thật; tên người là hư cấu.

## Vụ án

eat-title = Chứng cứ tại phiên tòa: máy chủ ở Sihanoukville
eat-summary = Ông Hoàng, một kỹ sư đã nghỉ hưu, bị "Vivian" tán tỉnh trên mạng suốt nhiều tháng rồi dẫn dụ vào một nền tảng tiền số giả. Ông đã mất 680.000 nhân dân tệ, phần lớn chuyển vào một thẻ ngân hàng ở Campuchia. Phần dòng tiền rất ngắn: chặn kịp khoản chuyển cuối cùng. Vụ án xoay quanh chứng cứ và thủ tục đi kèm: tin nhắn trên điện thoại của ông, nhật ký trò chuyện mà một cảnh sát Campuchia gửi qua ứng dụng nhắn tin sau một cuộc đột kích, máy chủ của nền tảng ở nước ngoài, và hồ sơ ngân hàng từ Campuchia. Viện kiểm sát sẽ xem xét hồ sơ trước khi truy tố; mười tháng sau, bên bào chữa sẽ phản đối từng chứng cứ. Hãy lập một hồ sơ đứng vững qua cả hai.
eat-obj-preserve = Cố định dữ liệu điện tử trên điện thoại của bị hại ngay khi tiếp nhận, bằng giá trị băm hoặc lưu chuỗi khối.
eat-obj-p2p = Phân biệt bản sao không chính thức với chứng cứ: tài liệu do cảnh sát nước ngoài chuyển giao qua cơ chế hợp tác cảnh sát quốc tế dùng được khi đã xác minh, có giải trình nguồn và việc lưu giữ; bản sao gửi qua ứng dụng nhắn tin chỉ là manh mối.
eat-obj-abroad = Không thu thập gì ở nước ngoài khi không có thẩm quyền hợp pháp: khám nghiệm từ xa cần được phê duyệt, có biên bản, giá trị băm, ghi hình và người chứng kiến; nếu không, hãy đề nghị nước sở tại.
eat-obj-party = Tài liệu gia đình bị hại lấy được ở nước ngoài phải được công chứng và hợp pháp hóa lãnh sự trước khi đưa vào hồ sơ.
eat-obj-trial = Trước khi Viện kiểm sát xem xét và tại phiên tòa, hãy bổ sung đủ thủ tục cho từng chứng cứ: giải trình nguồn gốc, bản giải trình có chữ ký của hai điều tra viên, bổ sung, hoặc rút lại.

## Trình báo và những gì đã biết

eat-statement = Lời khai của bị hại, ông Hoàng, 63 tuổi, kỹ sư đã nghỉ hưu: mùa xuân năm nay ông quen một phụ nữ tự xưng là Vivian trên một ứng dụng hẹn hò. Cô nói mình giao dịch tiền số cho một quỹ ở Singapore và cho ông xem một nền tảng mà lợi nhuận của cô tăng lên mỗi ngày. Ông mở tài khoản, nạp những khoản nhỏ và rút ra được. Rồi ông nạp nhiều hơn: 200.000 nhân dân tệ cách đây bốn mươi ngày, 240.000 cách đây hai mươi ngày, 120.000 cách đây sáu ngày như một khoản "thuế" để giải phóng lợi nhuận, tất cả vào một thẻ ngân hàng ở Campuchia. Nửa giờ trước ông đã trả 120.000 nhân dân tệ "phí mở khóa" vào một thẻ trong nước. Nền tảng vẫn hiển thị tài khoản của ông bị phong tỏa. Vivian không nghe điện thoại nữa, chỉ trả lời tin nhắn.
eat-known-transfers = Bốn biên lai chuyển khoản: 200.000, 240.000 và 120.000 nhân dân tệ vào cùng một thẻ Campuchia (một ngân hàng thương mại ở Phnôm Pênh), cách đây 40, 20 và 6 ngày; 120.000 nhân dân tệ cách đây 25 phút vào một thẻ trong nước tại một ngân hàng thương mại nông thôn.
eat-known-phone = Điện thoại của ông còn tin nhắn nhiều tháng với "Vivian" trên một ứng dụng nhắn tin nước ngoài, có địa chỉ trang web của nền tảng và ảnh chụp màn hình "lợi nhuận" của ông. Cán bộ trực ban đã sao chép điện thoại khi tiếp nhận; chưa tính giá trị băm.
eat-known-platform = Địa chỉ trang web của nền tảng trỏ tới một máy chủ trong một trung tâm dữ liệu ở Phnôm Pênh; ứng dụng nhắn tin cho phép bất kỳ bên nào xóa tin nhắn "ở cả hai phía".
eat-known-trial = Mọi thứ đưa vào hồ sơ bây giờ sẽ được đọc hai lần: bởi Viện kiểm sát, nơi sẽ trả hồ sơ để điều tra bổ sung nếu một mắt xích chứng minh không có gì đưa ra tòa được, và bởi bên bào chữa. Với chứng cứ từ nước ngoài, tòa án xem xét nguồn, người cung cấp, thời điểm cung cấp, người trích xuất và thời điểm trích xuất.
eat-victim-name = Ông Hoàng

## Địa danh và tổ chức

eat-jur-cn = Trung Quốc
eat-jur-kh = Campuchia
eat-inst-cn-bank-wz = Một ngân hàng quốc doanh, chi nhánh Ôn Châu
eat-inst-cn-bank-rural = Một ngân hàng thương mại nông thôn
eat-inst-cn-otc = Một người mua bán USDT phi tập trung ở Trung Quốc
eat-inst-kh-bank-pp = Một ngân hàng thương mại ở Phnôm Pênh
eat-inst-kh-otc = Một điểm đổi USDT ở Sihanoukville

## Tài khoản

eat-acc-huang = Tài khoản tiết kiệm của ông Hoàng
eat-acc-cn-mule = Thẻ nhận tiền trong nước (đuôi 3356, thẻ thuê)
eat-acc-cn-usdt = Tài khoản của người mua bán USDT trong nước
eat-acc-kh-card = Thẻ Campuchia (Phnôm Pênh, đuôi 8041)
eat-acc-kh-usdt = Điểm đổi USDT ở Sihanoukville

## Biện pháp trong nước

eat-ground-case-filed = Đã khởi tố vụ án hình sự
eat-ground-fund-link = Tài khoản đã nhận tiền của bị hại (có biên lai chuyển khoản)

## Kênh hợp tác với nước ngoài

eat-ch-mla = Tương trợ tư pháp (Campuchia)
eat-ch-liaison = Hợp tác cảnh sát với Campuchia (sĩ quan liên lạc tại Phnôm Pênh)
eat-ch-lm = Trung tâm Hợp tác thực thi pháp luật và an ninh tổng hợp Lan Thương – Mê Kông (Côn Minh)
eat-req-case-filed = đề nghị ra nước ngoài cần vụ án đã được khởi tố
eat-el-facts = Tóm tắt nội dung vụ việc
eat-el-legal-basis = Căn cứ pháp lý (tội danh và điều luật)
eat-el-translation = Bản dịch sang tiếng Khmer
eat-el-target-details = Nội dung đề nghị (thiết bị, máy chủ, số tài khoản, chủ tài khoản)
eat-el-approval = Phê duyệt của cơ quan có thẩm quyền
eat-el-custody-record = Đề nghị kèm biên bản thu giữ và biên bản trích xuất (chuỗi lưu giữ, giá trị băm)
eat-el-identity = Thông tin nhân thân của đối tượng
eat-sv-mla-evidence = Đề nghị cung cấp chứng cứ theo đường chính thức
eat-sv-liaison-records = Chuyển giao chứng cứ qua hợp tác cảnh sát, kèm văn bản chuyển giao
eat-sv-lm-repatriate = Chuyển giao và đưa về nước đối tượng đang bị tạm giữ

## Đối tượng

eat-sus-vivian = Kẻ nhắn tin đóng vai "Vivian"
eat-role-vivian = Nhắn tin với ông Hoàng theo kịch bản, từ một khu tổ hợp ở Sihanoukville
eat-sus-card-holder = Chủ thẻ Campuchia
eat-role-card-holder = Công dân Trung Quốc, người mở thẻ và quản lý các tài khoản của khu tổ hợp

## Chứng cứ

eat-ev-statement = Lời khai của bị hại
eat-ev-receipts = Biên lai chuyển khoản
eat-ev-victim-chats = Tin nhắn với "Vivian" trên điện thoại của bị hại
eat-ev-den-chats = Nhật ký trò chuyện của điện thoại thu giữ từ "Vivian"
eat-ev-server = Dữ liệu quản trị của nền tảng (máy chủ trong một trung tâm dữ liệu ở Phnôm Pênh)
eat-ev-kh-bank = Hồ sơ ngân hàng của thẻ Campuchia
eat-ev-family-statements = Sao kê thẻ do con gái bị hại lấy được
eat-m-handover = Nhận bản xuất dữ liệu do cảnh sát Campuchia chuyển giao qua cơ chế hợp tác cảnh sát quốc tế (cuộc đột kích không lập biên bản thu giữ hay trích xuất)
eat-m-remote-inspection = Khám nghiệm từ xa trang quản trị, có phê duyệt, biên bản ghi đường dẫn, phương pháp, thời gian và công cụ, giá trị băm, ghi hình và hai người chứng kiến (không hỏi ý kiến Campuchia)
eat-src-report = Biên bản tiếp nhận trình báo
eat-src-receipts = Biên lai ngân hàng điện tử do bị hại cung cấp
eat-src-phone = Điện thoại của bị hại (sao chép khi tiếp nhận)
eat-src-screenshots = Ảnh chụp màn hình trên điện thoại của con gái (cuộc trò chuyện gốc đã bị xóa)
eat-src-messenger = Tệp gửi qua ứng dụng nhắn tin cho sĩ quan liên lạc
eat-src-handover = Bản xuất dữ liệu của điện thoại bị thu giữ, chuyển giao tại văn phòng sĩ quan liên lạc kèm công văn
eat-src-server-remote = Trang quản trị của nền tảng (đăng nhập từ Trung Quốc, không phê duyệt, không biên bản)
eat-src-server-inspection = Trang quản trị của nền tảng (biên bản khám nghiệm từ xa, giá trị băm, ghi hình)
eat-src-kh-lawyer = Sao kê do ngân hàng Campuchia cấp cho một luật sư địa phương
eat-who-huang = Ông Hoàng
eat-who-duty-officer = Cán bộ trực ban
eat-who-daughter = Con gái ông Hoàng
eat-who-kh-officer = Một cán bộ cảnh sát Campuchia, không chính thức
eat-who-kh-police = Cảnh sát Quốc gia Campuchia, qua cơ chế hợp tác cảnh sát quốc tế
eat-who-kh-technician = Một kỹ thuật viên cảnh sát Campuchia (không có biên bản trích xuất)
eat-who-unknown = Không rõ (không có biên bản trích xuất)
eat-who-none = Không có (chưa được nước sở tại cho phép)
eat-who-inspection = Máy chủ của nền tảng, khám nghiệm từ xa trước hai người chứng kiến
eat-who-tech-unit = Đơn vị kỹ thuật an ninh mạng
eat-who-kh-lawyer = Một luật sư ở Phnôm Pênh

## Sự kiện và lựa chọn

eat-from-duty-chief = Chỉ huy trực ban
eat-from-huang = Ông Hoàng
eat-from-liaison = Sĩ quan liên lạc cảnh sát tại Phnôm Pênh
eat-from-tech = Đơn vị kỹ thuật an ninh mạng
eat-from-daughter = Con gái ông Hoàng
eat-from-embassy = Phòng lãnh sự, Đại sứ quán Trung Quốc tại Phnôm Pênh
eat-from-prosecutor = Viện kiểm sát
eat-inj-intake = Đơn trình báo của ông Hoàng đã được tiếp nhận. Khởi tố vụ án hình sự ngay, hay xác minh sơ bộ trước? Muốn phong tỏa, và muốn gửi bất kỳ đề nghị nào ra nước ngoài, thì vụ án phải được khởi tố.
eat-opt-file-now = Khởi tố vụ án ngay
eat-opt-verify-first = Xác minh sơ bộ trước, rồi mới khởi tố
eat-inj-phone-back = "Tôi lấy lại điện thoại được chưa? Tôi muốn về nhà, Vivian có thể sẽ nhắn cho tôi." Trong lúc chờ, ông vẫn để ứng dụng nhắn tin mở.
eat-inj-case-filed-late = Việc xác minh sơ bộ đã xong, tôi quyết định khởi tố vụ án: hai ngày sau khi nhận trình báo.
eat-inj-chats-recalled = (gọi điện, buổi sáng) "Qua một đêm, mọi tin nhắn của Vivian biến mất khỏi điện thoại của tôi. Ứng dụng báo chúng đã bị xóa ở cả hai phía. Tuần trước con gái tôi có chụp màn hình một phần; cháu có thể gửi cho các anh."
eat-inj-raid = Đêm qua cảnh sát Campuchia đột kích một khu tổ hợp ở Sihanoukville và tạm giữ 46 người, trong đó có người đàn ông đóng vai "Vivian". Một cán bộ cảnh sát Campuchia đã gửi cho tôi, qua ứng dụng nhắn tin, nhật ký trò chuyện xuất từ điện thoại của người này, trong đó có một thư mục tên "Hoàng": một bản sao không chính thức, không có lời nào về cách lấy được. Cảnh sát Campuchia sẵn sàng chuyển giao chính thức bản xuất dữ liệu này qua cơ chế hợp tác cảnh sát quốc tế, tại văn phòng của tôi trong vài ngày; trong cuộc đột kích họ không lập biên bản thu giữ và biên bản trích xuất, nên không thể cung cấp.
eat-inj-remote-offer = Trong nhật ký trò chuyện có mật khẩu quản trị của trang quản lý nền tảng, trên một máy chủ ở trung tâm dữ liệu tại Phnôm Pênh. Ta có thể đăng nhập ngay từ đây và tải về sổ cái, các địa chỉ nhận tiền và tài khoản của những kẻ nhắn tin: không phê duyệt, không biên bản. Hoặc làm đúng quy định: khám nghiệm từ xa được phê duyệt trong vụ án đã khởi tố, có biên bản (đường dẫn, phương pháp, thời gian, công cụ), giá trị băm, ghi hình, hai người chứng kiến; Campuchia không được hỏi ý kiến và sẽ phản đối. Hoặc đề nghị Campuchia cung cấp dữ liệu qua tương trợ tư pháp. Có đăng nhập ngay không?
eat-opt-by-the-rules = Không đi đường tắt. Chỉ khám nghiệm từ xa có phê duyệt và biên bản, hoặc đề nghị Campuchia
eat-opt-log-in = Đăng nhập ngay và tải toàn bộ về
eat-cmp-remote = Điều tra viên đăng nhập vào máy chủ ở nước ngoài khi không có phê duyệt, không có biên bản và chưa được nước sở tại cho phép.
eat-msg-friction = Đã khám nghiệm từ xa và lập biên bản. Phía Campuchia đã phản đối, qua sĩ quan liên lạc, việc một máy chủ trên lãnh thổ của họ bị truy cập mà họ không hay biết.
eat-inj-family-statements = Cô mang đến sao kê của thẻ Campuchia mà một luật sư ở Phnôm Pênh đã lấy từ ngân hàng: các khoản tiền vào, và các khoản rút sang một điểm đổi USDT. Cô đề nghị đưa chúng vào hồ sơ.
eat-opt-authenticate = Tiếp nhận, và làm thủ tục công chứng tại Campuchia, hợp pháp hóa tại Đại sứ quán Trung Quốc (khoảng tám tuần)
eat-opt-file-as-is = Đưa vào hồ sơ như hiện trạng
eat-opt-decline = Từ chối, chờ hồ sơ ngân hàng qua một kênh hợp tác
eat-inj-authenticated = Sao kê thẻ đã được gửi trả: đã được công chứng viên Campuchia chứng nhận và Đại sứ quán hợp pháp hóa.
eat-inj-prosecutor-review = Năm ngày nữa hồ sơ vụ án sẽ chuyển đến chúng tôi để xem xét truy tố. Mỗi mắt xích chứng minh cần một chứng cứ đưa ra tòa được: chứng cứ từ nước ngoài phải giải trình nguồn, người cung cấp, thời điểm cung cấp, người trích xuất và thời điểm trích xuất; tài liệu được chuyển giao mà không có hồ sơ lưu giữ thì cần bản giải trình có chữ ký của hai điều tra viên. Mắt xích nào trống, chúng tôi trả hồ sơ để điều tra bổ sung, mỗi lần một tháng, nhiều nhất hai lần. Bên bào chữa đã tuyên bố sẽ phản đối các chứng cứ từ Campuchia.

## Giai đoạn

eat-phase-intake = Giai đoạn 1: tiếp nhận trình báo
eat-phase-evidence = Giai đoạn 2: xây dựng hồ sơ
eat-phase-trial = Giai đoạn 3: xem xét truy tố và xét xử

## Phiên tòa

eat-chal-unlawful = Điều tra viên đã đăng nhập từ Trung Quốc vào một máy chủ ở nước ngoài, bằng mật khẩu lấy từ tin nhắn, không có phê duyệt, không có biên bản và chưa được nước sở tại cho phép. Dữ liệu được thu thập trái pháp luật và phải bị loại bỏ.
eat-excl-unlawful = điều tra viên không có thẩm quyền thu thập chứng cứ ở nước ngoài khi chưa được cho phép; một cuộc xâm nhập không phê duyệt, không biên bản vi phạm nghiêm trọng thủ tục tố tụng, không thể khắc phục hay giải thích hợp lý.
eat-chal-p2p = Nhật ký trò chuyện này được một cảnh sát gửi cho một cảnh sát khác qua ứng dụng nhắn tin. Không có gì giải trình cách lấy được chúng: không có chuyển giao, không có biên bản, không có giá trị băm; không ai nói được chúng lấy từ điện thoại nào hay có bị sửa đổi hay không.
eat-excl-p2p = đây là một bản sao không chính thức, không có giải trình về nguồn, người cung cấp, việc trích xuất hay lưu giữ; không thể kiểm chứng và không thể làm căn cứ cho bản án. Nếu được chuyển giao qua cơ chế hợp tác cảnh sát quốc tế, cùng dữ liệu đó đã dùng được sau khi xác minh.
eat-chal-undocumented = Cảnh sát Campuchia đã chuyển giao nhật ký trò chuyện này mà không có hồ sơ về việc phát hiện, lưu giữ và chuyển giao.
eat-excl-undocumented = khi cảnh sát nước ngoài không cung cấp hồ sơ lưu giữ, cơ quan công an phải giải trình bằng văn bản về nguồn, quá trình chuyển giao, loại, số lượng và đặc điểm của tài liệu, có chữ ký của hai điều tra viên trở lên và đóng dấu; lời giải trình miệng không thay thế được.
eat-chal-screenshots = Tin nhắn gốc không còn nữa. Đây là ảnh chụp màn hình do người thân chụp; không có gì cho thấy chúng đầy đủ và chưa bị sửa đổi.
eat-excl-screenshots = ảnh chụp màn hình không thể đối chiếu với bản gốc hay một bản sao đã được cố định, và không có chứng cứ nào được chấp nhận củng cố chúng.
eat-chal-unpreserved = Không có giá trị băm nào được ghi lại khi dữ liệu điện tử này đến đơn vị thụ lý vụ án; tính toàn vẹn của nó đáng ngờ.
eat-excl-unpreserved = tính toàn vẹn của dữ liệu điện tử không được chứng minh.
eat-chal-provenance = Chứng cứ này đến từ Campuchia. Bên buộc tội phải chứng minh nguồn, người cung cấp, thời điểm cung cấp, người trích xuất và thời điểm trích xuất.
eat-excl-provenance = bên buộc tội không giải trình được nguồn và việc trích xuất chứng cứ nước ngoài này; không thể làm căn cứ cho bản án.
eat-chal-party = Những sao kê này do gia đình bị hại lấy được ở nước ngoài qua một luật sư tư. Chúng không được công chứng, cũng không được hợp pháp hóa lãnh sự.
eat-excl-party = chứng cứ từ nước ngoài do đương sự cung cấp phải được công chứng tại nước nơi lập ra và được hợp pháp hóa lãnh sự; các sao kê này chưa làm thủ tục đó.
eat-proof-deception = Hành vi lừa đảo: danh tính giả và nền tảng giả
eat-proof-money = Dòng tiền: tiền của bị hại đã vào một tài khoản do băng nhóm kiểm soát
eat-proof-identity = Bị cáo chính là người đứng sau "Vivian"

## Chấm điểm

eat-cr-admitted = Chứng cứ được tòa chấp nhận
eat-cr-convicted = Kết án
eat-cr-compliance = Tuân thủ pháp luật
eat-cr-custody = Đối tượng đã đưa về nước
eat-cr-recovered = Khoản chuyển cuối đã trả lại cho bị hại
eat-cr-chats = Tin nhắn của bị hại vẫn kiểm chứng được
eat-cr-ready = Hồ sơ đầy đủ ngay lần xem xét truy tố đầu tiên
eat-cr-host = Không tranh chấp chủ quyền với Campuchia
eat-band-a = Xuất sắc
eat-band-b = Khá
eat-band-c = Đạt
eat-band-d = Cần cố gắng
eat-band-f = Không đạt

## Nguồn (như học viên thấy)

eat-src-pboc-86 = Thông tư của Ngân hàng Nhân dân Trung Quốc và Bộ Công an Trung Quốc về cơ chế dừng thanh toán khẩn cấp và phong tỏa nhanh, Ngân phát [2016] số 86
eat-src-mps-freeze = Quy định về thủ tục giải quyết vụ án hình sự của cơ quan công an Trung Quốc (phong tỏa)
eat-src-cbrc-mps-12 = Quy định của Ủy ban Giám sát Ngân hàng và Bộ Công an Trung Quốc về trả lại tiền bị phong tỏa trong vụ án lừa đảo viễn thông (2016), Điều 12
eat-src-icja-2018 = Luật Tương trợ tư pháp hình sự quốc tế của Trung Quốc (2018), các Điều 2, 9, 10 và 14
eat-src-tcy-2014 = Ủy ban Công ước về tội phạm mạng (T-CY) của Hội đồng châu Âu, báo cáo đánh giá về tương trợ tư pháp (2014)
eat-src-opinion-2016 = Ý kiến của Tòa án nhân dân tối cao, Viện kiểm sát nhân dân tối cao và Bộ Công an Trung Quốc về giải quyết vụ án hình sự lừa đảo viễn thông và trên mạng, Pháp phát [2016] số 32, phần 6
eat-src-opinion-2021 = Ý kiến (II) của Tòa án nhân dân tối cao, Viện kiểm sát nhân dân tối cao và Bộ Công an Trung Quốc về giải quyết vụ án hình sự lừa đảo viễn thông và trên mạng (2021), Điều 14
eat-src-e-data-2016 = Quy định của Tòa án nhân dân tối cao, Viện kiểm sát nhân dân tối cao và Bộ Công an Trung Quốc về thu thập, trích xuất, xem xét và đánh giá dữ liệu điện tử trong vụ án hình sự (2016); Quy tắc thu thập dữ liệu điện tử của cơ quan công an Trung Quốc (2019)
eat-src-lm-lecc = Trung tâm Hợp tác thực thi pháp luật và an ninh tổng hợp Lan Thương – Mê Kông (Côn Minh, 2017), các chiến dịch tháng 8–12/2024 (Tân Hoa xã)
eat-src-cpl-56 = Bộ luật Tố tụng hình sự Trung Quốc, Điều 56
eat-src-cpl-175 = Bộ luật Tố tụng hình sự Trung Quốc, Điều 175
eat-src-spc-405 = Giải thích của Tòa án nhân dân tối cao Trung Quốc về áp dụng Bộ luật Tố tụng hình sự (2012), Điều 405
eat-src-spp-online-37 = Quy định của Viện kiểm sát nhân dân tối cao Trung Quốc về giải quyết vụ án tội phạm mạng (2021), Điều 37
eat-src-spc-online-16 = Quy tắc tố tụng trực tuyến của Tòa án nhân dân tối cao Trung Quốc (2021), Điều 16
eat-src-no-authority-abroad = Chu Vũ Tình, Nghiên cứu hợp tác thực thi pháp luật quốc tế đối với lừa đảo viễn thông "sát trư bàn", mục III.3
eat-src-budapest-32b = Công ước về tội phạm mạng của Hội đồng châu Âu (Công ước Budapest), Điều 32(b)
eat-src-design-defaults = Giả định huấn luyện của vụ án này (thời gian, xác suất, hiệp định với Campuchia): không phải nguồn pháp lý
eat-src-base-rate = Số liệu của INTERPOL (tháng 1/2025) và FATF về thu hồi tài sản do phạm tội mà có

## Rút kinh nghiệm

eat-db-base-rate = Bối cảnh: tháng 1 năm 2025, INTERPOL cho biết 99 % tài sản do phạm tội mà có không bao giờ được thu hồi; FATF ước tính tỷ lệ tiền phạm tội bị thu giữ dưới 2 %. Số tiền chuyển sang Campuchia từ nhiều tuần trước đã mất trước khi có trình báo; điều còn giành lại được là khoản chuyển cuối cùng, và phiên tòa.
eat-db-domestic-kept = Khoản chuyển cuối đã bị dừng trên thẻ trong nước trước khi băng nhóm chuyển đi theo lô, rồi bị phong tỏa và trả lại. Lệnh dừng thanh toán khẩn cấp có hiệu lực trong vài phút và kéo dài 48 giờ: đủ để kịp phong tỏa.
eat-db-domestic-lost = 120.000 nhân dân tệ cuối cùng đã rời thẻ trong nước sang một người mua bán USDT trước khi có biện pháp nào chặn lại. Lệnh dừng thanh toán khẩn cấp có hiệu lực trong vài phút và kéo dài 48 giờ; hãy ra lệnh ngay, rồi phong tỏa.
eat-db-filed-late = Bạn không khởi tố vụ án ngay. Muốn phong tỏa thì phải có căn cứ là vụ án đã được khởi tố và phải được thủ trưởng cơ quan công an cấp huyện trở lên phê duyệt: mỗi giờ chậm trễ là một giờ băng nhóm có thể tận dụng.
eat-db-chats-preserved = Tin nhắn trên điện thoại của ông Hoàng đã được cố định ngay khi tiếp nhận, trước khi ứng dụng xóa chúng, nên bản trong hồ sơ vẫn kiểm chứng được tại phiên tòa. Giá trị băm ghi lại cùng với việc trích xuất (đường dẫn, phương pháp, thời gian, công cụ) cho phép tòa kiểm tra tính toàn vẹn; dữ liệu khớp với bản lưu trên chuỗi khối được suy đoán là không bị sửa đổi kể từ khi đưa lên chuỗi (với vụ án hình sự chỉ áp dụng tương tự).
eat-db-chats-lost = Tin nhắn không được cố định khi tiếp nhận. Qua một đêm, ứng dụng đã xóa chúng "ở cả hai phía", và bản sao lúc tiếp nhận không còn gì để đối chiếu: chỉ còn ảnh chụp màn hình của con gái. Dữ liệu điện tử phải được cố định ngay khi trích xuất, ghi lại đường dẫn, phương pháp, thời gian, công cụ và giá trị băm.
eat-db-screenshots-saved = Ảnh chụp màn hình đứng vững chỉ vì phía bên kia của cùng cuộc trò chuyện, từ điện thoại thu giữ ở Campuchia và đã được tòa chấp nhận, củng cố chúng.
eat-db-p2p-excluded = Bản duy nhất của nhật ký trò chuyện từ điện thoại bị thu giữ trong hồ sơ là bản một cán bộ Campuchia gửi qua ứng dụng nhắn tin: một bản sao không chính thức, không có giải trình về cách lấy được. Nó giúp xác định "Vivian", nhưng không chứng minh được hắn là ai. Quy định của Trung Quốc chấp nhận tài liệu được chuyển giao qua cơ chế hợp tác cảnh sát quốc tế khi đã xác minh và cơ quan công an giải trình nguồn, người cung cấp, thời điểm và việc lưu giữ: cảnh sát Campuchia đã sẵn sàng chuyển giao.
eat-db-p2p-hashed = Bạn đã tính giá trị băm cho nhật ký trò chuyện mà cán bộ Campuchia gửi qua ứng dụng nhắn tin. Việc đó chỉ cố định những gì đã đến tay ta, kể từ thời điểm ấy; nó không nói được chúng đến từ điện thoại nào hay đã trải qua những gì trước đó. Chuyển giao qua cơ chế hợp tác cảnh sát quốc tế, hoặc qua tương trợ tư pháp, mới cho tòa một nguồn xem xét được.
eat-db-handover-attested = Cảnh sát Campuchia đã chuyển giao nhật ký trò chuyện qua cơ chế hợp tác cảnh sát quốc tế, không kèm hồ sơ về việc phát hiện, lưu giữ và chuyển giao. Bạn đã trả lời bằng bản giải trình về nguồn, quá trình chuyển giao, loại, số lượng và đặc điểm, có chữ ký của hai điều tra viên và đóng dấu, và tòa đã chấp nhận.
eat-db-handover-unattested = Nhật ký trò chuyện do cảnh sát Campuchia chuyển giao không kèm hồ sơ lưu giữ. Câu trả lời mà quy định đòi hỏi là bản giải trình về nguồn, quá trình chuyển giao, loại, số lượng và đặc điểm, có chữ ký của hai điều tra viên trở lên và đóng dấu; không có bản đó, tòa đã loại bỏ chúng.
eat-db-p2p-formal = Nhật ký trò chuyện của điện thoại bị thu giữ, thu thập qua tương trợ tư pháp kèm biên bản thu giữ và trích xuất, đã được chấp nhận sau khi bạn giải trình nguồn, người cung cấp và thời điểm trích xuất.
eat-db-remote = Đơn vị kỹ thuật đã đăng nhập vào máy chủ ở nước ngoài bằng mật khẩu lấy từ tin nhắn, không phê duyệt, không biên bản. Điều tra viên không có thẩm quyền thu thập chứng cứ ở nước ngoài khi không được cho phép hợp pháp; Trung Quốc không phải thành viên Công ước Budapest, và Điều 32(b) của công ước này cũng chỉ cho phép truy cập xuyên biên giới khi có sự đồng ý hợp pháp và tự nguyện. Khám nghiệm từ xa có phê duyệt, biên bản, giá trị băm, ghi hình và người chứng kiến là có quy định; một cuộc xâm nhập không có điều kiện nào trong số đó thì không. Việc này đã bị trừ điểm tuân thủ, và Campuchia đã phản đối.
eat-db-remote-replaced = Dữ liệu máy chủ sau đó đã được thu thập hợp pháp qua tương trợ tư pháp, và bản này thay thế bản tải về trong hồ sơ. Bản hợp pháp dùng được; điểm tuân thủ bị trừ vì việc đăng nhập thì vẫn mất.
eat-db-inspection = Bạn đã khám nghiệm từ xa trang quản trị, có phê duyệt, biên bản ghi đường dẫn, phương pháp, thời gian và công cụ, giá trị băm, ghi hình và hai người chứng kiến: dữ liệu hợp pháp và tòa xem xét được cách trích xuất. Campuchia, không được hỏi ý kiến, đã phản đối việc một máy chủ trên lãnh thổ của họ bị truy cập: va chạm chủ quyền là một cái giá thật, kể cả khi tòa chấp nhận dữ liệu.
eat-db-declined-remote = Bạn từ chối đăng nhập và đề nghị Campuchia cung cấp dữ liệu máy chủ. Trung Quốc không phải thành viên Công ước Budapest, và ngay cả Điều 32(b) của công ước này cũng chỉ cho phép truy cập xuyên biên giới khi có sự đồng ý hợp pháp và tự nguyện: đề nghị nước sở tại mất nhiều tháng, nhưng không gây tranh chấp, và dữ liệu đến kèm nguồn gốc mà tòa án xem xét được.
eat-db-bank-formal = Hồ sơ ngân hàng Campuchia, có xác nhận của ngân hàng và do cơ quan có thẩm quyền Campuchia chuyển qua tương trợ tư pháp, đã được chấp nhận: với chứng cứ từ nước ngoài, tòa án xem xét nguồn, người cung cấp, thời điểm cung cấp, người trích xuất và thời điểm trích xuất, và bạn đã giải trình đủ.
eat-db-bank-coop = Hồ sơ ngân hàng Campuchia, do cảnh sát Campuchia chuyển giao qua cơ chế hợp tác cảnh sát quốc tế kèm văn bản chuyển giao, đã được chấp nhận sau khi bạn giải trình nguồn, người cung cấp và thời điểm: tài liệu từ hợp tác cảnh sát dùng được khi đã xác minh.
eat-db-bank-excluded = Hồ sơ ngân hàng Campuchia đã bị loại bỏ: nguồn gốc của chúng không được giải trình khi bên bào chữa phản đối.
eat-db-party-admitted = Sao kê do con gái lấy được đã được công chứng tại Campuchia và Đại sứ quán hợp pháp hóa, và bạn đã xuất trình giấy hợp pháp hóa khi bên bào chữa phản đối: chúng được chấp nhận.
eat-db-party-excluded = Sao kê do con gái lấy được đã bị loại bỏ: chứng cứ từ nước ngoài do đương sự cung cấp cần được công chứng tại nước nơi lập ra và hợp pháp hóa lãnh sự, và một lời giải trình không thay thế được các thủ tục đó.
eat-db-returned = Viện kiểm sát đã trả hồ sơ để điều tra bổ sung: một mắt xích chứng minh không có gì đưa ra tòa được. Mỗi lần trả hồ sơ mất một tháng và phiên tòa bị hoãn theo; sau hai lần, Viện kiểm sát quyết định không truy tố. Biên bản còn thiếu phải được bổ sung trước khi xem xét truy tố, chứ không phải đến phiên tòa mới phát hiện.
eat-db-mla-months = Tương trợ tư pháp rất chậm: năm 2014, T-CY của Hội đồng châu Âu ghi nhận từ 6 đến 24 tháng (ở đây được rút ngắn để phiên tòa dùng được các phản hồi), và việc soạn thảo, phê duyệt và dịch sang tiếng Khmer mất nhiều ngày trước khi đề nghị được gửi đi. Hãy đề nghị sớm và đầy đủ: tóm tắt vụ việc, căn cứ pháp lý, bản dịch, nội dung đề nghị, phê duyệt, và các biên bản chứng minh chuỗi lưu giữ.
eat-db-no-request = Không có tài liệu nào từ Campuchia vào hồ sơ qua một kênh hợp tác: không có chuyển giao qua hợp tác cảnh sát, không có đề nghị tương trợ tư pháp.
eat-db-no-custody = Không có đối tượng nào được đưa về nước, nên không thể kết án. Đối tượng bị tạm giữ trong một cuộc đột kích ở Campuchia có thể được chuyển giao qua Trung tâm Lan Thương – Mê Kông.
eat-db-convicted = Tòa án xác định hành vi lừa đảo, dòng tiền và danh tính bị cáo đã được chứng minh bằng chứng cứ hợp pháp, kiểm chứng được, và tuyên có tội.
eat-db-not-convicted = Không kết án được: chuỗi chứng minh không đầy đủ, các chứng cứ then chốt bị loại bỏ, hoặc Viện kiểm sát không bao giờ truy tố. Chứng cứ thu thập trái thủ tục tố tụng bị loại bỏ nếu không thể khắc phục hay giải thích hợp lý, và tài liệu không kiểm chứng được nguồn không thể làm căn cứ cho bản án.
