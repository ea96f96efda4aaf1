// What makes each demo market look like itself: currency, buyers with names typical of the market, addresses,
// carriers with their tracking-number shapes, carrier event texts and chat lines in the buyers' languages.
// All people, addresses and numbers are invented. Used only to build the sandbox's initial state.
import type { Market } from '../shared/markets';

export interface MarketFixture {
  currency: string;
  decimals: 0 | 2;
  phone: string; // masked the way platform-logistics orders show it
  // six buyers: [0] has orders but no chat yet (the one /api/buyer-messages writes as), [5] bought long ago
  buyers: { name: string; nickname: string; platform?: 'TIKTOK_SHOP' | 'TOKOPEDIA' }[];
  addresses: { line: string; city: string; region: string; postal: string }[];
  carriers: { name: string; id: string; pattern: string }[]; // pattern: # digit, A capital letter
  tracking: [created: string, pickedUp: string, hub: string, outForDelivery: string, delivered: string];
  chat: ChatLines;
}

export interface ChatLines {
  askWhere: string;
  replyWhere: string;
  askProduct: string;
  replyProduct: string;
  askStock: string;
  replyStock: string;
  askDiscount: string;
  replyDiscount: string;
  askGift: string;
  replyGift: string;
  thanks: string;
  welcome: string;
  damaged: string;
  agentReply: string;
  robot: string;
  notification: string;
  rating: string;
  transfer: string;
}

const EN_TRACKING: MarketFixture['tracking'] = [
  'Shipping label created',
  'Package picked up by carrier',
  'Arrived at sorting hub',
  'Out for delivery',
  'Delivered',
];

export const MARKET_FIXTURES: Record<Market, MarketFixture> = {
  US: {
    currency: 'USD',
    decimals: 2,
    phone: '(+1)614*****21',
    buyers: [
      { name: 'Emily Johnson', nickname: 'emilyj.shops' },
      { name: 'Marcus Williams', nickname: 'marcus_w23' },
      { name: 'Sofia Martinez', nickname: 'sofi.mtz' },
      { name: 'Tyler Brooks', nickname: 'tbrooks' },
      { name: 'Ashley Nguyen', nickname: 'ash.nguyen' },
      { name: 'Daniel Carter', nickname: 'dcarter' },
    ],
    addresses: [
      { line: '1458 Maple Ave', city: 'Columbus', region: 'OH', postal: '43215' },
      { line: '88 Pine St Apt 4B', city: 'Seattle', region: 'WA', postal: '98101' },
      { line: '2301 Oak Ridge Dr', city: 'Austin', region: 'TX', postal: '78704' },
    ],
    carriers: [
      { name: 'USPS', id: '7117858858072016686', pattern: '9400##################' },
      { name: 'UPS', id: '7117859084333745966', pattern: '1ZAA############' },
    ],
    tracking: EN_TRACKING,
    chat: {
      askWhere: "Hi, where is my order? It's been almost a week.",
      replyWhere: "Hi! Your package is on its way and should arrive in 2-3 days. Here's the order:",
      askProduct: 'Is the cutting board dishwasher safe?',
      replyProduct: 'We recommend hand washing to keep the bamboo in good shape.',
      askStock: 'Will the sage pillow cover be back in stock?',
      replyStock: 'Yes, we restock next week!',
      askDiscount: 'Do you have any discount code for a second order?',
      replyDiscount: 'Sure, here is a coupon for you.',
      askGift: 'Can you add a gift note? It is for my mom.',
      replyGift: 'Of course, just tell us what to write.',
      thanks: 'Thank you so much!',
      welcome: "You're welcome, have a great day!",
      damaged: 'The soap dispenser arrived cracked. I want a refund please.',
      agentReply: "I'm so sorry about that. I've asked for a replacement to be sent today.",
      robot: 'Thanks for your message! We usually reply within a few hours.',
      notification: 'The buyer placed an order',
      rating: 'How would you rate this chat?',
      transfer: 'The conversation was transferred to another agent',
    },
  },
  GB: {
    currency: 'GBP',
    decimals: 2,
    phone: '(+44)7700*****12',
    buyers: [
      { name: 'Oliver Smith', nickname: 'olly.smith' },
      { name: 'Amelia Jones', nickname: 'amelia_j' },
      { name: 'Harry Taylor', nickname: 'harrytaylor99' },
      { name: 'Isla Brown', nickname: 'isla.b' },
      { name: 'Priya Patel', nickname: 'priyapatel_ldn' },
      { name: 'George Wilson', nickname: 'georgew' },
    ],
    addresses: [
      { line: '14 Kingsway', city: 'Manchester', region: 'Greater Manchester', postal: 'M19 2LL' },
      { line: '7 Albert Road', city: 'Bristol', region: 'Bristol', postal: 'BS2 0XA' },
      { line: '22 Queen Street', city: 'Leeds', region: 'West Yorkshire', postal: 'LS1 2TW' },
    ],
    carriers: [
      { name: 'Royal Mail', id: '7208502187360519942', pattern: 'AA#########GB' },
      { name: 'Evri', id: '7208502187360519943', pattern: 'H##AAA#########' },
    ],
    tracking: EN_TRACKING,
    chat: {
      askWhere: "Hiya, my order still hasn't arrived, could you check where it is?",
      replyWhere: "Hi! It's with Royal Mail and due tomorrow. Here's the order:",
      askProduct: 'Is the signet ring true to size? I am usually an N.',
      replyProduct: 'It runs true to size, so an N should fit nicely.',
      askStock: 'Will the pearl earrings be restocked before Christmas?',
      replyStock: 'Yes, a new batch lands in two weeks.',
      askDiscount: 'Is there a discount if I buy two?',
      replyDiscount: "Here's a voucher you can use at checkout.",
      askGift: 'Could you gift wrap it please?',
      replyGift: 'Happy to, it will go in our gift box.',
      thanks: 'Brilliant, cheers!',
      welcome: 'No problem at all, have a lovely day.',
      damaged: 'The locket chain snapped the first time I wore it. Not happy.',
      agentReply: "I'm really sorry. Please raise a return and we'll refund you in full.",
      robot: "Thanks for getting in touch! We'll be with you shortly.",
      notification: 'The buyer placed an order',
      rating: 'How would you rate this chat?',
      transfer: 'The conversation was transferred to another agent',
    },
  },
  ID: {
    currency: 'IDR',
    decimals: 0,
    phone: '(+62)812****7781',
    buyers: [
      { name: 'Siti Rahayu', nickname: 'sitirahayu_', platform: 'TIKTOK_SHOP' },
      { name: 'Budi Santoso', nickname: 'budisantoso88', platform: 'TOKOPEDIA' },
      { name: 'Dewi Lestari', nickname: 'dewi.lestari', platform: 'TIKTOK_SHOP' },
      { name: 'Agus Setiawan', nickname: 'agus_stw', platform: 'TIKTOK_SHOP' },
      { name: 'Putri Ayu Wulandari', nickname: 'putriayuw', platform: 'TIKTOK_SHOP' },
      { name: 'Rizky Pratama', nickname: 'rizkyprtm', platform: 'TOKOPEDIA' },
    ],
    addresses: [
      { line: 'Jl. Kebon Jeruk Raya No. 27', city: 'Jakarta Barat', region: 'DKI Jakarta', postal: '11530' },
      { line: 'Jl. Dago No. 112', city: 'Bandung', region: 'Jawa Barat', postal: '40135' },
      { line: 'Jl. Raya Darmo No. 45', city: 'Surabaya', region: 'Jawa Timur', postal: '60264' },
    ],
    carriers: [
      { name: 'J&T Express', id: '7208502187360519944', pattern: 'JP##########' },
      { name: 'SiCepat', id: '7208502187360519945', pattern: '00##########' },
    ],
    tracking: ['Pesanan dibuat', 'Paket telah diambil kurir', 'Paket tiba di gudang sortir', 'Paket sedang diantar', 'Paket telah diterima'],
    chat: {
      askWhere: 'Kak, pesanan aku kok belum sampai ya? Udah 5 hari nih',
      replyWhere: 'Halo kak! Paketnya sudah dalam perjalanan, estimasi tiba 2 hari lagi ya. Ini pesanannya:',
      askProduct: 'Serum vitamin C nya aman buat kulit sensitif ga kak?',
      replyProduct: 'Aman kak, sudah BPOM dan cocok untuk kulit sensitif.',
      askStock: 'Lip cream warna rosewood ready lagi kapan kak?',
      replyStock: 'Minggu depan restock kak, ditunggu ya!',
      askDiscount: 'Ada voucher gratis ongkir ga kak?',
      replyDiscount: 'Ada kak, ini vouchernya:',
      askGift: 'Bisa minta dibungkus kado ga kak?',
      replyGift: 'Bisa kak, nanti kami tambahkan kartu ucapan.',
      thanks: 'Makasih kak!',
      welcome: 'Sama-sama kak, ditunggu order berikutnya ya 😊',
      damaged: 'Kak botol sunscreen nya bocor pas sampai, mau refund aja',
      agentReply: 'Mohon maaf kak, silakan ajukan pengembalian dana, akan kami setujui.',
      robot: 'Halo kak, terima kasih sudah menghubungi Toko Cantik! Kami akan segera membalas.',
      notification: 'Pembeli telah membuat pesanan',
      rating: 'Bagaimana penilaian Anda untuk obrolan ini?',
      transfer: 'Percakapan dialihkan ke agen lain',
    },
  },
  TH: {
    currency: 'THB',
    decimals: 2,
    phone: '(+66)81*****45',
    buyers: [
      { name: 'ณัฐพงษ์ แซ่ลิ้ม', nickname: 'nattapong.s' },
      { name: 'ศิริพร วงศ์สา', nickname: 'siriporn_w' },
      { name: 'กิตติพงษ์ ชัยสิทธิ์', nickname: 'kittipong.c' },
      { name: 'พิมพ์ชนก บุญมี', nickname: 'pimchanok.bm' },
      { name: 'อนุชา ทองดี', nickname: 'anucha_td' },
      { name: 'สมชาย ใจดี', nickname: 'somchai.jd' },
    ],
    addresses: [
      { line: '99/12 ซอยสุขุมวิท 71 แขวงพระโขนงเหนือ', city: 'เขตวัฒนา', region: 'กรุงเทพมหานคร', postal: '10110' },
      { line: '45 ถนนนิมมานเหมินท์ ตำบลสุเทพ', city: 'อำเภอเมืองเชียงใหม่', region: 'เชียงใหม่', postal: '50200' },
      { line: '188 ถนนมิตรภาพ ตำบลในเมือง', city: 'อำเภอเมืองขอนแก่น', region: 'ขอนแก่น', postal: '40000' },
    ],
    carriers: [
      { name: 'Flash Express', id: '7208502187360519946', pattern: 'TH###########A' },
      { name: 'Kerry Express', id: '7208502187360519947', pattern: 'KERDO##########' },
    ],
    tracking: ['สร้างรายการจัดส่งแล้ว', 'พัสดุถูกรับโดยขนส่งแล้ว', 'พัสดุถึงศูนย์คัดแยกแล้ว', 'พัสดุกำลังนำส่ง', 'นำส่งพัสดุสำเร็จ'],
    chat: {
      askWhere: 'สั่งไปหลายวันแล้วค่ะ ของยังไม่ได้เลย ช่วยเช็คให้หน่อยได้ไหมคะ',
      replyWhere: 'สวัสดีค่ะ พัสดุอยู่ระหว่างจัดส่ง คาดว่าจะถึงภายใน 2 วันค่ะ นี่คือคำสั่งซื้อค่ะ',
      askProduct: 'เซรั่มตัวนี้ใช้กับผิวแพ้ง่ายได้ไหมคะ',
      replyProduct: 'ใช้ได้ค่ะ สูตรอ่อนโยน ไม่มีน้ำหอมค่ะ',
      askStock: 'ครีมกันแดดจะมีของเข้าอีกเมื่อไหร่คะ',
      replyStock: 'สัปดาห์หน้าค่ะ',
      askDiscount: 'มีโค้ดส่วนลดไหมคะ',
      replyDiscount: 'มีค่ะ ใช้คูปองนี้ได้เลยค่ะ',
      askGift: 'ห่อของขวัญให้ได้ไหมคะ',
      replyGift: 'ได้ค่ะ ยินดีค่ะ',
      thanks: 'ขอบคุณค่ะ',
      welcome: 'ยินดีค่ะ ขอบคุณที่อุดหนุนนะคะ',
      damaged: 'ได้ของแล้วแต่ขวดแตกค่ะ ขอคืนเงินได้ไหมคะ',
      agentReply: 'ขออภัยเป็นอย่างสูงค่ะ กรุณายื่นคำขอคืนเงิน ทางร้านจะอนุมัติให้ค่ะ',
      robot: 'ขอบคุณที่ติดต่อ Siam Glow ค่ะ แอดมินจะรีบตอบกลับโดยเร็วค่ะ',
      notification: 'ผู้ซื้อได้ทำการสั่งซื้อแล้ว',
      rating: 'คุณให้คะแนนการสนทนานี้อย่างไร',
      transfer: 'การสนทนาถูกโอนไปยังเจ้าหน้าที่คนอื่น',
    },
  },
  MY: {
    currency: 'MYR',
    decimals: 2,
    phone: '(+60)12****4567',
    buyers: [
      { name: 'Nur Aisyah Ahmad', nickname: 'aisyah.nur' },
      { name: 'Tan Wei Ming', nickname: 'weiming_tan' },
      { name: 'Muhammad Hafiz Ismail', nickname: 'hafiz.ismail' },
      { name: 'Priya a/p Rajan', nickname: 'priya.rajan' },
      { name: 'Lim Mei Ling', nickname: 'meiling.lim' },
      { name: 'Ahmad Faiz Rahman', nickname: 'faiz.rahman' },
    ],
    addresses: [
      { line: 'No. 12, Jalan SS 2/24', city: 'Petaling Jaya', region: 'Selangor', postal: '47300' },
      { line: '23 Lebuh Chulia', city: 'George Town', region: 'Pulau Pinang', postal: '10200' },
      { line: 'No. 8, Jalan Tun Abdul Razak', city: 'Johor Bahru', region: 'Johor', postal: '80000' },
    ],
    carriers: [
      { name: 'J&T Express', id: '7208502187360519948', pattern: '63##########' },
      { name: 'Ninja Van', id: '7208502187360519949', pattern: 'NVMY############' },
    ],
    tracking: EN_TRACKING,
    chat: {
      askWhere: 'Hi, bila barang saya akan sampai? Dah seminggu order',
      replyWhere: 'Hi! Parcel sedang dihantar, dijangka sampai dalam 2 hari. Ini order anda:',
      askProduct: 'Charger ni boleh guna untuk iPhone 15 tak?',
      replyProduct: 'Boleh, ia menyokong PD 20W untuk iPhone 15.',
      askStock: 'Earbuds warna putih ada stok lagi?',
      replyStock: 'Ada, stok baru masuk minggu ni.',
      askDiscount: 'Ada baucar diskaun tak?',
      replyDiscount: 'Ada, ini baucar untuk anda:',
      askGift: 'Boleh balut hadiah tak?',
      replyGift: 'Boleh, tiada caj tambahan.',
      thanks: 'Terima kasih!',
      welcome: 'Sama-sama, terima kasih kerana membeli!',
      damaged: 'Earbuds sebelah kiri tak berbunyi langsung. Nak pulangkan.',
      agentReply: 'Maaf atas kesulitan. Sila buat permohonan pemulangan, kami akan luluskan.',
      robot: 'Terima kasih kerana menghubungi Lumi! Kami akan membalas secepat mungkin.',
      notification: 'Pembeli telah membuat pesanan',
      rating: 'Bagaimana penilaian anda untuk sembang ini?',
      transfer: 'Perbualan dipindahkan kepada ejen lain',
    },
  },
  VN: {
    currency: 'VND',
    decimals: 0,
    phone: '(+84)90****3456',
    buyers: [
      { name: 'Nguyễn Thị Lan', nickname: 'lan.nguyen' },
      { name: 'Trần Văn Minh', nickname: 'minhtran.96' },
      { name: 'Lê Hoàng Nam', nickname: 'hoangnam.le' },
      { name: 'Phạm Thu Hà', nickname: 'thuha_pham' },
      { name: 'Võ Quốc Bảo', nickname: 'quocbao.vo' },
      { name: 'Đặng Minh Tuấn', nickname: 'minhtuan.dang' },
    ],
    addresses: [
      { line: '123 Nguyễn Trãi, Phường 2', city: 'Quận 5', region: 'TP. Hồ Chí Minh', postal: '700000' },
      { line: '45 Phố Huế, Phường Ngô Thì Nhậm', city: 'Quận Hai Bà Trưng', region: 'Hà Nội', postal: '100000' },
      { line: '78 Trần Phú, Phường Hải Châu 1', city: 'Quận Hải Châu', region: 'Đà Nẵng', postal: '550000' },
    ],
    carriers: [
      { name: 'GHN', id: '7208502187360519950', pattern: 'GA#AAA##' },
      { name: 'J&T Express', id: '7208502187360519951', pattern: '8###########' },
    ],
    tracking: ['Đã tạo vận đơn', 'Đơn vị vận chuyển đã lấy hàng', 'Đã đến kho phân loại', 'Đang giao hàng', 'Giao hàng thành công'],
    chat: {
      askWhere: 'Shop ơi, đơn của em bao giờ giao ạ? Em đặt 5 ngày rồi',
      replyWhere: 'Chào bạn! Đơn đang được giao, dự kiến 2 ngày nữa tới ạ. Đây là đơn hàng của bạn:',
      askProduct: 'Củ sạc này dùng cho Samsung được không shop?',
      replyProduct: 'Được bạn nhé, hỗ trợ sạc nhanh PD 20W.',
      askStock: 'Tai nghe màu trắng còn hàng không shop?',
      replyStock: 'Tuần sau shop có hàng lại bạn nhé.',
      askDiscount: 'Shop có mã giảm giá không ạ?',
      replyDiscount: 'Có bạn ơi, mã của bạn đây:',
      askGift: 'Shop gói quà giúp em được không?',
      replyGift: 'Được bạn nhé, shop gói miễn phí.',
      thanks: 'Cảm ơn shop nhiều!',
      welcome: 'Không có gì bạn ơi, cảm ơn bạn đã ủng hộ shop!',
      damaged: 'Cáp sạc bị đứt ngay khi nhận, em muốn hoàn tiền',
      agentReply: 'Shop rất xin lỗi bạn. Bạn gửi yêu cầu hoàn tiền, shop sẽ duyệt ngay ạ.',
      robot: 'Cảm ơn bạn đã liên hệ Lumi! Shop sẽ phản hồi sớm nhất.',
      notification: 'Người mua đã đặt hàng',
      rating: 'Bạn đánh giá cuộc trò chuyện này thế nào?',
      transfer: 'Cuộc trò chuyện đã được chuyển cho nhân viên khác',
    },
  },
  PH: {
    currency: 'PHP',
    decimals: 2,
    phone: '(+63)917****321',
    buyers: [
      { name: 'Maria Santos', nickname: 'maria.santos' },
      { name: 'Juan dela Cruz', nickname: 'juandc' },
      { name: 'Angelica Reyes', nickname: 'gelica.reyes' },
      { name: 'Mark Anthony Villanueva', nickname: 'markvillanueva' },
      { name: 'Kristine Mae Bautista', nickname: 'tinbautista' },
      { name: 'Paolo Mendoza', nickname: 'paolo.mdz' },
    ],
    addresses: [
      { line: 'Unit 5B, 118 Kalayaan Ave, Diliman', city: 'Quezon City', region: 'Metro Manila', postal: '1101' },
      { line: '32 Osmeña Blvd', city: 'Cebu City', region: 'Cebu', postal: '6000' },
      { line: '15 J.P. Laurel Ave, Bajada', city: 'Davao City', region: 'Davao del Sur', postal: '8000' },
    ],
    carriers: [
      { name: 'J&T Express', id: '7208502187360519952', pattern: '79##########' },
      { name: 'Flash Express', id: '7208502187360519953', pattern: 'P############' },
    ],
    tracking: EN_TRACKING,
    chat: {
      askWhere: 'Hi po, kailan po darating yung order ko? 1 week na po',
      replyWhere: 'Hello po! Naka-ship na po, darating within 2 days. Ito po yung order niyo:',
      askProduct: 'Pwede po ba itong charger sa iPhone 13?',
      replyProduct: 'Opo, supported po ang iPhone 13 (PD 20W).',
      askStock: 'May stock pa po ba ng white earbuds?',
      replyStock: 'Meron na po ulit next week.',
      askDiscount: 'May voucher po ba kayo?',
      replyDiscount: 'Meron po, heto po:',
      askGift: 'Pwede po bang i-gift wrap?',
      replyGift: 'Pwede po, free of charge.',
      thanks: 'Salamat po!',
      welcome: 'Walang anuman po, salamat sa pag-order!',
      damaged: 'Sira po yung cable pagdating, gusto ko po ng refund',
      agentReply: 'Pasensya na po. Pakisubmit po ng return request at ia-approve namin.',
      robot: 'Salamat sa pag-message sa Lumi! Sasagot kami agad.',
      notification: 'The buyer placed an order',
      rating: 'How would you rate this chat?',
      transfer: 'The conversation was transferred to another agent',
    },
  },
  SG: {
    currency: 'SGD',
    decimals: 2,
    phone: '(+65)9***4521',
    buyers: [
      { name: 'Tan Li Hua', nickname: 'lihua.tan' },
      { name: 'Muhammad Iskandar', nickname: 'iskandar_m' },
      { name: 'Priya Nair', nickname: 'priyanair.sg' },
      { name: 'Lim Jun Jie', nickname: 'junjie.lim' },
      { name: 'Chloe Wong', nickname: 'chloewong_' },
      { name: 'Ryan Goh', nickname: 'ryangoh' },
    ],
    addresses: [
      { line: 'Blk 123 Ang Mo Kio Ave 6, #08-456', city: 'Singapore', region: 'Singapore', postal: '560123' },
      { line: '10 Tampines Central 1, #05-12', city: 'Singapore', region: 'Singapore', postal: '529536' },
      { line: 'Blk 456 Jurong West St 42, #11-201', city: 'Singapore', region: 'Singapore', postal: '640456' },
    ],
    carriers: [
      { name: 'Ninja Van', id: '7208502187360519954', pattern: 'NVSG############' },
      { name: 'SingPost', id: '7208502187360519955', pattern: 'SP#########SG' },
    ],
    tracking: EN_TRACKING,
    chat: {
      askWhere: 'Hi, my order still never reach leh, can check for me?',
      replyWhere: 'Hi! Your parcel is out with Ninja Van, should reach in 1-2 days. Here is your order:',
      askProduct: 'Does the charger work with Samsung S23?',
      replyProduct: 'Yes, it supports fast charging for the S23.',
      askStock: 'The white earbuds got stock anot?',
      replyStock: 'Restocking next week!',
      askDiscount: 'Any voucher for free shipping?',
      replyDiscount: 'Yes, here is a voucher for you:',
      askGift: 'Can help me gift wrap?',
      replyGift: 'Can, no extra charge.',
      thanks: 'Thanks ah!',
      welcome: 'No problem, thank you for shopping with us!',
      damaged: 'The cable arrived spoilt already, I want refund',
      agentReply: 'So sorry about this. Please submit a return request and we will approve it.',
      robot: 'Thanks for messaging Lumi! We will reply shortly.',
      notification: 'The buyer placed an order',
      rating: 'How would you rate this chat?',
      transfer: 'The conversation was transferred to another agent',
    },
  },
};
