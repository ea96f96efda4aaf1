import { describe, expect, it } from 'vitest';
import type { Intent } from '../../../shared/intents';
import type { Market } from '../../../shared/markets';
import { understand, type EscalateReason } from '../../../shared/understand/index';

interface EscCase {
  text: string;
  market?: Market;
  escalate: boolean;
  reason: EscalateReason | null;
  intent?: Intent;
}

const CASES: EscCase[] = [
  // explicit requests for a person
  { text: 'I want to speak to a real person, not a bot', escalate: true, reason: 'human_request', intent: 'human_request' },
  { text: '请转人工客服', market: 'SG', escalate: true, reason: 'human_request', intent: 'human_request' },
  { text: 'Pwede po bang makausap yung totoong tao?', market: 'PH', escalate: true, reason: 'human_request', intent: 'human_request' },
  // damaged, wrong, missing, fake
  { text: 'The mug arrived in pieces', escalate: true, reason: 'damaged_item', intent: 'damaged_wrong_item' },
  { text: 'Barangnya KW kak, beda jauh sama aslinya', market: 'ID', escalate: true, reason: 'damaged_item', intent: 'damaged_wrong_item' },
  { text: 'ได้ของไม่ครบค่ะ ขาดไปหนึ่งชิ้น', market: 'TH', escalate: true, reason: 'damaged_item', intent: 'damaged_wrong_item' },
  { text: 'It arrived broken, I want my money back', escalate: true, reason: 'damaged_item', intent: 'damaged_wrong_item' },
  // money taken twice or without an order
  { text: 'My card got charged twice for a single purchase!', escalate: true, reason: 'double_charge', intent: 'payment' },
  { text: 'Duit dah potong tapi order tak keluar, tolong check', market: 'MY', escalate: true, reason: 'double_charge', intent: 'payment' },
  { text: 'Tiền đã bị trừ 2 lần cho một đơn hàng', market: 'VN', escalate: true, reason: 'double_charge', intent: 'payment' },
  // legal, fraud, chargeback threats — even on a routine intent
  { text: 'Where is my order? If it is not here Monday I will file a chargeback', escalate: true, reason: 'legal_threat', intent: 'order_status' },
  { text: 'Refund saya belum masuk, saya laporkan ke YLKI kalau tidak diproses', market: 'ID', escalate: true, reason: 'legal_threat', intent: 'return_refund' },
  { text: 'Voy a poner una denuncia en PROFECO si no me regresan mi dinero', market: 'US', escalate: true, reason: 'legal_threat' },
  // safety
  { text: 'The charger caught fire while my son was using it', escalate: true, reason: 'safety' },
  { text: 'Pakai krim ni muka saya naik ruam dan gatal', market: 'MY', escalate: true, reason: 'safety' },
  { text: '用了这个面霜过敏了，脸都红肿', market: 'MY', escalate: true, reason: 'safety' },
  // complaints and very angry buyers
  { text: 'Worst seller ever, rude and slow. One star.', escalate: true, reason: 'complaint', intent: 'complaint' },
  { text: 'WHERE IS MY PACKAGE?? THIS IS A JOKE!!!', escalate: true, reason: 'angry' },
  { text: 'you stupid idiots sent nothing', escalate: true, reason: 'angry' },
  // routine messages do not escalate
  { text: 'Is the jacket waterproof?', escalate: false, reason: null, intent: 'product_question' },
  { text: 'Is this cream safe for sensitive skin?', escalate: false, reason: null, intent: 'product_question' },
  { text: 'เซรั่มตัวนี้คนผิวแพ้ง่ายใช้ได้หรือเปล่าคะ', market: 'TH', escalate: false, reason: null, intent: 'product_question' },
  { text: 'My payment failed but no money was deducted, should I try again?', escalate: false, reason: null, intent: 'payment' },
  { text: 'Can I cancel my order please?', escalate: false, reason: null, intent: 'cancel_order' },
  { text: 'kinda annoyed the tracking hasnt moved in 3 days', escalate: false, reason: null, intent: 'order_status' },
];

describe('escalation', () => {
  it.each(CASES)('escalates "$text": $escalate ($reason)', ({ text, market, escalate, reason, intent }) => {
    const u = understand(text, market ? { market } : {});
    expect(u.escalate).toBe(escalate);
    expect(u.escalateReason).toBe(reason);
    if (intent) expect(u.intent).toBe(intent);
  });

  it('marks escalated messages about harm, money or anger as negative', () => {
    for (const c of CASES.filter((x) => x.escalate && x.reason !== 'human_request')) {
      expect(understand(c.text, c.market ? { market: c.market } : {}).sentiment, c.text).toBe('negative');
    }
  });

  it('never escalates without a reason, and always gives the reason when it does', () => {
    for (const c of CASES) {
      const u = understand(c.text, c.market ? { market: c.market } : {});
      expect(u.escalate).toBe(u.escalateReason !== null);
    }
  });
});
