# Chuỗi USDT (scenarios/usdt-chain.ron), tiếng Việt.
# Tổ chức, con người và địa chỉ đều là hư cấu. Quy trình của sàn giao dịch là giả định đào tạo.

## Vụ án

usdt-title = Chuỗi USDT: thẻ "chạy điểm", thẻ trung chuyển và sàn giao dịch ở nước ngoài
usdt-summary = Ông Châu, 61 tuổi, bị một phụ nữ quen trên mạng dẫn vào nền tảng "giao dịch định lượng USDT". Ông đã chuyển 1.130.000 nhân dân tệ vào hai thẻ ngân hàng trong nước và sắp nộp thêm một khoản "tiền ký quỹ rủi ro". Tiền của ông đi qua các thẻ "chạy điểm" thuê mướn và thẻ trung chuyển của băng nhóm đến một người mua bán USDT phi tập trung (OTC), được đổi thành USDT rồi chuyển qua nhiều ví đến một sàn giao dịch ở nước ngoài. Hãy đọc sao kê, liên kết từng chặng, chặn những gì còn chặn được mà không làm khu lừa đảo cảnh giác, giữ lệnh hạn chế tài khoản trên sàn theo đúng yêu cầu trong thư trả lời bằng tiếng Anh, đề nghị bên phát hành stablecoin phong tỏa phần còn lại, chăm lo cho nạn nhân và xây dựng hồ sơ đứng vững trước tòa.
usdt-obj-golden-hour = Tạm dừng thanh toán các thẻ trong nước trong "giờ vàng", sau đó phong tỏa và hoàn trả tiền đúng pháp luật.
usdt-obj-trace = Lần theo dòng tiền từ sao kê và sổ cái công khai, từng liên kết một, không đi theo dòng sai.
usdt-obj-freeze-or-follow = Đọc xem ai điều khiển từng tài khoản và quyết định ở đâu một lệnh chặn sẽ báo động băng nhóm: phong tỏa hay theo dõi.
usdt-obj-exchange = Hạn chế tài khoản trên sàn qua cổng yêu cầu dành cho cơ quan thực thi pháp luật và đọc thư trả lời (bằng tiếng Anh) để giữ lệnh đó; dùng bên phát hành stablecoin làm con đường thứ hai.
usdt-obj-victim = Ngăn nạn nhân chuyển tiền tiếp và chăm lo cho ông một cách trung thực.
usdt-obj-evidence = Thu thập chứng cứ hợp pháp và ở dạng tòa án chấp nhận: dữ liệu được bảo toàn, bản chính thức từ nước ngoài, coi là người làm chứng chứ không phải nghi phạm khi sự thật cho thấy như vậy.

## Trình báo và những gì đã biết

usdt-statement = Lời khai của nạn nhân, ông Châu, kỹ sư đã nghỉ hưu, Hàng Châu: ba tháng trước, một phụ nữ tự xưng là Vivian bắt đầu trò chuyện với ông trên một ứng dụng mạng xã hội. Cô nói mình tốt nghiệp ngành tài chính ở Singapore và cho ông xem lợi nhuận của mình trên một nền tảng "giao dịch định lượng USDT". Ông mở tài khoản; nền tảng cho thấy các khoản nạp đầu tiên tăng rất nhanh. Ba ngày trước và hai ngày trước, ông chuyển 300.000 và 200.000 nhân dân tệ vào các thẻ ngân hàng do "chăm sóc khách hàng" của nền tảng đưa. Sáng nay ông xin rút "số dư" 2,1 triệu nhân dân tệ: ông được bảo phải nộp 20 % "thuế" trước, và trong một giờ qua đã chuyển 380.000 và 250.000 nhân dân tệ vào chính hai thẻ đó. Giờ nền tảng đòi 150.000 nhân dân tệ "tiền ký quỹ rủi ro" vào một thẻ mới trước khi trả bất cứ khoản nào. Con trai ông đã bắt ông đến công an.
usdt-known-transfers = Bốn lần chuyển tiền: 300.000 nhân dân tệ ba ngày trước và 380.000 nhân dân tệ 30 phút trước vào thẻ đuôi 3105 (một ngân hàng thương mại nông thôn ở Nam Ninh); 200.000 nhân dân tệ hai ngày trước và 250.000 nhân dân tệ 20 phút trước vào thẻ đuôi 8842 (một ngân hàng thương mại thành phố ở Trường Sa).
usdt-known-cards = Cả hai thẻ đều ở trong nước: có thể tra cứu, tạm dừng thanh toán và phong tỏa. Ai điều khiển chúng và tiền đi đâu tiếp theo đều có trên sao kê: hãy hỏi ngân hàng (tra cứu tức thời).
usdt-known-platform = Trang web của nền tảng đặt ở nước ngoài và "chăm sóc khách hàng" chỉ nhắn tin qua một ứng dụng trò chuyện. Các khoản nạp đều được tính bằng USDT (TRC-20).
usdt-known-deposit = Ông định nộp 150.000 nhân dân tệ "tiền ký quỹ rủi ro" sau hơn một giờ nữa, vào một thẻ mới mà ông chưa cho ai xem.
usdt-known-tools = Sao kê ngân hàng có qua tra cứu tức thời; các nhà phân tích đọc được giao dịch của địa chỉ ví trên sổ cái TRON trong vài phút. Nhà phân tích xác nhận mỗi lần một liên kết; một liên kết sai tốn hàng giờ kiểm tra.
usdt-victim-name = Ông Châu

## Địa điểm và tổ chức

usdt-jur-cn = Trung Quốc
usdt-jur-mm = Myanmar (Myawaddy)
usdt-jur-sc = Seychelles (nơi đặt trụ sở sàn giao dịch)
usdt-jur-tron = Sổ cái công khai TRON
usdt-jur-ae = Các Tiểu vương quốc Ả Rập Thống nhất
usdt-inst-cn-sob-hz = Một ngân hàng quốc doanh, chi nhánh Hàng Châu
usdt-inst-cn-rcb-nn = Một ngân hàng thương mại nông thôn ở Nam Ninh
usdt-inst-cn-city-cs = Một ngân hàng thương mại thành phố ở Trường Sa
usdt-inst-cn-rcb-gz = Một ngân hàng thương mại nông thôn ở Quảng Châu
usdt-inst-cn-jsb-km = Một ngân hàng thương mại cổ phần, chi nhánh Côn Minh
usdt-inst-cn-jsb-sz = Một ngân hàng thương mại cổ phần, chi nhánh Thâm Quyến
usdt-inst-cn-pay = Một công ty thanh toán bên thứ ba
usdt-inst-cn-atm = Rút tiền mặt tại ATM gần biên giới
usdt-inst-tron = Địa chỉ TRON (USDT TRC-20)
usdt-inst-sc-exch = Sàn giao dịch "Kestrel" (tài sản ảo, Seychelles)
usdt-inst-sc-exch-2 = Một sàn giao dịch nước ngoài khác
usdt-inst-mm-otc = Một điểm đổi tiền mặt OTC ở Myawaddy

## Tài khoản

usdt-acc-zhou = Tài khoản tiết kiệm của ông Châu
usdt-acc-rp-card-1 = Thẻ 1 (đuôi 3105, Nam Ninh)
usdt-acc-rp-card-2 = Thẻ 2 (đuôi 8842, Trường Sa)
usdt-acc-rp-card-3 = Thẻ 3 cho "tiền ký quỹ rủi ro" (đuôi 5519, Quảng Châu)
usdt-acc-bridge = Thẻ đuôi 7760 (Côn Minh)
usdt-acc-otc = Thẻ đuôi 2291 (Thâm Quyến)
usdt-acc-atm = Tiền mặt rút tại ATM biên giới
usdt-acc-w1 = Địa chỉ TJ7x…4kQp
usdt-acc-w2 = Địa chỉ TQm3…9Vzt
usdt-acc-exch-dep = Địa chỉ TEx5…d7Pm (địa chỉ nạp tiền tại sàn "Kestrel")
usdt-acc-w3 = Địa chỉ TWd8…2Lcx
usdt-acc-cash-mm = Tiền mặt chi trả ở Myawaddy
usdt-acc-n-shop = Mã thanh toán của một siêu thị
usdt-acc-n-rp-other = Thẻ đuôi 1456 (Trường Sa)
usdt-acc-n-otc-other = Thẻ đuôi 7032 (Thâm Quyến)
usdt-acc-n-otc-client = Thẻ đuôi 4480
usdt-acc-n-buyer = Địa chỉ TLb2…x8Hr
usdt-acc-n-fee = Địa chỉ TFe9…7Hsk
usdt-acc-n-gamble = Địa chỉ TCa1…Wq3n
usdt-acc-n-exch-other = Địa chỉ TRk6…m2Bd

## Ai điều khiển tài khoản (hiện trên sao kê)

usdt-dev-rp-card-1 = Ngân hàng di động trên một điện thoại Android có SIM đứng tên chính chủ thẻ (một sinh viên); mọi lần đăng nhập đều từ Nam Ninh, Quảng Tây, suốt ba năm. Các lệnh chuyển được gõ tay, cách nhau vài phút: có người bảo anh ta chuyển đi đâu.
usdt-dev-rp-card-2 = Ngân hàng di động trên chiếc iPhone của chính chủ thẻ, đăng nhập từ Trường Sa; cũng chiếc điện thoại đó trả tiền thuê nhà và nhận lương giao hàng của anh ta.
usdt-dev-rp-card-3 = Ngân hàng di động trên điện thoại của chính chủ thẻ, đăng nhập từ Quảng Châu.
usdt-dev-bridge = Ngân hàng trực tuyến từ một máy tính Windows; IP đăng nhập 103.xx.xx.xx định vị tại Myawaddy, Myanmar (hai lần qua một điểm VPN ở Bangkok). Cùng dấu vân tay thiết bị đó đăng nhập vào 11 thẻ khác của những chủ thẻ khác nhau; SIM của chính chủ thẻ ở nước ngoài từ tháng Ba.
usdt-dev-otc = Ngân hàng di động trên điện thoại của chính chủ thẻ ở Thâm Quyến. Thẻ là tài khoản nhận tiền của một thương nhân đã xác minh trên một nền tảng giao dịch P2P: hơn 200 giao dịch mỗi tháng với nhiều người mua khác nhau, mỗi khoản thanh toán được tiếp nối trong vài phút bằng việc chuyển USDT đến địa chỉ của người mua.
usdt-dev-w1 = Ví tự quản. TRX để trả phí chỉ đến từ TFe9…7Hsk, địa chỉ này chỉ trả phí cho đúng một địa chỉ khác là TQm3…9Vzt: một người điều khiển cả hai (cùng một bên trả phí, dấu hiệu phân cụm trên TRON). Khoản chuyển nhỏ sang TCa1…Wq3n đi vào một địa chỉ mà các trình duyệt khối gắn nhãn là địa chỉ nạp tiền của một sòng bạc trực tuyến.
usdt-dev-w2 = Ví tự quản, phí do TFe9…7Hsk trả (cùng người điều khiển với TJ7x…4kQp). Các khoản chuyển lớn đi đến TEx5…d7Pm, địa chỉ chuyển mọi khoản nạp trong vài phút sang một ví nóng mà trình duyệt gắn nhãn "sàn Kestrel": đó là địa chỉ nạp tiền của một khách hàng, nên sàn biết nó là của ai. Một phần đi đến TWd8…2Lcx, một địa chỉ mới chưa từng gửi gì. Khoản 2.000 sang TRk6…m2Bd là một lần nạp duy nhất vào địa chỉ của một sàn khác.
usdt-dev-exch-dep = Tài khoản sàn của một khách hàng đã xác minh (KYC: hộ chiếu Trung Quốc); đăng nhập từ 103.xx.xx.xx, Myawaddy, Myanmar; tiền rút ra được bán lấy tiền mặt qua một điểm OTC ở đó.
usdt-dev-w3 = Ví tự quản; chỉ nhận, chưa bao giờ gửi.

## Biện pháp trong nước

usdt-ground-case-filed = Đã khởi tố vụ án hình sự

## Những điều một yêu cầu có thể nêu

usdt-fact-paid = Các khoản chuyển tiền của nạn nhân, kèm ngày, số tiền và thẻ nhận
usdt-fact-filed = Đã khởi tố vụ án hình sự (số vụ án và quyết định khởi tố)
usdt-fact-traced-exch = Dòng tiền đã được lần theo từng chặng đến địa chỉ nạp tiền TEx5…d7Pm tại sàn "Kestrel"
usdt-fact-traced-w3 = Dòng tiền đã được lần theo từng chặng đến địa chỉ TWd8…2Lcx
usdt-fact-restricted = Sàn đã hạn chế tài khoản (số tham chiếu của sàn)
usdt-basis-untoc18 = Công ước Liên Hợp Quốc về chống tội phạm có tổ chức xuyên quốc gia, Điều 18
usdt-basis-reciprocity = Nguyên tắc có đi có lại

## Kênh ở nước ngoài

usdt-ch-exch-le = Sàn "Kestrel": cổng yêu cầu dành cho cơ quan thực thi pháp luật
usdt-ch-issuer = Bên phát hành stablecoin: yêu cầu phong tỏa của cơ quan thực thi pháp luật
usdt-ch-mla = Tương trợ tư pháp hình sự (Seychelles)
usdt-ch-lm = Trung tâm hợp tác thực thi pháp luật và an ninh tổng hợp Lan Thương – Mê Kông (Côn Minh)
usdt-el-facts = Bản trình bày sự việc
usdt-el-identity = Thông tin nhân thân của nghi phạm
usdt-sv-exch-restrict = Tạm thời hạn chế tài khoản, kèm sao kê
usdt-sv-exch-keep = Duy trì lệnh hạn chế (quyết định phong tỏa kèm bản dịch)
usdt-sv-exch-kyc = Danh tính khách hàng (KYC) và nhật ký đăng nhập
usdt-sv-issuer-freeze = Phong tỏa USDT tại địa chỉ
usdt-sv-issuer-reissue = Phát hành lại số USDT bị phong tỏa cho nạn nhân sau khi tịch thu
usdt-sv-mla-evidence = Yêu cầu chứng cứ (bản chính thức)
usdt-sv-mla-return = Yêu cầu hoàn trả tiền cho nạn nhân sau khi tịch thu
usdt-sv-lm-joint-op = Chiến dịch chung: xác định vị trí, bắt giữ và bàn giao
usdt-req-exch-keep = Sàn chỉ duy trì lệnh hạn chế khi có các giấy tờ nêu trong thư trả lời của họ; hãy trả lời thư đó trước.

## Nghi phạm

usdt-sus-handler = "A Khôn", người điều phối của nền tảng chạy điểm
usdt-role-handler = Tuyển người cho thuê thẻ ở Trung Quốc và chỉ cho họ chuyển tiền đi đâu, từ trong khu lừa đảo
usdt-sus-finance = Ông Lữ, kế toán của khu lừa đảo
usdt-role-finance = Đứng tên tài khoản trên sàn và trả lương cho khu lừa đảo bằng tiền mặt

## Chứng cứ

usdt-ev-statement = Lời khai của ông Châu
usdt-ev-chats = Tin nhắn với "Vivian" và "chăm sóc khách hàng" của nền tảng (sao chép từ điện thoại của ông)
usdt-ev-chain-report = Báo cáo truy vết trên chuỗi (mỗi chặng kèm mã băm giao dịch)
usdt-ev-otc-orders = Lệnh P2P và lời khai làm chứng của người mua bán OTC
usdt-ev-renter-phone = Điện thoại của người cho thuê thẻ và bản sao pháp y
usdt-ev-exch-kyc = Hồ sơ khách hàng (KYC) của sàn cho địa chỉ nạp tiền
usdt-ev-exch-records = Lịch sử giao dịch và đăng nhập của tài khoản trên sàn
usdt-ev-suspect-statement = Lời khai của nghi phạm bị dẫn độ về
usdt-m-chain-analysis = Viết báo cáo truy vết từ sổ cái công khai
usdt-m-data-broker = Mua hồ sơ khách hàng của sàn từ một kẻ buôn dữ liệu trên một kênh nhắn tin
usdt-m-interrogation = Hỏi cung sau khi đưa về nước (ghi âm ghi hình toàn bộ)
usdt-src-report = Biên bản tiếp nhận trình báo
usdt-src-phone = Điện thoại của nạn nhân (sao chép khi tiếp nhận)
usdt-src-ledger = Sổ cái công khai TRON
usdt-src-seizure = Thu giữ và trích xuất pháp y
usdt-src-dealer = Biên bản lấy lời khai người làm chứng kèm lịch sử lệnh
usdt-src-broker = Hồ sơ mua từ kẻ buôn dữ liệu
usdt-src-interrogation = Biên bản hỏi cung kèm ghi âm ghi hình
usdt-who-zhou = Ông Châu
usdt-who-duty-officer = Cán bộ trực ban
usdt-who-ledger = Sổ cái công khai (không có bên cung cấp)
usdt-who-analyst = Nhà phân tích của đơn vị thụ lý
usdt-who-renter = Người cho thuê thẻ
usdt-who-tech-unit = Đơn vị kỹ thuật an ninh mạng
usdt-who-dealer = Người mua bán OTC
usdt-who-case-unit = Đơn vị thụ lý
usdt-who-broker = Một kẻ buôn dữ liệu giấu tên
usdt-who-suspect = Nghi phạm

## Công việc

usdt-task-care-visit = Đến nhà cảnh báo: một cảnh sát khu vực cùng con trai ông Châu đến gặp ông trước khi ông nộp "tiền ký quỹ rủi ro"
usdt-task-care-referral = Nói thật với ông Châu những gì có thể lấy lại và khi nào, và giới thiệu ông đến hỗ trợ tâm lý
usdt-why-referral = Hãy đến gặp ông trước: cảnh báo trước, rồi mới nói về thu hồi.
usdt-task-seize-phone = Thu giữ điện thoại của người cho thuê thẻ 1 ở Nam Ninh và tạo bản sao
usdt-why-seize-phone = Thu giữ điện thoại cần vụ án đã được khởi tố và sao kê của thẻ để xác định chủ thẻ, và điện thoại chưa bị xóa sạch.
usdt-task-interview-dealer = Lấy lời khai chủ thẻ 2291 với tư cách người làm chứng và thu lịch sử lệnh P2P của anh ta
usdt-why-interview-dealer = Hãy đọc sao kê của thẻ trước: trên đó có tên chủ thẻ. Người mua bán đã bị chặn thẻ sẽ không còn nói chuyện với cảnh sát.
usdt-msg-care-visit = Cảnh sát khu vực và con trai ông Châu đến đúng lúc ông đang mở ứng dụng ngân hàng. Ông không nộp "tiền ký quỹ rủi ro" và đã chặn "Vivian".
usdt-msg-care-referral = Ông Châu đã nghe những gì các lệnh tạm dừng thanh toán giữ được, những gì sàn có thể trả lại và mất bao lâu. Ông đồng ý gặp chuyên viên tư vấn vào thứ Năm; con trai ông sẽ ở cùng ông tuần này.
usdt-msg-seize-phone = Người cho thuê thẻ, một sinh viên năm hai, đã giao điện thoại. Trong một ứng dụng trò chuyện, một người tên "A Khôn" gửi cho anh ta mọi lệnh chuyển tiền; tin nhắn thoại của hắn và một bức ảnh gửi từ Myawaddy nằm trong bản sao.
usdt-msg-interview-dealer = Người mua bán, anh Phương, xuất trình các lệnh P2P: mỗi khoản thanh toán từ thẻ 7760 đều được đáp lại trong vài phút bằng việc chuyển USDT đến TJ7x…4kQp theo giá thị trường. Anh không quen người mua, đã tự báo cáo các lệnh này và ký lời khai làm chứng.

## Sự kiện

usdt-from-duty-chief = Chỉ huy trực ban
usdt-from-intel = Bộ phận tình báo
usdt-from-bank-desk = Trung tâm chống lừa đảo, tổ ngân hàng
usdt-from-exchange = Sàn Kestrel, nhóm phản hồi cơ quan thực thi pháp luật
usdt-from-dealer = Anh Phương, chủ thẻ 2291
usdt-from-prosecutor = Viện kiểm sát
usdt-inj-file-case = Các khoản chuyển tiền của ông Châu và tin nhắn với nền tảng đủ cấu thành lừa đảo. Khởi tố vụ án hình sự ngay, hay xác minh nền tảng trước? Tra cứu sao kê không cần khởi tố; phong tỏa, thu giữ và yêu cầu ra nước ngoài thì cần.
usdt-opt-file-now = Khởi tố ngay
usdt-opt-verify-first = Xác minh trước, khởi tố sau
usdt-inj-case-filed-late = Vụ án đã được khởi tố sau hai ngày xác minh. Từ giờ có thể phong tỏa và thu giữ.
usdt-inj-gang-moved = Tình báo: khu lừa đảo đã phát hiện thẻ của chúng bị chặn. Các ví và tài khoản trên sàn đang bị rút sạch, nền tảng chạy điểm đã bảo những người cho thuê thẻ xóa sạch điện thoại, và người điều phối cùng kế toán được báo là đã bay đến Dubai.
usdt-inj-stop-expiring = Tổ ngân hàng: lệnh tạm dừng thanh toán trên một trong các thẻ sẽ hết hạn trong chưa đầy tám giờ. Hãy phong tỏa, nếu không tiền sẽ lại bị chuyển đi.
usdt-inj-dealer-call = Chủ thẻ 2291 gọi đến đồn, rất giận dữ: anh là thương nhân P2P có đăng ký, anh đã chuyển USDT cho mọi khoản thanh toán trong vài phút theo giá thị trường, vậy mà giờ tài khoản kinh doanh của anh bị chặn như của tội phạm. Luật sư của anh sẽ trả lời mọi câu hỏi tiếp theo bằng văn bản.
usdt-inj-exch-reply =
    Tiêu đề: V/v yêu cầu của cơ quan thực thi pháp luật (số LE-26-11873), địa chỉ nạp tiền TEx5…d7Pm

    Kính gửi Quý cán bộ,

    Chúng tôi đã áp dụng lệnh hạn chế TẠM THỜI đối với tài khoản gắn với địa chỉ nạp tiền trên. Sao kê tài khoản được đính kèm.

    1. Lệnh hạn chế tạm thời sẽ tự động được gỡ bỏ 72 giờ sau khi áp dụng, trừ khi chúng tôi nhận được qua cổng này lệnh phong tỏa hoặc quyết định phong tỏa do cơ quan có thẩm quyền ban hành, có chữ ký và đóng dấu, kèm bản dịch tiếng Anh. Khi nhận được, chúng tôi sẽ duy trì lệnh hạn chế tối đa 12 tháng.
    2. KHÔNG cần yêu cầu tương trợ tư pháp để duy trì lệnh hạn chế. CẦN có yêu cầu đó trước khi chúng tôi có thể cung cấp hồ sơ để dùng trước tòa hoặc chuyển bất kỳ khoản tiền nào.
    3. Chúng tôi không thể hoàn tiền cho nạn nhân theo yêu cầu hay thư của cảnh sát. Tiền chỉ được giải tỏa theo lệnh của tòa án hoặc quyết định tịch thu được công nhận tại nơi chúng tôi đặt trụ sở.

    Vui lòng trả lời thư này trong vòng 3 giờ, cho biết hành động Quý cơ quan dự định thực hiện. Các yêu cầu không được trả lời sẽ bị đóng; khi đó lệnh hạn chế tạm thời không thể gia hạn.

    Bộ phận Tuân thủ Kestrel, Phản hồi cơ quan thực thi pháp luật
usdt-opt-send-decision = Trả lời rằng quyết định phong tỏa có đóng dấu kèm bản dịch tiếng Anh sẽ được tải lên cổng ngay hôm nay
usdt-opt-promise-mla = Trả lời rằng yêu cầu tương trợ tư pháp sẽ được gửi sau, và đề nghị họ giữ tài khoản cho đến khi yêu cầu đến
usdt-opt-ask-return = Trả lời đề nghị họ chuyển ngay tiền về tài khoản của ông Châu
usdt-opt-no-reply = Chưa trả lời
usdt-inj-prosecutor-review = Viện kiểm sát đã nhận hồ sơ vụ án để xem xét truy tố.

## Giai đoạn và xét xử

usdt-phase-golden-hour = Giai đoạn 1: trình báo và giờ vàng
usdt-phase-tracing = Giai đoạn 2: đọc dòng tiền
usdt-phase-foreign-leg = Giai đoạn 3: sàn giao dịch, bên phát hành và khu lừa đảo
usdt-phase-trial = Giai đoạn 4: hồ sơ và xét xử
usdt-chal-unlawful = Luật sư bào chữa: hồ sơ khách hàng của sàn được mua từ một kẻ buôn dữ liệu; chứng cứ thu thập trái pháp luật và phải bị loại bỏ.
usdt-excl-unlawful = Tòa án: hồ sơ mua từ một kẻ buôn dữ liệu ở nước ngoài được thu thập trái thủ tục pháp luật; việc thu thập không thể khắc phục hay giải thích hợp lý. Loại bỏ.
usdt-chal-intel = Luật sư bào chữa: đây là những gì nhân viên một sàn giao dịch gửi qua cổng web; không ai nói được ai đã trích xuất, khi nào, hay nó được lưu giữ thế nào. Đó là manh mối, không phải chứng cứ.
usdt-excl-intel = Tòa án: tài liệu từ cổng web của một công ty nước ngoài, không có bản chính thức qua tương trợ tư pháp, chỉ là thông tin tình báo; nguồn gốc và việc lưu giữ không thể kiểm chứng. Không thể làm căn cứ cho bản án.
usdt-chal-provenance = Luật sư bào chữa: chứng cứ này đến từ nước ngoài; bên công tố phải chứng minh nguồn, bên cung cấp, thời điểm cung cấp, người trích xuất và thời điểm trích xuất.
usdt-excl-provenance = Tòa án: bên công tố không giải trình được nguồn và việc trích xuất chứng cứ nước ngoài này; không thể làm căn cứ cho bản án.
usdt-chal-unpreserved = Luật sư bào chữa: không có giá trị băm nào được ghi lại cho dữ liệu điện tử này; không gì cho thấy nó không bị sửa đổi.
usdt-excl-unpreserved = Tòa án: không có giá trị băm hay hồ sơ toàn vẹn nào được lập khi trích xuất dữ liệu điện tử; tính xác thực không thể xác nhận. Không chấp nhận.
usdt-chal-confession = Luật sư bào chữa: lời khai của bị cáo được đưa ra dưới sự đe dọa sau khi bị đưa về nước; chúng tôi đề nghị loại bỏ chứng cứ bất hợp pháp.
usdt-excl-confession = Tòa án: bên công tố không chứng minh được lời khai được thu thập hợp pháp. Loại bỏ.
usdt-proof-fraud = Hành vi lừa đảo: danh tính giả, nền tảng giả và các khoản chuyển tiền của nạn nhân
usdt-proof-money = Dòng tiền: từ các thẻ nhận tiền của nạn nhân đến ví và tài khoản sàn của băng nhóm
usdt-proof-identity = Danh tính của bị cáo

## Thang điểm

usdt-cr-recovered = Tiền đã hoàn trả cho nạn nhân
usdt-cr-secured = Tiền đã được bảo toàn (hoàn trả, phong tỏa hoặc tạm giữ)
usdt-cr-traced = Chuỗi đã được lần ra (thẻ trung chuyển, người mua bán, các ví, sàn, ví lưu giữ)
usdt-cr-identified = Nghi phạm đã được xác định
usdt-cr-custody = Nghi phạm đã được đưa về
usdt-cr-convicted = Kết án
usdt-cr-admitted = Chứng cứ được tòa án chấp nhận
usdt-cr-victim = Chăm lo cho nạn nhân (đến nhà cảnh báo, nói thật và giới thiệu hỗ trợ)
usdt-cr-compliance = Tuân thủ pháp luật
usdt-band-a = Xuất sắc
usdt-band-b = Tốt
usdt-band-c = Đạt
usdt-band-d = Cần cải thiện
usdt-band-f = Không đạt

## Rút kinh nghiệm

usdt-db-base-rate = Bối cảnh: tháng 1 năm 2025, INTERPOL cho biết 99 % tài sản phạm tội không bao giờ được thu hồi; FATF ước tính chưa đến 2 % tiền do phạm tội mà có bị thu giữ. Những gì lấy lại được trong vụ như thế này là ngoại lệ.
usdt-db-cards-stopped = Hai thẻ thuê được tạm dừng thanh toán khi tiền vẫn còn trên đó. Lệnh tạm dừng thanh toán khẩn cấp có hiệu lực trong vài phút và kéo dài 48 giờ (gia hạn tối đa hai lần); lệnh phong tỏa sau khi khởi tố đã giữ được tiền, và việc hoàn trả theo sau.
usdt-db-cards-lost = Phần lớn tiền trên hai thẻ thuê đã rời đi trước khi lệnh tạm dừng nào có hiệu lực. Các nền tảng chạy điểm chuyển từng đợt trong vài giờ: những phút sau khi trình báo là quyết định.
usdt-db-pooled = Thẻ 1 còn mang tiền của những nạn nhân khác. Tiền thu hồi từ một thẻ chạy điểm dùng chung được chia cho các nạn nhân của thẻ theo số tiền và thời gian, không trả hết cho người trình báo đầu tiên.
usdt-db-tipped = Một lệnh chặn trên thẻ trung chuyển, được điều khiển từ IP của khu lừa đảo ở Myawaddy, đã báo động băng nhóm ngay lập tức. Các ví và tài khoản sàn bị rút sạch, người cho thuê thẻ xóa sạch điện thoại và những kẻ cầm đầu rời khỏi khu vực. Sao kê đã cho thấy điều đó: một máy tính ở Myawaddy đăng nhập vào cả chục thẻ. Phong tỏa hay theo dõi: những thẻ do người cho thuê tự điều khiển bằng điện thoại của mình có thể chặn an toàn; thẻ này nên được theo dõi.
usdt-db-followed = Chuỗi đã được đọc từ các sao kê mà không báo động băng nhóm: thẻ thuê, thẻ trung chuyển, người mua bán, hai ví liên kết qua cùng một bên trả phí, và một địa chỉ nạp tiền của sàn. Mỗi liên kết dựa trên số tiền và thời gian khớp nhau, và trên việc ai điều khiển từng tài khoản.
usdt-db-not-traced = Dòng tiền không được lần đến sàn giao dịch. Mỗi sao kê đều chỉ ra tài khoản tiếp theo; các dấu hiệu liên kết đã có sẵn để đọc (cùng một bên trả phí cho hai ví, một địa chỉ nạp tiền chuyển tiếp vào ví nóng của sàn).
usdt-db-exch-kept = Thư trả lời của sàn nói rõ điều gì giữ được lệnh hạn chế: quyết định phong tỏa có đóng dấu kèm bản dịch tiếng Anh qua cổng của sàn, không phải tương trợ tư pháp. Tự đọc thư và trả lời trong ba giờ đó đã giữ tài khoản bị hạn chế cho đến khi hoàn trả.
usdt-db-exch-mla = Thư trả lời của sàn nói rằng KHÔNG cần tương trợ tư pháp để duy trì lệnh hạn chế, chỉ cần quyết định phong tỏa có đóng dấu kèm bản dịch. Tương trợ tư pháp mất nhiều tháng (6–24 tháng theo đánh giá năm 2014 của Hội đồng châu Âu); lệnh hạn chế 72 giờ đã hết từ lâu và tài khoản bị rút sạch.
usdt-db-exch-return = Thư trả lời của sàn nói rằng họ chỉ trả tiền theo lệnh của tòa án hoặc quyết định tịch thu. Đòi tiền ngay không giữ được gì: lệnh hạn chế hết sau 72 giờ. Việc hoàn trả đi qua tương trợ tư pháp, sau bản án.
usdt-db-translated = Thư trả lời của sàn đã được gửi đi dịch. Bản dịch chính thức mất bốn giờ; sàn đóng yêu cầu sau ba giờ, và lệnh hạn chế không thể giữ được nữa. Cán bộ làm việc được bằng ngoại ngữ mà không cần phiên dịch là một trong những điều mà các tài liệu đào tạo đòi hỏi.
usdt-db-issuer = USDT trong ví lưu giữ đã bị bên phát hành phong tỏa tại địa chỉ: cách duy nhất để chặn token trong một ví tự quản. (Quy trình của bên phát hành được mô phỏng như một giả định đào tạo.)
usdt-db-cashed-out = Một phần tiền đã đến điểm đổi tiền mặt ở Myawaddy và đã mất. Tiền rời một vùng tài phán trong chưa đầy một ngày (cảnh sát Hồng Kông, 2019); trên sổ cái công khai nó di chuyển trong vài phút.
usdt-db-care = Chuyến đến nhà cảnh báo đã gặp được ông Châu trước khoản "tiền ký quỹ rủi ro". Nạn nhân thường tiếp tục chuyển tiền, phủ nhận bị lừa và có thể gặp nguy hiểm; đến nhà cùng gia đình, nói thật về những gì có thể thu hồi và giới thiệu hỗ trợ là một phần của vụ án.
usdt-db-no-care = Không ai đến gặp ông Châu trước khoản "tiền ký quỹ rủi ro": ông đã trả thêm 150.000 nhân dân tệ. Nạn nhân thường tiếp tục chuyển tiền; cuộc gọi cảnh báo và chuyến đến nhà cùng gia đình phải đi trước.
usdt-db-dealer = Người mua bán OTC được lấy lời khai với tư cách người làm chứng: thẻ của anh là thẻ của thương nhân, điều khiển từ điện thoại của chính anh, với hàng trăm người mua, và anh chuyển USDT theo giá thị trường. Các lệnh của anh nối nhân dân tệ với ví của băng nhóm. Coi mọi người mua bán là nghi phạm sẽ đánh mất điều đó.
usdt-db-dealer-blocked = Thẻ của người mua bán OTC đã bị chặn. Thẻ không giữ chút tiền nào của vụ án: anh đã chuyển USDT vài phút sau mỗi khoản thanh toán, như sao kê cho thấy (điện thoại của chính anh, hàng trăm người mua). Bị đối xử như nghi phạm, người thương nhân nhiều khả năng vô tội đó đã ngừng hợp tác, và lịch sử lệnh của anh, mối nối giữa nhân dân tệ và ví của băng nhóm, đã mất đi với tư cách chứng cứ của người làm chứng.
usdt-db-wiped = Điện thoại của những người cho thuê thẻ đã bị xóa sạch theo lệnh của nền tảng sau khi băng nhóm bị báo động; việc thu giữ cần vụ án đã được khởi tố và phải đi trước khi băng nhóm cảnh giác.
usdt-db-broker = Hồ sơ khách hàng của sàn được mua từ một kẻ buôn dữ liệu: trái pháp luật, bị loại bỏ và bị trừ điểm tuân thủ pháp luật. Chính hồ sơ đó có thể có được một cách hợp pháp qua tương trợ tư pháp.
usdt-db-intel-excluded = Tài liệu từ cổng của sàn là manh mối: không có bản chính thức qua tương trợ tư pháp, tòa án không thể xem xét nguồn, bên cung cấp và việc trích xuất.
usdt-db-report-preserved = Báo cáo truy vết được tính giá trị băm ngay khi viết xong. Dữ liệu được xác minh trên chuỗi khối được suy đoán là không bị sửa đổi (Quy tắc tố tụng trực tuyến của Tòa án Nhân dân Tối cao 2021, Điều 16, áp dụng tương tự trong vụ án hình sự); ở đây giá trị băm của báo cáo và các giao dịch công khai mà nó trích dẫn tự nói lên điều đó.
usdt-db-returned = Viện kiểm sát trả hồ sơ để điều tra bổ sung: một mắt xích của chuỗi chứng minh không có chứng cứ nào có thể đưa ra trước tòa. Mỗi lần trả tối đa một tháng, nhiều nhất hai lần.
usdt-db-convicted = Tòa án tuyên có tội. Những người của khu lừa đảo được đưa về từ Myawaddy qua các chiến dịch chung của Trung tâm Lan Thương – Mê Kông; từ tháng 2 năm 2025 đến tháng 1 năm 2026, hơn 7.600 người đã được hồi hương từ các khu lừa đảo ở Myawaddy.
usdt-db-not-convicted = Không kết án được: cần cả một nghi phạm bị tạm giữ lẫn một chứng cứ được chấp nhận cho mỗi mắt xích của việc chứng minh.

## Tên nguồn

usdt-src-pboc-86 = Thông báo của Ngân hàng Nhân dân Trung Quốc và Bộ Công an, Ngân phát [2016] số 86: tạm dừng thanh toán khẩn cấp 48 giờ, gia hạn tối đa hai lần
usdt-src-mps-freeze = Quy định của Bộ Công an Trung Quốc về thủ tục giải quyết vụ án hình sự: phong tỏa do thủ trưởng công an cấp huyện phê duyệt, 6 tháng, có thể gia hạn
usdt-src-cbrc-mps-12 = Quy định của Ủy ban Quản lý Ngân hàng và Bộ Công an (2016), Điều 12: hoàn trả tiền bị phong tỏa ngay hoặc trong 3 ngày làm việc
usdt-src-aftf-20 = Luật Chống lừa đảo qua viễn thông và mạng của Trung Quốc (2022), Điều 20
usdt-src-mps-30min = Quy tắc phản ứng nhanh của Bộ Công an (2016): nhập thông tin tài khoản nạn nhân trong 30 phút
usdt-src-mps-2022-routes = Bộ Công an (2022): rửa tiền qua công ty thanh toán, nền tảng chạy điểm và tiền kỹ thuật số
usdt-src-mule-minutes = Chuỗi 5–6 tài khoản trung gian "trong vài phút" (chưa kiểm chứng)
usdt-src-hk-24h = South China Morning Post (2019): tiền lừa đảo rời Hồng Kông trong chưa đầy 24 giờ
usdt-src-freeze-or-follow = Giảng dạy điều tra tài chính: "phong tỏa hay theo dõi"
usdt-src-pooled-share = Thẩm tra dòng tiền: tiền từ thẻ dùng chung được chia cho các nạn nhân của thẻ
usdt-src-mps-174 = Quy định của Bộ Công an về thủ tục giải quyết vụ án hình sự (2020), Điều 174: xác minh trước khi khởi tố
usdt-src-icja-2018 = Luật Tương trợ tư pháp hình sự quốc tế của Trung Quốc (2018)
usdt-src-untoc-18 = Công ước Liên Hợp Quốc về chống tội phạm có tổ chức xuyên quốc gia, Điều 18, hoặc nguyên tắc có đi có lại
usdt-src-tcy-2014 = Hội đồng châu Âu, báo cáo đánh giá của T-CY về tương trợ tư pháp (2014)
usdt-src-lm-lecc = Trung tâm hợp tác thực thi pháp luật và an ninh tổng hợp Lan Thương – Mê Kông
usdt-src-myawaddy-2025 = Chiến dịch Trung Quốc – Myanmar – Thái Lan chống các khu lừa đảo ở Myawaddy (2025)
usdt-src-exchange-portal = Giả định đào tạo: cổng yêu cầu của sàn dành cho cơ quan thực thi pháp luật (không phải quy định pháp luật)
usdt-src-issuer-freeze = Giả định đào tạo: bên phát hành stablecoin phong tỏa tại địa chỉ (không phải quy định pháp luật)
usdt-src-chain-clustering = Truy vết tiền ảo và phân cụm địa chỉ chuỗi khối (nội dung khóa học)
usdt-src-victim-care = Chăm lo nạn nhân trong các vụ lừa đảo viễn thông: cảnh báo, gia đình, giới thiệu hỗ trợ, trung thực
usdt-src-cpl-56 = Bộ luật Tố tụng hình sự Trung Quốc, Điều 56
usdt-src-cpl-175 = Bộ luật Tố tụng hình sự Trung Quốc, Điều 175
usdt-src-exclusion-2017 = Quy định về loại trừ chứng cứ bất hợp pháp trong vụ án hình sự (2017), Điều 1
usdt-src-spc-405 = Giải thích của Tòa án Nhân dân Tối cao về Bộ luật Tố tụng hình sự (2012), Điều 405 (2021: Điều 77)
usdt-src-spp-online-37 = Quy định của Viện Kiểm sát Nhân dân Tối cao về vụ án tội phạm mạng (2021), Điều 37
usdt-src-spc-online-16 = Quy tắc tố tụng trực tuyến của Tòa án Nhân dân Tối cao (2021), Điều 16
usdt-src-remote-abroad = Không có thẩm quyền thu thập chứng cứ ở nước ngoài khi không được pháp luật cho phép
usdt-src-design-defaults = Giả định đào tạo của vụ án này (chưa kiểm chứng)
usdt-src-training-needs = Những gì các bài viết nền tảng đòi hỏi ở đào tạo (dạy học theo tình huống, truy vết tiền ảo, ngoại ngữ)
usdt-src-base-rate = INTERPOL (2025) và FATF: tiền phạm tội được thu hồi rất ít
