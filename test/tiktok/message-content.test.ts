// The second parse of message content (reference §7.8): every type TikTok delivers, read leniently.
import { describe, expect, it } from 'vitest';
import { messageText, parseMessageContent } from '../../worker/tiktok/message-content';

const cases: Array<[string, unknown, unknown]> = [
  ['TEXT', { content: 'Where is my parcel?' }, { type: 'TEXT', text: 'Where is my parcel?' }],
  ['IMAGE', { url: 'https://i/x.jpg', width: '1080', height: '1440' }, { type: 'IMAGE', url: 'https://i/x.jpg', width: 1080, height: 1440 }],
  ['IMAGE', { url: 'https://i/x.jpg', width: 1280, height: 720 }, { type: 'IMAGE', url: 'https://i/x.jpg', width: 1280, height: 720 }],
  ['IMAGE', { url: 'https://i/x.jpg' }, { type: 'IMAGE', url: 'https://i/x.jpg', width: null, height: null }],
  [
    'VIDEO',
    { url: 'https://v/1.mp4', cover: 'https://v/1.jpg', width: '720', height: '1280', duration: '12.4', vid: 'v0', expire_time: 1717171717 },
    { type: 'VIDEO', url: 'https://v/1.mp4', cover: 'https://v/1.jpg', width: 720, height: 1280, durationSeconds: 12.4, expireTime: 1717171717 },
  ],
  ['ORDER_CARD', { order_id: '576123456789012345' }, { type: 'ORDER_CARD', orderId: '576123456789012345' }],
  ['PRODUCT_CARD', { product_id: '1729931014411082007' }, { type: 'PRODUCT_CARD', productId: '1729931014411082007' }],
  ['RETURN_REFUND_CARD', { order_id: '576', sku_id: '172' }, { type: 'RETURN_REFUND_CARD', orderId: '576', skuId: '172' }],
  ['COUPON_CARD', { coupon_id: '7601' }, { type: 'COUPON_CARD', couponId: '7601' }],
  ['BUYER_ENTER_FROM_PRODUCT', { product_id: '172' }, { type: 'BUYER_ENTER_FROM_PRODUCT', productId: '172' }],
  ['BUYER_ENTER_FROM_ORDER', { order_id: '576' }, { type: 'BUYER_ENTER_FROM_ORDER', orderId: '576' }],
  ['BUYER_ENTER_FROM_TRANSFER', { content: 'transferred' }, { type: 'BUYER_ENTER_FROM_TRANSFER', text: 'transferred' }],
  ['ALLOCATED_SERVICE', { content: 'Agent joined' }, { type: 'ALLOCATED_SERVICE', text: 'Agent joined' }],
  ['NOTIFICATION', { content: 'The buyer placed an order' }, { type: 'NOTIFICATION', text: 'The buyer placed an order' }],
  ['OTHER', { content: 'Rate this chat' }, { type: 'OTHER', text: 'Rate this chat' }],
  ['EMOTICONS', { emoticon_id: 'smile_01' }, { type: 'unknown', messageType: 'EMOTICONS', raw: { emoticon_id: 'smile_01' } }],
  ['LOGISTICS_CARD', { foo: 1 }, { type: 'unknown', messageType: 'LOGISTICS_CARD', raw: { foo: 1 } }],
];

describe('parseMessageContent', () => {
  for (const [type, content, expected] of cases) {
    it(`reads ${type} ${JSON.stringify(content).slice(0, 40)}`, () => {
      expect(parseMessageContent(type, JSON.stringify(content))).toEqual(expected);
    });
  }

  it('accepts numeric ids and turns them into strings', () => {
    expect(parseMessageContent('ORDER_CARD', '{"order_id":576123}')).toEqual({ type: 'ORDER_CARD', orderId: '576123' });
  });

  it('keeps content that is not JSON raw instead of failing', () => {
    expect(parseMessageContent('TEXT', 'plain words')).toEqual({ type: 'unknown', messageType: 'TEXT', raw: 'plain words' });
  });

  it('keeps a known type whose content does not fit raw', () => {
    expect(parseMessageContent('TEXT', '{"text":"x"}')).toEqual({ type: 'unknown', messageType: 'TEXT', raw: { text: 'x' } });
    expect(parseMessageContent('ORDER_CARD', '[]')).toEqual({ type: 'unknown', messageType: 'ORDER_CARD', raw: [] });
    expect(parseMessageContent('IMAGE', '{"width":1}')).toMatchObject({ type: 'unknown' });
  });

  it('treats non-numeric sizes as unknown rather than NaN', () => {
    expect(parseMessageContent('IMAGE', '{"url":"u","width":"wide","height":""}')).toEqual({ type: 'IMAGE', url: 'u', width: null, height: null });
  });
});

describe('messageText', () => {
  it('gives a readable line for every kind', () => {
    expect(messageText({ type: 'TEXT', text: 'hi' })).toBe('hi');
    expect(messageText({ type: 'IMAGE', url: 'u', width: null, height: null })).toBe('[image]');
    expect(messageText({ type: 'ORDER_CARD', orderId: '576' })).toBe('[order 576]');
    expect(messageText({ type: 'unknown', messageType: 'EMOTICONS', raw: {} })).toBe('[emoticons]');
  });
});
