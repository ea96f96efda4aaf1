// The buyer's ticket notices: every key in every language, with and without an order id, renders to a
// finished sentence that states nothing the ticket does not hold.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/markets';
import { TICKET_MACHINES } from '../../../shared/tickets/machine';
import { renderNotice, TICKET_NOTICES } from '../../../shared/tickets/notices';
import { NOTICE_KEYS, TICKET_KINDS } from '../../../shared/tickets/types';

const ORDER = '577123456789012345';
const cases = LANGUAGES.flatMap((language) => NOTICE_KEYS.map((key) => [language, key] as const));

describe('ticket notices', () => {
  it.each(cases)('%s %s renders with the order id, and without one', (language, key) => {
    const withId = renderNotice(key, language, { orderId: ORDER });
    const without = renderNotice(key, language, { orderId: null });
    for (const text of [withId, without]) {
      expect(text).not.toMatch(/[{}]/); // no placeholder left
      expect(text.trim()).toBe(text);
      expect(text.length).toBeGreaterThan(10);
      expect(text.length).toBeLessThanOrEqual(300); // one short message
    }
    expect(withId).toContain(ORDER);
    // No invented numbers: the order id is the only figure.
    expect(withId.replace(ORDER, '')).not.toMatch(/\d/);
    expect(without).not.toMatch(/\d/);
  });

  it('has a text for every notice key in all eight languages, and nothing else', () => {
    expect(Object.keys(TICKET_NOTICES).sort()).toEqual([...LANGUAGES].sort());
    for (const pack of Object.values(TICKET_NOTICES)) {
      const keys = Object.keys(pack).filter((k) => !['order', 'review', 'reason'].includes(k));
      expect(keys.sort()).toEqual([...NOTICE_KEYS].sort());
    }
  });

  it('covers every notice the transition tables can send', () => {
    const used = new Set(TICKET_KINDS.flatMap((kind) => TICKET_MACHINES[kind].transitions.flatMap((t) => (t.notice ? [t.notice] : []))));
    for (const key of used) expect(NOTICE_KEYS).toContain(key);
  });

  it('speaks each language, and falls back to English for one AskChat does not write', () => {
    expect(renderNotice('refund_approved', 'id', { orderId: ORDER })).toMatch(/Kak/);
    expect(renderNotice('refund_approved', 'th', { orderId: ORDER })).toMatch(/[\u0E00-\u0E7F]/);
    expect(renderNotice('refund_approved', 'zh', { orderId: ORDER })).toMatch(/[\u4E00-\u9FFF]/);
    expect(renderNotice('refund_approved', 'tl', { orderId: ORDER })).toMatch(/\bpo\b/);
    expect(renderNotice('refund_approved', 'fr', { orderId: ORDER })).toBe(renderNotice('refund_approved', 'en', { orderId: ORDER }));
    expect(renderNotice('refund_approved', null, { orderId: null })).toMatch(/your order/);
    // Texts differ between languages (nothing left untranslated by copy and paste).
    const texts = LANGUAGES.map((l) => renderNotice('return_approved', l, { orderId: ORDER }));
    expect(new Set(texts).size).toBe(LANGUAGES.length);
  });
});
