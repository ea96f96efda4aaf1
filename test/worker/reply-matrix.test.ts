// Every routine intent answered in every language, from the sandbox's real order data, through the whole
// path: a sandbox buyer writes → signed webhook → AskChat stores, understands, gathers facts, decides,
// composes → the answer goes out through the customer-service API. Then the intents that always need a
// person (one holding message in the buyer's language, a draft for the agent), and the tone per market:
// formal UK brand, friendly-direct US, warm Southeast Asia with emoji only when the shop allows them.
//
// Each case writes as its own fresh sandbox buyer (POST /api/buyers: one recent order in the status the
// case needs), so cases never share a conversation. One harness for the file.
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { demoShopForMarket } from '../../sandbox/fixtures';
import type { SbxOrder } from '../../sandbox/state';
import type { Intent } from '../../shared/intents';
import { MARKET_INFO, type Language, type Market } from '../../shared/markets';
import { ROUTINE_INTENTS, type RoutineIntent } from '../../shared/reply/decide';
import type { ShopSettings } from '../../shared/schemas/shop-settings';
import { understand } from '../../shared/understand';
import { conversations, messages, shops } from '../../worker/db/schema';
import { createHarness, signUp } from '../support/harness';
import { buyerWrites, connectSeller, sellerOf } from '../support/tiktok';

const h = await createHarness();
const owner = await signUp(h, 'Reply Matrix Org');
// One connection per demo seller: Lumi Global's grant brings its MY, VN, PH and SG cross-border shops.
for (const market of ['US', 'GB', 'ID', 'TH', 'MY'] as const) await connectSeller(h, owner.client, sellerOf(market), market === 'US' ? 'us' : 'row');
const shopRows = await h.db.select().from(shops).where(eq(shops.orgId, owner.orgId));
const shopIdOf = (market: Market) => shopRows.find((s) => s.market === market)!.id;
// TikTok does not say what kind of shop it is; the seller tells AskChat that Aurelia London is a brand.
expect((await owner.client.patch(`/api/shops/${shopIdOf('GB')}`, { type: 'brand' })).status).toBe(200);

/** Where each language is written in this file: a shop of a market that speaks it (SG and MY are cross-border). */
const MARKET_OF: Record<Language, Market> = { en: 'US', es: 'US', zh: 'SG', th: 'TH', id: 'ID', ms: 'MY', vi: 'VN', tl: 'PH' };
const LANGS = Object.keys(MARKET_OF) as Language[];

// The shop facts replies may state besides the orders: cash on delivery and one voucher per shop.
const VOUCHER: Record<Market, string> = { US: 'SUNNYDEAL', GB: 'AURELIAVIP', ID: 'CANTIKHEMAT', TH: 'SIAMGLOW', MY: 'LUMIJIMAT', VN: 'LUMIGIAM', PH: 'LUMITIPID', SG: 'LUMISAVE' };
const baseSettings = (market: Market): ShopSettings => ({
  policies: { cod: true, activeCoupons: [{ code: VOUCHER[market], description: 'Storewide voucher' }] },
});
async function setSettings(market: Market, extra: ShopSettings = {}) {
  const res = await owner.client.put(`/api/shops/${shopIdOf(market)}/settings`, { ...baseSettings(market), ...extra });
  expect(res.status, res.text).toBe(200);
  return res.body;
}
for (const market of ['US', 'GB', 'ID', 'TH', 'MY', 'VN', 'PH', 'SG'] as const) await setSettings(market);
// TikTok's message times are whole seconds, AskChat's own have milliseconds. Real time never stands still
// on a second boundary, so keep the test clock off it too: then AskChat's reply sorts after the buyer
// message it answers, as it does in production (a tie would be broken by random id order).
h.clock.advance(500);

// ---------------------------------------------------------------------------------------------------
// Driving the sandbox and reading what happened

/** A new sandbox buyer of the market's demo shop with one recent order in `status`. */
async function freshBuyer(market: Market, status = 'IN_TRANSIT'): Promise<{ buyer: string; order: SbxOrder }> {
  // The sandbox allows 50 Open API calls a second per shop, on the harness's clock: let time pass.
  h.clock.advance(5_000);
  const res = await h.sandbox.app.request('/api/buyers', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ market, order_status: status }),
  });
  const body = (await res.json()) as { buyer_user_id: string; order_id: string };
  expect(res.status, JSON.stringify(body)).toBe(201);
  const order = h.sandbox.state().orders[body.order_id]!;
  expect(order).toMatchObject({ buyerUserId: body.buyer_user_id, status, shopId: demoShopForMarket(market).id });
  return { buyer: body.buyer_user_id, order };
}

const sellerTexts = (conversationId: string) => h.sandbox.messages(conversationId).filter((m) => m.sender === 'seller').map((m) => m.text);

/** The buyer writes; returns the conversation and every message the shop side sent after it. */
async function write(market: Market, buyer: string, text: string) {
  // A second later than whatever was said before (TikTok's message times are whole seconds).
  h.clock.advance(2_000);
  const existing = Object.values(h.sandbox.state().conversations).find((c) => c.buyerUserId === buyer);
  const before = existing ? sellerTexts(existing.id).length : 0;
  const sent = await buyerWrites(h, market, text, { buyer_user_id: buyer });
  return { sent, replies: sellerTexts(sent.conversation_id).slice(before) };
}

async function conversationOf(tiktokId: string) {
  const [row] = await h.db.select().from(conversations).where(and(eq(conversations.tiktokConversationId, tiktokId), eq(conversations.orgId, owner.orgId)));
  return row!;
}

async function aiMessages(tiktokId: string) {
  const c = await conversationOf(tiktokId);
  const rows = await h.db.select().from(messages).where(eq(messages.conversationId, c.id)).orderBy(messages.createdAt, messages.id);
  return rows.filter((m) => m.sender === 'ai');
}

// ---------------------------------------------------------------------------------------------------
// Checks on a reply

/** The language the understanding engine reads in AskChat's own reply. */
const languageOf = (reply: string, market: Market) => understand(reply, { market }).language;

/** Words only one of the two close languages uses (the engine's known weak spot is Indonesian vs Malay). */
const ONLY: Partial<Record<Language, RegExp>> = {
  ms: /\b(?:cik|tuan|puan|dihantar|butiran|kedai|baucar|penghantaran|pemulangan|sekian)\b/i,
  id: /\b(?:Kak|Kakak|dikirim|detail pesanan|toko|pengembalian)\b/,
};

/** The reply is in `language`: the understanding engine says so (for Indonesian/Malay, or its distinctive words). */
function expectLanguage(text: string, language: Language, market: Market) {
  const read = languageOf(text, market);
  if (read !== language && (language === 'ms' || language === 'id') && (read === 'ms' || read === 'id')) {
    expect(text, `read as ${read}`).toMatch(ONLY[language]!);
    expect(text).not.toMatch(ONLY[read]!);
    return;
  }
  expect(read, text).toBe(language);
}

const EMOJI = /\p{Extended_Pictographic}/gu;
const emojiCount = (s: string) => (s.match(EMOJI) ?? []).length;

/**
 * Every digit run a reply may show about this order: those in what the order says (its id, tracking number,
 * carrier, item names, carrier events), the calendar dates of its times and the clock time of its carrier
 * events, in the shop's time zone.
 */
function allowedNumbers(market: Market, order: SbxOrder | null, extra: string[] = []): Set<string> {
  const allowed = new Set<string>();
  const addRuns = (s: string | null | undefined) => (s?.match(/\d+/g) ?? []).forEach((d) => allowed.add(d));
  extra.forEach(addRuns);
  if (!order) return allowed;
  [order.id, order.trackingNumber, order.carrier.name, ...order.lineItems.flatMap((li) => [li.productName, li.skuName]), ...order.tracking.map((e) => e.description)].forEach(addRuns);
  const parts = (ms: number) => {
    const p = new Intl.DateTimeFormat('en-US', { timeZone: MARKET_INFO[market].timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(ms));
    return (t: string) => Number(p.find((x) => x.type === t)!.value);
  };
  const both = (n: number) => [String(n), String(n).padStart(2, '0')].forEach((x) => allowed.add(x));
  const seconds = [order.createTime, order.paidTime, order.rtsTime, order.collectionTime, order.deliveryTime, order.cancelTime].filter((x): x is number => !!x);
  for (const ms of [...seconds.map((s) => s * 1000), ...order.tracking.map((e) => e.ms)]) {
    const part = parts(ms);
    both(part('day'));
    both(part('month'));
    allowed.add(String(part('year')));
    allowed.add(String(part('year') + 543)); // Thai Buddhist era
  }
  for (const event of order.tracking) {
    const part = parts(event.ms);
    both(part('hour') % 24);
    both(part('hour') % 12 || 12);
    both(part('minute'));
  }
  return allowed;
}

function expectOnlyKnownNumbers(reply: string, allowed: Set<string>) {
  const unknown = (reply.match(/\d+/g) ?? []).filter((d) => !allowed.has(d));
  expect(unknown, `numbers not in the data in: ${reply}`).toEqual([]);
}

// ---------------------------------------------------------------------------------------------------
// 1. Every routine intent in every language

/** How buyers of each market write each routine question; {id} is the real order's number. */
const ROUTINE_MESSAGES: Record<Language, Record<RoutineIntent, string>> = {
  en: {
    order_status: 'Hi! Any update on my order {id}? Just wondering when it will get here',
    return_refund: "Hi, I'd like to return order {id}, the size doesn't fit. How do I get a refund?",
    cancel_order: 'Hey, can I cancel my order {id}? I picked the wrong color by mistake',
    address_change: 'Hi, I need to change the shipping address on order {id}, I just moved',
    product_question: 'Is this serum okay for sensitive skin? Does it have fragrance?',
    coupon_promo: 'Do you guys have any discount codes right now?',
    payment: 'Can I pay cash on delivery?',
    greeting: 'Hi there, good morning!',
  },
  es: {
    order_status: 'Hola, ¿me pueden decir dónde viene mi pedido {id}? ¿Cuándo llega?',
    return_refund: 'Hola, quiero devolver mi pedido {id}, no me quedó la talla. ¿Cómo pido el reembolso?',
    cancel_order: 'Hola, quiero cancelar mi pedido {id}, me equivoqué de color.',
    address_change: 'Hola, necesito cambiar la dirección de envío de mi pedido {id}, me acabo de mudar.',
    product_question: '¿Este sérum sirve para piel sensible? ¿Tiene perfume?',
    coupon_promo: 'Hola, ¿tienen algún cupón de descuento ahorita?',
    payment: '¿Puedo pagar contra entrega?',
    greeting: '¡Hola, buenas tardes!',
  },
  zh: {
    order_status: '你好，我的订单{id}到哪里了？什么时候能到？',
    return_refund: '你好，订单{id}尺码不合适，我想退货退款，要怎么操作？',
    cancel_order: '你好，我想取消订单{id}，拍错颜色了。',
    address_change: '你好，订单{id}的收货地址可以改吗？我搬家了。',
    product_question: '请问这款精华适合敏感肌吗？有没有香味？',
    coupon_promo: '请问现在有优惠券吗？',
    payment: '可以货到付款吗？',
    greeting: '你好',
  },
  th: {
    order_status: 'สวัสดีค่ะ ออเดอร์ {id} ถึงไหนแล้วคะ',
    return_refund: 'สวัสดีค่ะ อยากคืนสินค้าออเดอร์ {id} ค่ะ ไซส์ไม่พอดี ขอคืนเงินยังไงคะ',
    cancel_order: 'รบกวนยกเลิกออเดอร์ {id} ให้หน่อยค่ะ กดสีผิด',
    address_change: 'ขอเปลี่ยนที่อยู่จัดส่งออเดอร์ {id} ได้ไหมคะ พอดีย้ายบ้านค่ะ',
    product_question: 'เซรั่มตัวนี้ผิวแพ้ง่ายใช้ได้ไหมคะ มีน้ำหอมไหม',
    coupon_promo: 'ร้านมีโค้ดส่วนลดไหมคะ',
    payment: 'เก็บเงินปลายทางได้ไหมคะ',
    greeting: 'สวัสดีค่ะ',
  },
  id: {
    order_status: 'kak pesanan {id} udah sampai mana ya? kok belum nyampe',
    return_refund: 'Kak, mau retur pesanan {id} ya, ukurannya kekecilan. Refundnya gimana caranya?',
    cancel_order: 'Kak tolong batalin pesanan {id} ya, aku salah pilih warna',
    address_change: 'Kak, alamat pengiriman pesanan {id} bisa diganti gak? aku pindah kos',
    product_question: 'kak serum ini aman untuk kulit sensitif gak? ada pewanginya?',
    coupon_promo: 'kak ada voucher diskon gak?',
    payment: 'kak bisa bayar di tempat (COD) gak?',
    greeting: 'Halo kak, selamat siang',
  },
  ms: {
    order_status: 'Hai, parcel saya order {id} dah sampai mana ya? Bila boleh sampai?',
    return_refund: 'Hi, saya nak pulangkan barang order {id}, saiz tak muat. Macam mana nak minta refund?',
    cancel_order: 'Hi, boleh tolong batalkan order {id}? Saya tersalah pilih warna.',
    address_change: 'Boleh tukar alamat penghantaran untuk order {id}? Saya dah pindah rumah.',
    product_question: 'Serum ni sesuai tak untuk kulit sensitif? Ada bau wangi tak?',
    coupon_promo: 'Ada baucar diskaun tak sekarang?',
    payment: 'Boleh bayar COD tak?',
    greeting: 'Assalamualaikum',
  },
  vi: {
    order_status: 'Shop ơi đơn {id} của em giao tới đâu rồi ạ?',
    return_refund: 'Shop ơi em muốn trả hàng đơn {id}, size không vừa ạ. Hoàn tiền thế nào ạ?',
    cancel_order: 'Shop ơi hủy giúp em đơn {id} với ạ, em đặt nhầm màu.',
    address_change: 'Shop ơi cho em đổi địa chỉ giao hàng đơn {id} được không ạ, em mới chuyển nhà.',
    product_question: 'Serum này da nhạy cảm dùng được không shop? Có mùi thơm không ạ?',
    coupon_promo: 'Shop có mã giảm giá không ạ?',
    payment: 'Shop có thanh toán khi nhận hàng không ạ?',
    greeting: 'Chào shop ạ',
  },
  tl: {
    order_status: 'Hi po, nasaan na po yung order ko {id}? Kailan po darating?',
    return_refund: 'Hi po, gusto ko po sanang ibalik yung order {id}, hindi po kasya. Paano po mag-refund?',
    cancel_order: 'Pa-cancel po ng order ko {id}, mali po yung napili kong kulay.',
    address_change: 'Pwede po bang palitan yung address ng order ko {id}? Lumipat na po kasi ako.',
    product_question: 'Pwede po ba ito sa sensitive skin? May amoy po ba?',
    coupon_promo: 'Meron po ba kayong voucher ngayon?',
    payment: 'Pwede po ba ang COD?',
    greeting: 'Hello po, magandang umaga po!',
  },
};

/** The knowledge-base article each language's product question should be answered from. */
const PRODUCT_ARTICLES: Record<Language, { title: string; body: string }> = {
  en: { title: 'Serum for sensitive skin', body: 'Our serum is fragrance-free and gentle enough for sensitive skin. Patch-test on your wrist first.' },
  es: { title: 'Sérum para piel sensible', body: 'Nuestro sérum no tiene perfume y sirve para piel sensible. Haga primero una prueba en la muñeca.' },
  zh: { title: '精华适合敏感肌吗', body: '这款精华适合敏感肌使用，不含香精和酒精，建议先在手腕试用。' },
  th: { title: 'เซรั่มสำหรับผิวแพ้ง่าย', body: 'เซรั่มตัวนี้อ่อนโยน ผิวแพ้ง่ายใช้ได้ค่ะ ไม่มีน้ำหอม แนะนำให้ทดสอบที่ข้อมือก่อนนะคะ' },
  id: { title: 'Serum untuk kulit sensitif', body: 'Serum kami aman untuk kulit sensitif dan tanpa pewangi. Coba dulu sedikit di pergelangan tangan ya.' },
  ms: { title: 'Serum untuk kulit sensitif', body: 'Serum ini sesuai untuk kulit sensitif dan tiada bau wangi tambahan. Cuba sedikit di pergelangan tangan dahulu.' },
  vi: { title: 'Serum cho da nhạy cảm', body: 'Serum này dùng được cho da nhạy cảm, không có mùi thơm. Bạn nên thử trước ở cổ tay nhé.' },
  tl: { title: 'Serum para sa sensitive skin', body: 'Pwede po ito sa sensitive skin at wala pong amoy o fragrance. I-test muna po sa pulso bago gamitin.' },
};

/** Independent of the templates: words a native reply about each topic contains. */
const WORDING: Record<Language, { inTransit: RegExp; address: RegExp; cancel: RegExp; ret: RegExp; cod: RegExp }> = {
  en: { inTransit: /on its way/, address: /address/, cancel: /cancell?ation/, ret: /return/, cod: /cash on delivery/i },
  es: { inTransit: /en camino/, address: /dirección/, cancel: /cancelación/, ret: /devolución/, cod: /contra entrega/ },
  zh: { inTransit: /已发货|运输途中/, address: /地址/, cancel: /取消/, ret: /退货/, cod: /货到付款/ },
  th: { inTransit: /ระหว่างขนส่ง/, address: /ที่อยู่/, cancel: /ยกเลิก/, ret: /คืนสินค้า/, cod: /เก็บเงินปลายทาง/ },
  id: { inTransit: /dalam perjalanan/, address: /alamat/, cancel: /pembatalan/, ret: /pengembalian/, cod: /bayar di tempat/ },
  ms: { inTransit: /dalam perjalanan/, address: /alamat/, cancel: /pembatalan/, ret: /pemulangan/, cod: /bayaran tunai semasa penghantaran/ },
  vi: { inTransit: /trên đường giao/, address: /địa chỉ/, cancel: /hủy/, ret: /trả hàng/, cod: /thanh toán khi nhận hàng/ },
  tl: { inTransit: /Na-ship na|papunta na/, address: /address/, cancel: /cancellation/, ret: /return/, cod: /cash on delivery/i },
};

const ORDER_STATUS_FOR: Partial<Record<RoutineIntent, string>> = { return_refund: 'DELIVERED', cancel_order: 'AWAITING_SHIPMENT' };

const routineCases = LANGS.flatMap((language) => ROUTINE_INTENTS.map((intent) => ({ language, intent, market: MARKET_OF[language] })));

describe('every routine intent in every language, answered from the sandbox’s data', () => {
  for (const { language, intent, market } of routineCases) it(`${intent} in ${language} (${market} shop)`, async () => {
    const { buyer, order } = await freshBuyer(market, ORDER_STATUS_FOR[intent] ?? 'IN_TRANSIT');
    let article: { id: string } | null = null;
    if (intent === 'product_question') {
      const res = await owner.client.post('/api/kb', { shopId: shopIdOf(market), kind: 'faq', language, ...PRODUCT_ARTICLES[language] });
      expect(res.status, res.text).toBe(201);
      article = res.body;
    }
    const text = ROUTINE_MESSAGES[language][intent].replace('{id}', order.id);
    const { sent, replies } = await write(market, buyer, text);

    // One answer, sent through the CS API, recorded as AskChat's with what it rests on.
    expect(replies, `no single reply to: ${text}`).toHaveLength(1);
    const reply = replies[0]!;
    const ai = await aiMessages(sent.conversation_id);
    expect(ai).toHaveLength(1);
    expect(ai[0]).toMatchObject({ text: reply, delivery: 'sent', tiktokMessageId: expect.any(String) });
    const meta = ai[0]!.replyMeta!;
    expect(meta).toMatchObject({ decision: 'routine', intent, language, replyLanguage: language, kind: 'answer' });
    expect(await conversationOf(sent.conversation_id)).toMatchObject({ needsHuman: false, handoffReason: null, intent, language });

    // In the buyer's language, as the engine reads it.
    expectLanguage(reply, language, market);

    // The facts are the sandbox's, and nothing is made up.
    const w = WORDING[language];
    const used = meta['usedFacts'] as string[];
    switch (intent) {
      case 'order_status': {
        const latest = order.tracking.at(-1)!;
        expect(reply).toContain(order.id);
        expect(reply).toContain(order.trackingNumber!);
        expect(reply).toContain(order.carrier.name);
        expect(reply).toContain(latest.description);
        expect(reply).toMatch(w.inTransit);
        expect(used).toEqual(expect.arrayContaining(['order.status', 'order.carrier', 'order.trackingNumber', 'order.lastTrackingEvent']));
        break;
      }
      case 'address_change':
        // Already on its way: a "no", with the courier's details and help with the courier instead.
        expect(reply).toContain(order.id);
        expect(reply).toContain(order.trackingNumber!);
        expect(reply).toContain(order.carrier.name);
        expect(reply).toMatch(w.address);
        break;
      case 'cancel_order':
        expect(order.trackingNumber).toBeNull();
        expect(reply).toContain(order.id);
        expect(reply).toMatch(w.cancel);
        expect(used).toContain('order.status');
        break;
      case 'return_refund': {
        expect(reply).toContain(order.id);
        expect(reply).toMatch(w.ret);
        // "delivered on <date>": the day of the sandbox's delivery time, in the shop's zone.
        const day = new Intl.DateTimeFormat('en-US', { timeZone: MARKET_INFO[market].timeZone, day: 'numeric' }).format(new Date(order.deliveryTime! * 1000));
        expect(reply).toMatch(new RegExp(`(?<!\\d)${day}(?!\\d)`));
        expect(used).toEqual(expect.arrayContaining(['order.status', 'order.deliveredAt']));
        break;
      }
      case 'product_question':
        expect(reply).toContain(PRODUCT_ARTICLES[language].body.split(/[.。]/)[0]!);
        expect(meta['knowledgeId']).toBe(article!.id);
        expect(used).toContain(`kb:${article!.id}`);
        break;
      case 'coupon_promo':
        expect(reply).toContain(VOUCHER[market]);
        expect(used).toContain('policies.activeCoupons');
        break;
      case 'payment':
        expect(reply).toMatch(w.cod);
        expect(used).toContain('policies.cod');
        break;
      case 'greeting':
        expect(reply).not.toContain(order.id);
        if (language === 'ms') expect(reply).toMatch(/^Waalaikumsalam/);
        break;
    }
    const aboutTheOrder = ['order_status', 'address_change', 'cancel_order', 'return_refund'].includes(intent);
    if (!aboutTheOrder) expect(reply).not.toContain(order.id);
    expectOnlyKnownNumbers(reply, allowedNumbers(market, aboutTheOrder ? order : null));
  });
});

// ---------------------------------------------------------------------------------------------------
// 2. What always goes to a person

const HANDOFF_MESSAGES: Record<Language, Record<'complaint' | 'damaged_wrong_item' | 'human_request' | 'other', string>> = {
  en: {
    complaint: 'Honestly the worst service ever, nobody replies to my messages. Really disappointed with this shop.',
    damaged_wrong_item: 'My order {id} just arrived and the lamp is broken, the glass is cracked',
    human_request: 'Can I talk to a real person please?',
    other: 'Hi, we are a marketing agency and would love to collab with your shop',
  },
  es: {
    complaint: 'Pésimo servicio, nadie me contesta y ya llevo días escribiendo. Qué decepción.',
    damaged_wrong_item: 'Me llegó el pedido {id} y la lámpara viene rota, el vidrio está quebrado',
    human_request: '¿Puedo hablar con una persona real, por favor?',
    other: 'Hola, vendo al mayoreo y quiero ser distribuidor de sus productos',
  },
  zh: {
    complaint: '你们的服务太差了，发了好几次消息都没人回，非常失望。',
    damaged_wrong_item: '订单{id}收到了，台灯是坏的，玻璃都碎了',
    human_request: '我要找人工客服',
    other: '你好，我们想和你们店铺合作，可以谈谈代理吗？',
  },
  th: {
    complaint: 'บริการแย่มากค่ะ ทักไปหลายรอบไม่มีใครตอบเลย ผิดหวังมาก',
    damaged_wrong_item: 'ได้รับของออเดอร์ {id} แล้วค่ะ แต่ขวดแตก ของเหลวไหลออกมาหมดเลย',
    human_request: 'ขอคุยกับแอดมินตัวจริงได้ไหมคะ',
    other: 'สนใจเป็นตัวแทนจำหน่ายค่ะ ขอราคาส่งได้ไหมคะ',
  },
  id: {
    complaint: 'pelayanannya parah banget, chat dari kemarin gak dibales. kecewa banget sama toko ini',
    damaged_wrong_item: 'kak pesanan {id} udah sampai tapi botolnya pecah, isinya tumpah semua',
    human_request: 'kak saya mau bicara sama admin langsung, bukan bot',
    other: 'halo kak, mau tanya bisa jadi reseller atau dropship gak?',
  },
  ms: {
    complaint: 'Servis teruk betul, dah banyak kali mesej tapi takde siapa balas. Sangat kecewa.',
    damaged_wrong_item: 'Barang order {id} dah sampai tapi botol pecah, habis tumpah semua',
    human_request: 'Boleh saya cakap dengan orang sebenar? Bukan bot.',
    other: 'Hai, saya berminat nak jadi ejen atau dropship untuk produk ni',
  },
  vi: {
    complaint: 'Shop làm ăn chán quá, nhắn mấy lần không ai trả lời. Thất vọng thật sự.',
    damaged_wrong_item: 'Đơn {id} em nhận rồi mà chai bị vỡ, đổ hết ra ngoài luôn shop ơi',
    human_request: 'Cho em gặp nhân viên tư vấn thật với ạ, không phải bot',
    other: 'Shop ơi em muốn lấy sỉ làm đại lý được không ạ?',
  },
  tl: {
    complaint: 'Ang bagal niyo mag-reply, ilang beses na ako nag-message walang sumasagot. Nakakadismaya talaga.',
    damaged_wrong_item: 'Dumating na po yung order {id} pero basag po yung bote, natapon lahat',
    human_request: 'Pwede po bang makausap yung totoong tao? Hindi bot.',
    other: 'Hi po, pwede po ba ako maging reseller ng products niyo?',
  },
};

const EXPECTED_REASON: Record<keyof (typeof HANDOFF_MESSAGES)['en'], string> = {
  complaint: 'escalate:complaint',
  damaged_wrong_item: 'escalate:damaged_item',
  human_request: 'escalate:human_request',
  other: 'intent_not_routine',
};

const handoffCases = LANGS.flatMap((language) =>
  (Object.keys(EXPECTED_REASON) as (keyof typeof EXPECTED_REASON)[]).map((intent) => ({ language, intent, market: MARKET_OF[language] })),
);

describe('what needs a person', () => {
  for (const { language, intent, market } of handoffCases) it(`${intent} in ${language} (${market} shop): handed off, one holding message, a draft`, async () => {
    const { buyer, order } = await freshBuyer(market, 'DELIVERED');
    const { sent, replies } = await write(market, buyer, HANDOFF_MESSAGES[language][intent].replace('{id}', order.id));

    const conv = await conversationOf(sent.conversation_id);
    expect(conv).toMatchObject({ needsHuman: true, handoffReason: EXPECTED_REASON[intent], intent: intent as Intent, language });
    expect(conv.aiDraft, 'a draft for the agent').toBeTruthy();
    expectLanguage(conv.aiDraft!, language, market);

    // Exactly one message went to the buyer: the holding message, in their language, promising nothing.
    expect(replies).toHaveLength(1);
    const ai = await aiMessages(sent.conversation_id);
    expect(ai.map((m) => m.replyMeta!['kind'])).toEqual(['holding']);
    expect(ai[0]).toMatchObject({ text: replies[0], delivery: 'sent', replyMeta: expect.objectContaining({ replyLanguage: language, decision: EXPECTED_REASON[intent] }) });
    expectLanguage(replies[0]!, language, market);
    expect(replies[0]).not.toBe(conv.aiDraft);
    expectOnlyKnownNumbers(replies[0]!, allowedNumbers(market, order));
    if (intent === 'damaged_wrong_item') expect(replies[0]).not.toMatch(/refund|reembols|退款|คืนเงิน|uang kembali|bayaran balik|hoàn tiền/i);

    // The buyer writes again while waiting: no second holding message, no answer.
    const again = await write(market, buyer, language === 'th' ? 'มีใครอยู่ไหมคะ' : language === 'zh' ? '有人吗？' : '??');
    expect(again.replies).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
// 3. Tone per market

const CONTRACTION = /\b\w+(?:n't|'re|'ll|'ve|'m|'d)\b|\b(?:it's|that's|there's|what's|let's)\b/i;
const SLANG = /\b(?:hey|hiya|gonna|wanna|gotta|yeah|yep|cheers|thx|pls|plz|asap|btw|awesome|guys)\b/i;

describe('tone per market', () => {
  it('a UK brand shop writes formally: "Dear", no contractions or slang, its signature, never emoji even when allowed', async () => {
    await setSettings('GB', { signature: 'Aurelia London Client Care', emoji: true });
    const { buyer, order } = await freshBuyer('GB', 'IN_TRANSIT');
    const status = await write('GB', buyer, `Hiya, any update on my order ${order.id}? Cheers`);
    const thanks = await write('GB', buyer, 'Brilliant, thanks ever so much!');
    for (const reply of [status.replies[0]!, thanks.replies[0]!]) {
      expect(reply).toMatch(/^Dear [^\n]+,\n\n/);
      expect(reply).toMatch(/\n\nKind regards,\nAurelia London Client Care$/);
      expect(reply).not.toMatch(CONTRACTION);
      expect(reply).not.toMatch(SLANG);
      expect(emojiCount(reply)).toBe(0);
    }
    expect(status.replies[0]).toContain(order.trackingNumber!);
    expect(thanks.replies[0]).toMatch(/You are welcome\./);
    await setSettings('GB');
  });

  it('a UK brand shop keeps return questions for its agents (auto-send off by default): a formal holding message and the answer as a draft', async () => {
    const { buyer, order } = await freshBuyer('GB', 'DELIVERED');
    const { sent, replies } = await write('GB', buyer, `Good afternoon, I would like to return order ${order.id} as it does not fit. How do I arrange a refund?`);
    const conv = await conversationOf(sent.conversation_id);
    expect(conv).toMatchObject({ needsHuman: true, handoffReason: 'auto_send_off', intent: 'return_refund' });
    expect(conv.aiDraft).toContain(order.id); // the answer AskChat would have sent, for the agent to approve
    expect(replies).toHaveLength(1);
    expect((await aiMessages(sent.conversation_id)).map((m) => m.replyMeta!['kind'])).toEqual(['holding']);
    expect(replies[0]).toMatch(/^Dear customer,\n\n[\s\S]*\n\nKind regards,\nAurelia London$/);
    expect(replies[0]).not.toContain(order.id);
  });

  it('a US shop is friendly and direct: "Hi …!", the answer first, a casual close; one emoji only once the shop turns them on', async () => {
    const { buyer, order } = await freshBuyer('US', 'IN_TRANSIT');
    const plain = await write('US', buyer, `hey where's my order ${order.id}?`);
    const reply = plain.replies[0]!;
    const [hello, answer] = reply.split('\n');
    expect(hello).toMatch(/^Hi [^!]+!$/);
    expect(answer).toMatch(new RegExp(`^Your order ${order.id}\\b.*on its way\\.$`)); // the answer is the first thing said
    expect(reply).toMatch(/\nThanks!$/);
    expect(emojiCount(reply)).toBe(0); // US shops start without emoji
    const thanks = await write('US', buyer, 'thank you so much!');
    expect(thanks.replies[0]).toMatch(/You're welcome!/); // friendly, unlike the UK's "You are welcome."

    await setSettings('US', { emoji: true });
    const other = await freshBuyer('US', 'IN_TRANSIT');
    const withEmoji = (await write('US', other.buyer, `Hi, where is my order ${other.order.id}?`)).replies[0]!;
    expect(emojiCount(withEmoji)).toBe(1);
    expect(withEmoji.split('\n')[0]).toMatch(/^Hi [^!]+! \p{Extended_Pictographic}$/u);
    // …but not to a buyer who is upset.
    const upset = await freshBuyer('US', 'IN_TRANSIT');
    const sad = await write('US', upset.buyer, `Still waiting on order ${upset.order.id}, it's been over a week and I'm really disappointed. When will it arrive?`);
    expect(await conversationOf(sad.sent.conversation_id)).toMatchObject({ sentiment: 'negative', needsHuman: false });
    expect((await aiMessages(sad.sent.conversation_id)).at(-1)!.replyMeta).toMatchObject({ kind: 'answer', intent: 'order_status' });
    expect(sad.replies[0]).toContain(upset.order.trackingNumber!);
    expect(emojiCount(sad.replies[0]!)).toBe(0);
    await setSettings('US');
  });

  /** Address change on an order already on its way: the "no" and the alternative offered with it. */
  const WARM: { market: Market; language: Language; text: string; hello: RegExp; no: RegExp; instead: RegExp }[] = [
    { market: 'ID', language: 'id', text: 'Kak, alamatnya salah, bisa ganti alamat pesanan {id} gak?', hello: /^Halo Kak/, no: /tidak bisa diubah/, instead: /siap bantu hubungi kurir/ },
    { market: 'TH', language: 'th', text: 'ขอเปลี่ยนที่อยู่จัดส่งออเดอร์ {id} หน่อยค่ะ', hello: /^สวัสดีค่ะ/, no: /เปลี่ยนที่อยู่จัดส่งไม่ได้/, instead: /ยินดีช่วยประสานงานกับขนส่ง/ },
    { market: 'VN', language: 'vi', text: 'Shop ơi đổi giúp em địa chỉ giao hàng đơn {id} với ạ', hello: /^Dạ shop chào/, no: /không thể đổi địa chỉ/, instead: /sẵn sàng hỗ trợ/ },
    { market: 'PH', language: 'tl', text: 'Pwede po bang palitan yung address ng order {id}? Mali po kasi', hello: /^Hi po/, no: /hindi na po mapapalitan/, instead: /handa po kaming tumulong/ },
    { market: 'MY', language: 'ms', text: 'Boleh tukar alamat penghantaran order {id}? Alamat saya salah', hello: /^Hai cik/, no: /tidak boleh ditukar/, instead: /sedia membantu/ },
    { market: 'SG', language: 'en', text: 'Hi, can I change the delivery address for order {id}? Typed it wrong', hello: /^Hi there!/, no: /can no longer be changed/, instead: /happy to help you contact the courier/ },
  ];

  for (const { market, language, text, hello, no, instead } of WARM) it(`a ${market} shop is warm: a "no" comes with an alternative, and one emoji only while the shop allows them`, async () => {
    const replyTo = async () => {
      const { buyer, order } = await freshBuyer(market, 'IN_TRANSIT');
      const { replies } = await write(market, buyer, text.replace('{id}', order.id));
      expect(replies).toHaveLength(1);
      return { reply: replies[0]!, order };
    };
    // Southeast Asian shops start with emoji on: exactly one.
    const on = await replyTo();
    expectLanguage(on.reply, language, market);
    expect(on.reply).toMatch(hello);
    expect(on.reply).toMatch(no);
    expect(on.reply).toMatch(instead);
    expect(on.reply).toContain(on.order.trackingNumber!);
    expect(emojiCount(on.reply)).toBe(1);

    // The seller turns emoji off: the same answer without one.
    const settings = await setSettings(market, { emoji: false });
    expect(settings.emoji).toBe(false);
    const off = await replyTo();
    expect(emojiCount(off.reply)).toBe(0);
    expect(off.reply).toMatch(no);
    expect(off.reply).toMatch(instead);
    expect(off.reply.replace(off.order.id, on.order.id).replace(off.order.trackingNumber!, on.order.trackingNumber!)).toBe(on.reply.replace(/ \p{Extended_Pictographic}/u, ''));
    await setSettings(market);
  });
});
