// The demo history both sides start from: AskChat's demo seed stores these conversations, and the sandbox
// holds the same ones in its customer-service API, so replying to a demo conversation works end to end.
// Written as buyers in each market write: mixed languages, missing diacritics, emoji. Times are minutes
// before the seed runs. Order ids are the sandbox's (sandbox/fixtures.ts shops).
import type { Market } from '../shared/markets';

export interface DemoLine {
  from: 'buyer' | 'seller';
  text: string;
  minutesAgo: number;
}

export interface DemoConversation {
  key: string; // stable suffix of the TikTok conversation id
  market: Market;
  buyer: { name: string; imUserId: string; userId: string };
  language: 'en' | 'zh' | 'th' | 'id' | 'ms' | 'vi' | 'tl' | 'es';
  intent: string;
  needsHuman?: boolean;
  lines: DemoLine[];
}

const b = (name: string, n: number) => ({ name, imUserId: `74940000000000${String(n).padStart(5, '0')}`, userId: `76940000000000${String(n).padStart(5, '0')}` });

export const DEMO_CONVERSATIONS: DemoConversation[] = [
  { key: '001', market: 'US', buyer: b('Jessica M.', 1), language: 'en', intent: 'order_status', lines: [{ from: 'buyer', text: 'Hi! I ordered the bamboo drawer organizers last Tuesday and tracking hasn’t moved in 3 days. Is it lost?', minutesAgo: 12 }] },
  { key: '002', market: 'US', buyer: b('Carlos R.', 2), language: 'es', intent: 'return_refund', lines: [{ from: 'buyer', text: 'Hola, el organizador llegó bien pero es más chico de lo que pensaba. ¿Cómo hago la devolución?', minutesAgo: 35 }] },
  { key: '003', market: 'US', buyer: b('Tanya W.', 3), language: 'en', intent: 'damaged_wrong_item', needsHuman: true, lines: [{ from: 'buyer', text: 'The glass jar came SHATTERED. There is glass all over the box. I want a refund not an excuse', minutesAgo: 64 }] },
  { key: '004', market: 'US', buyer: b('Mike D.', 4), language: 'en', intent: 'coupon_promo', lines: [{ from: 'buyer', text: 'does the 20% off code work on the spice rack too or just kitchen stuff', minutesAgo: 180 }, { from: 'seller', text: 'Hi Mike! The code works on everything in the shop, spice rack included 🙂', minutesAgo: 170 }, { from: 'buyer', text: 'awesome thanks', minutesAgo: 168 }] },
  { key: '005', market: 'GB', buyer: b('Eleanor H.', 5), language: 'en', intent: 'product_question', lines: [{ from: 'buyer', text: 'Good afternoon, could you confirm whether the cashmere scarf is suitable for dry cleaning only, or may it be hand washed?', minutesAgo: 22 }] },
  { key: '006', market: 'GB', buyer: b('James P.', 6), language: 'en', intent: 'address_change', lines: [{ from: 'buyer', text: 'Hi, I’ve just realised I put my old flat’s postcode on order 576942018830219761. Can it still be changed before dispatch?', minutesAgo: 48 }] },
  { key: '007', market: 'GB', buyer: b('Priya S.', 7), language: 'en', intent: 'complaint', needsHuman: true, lines: [{ from: 'buyer', text: 'Third time asking. Nobody has replied about my late parcel and frankly for a “premium” brand this is appalling.', minutesAgo: 95 }] },
  { key: '008', market: 'ID', buyer: b('Rina A.', 8), language: 'id', intent: 'order_status', lines: [{ from: 'buyer', text: 'kak paketku kok blm nyampe ya? udah 5 hari nih 🙏', minutesAgo: 6 }] },
  { key: '009', market: 'ID', buyer: b('Dedi S.', 9), language: 'id', intent: 'product_question', lines: [{ from: 'buyer', text: 'Min, serum vit C nya aman buat kulit sensitif gak? sama bpom kan?', minutesAgo: 27 }, { from: 'seller', text: 'Halo Kak Dedi! Serum kami sudah terdaftar BPOM dan diformulasikan untuk kulit sensitif ya 😊', minutesAgo: 20 }] },
  { key: '010', market: 'ID', buyer: b('Sari W.', 10), language: 'id', intent: 'damaged_wrong_item', needsHuman: true, lines: [{ from: 'buyer', text: 'Saya mau bicara dengan orang, paket saya datang rusak, botolnya pecah semua', minutesAgo: 41 }] },
  { key: '011', market: 'ID', buyer: b('Budi H.', 11), language: 'id', intent: 'cancel_order', lines: [{ from: 'buyer', text: 'kak tolong cancel pesanan 577104329481726354 ya, salah pilih warna', minutesAgo: 130 }] },
  { key: '012', market: 'ID', buyer: b('Ayu P.', 12), language: 'id', intent: 'coupon_promo', lines: [{ from: 'buyer', text: 'voucher gratis ongkir nya kok ga bisa dipake ya kak?', minutesAgo: 240 }] },
  { key: '013', market: 'TH', buyer: b('Nok', 13), language: 'th', intent: 'order_status', lines: [{ from: 'buyer', text: 'สวัสดีค่ะ สั่งของไปตั้งแต่วันจันทร์ ยังไม่ได้รับเลยค่ะ ตอนนี้ของอยู่ไหนคะ', minutesAgo: 15 }] },
  { key: '014', market: 'TH', buyer: b('Beam', 14), language: 'th', intent: 'return_refund', lines: [{ from: 'buyer', text: 'ครีมทาแล้วแพ้ค่ะ ขอคืนเงินได้มั้ยคะ', minutesAgo: 58 }] },
  { key: '015', market: 'TH', buyer: b('Ploy', 15), language: 'th', intent: 'product_question', lines: [{ from: 'buyer', text: 'กันแดดตัวนี้ใช้กับผิวมันได้ไหมคะ เหนอะหนะรึเปล่า', minutesAgo: 200 }] },
  { key: '016', market: 'TH', buyer: b('Toey', 16), language: 'th', intent: 'payment', lines: [{ from: 'buyer', text: 'จ่ายเงินไปแล้วแต่ระบบขึ้นว่ายังไม่ชำระค่ะ โดนตัดเงินแล้วด้วย', minutesAgo: 320 }] },
  { key: '017', market: 'MY', buyer: b('Aisyah', 17), language: 'ms', intent: 'order_status', lines: [{ from: 'buyer', text: 'Hi, barang saya bila nak sampai ye? Dah seminggu tak dapat lagi', minutesAgo: 9 }] },
  { key: '018', market: 'MY', buyer: b('Wei Ling', 18), language: 'en', intent: 'product_question', lines: [{ from: 'buyer', text: 'This one got stock or not ah? I want the grey colour, size M can fit 60kg?', minutesAgo: 44 }] },
  { key: '019', market: 'MY', buyer: b('Hafiz', 19), language: 'ms', intent: 'return_refund', lines: [{ from: 'buyer', text: 'Saiz tak muat la, boleh tukar saiz L tak? Kena pos balik ke?', minutesAgo: 150 }] },
  { key: '020', market: 'MY', buyer: b('陈美玲', 20), language: 'zh', intent: 'order_status', lines: [{ from: 'buyer', text: '你好，我的订单什么时候发货？已经三天了还没有物流信息', minutesAgo: 75 }] },
  { key: '021', market: 'VN', buyer: b('Ngọc Anh', 21), language: 'vi', intent: 'order_status', lines: [{ from: 'buyer', text: 'Shop ơi đơn của em bao giờ giao vậy ạ? Em đặt từ thứ 2 rồi', minutesAgo: 18 }] },
  { key: '022', market: 'VN', buyer: b('Minh Tuan', 22), language: 'vi', intent: 'damaged_wrong_item', needsHuman: true, lines: [{ from: 'buyer', text: 'shop giao sai mau roi, minh dat mau den ma nhan mau trang. Doi lai giup minh', minutesAgo: 66 }] },
  { key: '023', market: 'VN', buyer: b('Thu Trang', 23), language: 'vi', intent: 'coupon_promo', lines: [{ from: 'buyer', text: 'Mã giảm giá 11.11 còn dùng được không shop?', minutesAgo: 260 }] },
  { key: '024', market: 'VN', buyer: b('Hoang Long', 24), language: 'vi', intent: 'greeting', lines: [{ from: 'buyer', text: 'Cảm ơn shop nhiều nha, hàng đẹp lắm ❤️', minutesAgo: 400 }] },
  { key: '025', market: 'PH', buyer: b('Mae C.', 25), language: 'tl', intent: 'order_status', lines: [{ from: 'buyer', text: 'Hi po, kailan po darating yung order ko? Wala pa rin po kasi update sa tracking', minutesAgo: 11 }] },
  { key: '026', market: 'PH', buyer: b('Jomar T.', 26), language: 'tl', intent: 'cancel_order', lines: [{ from: 'buyer', text: 'pwede pa po ba i-cancel? nagkamali po ako ng address huhu', minutesAgo: 52 }] },
  { key: '027', market: 'PH', buyer: b('Kristine L.', 27), language: 'tl', intent: 'payment', lines: [{ from: 'buyer', text: 'COD po ba pwede dito sa Cebu? Or gcash lang?', minutesAgo: 140 }] },
  { key: '028', market: 'PH', buyer: b('Paolo G.', 28), language: 'tl', intent: 'human_request', needsHuman: true, lines: [{ from: 'buyer', text: 'Can I talk to a real person po? Hindi ko ma-gets yung auto reply', minutesAgo: 210 }] },
  { key: '029', market: 'SG', buyer: b('Darren K.', 29), language: 'en', intent: 'order_status', lines: [{ from: 'buyer', text: 'Eh my parcel still never come leh, tracking say delivered but nothing at my door', minutesAgo: 30 }] },
  { key: '030', market: 'SG', buyer: b('林志强', 30), language: 'zh', intent: 'product_question', lines: [{ from: 'buyer', text: '请问这个充电器可以用在iPhone 15吗？有没有保修？', minutesAgo: 85 }] },
  { key: '031', market: 'SG', buyer: b('Siti N.', 31), language: 'en', intent: 'return_refund', lines: [{ from: 'buyer', text: 'Hi, how long does the refund take to reach my card? Return already accepted yesterday', minutesAgo: 300 }, { from: 'seller', text: 'Hi Siti, refunds usually reach your card within 3–7 working days after approval.', minutesAgo: 290 }] },
  { key: '032', market: 'SG', buyer: b('Alvin T.', 32), language: 'en', intent: 'greeting', lines: [{ from: 'buyer', text: 'ok noted, thanks!', minutesAgo: 600 }] },
];

/** The sandbox's TikTok conversation id for a demo conversation. */
export function demoConversationId(key: string): string {
  return `71068883239226${key.padStart(5, '0')}`;
}
