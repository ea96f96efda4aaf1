// The buyer-messages contract: POST /sandbox/api/buyer-messages makes a sandbox buyer write to a market's
// demo shop and pushes signed webhooks to AskChat; GET /sandbox/api/conversations/{id}/messages shows the
// conversation as buyer and seller lines.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MARKETS } from '../../shared/markets';
import { verifyWebhook } from '../../worker/tiktok/sign';
import { APP_KEY, APP_SECRET, BASE, createHarness, type Harness } from './harness';

let h: Harness;
afterEach(async () => {
  await h?.sandbox.close();
});

async function messagesOf(id: string) {
  const res = await h.fetch(`${BASE}/sandbox/api/conversations/${id}/messages`);
  return { status: res.status, json: (await res.json()) as { messages: { id: string; sender: string; text: string; create_time: number }[] } };
}

describe('POST /sandbox/api/buyer-messages', () => {
  it('answers 201 with the conversation and message ids', async () => {
    h = createHarness();
    const { status, json } = await h.buyerWrites({ text: 'Where is my order?', market: 'US' });
    expect(status).toBe(201);
    expect(json).toEqual({ conversation_id: expect.stringMatching(/^\d{19}$/), message_id: expect.stringMatching(/^\d{19}$/) });
  });

  it('pushes a signed type 13 then type 14 for a new conversation, and only type 14 after that', async () => {
    h = createHarness();
    const first = await h.buyerWrites({ text: 'Where is my order?', market: 'US' });
    await h.sandbox.webhooksIdle();
    expect(h.received.map((r) => r.json.type)).toEqual([13, 14]);
    const [thirteen, fourteen] = h.received;
    expect(thirteen!.json).toMatchObject({ shop_id: '7502311460000102001', data: { conversation_id: first.json.conversation_id } });
    expect(fourteen!.json).toMatchObject({
      type: 14,
      shop_id: '7502311460000102001',
      timestamp: Math.floor(h.clock.now() / 1000),
      data: {
        message_id: first.json.message_id,
        conversation_id: first.json.conversation_id,
        type: 'TEXT',
        content: JSON.stringify({ content: 'Where is my order?' }),
        is_visible: true,
        sender: { role: 'BUYER', im_user_id: expect.stringMatching(/^\d{19}$/) },
      },
    });
    expect(fourteen!.json.tts_notification_id).not.toBe(thirteen!.json.tts_notification_id);
    for (const r of h.received) {
      expect(await verifyWebhook({ appKey: APP_KEY, appSecret: APP_SECRET, rawBody: r.body, authorization: r.authorization })).toBe(true);
      expect(await verifyWebhook({ appKey: APP_KEY, appSecret: 'other', rawBody: r.body, authorization: r.authorization })).toBe(false);
    }
    const second = await h.buyerWrites({ text: 'Hello?', market: 'US' });
    await h.sandbox.webhooksIdle();
    expect(second.json.conversation_id).toBe(first.json.conversation_id);
    expect(h.received.map((r) => r.json.type)).toEqual([13, 14, 14]);
    expect(BigInt(String(h.received[2]!.json.data.index)) > BigInt(String(h.received[1]!.json.data.index))).toBe(true);
  });

  it('does not wait for AskChat to answer the webhook', async () => {
    h = createHarness();
    let release: (() => void) | undefined;
    h.answerWebhooksWith(() => new Promise((resolve) => (release = () => resolve(new Response(null, { status: 200 })))));
    const { status } = await h.buyerWrites({ text: 'Hi', market: 'GB' });
    expect(status).toBe(201);
    await vi.waitFor(() => expect(release).toBeDefined());
    expect(h.sandbox.deliveries()).toHaveLength(0); // the first push is still waiting for AskChat
    release!();
    await vi.waitFor(() => expect(h.sandbox.deliveries().length).toBeGreaterThan(0));
  });

  it('writes to the demo shop of every market', async () => {
    h = createHarness();
    for (const market of MARKETS) {
      const { status, json } = await h.buyerWrites({ text: `hello from ${market}`, market });
      expect(status, market).toBe(201);
      expect(h.sandbox.state().conversations[json.conversation_id as string]!.shopId).toBe(h.sandbox.shop(market).id);
    }
    expect((await h.buyerWrites({ text: 'lower case works', market: 'ph' })).status).toBe(201);
  });

  it('lets a chosen buyer, conversation, order or message type be used', async () => {
    h = createHarness();
    const shopId = h.sandbox.shop('ID').id;
    const buyers = Object.values(h.sandbox.state().buyers).filter((b) => b.shopId === shopId);
    const order = Object.values(h.sandbox.state().orders).find((o) => o.buyerUserId === buyers[2]!.userId)!;
    const a = await h.buyerWrites({ text: 'Kak, pesanan saya?', market: 'ID', buyer_user_id: buyers[2]!.userId, order_id: order.id });
    expect(a.status).toBe(201);
    const conv = h.sandbox.state().conversations[a.json.conversation_id as string]!;
    expect(conv.buyerUserId).toBe(buyers[2]!.userId);
    const types = h.sandbox.state().messages[conv.id]!.slice(-2).map((m) => m.type);
    expect(types).toEqual(['BUYER_ENTER_FROM_ORDER', 'TEXT']);
    const card = await h.buyerWrites({ market: 'ID', conversation_id: conv.id, type: 'ORDER_CARD', order_id: order.id });
    expect(card.status).toBe(201);
    expect(h.sandbox.messages(conv.id).at(-1)!.text).toBe(`[order ${order.id}]`);
    const image = await h.buyerWrites({ market: 'ID', conversation_id: conv.id, type: 'IMAGE' });
    expect(image.status).toBe(201);
  });

  const bad: Array<[string, unknown]> = [
    ['a body that is not JSON', 'text=hi'],
    ['a missing market', { text: 'hi' }],
    ['an unknown market', { text: 'hi', market: 'FR' }],
    ['a missing text', { market: 'US' }],
    ['an empty text', { text: '   ', market: 'US' }],
    ['a text that is not a string', { text: 42, market: 'US' }],
    ['a text over 2000 characters', { text: 'x'.repeat(2001), market: 'US' }],
    ['an unknown type', { text: 'hi', market: 'US', type: 'HOLOGRAM' }],
    ['an order card without an order', { market: 'US', type: 'ORDER_CARD' }],
  ];
  for (const [name, body] of bad) {
    it(`answers 400 with a clear JSON error for ${name}`, async () => {
      h = createHarness();
      const res = await h.fetch(`${BASE}/sandbox/api/buyer-messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
      expect(res.status).toBe(400);
      const json = (await res.json()) as { error: { code: string; message: string } };
      expect(json.error.message.length).toBeGreaterThan(5);
      expect(h.received).toHaveLength(0);
    });
  }

  it('answers 404 for a conversation, buyer or order of another shop', async () => {
    h = createHarness();
    const gb = await h.buyerWrites({ text: 'hi', market: 'GB' });
    expect((await h.buyerWrites({ text: 'hi', market: 'US', conversation_id: gb.json.conversation_id })).status).toBe(404);
    const gbBuyer = Object.values(h.sandbox.state().buyers).find((b) => b.shopId === h.sandbox.shop('GB').id)!;
    expect((await h.buyerWrites({ text: 'hi', market: 'US', buyer_user_id: gbBuyer.userId })).status).toBe(404);
    expect((await h.buyerWrites({ text: 'hi', market: 'US', order_id: '570000000000000000' })).status).toBe(404);
  });
});

describe('GET /sandbox/api/conversations/{id}/messages', () => {
  it('lists buyer lines and what the seller sent through Send Message, in time order', async () => {
    h = createHarness();
    const { auth } = await h.connect();
    const first = await h.buyerWrites({ text: 'Where is my order?', market: 'US' });
    const conversationId = first.json.conversation_id as string;
    h.clock.advance(5000);
    const sent = await h.client.sendMessage(auth, conversationId, { type: 'TEXT', content: { content: 'It arrives tomorrow.' } });
    expect(sent.ok).toBe(true);
    h.clock.advance(5000);
    await h.buyerWrites({ text: 'Thanks!', market: 'US' });
    const { status, json } = await messagesOf(conversationId);
    expect(status).toBe(200);
    expect(json.messages.map(({ sender, text }) => ({ sender, text }))).toEqual([
      { sender: 'buyer', text: 'Where is my order?' },
      { sender: 'seller', text: 'It arrives tomorrow.' },
      { sender: 'buyer', text: 'Thanks!' },
    ]);
    expect(json.messages[0]).toMatchObject({ id: first.json.message_id, create_time: Math.floor((h.clock.now() - 10_000) / 1000) });
    const times = json.messages.map((m) => m.create_time);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('leaves out system, robot and invisible messages of the demo history', async () => {
    h = createHarness();
    for (const conv of Object.values(h.sandbox.state().conversations).filter((c) => c.shopId === h.sandbox.shop('TH').id)) {
      const { json } = await messagesOf(conv.id);
      expect(json.messages.every((m) => m.sender === 'buyer' || m.sender === 'seller')).toBe(true);
      expect(json.messages.length).toBeLessThanOrEqual(h.sandbox.state().messages[conv.id]!.length);
    }
  });

  it('answers 404 for an unknown conversation', async () => {
    h = createHarness();
    expect((await messagesOf('7000000000000000000')).status).toBe(404);
  });
});

describe('new buyers for tests and benchmarks', () => {
  it('creates a buyer with one recent order, optionally under a chosen order id, who can then write', async () => {
    const h = createHarness();
    const made = await h.sandbox.app.request('/api/buyers', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ market: 'ID', order_id: '576000000000000001' }) });
    expect(made.status).toBe(201);
    const { buyer_user_id, order_id } = (await made.json()) as { buyer_user_id: string; order_id: string };
    expect(order_id).toBe('576000000000000001');
    const order = h.sandbox.state().orders[order_id]!;
    expect(order).toMatchObject({ buyerUserId: buyer_user_id, status: 'IN_TRANSIT' });
    const wrote = await h.sandbox.app.request('/api/buyer-messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'halo', market: 'ID', buyer_user_id }) });
    expect(wrote.status).toBe(201);
    const taken = await h.sandbox.app.request('/api/buyers', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ market: 'ID', order_id: '576000000000000001' }) });
    expect(((await taken.json()) as { order_id: string }).order_id).not.toBe('576000000000000001');
    await h.sandbox.close();
  });
});
