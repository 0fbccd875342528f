# "Tài khoản an toàn" (scenarios/safe-account.ron)
# Tên tổ chức được cố ý để chung chung: không dùng tên ngân hàng, công ty thanh toán hay sàn giao dịch có thật.

## The case

safe-title = "Tài khoản an toàn": công an giả, chuỗi tài khoản thuê dẫn tới một sàn giao dịch ở Campuchia, và một nạn nhân vẫn tin kẻ lừa đảo
safe-summary = Ninh Ba. "Cán bộ Trương của Công an thành phố Thượng Hải" nói với bà Lâm, 61 tuổi, kế toán đã nghỉ hưu, rằng chứng minh thư của bà bị dùng để rửa tiền, cho bà xem một "lệnh bắt" qua cuộc gọi video, và ra lệnh bà chuyển tiền tiết kiệm vào một "tài khoản an toàn" để "xác minh". Bà đã chuyển 630.000 nhân dân tệ. Con trai bà đến trình báo; lúc này bà đang ở ngân hàng để chuyển tiếp, và bà tin rằng công an thật mới là kẻ giả mạo. Hãy đọc sao kê từng tầng để tìm dòng tiền, chặn tiền mà không đánh động ổ lừa đảo, nắm lấy đề nghị của sàn giao dịch Campuchia (họ viết bằng tiếng Anh), ngăn bà tiếp tục chuyển tiền, và đưa kẻ vận hành thiết bị GOIP cùng tổ trưởng của ổ lừa đảo ra tòa.
safe-obj-statements = Lần theo dòng tiền bằng cách truy vấn sao kê và nối từng giao dịch với đối tác của nó, đọc kỹ số tiền và thời gian để một lần nối sai không làm mất những giờ vàng.
safe-obj-freeze-or-follow = Đọc từ sao kê xem ai vận hành từng tài khoản, và chặn tiền ở nơi việc chặn không đánh động ổ lừa đảo.
safe-obj-abroad = Giữ kịp số USDT ở sàn giao dịch Campuchia: đọc thư trả lời bằng tiếng Anh của sàn, nối tiếp bằng INTERPOL I-24/7, và soạn yêu cầu tương trợ tư pháp dựa trên các sự kiện đã được xác lập, một căn cứ pháp lý và sao kê ngân hàng thu thập chính thức.
safe-obj-victim = Bảo vệ một nạn nhân phủ nhận mình bị lừa: cuộc gọi cảnh báo, đến thăm tận nhà, huy động gia đình, nói thật những gì có thể thu hồi, và giới thiệu hỗ trợ tâm lý.
safe-obj-goip = Biến thiết bị GOIP ở Trung Quốc thành đầu mối trong nước: kẻ vận hành, thiết bị làm chứng cứ, mà không đánh động ổ lừa đảo trước khi tiền của nó bị giữ.

## Report and what is known

safe-statement = Trình báo của anh Trần Hạo, 34 tuổi, con trai nạn nhân là bà Lâm, 61 tuổi, kế toán đã nghỉ hưu, Ninh Ba, lúc 10:00: từ hôm kia mẹ anh liên tục nhận cuộc gọi của "cán bộ Trương, Công an thành phố Thượng Hải". Hắn nói chứng minh thư của bà bị dùng để mở tài khoản trong một vụ rửa tiền; một "kiểm sát viên" mặc sắc phục cho bà xem "lệnh bắt" có tên bà qua cuộc gọi video. Bà bị yêu cầu không được nói với ai, kể cả gia đình, và phải chuyển tiền tiết kiệm vào một "tài khoản an toàn" để "xác minh tài chính" chứng minh bà trong sạch. Sáng hôm qua bà chuyển 380.000 nhân dân tệ, 9:00 hôm nay chuyển thêm 250.000. 9:40 bà ra ngân hàng để "xác minh" số tiền tiết kiệm còn lại. Qua điện thoại bà nói với anh rằng nếu có công an gọi cho bà thì đó mới là công an giả: "cán bộ Trương" đã dặn trước.
safe-known-transfers = Biên lai ngân hàng điện tử của bà: 380.000 nhân dân tệ lúc 8:00 hôm qua và 250.000 nhân dân tệ lúc 9:00 hôm nay, đều vào thẻ 6217 **** **** 4471 của một ngân hàng thương mại nông thôn ở Hà Nam: "tài khoản an toàn".
safe-known-denial = Bà Lâm tin những kẻ gọi điện. Chúng nói với bà rằng cuộc điều tra "thật" là bí mật và ai nói khác đi đều là người của băng nhóm. Bà còn tiền tiết kiệm khác, một hợp đồng bảo hiểm, và một người em gái có thể cho bà vay tiền.
safe-known-calls = Các cuộc gọi hiện số máy bàn Thượng Hải. Những cuộc gọi như vậy thường đi qua một thiết bị GOIP chuyển cuộc gọi internet sang SIM trong nước; thiết bị nằm đâu đó ở Trung Quốc.
safe-known-statements = Ngân hàng và công ty thanh toán trả lời truy vấn bằng sao kê trong 10 đến 30 phút; sổ cái công khai đọc được trong 5 phút. Mỗi lần nối được xác nhận tốn của chuyên viên phân tích 10 phút; nối sai tốn thêm 2 giờ.
safe-victim-name = Bà Lâm

## Places and institutions

safe-jur-cn = Trung Quốc
safe-jur-kh = Campuchia
safe-jur-chain = Sổ cái công khai (TRON): ví tự lưu ký
safe-jur-ae = Các Tiểu vương quốc Ả Rập Thống nhất
safe-inst-cn-bank-nb = Một ngân hàng thương mại thành phố ở Ninh Ba
safe-inst-cn-bank-hn = Một ngân hàng thương mại nông thôn ở Hà Nam
safe-inst-cn-bank-gx = Một ngân hàng thương mại cổ phần, chi nhánh Quảng Tây
safe-inst-cn-pay = Một công ty trung gian thanh toán
safe-inst-cn-bank-yw = Một ngân hàng nhà nước, chi nhánh Nghĩa Ô
safe-inst-cn-bank-other = Các ngân hàng trong nước khác
safe-inst-cn-atm = Rút tiền mặt tại ATM
safe-inst-tron = Chuỗi khối TRON (USDT)
safe-inst-kh-exch = Một sàn giao dịch tiền mã hóa ở Phnôm Pênh

## Accounts

safe-acc-lin = Tài khoản tiết kiệm của bà Lâm
safe-acc-safe-card = "Tài khoản an toàn" (thẻ đuôi 4471, Hà Nam)
safe-acc-pay-acct = Tài khoản thanh toán đuôi 7702
safe-acc-otc-bank = Tài khoản ngân hàng đuôi 8830 (Nghĩa Ô)
safe-acc-otc-wallet = Địa chỉ USDT TQ7x…9fK2
safe-acc-kh-deposit = Địa chỉ nạp tiền trên sàn TXk4…q9Rm
safe-acc-gang-wallet = Ví USDT riêng TMv8…3sLp
safe-acc-den-wallet = Ví USDT riêng mới của ổ lừa đảo TNp3…7hWc
safe-acc-safe-card-2 = "Tài khoản an toàn" mới (thẻ đuôi 1928, Quảng Tây)
safe-acc-atm-cash = Tiền mặt rút tại ATM
safe-acc-nz-shop = Một tài khoản thương nhân (cửa hàng)
safe-acc-nz-card = Một thẻ ngân hàng cá nhân
safe-acc-nz-game = Một thương nhân nạp tiền trò chơi
safe-acc-nz-otc = Tài khoản ngân hàng của người khác (một người buôn bán OTC)
safe-acc-nz-buyer = Một thẻ ngân hàng cá nhân (một người mua USDT)
safe-acc-nz-addr = Một địa chỉ USDT khác
safe-dev-safe-card = Ngân hàng di động trên một điện thoại Android ở Chu Khẩu, Hà Nam, qua cùng một đường internet gia đình suốt hai năm: điện thoại của chính chủ thẻ.
safe-dev-pay-acct = Đăng nhập từ một địa chỉ IP ở Sihanoukville, Campuchia; ba thiết bị khác nhau trong chín ngày; tài khoản mở cách đây chín ngày bằng chứng minh thư của một người đàn ông ở Quảng Tây.
safe-dev-otc-bank = Điện thoại của chủ tài khoản tại cửa hàng của anh ta ở Nghĩa Ô, cùng một thiết bị từ năm 2021; hàng trăm người mua mỗi tháng, mỗi khoản thu đều khớp với một lần chuyển USDT cùng giá trị.
safe-dev-otc-wallet = Một ví nóng rất bận: hàng trăm lần chuyển USDT mỗi ngày, tới nhiều sàn và ví riêng, mỗi lần khớp với một giao dịch bán.
safe-dev-kh-deposit = Các lệnh rút được ký từ chính địa chỉ IP ở Sihanoukville đã đăng nhập tài khoản thanh toán 7702.
safe-dev-safe-card-2 = Tiền mặt được rút tại ATM ở ba quận của Ninh Ba trong vòng một giờ.

## Domestic measures and reading the money

safe-ground-case-filed = Đã khởi tố vụ án hình sự
safe-req-case-filed = Vụ án chưa được khởi tố.
safe-fact-paid = Bà Lâm đã chuyển 630.000 nhân dân tệ vào một "tài khoản an toàn" theo chỉ dẫn của những kẻ gọi điện
safe-fact-impersonation = Những kẻ gọi điện giả danh cán bộ công an và kiểm sát viên (lệnh bắt giả)
safe-fact-traced-kh = Dòng tiền đã được lần qua tài khoản thanh toán và số USDT của người buôn bán OTC tới địa chỉ nạp tiền này
safe-fact-den-ip = Tài khoản thanh toán được vận hành từ một địa chỉ IP ở Sihanoukville
safe-fact-goip = Các cuộc gọi được chuyển qua một thiết bị GOIP ở Trung Quốc, nay đã bị thu giữ
safe-fact-boss-id = Tổ trưởng đã được xác định qua hồ sơ KYC của sàn giao dịch
safe-basis-untoc18 = Công ước của Liên Hợp Quốc về chống tội phạm có tổ chức xuyên quốc gia, Điều 18
safe-basis-reciprocity = Nguyên tắc có đi có lại

## Channels

safe-ch-kh-exch = Bộ phận phối hợp với cơ quan thực thi pháp luật của sàn (qua thư điện tử)
safe-ch-i247 = Dừng thanh toán qua INTERPOL I-24/7 (I-GRIP)
safe-ch-mla = Tương trợ tư pháp (Campuchia)
safe-ch-lm = Trung tâm Hợp tác thực thi pháp luật và an ninh tổng hợp Lan Thương – Mê Kông (Côn Minh)
safe-ch-local-psb = Cơ quan công an nơi đặt thiết bị GOIP (phối hợp liên vùng)
safe-sv-exch-statement = Yêu cầu hồ sơ và KYC của địa chỉ nạp tiền
safe-sv-exch-restrict = Hạn chế tự nguyện trong 72 giờ
safe-sv-i247-hold = Dừng thanh toán (tạm giữ tài khoản ở nước ngoài)
safe-sv-mla-freeze-return = Phong tỏa khẩn cấp nhằm tịch thu và hoàn trả
safe-sv-mla-evidence = Yêu cầu hồ sơ của sàn làm chứng cứ
safe-sv-lm-joint-op = Chiến dịch chung: bắt giữ và đưa về nước
safe-sv-raid = Khám xét căn hộ và thu giữ thiết bị ngay
safe-sv-stakeout = Mai phục thiết bị và bắt kẻ vận hành khi hắn đến
safe-req-exch-offer = Sàn chỉ hạn chế tài khoản theo đúng điều kiện của chính đề nghị của họ, và chưa có đề nghị nào được chấp nhận.

## Suspects

safe-sus-goip-op = Kẻ vận hành GOIP
safe-role-goip-op = Lắp đặt và bảo trì thiết bị GOIP trong một căn hộ thuê ở Tuyền Châu, Phúc Kiến; được trả công theo số SIM
safe-sus-boss = "Cán bộ Trương"
safe-role-boss = Giọng nói của "cán bộ Trương": tổ trưởng của ổ lừa đảo ở Sihanoukville; hồ sơ KYC của sàn chỉ ra hắn

## Evidence

safe-ev-statement = Đơn trình báo của anh Trần và lời khai sau đó của bà Lâm
safe-ev-phone-data = Ảnh chụp điện thoại của bà Lâm: nhật ký cuộc gọi, ảnh "lệnh bắt", màn hình cuộc gọi video
safe-ev-call-records = Hồ sơ viễn thông của các số máy gọi đến
safe-ev-bank-records = Hồ sơ của ngân hàng và công ty thanh toán trên toàn chuỗi (thu thập chính thức)
safe-ev-otc-records = Hồ sơ giao dịch của người buôn bán OTC và tin nhắn của anh ta với người mua
safe-ev-kh-kyc = Hồ sơ KYC và lịch sử giao dịch của địa chỉ nạp tiền trên sàn
safe-ev-goip-box = Thiết bị GOIP, các SIM và nhật ký của nó
safe-m-telecom = Thu thập hồ sơ của nhà mạng (được phép cả trước khi khởi tố)
safe-m-evidence-notice = Thu thập hồ sơ của ngân hàng và công ty thanh toán bằng thông báo thu thập chứng cứ
safe-m-insider = Mua hồ sơ KYC từ một nhân viên của sàn qua Telegram
safe-src-report = Biên bản ghi lời trình báo
safe-src-phone = Sao chép khi tiếp nhận từ điện thoại của con trai (ảnh anh chụp điện thoại của mẹ)
safe-src-telecom = Hồ sơ nhà mạng cung cấp theo thông báo
safe-src-banks = Hồ sơ ngân hàng và công ty thanh toán cung cấp theo thông báo thu thập chứng cứ
safe-src-otc-app = Ứng dụng OTC và lịch sử tin nhắn do người buôn bán giao nộp với tư cách người làm chứng
safe-src-exch-email = Thư điện tử của bộ phận tuân thủ của sàn
safe-src-insider = Tệp do một nhân viên của sàn gửi qua Telegram để lấy tiền
safe-src-goip-seizure = Biên bản khám xét, thu giữ tại căn hộ ở Tuyền Châu
safe-who-son = Anh Trần Hạo (con trai nạn nhân)
safe-who-duty-officer = Cán bộ trực ban
safe-who-telecom = Nhà mạng viễn thông
safe-who-banks = Các ngân hàng và công ty thanh toán
safe-who-case-unit = Đơn vị thụ lý vụ án
safe-who-dealer = Người buôn bán OTC, anh Tiền
safe-who-exch-desk = Bộ phận tuân thủ của sàn
safe-who-insider = Một nhân viên của sàn hành động với tư cách cá nhân
safe-who-local-psb = Công an thành phố Tuyền Châu
safe-who-forensic = Phòng giám định

## Victim care

safe-task-warn-call = Cuộc gọi cảnh báo chống lừa đảo (96110) cho bà Lâm và báo cho quầy giao dịch ngân hàng của bà
safe-task-visit = Đến nhà bà Lâm cùng cảnh sát khu vực
safe-task-family = Mời con trai và em gái bà cùng tham gia
safe-task-honest = Nói thật với bà: khoản nào đang bị giữ, khoản nào đã mất, khoản nào có thể trở về
safe-task-referral = Giới thiệu bà tới dịch vụ hỗ trợ tâm lý
safe-why-family = Gia đình chỉ giúp được khi đã gặp trực tiếp bà: hãy đến thăm bà trước.
safe-why-honest = Hãy gặp trực tiếp bà trước, và chỉ khi đã thực sự giữ được một phần tiền: trước đó không thể nói thật gì về việc thu hồi.
safe-why-referral = Giới thiệu hỗ trợ cần có lòng tin của bà: hãy đến thăm bà trước.
safe-msg-warn-call = Cuộc gọi cảnh báo: bà Lâm cúp máy ("cán bộ Trương đã nói các anh sẽ gọi"). Nhân viên quầy, được trung tâm chống lừa đảo báo trước, giữ lại lệnh chuyển 100.000 nhân dân tệ của bà và nói chuyện với bà cho đến khi bà bực bội bỏ về mà không chuyển tiền.
safe-msg-visit = Đến thăm nhà: bà Lâm đưa ra "lệnh bắt". Bà chưa tin nó là giả, nhưng đồng ý tạm dừng chuyển tiền và, cùng cán bộ, hủy lệnh chuyển 150.000 nhân dân tệ qua ATM lúc 13:00 (chỉ được ghi có sau 24 giờ).
safe-msg-family = Con trai và em gái ngồi cùng bà. Em gái từ chối khoản "vay" 200.000 nhân dân tệ mà "các cán bộ" đòi, con trai đặt hạn mức hằng ngày cho các thẻ của bà với sự đồng ý của bà.
safe-msg-honest = Bạn nói thẳng với bà khoản nào đang bị giữ, khoản nào đã ra nước ngoài và việc hoàn trả mất bao lâu, không hứa hẹn gì. Lần đầu tiên bà hỏi vì sao những kẻ gọi điện biết số chứng minh thư của bà. Bà hủy việc rút tiền từ hợp đồng bảo hiểm.
safe-msg-referral = Một chuyên viên tư vấn của dịch vụ hỗ trợ nạn nhân đến thăm bà; tuần sau con trai sẽ đưa bà đi tiếp.

## Events and choices

safe-from-duty-chief = Chỉ huy trực ban
safe-from-son = Anh Trần Hạo
safe-from-dealer = Anh Tiền, người buôn bán OTC (Nghĩa Ô)
safe-from-exch = Bộ phận tuân thủ của sàn (Phnôm Pênh)
safe-from-lm = Trung tâm Lan Thương – Mê Kông, Côn Minh
safe-from-prosecutor = Viện kiểm sát
safe-inj-filed = Vụ án được khởi tố dựa trên trình báo của con trai và các biên lai chuyển khoản, dù bà Lâm phủ nhận bị lừa. Đêm qua, khi bà ngủ, con trai đã chụp lại màn hình điện thoại của bà: nhật ký cuộc gọi, ảnh "lệnh bắt" và màn hình cuộc gọi video.
safe-inj-atm-again = Anh Trần: "Mẹ tôi ra ATM lúc một giờ và chuyển 150.000 nhân dân tệ vào một thẻ mới mà 'các cán bộ' đưa cho bà. Ngân hàng nói chuyển khoản ATM cho người khác chỉ đến nơi sau 24 giờ."
safe-inj-dealer-call = Anh Tiền, người buôn bán OTC ở Nghĩa Ô, gọi đến phòng trực ban, rất tức giận: tài khoản của anh bị dừng thanh toán. Anh sống bằng nghề mua bán USDT đã nhiều năm, sáng nay nhận 250.000 nhân dân tệ của một người mua và chưa chuyển USDT. Anh đề nghị cho xem hồ sơ giao dịch và tin nhắn với người mua, nhưng nói sẽ kể với mọi người buôn bán anh quen nếu không ai giải thích.
safe-opt-witness = Giải thích lý do dừng thanh toán, lấy lời khai của anh với tư cách người làm chứng cùng hồ sơ giao dịch, và đề nghị anh giữ kín
safe-opt-detain = Tạm giữ anh như nghi phạm về tội giúp sức cho hoạt động phạm tội trên mạng thông tin
safe-opt-ignore = Tạm thời không trả lời anh
safe-cmp-detain = Tạm giữ một người buôn bán khi không có chứng cứ cho thấy anh ta biết về hành vi lừa đảo (tài khoản cho thấy nhiều năm giao dịch bình thường) là áp dụng biện pháp cưỡng chế không có căn cứ.
safe-inj-exch-email =
    Người gửi: Bộ phận tuân thủ
    Tiêu đề: Trả lời: Địa chỉ nạp tiền TXk4…q9Rm

    Kính gửi cán bộ,
    1. Địa chỉ này thuộc một tài khoản đã xác minh danh tính (KYC: công dân Cộng hòa Nhân dân Trung Hoa; mọi lần đăng nhập đều từ Sihanoukville). Toàn bộ số dư đang chờ rút theo quy trình xét duyệt rút khoản lớn của chúng tôi; hồ sơ được đính kèm.
    2. Chúng tôi không thể thực hiện lệnh phong tỏa do cơ quan nước ngoài ban hành. Theo chính sách của chúng tôi, văn bản pháp lý nào chúng tôi không thể chấp nhận sẽ được thông báo cho chủ tài khoản.
    3. Chúng tôi có thể hạn chế tự nguyện tài khoản trong 72 giờ nếu quý vị xác nhận bằng văn bản, trong vòng 2 giờ kể từ thư này, rằng một yêu cầu qua INTERPOL hoặc Cảnh sát Quốc gia Campuchia sẽ được gửi tới.
    Xin đừng liên hệ với chủ tài khoản.
safe-opt-confirm = Trả lời đúng như thư yêu cầu, và đề nghị điều mà thư đưa ra
safe-opt-send-order = Gửi cho họ thông báo phong tỏa có đóng dấu của cơ quan ta, yêu cầu thực hiện ngay
safe-opt-wait = Chờ bản dịch rồi mới trả lời
safe-inj-den-gone = Trung tâm Lan Thương – Mê Kông: cảnh sát Campuchia tìm thấy tầng làm việc của ổ lừa đảo ở Sihanoukville đã trống không. Điện thoại và máy tính bị xóa sạch; tổ trưởng được cho là đã bay sang Dubai.
safe-inj-son-worried = Anh Trần: "Mẹ tôi mấy ngày nay gần như không ăn, không ra khỏi nhà. Bà cứ nói tất cả là lỗi của bà."
safe-inj-prosecutor-review = Hồ sơ vụ án được chuyển sang Viện kiểm sát để xem xét truy tố. Viện kiểm sát sẽ kiểm tra nguồn gốc của từng chứng cứ, và trả hồ sơ để điều tra bổ sung nếu một mắt xích chứng minh không có chứng cứ nào có thể đưa ra trước tòa.

## Phases

safe-phase-golden = Giai đoạn 1: những giờ vàng
safe-phase-days = Giai đoạn 2: những ngày tiếp theo
safe-phase-formal = Giai đoạn 3: các yêu cầu chính thức
safe-phase-trial = Giai đoạn 4: hồ sơ và xét xử

## Trial

safe-chal-unlawful = Luật sư bào chữa: hồ sơ KYC của sàn do một cán bộ Trung Quốc mua từ nhân viên qua Telegram; phải bị loại bỏ.
safe-excl-unlawful = Tòa: điều tra viên không có thẩm quyền thu thập chứng cứ ở nước ngoài khi không được phép, càng không được trả tiền cho người trong nội bộ. Loại bỏ.
safe-chal-intel = Luật sư bào chữa: hồ sơ KYC này là thư điện tử của bộ phận một công ty tư nhân; không gì cho thấy ai trích xuất, khi nào, và được lưu giữ thế nào.
safe-excl-intel = Tòa: đây là bản sao không chính thức, không giải trình được nguồn gốc, chưa bao giờ được thu thập qua kênh chính thức; không thể làm căn cứ cho bản án.
safe-chal-foreign = Luật sư bào chữa: hồ sơ này đến từ Campuchia; bên buộc tội phải chứng minh nguồn, người cung cấp, thời điểm cung cấp, người trích xuất và thời điểm trích xuất.
safe-excl-foreign = Tòa: bên buộc tội không giải trình được nguồn gốc và việc trích xuất chứng cứ từ nước ngoài này; không thể làm căn cứ cho bản án.
safe-chal-unpreserved = Luật sư bào chữa: dữ liệu từ điện thoại của bà Lâm được sao chép mà không ghi giá trị băm; không gì cho thấy nó không bị sửa đổi.
safe-excl-unpreserved = Tòa: không thể xác nhận tính toàn vẹn của dữ liệu điện tử. Không chấp nhận.
safe-proof-deception = Hành vi lừa dối: giả danh cán bộ, lệnh bắt giả và các lần chuyển tiền
safe-proof-money = Dòng tiền qua các tài khoản trong nước
safe-proof-usdt = Việc đổi sang USDT và chuyển tới địa chỉ nạp tiền của ổ lừa đảo
safe-proof-calls = Các cuộc gọi: ai chuyển tiếp và từ đâu

## Scoring

safe-cr-recovered = Tiền đã trả lại cho nạn nhân
safe-cr-secured = Tiền đã được giữ (trả lại, phong tỏa hoặc tạm giữ)
safe-cr-custody = Nghi phạm bị tạm giữ
safe-cr-convicted = Kết án
safe-cr-admitted = Chứng cứ được tòa chấp nhận
safe-cr-compliance = Tuân thủ pháp luật
safe-cr-victim-care = Hỗ trợ nạn nhân (cuộc gọi cảnh báo, đến thăm, gia đình, nói thật, giới thiệu hỗ trợ)
safe-cr-quiet = Không đánh động ổ lừa đảo
safe-band-a = Xuất sắc
safe-band-b = Tốt
safe-band-c = Đạt
safe-band-d = Cần cải thiện
safe-band-f = Không đạt

## Debrief

safe-db-base-rate = Bối cảnh: tháng 1 năm 2025, INTERPOL cho biết 99 % tài sản phạm tội không bao giờ được thu hồi; theo FATF, phần tiền thu lời bất chính bị thu giữ dưới 2 %.
safe-db-dealer-stopped = Lệnh dừng thanh toán trên tài khoản của người buôn bán OTC đã giữ 250.000 nhân dân tệ ở trong nước: anh ta chỉ chuyển USDT khi tiền nhân dân tệ đã về. Lệnh dừng thanh toán khẩn cấp có hiệu lực trong vài phút và kéo dài 48 giờ, gia hạn tối đa hai lần; sau đó phải phong tỏa và hoàn trả trong 3 ngày làm việc.
safe-db-p2-gone = Khoản 250.000 nhân dân tệ chuyển sáng nay đã vào ví riêng mới của ổ lừa đảo: người buôn bán OTC đã chuyển USDT trước khi có lệnh dừng nào tới tài khoản của anh ta. Anh ta chuyển USDT trong vòng vài giờ sau khi tiền nhân dân tệ về; lệnh dừng thanh toán khẩn cấp có hiệu lực trong vài phút, nên chính những phút đọc sao kê, và mọi lần nối sai, đã quyết định kết quả. Không biện pháp nào của vụ án này với tới một ví tự lưu ký.
safe-db-kh-gone = Số dư tại sàn giao dịch Campuchia đã được rút về ví riêng của ổ lừa đảo trước khi có lệnh hạn chế hay tạm giữ nào. Cảnh sát Hồng Kông nhận thấy tiền lừa đảo thường rời thành phố trong vòng 24 giờ; quy trình xét duyệt rút khoản lớn của sàn chỉ kéo dài thêm một, hai ngày, không hơn.
safe-db-tipped = Bọn lừa đảo trong ổ đã bị đánh động: bởi lệnh dừng thanh toán trên chính tài khoản thanh toán của nó (đăng nhập từ Sihanoukville), bởi thông báo phong tỏa nước ngoài mà sàn đã báo cho chủ tài khoản, bởi lời của một người buôn bán đang tức giận, hoặc bởi cuộc khám xét làm thiết bị GOIP mất tín hiệu. Nó rút những gì còn rút được và tổ trưởng bỏ đi. Hãy đọc dòng thiết bị trên sao kê trước khi chọn chặn tiền ở đâu.
safe-db-quiet = Bọn lừa đảo trong ổ không hề biết công an đã lần theo chuỗi tài khoản: lệnh dừng rơi vào một tài khoản nó không vận hành, và thiết bị GOIP vẫn chạy cho đến khi kẻ vận hành tới.
safe-db-witness = Bạn coi người buôn bán OTC là người làm chứng. Hồ sơ giao dịch và tin nhắn của anh ta với người mua là chứng cứ hợp pháp về việc đổi sang USDT, và lời khai không cho thấy dấu hiệu anh ta biết về hành vi lừa đảo. Trước cũng như sau khi khởi tố, công an có thể hỏi và thu thập tài liệu mà không hạn chế quyền của ai.
safe-db-detained = Bạn tạm giữ người buôn bán OTC như nghi phạm. Lời khai của anh ta cho thấy nhiều năm giao dịch bình thường và không có dấu hiệu biết về lừa đảo: việc tạm giữ làm mất điểm tuân thủ, và nhóm người buôn bán của anh đã chuyển tin cho người mua.
safe-db-ignored = Không ai giải thích lệnh dừng thanh toán cho người buôn bán OTC. Anh ta kể với những người buôn bán quen biết; người mua của ổ lừa đảo ở trong số đó.
safe-db-read-it = Bạn tự đọc thư trả lời của sàn và chấp nhận đề nghị kịp thời: một xác nhận bằng văn bản rằng yêu cầu qua INTERPOL sẽ được gửi đã đổi lấy 72 giờ hạn chế, rồi lệnh tạm giữ I-24/7 và sau đó lệnh phong tỏa theo tương trợ tư pháp nối tiếp.
safe-db-sent-order = Bạn gửi cho sàn một thông báo phong tỏa trong nước. Thư đã nói rõ sàn không thể thực hiện lệnh của cơ quan nước ngoài và sẽ báo những văn bản như vậy cho chủ tài khoản: họ đã báo, và ổ lừa đảo rút tiền. Đọc hiểu bức thư chính là quyết định.
safe-db-waited = Bạn chờ bản dịch. Đề nghị của sàn hết hạn sau 2 giờ còn bản dịch mất 3 giờ: số dư vẫn nằm trong hàng chờ rút. Cán bộ có thể làm việc bằng ngoại ngữ mà không cần phiên dịch là một trong những nhu cầu đào tạo mà các bài viết nêu ra.
safe-db-no-i247 = Địa chỉ nạp tiền đã được biết nhưng không có yêu cầu dừng thanh toán I-24/7. Việc tạm giữ qua INTERPOL đến trong vài giờ đến khoảng một ngày sau khi chuyển qua công an cấp tỉnh và Bộ Công an, và phải được nối tiếp bằng một yêu cầu chính thức; hạn chế tự nguyện kết thúc sau 72 giờ.
safe-db-kh-kept = Số USDT bị giữ tại sàn Campuchia đã trở về một phần: việc hạn chế, lệnh tạm giữ I-24/7 và lệnh phong tỏa theo tương trợ tư pháp giữ nó cho đến quyết định tịch thu của tòa, và phần đã thỏa thuận được hoàn trả (tỷ lệ 70 % là giả định mô phỏng).
safe-db-no-mla = Không có yêu cầu tương trợ tư pháp nào được gửi. Các biện pháp tạm giữ sẽ hết hạn; chỉ lệnh phong tỏa chính thức được duy trì đến quyết định tịch thu mới đưa tiền từ nước ngoài về, và chỉ tương trợ tư pháp mới mang về hồ sơ nước ngoài ở dạng tòa xem xét như chứng cứ chính thức (6 đến 24 tháng, theo T-CY của Hội đồng châu Âu, 2014).
safe-db-care-full = Bà Lâm được gọi điện cảnh báo, được đến thăm, có gia đình bên cạnh, được nói thật về những gì có thể thu hồi, và được giới thiệu hỗ trợ tâm lý: mỗi bước đã chặn một lần chuyển tiền mà lẽ ra bà đã thực hiện, và bước cuối cùng chấm dứt sự phủ nhận của bà. Nạn nhân thường phủ nhận bị lừa, tiếp tục chuyển tiền, hoặc có nguy cơ tự sát.
safe-db-kept-paying = Bà Lâm vẫn tiếp tục chuyển tiền sau khi có trình báo: "tài khoản an toàn" mới của bà bị rút tiền mặt tại ATM trong vòng một giờ. Một nạn nhân tin kẻ gọi điện không dừng lại chỉ vì một cuộc gọi; cuộc gọi cảnh báo, việc đến thăm, gia đình và lời nói thật mỗi thứ chặn một lần chuyển tiền khác nhau.
safe-db-no-call = Không ai gọi điện cảnh báo khi bà Lâm đang đứng ở quầy ngân hàng. Quy định phản ứng nhanh của Bộ Công an yêu cầu nhập thông tin tài khoản của nạn nhân trong vòng 30 phút sau trình báo: cuộc gọi của trung tâm chống lừa đảo và cảnh báo tới ngân hàng của bà là việc của những phút đầu.
safe-db-atm = Việc đến thăm diễn ra trong vòng 24 giờ sau lệnh chuyển qua ATM: từ tháng 12 năm 2016, chuyển khoản ATM cho người khác chỉ đến nơi sau 24 giờ và có thể hủy trong thời gian đó, nên nó đã được hủy.
safe-db-no-referral = Bà Lâm không bao giờ được giới thiệu hỗ trợ tâm lý. Nạn nhân của loại lừa đảo này tự trách mình; tổn hại là về tinh thần cũng như tài chính, và một số người có nguy cơ tự sát.
safe-db-goip = Kẻ vận hành GOIP bị bắt ngay tại thiết bị ở Tuyền Châu. Thiết bị chuyển cuộc gọi internet của ổ lừa đảo qua SIM trong nước, vì thế các cuộc gọi hiện số Thượng Hải: thiết bị bị thu giữ, các SIM và nhật ký của nó nối các cuộc gọi với ổ lừa đảo.
safe-db-goip-raid = Thiết bị đã bị thu giữ, nhưng ổ lừa đảo thấy nó mất tín hiệu và đã đi trước khi tổ trưởng bị bắt. Mai phục cho đến khi kẻ vận hành tới thay SIM lẽ ra đã giữ cho ổ lừa đảo không hay biết trong lúc tiền của nó bị giữ.
safe-db-boss = "Cán bộ Trương" bị đưa về nước qua chiến dịch chung của Trung tâm Lan Thương – Mê Kông, trên cơ sở lệnh bắt đã được Viện kiểm sát phê chuẩn, với hồ sơ KYC của sàn chỉ ra hắn.
safe-db-insider = Bạn đã mua hồ sơ KYC từ một nhân viên của sàn. Điều tra viên Trung Quốc không có thẩm quyền thu thập chứng cứ ở nước ngoài khi không được phép: hồ sơ làm mất điểm tuân thủ và bị loại bỏ, dù đến nhanh thế nào.
safe-db-kyc-informal = Hồ sơ KYC của sàn vẫn chỉ là một bản sao thư điện tử không chính thức: một đầu mối giúp xác định tổ trưởng, không phải chứng cứ. Chỉ bản sao chính thức thu được qua tương trợ tư pháp, có giải trình nguồn gốc và việc trích xuất, mới dùng được.
safe-db-unpreserved = Dữ liệu sao chép từ điện thoại của bà Lâm bị loại bỏ: không ghi giá trị băm khi sao chép lúc tiếp nhận.
safe-db-returned = Viện kiểm sát trả hồ sơ để điều tra bổ sung: một mắt xích chứng minh không có chứng cứ nào có thể đưa ra trước tòa. Mỗi lần trả mất tối đa một tháng; sau hai lần, Viện kiểm sát quyết định không truy tố.
safe-db-convicted = Tòa xác định việc giả danh, dòng tiền, việc đổi sang USDT và các cuộc gọi đều được chứng minh bằng chứng cứ hợp pháp, và tuyên có tội.
safe-db-not-convicted = Không có bản án kết tội: một mắt xích chứng minh bị thiếu hoặc chứng cứ bị loại bỏ, hoặc không ai bị tạm giữ. Không có bản án kết tội thì không có quyết định tịch thu để trả lại số tiền bị phong tỏa ở nước ngoài.

## Source titles

safe-src-pboc-86 = Thông tư của Ngân hàng Nhân dân Trung Quốc và Bộ Công an về cơ chế dừng thanh toán khẩn cấp và phong tỏa nhanh tài khoản liên quan đến lừa đảo viễn thông, Ngân phát [2016] số 86
safe-src-mps-freeze = Quy định của Bộ Công an về thủ tục giải quyết vụ án hình sự (phong tỏa)
safe-src-cbrc-mps-12 = Quy định năm 2016 của Ủy ban Quản lý Ngân hàng và Bộ Công an về phong tỏa và hoàn trả tiền trong vụ lừa đảo viễn thông, Điều 12
safe-src-aftf-20 = Luật Chống lừa đảo viễn thông và mạng internet của Trung Quốc (2022), Điều 20
safe-src-mps-30min = Quy định phản ứng nhanh của Bộ Công an đối với lừa đảo viễn thông (2016), theo Tân Hoa Xã
safe-src-atm-24h = Quy định về chuyển khoản ATM cho người khác được ghi có sau 24 giờ (có hiệu lực từ 1/12/2016)
safe-src-mps-2022-routes = Bộ Công an (2022) về các kênh rửa tiền: công ty thanh toán, nền tảng "chạy điểm", tiền số
safe-src-mule-minutes = Các báo cáo về chuỗi 5–6 tài khoản chuyển tiền trong vài phút (chưa được kiểm chứng)
safe-src-hk-24h = South China Morning Post (2019): tiền lừa đảo rời Hồng Kông trong vòng 24 giờ
safe-src-freeze-or-follow = Giảng dạy điều tra tài chính: phong tỏa hay theo dõi
safe-src-seed-goip = Chu Vũ Tình, Nghiên cứu hợp tác thực thi pháp luật quốc tế chống lừa đảo viễn thông "giết heo" (thiết bị GOIP)
safe-src-mps-174 = Quy định của Bộ Công an về thủ tục giải quyết vụ án hình sự (2020), Điều 174
safe-src-victim-care = Chu Vũ Tình, Nghiên cứu hợp tác thực thi pháp luật quốc tế chống lừa đảo viễn thông "giết heo", phần II(3)3 (nạn nhân)
safe-src-foreign-language = Các bài viết về đào tạo cán bộ cho các vụ lừa đảo xuyên biên giới (ngoại ngữ, truy vết tiền số)
safe-src-interpol-igrip = Cơ chế dừng thanh toán I-24/7 và I-GRIP của INTERPOL; CNA (2024); South China Morning Post (2023)
safe-src-routing = Chu Vũ Tình, Nghiên cứu hợp tác thực thi pháp luật quốc tế chống lừa đảo viễn thông "giết heo", phần IV(4)1
safe-src-icja-2018 = Luật Tương trợ tư pháp quốc tế về hình sự của Trung Quốc (2018), Điều 2, 9, 10, 14
safe-src-kh-untoc = Công ước của Liên Hợp Quốc về chống tội phạm có tổ chức xuyên quốc gia, Điều 18; nguyên tắc có đi có lại
safe-src-mla-emergency = Quy tắc thực hiện (thí điểm) đối với yêu cầu tương trợ tư pháp hình sự từ nước ngoài: phong tỏa khẩn cấp
safe-src-tcy-2014 = Hội đồng châu Âu, báo cáo đánh giá của T-CY về tương trợ tư pháp (2014)
safe-src-icja-return = Luật Tương trợ tư pháp quốc tế về hình sự của Trung Quốc (2018), Điều 47–55
safe-src-cpl-arrest = Bộ luật Tố tụng hình sự Trung Quốc, phê chuẩn bắt giữ của Viện kiểm sát
safe-src-lm-lecc = Trung tâm Hợp tác thực thi pháp luật và an ninh tổng hợp Lan Thương – Mê Kông (Tân Hoa Xã, 2024)
safe-src-no-authority-abroad = Chu Vũ Tình, Nghiên cứu hợp tác thực thi pháp luật quốc tế chống lừa đảo viễn thông "giết heo", phần III.3
safe-src-cpl-56 = Bộ luật Tố tụng hình sự Trung Quốc, Điều 56
safe-src-spc-405 = Giải thích của Tòa án Nhân dân Tối cao về áp dụng Bộ luật Tố tụng hình sự (2021), Điều 77 (Giải thích năm 2012, Điều 405)
safe-src-police-coop-2016 = Ý kiến của Tòa án Nhân dân Tối cao, Viện Kiểm sát Nhân dân Tối cao và Bộ Công an về các vụ lừa đảo viễn thông, Pháp phát [2016] số 32, phần 6
safe-src-spp-online-37 = Quy định của Viện Kiểm sát Nhân dân Tối cao về giải quyết vụ án tội phạm mạng (2021), Điều 37
safe-src-cpl-175 = Bộ luật Tố tụng hình sự Trung Quốc, Điều 175
safe-src-base-rate = INTERPOL (tháng 1 năm 2025); FATF
safe-src-design-defaults = Các giả định huấn luyện của vụ án này (xác suất và thời gian không do quy định nào ấn định)
