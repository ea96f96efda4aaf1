// Starter knowledge bases and demo policy settings (worker/seed/starter-kb.ts): every article is a valid,
// safe knowledge-base article, and buyers' questions in each category and language find the article meant to
// answer them through the same search the reply pipeline uses.
import { describe, expect, it } from 'vitest';
import { DEMO_SHOPS } from '../../sandbox/fixtures';
import { MARKET_INFO, type Language, type Market } from '../../shared/markets';
import { hasForbiddenContent } from '../../shared/reply/safe-text';
import { kbArticleBodySchema } from '../../shared/schemas/kb';
import { shopSettingsSchema } from '../../shared/schemas/shop-settings';
import {
  BRAND_KB_AURELIA,
  NEEDS_SELLER_REVIEW,
  STARTER_CATEGORIES,
  STARTER_KB,
  STARTER_KB_LANGUAGES,
  aureliaCampaign,
  brandKbAurelia,
  demoShopArticles,
  demoShopSettings,
  toKbArticleBody,
  type StarterArticle,
  type StarterCategory,
} from '../../worker/seed/starter-kb';
import { addShop } from '../support/fixtures';
import { createHarness, signUp } from '../support/harness';

const h = await createHarness();
const owner = await signUp(h, 'Starter KB Shops');
const now = h.clock.now();

type Group = StarterCategory | 'aurelia';
const GROUP_SHOP: Record<Group, { market: Market; type: 'personal' | 'enterprise' | 'brand' | 'cross_border' }> = {
  home_goods: { market: 'US', type: 'personal' },
  fashion_accessories: { market: 'GB', type: 'personal' },
  beauty: { market: 'ID', type: 'enterprise' },
  electronics: { market: 'MY', type: 'cross_border' },
  aurelia: { market: 'GB', type: 'brand' },
};
const articlesOf = (group: Group): StarterArticle[] => (group === 'aurelia' ? brandKbAurelia(now) : STARTER_KB[group]);
const ALL: [Group, StarterArticle][] = (Object.keys(GROUP_SHOP) as Group[]).flatMap((g) => articlesOf(g).map((a) => [g, a] as [Group, StarterArticle]));

// One shop per category, holding every language of the category (a stricter test than one market's languages).
const shops = {} as Record<Group, string>;
const stored = new Map<string, StarterArticle>();
for (const group of Object.keys(GROUP_SHOP) as Group[]) {
  shops[group] = await addShop(h.db, owner.orgId, { market: GROUP_SHOP[group].market, type: GROUP_SHOP[group].type, name: `Starter ${group}` });
  for (const article of articlesOf(group)) {
    const res = await owner.client.post('/api/kb', toKbArticleBody(article, shops[group]));
    expect(res.status, res.text).toBe(201);
    stored.set(res.body.id, article);
  }
}

interface Hit {
  id: string;
  title: string;
  topic: string;
  language: string | null;
  score: number;
}
async function search(group: Group, q: string, language: Language): Promise<Hit[]> {
  const res = await owner.client.get(`/api/kb/search?q=${encodeURIComponent(q)}&shopId=${shops[group]}&language=${language}`);
  expect(res.status, res.text).toBe(200);
  return res.body.hits.map((x: any) => ({ id: x.article.id, title: x.article.title, topic: x.article.tags[0], language: x.article.language, score: x.score }));
}

/** The hit must be the article of `topic` in `language`, strictly ahead of the next one (no tie to break). */
function expectFirst(hits: Hit[], topic: string, language: Language, q: string) {
  const shown = hits.map((x) => `${x.language}/${x.topic} ${x.score}`).join(', ');
  expect(hits[0] && `${hits[0].language}/${hits[0].topic}`, `"${q}" → [${shown}]`).toBe(`${language}/${topic}`);
  if (hits[1]) expect(hits[0]!.score, `"${q}" ties → [${shown}]`).toBeGreaterThan(hits[1].score);
}

// Buyer questions written for these tests (not from the dev set), with the topic that must answer them.
const QUESTIONS: Record<Group, Partial<Record<Language, [q: string, topic: string][]>>> = {
  home_goods: {
    en: [
      ['can I put the bamboo cutting board in the dishwasher?', 'cutting_board'],
      ['do the pillow covers come with the insert or just the cover?', 'pillow_cover'],
      ['what size paper filter does the pour over dripper take', 'coffee_dripper'],
      ['my soap dispenser started rusting, is that normal?', 'soap_dispenser'],
      ['how long will shipping take to Texas?', 'shipping'],
      ['the matte black one is sold out, will you restock it?', 'stock'],
      ['what payment methods do you take, can I pay in installments?', 'payment'],
      ['can you wrap it as a gift for my mom?', 'gift'],
      ['any coupon I can use at checkout?', 'voucher'],
    ],
    es: [
      ['¿La tabla de bambú se puede meter al lavaplatos?', 'cutting_board'],
      ['¿La funda trae el relleno incluido?', 'pillow_cover'],
      ['¿En cuántos días llega el envío a California?', 'shipping'],
      ['¿Cómo uso el cupón de descuento?', 'voucher'],
      ['¿Aceptan pago contra entrega?', 'payment'],
      ['Quiero devolver el dispensador, ¿cómo le hago?', 'returns'],
    ],
  },
  fashion_accessories: {
    en: [
      ['how do I measure my finger for a ring?', 'ring_size'],
      ['will my gold plated earrings tarnish in the shower?', 'plating_care'],
      ['can I wash my cashmere scarf in the machine?', 'scarf_care'],
      ['what’s the difference between vermeil and plated?', 'materials'],
      ['my leather bag got caught in the rain, what do I do', 'leather_care'],
      ['can you engrave initials on the locket?', 'engraving'],
      ['can I pay by paypal at checkout', 'payment'],
      ['is the gift box included, can you add a message?', 'gift'],
    ],
  },
  beauty: {
    id: [
      ['Kak sunscreennya cocok buat kulit berminyak ga?', 'skin_type'],
      ['serum vit c bikin breakout ga kak, kulitku sensitif', 'sensitive_skin'],
      ['ED nya masih lama kan kak? takut dapet yang mau expired', 'expiry'],
      ['Voucher toko kok gak kepake pas checkout?', 'voucher'],
      ['bisa bayar pakai paylater atau COD kak?', 'payment'],
      ['Kak ini aman buat bumil?', 'pregnancy'],
      ['Shade yang cocok buat kulit sawo matang yang mana?', 'shade'],
      ['bisa minta bungkus kado buat hadiah ulang tahun?', 'gift'],
    ],
    th: [
      ['กันแดดตัวนี้ผิวแห้งใช้ได้ไหมคะ', 'skin_type'],
      ['เซรั่มตัวนี้คนผิวแพ้ง่ายใช้แล้วจะแพ้ไหม', 'sensitive_skin'],
      ['คนท้องกับแม่ให้นมลูกใช้ได้ไหมคะ', 'pregnancy'],
      ['ขอจ่ายเงินปลายทางนะคะ โอนไม่สะดวก', 'payment'],
      ['คูปองส่วนลดกดใช้ตรงไหนคะ', 'voucher'],
      ['ลิปสีไหนเหมาะกับคนผิวสองสีคะ', 'shade'],
      ['ของหมดแล้วจะมีเข้าอีกไหมคะ', 'stock'],
      ['ส่งกี่วันคะ', 'shipping'],
    ],
    en: [
      ['will this sunscreen break out my oily skin?', 'skin_type'],
      ['is it ok to use while pregnant and breastfeeding?', 'pregnancy'],
      ['what order do I put on serum and sunscreen', 'how_to_use'],
      ['are these original products or fakes?', 'authenticity'],
      ['can I return it if I opened the seal?', 'returns'],
    ],
  },
  electronics: {
    ms: [
      ['Charger ni sesuai untuk Oppo Reno tak?', 'charger_compat'],
      ['earbuds ni tahan air tak kalau pakai pergi gym?', 'earbuds_water'],
      ['Macam mana nak connect earbuds dengan iPhone?', 'earbuds_compat'],
      ['Barang ni ori ke?', 'authenticity'],
      ['Bila barang sampai kalau order hari ni?', 'shipping'],
      ['Baucar kedai tak boleh guna masa checkout', 'voucher'],
      ['Kalau beli charger boleh COD atau e-wallet?', 'payment'],
    ],
    vi: [
      ['Củ sạc này sạc cho Samsung được không shop?', 'charger_compat'],
      ['Tai nghe đeo chạy bộ có bị vô nước không?', 'earbuds_water'],
      ['Hàng có chính hãng không shop?', 'authenticity'],
      ['Mã giảm giá dùng thế nào?', 'voucher'],
      ['Giá đỡ nam châm có hút được khi để ốp không?', 'car_holder'],
      ['Thanh toán khi nhận hàng được không?', 'payment'],
      ['Bảo hành bao lâu vậy shop?', 'warranty'],
    ],
    tl: [
      ['Pwede po ba yung charger sa Oppo ko?', 'charger_compat'],
      ['Paano po i-pair yung earbuds sa iPhone?', 'earbuds_compat'],
      ['Gaano katagal po ang warranty ng charger?', 'warranty'],
      ['Original po ba ang products ninyo?', 'authenticity'],
      ['Paano gamitin ang voucher?', 'voucher'],
      ['Waterproof po ba yung earbuds? Pang swimming?', 'earbuds_water'],
      ['Cash on delivery po ba pwede, or GCash na lang?', 'payment'],
    ],
    en: [
      ['does the charger work with a Pixel 8?', 'charger_compat'],
      ['can I fast charge my iPad with this?', 'charger_power'],
      ['does the charger come with a UK plug?', 'charger_plug'],
      ['only one earbud is connecting, the other is silent', 'earbuds_one_side'],
      ['does the car mount hold a phone with a thick case?', 'car_holder'],
      ['how do I use my voucher?', 'voucher'],
    ],
    zh: [
      ['这个充电器三星手机能用吗？', 'charger_compat'],
      ['耳机可以连苹果手机吗', 'earbuds_compat'],
      ['优惠券怎么用？', 'voucher'],
      ['是正品吗？', 'authenticity'],
      ['能不能货到付款？', 'payment'],
      ['耳机防水吗，游泳能戴吗', 'earbuds_water'],
      ['保修多久？', 'warranty'],
    ],
  },
  aurelia: {
    en: [
      ['Is this the official Aurelia shop?', 'authenticity'],
      ['Is gift wrapping included with my order?', 'gift_wrapping'],
      ['can my scarf go in the washing machine?', 'cashmere_care'],
      ['my pearl earrings look dull, how do I clean them?', 'pearl_care'],
      ['what size should I get for the signet ring', 'ring_size'],
      ['can you engrave initials on the locket?', 'engraving'],
      ['Will the gold on my ring wear off?', 'vermeil_care'],
      ['Is there a seasonal offer at the moment?', 'campaign'],
    ],
  },
};

// Questions answered by an article that waits for the seller's facts: nothing answers them from that article
// until the seller fills the placeholders in and switches it on.
const REVIEW_QUESTIONS: [Group, Language, string, string][] = [
  ['home_goods', 'en', 'is the dripper lead free?', 'food_safe'],
  ['home_goods', 'es', '¿El gotero tiene plomo?', 'food_safe'],
  ['fashion_accessories', 'en', 'are the earrings nickel free?', 'metal_allergy'],
  ['beauty', 'id', 'Nomor BPOM-nya berapa kak?', 'registration'],
  ['beauty', 'th', 'มีเลขจดแจ้ง อย. ไหมคะ', 'registration'],
  ['beauty', 'en', 'is it halal certified?', 'registration'],
  ['electronics', 'ms', 'Charger ni ada SIRIM tak?', 'safety_cert'],
  ['electronics', 'vi', 'Củ sạc có hợp quy không?', 'safety_cert'],
  ['electronics', 'tl', 'May ICC sticker po ba?', 'safety_cert'],
  ['electronics', 'en', 'is this charger safety certified in Singapore?', 'safety_cert'],
  ['electronics', 'zh', '充电器有SIRIM认证吗', 'safety_cert'],
];

describe('starter knowledge bases: search', () => {
  for (const group of Object.keys(QUESTIONS) as Group[]) {
    for (const [language, questions] of Object.entries(QUESTIONS[group]) as [Language, [string, string][]][]) {
      it(`${group} (${language}): buyers' questions find the intended article first`, async () => {
        expect(questions.length).toBeGreaterThanOrEqual(3);
        for (const [q, topic] of questions) expectFirst(await search(group, q, language), topic, language, q);
      });
    }
  }

  it('asks questions in every language of every category', () => {
    for (const category of STARTER_CATEGORIES) expect(Object.keys(QUESTIONS[category]).sort()).toEqual([...STARTER_KB_LANGUAGES[category]].sort());
  });

  it('keeps articles awaiting the seller’s facts out of answers until the seller fills them in', async () => {
    for (const [group, language, q, topic] of REVIEW_QUESTIONS) {
      const before = await search(group, q, language);
      expect(before.filter((x) => x.topic === topic), q).toEqual([]);
    }
    for (const [id, article] of stored) {
      if (!article.tags.includes(NEEDS_SELLER_REVIEW)) continue;
      const group = ALL.find(([, a]) => a === article)![0];
      const filled = { ...toKbArticleBody(article, shops[group]), body: article.body.replace(/\[[^\]]+\]/g, 'filled in by the seller'), active: true };
      const res = await owner.client.put(`/api/kb/${id}`, filled);
      expect(res.status, res.text).toBe(200);
    }
    for (const [group, language, q, topic] of REVIEW_QUESTIONS) expectFirst(await search(group, q, language), topic, language, q);
  });

  it('shows the brand’s seasonal campaign only within its dates', async () => {
    const campaign = aureliaCampaign(now);
    expect(Date.parse(campaign.startsAt!)).toBeLessThan(now.getTime());
    expect(Date.parse(campaign.endsAt!)).toBeGreaterThan(now.getTime());
    const q = 'Is there a seasonal offer at the moment?';
    h.clock.set(new Date(Date.parse(campaign.endsAt!) + 60_000).toISOString());
    try {
      expect((await search('aurelia', q, 'en')).map((x) => x.topic)).not.toContain('campaign');
    } finally {
      h.clock.set(now.toISOString());
    }
    expect((await search('aurelia', q, 'en'))[0]?.topic).toBe('campaign');
  });
});

// Product facts a body may carry as digits: wattages, sizes, SPF, voltage range, phone models, karats, plugs.
const PRODUCT_FACT = /\d+W\b|\d+x\d+|SPF ?\d+|100–240V|iPhone \d+|\b18k\b|\b3[- ]pin\b/g;
const TIME_PROMISE =
  /\d+\s*(?:[-–~]\s*\d+\s*)?(?:business |working )?(?:days?|hours?|hrs?|weeks?|months?|years?|días?|horas?|semanas?|mes(?:es)?|años?|hari|jam|minggu|bulan|tahun|วัน|ชั่วโมง|ชม|สัปดาห์|อาทิตย์|เดือน|ปี|ngày|giờ|tiếng|tuần|tháng|năm|araw|oras|linggo|buwan|taon|天|日|小时|周|星期|个月|月|年)/i;
const URL_OR_EMAIL = /https?:|www\.|\.com\b|@/i;

describe('starter knowledge bases: content', () => {
  it('are valid knowledge-base articles, short enough to be quoted whole', () => {
    for (const [, article] of ALL) {
      const parsed = kbArticleBodySchema.parse(toKbArticleBody(article, 'shop_x'));
      expect(parsed.title).toBe(article.title);
      expect(article.body.length, article.title).toBeLessThanOrEqual(600);
      expect(article.tags.length).toBeGreaterThan(0);
    }
  });

  it('carry no link, e-mail, phone number, other app, digit-based time promise or shop-specific number', () => {
    for (const [group, { title, body }] of ALL) {
      for (const text of [title, body]) {
        expect(hasForbiddenContent(text), `${group}: ${text}`).toBe(false);
        expect(text, group).not.toMatch(URL_OR_EMAIL);
        expect(text, group).not.toMatch(/\d[\d\s().-]{6,}\d/);
        expect(text, group).not.toMatch(TIME_PROMISE);
      }
      expect(title.replace(PRODUCT_FACT, ''), group).not.toMatch(/\d/);
      expect(body.replace(PRODUCT_FACT, ''), `${group}: ${title}`).not.toMatch(/\d/);
    }
  });

  it('mark every article with [placeholders] for the seller to review, and store it inactive', () => {
    let reviewed = 0;
    for (const [group, article] of ALL) {
      const placeholder = /\[[^\]]+\]/.test(article.title + article.body);
      expect(article.tags.includes(NEEDS_SELLER_REVIEW), `${group}: ${article.title}`).toBe(placeholder);
      expect(toKbArticleBody(article, null).active).toBe(!placeholder);
      if (placeholder) reviewed++;
    }
    expect(reviewed).toBeGreaterThan(0);
  });

  it('cover the same topics in every language of a category, once each', () => {
    for (const category of STARTER_CATEGORIES) {
      const byLanguage = new Map<Language, string[]>();
      for (const a of STARTER_KB[category]) byLanguage.set(a.language, [...(byLanguage.get(a.language) ?? []), a.tags[0]!]);
      expect([...byLanguage.keys()].sort(), category).toEqual([...STARTER_KB_LANGUAGES[category]].sort());
      const [first, ...rest] = [...byLanguage.values()];
      expect(new Set(first).size, category).toBe(first!.length);
      expect(first!.length, category).toBeGreaterThanOrEqual(12);
      for (const topics of rest) expect([...topics].sort(), category).toEqual([...first!].sort());
    }
    expect(BRAND_KB_AURELIA.every((a) => a.language === 'en' && a.kind !== 'campaign')).toBe(true);
  });

  it('write each language as its shops do', () => {
    for (const [, a] of ALL) {
      const text = `${a.title}\n${a.body}`;
      expect(text, a.title).toBe(text.normalize('NFC'));
      if (a.language === 'th') expect(text, a.title).not.toMatch(/ครับ/);
      if (a.language === 'th') expect(a.body, a.title).toMatch(/ค่ะ|คะ/);
      // Taglish: "po" in every sentence of every article.
      if (a.language === 'tl') for (const sentence of text.split(/(?<=[.?!])\s+/)) expect(sentence, a.title).toMatch(/\b(?:po|opo|pong)\b/i);
      if (a.language === 'en') expect(text, a.title).not.toMatch(/\b(?:don't|can't|won't|isn't|doesn't|it's|we'll|you'll)\b/i);
    }
  });
});

describe('demo shop settings', () => {
  it('pass the settings schema for every demo shop, and the settings API accepts them', async () => {
    for (const shop of DEMO_SHOPS) {
      const settings = demoShopSettings(shop.region, shop.kind, now);
      expect(shopSettingsSchema.parse(settings), shop.name).toEqual(settings);
      for (const coupon of settings.policies!.activeCoupons!) {
        expect(Date.parse(coupon.endsAt!)).toBeGreaterThan(now.getTime());
        expect(coupon.code).toBeUndefined();
      }
    }
    const shopId = await addShop(h.db, owner.orgId, { market: 'ID', type: 'enterprise' });
    const put = await owner.client.put(`/api/shops/${shopId}/settings`, demoShopSettings('ID', 'enterprise', now));
    expect(put.status, put.text).toBe(200);
  });

  it('follow each market’s habits: formal brand, friendly US, warm Southeast Asia with emoji', () => {
    const of = (market: Market) => {
      const shop = DEMO_SHOPS.find((s) => s.region === market)!;
      return demoShopSettings(market, shop.kind, now);
    };
    expect(of('GB')).toMatchObject({ tone: 'formal', emoji: false, signature: 'Aurelia London Client Care', policies: { cod: false, freeReturns: true } });
    expect(of('US')).toMatchObject({ tone: 'friendly', emoji: false, policies: { cod: false } });
    for (const market of ['ID', 'TH', 'MY', 'VN', 'PH', 'SG'] as const) expect(of(market), market).toMatchObject({ tone: 'warm', emoji: true });
    expect(of('SG').policies!.cod).toBe(false);
    expect(of('ID').policies!.cod).toBe(true);
    // Cross-border parcels take longer than a local shop's in the same market.
    expect(of('MY').policies!.shippingDays!.max).toBeGreaterThan(demoShopSettings('MY', 'personal', now).policies!.shippingDays!.max);
    const zones: Record<Market, RegExp> = { US: /\bET\b/, GB: /GMT/, ID: /WIB/, TH: /ICT/, MY: /MYT/, VN: /GMT\+7/, PH: /PHT/, SG: /SGT/ };
    for (const shop of DEMO_SHOPS) expect(of(shop.region).businessHoursText, shop.region).toMatch(zones[shop.region]);
  });

  it('give each demo shop its articles in its market’s languages', () => {
    for (const shop of DEMO_SHOPS) {
      const articles = demoShopArticles(shop.region, shop.kind, now);
      expect(articles.length, shop.name).toBeGreaterThan(10);
      for (const a of articles) expect(MARKET_INFO[shop.region].languages, shop.name).toContain(a.language);
    }
    expect(demoShopArticles('GB', 'brand', now).some((a) => a.kind === 'campaign')).toBe(true);
  });
});
