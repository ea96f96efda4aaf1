// The organisation's AI provider in the reply pipeline and for agents, against a local stand-in that
// speaks the chat-completions protocol (test/support/ai-standin.ts): a grounded answer where the built-in
// engine had no words, a summary on hand-off, two-way translation for agents, the daily cost cap, and the
// fallback to the built-in engine whenever the provider fails.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { aiUsage, conversations, messages, shops } from '../../worker/db/schema';
import { reply, startAiStandin } from '../support/ai-standin';
import { createHarness, signUp } from '../support/harness';
import { buyerWrites, connectSeller, sellerOf } from '../support/tiktok';

const h = await createHarness();
const owner = await signUp(h, 'Provider Shop');
for (const market of ['ID', 'TH'] as const) await connectSeller(h, owner.client, sellerOf(market));
const ai = await startAiStandin();
afterAll(() => ai.close());

type Market = 'ID' | 'TH';
const shopRow = async (market: Market) => (await h.db.select().from(shops).where(and(eq(shops.orgId, owner.orgId), eq(shops.market, market))))[0]!;
const sellerTexts = (conversationId: string) => h.sandbox.messages(conversationId).filter((m) => m.sender === 'seller').map((m) => m.text);

/** A new sandbox buyer (with one order) writes; returns the chat and AskChat's messages after it. */
async function write(market: Market, text: string) {
  const res = await h.sandbox.app.request('/api/buyers', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ market }) });
  const { buyer_user_id } = (await res.json()) as { buyer_user_id: string };
  const sent = await buyerWrites(h, market, text, { buyer_user_id });
  const [conversation] = await h.db.select().from(conversations).where(and(eq(conversations.tiktokConversationId, sent.conversation_id), eq(conversations.orgId, owner.orgId)));
  return { sent, conversation: conversation!, replies: sellerTexts(sent.conversation_id) };
}

async function setProvider(extra: Record<string, unknown> = {}) {
  const res = await owner.client.put('/api/ai/provider', { baseUrl: ai.baseUrl, model: 'gpt-4o-mini', apiKey: ai.apiKey, inputPerMTokUsd: 0.15, outputPerMTokUsd: 0.6, dailyCapUsd: 1, ...extra });
  expect(res.status, res.text).toBe(200);
}

const answer = (text: string, extra: Record<string, unknown> = {}) => reply.json({ reply: text, handoff: false, reason: 'answered from the facts', facts_used: [], ...extra });
const PRODUCT_QUESTION = 'kak, lipstik ini ada warna nude gak? teksturnya matte atau glossy?';

beforeEach(async () => {
  ai.reset();
  await h.db.delete(aiUsage);
  await setProvider();
});

describe('with a provider, the pipeline', () => {
  it('answers a product question the knowledge base cannot, with a grounded answer sent through the CS API', async () => {
    const text = 'Ada warna nude, Kak, dengan tekstur matte 😊 Kalau ada pertanyaan lain, kabari kami ya!';
    ai.script(reply.toolCalls({ id: 'call_kb', name: 'searchKnowledgeBase', arguments: { query: 'lipstik warna nude' } }), answer(text));
    const { sent, conversation, replies } = await write('ID', PRODUCT_QUESTION);
    expect(replies).toEqual([text]);
    expect(conversation).toMatchObject({ needsHuman: false, status: 'pending' });
    // The model asked the knowledge base and got the (empty) answer back under its call id.
    const second = ai.chats[1]!.body;
    expect(second.messages.at(-1)).toMatchObject({ role: 'tool', tool_call_id: 'call_kb' });
    expect(JSON.parse(second.messages.at(-1).content)).toEqual({ hits: [] });
    // Nothing of the key or the system prompt reached the buyer; the reply records the provider and its cost.
    const [ours] = await h.db.select().from(messages).where(and(eq(messages.conversationId, conversation.id), eq(messages.sender, 'ai')));
    expect(ours!.replyMeta).toMatchObject({ engine: 'provider', model: 'gpt-4o-mini', decision: 'needs_knowledge', tools: ['searchKnowledgeBase'], replyLanguage: 'id' });
    expect(ours!.replyMeta!['costUsd']).toBeGreaterThan(0);
    const [usage] = await h.db.select().from(aiUsage);
    expect(usage!.calls).toBe(1);
    expect(usage!.costUsd).toBeCloseTo(ours!.replyMeta!['costUsd'] as number, 10);
    expect(sent.conversation_id).toBeTruthy();
  });

  it('falls back to the built-in hand-off when the provider fails, and still answers the buyer once', async () => {
    ai.handle(() => reply.error(500));
    const { conversation, replies } = await write('ID', PRODUCT_QUESTION);
    expect(conversation).toMatchObject({ needsHuman: true, handoffReason: 'needs_knowledge', handoffSummary: expect.stringMatching(/^Not in the knowledge base · Buyer: “/) }); // the built-in summary
    expect(replies).toHaveLength(1); // the built-in holding message
    expect(replies[0]).toMatch(/Kak/);
    expect(ai.chats.length).toBeGreaterThanOrEqual(2); // retried once, then gave up
  });

  it('refuses a provider answer that invents a number the facts do not hold, and hands off', async () => {
    ai.handle((req) => (req.body.messages[0].content.includes('note for the TikTok Shop agent') ? reply.json({ summary: 'Buyer asks whether the lipstick is waterproof.' }) : answer('Lipstik ini tahan 48 jam, Kak, dan diskon 75% hari ini!')));
    const { conversation, replies } = await write('ID', PRODUCT_QUESTION);
    expect(replies.join(' ')).not.toMatch(/48|75%/);
    expect(conversation).toMatchObject({ needsHuman: true, handoffReason: 'needs_knowledge', handoffSummary: 'Buyer asks whether the lipstick is waterproof.' });
  });

  it('never asks the provider to answer an escalation, but writes the agent a summary', async () => {
    ai.handle(() => reply.json({ summary: 'The parcel arrived broken; the buyer wants a person.' }));
    const { conversation, replies } = await write('ID', 'Saya mau bicara dengan orang, paket saya datang rusak');
    expect(conversation).toMatchObject({ needsHuman: true, handoffReason: expect.stringMatching(/^escalate:/), handoffSummary: 'The parcel arrived broken; the buyer wants a person.' });
    expect(ai.chats).toHaveLength(1);
    expect(ai.chats[0]!.body.tools).toBeUndefined();
    expect(replies).toHaveLength(1); // the holding message, from the built-in engine
    const sync = await owner.client.get(`/api/conversations/${conversation.id}`);
    expect(sync.body.conversation.handoffSummary).toBe('The parcel arrived broken; the buyer wants a person.');
  });

  it('stops calling the provider once the shop’s daily cap is spent, and uses the built-in engine', async () => {
    await setProvider({ dailyCapUsd: 0.0001, inputPerMTokUsd: 5, outputPerMTokUsd: 15 });
    ai.handle(() => answer('never sent'));
    const { conversation, replies } = await write('ID', PRODUCT_QUESTION);
    expect(ai.chats).toHaveLength(0);
    expect(replies).not.toContain('never sent');
    expect(conversation).toMatchObject({ needsHuman: true, handoffReason: 'needs_knowledge', handoffSummary: expect.stringMatching(/^Not in the knowledge base · Buyer: “/) }); // the built-in summary
  });

  it('stays with the built-in engine when the provider is switched off', async () => {
    await setProvider({ enabled: false });
    const { conversation } = await write('ID', PRODUCT_QUESTION);
    expect(ai.requests).toHaveLength(0);
    expect(conversation.handoffReason).toBe('needs_knowledge');
  });
});

describe('translation for agents', () => {
  it('sends an agent’s English reply in Thai, keeps both texts, and sends it once however often it is retried', async () => {
    const { sent, conversation } = await write('TH', 'สินค้าชิ้นนี้ใช้กับผิวแพ้ง่ายได้ไหมคะ');
    expect(conversation.language).toBe('th');
    const before = sellerTexts(sent.conversation_id).length;
    ai.reset(); // what the pipeline asked when the buyer wrote is not this test's business
    ai.handle(() => reply.json({ text: 'ใช้ได้ค่ะ สูตรอ่อนโยนสำหรับผิวแพ้ง่ายค่ะ' }));
    const body = { clientId: 'reply-th-0001', text: 'Yes, it is gentle enough for sensitive skin.', translate: true };
    const first = await owner.client.post(`/api/conversations/${conversation.id}/replies`, body);
    expect(first.status, first.text).toBe(201);
    expect(first.body.message).toMatchObject({ sender: 'agent', text: 'ใช้ได้ค่ะ สูตรอ่อนโยนสำหรับผิวแพ้ง่ายค่ะ', translations: { en: body.text }, delivery: 'sent' });
    const again = await owner.client.post(`/api/conversations/${conversation.id}/replies`, body);
    expect(again.status).toBe(200);
    expect(again.body.message.id).toBe(first.body.message.id);
    expect(sellerTexts(sent.conversation_id).slice(before)).toEqual(['ใช้ได้ค่ะ สูตรอ่อนโยนสำหรับผิวแพ้ง่ายค่ะ']);
    // TikTok's echo of the send was recognised as this message, not stored as a second one.
    const stored = (await h.db.select().from(messages).where(eq(messages.conversationId, conversation.id))).filter((m) => m.text === 'ใช้ได้ค่ะ สูตรอ่อนโยนสำหรับผิวแพ้ง่ายค่ะ'); // sealed: compared here
    expect(stored.map((m) => [m.sender, m.authorId, m.delivery])).toEqual([['agent', owner.userId, 'sent']]);
    expect(ai.chats).toHaveLength(1);
    // The provider was told to translate into Thai, and got the agent's words as data.
    expect(ai.chats[0]!.body.messages[0].content).toMatch(/into Thai/);
    expect(ai.chats[0]!.body.messages[1].content).toBe(body.text);
  });

  it('shows a buyer’s message in the agent’s language, translated once and kept on the message', async () => {
    const { conversation } = await write('TH', 'พัสดุของฉันถึงไหนแล้วคะ');
    const [buyerMessage] = await h.db.select().from(messages).where(and(eq(messages.conversationId, conversation.id), eq(messages.sender, 'buyer')));
    ai.reset();
    ai.handle(() => reply.json({ text: 'Where is my parcel?' }));
    const path = `/api/conversations/${conversation.id}/messages/${buyerMessage!.id}/translation`;
    const first = await owner.client.post(path, { to: 'en' });
    expect(first.status, first.text).toBe(200);
    expect(first.body).toEqual({ messageId: buyerMessage!.id, language: 'en', text: 'Where is my parcel?' });
    expect((await owner.client.post(path, { to: 'en' })).body.text).toBe('Where is my parcel?');
    expect(ai.chats).toHaveLength(1);
    const synced = await owner.client.get(`/api/conversations/${conversation.id}`);
    expect(synced.body.messages.find((m: { id: string }) => m.id === buyerMessage!.id).translations).toEqual({ en: 'Where is my parcel?' });
  });

  it('without a provider, refuses to translate and sends nothing; an untranslated reply still goes out', async () => {
    expect((await owner.client.delete('/api/ai/provider')).status).toBe(200);
    const { sent, conversation } = await write('TH', 'มีสีดำไหมคะ');
    const before = sellerTexts(sent.conversation_id).length;
    const refused = await owner.client.post(`/api/conversations/${conversation.id}/replies`, { clientId: 'reply-th-0002', text: 'Yes, we have black.', translate: true });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('ai_unavailable');
    expect(sellerTexts(sent.conversation_id).length).toBe(before);
    const plain = await owner.client.post(`/api/conversations/${conversation.id}/replies`, { clientId: 'reply-th-0003', text: 'มีสีดำค่ะ' });
    expect(plain.status).toBe(201);
    expect(sellerTexts(sent.conversation_id).slice(before)).toEqual(['มีสีดำค่ะ']);
  });

  it('keeps a reply TikTok refused and delivers it on the retry with the same id', async () => {
    const { sent, conversation } = await write('TH', 'ส่งของวันไหนคะ');
    const before = sellerTexts(sent.conversation_id).length;
    await h.sandbox.app.request('/api/faults', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ match: '/messages', method: 'POST', code: 45109001, times: 1 }) });
    const body = { clientId: 'reply-th-0004', text: 'จัดส่งพรุ่งนี้ค่ะ' };
    const failed = await owner.client.post(`/api/conversations/${conversation.id}/replies`, body);
    expect(failed.status).toBe(502);
    expect(failed.body.error.code).toBe('delivery_failed');
    const kept = await h.db.select().from(messages).where(and(eq(messages.conversationId, conversation.id), eq(messages.clientId, body.clientId)));
    expect(kept).toHaveLength(1);
    expect(kept[0]!.delivery).toBe('failed');
    const retried = await owner.client.post(`/api/conversations/${conversation.id}/replies`, body);
    expect(retried.status, retried.text).toBe(200);
    expect(retried.body.message).toMatchObject({ id: kept[0]!.id, delivery: 'sent' });
    expect(sellerTexts(sent.conversation_id).slice(before)).toEqual(['จัดส่งพรุ่งนี้ค่ะ']);
    await h.sandbox.app.request('/api/faults', { method: 'DELETE' });
  });

  it('validates a reply: a missing or malformed client id and empty text are refused with the field named', async () => {
    const { conversation } = await write('TH', 'สวัสดีค่ะ');
    for (const [bad, field] of [
      [{ text: 'hi' }, 'clientId'],
      [{ clientId: 'x', text: 'hi' }, 'clientId'],
      [{ clientId: 'reply-th-0005', text: '   ' }, 'text'],
    ] as const) {
      const res = await owner.client.post(`/api/conversations/${conversation.id}/replies`, bad);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(field);
    }
  });
});

it('the shop row’s id is what the usage table counts', async () => {
  // Guards the join the cap relies on: usage rows belong to the shop that answered.
  ai.script(answer('Lipstik ini tahan air, Kak.'));
  await write('ID', PRODUCT_QUESTION);
  const rows = await h.db.select().from(aiUsage);
  expect(rows.map((r) => r.shopId)).toEqual([(await shopRow('ID')).id]);
});
