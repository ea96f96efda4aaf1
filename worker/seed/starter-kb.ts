// Starter knowledge bases and default policy settings for AskChat's demo shops.
//
// The categories' articles and the pure helpers live in shared/kb/starter-articles.ts (the PWA's "Start from a
// template" uses them too) and are re-exported here. What stays here is demo-only: which category each demo
// shop sells, the demo brand flagship's own knowledge base (Aurelia London: BRAND_KB_AURELIA plus a seasonal
// campaign dated from `now`), and the demo shops' reply settings and policy facts (demoShopSettings). Time
// limits, return windows and shipping days live in those settings, never in an article, so replies take every
// number from the facts. The rules every article follows are in shared/kb/starter-articles.ts.
import type { DemoShopKind } from '../../sandbox/fixtures';
import { DEMO_SHOPS } from '../../sandbox/fixtures';
import { starterArticles, starterTopic as topic, type StarterArticle, type StarterCategory } from '../../shared/kb/starter-articles';
import { MARKET_INFO, type Market } from '../../shared/markets';
import type { ShopSettings } from '../../shared/schemas/shop-settings';

export {
  NEEDS_SELLER_REVIEW,
  STARTER_CATEGORIES,
  STARTER_KB,
  STARTER_KB_LANGUAGES,
  starterArticles,
  starterTopic,
  toKbArticleBody,
  type StarterArticle,
  type StarterArticleKind,
  type StarterCategory,
} from '../../shared/kb/starter-articles';

/** What each demo shop sells (sandbox/fixtures-catalog.ts). */
export const DEMO_SHOP_CATEGORY: Record<Market, StarterCategory> = {
  US: 'home_goods',
  GB: 'fashion_accessories',
  ID: 'beauty',
  TH: 'beauty',
  MY: 'electronics',
  VN: 'electronics',
  PH: 'electronics',
  SG: 'electronics',
};

// ---------------------------------------------------------------------------------------------------------
// Aurelia London, the demo brand flagship (GB, formal British English). Brand shops write their own
// knowledge base; this is the demo brand's, plus a seasonal campaign dated from `now` (aureliaCampaign).

export const BRAND_KB_AURELIA: StarterArticle[] = [
  ...topic('authenticity', 'policy', {
    en: [
      'Are Aurelia pieces authentic? Is this the official Aurelia London shop?',
      'This is the official Aurelia London flagship shop, and every piece sold here is genuine Aurelia, sent to you directly by our team.\n\nEach piece arrives in an Aurelia presentation box with a care card. Aurelia is not sold through any other shop on TikTok Shop, so we cannot vouch for pieces bought elsewhere.',
    ],
  }),
  ...topic('gift_wrapping', 'policy', {
    en: [
      'Do you offer gift wrapping? Can I include a handwritten gift message?',
      'Every order is gift wrapped as standard, in our signature presentation box with a ribbon, at no extra cost.\n\nShould you wish to include a handwritten message, please send it to us in this chat together with your order number before your order is dispatched. Prices are never included in the parcel, so your gift may be delivered directly to the recipient.',
    ],
  }),
  ...topic('cashmere_care', 'article', {
    en: [
      'How should I care for my cashmere scarf? How do I wash cashmere?',
      'We recommend hand washing your cashmere scarf in cool water with a gentle wool detergent. Press the water out softly, without wringing, then roll the scarf in a towel and dry it flat, away from direct heat and sunlight. Dry cleaning is also suitable.\n\nA little pilling is natural with new cashmere; it may be removed gently with a cashmere comb, and the scarf becomes softer with wear. Please store it folded rather than hung, ideally with cedar, to protect it from moths.',
    ],
  }),
  ...topic('leather_care', 'article', {
    en: [
      'How should I care for leather accessories? What if my leather gets wet?',
      'Our leather is best kept away from rain, direct sunlight and heat. Should it become wet, please blot it gently with a soft cloth and allow it to dry naturally at room temperature, never on a radiator.\n\nWipe your leather with a soft dry cloth from time to time and apply a neutral leather conditioner occasionally to keep it supple. When not in use, store your piece in its Aurelia dust bag. Natural markings are a sign of genuine leather and part of its character.',
    ],
  }),
  ...topic('vermeil_care', 'article', {
    en: [
      'Will 18k gold vermeil tarnish? How do I care for my signet ring, earrings and locket?',
      'Our 18k gold vermeil is a thick layer of gold over sterling silver, made to be worn every day. To keep its colour, please remove your jewellery before bathing, swimming, exercising and sleeping, and apply perfume and creams before putting it on.\n\nAfter wearing, wipe each piece with the soft cloth provided and store it separately in its Aurelia pouch or box. Please avoid chemical polishes, which can wear the gold layer.',
    ],
  }),
  ...topic('pearl_care', 'article', {
    en: [
      'How do I care for freshwater pearl earrings? Are the pearls real?',
      'Our pearls are genuine freshwater pearls. As each is formed naturally, no two are exactly alike, and slight variations in shape and lustre are a mark of authenticity.\n\nPearls are delicate: please put them on last, after perfume and hairspray, and take them off first. Wipe them with a soft, slightly damp cloth after wearing and store them flat in their pouch, away from other jewellery that may scratch them.',
    ],
  }),
  ...topic('ring_size', 'faq', {
    en: [
      'What ring size should I order? How do I measure my finger for the signet ring?',
      'Our rings are offered in UK letter sizes, shown as options on the listing. To find your size, wrap a thin strip of paper around the base of your finger, mark where it overlaps and compare the length with a ring size chart.\n\nFingers are slightly larger in the evening and in warm weather, so we suggest measuring then. Signet rings have a wide band, so if you are between two sizes, please choose the larger one. Should you be unsure, our team will gladly advise in this chat.',
    ],
  }),
  ...topic('engraving', 'faq', {
    en: [
      'Can the locket or signet ring be engraved? How do I send my engraving text?',
      'Pieces marked as engravable may be personalised with initials or a short message. After placing your order, please send us the wording in this chat together with your order number.\n\nWe engrave exactly the text you send, so we kindly ask you to check the spelling carefully. As engraved pieces are made especially for you, they cannot be returned unless faulty.',
    ],
  }),
  ...topic('returns', 'policy', {
    en: [
      'What is your returns policy? How do I return an Aurelia piece?',
      'Should a piece not be quite right, you may request a return from your order in the TikTok app: select Return or Refund and choose the reason. Pieces should be returned unworn, in their original presentation box and packaging.\n\nFor reasons of hygiene, earrings may only be returned with the hygiene seal intact, and engraved pieces only if faulty. Once your return is approved, the return instructions will appear in your order, and your refund will be made to your original payment method once the piece has been received and inspected.',
    ],
  }),
  ...topic('delivery', 'policy', {
    en: [
      'How long does delivery take? When will my order be dispatched?',
      'Orders are carefully packed and dispatched on working days. The estimated delivery date is shown at checkout and in your order details, and depends on your address and the courier.\n\nOnce your order has been dispatched, the courier and tracking number will appear in your order in the TikTok app. Every parcel is sent with a tracked service.',
    ],
  }),
  ...topic('payment', 'policy', {
    en: [
      'Which payment methods do you accept? Can I pay with PayPal or pay later?',
      'All payment methods available for your order are shown at checkout, including debit and credit cards and, depending on your device, Apple Pay or Google Pay. Pay-later options appear at checkout when available. We are unable to offer cash on delivery.\n\nShould a payment not go through, please check your card details and try again, or choose another method.',
    ],
  }),
  ...topic('stock', 'faq', {
    en: [
      'Is this piece in stock? Will sold out pieces return?',
      'If you are able to select a size and add the piece to your basket, it is in stock and ready to be dispatched.\n\nMany of our pieces are made in small batches. Popular designs do return, although we are unable to confirm dates in advance; we recommend following our shop to be notified of new arrivals and restocks.',
    ],
  }),
  ...topic('voucher', 'faq', {
    en: [
      'How do I apply a voucher or discount code at checkout?',
      'Please claim the voucher first, on the product page, in our shop or from the voucher we send in this chat. At checkout, open the vouchers section, select it and check that the total has been reduced before you pay.\n\nShould a voucher not apply, the minimum spend may not yet have been reached, the voucher may have ended, or a piece in your basket may be excluded.',
    ],
  }),
];

const SEASONS = [
  { months: [10, 11, 0], name: 'Winter Gifting Edit', note: 'gifts for the festive season' },
  { months: [1, 2, 3], name: 'Spring Edit', note: 'fresh pieces for the new season' },
  { months: [4, 5, 6], name: 'Summer Edit', note: 'pieces for summer occasions and weddings' },
  { months: [7, 8, 9], name: 'Autumn Edit', note: 'layers and keepsakes for the colder months' },
] as const;

const DAY_MS = 86_400_000;
const startOfDayUtc = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());

/** The Aurelia campaign window: started three days before `now`, ends four weeks after (UTC midnights). */
export function aureliaCampaignWindow(now: Date): { startsAt: string; endsAt: string } {
  const day = startOfDayUtc(now);
  return { startsAt: new Date(day - 3 * DAY_MS).toISOString(), endsAt: new Date(day + 28 * DAY_MS).toISOString() };
}

/** Aurelia's seasonal campaign, named after the season of `now`, running aureliaCampaignWindow(now). */
export function aureliaCampaign(now: Date): StarterArticle {
  const season = SEASONS.find((s) => (s.months as readonly number[]).includes(now.getUTCMonth()))!;
  return {
    kind: 'campaign',
    language: 'en',
    title: `The Aurelia ${season.name}: seasonal offer, complimentary engraving and gift wrapping`,
    body: `Our ${season.name} is now on, with ${season.note}. For a limited time, selected signet rings and lockets include complimentary engraving, and every order arrives gift wrapped in our signature presentation box with a handwritten card.\n\nSelected pieces carry a seasonal offer, shown on each product page, and a voucher for your next order may be claimed in this chat. The offer is available while stocks last.`,
    tags: ['campaign', 'seasonal'],
    ...aureliaCampaignWindow(now),
  };
}

/** The demo brand's knowledge base: its evergreen articles and the campaign of the season. */
export function brandKbAurelia(now: Date): StarterArticle[] {
  return [...BRAND_KB_AURELIA, aureliaCampaign(now)];
}

// ---------------------------------------------------------------------------------------------------------
// Which articles a demo shop starts with.

/** The articles a demo shop starts with: the brand's own for a brand, else its category's in its market's languages. */
export function demoShopArticles(market: Market, kind: DemoShopKind, now: Date): StarterArticle[] {
  if (kind === 'brand') return brandKbAurelia(now);
  return starterArticles(DEMO_SHOP_CATEGORY[market], MARKET_INFO[market].languages);
}

// ---------------------------------------------------------------------------------------------------------
// Default reply settings and policy facts per demo shop.

interface MarketDefaults {
  returnWindowDays: number;
  shippingDays: { min: number; max: number };
  cod: boolean;
  installments: boolean;
  tone: 'warm' | 'formal' | 'friendly';
  emoji: boolean;
  businessHoursText: string;
  /** The chat voucher of the demo catalogue (sandbox/fixtures-catalog.ts), in the market's first language. */
  coupon: string;
}

const MARKET_DEFAULTS: Record<Market, MarketDefaults> = {
  US: {
    returnWindowDays: 30,
    shippingDays: { min: 3, max: 7 },
    cod: false,
    installments: true,
    tone: 'friendly',
    emoji: false,
    businessHoursText: 'Mon–Fri, 9 AM–5 PM ET',
    coupon: '10% off your next order. Claim it in our chat or on our shop page.',
  },
  GB: {
    returnWindowDays: 30,
    shippingDays: { min: 2, max: 4 },
    cod: false,
    installments: false,
    tone: 'formal',
    emoji: false,
    businessHoursText: 'Monday to Friday, 9:00–17:30 (UK time, GMT/BST)',
    coupon: '10% off your next order, with the voucher available in this chat.',
  },
  ID: {
    returnWindowDays: 7,
    shippingDays: { min: 2, max: 5 },
    cod: true,
    installments: true,
    tone: 'warm',
    emoji: true,
    businessHoursText: 'Senin–Sabtu, 08.00–17.00 WIB',
    coupon: 'Diskon 10% untuk pesanan berikutnya. Klaim vouchernya di chat atau halaman toko.',
  },
  TH: {
    returnWindowDays: 7,
    shippingDays: { min: 1, max: 4 },
    cod: true,
    installments: false,
    tone: 'warm',
    emoji: true,
    businessHoursText: 'จันทร์–เสาร์ เวลา 09.00–18.00 น. (ICT)',
    coupon: 'ส่วนลด 10% สำหรับคำสั่งซื้อถัดไป กดเก็บคูปองได้ในแชทหรือหน้าร้านค่ะ',
  },
  MY: {
    returnWindowDays: 7,
    shippingDays: { min: 2, max: 5 },
    cod: true,
    installments: false,
    tone: 'warm',
    emoji: true,
    businessHoursText: 'Isnin–Jumaat, 9.00 pagi–6.00 petang (MYT)',
    coupon: 'Diskaun 10% untuk pesanan seterusnya. Tuntut baucar di chat atau halaman kedai.',
  },
  VN: {
    returnWindowDays: 7,
    shippingDays: { min: 2, max: 5 },
    cod: true,
    installments: false,
    tone: 'warm',
    emoji: true,
    businessHoursText: 'Thứ Hai – Thứ Bảy, 8:00–17:30 (GMT+7)',
    coupon: 'Giảm 10% cho đơn hàng tiếp theo. Lưu voucher ngay trong khung chat hoặc trang shop.',
  },
  PH: {
    returnWindowDays: 7,
    shippingDays: { min: 3, max: 7 },
    cod: true,
    installments: false,
    tone: 'warm',
    emoji: true,
    businessHoursText: 'Lunes hanggang Sabado, 9:00 AM–6:00 PM (PHT)',
    coupon: '10% off sa susunod ninyong order. I-claim po ang voucher sa chat o sa shop page.',
  },
  SG: {
    returnWindowDays: 7,
    shippingDays: { min: 1, max: 3 },
    cod: false,
    installments: false,
    tone: 'warm',
    emoji: true,
    businessHoursText: 'Mon–Fri, 9am–6pm (SGT)',
    coupon: '10% off your next order. Claim the voucher in our chat or on our shop page.',
  },
};

/**
 * Sensible starting settings for a demo shop: the market's habits (tone, emoji, hours, COD, delivery times)
 * adjusted for the shop type — cross-border parcels take longer, brands write formally, offer free returns
 * and sign their replies. The chat voucher ends two weeks after `now` (four weeks for the brand, with its
 * seasonal campaign).
 */
export function demoShopSettings(market: Market, kind: DemoShopKind, now: Date): ShopSettings {
  const m = MARKET_DEFAULTS[market];
  const crossBorder = kind === 'cross_border';
  const brand = kind === 'brand';
  const shippingDays = crossBorder ? { min: m.shippingDays.min + 3, max: m.shippingDays.max + 5 } : { ...m.shippingDays };
  const couponEnds = brand ? aureliaCampaignWindow(now).endsAt : new Date(startOfDayUtc(now) + 15 * DAY_MS).toISOString();
  const name = DEMO_SHOPS.find((s) => s.region === market && s.kind === kind)?.name;
  return {
    tone: brand ? 'formal' : m.tone,
    emoji: brand ? false : m.emoji,
    ...(brand && name ? { signature: `${name} Client Care` } : {}),
    businessHoursText: m.businessHoursText,
    policies: {
      returnWindowDays: m.returnWindowDays,
      freeReturns: brand,
      shippingDays,
      processingDays: kind === 'personal' || crossBorder ? 2 : 1,
      cod: m.cod,
      installments: m.installments,
      activeCoupons: [{ description: m.coupon, endsAt: couponEnds }],
    },
  };
}
