import { describe, expect, it } from 'vitest';
import { benchUnderstand } from '../../../scripts/bench/understand';
import { keywordBaseline } from '../../../shared/understand/keyword-baseline';
import { understand } from '../../../shared/understand/index';
import { scorePredictions, type GoldRow } from '../../../shared/understand/evaluate';

describe('keyword baseline', () => {
  it('returns the same shape as the engine', () => {
    expect(Object.keys(keywordBaseline('where is my order?')).sort()).toEqual(Object.keys(understand('where is my order?')).sort());
  });

  it.each([
    ['I want a refund', 'return_refund'],
    ['please cancel my order', 'cancel_order'],
    ['is there a human I can chat with', 'human_request'],
    ['hello', 'greeting'],
    ['Kak paket saya kapan sampai?', 'other'],
  ] as const)('matches a few English keywords: "%s" → %s', (text, intent) => {
    expect(keywordBaseline(text).intent).toBe(intent);
  });

  it('guesses the language from the script only', () => {
    expect(keywordBaseline('ร้านเปิดกี่โมงคะ').language).toBe('th');
    expect(keywordBaseline('取消订单').language).toBe('zh');
    expect(keywordBaseline('hủy đơn').language).toBe('vi');
    expect(keywordBaseline('batal pesanan', { market: 'ID' }).language).toBe('id');
  });
});

describe('scorer', () => {
  const gold: GoldRow[] = [
    { id: '1', text: 'a', language: 'en', intent: 'greeting', escalate: false, sentiment: 'neutral', order_id: null },
    { id: '2', text: 'b', language: 'id', intent: 'complaint', escalate: true, sentiment: 'negative', order_id: '576123456789012345' },
    { id: '3', text: 'c', language: 'th', intent: 'payment', escalate: true, sentiment: 'neutral', order_id: null },
  ];

  it('counts missing predictions and mistyped fields as wrong, and keeps the first prediction per id', () => {
    const s = scorePredictions(gold, [
      { id: '1', language: 'en', intent: 'greeting', escalate: false, sentiment: 'neutral', order_id: null },
      { id: '1', language: 'zh', intent: 'other', escalate: true, sentiment: 'neutral', order_id: null },
      { id: '2', language: 'id', intent: 'complaint', escalate: 'true', sentiment: 'negative', order_id: 576123456789012345 },
    ]);
    expect(s.n).toBe(3);
    expect(s.intentAcc).toBeCloseTo(2 / 3);
    expect(s.langAcc).toBeCloseTo(2 / 3);
    expect(s.orderIdAcc).toBeCloseTo(1 / 3);
    expect(s.escalateRecall).toBe(0);
    expect(s.escalateF1).toBe(0);
  });
});

describe('benchUnderstand', () => {
  it('returns score figures for both engines and the time per message', async () => {
    const records = await benchUnderstand();
    if (records.length === 1) {
      expect(records[0]).toEqual({ name: 'understand', skipped: 'dataset not found' });
      return;
    }
    const names = records.map((r) => `${String(r.name)}/${String(r.engine ?? '')}`);
    for (const engine of ['builtin', 'keyword-baseline']) {
      for (const figure of ['intent_acc', 'lang_acc', 'escalate_f1', 'order_id_acc']) expect(names).toContain(`understand.${figure}/${engine}`);
    }
    const p50 = records.find((r) => r.name === 'understand.ms_per_message_p50');
    const p99 = records.find((r) => r.name === 'understand.ms_per_message_p99');
    expect(p50).toMatchObject({ unit: 'ms' });
    expect(p99).toMatchObject({ unit: 'ms' });
    for (const r of records) expect(typeof r.value).toBe('number');
  });
});
