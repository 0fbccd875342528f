# "Frank" và các thẻ ngân hàng Lào (scenarios/frank-lao-cards.ron)
# Tên tổ chức được cố ý để chung chung: không dùng tên ngân hàng có thật.

## The case

frank-title = "Frank" và thẻ ngân hàng Lào: dừng thanh toán, thu hồi tài sản và chứng cứ trong một vụ lừa đảo tình cảm xuyên biên giới
frank-summary = Dựa trên một vụ án có thật ở Trịnh Châu năm 2020, xử lý bằng các công cụ hiện nay. Bà Mã được "Frank", kẻ tự xưng là quân nhân Mỹ, tán tỉnh qua mạng và đã chuyển 920.000 nhân dân tệ qua sáu lần: một phần vào thẻ "tài khoản thuê" trong nước, một phần thẳng vào thẻ ngân hàng Lào; hắn còn đang giục bà chuyển thêm 80.000. Bạn là điều tra viên tiếp nhận trình báo của bà: trong giờ vàng, hãy dừng thanh toán, phong tỏa hoặc theo dõi dòng tiền; chọn đúng kênh hợp tác với nước ngoài để thu hồi tiền và đưa đối tượng về nước; và xây dựng hồ sơ vượt qua khâu thẩm tra của Viện kiểm sát và đứng vững trước bên bào chữa tại phiên tòa.
frank-obj-golden-hour = Dừng thanh toán các tài khoản trong nước ngay trong giờ vàng, sau đó phong tỏa và trả lại tiền đúng pháp luật.
frank-obj-freeze-or-follow = Cân nhắc "phong tỏa hay theo dõi": giữ được tiền mà không đánh động băng nhóm quá sớm.
frank-obj-foreign = Chọn đúng kênh cho các tài khoản và chứng cứ ở Lào: lệnh dừng thanh toán qua INTERPOL I-24/7, tương trợ tư pháp, hợp tác cảnh sát; và tính cả thời gian soạn thảo, phê duyệt và chuyển từng yêu cầu theo cấp.
frank-obj-suspects = Xác định kẻ cầm đầu ổ lừa đảo, kẻ phụ trách kỹ thuật và kẻ nhắn tin đóng vai "Frank", rồi đưa chúng về nước qua hợp tác cảnh sát quốc tế.
frank-obj-evidence = Thu thập, bảo toàn và tiếp nhận chứng cứ đúng pháp luật, lập đủ giấy tờ về nguồn gốc của chứng cứ, để hồ sơ qua được khâu thẩm tra của Viện kiểm sát và chứng cứ được tòa chấp nhận.

## Report and what is known

frank-statement = Lời khai của bị hại, bà Mã: cuối năm 2019, trên một ứng dụng hẹn hò, bà quen một người đàn ông tự xưng là Frank, quân nhân Mỹ đang tại ngũ sắp nghỉ hưu, nói sẽ sang Trung Quốc cưới bà. Sau đó hắn liên tục xin tiền: 7,5 triệu đô la Mỹ của hắn bị hải quan thu giữ, cần nộp phí thông quan; hắn nằm viện, cần trả viện phí; học phí của con gái hắn ở Dubai đến hạn. Bà đã chuyển sáu lần, tổng cộng 920.000 nhân dân tệ, một phần vào thẻ ngân hàng Lào. Hôm nay hắn lại giục bà nộp thêm "phí hải quan", đến giờ bà mới sinh nghi và đến đồn công an.
frank-known-transfers = Sáu biên lai chuyển khoản: 150.000 nhân dân tệ cách đây 21 ngày, 120.000 cách đây 13 ngày, 200.000 cách đây 6 ngày và 180.000 cách đây 3 giờ, vào hai thẻ ngân hàng Lào; 200.000 nhân dân tệ cách đây 50 phút và 70.000 cách đây 12 phút, vào một thẻ trong nước (một ngân hàng thương mại cổ phần, Thâm Quyến).
frank-known-cards = Hai thẻ Lào là tài khoản ở nước ngoài: lệnh dừng thanh toán và phong tỏa trong nước không với tới. Các tài khoản phía sau thẻ trong nước phải được tìm ra bằng truy vấn khẩn cấp ngân hàng.
frank-known-wechat = Tài khoản WeChat của Frank được đăng ký bằng số điện thoại Lào; tin nhắn giữa hai người vẫn còn trong điện thoại của bà Mã.
frank-known-next-fee = Hắn đòi thêm 80.000 nhân dân tệ "phí hải quan"; bà nói sẽ chuyển trong vòng nửa giờ.
frank-known-goip = Cuộc gọi của Frank hiện số máy nội hạt Trịnh Châu: có lẽ được chuyển tiếp qua một thiết bị GOIP.
frank-victim-name = Bà Mã

## Places and institutions

frank-jur-cn = Trung Quốc
frank-jur-la = Lào
frank-jur-th = Thái Lan
frank-jur-vn = Việt Nam
frank-jur-mm = Myanmar
frank-jur-kh = Campuchia
frank-inst-cn-sob-zz = Một ngân hàng thương mại nhà nước, chi nhánh Trịnh Châu
frank-inst-cn-jsb-sz = Một ngân hàng thương mại cổ phần, chi nhánh Thâm Quyến
frank-inst-cn-rcb-gx = Một ngân hàng thương mại nông thôn ở Quảng Tây
frank-inst-cn-city-yn = Một ngân hàng thương mại thành phố ở Vân Nam
frank-inst-cn-pay = Một công ty trung gian thanh toán
frank-inst-cn-otc = Một đầu mối mua bán USDT trực tiếp (OTC) ở Trung Quốc
frank-inst-cn-atm = Rút tiền ATM gần biên giới
frank-inst-la-bank-vte = Một ngân hàng thương mại ở Viêng Chăn
frank-inst-la-bank-bokeo = Một ngân hàng thương mại ở tỉnh Bokeo
frank-inst-la-otc = Một quầy đổi USDT ở Viêng Chăn
frank-inst-la-cash = Rút tiền mặt ở Lào

## Accounts

frank-acc-ma = Tài khoản lương của bà Mã
frank-acc-cn-mule-1 = Thẻ nhận tiền A (đuôi 4417, mở tại Thâm Quyến)
frank-acc-cn-mule-2 = Thẻ tầng hai B (đuôi 0932, thuê từ một nền tảng "chạy điểm")
frank-acc-cn-mule-3 = Thẻ tầng hai C (đuôi 7781, thẻ cầu nối ra nước ngoài của băng nhóm)
frank-acc-cn-mule-4 = Tài khoản thanh toán tầng ba D (trung gian thanh toán)
frank-acc-cn-otc-usdt = Tài khoản của đầu mối USDT trong nước
frank-acc-cn-atm-cash = Rút tiền mặt ATM gần biên giới
frank-acc-lao-card-1 = Thẻ Lào 1 (Viêng Chăn, đuôi 2208)
frank-acc-lao-card-2 = Thẻ Lào 2 (Bokeo, đuôi 5160)
frank-acc-lao-collector = Tài khoản gom tiền ở Lào (Viêng Chăn)
frank-acc-la-usdt = Tài khoản quầy đổi USDT ở Lào
frank-acc-la-cash-out = Rút tiền mặt ở Lào

## Domestic measures

frank-ground-case-filed = Đã khởi tố vụ án hình sự
frank-ground-fund-link = Tài khoản đã nhận tiền của bị hại (phân tích dòng tiền)

## Channels abroad

frank-ch-mla = Tương trợ tư pháp (hiệp định Trung Quốc – Lào)
frank-ch-i247 = Dừng thanh toán qua INTERPOL I-24/7 (I-GRIP)
frank-ch-notices = Thông báo của INTERPOL
frank-ch-liaison = Hợp tác cảnh sát (sĩ quan liên lạc, kênh cảnh sát song phương)
frank-ch-lm = Trung tâm Hợp tác thực thi pháp luật và an ninh tổng hợp Lan Thương – Mê Kông (Côn Minh)
frank-el-facts = Tóm tắt nội dung vụ việc
frank-el-legal-basis = Căn cứ pháp lý (tội danh và điều luật)
frank-el-translation = Bản dịch sang ngôn ngữ của nước được yêu cầu
frank-el-target-details = Thông tin đối tượng (số tài khoản, chủ tài khoản, ngân hàng, số điện thoại)
frank-el-approval = Phê duyệt của cơ quan có thẩm quyền
frank-el-dual-criminality = Xác nhận đáp ứng nguyên tắc tội phạm kép
frank-el-victim-report = Đơn trình báo của bị hại
frank-el-identity = Thông tin nhân thân của đối tượng
frank-el-warrant = Quyết định phê chuẩn bắt giữ của Viện kiểm sát
frank-el-location = Nơi ở đã biết
frank-sv-mla-freeze = Đề nghị phong tỏa khẩn cấp
frank-sv-mla-return = Đề nghị trả lại tiền cho bị hại
frank-sv-mla-evidence = Đề nghị cung cấp chứng cứ
frank-sv-i247-hold = Dừng thanh toán (tạm giữ tài khoản ở nước ngoài)
frank-sv-blue = Thông báo xanh (danh tính và nơi ở)
frank-sv-red = Thông báo đỏ (truy tìm và bắt giữ tạm thời)
frank-sv-liaison-trace = Truy vết các khoản chuyển tiếp của tài khoản (thông tin nghiệp vụ)
frank-sv-liaison-locate = Xác định nơi ở của đối tượng
frank-sv-liaison-copy = Chuyển giao chính thức tài liệu qua cơ chế hợp tác cảnh sát, kèm biên bản chuyển giao
frank-sv-lm-joint-op = Chiến dịch phối hợp: bắt giữ và trao trả
frank-req-case-filed = Chưa khởi tố vụ án: muốn đề nghị INTERPOL phát thông báo thì phải khởi tố vụ án trước.

## Suspects

frank-sus-manager = Kẻ cầm đầu ổ lừa đảo "A Cường"
frank-role-manager = Điều hành ổ lừa đảo ở Viêng Chăn và nắm tài khoản gom tiền
frank-sus-frank = Kẻ nhắn tin đóng vai "Frank"
frank-role-frank = Nhắn tin với bị hại theo kịch bản và xin tiền
frank-sus-technician = Kẻ phụ trách kỹ thuật
frank-role-technician = Điều khiển từ xa các thiết bị GOIP và máy chủ nhắn tin từ ổ lừa đảo ở Thái Lan

## Evidence

frank-ev-statement = Lời khai của bị hại
frank-ev-receipts = Biên lai chuyển khoản
frank-ev-chat-logs = Tin nhắn WeChat trong điện thoại của bị hại
frank-ev-cn-bank = Hồ sơ ngân hàng trong nước
frank-ev-wechat = Dữ liệu đăng ký và đăng nhập tài khoản WeChat (do nền tảng cung cấp)
frank-ev-goip = Thiết bị GOIP bị thu giữ và nhật ký quản lý của nó
frank-ev-lao-bank = Hồ sơ ngân hàng Lào
frank-ev-lao-sim = Dữ liệu đăng ký SIM Lào
frank-ev-server = Dữ liệu máy chủ nhắn tin của băng nhóm (Lào)
frank-ev-suspect-statement = Lời khai của đối tượng
frank-m-bank-notice = Thông báo thu thập chứng cứ gửi các ngân hàng
frank-m-platform-notice = Thông báo thu thập chứng cứ gửi nhà cung cấp nền tảng
frank-m-goip-seizure = Định vị thiết bị GOIP qua tín hiệu và thu giữ
frank-m-remote-extraction = Trích xuất trực tuyến dữ liệu từ máy chủ ở nước ngoài (có phê duyệt, ghi lại đường dẫn, phương pháp, thời gian và công cụ, giá trị băm, quay video và có người chứng kiến)
frank-m-interrogation = Hỏi cung sau khi trao trả (ghi âm, ghi hình toàn bộ)
frank-src-report = Biên bản tiếp nhận trình báo
frank-src-receipts = Biên lai ngân hàng điện tử do bị hại cung cấp
frank-src-phone = Điện thoại của bị hại (sao chép khi tiếp nhận)
frank-src-cn-banks = Sao kê giao dịch của các ngân hàng
frank-src-platform = Dữ liệu tài khoản của nền tảng nhắn tin
frank-src-goip = Khám nghiệm hiện trường và thu giữ
frank-src-server-remote = Biên bản trích xuất trực tuyến, kèm giá trị băm và video
frank-src-interrogation = Biên bản hỏi cung có ghi âm, ghi hình
frank-src-ncb-email = Thư điện tử của Văn phòng Trung ương Quốc gia INTERPOL tại Viêng Chăn
frank-who-ma = Bà Mã
frank-who-duty-officer = Cán bộ trực ban
frank-who-cn-banks = Các ngân hàng liên quan
frank-who-case-unit = Đơn vị thụ lý vụ án
frank-who-platform = Nhà cung cấp nền tảng
frank-who-tech-unit = Đơn vị kỹ thuật an ninh mạng
frank-who-suspect = Đối tượng
frank-who-lao-ncb = Văn phòng Trung ương Quốc gia INTERPOL tại Viêng Chăn

## Events and choices

frank-from-duty-chief = Chỉ huy trực ban
frank-from-bank-centre = Trung tâm chống lừa đảo, bộ phận ngân hàng
frank-from-ma = Bà Mã
frank-from-liaison = Sĩ quan liên lạc cảnh sát tại Viêng Chăn
frank-from-lao-ncb = Văn phòng Trung ương Quốc gia INTERPOL tại Viêng Chăn
frank-from-prosecutor = Viện kiểm sát
frank-inj-file-case = Trình báo của bà Mã đã được ghi nhận. Khởi tố vụ án ngay, hay xác minh sơ bộ trước? Trong lúc xác minh vẫn có thể lấy sao kê ngân hàng và dữ liệu nền tảng, nhưng phong tỏa, thu giữ và đề nghị phê chuẩn lệnh bắt đều cần vụ án đã được khởi tố.
frank-opt-file-now = Khởi tố vụ án ngay
frank-opt-verify-first = Xác minh sơ bộ trước, rồi mới khởi tố
frank-inj-instant-inquiry = Truy vấn khẩn cấp ngân hàng: thẻ nhận tiền A chuyển tiếp mọi khoản chỉ trong vài giây, 60 % sang thẻ tầng hai B tại một ngân hàng thương mại nông thôn ở Quảng Tây và 40 % sang thẻ tầng hai C tại một ngân hàng thương mại thành phố ở Vân Nam. Cả hai thẻ đã được đưa vào hệ thống cảnh báo.
frank-inj-one-more-fee = Bà Mã gọi điện: Frank vừa nhắn rằng hải quan đòi thêm 80.000 nhân dân tệ, nộp xong là hắn có thể lên đường sang Trung Quốc. Bà hỏi có nên chuyển không; hắn đang chờ bà trả lời.
frank-opt-keep-on-line = Bảo bà không chuyển, nhưng cũng đừng chặn hắn: để hắn chờ ("ngân hàng đông người, phải xếp hàng")
frank-opt-block-frank = Bảo bà dừng ngay, vạch mặt Frank và chặn hắn
frank-opt-let-pay = Để bà chuyển, nhằm theo dõi khoản tiền này
frank-cmp-let-pay = Cố ý để bị hại chuyển tiền cho kẻ lừa đảo là vi phạm nghĩa vụ bảo vệ tài sản của bị hại.
frank-inj-den-moved = Sĩ quan liên lạc báo về: theo một nguồn tin của cảnh sát Lào, ổ lừa đảo ở Viêng Chăn đã dời đi trong đêm, kẻ cầm đầu cùng kẻ nhắn tin đã vượt biên sang Myanmar. Rõ ràng băng nhóm đã biết chuyện trình báo.
frank-inj-stop-expiring = Thông báo của ngân hàng: lệnh dừng thanh toán bạn đặt trên một tài khoản trung gian sắp hết hạn. Lệnh dừng thanh toán có hiệu lực 48 giờ và chỉ được gia hạn tối đa hai lần; nếu không gia hạn hoặc thay bằng lệnh phong tỏa, tiền sẽ được giải tỏa.
frank-inj-lao-ncb = Cán bộ trực của Văn phòng Trung ương Quốc gia INTERPOL tại Viêng Chăn viết bằng tiếng Anh: "Ref your I-24/7 message: the bank has put a temporary hold on the account. A formal request through MLA is needed, or the hold will lapse. We hold the account statements." (Ngân hàng đã tạm giữ tài khoản; cần một yêu cầu tương trợ tư pháp chính thức, nếu không lệnh tạm giữ sẽ hết hiệu lực; chúng tôi đang giữ sao kê tài khoản.) Bạn trả lời thế nào?
frank-opt-ack-formal = Trả lời bằng tiếng Anh: yêu cầu tương trợ tư pháp chính thức đang được gửi; đề nghị họ chuyển giao chính thức sao kê qua kênh INTERPOL (mất khoảng mười ngày; dùng được tại tòa sau khi được kiểm tra)
frank-opt-ask-copy = Đề nghị họ gửi ngay sao kê qua thư điện tử (có ngay và cho thấy tiền đi đâu; nhưng chỉ là bản sao không chính thức, không phải chứng cứ)
frank-opt-no-reply = Chờ có phiên dịch rồi mới trả lời (trong lúc chờ, không gửi và không nhận được gì)
frank-inj-case-filed-late = Việc xác minh sơ bộ đã xong và chỉ huy trực ban phê duyệt khởi tố vụ án: hai ngày sau khi trình báo.
frank-inj-prosecutor-review = Hồ sơ vụ án được chuyển sang Viện kiểm sát để thẩm tra truy tố: mỗi mắt xích của chứng minh cần một chứng cứ có thể được tòa chấp nhận, với nguồn, người cung cấp, thời điểm cung cấp, người trích xuất và thời điểm trích xuất được giải trình. Thiếu một mắt xích, hồ sơ bị trả lại để điều tra bổ sung (tối đa hai lần, mỗi lần một tháng) và phiên tòa bị lùi lại.
frank-inj-victim-doubts = Bà Mã gọi điện: Frank vừa gửi lời xin lỗi và hứa trả lại toàn bộ tiền. Bà muốn rút đơn trình báo.
frank-opt-explain-scam = Kiên nhẫn giải thích đây là kịch bản quen thuộc của các băng nhóm lừa đảo, và trấn an bà
frank-opt-leave-it = Nói rằng việc đó tùy bà

## Phases

frank-phase-golden-hour = Giai đoạn 1: trình báo và giờ vàng
frank-phase-foreign-leg = Giai đoạn 2: phần ở nước ngoài
frank-phase-trial = Giai đoạn 3: hồ sơ vụ án và phiên tòa

## Trial

frank-chal-unlawful = Bên bào chữa: dữ liệu máy chủ được mua từ một kẻ trong băng nhóm, không có sự cho phép và không có biên bản; chứng cứ được thu thập trái pháp luật và phải bị loại bỏ.
frank-excl-unlawful = Tòa án: dữ liệu mua từ người trong băng nhóm ở nước ngoài được thu thập trái thủ tục tố tụng; việc thu thập không thể khắc phục hay giải thích hợp lý. Loại bỏ.
frank-chal-intel = Bên bào chữa: đây chỉ là bản sao không chính thức gửi qua thư điện tử; không ai biết ai đã trích xuất, khi nào và bảo quản ra sao. Đây không phải chứng cứ hợp lệ.
frank-excl-intel = Tòa án: một bản sao không chính thức, không kiểm tra được nguồn và việc bảo quản, chỉ là thông tin trinh sát, không phải chứng cứ, và không có bản chuyển giao qua kênh chính thức hay kênh hợp tác cảnh sát nào thay thế nó. Không thể làm căn cứ cho bản án.
frank-chal-unpreserved-chat = Bên bào chữa: tin nhắn được sao chép thẳng từ điện thoại của bị hại, không có giá trị băm, không lưu chuỗi khối; không có gì chứng tỏ chúng chưa bị sửa đổi.
frank-excl-unpreserved = Tòa án: khi trích xuất dữ liệu điện tử không ghi giá trị băm hay bất kỳ dấu vết toàn vẹn nào; không xác nhận được tính xác thực. Không chấp nhận.
frank-chal-unpreserved = Bên bào chữa: dữ liệu điện tử này không được ghi giá trị băm; tính toàn vẹn của nó đáng ngờ.
frank-chal-provenance = Bên bào chữa: chứng cứ này đến từ nước ngoài; bên buộc tội phải chứng minh nguồn, người cung cấp, thời điểm cung cấp, người trích xuất và thời điểm trích xuất.
frank-excl-provenance = Tòa án: bên buộc tội không làm rõ nguồn và việc trích xuất chứng cứ từ nước ngoài này; không thể dùng làm căn cứ để kết án.
frank-chal-confession = Bên bào chữa: lời khai của bị cáo được đưa ra do bị đe dọa sau khi bị trao trả; đề nghị loại bỏ chứng cứ bất hợp pháp.
frank-excl-confession = Tòa án: bên buộc tội không chứng minh được lời khai được thu thập hợp pháp. Loại bỏ.
frank-proof-fraud = Hành vi lừa đảo: nhân thân giả và các khoản chuyển tiền của bị hại
frank-proof-money = Dòng tiền: tiền phạm tội đã đến các tài khoản ở nước ngoài do băng nhóm kiểm soát
frank-proof-identity = Bị cáo chính là kẻ lừa đảo

## Scoring

frank-cr-recovered = Tiền đã trả lại cho bị hại
frank-cr-secured = Tiền đã giữ được (trả lại, phong tỏa hoặc tạm giữ)
frank-cr-identified = Đối tượng đã xác định danh tính
frank-cr-custody = Đối tượng đã đưa về nước
frank-cr-convicted = Kết án
frank-cr-admitted = Chứng cứ được tòa chấp nhận
frank-cr-compliance = Tuân thủ pháp luật
frank-cr-victim = Bảo vệ bị hại (chặn khoản chuyển cuối mà không đánh động băng nhóm)
frank-band-a = Xuất sắc
frank-band-b = Khá
frank-band-c = Đạt
frank-band-d = Cần cố gắng
frank-band-f = Không đạt

## Debrief

frank-db-base-rate = Bối cảnh: tháng 1 năm 2025, INTERPOL cho biết 99 % tài sản do phạm tội mà có không bao giờ được thu hồi; FATF ước tính tỷ lệ tiền phạm tội bị thu giữ dưới 2 %. Mỗi nhân dân tệ thu hồi được trong vụ án này đều không dễ dàng.
frank-db-domestic-kept = Tiền trên các tài khoản tầng hai và tầng ba trong nước đã bị chặn lại trước khi bị chuyển đi. Trong một vụ án năm 2016 ở Cáp Nhĩ Tân, bị hại trình báo 4 giờ sau khi chuyển tiền, công an ra lệnh dừng thanh toán 3 phút sau khi nhận trình báo và 130.000 nhân dân tệ vẫn còn: dù trình báo muộn đến đâu, hãy dừng thanh toán ngay.
frank-db-domestic-lost = Một phần tiền trong nước đã đến tay đầu mối USDT hoặc bị rút ở ATM gần biên giới, và đã mất. Lệnh dừng thanh toán chỉ có hiệu lực 48 giờ và gia hạn tối đa hai lần (tổng cộng 96 giờ): nó chỉ để tranh thủ thời gian chờ lệnh phong tỏa. Chậm trễ, hoặc không có lệnh phong tỏa tiếp theo, tiền sẽ đi mất. Thẻ "chạy điểm" bị chuyển đi theo từng đợt trong mấy giờ đầu: dừng thanh toán sau mười phút hầu như luôn giữ được, sau một giờ thì chỉ khoảng một phần tư số lần.
frank-db-filed-late = Bạn không khởi tố vụ án ngay. Sao kê ngân hàng và dữ liệu nền tảng có thể lấy trong lúc xác minh sơ bộ, nhưng phong tỏa cần vụ án đã khởi tố và sự phê duyệt của thủ trưởng cơ quan công an cấp huyện; thu giữ thiết bị GOIP, đề nghị phê chuẩn lệnh bắt và đề nghị INTERPOL phát thông báo cũng vậy.
frank-db-tipped = Băng nhóm đã bị đánh động. Chặn thẻ nhận tiền hoặc thẻ cầu nối quá sớm, hay để bị hại vạch mặt và chặn Frank, là báo cho băng nhóm biết bà đã đi trình báo: các tài khoản phía sau bị rút sạch trong vài phút, kẻ cầm đầu bỏ trốn, và manh mối lẽ ra có thể lần theo bị đứt. Đó là thế khó "phong tỏa hay theo dõi".
frank-db-followed = Bạn theo dõi thẻ cầu nối C thay vì phong tỏa ngay: khi thẻ này chuyển tiền đi, việc truy vết làm lộ ra tài khoản tầng ba D và tài khoản gom tiền ở Lào, mà chủ tài khoản dẫn đến kẻ cầm đầu ổ lừa đảo. Cái giá phải trả: tiền trên thẻ C đã ra nước ngoài trước.
frank-db-not-followed = Bạn không theo dõi thẻ cầu nối C khi nó chuyển tiền đi, nên các tài khoản phía sau (tài khoản tầng ba D và tài khoản gom tiền ở Lào) không bao giờ hiện ra trong dòng tiền, và dòng tiền không dẫn bạn đến kẻ cầm đầu. Với tài khoản ở tầng đầu, hãy cân nhắc theo dõi trước khi phong tỏa, và chọn thời điểm thật thận trọng.
frank-db-let-pay = Khoản "phí" 80.000 nhân dân tệ cuối cùng vẫn bị chuyển đi: hoặc bạn để bà chuyển "để theo dõi dòng tiền", hoặc khi bà gọi đến không ai trả lời rõ ràng kịp thời. Để bị hại tiếp tục chuyển tiền cho kẻ lừa đảo làm tăng thiệt hại và vi phạm nghĩa vụ bảo vệ bị hại của cán bộ công an; có những cách tốt hơn để theo dõi dòng tiền.
frank-db-block-frank = Ngăn bà chuyển tiền là đúng, nhưng để bà vạch mặt và chặn Frank là báo cho băng nhóm biết bà đã trình báo. Bình tĩnh để hắn chờ sẽ giúp có thời gian để dừng thanh toán và truy vết.
frank-db-no-i247 = Bạn không gửi yêu cầu dừng thanh toán I-24/7 nào cho các tài khoản ở Lào. Lệnh dừng thanh toán và phong tỏa trong nước không với tới tài khoản nước ngoài; yêu cầu dừng thanh toán I-GRIP phải do cảnh sát nước của bị hại gửi, trước hết phải chuyển lên Sở Công an tỉnh và Bộ Công an (mất vài giờ), thường có hiệu lực trong khoảng một ngày, và phải được tiếp nối bằng một yêu cầu chính thức.
frank-db-i247-no-mla = Bạn đã gửi yêu cầu dừng thanh toán qua I-24/7 nhưng sau đó không gửi yêu cầu tương trợ tư pháp chính thức. Việc tạm giữ chỉ là tạm thời: không có yêu cầu chính thức, khi hết hạn tiền sẽ bị chuyển đi.
frank-db-abroad-secured = Một phần tiền ở nước ngoài cũng đã được giữ lại: trước hết bằng lệnh tạm giữ I-24/7, sau đó bằng yêu cầu phong tỏa khẩn cấp qua tương trợ tư pháp (trong bài tập này mất vài tuần, suy theo thời hạn của Trung Quốc cho yêu cầu phong tỏa khẩn cấp của nước ngoài), rồi yêu cầu trả lại tiền.
frank-db-mla-months = Tương trợ tư pháp được tính bằng tháng: năm 2014, T-CY của Hội đồng châu Âu ghi nhận 6 đến 24 tháng, và việc soạn thảo, phê duyệt, dịch sang tiếng Lào mất nhiều ngày trước khi yêu cầu được gửi đi. Yêu cầu thiếu thành phần sẽ bị trả lại, nên hãy chuẩn bị đúng ngay từ đầu các tình tiết, căn cứ pháp lý, bản dịch, thông tin tài khoản và sự phê duyệt.
frank-db-remote = Bạn đã mua dữ liệu máy chủ ở Lào từ một kẻ trong băng nhóm. Mua dữ liệu hoặc xâm nhập máy chủ là trái pháp luật: tòa loại bỏ dữ liệu và bạn bị trừ điểm tuân thủ. Trích xuất trực tuyến có phê duyệt, có biên bản đầy đủ, giá trị băm và video thì đã là hợp pháp.
frank-db-intel-excluded = Bản sao tài liệu Lào lấy không chính thức, qua thư điện tử hay ứng dụng nhắn tin và không rõ nguồn, chỉ là thông tin trinh sát: có ích để tìm người, tìm tiền, nhưng không làm căn cứ cho bản án được. Tài liệu chuyển giao qua cơ chế hợp tác cảnh sát quốc tế, có giải trình nguồn và việc bảo quản, thì dùng được sau khi được kiểm tra.
frank-db-chat-excluded = Tin nhắn trong điện thoại của bà Mã không có giá trị băm hay bản lưu chuỗi khối, cũng không có dữ liệu chính thức của nền tảng hỗ trợ, nên tòa đã loại bỏ. Trích xuất trực tuyến dữ liệu điện tử phải ghi lại đường dẫn, phương pháp, thời gian, công cụ và giá trị băm.
frank-db-chat-preserved = Tin nhắn đã được cố định kịp thời bằng giá trị băm hoặc chuỗi khối. Dữ liệu khớp với bản lưu trên chuỗi khối được suy đoán là không bị sửa đổi kể từ khi đưa lên chuỗi (Quy tắc tố tụng trực tuyến của Tòa án nhân dân tối cao Trung Quốc, Điều 16; với vụ án hình sự chỉ áp dụng tương tự).
frank-db-foreign-admitted = Chứng cứ từ Lào, có được qua tương trợ tư pháp, hợp tác cảnh sát hoặc trích xuất trực tuyến hợp pháp, đã được tòa chấp nhận. Với chứng cứ từ nước ngoài, tòa xem xét nguồn, người cung cấp, thời điểm cung cấp, người trích xuất và thời điểm trích xuất, và bạn đã giải trình được các điểm đó.
frank-db-no-custody = Không đối tượng nào bị đưa về nước, nên không thể kết án. Với đối tượng ở Lào, Thái Lan hay Myanmar, Trung tâm Lan Thương – Mê Kông có thể tổ chức chiến dịch phối hợp để bắt giữ và trao trả.
frank-db-convicted = Tòa án xác định hành vi lừa đảo, dòng tiền và nhân thân của bị cáo đều được chứng minh bằng chứng cứ hợp pháp, và đã tuyên án có tội.
frank-db-not-convicted = Chuỗi chứng minh không đầy đủ, hoặc những chứng cứ then chốt bị loại bỏ (chứng cứ thu thập trái pháp luật bị loại bỏ trừ khi có thể khắc phục hoặc giải thích hợp lý); tòa không thể kết án.

## Added in version 2

frank-req-arrest-filed = Chưa khởi tố vụ án: đề nghị Viện kiểm sát phê chuẩn lệnh bắt phải có vụ án đã khởi tố.
frank-m-insider-copy = Trả tiền mua bản sao dữ liệu máy chủ từ một kẻ trong băng nhóm vẫn còn giữ mật khẩu
frank-src-server-insider = Bản sao mua lại từ một kẻ trong băng nhóm
frank-who-insider = Một kẻ trong băng nhóm (được trả tiền)
frank-src-ncb-handover = Sao kê tài khoản chuyển giao qua kênh INTERPOL, chỉ kèm công văn
frank-who-lao-bank = Ngân hàng Lào (không cung cấp biên bản trích xuất)
frank-msg-lao-friction = Phía Lào, qua Văn phòng Trung ương Quốc gia INTERPOL tại Viêng Chăn, phản đối việc điều tra viên Trung Quốc truy cập một máy chủ trên lãnh thổ Lào; việc trích xuất là hợp pháp theo quy định của Trung Quốc, nhưng hợp tác với Lào trở nên tế nhị hơn.
frank-inj-ncb-handover = Văn phòng Trung ương Quốc gia INTERPOL tại Viêng Chăn chuyển giao sao kê tài khoản ở Lào qua kênh INTERPOL, kèm một công văn. Ngân hàng Lào không cung cấp biên bản về cách trích xuất và bảo quản sao kê.
frank-chal-cooperation = Bên bào chữa: tài liệu này có được qua hợp tác cảnh sát chứ không qua tương trợ tư pháp; bên buộc tội phải giải trình nguồn, người cung cấp, thời điểm cung cấp, người trích xuất và việc bảo quản.
frank-excl-cooperation = Tòa án: bên buộc tội không giải trình được nguồn và việc bảo quản tài liệu nhận qua hợp tác cảnh sát; không thể làm căn cứ cho bản án.
frank-chal-undocumented = Bên bào chữa: phía nước ngoài không cung cấp biên bản về cách phát hiện, bảo quản và chuyển giao tài liệu này; không kiểm tra được tính xác thực.
frank-excl-undocumented = Tòa án: tài liệu không có biên bản về việc phát hiện, bảo quản và chuyển giao, và điều tra viên cũng không lập văn bản giải trình nguồn và việc chuyển giao. Không thể làm căn cứ cho bản án.
frank-db-abroad-return = Tiền bị phong tỏa ở Lào chỉ được trả về sau khi có quyết định tịch thu: trong vụ này là khi tòa tuyên án có tội, và chỉ phần đã thỏa thuận (ở đây là 80 %; việc chia sẻ tài sản với nước được yêu cầu có thể thương lượng). Lúc đó lệnh phong tỏa ở Lào phải vẫn còn hiệu lực: hãy gia hạn, và đừng để phiên tòa bị lùi.
frank-db-pooled = Thẻ B là thẻ thuê từ nền tảng "chạy điểm", tiền của các bị hại khác cũng đã đi qua thẻ này: số tiền bị phong tỏa trên thẻ được trả lại cho các bị hại theo số tiền, nên bà Mã chỉ nhận lại phần của mình.
frank-db-remote-lawful = Bạn đã trích xuất trực tuyến dữ liệu máy chủ của băng nhóm: có phê duyệt, ghi lại đường dẫn, phương pháp, thời gian và công cụ, giá trị băm và video. Các quy định về dữ liệu điện tử cho phép việc này, và tòa chấp nhận dữ liệu sau khi nguồn gốc được giải trình. Cái giá là về đối ngoại: Lào phản đối việc truy cập một máy chủ trên lãnh thổ của mình.
frank-db-ncb-email = Bạn đề nghị Văn phòng Trung ương Quốc gia INTERPOL gửi sao kê qua thư điện tử. Bản sao đến ngay và cho thấy tiền đi đâu, nhưng một bản sao qua thư điện tử không rõ ai trích xuất và trích xuất thế nào chỉ là manh mối, không phải chứng cứ.
frank-db-ncb-silent = Bạn để thư của Văn phòng Trung ương Quốc gia INTERPOL chưa trả lời trong lúc chờ phiên dịch: sao kê không được gửi cũng không được chuyển giao. Cán bộ làm việc được bằng ngoại ngữ sẽ tiết kiệm được nhiều ngày ở đây.
frank-db-attest = Văn phòng Trung ương Quốc gia INTERPOL đã chuyển giao sao kê ở Lào qua kênh INTERPOL, nhưng ngân hàng không cung cấp biên bản về việc trích xuất và bảo quản. Tài liệu như vậy dùng được sau khi kiểm tra nếu từ hai điều tra viên trở lên lập văn bản giải trình nguồn, quá trình chuyển giao, loại, số lượng và đặc điểm của nó, ký tên và đóng dấu; không có văn bản đó, tòa không thể dựa vào.
frank-db-no-arrest = Không có đối tượng nào được phê chuẩn lệnh bắt. Thông báo đỏ phải dựa trên một quyết định bắt trong nước: đơn vị thụ lý đề nghị Viện kiểm sát phê chuẩn, việc này mất nhiều ngày. Thông báo xanh thì không cần.
frank-db-returned = Viện kiểm sát đã trả hồ sơ để điều tra bổ sung: một mắt xích của chứng minh không có chứng cứ nào có thể đưa ra tòa. Mỗi lần trả hồ sơ mất một tháng và lùi phiên tòa, và mọi lệnh phong tỏa ở nước ngoài phải kéo dài hơn thời gian đó.

## Sources

frank-lao-cards-src-seed-case = Chu Vũ Tình, "Nghiên cứu hợp tác thực thi pháp luật quốc tế chống lừa đảo viễn thông kiểu 'giết heo'" (vụ Trịnh Châu năm 2020)
frank-lao-cards-src-pboc-86 = Thông tư Ngân phát [2016] số 86 của Ngân hàng Nhân dân Trung Quốc và Bộ Công an: dừng thanh toán khẩn cấp 48 giờ, gia hạn tối đa hai lần
frank-lao-cards-src-mps-freeze = Quy định của Bộ Công an Trung Quốc về thủ tục giải quyết vụ án hình sự: phong tỏa do thủ trưởng công an cấp huyện phê duyệt, thời hạn 6 tháng, có thể gia hạn
frank-lao-cards-src-cbrc-mps-12 = Quy định năm 2016 của Ủy ban Quản lý Ngân hàng và Bộ Công an Trung Quốc, Điều 12: trả lại tiền bị phong tỏa ngay hoặc trong 3 ngày làm việc
frank-lao-cards-src-aftf-20 = Luật Phòng, chống lừa đảo viễn thông và trên mạng của Trung Quốc (2022), Điều 20
frank-lao-cards-src-mps-30min = Cơ chế phản ứng nhanh của Bộ Công an Trung Quốc (2016): nhập thông tin tài khoản bị hại trong 30 phút sau trình báo (Tân Hoa xã, tháng 4/2016)
frank-lao-cards-src-harbin-2016 = Sina Hắc Long Giang, 26/10/2016: chặn được 130.000 nhân dân tệ 3 phút sau trình báo, dù trình báo muộn 4 giờ
frank-lao-cards-src-mule-minutes = Các bài báo về chuỗi 5–6 tài khoản trung gian chuyển tiền trong vài phút (chưa được xác nhận)
frank-lao-cards-src-hk-24h = South China Morning Post, 2019: tiền lừa đảo rời Hồng Kông "thường trong chưa đầy 24 giờ"
frank-lao-cards-src-mps-2022-routes = Bộ Công an Trung Quốc, 2022: rửa tiền qua trung gian thanh toán bên thứ ba, thứ tư, nền tảng "chạy điểm" và tiền số
frank-lao-cards-src-pooled-share = Thực tiễn truy vết dòng tiền: tiền trả lại từ tài khoản chung của nhiều bị hại được chia theo số tiền và thời điểm
frank-lao-cards-src-freeze-or-follow = Giảng dạy điều tra tài chính: "phong tỏa hay theo dõi"
frank-lao-cards-src-mps-174 = Quy định của Bộ Công an Trung Quốc về thủ tục giải quyết vụ án hình sự (2020), Điều 174: xác minh trước khi khởi tố
frank-lao-cards-src-icja-2018 = Luật Tương trợ tư pháp hình sự quốc tế của Trung Quốc (2018), các Điều 2, 9, 10, 14
frank-lao-cards-src-icja-return = Luật Tương trợ tư pháp hình sự quốc tế của Trung Quốc (2018), các quy định về trả lại tài sản do phạm tội mà có và chia sẻ tài sản
frank-lao-cards-src-tcy-2014 = Hội đồng châu Âu, đánh giá của T-CY về tương trợ tư pháp (2014): 6 đến 24 tháng
frank-lao-cards-src-mla-emergency = Quy tắc thực hiện (thí điểm) đối với yêu cầu tương trợ tư pháp hình sự của nước ngoài: phong tỏa khẩn cấp
frank-lao-cards-src-interpol-igrip = Cơ chế dừng thanh toán I-24/7 của INTERPOL (I-GRIP, từ 2022); CNA 2024; South China Morning Post 2023
frank-lao-cards-src-interpol-notices = INTERPOL, hệ thống thông báo: thông báo đỏ và thông báo xanh
frank-lao-cards-src-arrest-approval = Bộ luật Tố tụng hình sự Trung Quốc: Viện kiểm sát nhân dân phê chuẩn việc bắt giữ
frank-lao-cards-src-police-coop-2016 = Ý kiến của Tòa án Nhân dân Tối cao, Viện Kiểm sát Nhân dân Tối cao và Bộ Công an Trung Quốc về xử lý các vụ lừa đảo viễn thông (Pháp phát [2016] số 32), Phần 6
frank-lao-cards-src-police-coop-2021 = Ý kiến (II) của Tòa án Nhân dân Tối cao, Viện Kiểm sát Nhân dân Tối cao và Bộ Công an Trung Quốc về xử lý các vụ lừa đảo viễn thông (2021), Điều 14
frank-lao-cards-src-lm-lecc = Trung tâm hợp tác thực thi pháp luật và an ninh tổng hợp Lan Thương – Mê Kông (Côn Minh, 2017); Tân Hoa xã, 2024
frank-lao-cards-src-cpl-56 = Bộ luật Tố tụng hình sự Trung Quốc, Điều 56
frank-lao-cards-src-cpl-175 = Bộ luật Tố tụng hình sự Trung Quốc, Điều 175
frank-lao-cards-src-exclusion-2017 = Quy định về loại trừ nghiêm ngặt chứng cứ thu thập trái pháp luật trong vụ án hình sự (2017), Điều 1
frank-lao-cards-src-spc-405 = Giải thích của Tòa án Nhân dân Tối cao về áp dụng Bộ luật Tố tụng hình sự: chứng cứ từ nước ngoài (2012, Điều 405; 2021, Điều 77)
frank-lao-cards-src-spp-online-37 = Quy định của Viện Kiểm sát Nhân dân Tối cao về xử lý các vụ án tội phạm mạng (2021), Điều 37
frank-lao-cards-src-e-data-2016 = Quy định của Tòa án Nhân dân Tối cao, Viện Kiểm sát Nhân dân Tối cao và Bộ Công an về dữ liệu điện tử trong vụ án hình sự (2016); Quy tắc thu thập dữ liệu điện tử của Bộ Công an (2019)
frank-lao-cards-src-spc-online-16 = Quy tắc tố tụng trực tuyến của Tòa án Nhân dân Tối cao (2021), Điều 16
frank-lao-cards-src-remote-abroad = Chu Vũ Tình, bài nghiên cứu, mục III.3: không có thẩm quyền thu thập chứng cứ ở nước ngoài khi chưa được phép
frank-lao-cards-src-design-defaults = Giả định huấn luyện của Golden Hour cho vụ này (xác suất thành công và thời gian chờ)
frank-lao-cards-src-base-rate = INTERPOL (tháng 1/2025) và FATF: tỷ lệ tài sản phạm tội được thu hồi
