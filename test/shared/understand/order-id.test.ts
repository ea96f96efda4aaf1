import { describe, expect, it } from 'vitest';
import { extractOrderId, extractOrderIds, understand } from '../../../shared/understand/index';

const ID = '576123456789012345';

const CASES: Array<{ name: string; text: string; expected: string | null }> = [
  { name: 'a plain id in a sentence', text: `Hi, where is order ${ID}? Thanks`, expected: ID },
  { name: 'an id after a hash', text: `Order #${ID} not here yet`, expected: ID },
  { name: 'an id written in groups of six with spaces', text: 'Order 576123 456789 012345 please check', expected: ID },
  { name: 'an id written in groups of four with spaces', text: 'Pedido # 5761 2345 6789 0123 45', expected: ID },
  { name: 'an id written with dashes', text: 'my order is 576-1234-5678-9012-345', expected: ID },
  { name: 'an id glued to Chinese text', text: `订单号${ID}，物流一直没更新`, expected: ID },
  { name: 'an id glued to Thai text after a hash', text: `ออเดอร์#${ID}ค่ะ`, expected: ID },
  { name: 'an id written with Thai digits', text: 'ออเดอร์ ๕๗๖๑๒๓๔๕๖๗๘๙๐๑๒๓๔๕', expected: ID },
  { name: 'an id written with full-width digits', text: '订单５７６１２３４５６７８９０１２３４５', expected: ID },
  { name: 'an id right after a phone number', text: `call me 0917 123 4567 order ${ID}`, expected: ID },
  { name: 'an id directly after a spaced phone number', text: `0917 123 4567 ${ID}`, expected: ID },
  { name: 'an id glued to the word order', text: `order${ID}`, expected: ID },
  { name: 'an id at the very start', text: `${ID} cancel pls`, expected: ID },
  { name: 'no id in a message without numbers', text: 'where is my parcel', expected: null },
  { name: 'no id for a 19-digit number starting with 57', text: 'reference 5761234567890123456 please', expected: null },
  { name: 'no id for a 17-digit number starting with 57', text: 'number 57612345678901234', expected: null },
  { name: 'no id for an 18-digit number not starting with 57', text: 'order 123456789012345678', expected: null },
  { name: 'no id for a phone number', text: 'new number 0812-3456-7890 ya kak', expected: null },
  { name: 'no id for a tracking code with letters', text: 'tracking SPXMY0576123456789012345', expected: null },
  { name: 'no id for a 57… number glued to a courier prefix', text: `resi JX${ID}`, expected: null },
  { name: 'no id for a number followed by letters and digits', text: `${ID}AB12`, expected: null },
  { name: 'no id for a price', text: 'I paid RM57.90 for this', expected: null },
];

describe('order id extraction', () => {
  it.each(CASES)('finds $expected in $name', ({ text, expected }) => {
    expect(extractOrderId(text)).toBe(expected);
    expect(understand(text).orderId).toBe(expected);
  });

  it('returns the first of two ids, and lists both in order', () => {
    const text = 'I have two orders: 577000000000000001 and 576000000000000002';
    expect(extractOrderId(text)).toBe('577000000000000001');
    expect(extractOrderIds(text)).toEqual(['577000000000000001', '576000000000000002']);
  });

  it('lists a repeated id once', () => {
    expect(extractOrderIds(`${ID} … again: ${ID}`)).toEqual([ID]);
  });

  it('always returns digits only', () => {
    for (const { text } of CASES) {
      const id = extractOrderId(text);
      if (id !== null) expect(id).toMatch(/^57\d{16}$/);
    }
  });
});
