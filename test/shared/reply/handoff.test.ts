import { describe, expect, it } from 'vitest';
import type { Intent } from '../../../shared/intents';
import { LANGUAGES, type Language } from '../../../shared/markets';
import { composeReply, type ReplyContext } from '../../../shared/reply';
import { forbiddenIn, looksLike, makeContext, understanding, unexpectedNumbers } from './support';

const TOMORROW: Record<Language, string> = {
  en: 'tomorrow',
  zh: '明天',
  th: 'พรุ่งนี้',
  id: 'besok',
  ms: 'esok',
  vi: 'ngày mai',
  tl: 'bukas',
  es: 'mañana',
};
const SOON: Record<Language, string> = {
  en: 'as soon as possible',
  zh: '尽快',
  th: 'โดยเร็วที่สุด',
  id: 'secepat mungkin',
  ms: 'secepat mungkin',
  vi: 'sớm nhất có thể',
  tl: 'sa lalong madaling panahon',
  es: 'lo antes posible',
};

const holding = (intent: Intent, language: Language, ctx: ReplyContext) =>
  composeReply(understanding(intent, language, { escalate: true, escalateReason: 'human_request' }), ctx, { mode: 'holding' });

describe('the holding message of a handoff', () => {
  it.each(LANGUAGES)('in %s it says when a person will reply, in the shop time zone, from nextHumanAt', (language) => {
    // 02:00 UTC on Tuesday 4 March is 09:00 in Bangkok, Jakarta and Ho Chi Minh City and 10:00 in Kuala
    // Lumpur and Manila: "tomorrow" for a shop whose clock reads Monday 3 March.
    const nextHumanAt = new Date('2025-03-04T02:00:00Z');
    const ctx = makeContext(language, { nextHumanAt });
    const reply = holding('human_request', language, ctx);
    const hour = new Intl.DateTimeFormat('en-US', { hour: 'numeric', hourCycle: 'h23', timeZone: ctx.shop.timeZone }).format(nextHumanAt);
    expect(reply.kind).toBe('holding');
    expect(reply.text).toContain(TOMORROW[language]);
    expect(reply.text).toMatch(new RegExp(`\\b0?${Number(hour) % 12 || 12}[:.]00\\b|\\b${hour}[:.]00\\b`));
    expect(reply.usedFacts).toContain('nextHumanAt');
    expect(looksLike(reply.text)).toBe(language);
    expect(unexpectedNumbers(reply.text, ctx)).toEqual([]);
    expect(forbiddenIn(reply.text, ctx)).toBeNull();
  });

  it('shows the time in the shop zone, not UTC, and names the zone for a US shop', () => {
    // The shop's clock reads Sunday 2 March, 22:00 in New York; 14:00 UTC on 3 March is 09:00 EST Monday.
    const ctx = makeContext('en', { nextHumanAt: new Date('2025-03-03T14:00:00Z') });
    expect(holding('human_request', 'en', ctx).text).toContain(
      'A member of our team will be available from 9:00 AM EST tomorrow and will reply to you then.',
    );
    const sameDay = makeContext('en', { now: new Date('2025-03-03T12:00:00Z'), nextHumanAt: new Date('2025-03-03T14:00:00Z') });
    expect(holding('human_request', 'en', sameDay).text).toContain('from 9:00 AM EST today');
    const th = makeContext('th', { nextHumanAt: new Date('2025-03-04T02:00:00Z') });
    expect(holding('human_request', 'th', th).text).toContain('พรุ่งนี้ เวลา 9:00 น.');
    expect(holding('human_request', 'th', th).text).not.toContain('2:00');
  });

  it('names the weekday and date when the person comes back later than tomorrow', () => {
    const ctx = makeContext('en', { nextHumanAt: new Date('2025-03-06T13:30:00Z') });
    expect(holding('complaint', 'en', ctx).text).toContain('from 8:30 AM EST on Thursday, March 6');
    const es = makeContext('es', { nextHumanAt: new Date('2025-03-06T13:30:00Z') });
    expect(holding('complaint', 'es', es).text).toContain('el jueves, 6 de marzo a partir de las 8:30 a.m. EST');
  });

  it.each(LANGUAGES)('in %s it says "as soon as possible" and shows no time when the roster does not say', (language) => {
    for (const nextHumanAt of [null, new Date('2025-03-03T01:00:00Z')]) {
      const ctx = makeContext(language, { nextHumanAt, order: null });
      const reply = holding('human_request', language, ctx);
      expect(reply.text).toContain(SOON[language]);
      expect(reply.text).not.toMatch(/\d/);
      expect(reply.usedFacts).not.toContain('nextHumanAt');
    }
  });

  it('apologises to an upset buyer, asks for photos of a damaged item and the order number when unknown', () => {
    const ctx = makeContext('en', { order: null });
    const reply = composeReply(understanding('damaged_wrong_item', 'en', { sentiment: 'negative', escalate: true }), ctx, { mode: 'holding' });
    expect(reply.text).toBe(
      [
        'Hi there!',
        'We are sorry to hear about this.',
        'A member of our team will reply to you as soon as possible.',
        'If you can, please send photos of the item and its packaging here so we can check it faster.',
        'If your message is about an order, please include the order number.',
        'Thanks!',
      ].join('\n'),
    );
  });

  it('never promises a refund, a replacement or compensation', () => {
    for (const intent of ['complaint', 'damaged_wrong_item', 'payment', 'return_refund'] as const) {
      expect(holding(intent, 'en', makeContext('en')).text).not.toMatch(/refund|replace|compensat|guarantee|promise/i);
    }
  });
});

describe('drafts for agents', () => {
  it.each(LANGUAGES)('in %s every non-routine intent gets a clean draft', (language) => {
    for (const intent of ['complaint', 'damaged_wrong_item', 'human_request', 'other'] as const) {
      const ctx = makeContext(language);
      const reply = composeReply(understanding(intent, language), ctx);
      expect(reply.kind).toBe('draft');
      expect(looksLike(reply.text), reply.text).toBe(language);
      expect(unexpectedNumbers(reply.text, ctx)).toEqual([]);
      expect(forbiddenIn(reply.text, ctx)).toBeNull();
    }
  });

  it('an escalated routine message is never an automatic answer, only a draft that fits the escalation', () => {
    const charged = understanding('payment', 'en', { escalate: true, escalateReason: 'double_charge', sentiment: 'negative' });
    expect(composeReply(charged, makeContext('en'))).toMatchObject({ kind: 'draft' });
    expect(composeReply(charged, makeContext('en')).text).toContain('We are sorry about your experience');
    const person = understanding('order_status', 'en', { escalate: true, escalateReason: 'human_request' });
    expect(composeReply(person, makeContext('en')).text).toContain('this is the Sunny Closet team');
    const broken = understanding('return_refund', 'en', { escalate: true, escalateReason: 'damaged_item' });
    expect(composeReply(broken, makeContext('en')).text).toContain('send photos of the item');
  });

  it('draft mode gives an agent the routine answer to edit', () => {
    const u = understanding('order_status', 'id');
    const ctx = makeContext('id');
    const draft = composeReply(u, ctx, { mode: 'draft' });
    expect(draft.kind).toBe('draft');
    expect(draft.text).toBe(composeReply(u, ctx).text);
  });

  it('a product question without a knowledge hit becomes a draft for the agent to answer', () => {
    const reply = composeReply(understanding('product_question', 'en'), makeContext('en', { knowledge: [] }));
    expect(reply).toMatchObject({ kind: 'draft', knowledgeId: null });
  });

  it('a damaged-item draft names the order and asks for photos', () => {
    const reply = composeReply(understanding('damaged_wrong_item', 'vi'), makeContext('vi'));
    expect(reply.text).toContain('576843201957712345');
    expect(reply.text).toContain('gửi giúp ảnh sản phẩm');
  });
});
