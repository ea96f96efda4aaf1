// Parsing webhook payloads after their signature was verified (reference §6.2, §6.6).
import { describe, expect, it } from 'vitest';
import { parseWebhookEvent } from '../../worker/tiktok/wire-webhook';

describe('parseWebhookEvent', () => {
  it('reads the reference type-14 vector, content parsed a second time', () => {
    const raw = String.raw`{"type":14,"tts_notification_id":"7327112393057371910","shop_id":"7494049642642441621","timestamp":1717171717,"data":{"content":"{\"content\":\"Where is my parcel?\"}","conversation_id":"7106888323922608389","create_time":1717171700,"is_visible":true,"message_id":"7494560109732334263","index":"7494560109732334274","type":"TEXT","sender":{"im_user_id":"7494560109732334261","role":"BUYER"}}}`;
    const r = parseWebhookEvent(raw);
    expect(r.ok).toBe(true);
    if (!r.ok || !r.val.known || r.val.type !== 14) throw new Error('expected type 14');
    expect(r.val.tts_notification_id).toBe('7327112393057371910');
    expect(r.val.shop_id).toBe('7494049642642441621');
    expect(r.val.data.message_id).toBe('7494560109732334263');
    expect(r.val.data.sender?.role).toBe('BUYER');
    expect(r.val.data.body).toEqual({ type: 'TEXT', text: 'Where is my parcel?' });
  });

  it('reads order, return, cancellation, deauthorization and conversation events', () => {
    const events = [
      { type: 1, data: { order_id: '576', order_status: 'CANCEL', is_on_hold_order: false, update_time: 1 } },
      { type: 6, data: { message: 'bye' } },
      { type: 7, data: { message: 'soon', expiration_time: '1717171717' } },
      { type: 11, data: { order_id: '576', cancel_id: '41', cancellations_role: 'BUYER', cancel_status: 'CANCELLATION_REQUEST_PENDING', create_time: 1 } },
      { type: 12, data: { order_id: '576', return_id: '40', return_role: 'BUYER', return_type: 'REFUND', return_status: 'RETURN_OR_REFUND_REQUEST_PENDING', create_time: 1, update_time: 2 } },
      { type: 13, data: { conversation_id: '7106888323922608389', create_time: 1 } },
    ];
    for (const e of events) {
      const r = parseWebhookEvent(JSON.stringify({ ...e, tts_notification_id: '1', shop_id: '2', timestamp: 3 }));
      expect(r.ok, JSON.stringify(e)).toBe(true);
    }
    const seven = parseWebhookEvent(JSON.stringify({ ...events[2], shop_id: '2', timestamp: 3 }));
    expect(seven.ok && seven.val.known && seven.val.type === 7 && seven.val.data.expiration_time).toBe(1717171717);
    expect(seven.ok && seven.val.tts_notification_id).toBe(null);
  });

  it('keeps unknown types with their raw data', () => {
    const r = parseWebhookEvent('{"type":36,"shop_id":"2","timestamp":3,"data":{"invoice":"x"}}');
    expect(r.ok && r.val).toMatchObject({ type: 36, data: { invoice: 'x' }, known: false });
  });

  it('refuses bodies that are not events', () => {
    expect(parseWebhookEvent('nope').ok).toBe(false);
    expect(parseWebhookEvent('{"shop_id":"1"}').ok).toBe(false);
    expect(parseWebhookEvent('{"type":14,"timestamp":1,"data":{"conversation_id":"1"}}').ok).toBe(false);
  });
});
