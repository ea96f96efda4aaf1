import { describe, expect, it } from 'vitest';
import { draftOutcome, normaliseText, questionKey, textSimilarity } from '../../../shared/metrics';

describe('normaliseText', () => {
  it('folds case, Unicode width and white space, and nothing else', () => {
    expect(normaliseText('  Ｈｅｌｌｏ\n\tWORLD  ')).toBe('hello world');
    expect(normaliseText('Hello, world!')).toBe('hello, world!');
  });
});

describe('textSimilarity', () => {
  it.each([
    ['abcd', 'abce', 4 / 6],
    ['night', 'nacht', 2 / 8],
    ['Hello', 'hello', 1],
    ['a b c', 'abc', 1],
    ['a', 'b', 0],
    ['', '', 1],
  ])('of %j and %j is %d', (a, b, expected) => {
    expect(textSimilarity(a, b)).toBe(expected);
  });
});

describe('draftOutcome', () => {
  const draft = 'Hi Anna, your order 5761 shipped on Monday and should arrive by Thursday.';

  it.each([
    ['the same text', draft, 'sent_as_is'],
    ['the same text in other case and spacing', `  hi anna,  YOUR order 5761 shipped on Monday and\nshould arrive by Thursday. `, 'sent_as_is'],
    ['one word changed (similarity 0.88)', 'Hi Anna! Your order 5761 shipped on Monday and should arrive by Friday.', 'edited'],
    ['a reply of the agent’s own (0.21)', 'I have asked the warehouse; I will write again tomorrow.', 'discarded'],
    ['a shortened reply that kept under half (0.45)', 'Hi Anna, your order shipped. Tracking: JX123.', 'discarded'],
    ['an empty reply', '', 'discarded'],
  ])('is %s', (_, sent, outcome) => {
    expect(draftOutcome(draft, sent)).toBe(outcome);
  });

  it('works in Thai, which has no spaces between words', () => {
    const thai = 'คำสั่งซื้อของคุณจัดส่งแล้ว จะถึงภายในวันพฤหัสบดี';
    expect(draftOutcome(thai, 'คำสั่งซื้อของคุณจัดส่งแล้วค่ะ จะถึงภายในวันศุกร์')).toBe('edited');
    expect(draftOutcome(thai, 'ขออภัยค่ะ เดี๋ยวแอดมินตรวจสอบให้นะคะ')).toBe('discarded');
  });
});

describe('questionKey', () => {
  it.each([
    ['Where is my order 576123456789?? 😡', 'where is my order #'],
    ['WHERE IS MY ORDER #12!', 'where is my order #'],
    ['  hello\n\tthere ', 'hello there'],
    ['สินค้าถึงเมื่อไหร่คะ', 'สินค้าถึงเมื่อไหร่คะ'],
    ['👍', null],
    ['576123456789', null],
    ['???', null],
  ])('of %j is %j', (text, key) => {
    expect(questionKey(text)).toBe(key);
  });
});
