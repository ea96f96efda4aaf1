import { describe, expect, it } from 'vitest';
import type { Intent } from '../../../shared/intents';
import { LANGUAGES, type Language } from '../../../shared/markets';
import { composeReply, resolveRegister, ROUTINE_INTENTS, type ReplyContext } from '../../../shared/reply';
import { EMOJI, LANGUAGE_MARKET, makeContext, makeOrder, understanding } from './support';

const withShop = (ctx: ReplyContext, shop: Partial<ReplyContext['shop']>): ReplyContext => ({ ...ctx, shop: { ...ctx.shop, ...shop } });
const ALL_INTENTS: Intent[] = [...ROUTINE_INTENTS, 'complaint', 'damaged_wrong_item', 'human_request', 'other'];
const MODES = ['auto', 'holding', 'draft'] as const;

describe('register per market and shop', () => {
  it.each([
    ['GB', 'personal', 'auto', 'formal'],
    ['US', 'personal', 'auto', 'friendly'],
    ['US', 'brand', 'auto', 'formal'],
    ['TH', 'brand', 'auto', 'formal'],
    ['ID', 'personal', 'auto', 'warm'],
    ['SG', 'cross_border', 'auto', 'warm'],
    ['GB', 'personal', 'friendly', 'friendly'],
    ['VN', 'brand', 'warm', 'warm'],
  ] as const)('a %s %s shop with tone %s writes %s', (market, type, tone, register) => {
    expect(resolveRegister(market, { type, tone })).toBe(register);
  });

  it('a UK shop writes a formal letter: "Dear …", "Kind regards", the shop name, no emoji even when allowed', () => {
    const ctx = withShop(makeContext('en', {}, 'GB'), { emoji: true, timeZone: 'Europe/London' });
    for (const intent of ROUTINE_INTENTS) {
      const { text } = composeReply(understanding(intent, 'en', { sentiment: 'positive' }), { ...ctx, buyerName: 'Olivia' });
      expect(text.startsWith('Dear Olivia,\n\n'), text).toBe(true);
      expect(text.endsWith('Kind regards,\nSunny Closet'), text).toBe(true);
      expect(text.match(EMOJI), text).toBeNull();
      expect(text).not.toMatch(/\b(?:hey|gonna|wanna|yeah|awesome)\b/i);
    }
  });

  it.each(LANGUAGES)('a brand shop writing %s is formal and never uses emoji, in every kind of reply', (language) => {
    const ctx = withShop(makeContext(language), { type: 'brand', emoji: true });
    for (const intent of ALL_INTENTS) {
      for (const mode of MODES) {
        const { text } = composeReply(understanding(intent, language, { sentiment: 'positive' }), ctx, { mode });
        expect(text.match(EMOJI), `${intent} ${mode}\n${text}`).toBeNull();
        expect(text.endsWith('Sunny Closet'), `${intent} ${mode}\n${text}`).toBe(true);
      }
    }
  });

  it('formal Thai calls the shop ทางร้าน and closes with ขอบพระคุณ; warm Thai says แอดมิน', () => {
    const formal = composeReply(understanding('greeting', 'th'), withShop(makeContext('th'), { type: 'brand' })).text;
    expect(formal).toContain('ทางร้านยินดีให้บริการค่ะ');
    expect(formal).toContain('ขอบพระคุณที่ใช้บริการค่ะ');
    expect(formal).not.toContain('แอดมิน');
    expect(composeReply(understanding('greeting', 'th'), makeContext('th')).text).toContain('มีอะไรให้แอดมินช่วยไหมคะ');
  });

  it('the buyer is Quý khách, anh/chị or bạn in Vietnamese and tuan/puan, cik or anda in Malay, by register', () => {
    const ask = (language: Language, tone: 'formal' | 'warm' | 'friendly') =>
      composeReply(understanding('cancel_order', language), withShop(makeContext(language), { tone })).text;
    expect(ask('vi', 'formal')).toContain('Quý khách');
    expect(ask('vi', 'warm')).toContain('anh/chị');
    expect(ask('vi', 'friendly')).toContain('bạn');
    expect(ask('ms', 'formal')).toContain('tuan/puan');
    expect(ask('ms', 'warm')).toContain('cik');
    expect(ask('ms', 'friendly')).toContain('anda');
  });

  it('Thai replies use the female polite particles only, Filipino replies say po, Indonesian ones say Kak', () => {
    for (const intent of ALL_INTENTS) {
      for (const mode of MODES) {
        const th = composeReply(understanding(intent, 'th'), makeContext('th'), { mode }).text;
        expect(th).toMatch(/ค่ะ|คะ/);
        expect(th).not.toMatch(/ครับ/);
        expect(composeReply(understanding(intent, 'tl'), makeContext('tl'), { mode }).text).toMatch(/\bpo\b/);
        expect(composeReply(understanding(intent, 'id'), makeContext('id'), { mode }).text).toMatch(/\bKak\b/);
      }
    }
  });
});

describe('emoji', () => {
  it.each(LANGUAGES)('in %s: none when the shop does not allow them, at most one when it does', (language) => {
    for (const intent of ALL_INTENTS) {
      for (const mode of MODES) {
        const off = composeReply(understanding(intent, language), makeContext(language), { mode }).text;
        expect(off.match(EMOJI), off).toBeNull();
        const on = composeReply(understanding(intent, language), withShop(makeContext(language), { emoji: true }), { mode }).text;
        expect((on.match(EMOJI) ?? []).length, on).toBeLessThanOrEqual(1);
      }
    }
  });

  it('a friendly US reply may carry one smile, but not to an upset buyer', () => {
    const ctx = withShop(makeContext('en'), { emoji: true });
    expect(composeReply(understanding('greeting', 'en'), ctx).text).toBe('Hi there! 😊\nHow can we help you today?');
    expect(composeReply(understanding('order_status', 'en', { sentiment: 'negative' }), ctx).text.match(EMOJI)).toBeNull();
  });
});

describe('a "no" always comes with an alternative', () => {
  const COURIER: Record<Language, RegExp> = {
    en: /help you contact the courier/,
    zh: /协助您联系快递/,
    th: /ช่วยประสานงานกับขนส่ง/,
    id: /bantu hubungi kurir/,
    ms: /membantu \S+ menghubungi kurier/,
    vi: /hỗ trợ \S+ liên hệ đơn vị vận chuyển/,
    tl: /tumulong na makipag-ugnayan sa courier/,
    es: /ayudamos a contactar a la paquetería/,
  };
  const RETURN: Record<Language, RegExp> = {
    en: /request a return/,
    zh: /申请退货/,
    th: /ขอคืนสินค้า/,
    id: /ajukan pengembalian/,
    ms: /memohon pemulangan/,
    vi: /yêu cầu trả hàng/,
    tl: /mag-request ng return/,
    es: /solicitar una devolución/,
  };
  const CANCEL: Record<Language, RegExp> = {
    en: /request a cancellation/,
    zh: /申请取消/,
    th: /ขอยกเลิก/,
    id: /ajukan pembatalan/,
    ms: /memohon pembatalan/,
    vi: /yêu cầu hủy/,
    tl: /mag-request ng cancellation/,
    es: /solicitar la cancelación/,
  };

  it.each(LANGUAGES)('in %s: an address change after shipping offers help with the courier', (language) => {
    const ctx = makeContext(language, { order: makeOrder(LANGUAGE_MARKET[language], 'IN_TRANSIT') });
    expect(composeReply(understanding('address_change', language), ctx).text).toMatch(COURIER[language]);
  });

  it.each(LANGUAGES)('in %s: an address change once the label is printed offers to cancel and re-order', (language) => {
    const ctx = makeContext(language, { order: makeOrder(LANGUAGE_MARKET[language], 'AWAITING_COLLECTION') });
    expect(composeReply(understanding('address_change', language), ctx).text).toMatch(CANCEL[language]);
  });

  it.each(LANGUAGES)('in %s: a cancellation after shipping or delivery offers a return', (language) => {
    for (const status of ['IN_TRANSIT', 'DELIVERED'] as const) {
      const ctx = makeContext(language, { order: makeOrder(LANGUAGE_MARKET[language], status) });
      expect(composeReply(understanding('cancel_order', language), ctx).text).toMatch(RETURN[language]);
    }
  });
});
