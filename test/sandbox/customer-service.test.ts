// Send Message, Read Message and Create Conversation follow TikTok's rules in the sandbox (reference §7.4–7.6).
import { afterEach, describe, expect, it } from 'vitest';
import { couponsFor, catalogFor } from '../../sandbox/fixtures-catalog';
import type { OutgoingMessage } from '../../worker/tiktok/wire-customer-service';
import { createHarness, type Harness } from './harness';

let h: Harness;
afterEach(async () => {
  await h?.sandbox.close();
});

async function usConversation() {
  const { auth } = await h.connect();
  const shopId = h.sandbox.shop('US').id;
  const conv = Object.values(h.sandbox.state().conversations).find((c) => c.shopId === shopId)!;
  return { auth, conv, shopId };
}

describe('Send Message', () => {
  it('accepts every type the API can send', async () => {
    h = createHarness();
    const { auth, conv } = await usConversation();
    const buyerOrders = Object.values(h.sandbox.state().orders).filter((o) => o.buyerUserId === conv.buyerUserId);
    // a SKU the buyer could still open an after-sales request for
    let returnCard: OutgoingMessage | null = null;
    for (const o of buyerOrders) {
      const skus = await h.client.getAftersaleEligibility(auth, o.id);
      const sku = skus.ok ? skus.val.find((s) => s.line_item_eligibility.some((e) => e.eligible)) : undefined;
      if (sku) returnCard = { type: 'RETURN_REFUND_CARD', content: { order_id: o.id, sku_id: sku.sku_id } };
    }
    expect(returnCard).not.toBeNull();
    const messages: OutgoingMessage[] = [
      { type: 'TEXT', content: { content: 'Hello!\n\nSecond paragraph.' } },
      { type: 'IMAGE', content: { url: 'https://img.example/label.jpg', width: 1280, height: 720 } },
      { type: 'PRODUCT_CARD', content: { product_id: catalogFor('US')[0]!.id } },
      { type: 'ORDER_CARD', content: { order_id: buyerOrders[0]!.id } },
      { type: 'COUPON_CARD', content: { coupon_id: couponsFor('US')[0]!.id } },
      returnCard!,
    ];
    for (const m of messages) {
      const r = await h.client.sendMessage(auth, conv.id, m);
      expect(r.ok, m.type).toBe(true);
    }
  });

  const refused: Array<[string, (ctx: { conv: { buyerUserId: string; shopId: string } }) => OutgoingMessage | { type: string; content: unknown }, number]> = [
    ['an empty text', () => ({ type: 'TEXT', content: { content: '  ' } }), 45101001],
    ['a text over 2000 characters', () => ({ type: 'TEXT', content: { content: 'a'.repeat(2001) } }), 45101001],
    ['a text with a sensitive word', () => ({ type: 'TEXT', content: { content: 'Message us on WhatsApp' } }), 45101006],
    ['a video, which can only be received', () => ({ type: 'VIDEO', content: { url: 'https://v/1.mp4' } }), 45111001],
    ['an unknown type', () => ({ type: 'HOLOGRAM', content: {} }), 45101001],
    ['an image without size', () => ({ type: 'IMAGE', content: { url: 'https://img/x.jpg' } }), 45101001],
    ['a product of another shop', () => ({ type: 'PRODUCT_CARD', content: { product_id: catalogFor('GB')[0]!.id } }), 45101001],
    ['an order of another shop', () => ({ type: 'ORDER_CARD', content: { order_id: '570000000000000000' } }), 45101001],
    ['a return card for an order that is not eligible', () => ({ type: 'RETURN_REFUND_CARD', content: { order_id: '570000000000000000', sku_id: '1' } }), 45101002],
    ['a coupon only for repeat customers', () => ({ type: 'COUPON_CARD', content: { coupon_id: couponsFor('US')[1]!.id } }), 45111017],
    ['an expired coupon', () => ({ type: 'COUPON_CARD', content: { coupon_id: couponsFor('US')[2]!.id } }), 45111017],
  ];
  for (const [name, build, code] of refused) {
    it(`refuses ${name} with ${code}`, async () => {
      h = createHarness();
      const { auth, conv } = await usConversation();
      const r = await h.client.sendMessage(auth, conv.id, build({ conv }) as OutgoingMessage);
      expect(!r.ok && r.err.code).toBe(code);
    });
  }

  it('limits coupon cards to one every two seconds', async () => {
    h = createHarness();
    const { auth, conv } = await usConversation();
    const coupon: OutgoingMessage = { type: 'COUPON_CARD', content: { coupon_id: couponsFor('US')[0]!.id } };
    expect((await h.client.sendMessage(auth, conv.id, coupon)).ok).toBe(true);
    const fast = await h.client.sendMessage(auth, conv.id, coupon);
    expect(!fast.ok && fast.err).toMatchObject({ kind: 'rate_limited', code: 45111012 });
    h.clock.advance(2000);
    expect((await h.client.sendMessage(auth, conv.id, coupon)).ok).toBe(true);
  });

  it('refuses to write to a buyer who has not been in touch for too long (45109001)', async () => {
    h = createHarness();
    const { conv, shopId } = await usConversation();
    const lapsedBuyer = Object.values(h.sandbox.state().buyers).filter((b) => b.shopId === shopId)[5]!; // last order 100 days ago
    const { json } = await h.buyerWrites({ text: 'Hi, remember me?', market: 'US', buyer_user_id: lapsedBuyer.userId });
    const lapsedConv = json.conversation_id as string;
    h.clock.advance(31 * 86400_000); // no chat in 30 days, no order in 60, no after-sales history
    const auth = { accessToken: h.sandbox.issueToken('sbx-open-sunny').access_token, shopCipher: h.sandbox.shop('US').cipher };
    const r = await h.client.sendMessage(auth, lapsedConv, { type: 'TEXT', content: { content: 'Hello again' } });
    expect(!r.ok && r.err).toMatchObject({ kind: 'rejected', code: 45109001 });
    const list = await h.client.getConversations(auth);
    expect(list.ok && list.val.conversations.find((c) => c.id === lapsedConv)!.can_send_message).toBe(false);
    const created = await h.client.createConversation(auth, lapsedBuyer.userId);
    expect(!created.ok && created.err.code).toBe(45109003);
    // a buyer with after-sales history can still be written to
    expect((await h.client.sendMessage(auth, conv.id, { type: 'TEXT', content: { content: 'About your return' } })).ok).toBe(true);
  });

  it('refuses a conversation of another shop as not found', async () => {
    h = createHarness();
    const { auth } = await h.connect();
    const gbConv = Object.values(h.sandbox.state().conversations).find((c) => c.shopId === h.sandbox.shop('GB').id)!;
    const r = await h.client.sendMessage(auth, gbConv.id, { type: 'TEXT', content: { content: 'hi' } });
    expect(!r.ok && r.err.code).toBe(45101003);
  });
});

describe('Read Message', () => {
  it('clears the unread count and records the read receipt time', async () => {
    h = createHarness();
    const { auth } = await h.connect();
    const { json } = await h.buyerWrites({ text: 'anyone?', market: 'US' });
    const conv = h.sandbox.state().conversations[json.conversation_id as string]!;
    expect(conv.unreadCount).toBe(1);
    expect((await h.client.readMessage(auth, conv.id)).ok).toBe(true);
    expect(conv.unreadCount).toBe(0);
    expect(conv.readByShopAt).toBe(Math.floor(h.clock.now() / 1000));
  });
});

describe('Create Conversation', () => {
  it('announces a new conversation with a type-13 webhook and returns the existing one afterwards', async () => {
    h = createHarness();
    const { auth, shopId } = await usConversation();
    const buyer = Object.values(h.sandbox.state().buyers).filter((b) => b.shopId === shopId)[0]!;
    const first = await h.client.createConversation(auth, buyer.userId);
    await h.sandbox.webhooksIdle();
    expect(h.received.filter((r) => r.json.type === 13).map((r) => r.json.data.conversation_id)).toEqual([first.ok && first.val.conversationId]);
    const again = await h.client.createConversation(auth, buyer.userId);
    expect(again.ok && again.val.conversationId).toBe(first.ok && first.val.conversationId);
  });
});
