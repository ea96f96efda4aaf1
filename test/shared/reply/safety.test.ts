import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/markets';
import { composeReply, hasForbiddenContent } from '../../../shared/reply';
import { clip, scrubText } from '../../../shared/reply/safe-text';
import { PACKS } from '../../../shared/reply/templates';
import { forbiddenIn, makeContext, makeOrder, understanding } from './support';

describe('no links, phone numbers or other apps in a reply', () => {
  it.each([
    ['a link', 'See https://example.com/size'],
    ['a bare domain', 'Order at sunnycloset.shop for more'],
    ['www', 'visit www.sunny.com'],
    ['an e-mail address', 'write to help@sunny.co'],
    ['a phone number', 'Call +60 12-345 6789'],
    ['a US phone number', 'call (415) 555-0134 now'],
    ['WhatsApp', 'Chat with us on WhatsApp'],
    ['a WhatsApp shorthand', 'hubungi WA admin ya'],
    ['LINE', 'แอดไลน์ร้านได้เลย'],
    ['WeChat', '加我微信'],
    ['Zalo', 'nhắn Zalo shop nhé'],
    ['Telegram', 'join our Telegram'],
  ])('recognises %s', (_name, text) => {
    expect(hasForbiddenContent(text)).toBe(true);
  });

  it.each(['Size M fits chest 96–104 cm.', 'Input 100-240V, 5000mAh', 'Ships in 2–5 days', 'Order 576843201957712345'])(
    'lets ordinary text through: %s',
    (text) => {
      expect(hasForbiddenContent(text)).toBe(false);
    },
  );

  it('drops the sentences of a knowledge article that carry contact details and keeps the rest', () => {
    const body =
      'Size M fits chest 96–104 cm. For a custom size, WhatsApp us at +60 12-345 6789. More at https://sunny.shop/size. Machine wash cold.';
    expect(scrubText(body)).toBe('Size M fits chest 96–104 cm. Machine wash cold.');
  });

  it.each(LANGUAGES)('keeps every %s reply clean even when the facts carry contact details', (language) => {
    const base = makeContext(language);
    const ctx = {
      ...base,
      shop: { ...base.shop, signature: 'Team Sunny. Follow us on instagram', name: 'Sunny Closet' },
      order: makeOrder(base.market, 'IN_TRANSIT', {
        lastTrackingEvent: { description: 'Delivery attempt failed, call courier at 0812-3456-7890', at: new Date('2025-03-02T06:00:00Z') },
        cancelReason: 'see www.help.com',
        carrier: 'Flash Express',
      }),
      knowledge: [{ id: 'kb-1', title: 'Size', body: 'Fits true to size. Questions? email help@sunny.co or LINE ID @sunny.' }],
      policies: { activeCoupons: [{ code: 'SPRING15', description: 'Details on https://sunny.shop/promo' }, { description: '10% off' }] },
    };
    for (const intent of ['order_status', 'product_question', 'coupon_promo', 'greeting'] as const) {
      const reply = composeReply(understanding(intent, language), ctx);
      expect(forbiddenIn(reply.text, ctx), reply.text).toBeNull();
      expect(hasForbiddenContent(reply.text.replace(/\d{9,}|[A-Z]{2}\w*\d{6,}\w*/g, '')), reply.text).toBe(false);
    }
  });

  it('a product answer whose article is all contact details becomes a draft', () => {
    const ctx = makeContext('en', { knowledge: [{ id: 'kb-x', title: 'Contact', body: 'WhatsApp +60 12-345 6789 for sizes.' }] });
    expect(composeReply(understanding('product_question', 'en'), ctx)).toMatchObject({ kind: 'draft', knowledgeId: null });
  });
});

describe('templates', () => {
  // Packs are plain data (they ship as JSON assets): strings, tuples and records, nothing else.
  const texts = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(texts) : [];

  it.each(LANGUAGES)('the %s pack is plain JSON data', (language) => {
    expect(JSON.parse(JSON.stringify(PACKS[language]))).toStrictEqual(PACKS[language]);
  });

  it.each(LANGUAGES)('the %s pack holds no digit, link, phone or app name: every number in a reply comes from the facts', (language) => {
    for (const text of texts(PACKS[language])) {
      expect(text, text).not.toMatch(/\d/);
      expect(hasForbiddenContent(text), text).toBe(false);
    }
  });

  it.each(LANGUAGES)('the %s pack fills every placeholder it uses', (language) => {
    const known = /^\{(?:ord|id|item|days|n|min|max|date|time|when|day|carrier|tn|event|range|reason|total|shop|name|you|You|we|We|desc|code|until)\}$/;
    for (const text of texts(PACKS[language])) for (const p of text.match(/\{\w+\}/g) ?? []) expect(p, text).toMatch(known);
  });
});

describe('length', () => {
  it.each(LANGUAGES)('a %s reply stays within 1,000 characters and keeps its closing when the article is long', (language) => {
    const long = Array.from({ length: 80 }, (_, i) => `Care tip number ${i + 1} for this cotton tee.`).join(' ');
    const base = makeContext(language, { knowledge: [{ id: 'kb-long', title: 'Care', body: long }] });
    const ctx = { ...base, shop: { ...base.shop, type: 'brand' as const, signature: 'Sunny Closet Customer Care' } };
    const reply = composeReply(understanding('product_question', language), ctx);
    expect(reply.text.length).toBeLessThanOrEqual(1000);
    expect(reply.text.endsWith('Sunny Closet Customer Care')).toBe(true);
  });

  it('clip cuts at a sentence or a word, never mid-word', () => {
    expect(clip('One two three. Four five six seven.', 20)).toBe('One two three.');
    expect(clip('alpha beta gamma delta epsilon', 18)).toBe('alpha beta gamma…');
    expect(clip('short', 20)).toBe('short');
  });
});
