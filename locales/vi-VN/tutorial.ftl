# Bài hướng dẫn (scenarios/tutorial.ron): các thao tác và ba loại quyết định, trong khoảng mười phút.
# Tên các nút được dẫn theo giao diện tiếng Việt (locales/vi-VN/ui.ftl).

## Vụ việc

tut-title = Bài hướng dẫn: mười phút đầu tiên
tut-summary = Hãy bắt đầu từ đây. Một vụ việc ngắn, dễ tính, dạy bạn các thao tác (đồng hồ, sơ đồ dòng tiền, các thẻ bên cạnh, bảng sự kiện) và ba loại quyết định có trong mọi vụ việc: khi nào dừng thanh toán hay phong tỏa tiền, dùng kênh nào để làm việc với nước ngoài, và làm sao thu được chứng cứ mà tòa án chấp nhận. Giảng viên sẽ hướng dẫn bạn từng bước.
tut-obj-controls = Chạy, tạm dừng, tăng tốc và nhảy đồng hồ; đọc sơ đồ, các thẻ và bảng sự kiện; biết vì sao một nút bị làm mờ.
tut-obj-freeze = Thời điểm phong tỏa: chặn kịp số tiền còn ở trong nước, rồi phong tỏa và hoàn trả.
tut-obj-channels = Lựa chọn kênh: giữ nhanh tài khoản ở nước ngoài qua INTERPOL, rồi tiếp nối bằng kênh chính thức.
tut-obj-evidence = Tính chấp nhận của chứng cứ: cố định dữ liệu điện tử; phân biệt bản sao không chính thức với tài liệu có nguồn gốc được giải trình.

## Trình báo và những gì đã biết

tut-statement = Lời khai của bị hại, bà Chu: bà quen trên mạng một người đàn ông tự xưng là kỹ sư máy tàu biển, bị ông ta thuyết phục tham gia một khoản "đầu tư vận tải biển". Hôm qua bà chuyển 30.000 nhân dân tệ vào một thẻ ngân hàng ở Việt Nam. Mười lăm phút trước, bà chuyển tiếp 50.000 nhân dân tệ vào một thẻ trong nước do ông ta đưa. Giờ ông ta không trả lời nữa.
tut-known-transfers = Hai biên lai chuyển khoản: 30.000 nhân dân tệ cách đây 20 giờ vào một thẻ ngân hàng Việt Nam; 50.000 nhân dân tệ cách đây 15 phút vào một thẻ trong nước (thẻ A).
tut-known-abroad = Thẻ Việt Nam là tài khoản ở nước ngoài: các biện pháp trong nước không với tới được.
tut-known-howto = Đây là bài tập có hướng dẫn. Bấm "Bắt đầu tác nghiệp": tin nhắn đầu tiên của giảng viên đang chờ bạn.
tut-victim-name = Bà Chu

## Địa danh, tổ chức, tài khoản

tut-jur-cn = Trung Quốc
tut-jur-vn = Việt Nam
tut-inst-cn-bank = Một ngân hàng thương mại ở Trung Quốc
tut-inst-cn-pay = Một công ty thanh toán bên thứ ba
tut-inst-cn-otc = Một người mua bán USDT ở Trung Quốc
tut-inst-vn-bank = Một ngân hàng thương mại ở TP. Hồ Chí Minh
tut-inst-vn-cash = Rút tiền mặt tại Việt Nam
tut-acc-zhou = Tài khoản của bà Chu
tut-acc-card-a = Thẻ A (thẻ ông ta đưa cho bà)
tut-acc-card-b = Thẻ B (lớp thứ hai, tài khoản thanh toán)
tut-acc-cn-usdt = Tài khoản của người mua bán USDT
tut-acc-vn-card = Thẻ Việt Nam (TP. Hồ Chí Minh)
tut-acc-vn-cash-out = Rút tiền mặt tại Việt Nam

## Biện pháp và kênh

tut-ground-case-filed = Đã khởi tố vụ án hình sự
tut-ch-i247 = Dừng thanh toán qua INTERPOL I-24/7
tut-ch-mla = Tương trợ tư pháp về hình sự (Việt Nam)
tut-ch-liaison = Hợp tác cảnh sát với Việt Nam (sĩ quan liên lạc tại Hà Nội)
tut-ch-lm = Trung tâm Hợp tác thực thi pháp luật và an ninh tổng hợp Lan Thương – Mê Kông (Côn Minh)
tut-el-victim-report = Đơn trình báo của bị hại
tut-el-account-details = Chủ tài khoản, số tài khoản và số tiền
tut-el-facts = Tóm tắt sự việc
tut-el-translation = Bản dịch tiếng Việt
tut-el-approval = Phê duyệt của cơ quan chủ quản
tut-sv-hold = Tạm giữ tài khoản ở nước ngoài
tut-sv-freeze = Phong tỏa khẩn cấp
tut-sv-return = Hoàn trả tiền cho bị hại theo quyết định của tòa án
tut-sv-evidence = Hồ sơ ngân hàng, theo đường chính thức (dùng tại tòa)
tut-sv-arrest = Bắt giữ và chuyển giao
tut-sv-records = Chuyển giao hồ sơ ngân hàng qua hợp tác cảnh sát

## Nghi phạm và chứng cứ

tut-sus-holder = Chủ thẻ ngân hàng Việt Nam
tut-role-holder = Mở thẻ và gom tiền của các bị hại cho băng nhóm
tut-ev-statement = Lời khai của bà Chu
tut-ev-chats = Tin nhắn trên điện thoại của bà Chu
tut-ev-vn-bank = Hồ sơ ngân hàng của thẻ Việt Nam
tut-src-report = Biên bản ghi lời trình báo
tut-src-phone = Điện thoại của bà Chu (sao chép khi tiếp nhận)
tut-src-online-banking = Ngân hàng trực tuyến của ngân hàng Việt Nam (đăng nhập bằng mật khẩu lấy từ tin nhắn)
tut-who-duty-officer = Cán bộ trực ban
tut-who-nobody = Không ai (không có sự cho phép của Việt Nam)
tut-m-remote-login = Đăng nhập ngân hàng trực tuyến của thẻ từ trong nước
tut-m-messenger-copy = Ảnh chụp màn hình gửi qua ứng dụng nhắn tin từ một cán bộ Việt Nam (không chính thức)
tut-src-messenger = Ảnh chụp màn hình gửi qua ứng dụng nhắn tin
tut-who-vn-officer = Một cán bộ cảnh sát Việt Nam, không chính thức
tut-who-unknown = Không rõ (không có ghi chép trích xuất)

## Tin nhắn của giảng viên

tut-from-instructor = Giảng viên
tut-from-chief = Chỉ huy trực ban
tut-opt-continue = Tiếp tục
tut-inj-welcome = Chào mừng bạn! Vụ việc ngắn này dạy bạn các thao tác và ba loại quyết định mà bạn sẽ gặp trong mọi vụ việc.
    Đồng hồ nằm ở góc trên bên trái: T+00:00:00 là lúc bà Chu trình báo. Hiện đồng hồ đang tạm dừng. Nút "▶ Chạy" (hoặc phím Space) cho đồng hồ chạy, bấm lần nữa để dừng. Các nút từ 1× đến 3600× đặt tốc độ: ở 60×, một giây ngoài đời là một phút trong vụ việc. Nút "Sự kiện kế tiếp" (hoặc phím N) nhảy thẳng tới điều sắp xảy ra tiếp theo.
    Khi đang có một quyết định chờ bạn như lúc này, đồng hồ sẽ đợi và nút "Sự kiện kế tiếp" bị làm mờ. Bấm "Tiếp tục", rồi bấm "Sự kiện kế tiếp".
tut-inj-map = Ngân hàng đã trả lời yêu cầu tra soát khẩn cấp của bạn: chỉ trong vòng một phút, thẻ A đã chuyển 50.000 nhân dân tệ của bà Chu sang thẻ B, một tài khoản thanh toán.
    Hãy nhìn sơ đồ dòng tiền ở giữa màn hình: sơ đồ hiển thị mọi tài khoản bạn đã biết, xếp theo quốc gia, cùng dòng tiền giữa chúng. Thẻ B vừa xuất hiện.
    Bên phải, bảng "Sự kiện" liệt kê mọi việc xảy ra, mới nhất ở trên cùng: câu trả lời của ngân hàng cũng ở đó. Phía trên sơ đồ, các số liệu "Đã chặn hoặc phong tỏa", "Đã trả lại" và "Tuân thủ pháp luật" được cập nhật liên tục.
    Bấm vào thẻ B trên sơ đồ: thẻ "Biện pháp" ở bên cạnh sẽ mở ra cho tài khoản này. Sau đó bấm "Tiếp tục" và "Sự kiện kế tiếp".
tut-inj-stop = Quyết định thứ nhất: thời điểm phong tỏa. 50.000 nhân dân tệ vẫn còn trên thẻ B, nhưng trong vài giờ nữa băng nhóm sẽ chuyển đi.
    Trong thẻ "Biện pháp" của thẻ B, bấm "Ra lệnh dừng thanh toán". Lệnh này có hiệu lực trong vài phút và kéo dài 48 giờ.
    Đừng đụng vào thẻ A: thẻ đã trống, và băng nhóm đang theo dõi nó. Tác động vào thẻ A chỉ báo cho chúng biết cảnh sát đã vào cuộc, và chúng sẽ rút sạch thẻ B ngay lập tức. Hãy chặn ở nơi tiền đang nằm, không phải nơi tiền đã đi qua.
    Sau đó bấm "Tiếp tục" và cho đồng hồ chạy.
tut-inj-file-case = Đơn trình báo của bà Chu đã được tiếp nhận. Muốn phong tỏa thì phải có căn cứ là vụ án hình sự đã được khởi tố. Khởi tố vụ án ngay bây giờ?
tut-opt-file-now = Khởi tố vụ án ngay
tut-opt-wait = Chờ xác minh lời bà ấy trước
tut-inj-file-late = Tôi đã xác minh xong và quyết định khởi tố vụ án: bây giờ bạn có thể đề nghị phong tỏa. (Đã mất hai giờ.)
tut-inj-hover = Lệnh dừng thanh toán đã có hiệu lực: trên sơ đồ, thẻ B được đánh dấu DỪNG, và số tiền hiện ở mục "Đã chặn hoặc phong tỏa". Nhưng dừng thanh toán chỉ là chiếc cầu tạm: sau 48 giờ là hết hiệu lực.
    Giờ hãy xem các nút trong thẻ "Biện pháp". Một số nút bị làm mờ, chẳng hạn "Trả lại tiền đã phong tỏa", vì thẻ B chưa bị phong tỏa. Hãy rê chuột lên một nút bị làm mờ để đọc lý do. Mọi nút mà quy định chưa cho phép đều tự giải thích như vậy.
    Bước tiếp theo: trong phần "Phong tỏa", đánh dấu căn cứ "Đã khởi tố vụ án hình sự" rồi bấm "Đề nghị phong tỏa". Việc phê duyệt mất vài giờ. (Nếu vụ án chưa được khởi tố, nút phong tỏa sẽ bị làm mờ: hãy rê chuột lên đó.)
tut-inj-return = Lệnh phong tỏa thẻ B đã được phê duyệt, có hiệu lực sáu tháng. Nút "Trả lại tiền đã phong tỏa" không còn bị làm mờ nữa. Hãy bấm vào: ngân hàng sẽ trả tiền lại cho bà Chu trong vòng ba ngày. Đó là cả chuỗi xử lý trong nước: dừng thanh toán, phong tỏa, hoàn trả.
tut-inj-channels = Quyết định thứ hai: lựa chọn kênh. Bấm vào thẻ Việt Nam trên sơ đồ. Các biện pháp trong nước đều bị làm mờ (rê chuột lên để xem lý do): lệnh dừng thanh toán của Trung Quốc không với tới một ngân hàng ở Việt Nam.
    Mở thẻ "Kênh hợp tác" và xem mỗi kênh với tới đâu, nhanh đến mức nào, và những gì nó mang về có giá trị ra sao. Mỗi yêu cầu phải qua các cấp (đơn vị của bạn, công an cấp tỉnh, Bộ Công an) trước khi được gửi đi: thời gian đó đã được tính vào.
    Dừng thanh toán khẩn cấp qua INTERPOL I-24/7: từ vài giờ đến khoảng một ngày; giữ tạm thời; chỉ nước của bị hại mới được yêu cầu.
    Tương trợ tư pháp: tính bằng tháng; chính thức; phong tỏa, mang về chứng cứ dùng được tại tòa, và hoàn trả tiền theo quyết định của tòa án.
    Hợp tác cảnh sát qua sĩ quan liên lạc: có phản hồi ngay trong ngày; cảnh sát Việt Nam có thể chuyển giao chứng cứ, dùng được tại tòa khi đã xác minh.
    Trung tâm Lan Thương – Mê Kông: bắt giữ và chuyển giao nghi phạm trong khu vực.
    Hãy gửi yêu cầu dừng thanh toán qua I-24/7 cho thẻ Việt Nam, đánh dấu đủ mọi nội dung của yêu cầu. Sau đó bấm "Tiếp tục".
tut-inj-evidence = Quyết định thứ ba: chứng cứ. Mở thẻ "Chứng cứ". Bấm vào một chứng cứ để xem nguồn gốc của nó: nguồn, ai cung cấp và khi nào, ai trích xuất và khi nào. Đó chính là những gì tòa án sẽ xem xét.
    1. Tin nhắn trên điện thoại của bà Chu là dữ liệu điện tử và chưa được cố định. Bấm "Bảo toàn: lưu chuỗi khối" (hoặc giá trị băm): từ lúc đó, không ai có thể nói rằng chúng đã bị sửa.
    2. Hãy đề nghị sĩ quan liên lạc lấy hồ sơ ngân hàng Việt Nam (thẻ "Kênh hợp tác"): cảnh sát Việt Nam chuyển giao qua cơ chế hợp tác cảnh sát quốc tế, kèm văn bản chuyển giao, trong vài giờ. Quy định của Trung Quốc chấp nhận loại tài liệu này khi đã xác minh và bạn giải trình được nguồn, người cung cấp, thời điểm và việc lưu giữ.
    Bạn cũng sẽ thấy hai lối tắt. "Ảnh chụp màn hình gửi qua ứng dụng nhắn tin" là bản sao không chính thức, không có ghi chép nào về cách lấy được: nó cho biết chủ thẻ là ai, nhưng tòa án không thể kiểm chứng. "Đăng nhập ngân hàng trực tuyến của thẻ từ trong nước" bị đánh dấu "trái pháp luật ở nước ngoài": thu thập chứng cứ ở nước ngoài khi không có thẩm quyền sẽ bị trừ điểm tuân thủ, và tòa án sẽ loại bỏ những gì thu được. Đừng dùng cả hai.
tut-inj-hold = Phía Hà Nội đã tạm giữ thẻ Việt Nam trong 30 ngày, và văn bản xác nhận của ngân hàng ghi rõ danh tính chủ thẻ. Tạm giữ chỉ là tạm thời: hãy tiếp nối ngay bằng yêu cầu tương trợ tư pháp để phong tỏa khẩn cấp (mất vài tuần), và khi lệnh phong tỏa có hiệu lực, yêu cầu hoàn trả tiền: tiền về theo quyết định của tòa án, sau khi kết án. Trước nhanh và tạm thời, sau chậm và chính thức.
tut-inj-suspect = Đã xác định được chủ thẻ. Hãy đề nghị Trung tâm Lan Thương – Mê Kông bắt giữ và chuyển giao người này (thẻ "Kênh hợp tác", chọn nghi phạm làm đối tượng). Không có bị can bị tạm giữ thì không thể xét xử.
tut-inj-tipped = Băng nhóm đã phát hiện cảnh sát vào cuộc và đang chuyển tiền nhanh nhất có thể. Chính biện pháp nhắm vào thẻ mà chúng theo dõi (thẻ A) đã báo động cho chúng. Hãy nhớ: chặn ở nơi tiền đang nằm.
tut-inj-skip = Giờ vàng đã qua. Phần còn lại của vụ việc kéo dài nhiều tháng: các phản hồi từ nước ngoài, việc bắt giữ, phiên tòa vào ngày thứ 150. Đừng chờ theo thời gian thực: bấm "Sự kiện kế tiếp" để nhảy từ sự kiện này sang sự kiện tiếp theo. Đồng hồ tự dừng khi có quyết định cần đưa ra hoặc khi phiên tòa bắt đầu. Nút "Hồ sơ vụ án" mở lại bản tóm tắt bất cứ lúc nào.
tut-inj-trial = Ngày mai phiên tòa bắt đầu. Bên bào chữa sẽ phản đối một số chứng cứ trong hồ sơ, mỗi phản đối có lý do riêng. Với mỗi chứng cứ bị phản đối, hãy chọn một cách trả lời: "giải trình" (nói rõ nguồn gốc và cách trích xuất), "bổ sung" (nộp tài liệu khắc phục khiếm khuyết, ví dụ bản sao đã công chứng của một văn bản), "bản giải trình có chữ ký của hai điều tra viên" (cho tài liệu mà cảnh sát nước ngoài chuyển giao không kèm hồ sơ lưu giữ), hoặc "rút lại" (đưa chứng cứ đó ra khỏi vụ án). Mỗi phản đối đều cho biết những cách trả lời nào khắc phục được. Sau đó bấm "Nghe phán quyết". Muốn kết tội, mọi mắt xích của chuỗi chứng minh phải có chứng cứ được chấp nhận, và phải có bị cáo đang bị tạm giữ.

## Giai đoạn và phiên tòa

tut-phase-golden-hour = Giờ vàng
tut-phase-abroad = Truy tìm dòng tiền ở nước ngoài
tut-phase-trial = Phiên tòa
tut-chal-unlawful = hồ sơ được lấy từ ngân hàng trực tuyến của một ngân hàng nước ngoài mà không có bất kỳ thẩm quyền nào.
tut-excl-unlawful = chứng cứ thu thập ở nước ngoài khi không có thẩm quyền hợp pháp thì bị loại bỏ.
tut-chal-intel = đây là ảnh chụp màn hình gửi qua ứng dụng nhắn tin: không cho thấy ai trích xuất, khi nào, từ đâu, hay đã được lưu giữ ra sao.
tut-excl-intel = một bản sao không chính thức, không giải trình được nguồn, thì không thể kiểm chứng và không thể làm căn cứ cho bản án.
tut-chal-unpreserved = tin nhắn được sao chép mà không có giá trị băm và không lưu chuỗi khối; không có gì cho thấy chúng chưa bị sửa đổi.
tut-excl-unpreserved = không thể kiểm chứng tính toàn vẹn của tin nhắn.
tut-chal-foreign = hồ sơ này đến từ Việt Nam: bên công tố phải chỉ rõ nguồn, người cung cấp, và ai trích xuất vào lúc nào.
tut-excl-foreign = nguồn gốc của hồ sơ nước ngoài không được giải trình.
tut-proof-fraud = Hành vi lừa đảo: thủ đoạn gian dối và các khoản chuyển tiền của bà Chu
tut-proof-money = Tiền đã đến tay chủ thẻ

## Chấm điểm

tut-cr-recovered = Tiền hoàn trả cho bà Chu
tut-cr-convicted = Kết tội
tut-cr-admitted = Chứng cứ được chấp nhận
tut-cr-custody = Nghi phạm được đưa về
tut-cr-compliance = Tuân thủ pháp luật
tut-cr-not-tipped = Bài học: không đụng vào thẻ bị theo dõi
tut-cr-i247 = Bài học: yêu cầu INTERPOL kịp thời
tut-cr-preserved = Bài học: tin nhắn đã được cố định
tut-band-a = Xuất sắc
tut-band-b = Khá
tut-band-c = Đạt
tut-band-f = Không đạt

## Rút kinh nghiệm

tut-db-controls = Ôn lại các thao tác: phím Space cho đồng hồ chạy hoặc tạm dừng, + và − đổi tốc độ, N nhảy tới sự kiện tiếp theo. Bấm vào một tài khoản trên sơ đồ để xử lý; các thẻ Biện pháp, Kênh hợp tác và Chứng cứ chứa mọi thao tác; bảng sự kiện cho biết điều gì đã xảy ra; nút bị làm mờ sẽ cho biết lý do khi bạn rê chuột lên.
tut-db-stopped = 50.000 nhân dân tệ trên thẻ B không đến được tay người mua bán USDT: lệnh dừng thanh toán có hiệu lực trước khi băng nhóm kịp chuyển. Trong một vụ có thật ở Cáp Nhĩ Tân (2016), cảnh sát dừng thanh toán 3 phút sau khi nhận trình báo, dù bị hại trình báo muộn 4 giờ, và 130.000 nhân dân tệ vẫn còn: hãy chặn ngay lập tức.
tut-db-lost = Tiền trên thẻ B đã đến tay người mua bán USDT và không thể lấy lại. Lệnh dừng thanh toán khẩn cấp có hiệu lực trong vài phút, nhưng phải được ra trước khi băng nhóm chuyển tiền đi.
tut-db-tipped = Biện pháp nhắm vào thẻ A, chiếc thẻ trống mà băng nhóm theo dõi, đã báo cho chúng biết cảnh sát đã vào cuộc; chúng đẩy nhanh mọi lần chuyển tiền. Đó là bài toán "phong tỏa hay theo dấu": hãy chặn ở nơi tiền đang nằm, không phải nơi tiền đã đi qua.
tut-db-filed-late = Vụ án không được khởi tố ngay. Muốn phong tỏa thì phải có căn cứ là vụ án đã được khởi tố, và phải được thủ trưởng cơ quan công an cấp huyện trở lên phê duyệt, mất nhiều giờ: hãy khởi tố sớm.
tut-db-returned = Tiền đã về lại với bà Chu: dừng thanh toán (có hiệu lực sau vài phút, kéo dài 48 giờ), phong tỏa (phê duyệt mất vài giờ, hiệu lực sáu tháng), hoàn trả (trong vòng ba ngày làm việc).
tut-db-i247 = Bạn đã dùng INTERPOL I-24/7 cho thẻ Việt Nam: cách nhanh nhất để giữ một tài khoản ở nước ngoài, trong vài giờ đến khoảng một ngày, và chỉ cảnh sát nước của bị hại mới được yêu cầu. Tài khoản thường đã bị rút sạch: tốc độ là tất cả.
tut-db-no-i247 = Bạn đã không đề nghị INTERPOL giữ thẻ Việt Nam. Biện pháp trong nước không với tới nó; lệnh dừng thanh toán I-24/7 do nước của bị hại yêu cầu có thể giữ tài khoản trong vài giờ đến khoảng một ngày.
tut-db-i247-no-mla = Việc tạm giữ qua I-24/7 không được tiếp nối bằng một yêu cầu chính thức. Tạm giữ chỉ là tạm thời: không có tương trợ tư pháp, tiền sẽ bị chuyển đi khi hết hạn.
tut-db-mla = Tương trợ tư pháp đã mang về các phản hồi chính thức. Kênh này mất nhiều tháng (từ 6 đến 24 tháng theo khảo sát năm 2014 của Hội đồng châu Âu; trong bài hướng dẫn đã được rút ngắn), và việc soạn thảo, phê duyệt, dịch thuật mất vài ngày trước khi yêu cầu được gửi đi: hãy gửi ngay từ ngày đầu, với đầy đủ nội dung.
tut-db-money-abroad = Thẻ Việt Nam đã bị rút sạch trước khi lệnh tạm giữ tới nơi. Yêu cầu I-24/7 phải được gửi ngay: việc chuyển qua các cấp và chờ phản hồi mất nhiều giờ, và tài khoản thường đã trống.
tut-db-preserved = Tin nhắn đã được cố định. Giá trị băm ghi lại khi trích xuất cho phép tòa án kiểm tra tính toàn vẹn; dữ liệu kiểm chứng được qua chuỗi khối được suy đoán là không bị sửa đổi kể từ khi lên chuỗi (Quy tắc tố tụng trực tuyến của Tòa án nhân dân tối cao Trung Quốc, Điều 16; trong vụ án hình sự chỉ áp dụng tương tự).
tut-db-unpreserved = Tin nhắn chưa bao giờ được cố định, nên bên bào chữa phản đối và tòa án không thể kiểm chứng. Dữ liệu điện tử phải được cố định ngay khi trích xuất: ghi lại đường dẫn, phương pháp, thời gian, công cụ và giá trị băm.
tut-db-intel-excluded = Hồ sơ ngân hàng bị loại bỏ: bản trong hồ sơ là ảnh chụp màn hình không chính thức, không giải trình được nguồn, hoặc thu được trái phép. Nếu được chuyển giao qua hợp tác cảnh sát hoặc tương trợ tư pháp, hồ sơ đã dùng được sau khi giải trình nguồn gốc.
tut-db-formal-admitted = Hồ sơ ngân hàng được chuyển giao qua một kênh hợp tác đã được chấp nhận: bạn đã giải trình nguồn gốc khi bên bào chữa phản đối. Tài liệu từ hợp tác cảnh sát dùng được khi đã xác minh; với chứng cứ từ nước ngoài, tòa án xem xét nguồn, người cung cấp, thời điểm cung cấp, người trích xuất và thời điểm trích xuất.
tut-db-remote = Bạn đã đăng nhập ngân hàng trực tuyến Việt Nam từ trong nước. Điều tra viên không có thẩm quyền thu thập chứng cứ ở nước ngoài khi không được cho phép hợp pháp: việc này bị trừ điểm tuân thủ, và tòa án đã loại bỏ hồ sơ thu được.
tut-db-custody = Chủ thẻ đã bị bắt và được chuyển giao qua Trung tâm Lan Thương – Mê Kông, nên đã có bị cáo để xét xử.
tut-db-no-custody = Không có nghi phạm nào được đưa về, nên không thể xét xử. Với nghi phạm ở khu vực sông Mê Kông, Trung tâm Lan Thương – Mê Kông tổ chức bắt giữ và chuyển giao.
tut-db-convicted = Mọi mắt xích của chuỗi chứng minh đều có chứng cứ được chấp nhận, và bị cáo đã bị kết tội. Bạn đã sẵn sàng cho vụ việc đầu tiên.
tut-db-not-convicted = Không kết tội được: một mắt xích của chuỗi chứng minh không có chứng cứ được chấp nhận, hoặc không có bị cáo đang bị tạm giữ. Hãy làm lại bài hướng dẫn và làm theo từng bước của giảng viên.

## Nguồn (như học viên thấy)

tut-src-pboc-86 = Thông tư của Ngân hàng Nhân dân Trung Quốc và Bộ Công an Trung Quốc về cơ chế dừng thanh toán khẩn cấp và phong tỏa nhanh, Ngân phát [2016] số 86
tut-src-mps-freeze = Quy định về thủ tục giải quyết vụ án hình sự của cơ quan công an Trung Quốc (phong tỏa)
tut-src-cbrc-mps-12 = Quy định của Ủy ban Giám sát Ngân hàng và Bộ Công an Trung Quốc về trả lại tiền bị phong tỏa trong vụ án lừa đảo viễn thông (2016), Điều 12
tut-src-mps-30min = Yêu cầu phản ứng nhanh của Bộ Công an Trung Quốc với tin báo lừa đảo viễn thông (2016): nhập thông tin tài khoản trong 30 phút (Tân Hoa xã)
tut-src-harbin-2016 = Tin của Sina Hắc Long Giang, 26/10/2016: dừng thanh toán ba phút sau khi trình báo
tut-src-freeze-or-follow = Giảng dạy điều tra tài chính: "phong tỏa hay theo dõi"
tut-src-interpol-igrip = Dừng thanh toán qua INTERPOL I-24/7 (I-GRIP, từ 2022); tin của CNA, 2024
tut-src-icja-2018 = Luật Tương trợ tư pháp hình sự quốc tế của Trung Quốc (2018), các Điều 9, 10, 14 và 47–55
tut-src-tcy-2014 = Ủy ban Công ước về tội phạm mạng (T-CY) của Hội đồng châu Âu, báo cáo đánh giá về tương trợ tư pháp (2014)
tut-src-opinion-2016 = Ý kiến của Tòa án nhân dân tối cao, Viện kiểm sát nhân dân tối cao và Bộ Công an Trung Quốc về giải quyết vụ án hình sự lừa đảo viễn thông và trên mạng, Pháp phát [2016] số 32, phần 6; Ý kiến (II) (2021), Điều 14
tut-src-mla-emergency = Quy tắc thực hiện (thí điểm) của Trung Quốc đối với yêu cầu tương trợ tư pháp từ nước ngoài: phong tỏa khẩn cấp
tut-src-lm-lecc = Trung tâm Hợp tác thực thi pháp luật và an ninh tổng hợp Lan Thương – Mê Kông (Côn Minh, 2017), các chiến dịch tháng 8–12/2024 (Tân Hoa xã)
tut-src-cpl-56 = Bộ luật Tố tụng hình sự Trung Quốc, Điều 56
tut-src-spc-405 = Giải thích của Tòa án nhân dân tối cao Trung Quốc về áp dụng Bộ luật Tố tụng hình sự (2012), Điều 405
tut-src-spp-online-37 = Quy định của Viện kiểm sát nhân dân tối cao Trung Quốc về giải quyết vụ án tội phạm mạng (2021), Điều 37
tut-src-spc-online-16 = Quy tắc tố tụng trực tuyến của Tòa án nhân dân tối cao Trung Quốc (2021), Điều 16
tut-src-design-defaults = Giả định huấn luyện của bài hướng dẫn (độ trễ, thời gian, xác suất): không phải nguồn pháp lý
