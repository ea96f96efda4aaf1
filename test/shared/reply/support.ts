// Fixtures and checkers for the reply tests: realistic contexts per market, a language detector per
// language (script, diacritics or a particle), and the "only facts" check — every number and code in a
// reply must come from the context.
import type { Language, Market } from '../../../shared/markets';
import type { Intent, Sentiment } from '../../../shared/intents';
import type { OrderFacts, OrderStatus, ReplyContext } from '../../../shared/reply';
import type { ReplyUnderstanding } from '../../../shared/reply';

export const NOW = new Date('2025-03-03T03:00:00Z'); // Monday 3 March 2025, 10:00 in Bangkok

export const LANGUAGE_MARKET: Record<Language, Market> = {
  en: 'US',
  zh: 'MY',
  th: 'TH',
  id: 'ID',
  ms: 'MY',
  vi: 'VN',
  tl: 'PH',
  es: 'US',
};

const TIME_ZONE: Record<Market, string> = {
  US: 'America/New_York',
  GB: 'Europe/London',
  ID: 'Asia/Jakarta',
  TH: 'Asia/Bangkok',
  MY: 'Asia/Kuala_Lumpur',
  VN: 'Asia/Ho_Chi_Minh',
  PH: 'Asia/Manila',
  SG: 'Asia/Singapore',
};

const SHIPPING: Record<Market, { carrier: string; tracking: string; currency: string; amount: string; event: string }> = {
  US: { carrier: 'USPS', tracking: '9400111899223344556677', currency: 'USD', amount: '24.99', event: 'Arrived at USPS Regional Facility' },
  GB: { carrier: 'Royal Mail', tracking: 'RM123456785GB', currency: 'GBP', amount: '18.50', event: 'Item received at the Mail Centre' },
  ID: { carrier: 'J&T Express', tracking: 'JX3471520986', currency: 'IDR', amount: '150000', event: 'Paket tiba di gateway Jakarta' },
  TH: { carrier: 'Flash Express', tracking: 'TH01126F8K2H5A', currency: 'THB', amount: '1250.00', event: 'พัสดุถึงศูนย์คัดแยกสินค้า' },
  MY: { carrier: 'Ninja Van', tracking: 'NVMY0012345678', currency: 'MYR', amount: '59.90', event: 'Parcel is being processed at Shah Alam hub' },
  VN: { carrier: 'Giao Hàng Nhanh', tracking: 'GHN8KX2P4Q', currency: 'VND', amount: '250000', event: 'Đã đến kho Đà Nẵng' },
  PH: { carrier: 'J&T Express', tracking: 'JTPH7788123456', currency: 'PHP', amount: '899.00', event: 'Arrived at Pasig sorting center' },
  SG: { carrier: 'Ninja Van', tracking: 'NVSG2233445566', currency: 'SGD', amount: '39.90', event: 'Parcel is out for delivery' },
};

const day = (n: number, hour = 3) => new Date(Date.UTC(2025, 2, 3 + n, hour, 0));

export function makeOrder(market: Market, status: OrderStatus, over: Partial<OrderFacts> = {}): OrderFacts {
  const s = SHIPPING[market];
  const shipped = ['AWAITING_COLLECTION', 'PARTIALLY_SHIPPING', 'IN_TRANSIT', 'DELIVERED', 'COMPLETED'].includes(status);
  const moving = status === 'PARTIALLY_SHIPPING' || status === 'IN_TRANSIT';
  return {
    id: '576843201957712345',
    status,
    createdAt: day(-4),
    items: [{ name: 'Oversized Cotton Tee', quantity: 2 }],
    total: { amount: s.amount, currency: s.currency },
    carrier: shipped ? s.carrier : null,
    trackingNumber: shipped && status !== 'AWAITING_COLLECTION' ? s.tracking : null,
    lastTrackingEvent: moving ? { description: s.event, at: day(-1, 6) } : null,
    estimatedDelivery: moving ? { from: day(2), to: day(4) } : null,
    shippedAt: shipped && status !== 'AWAITING_COLLECTION' ? day(-2) : null,
    deliveredAt: status === 'DELIVERED' || status === 'COMPLETED' ? day(-1, 8) : null,
    cancelReason: status === 'CANCELLED' ? 'Buyer changed mind' : null,
    ...over,
  };
}

export function makeContext(language: Language, over: Partial<ReplyContext> = {}, market = LANGUAGE_MARKET[language]): ReplyContext {
  return {
    language,
    market,
    shop: { name: 'Sunny Closet', type: 'personal', tone: 'auto', emoji: false, timeZone: TIME_ZONE[market] },
    buyerName: null,
    now: NOW,
    order: makeOrder(market, 'IN_TRANSIT'),
    knowledge: [
      {
        id: 'kb-tee-size',
        title: 'Oversized Cotton Tee: size and fabric',
        body: 'The Oversized Cotton Tee is 100% cotton, 220 gsm. Size M fits chest 96–104 cm. Machine wash cold.',
      },
    ],
    policies: {
      returnWindowDays: 15,
      freeReturns: true,
      shippingDays: { min: 2, max: 5 },
      processingDays: 2,
      activeCoupons: [{ code: 'SPRING15', description: '15% off orders over 40', endsAt: day(10) }],
      cod: true,
      installments: false,
    },
    nextHumanAt: null,
    ...over,
  };
}

export function understanding(intent: Intent, language: Language, over: Partial<ReplyUnderstanding> = {}): ReplyUnderstanding {
  const sentiment: Sentiment = 'neutral';
  return { language, mixed: false, intent, sentiment, escalate: false, escalateReason: null, orderId: null, confidence: 0.9, ...over };
}

// ---------------------------------------------------------------------------------------------------
// language detectors

const THAI = /[\u0E00-\u0E7F]/;
const CJK = /[\u4E00-\u9FFF]/;
const VIET = /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđơư]/i;
const SPANISH = /[¡¿ñ]|\b(?:su|usted|pedido|gracias|hola|podemos|puede)\b/i;
const MALAY = /\b(?:tuan\/puan|cik|anda|boleh|sila|kerana|kedai|pesanan|baucar)\b/i;

/** Which language a reply is written in, judged by script, diacritics and particles. */
export function looksLike(text: string): Language | 'unknown' {
  if (THAI.test(text)) return 'th';
  if (CJK.test(text)) return 'zh';
  if (VIET.test(text)) return 'vi';
  if (/\bpo\b/.test(text)) return 'tl';
  if (/\bKak\b/.test(text)) return 'id';
  if (MALAY.test(text)) return 'ms';
  if (SPANISH.test(text)) return 'es';
  if (/\b(?:the|your|you|we|our)\b/i.test(text)) return 'en';
  return 'unknown';
}

// ---------------------------------------------------------------------------------------------------
// "only facts": numbers, codes and carriers

const strip = (run: string) => run.replace(/^0+(?=\d)/, '');
const runs = (text: string) => (text.match(/\d+/g) ?? []).map(strip);

function dateRuns(d: Date, timeZone: string): string[] {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
    timeZoneName: 'shortOffset',
  }).formatToParts(d);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const hour = Number(get('hour'));
  const out = [get('year'), String(Number(get('year')) + 543), get('month'), get('day'), String(hour), String(hour % 12 || 12), get('minute')];
  return [...out, ...runs(get('timeZoneName'))].map(strip);
}

function collectDates(value: unknown, out: Date[]): void {
  if (value instanceof Date) out.push(value);
  else if (Array.isArray(value)) for (const v of value) collectDates(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) collectDates(v, out);
}

/** Every digit run the context allows a reply to show (ids, amounts, policy numbers, dates and times). */
export function allowedNumbers(ctx: ReplyContext, extra: string[] = []): Set<string> {
  const allowed = new Set<string>(['0']);
  // Dates count only as shown in the shop's time zone (below), not as their UTC ISO strings.
  const facts = JSON.stringify({ ...ctx, now: undefined }, function (this: Record<string, unknown>, k, v) {
    return this[k] instanceof Date ? undefined : v;
  });
  for (const r of runs(facts)) allowed.add(r);
  for (const e of extra) for (const r of runs(e)) allowed.add(r);
  const amounts = [ctx.order, ...(ctx.buyerOrders ?? [])].flatMap((o) => (o?.total ? [o.total.amount] : []));
  for (const a of amounts) for (const r of runs(Number(a).toLocaleString('en-US', { minimumFractionDigits: 2 }))) allowed.add(r);
  const dates: Date[] = [];
  collectDates({ ...ctx, now: undefined }, dates);
  for (const d of dates) for (const r of dateRuns(d, ctx.shop.timeZone)) allowed.add(r);
  return allowed;
}

export function unexpectedNumbers(text: string, ctx: ReplyContext, extra: string[] = []): string[] {
  const allowed = allowedNumbers(ctx, extra);
  return runs(text).filter((r) => !allowed.has(r));
}

/** Code-like tokens (tracking numbers, coupon codes) that the context does not hold. */
export function unexpectedCodes(text: string, ctx: ReplyContext, extra: string[] = []): string[] {
  const facts = JSON.stringify(ctx) + extra.join(' ');
  const codes = text.match(/\b[A-Z0-9][A-Z0-9-]{4,}\b/g) ?? [];
  return codes
    .filter((c) => /\d/.test(c) || /^[A-Z-]+$/.test(c))
    .filter((c) => !/^(?:GMT|UTC)[+-]\d+$/.test(c)) // a time zone name, checked with the other numbers
    .filter((c) => !facts.includes(c));
}

const CARRIERS = [
  'USPS', 'UPS', 'FedEx', 'DHL', 'Royal Mail', 'Evri', 'DPD', 'Yodel', 'J&T', 'JNE', 'SiCepat', 'Anteraja', 'Flash Express',
  'Kerry', 'Thailand Post', 'Ninja Van', 'Pos Laju', 'Poslaju', 'City-Link', 'GHN', 'Giao Hàng Nhanh', 'GHTK', 'Viettel Post',
  'LBC', '2GO', 'Flash', 'SPX', 'Shopee Express', 'Lazada', 'Best Express', 'Qxpress',
];

export function unexpectedCarriers(text: string, ctx: ReplyContext): string[] {
  const facts = JSON.stringify(ctx).toLowerCase();
  return CARRIERS.filter((c) => text.toLowerCase().includes(c.toLowerCase()) && !facts.includes(c.toLowerCase()));
}

export const FORBIDDEN = /https?:\/\/|www\.|\b[\w-]+\.(?:com|net|org|io|me|ly|co)\b|@[\w-]+\.\w|\+?\d[\d\s-]{8,}\d|whats ?app|telegram|wechat|微信|\bline id\b|zalo|viber/i;

/** Links, e-mails, phone-like numbers not in the facts, contact apps. */
export function forbiddenIn(text: string, ctx: ReplyContext): string | null {
  const facts = JSON.stringify(ctx);
  for (const [m] of text.matchAll(new RegExp(FORBIDDEN.source, 'gi'))) {
    // A long digit run that is an order id or tracking number from the facts is not a phone number.
    if (!(/^\+?\d[\d\s-]+$/.test(m) && facts.includes(m.replace(/\D/g, '')))) return m;
  }
  return null;
}

export const EMOJI = /\p{Extended_Pictographic}/gu;
