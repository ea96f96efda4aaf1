// The e-mail channel end to end: a provider's signed inbound webhook → stored first → threaded into a
// conversation → answered by AskChat's pipeline → sent through the e-mail provider stand-in (real HTTP),
// whose sent mails carry the threading headers the buyer's next reply comes back with. Bad input: forged,
// replayed and malformed webhooks, unreadable MIME, unknown recipients, too many and too large attachments.
import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { buyers, conversations, emailEvents, emailMessages, messages, shops } from '../../worker/db/schema';
import { emailHash } from '../../worker/email/crypto';
import { createHttpEmailSender } from '../../worker/email/sender';
import { MAX_ATTACHMENTS } from '../../shared/schemas/email';
import { startEmailStandin, signInbound } from '../support/email-standin';
import { createHarness, ORIGIN, signUp } from '../support/harness';
import { buyerWrites, connectSeller, sellerOf } from '../support/tiktok';

const SECRET = 'test-email-webhook-secret-0123456789';
const HASH_SECRET = 'test-buyer-hash-secret-0123456789';
const API_KEY = 'standin-key';
const mail = await startEmailStandin({ apiKey: API_KEY, domains: ['gbshop.example'] });
afterAll(() => mail.close());

const h = await createHarness({
  env: { EMAIL_WEBHOOK_SECRET: SECRET, BUYER_HASH_SECRET: HASH_SECRET, EMAIL_SEND_URL: mail.url },
  email: createHttpEmailSender({ url: mail.url, apiKey: API_KEY }),
});
const owner = await signUp(h, 'UK Email Shop');
await connectSeller(h, owner.client, sellerOf('GB'));
const [shop] = await h.db.select().from(shops).where(and(eq(shops.orgId, owner.orgId), eq(shops.market, 'GB')));
const SHOP_ADDRESS = 'support@gbshop.example';

let serial = 0;
const unique = (name: string) => `${name}-${++serial}-${Date.now().toString(36)}`;

async function post(body: unknown, options: { secret?: string; timestamp?: number; raw?: string } = {}) {
  const raw = options.raw ?? JSON.stringify(body);
  const headers = signInbound(options.secret ?? SECRET, raw, options.timestamp ?? Math.floor(h.clock.now().getTime() / 1000));
  const res = await h.request(`${ORIGIN}/api/webhooks/email`, { method: 'POST', headers, body: raw });
  const text = await res.text();
  await h.settle();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** A buyer's mail with a fresh Message-ID, from a fresh buyer unless `from` says otherwise. */
function buyerMail(fields: Record<string, unknown> = {}) {
  return { providerId: unique('prov'), from: `Olivia Brown <${unique('olivia')}@example.co.uk>`, to: SHOP_ADDRESS, subject: unique('Where is my order'), messageId: `<${unique('m')}@example.co.uk>`, text: 'Hello, where is my order? I ordered last week.', ...fields };
}

async function conversationOfMessage(rfcId: string) {
  const [row] = await h.db.select({ conversationId: emailMessages.conversationId, messageId: emailMessages.messageId }).from(emailMessages).where(and(eq(emailMessages.shopId, shop!.id), eq(emailMessages.rfcId, rfcId)));
  return row;
}
const idOf = (m: { messageId: string }) => m.messageId.slice(1, -1);
const rows = (conversationId: string) => h.db.select().from(messages).where(eq(messages.conversationId, conversationId)).orderBy(messages.createdAt, messages.id);
const sentTo = (address: string) => mail.sent.filter((m) => m.to.includes(address));

describe('setting up', () => {
  it('refuses inbound mail while the channel has no secrets, and a shop address with a +tag', async () => {
    const off = await createHarness();
    const res = await off.request(`${ORIGIN}/api/webhooks/email`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(503);
    expect((await owner.client.put(`/api/email/shops/${shop!.id}`, { address: 'support+x@gbshop.example' })).status).toBe(400);
    expect((await owner.client.put(`/api/email/shops/${shop!.id}`, { address: 'not an address' })).status).toBe(400);
  });

  it('gives the shop its inbound address (lower case), and no second shop can take it', async () => {
    const res = await owner.client.put(`/api/email/shops/${shop!.id}`, { address: 'Support@GBShop.example' });
    expect(res.status, res.text).toBe(200);
    expect((await owner.client.get(`/api/email/shops/${shop!.id}`)).body).toEqual({ address: SHOP_ADDRESS });
    const other = await signUp(h, 'Copycat');
    await connectSeller(h, other.client, sellerOf('US'), 'us');
    const [theirs] = await h.db.select().from(shops).where(eq(shops.orgId, other.orgId));
    expect((await other.client.put(`/api/email/shops/${theirs!.id}`, { address: SHOP_ADDRESS })).status).toBe(409);
  });
});

describe('forged and bad webhooks', () => {
  it('stores nothing for a missing, wrong, tampered or replayed signature, and says why', async () => {
    const before = (await h.db.select().from(emailEvents)).length;
    const body = JSON.stringify(buyerMail());
    const now = Math.floor(h.clock.now().getTime() / 1000);
    const unsigned = await h.request(`${ORIGIN}/api/webhooks/email`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(unsigned.status).toBe(401);
    expect(await unsigned.text()).toContain('X-AskChat-Timestamp');
    expect((await post(null, { raw: body, secret: 'another-secret-entirely-0000' })).status).toBe(401);
    const tampered = await h.request(`${ORIGIN}/api/webhooks/email`, { method: 'POST', headers: signInbound(SECRET, body, now), body: body.replace('Hello', 'Hellp') });
    expect(tampered.status).toBe(401);
    const replay = await post(null, { raw: body, timestamp: now - 10 * 60 });
    expect(replay.status).toBe(401);
    expect(replay.body.error.message).toContain('replay');
    expect((await post(null, { raw: body, timestamp: now + 10 * 60 })).status).toBe(401);
    expect((await h.db.select().from(emailEvents)).length).toBe(before);
  });

  it('answers 400 for a signed body that is not JSON or not an e-mail, and 413 beyond 1 MB', async () => {
    const notJson = await post(null, { raw: 'from=a@b' });
    expect(notJson.status).toBe(400);
    const wrong = await post({ from: 'a@b.example', to: SHOP_ADDRESS, attachments: 'many' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toContain('attachments');
    expect((await post(buyerMail({ text: 'x'.repeat(1_100_000) }))).status).toBe(413);
  });

  it('keeps a signed mail with malformed MIME, parked with the reason, and answers 200 so it is not retried', async () => {
    const res = await post({ providerId: unique('bad'), to: SHOP_ADDRESS, raw: 'this is not\na MIME message\n\nat all' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'failed', error: 'malformed MIME: the message does not start with headers' });
    const [event] = await h.db.select().from(emailEvents).where(eq(emailEvents.id, res.body.id));
    expect(event).toMatchObject({ status: 'failed', nextAttemptAt: null, lastError: 'malformed MIME: the message does not start with headers' });
    expect(event!.payload['raw']).toContain('this is not'); // nothing thrown away
  });

  it('sets aside mail for an address no shop has, keeping it', async () => {
    const res = await post(buyerMail({ to: 'sales@elsewhere.example' }));
    expect(res.status).toBe(200);
    const [event] = await h.db.select().from(emailEvents).where(eq(emailEvents.id, res.body.id));
    expect(event).toMatchObject({ status: 'unmatched', lastError: 'no shop has this inbound address', conversationId: null });
    expect(event!.payload['from']).toBeTruthy();
  });
});

describe('a new e-mail', () => {
  it('becomes an e-mail conversation, is answered by AskChat by e-mail with threading headers, and stores the address only beside its hash', async () => {
    const first = buyerMail({ from: 'Olivia Brown <Olivia.Brown@Example.co.uk>', text: 'Hello, where is my order?\n\nOn Monday, Shop wrote:\n> old quoted text\n\n-- \nOlivia' });
    const res = await post(first);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'stored', duplicate: false });
    const stored = (await conversationOfMessage(idOf(first)))!;
    const [conversation] = await h.db.select().from(conversations).where(eq(conversations.id, stored.conversationId));
    expect(conversation).toMatchObject({ channel: 'email', shopId: shop!.id, orgId: owner.orgId });
    expect(conversation!.tiktokConversationId).toMatch(/^email:[a-z0-9]{16}$/);
    const [buyer] = await h.db.select().from(buyers).where(eq(buyers.id, conversation!.buyerId));
    expect(buyer).toMatchObject({ email: 'olivia.brown@example.co.uk', emailHash: await emailHash(HASH_SECRET, 'olivia.brown@example.co.uk'), displayName: 'Olivia Brown' });
    expect(buyer!.imUserId).not.toContain('olivia'); // the unique key is the hash, not the address

    const all = await rows(stored.conversationId);
    const inbound = all.find((r) => r.sender === 'buyer');
    const replies = all.filter((r) => r.sender === 'ai');
    expect(inbound).toMatchObject({ sender: 'buyer', type: 'EMAIL', text: 'Hello, where is my order?', delivery: 'received' });
    expect(inbound!.content).toMatchObject({ subject: first.subject, fullText: expect.stringContaining('> old quoted text') });

    // AskChat answered (an answer or a holding message) through the provider, as e-mail.
    expect(replies.length).toBeGreaterThan(0);
    const reply = replies[0]!;
    expect(reply).toMatchObject({ sender: 'ai', delivery: 'sent' });
    const sent = sentTo('olivia.brown@example.co.uk');
    expect(sent).toHaveLength(replies.length);
    expect(sent[0]).toMatchObject({ from: '"Shop GB" <support@gbshop.example>'.replace('Shop GB', shop!.name), subject: `Re: ${first.subject}`, text: reply.text });
    expect(sent[0]!.replyTo).toBe(`support+${conversation!.tiktokConversationId.slice(6)}@gbshop.example`);
    expect(sent[0]!.headers['In-Reply-To']).toBe(first.messageId);
    expect(sent[0]!.headers['References']).toBe(first.messageId);
    expect(sent[0]!.headers['Message-ID']).toBe(`<${reply.tiktokMessageId}>`);
  });

  it('reaches the app as an e-mail conversation whose message carries its subject, and TikTok messages carry no content', async () => {
    const before = (await owner.client.get('/api/sync/pull?cursor=0')).body.cursor;
    const first = buyerMail({ attachments: [{ filename: 'photo.jpg', contentType: 'image/jpeg', size: 1200, url: 'https://files.example/photo.jpg' }] });
    await post(first);
    const { conversationId } = (await conversationOfMessage(idOf(first)))!;
    const shown = await owner.client.get(`/api/conversations/${conversationId}`);
    expect(shown.body.conversation.channel).toBe('email');
    const email = shown.body.messages.find((m: { type: string }) => m.type === 'EMAIL');
    expect(email.content).toMatchObject({ subject: first.subject, attachments: [{ filename: 'photo.jpg', url: 'https://files.example/photo.jpg' }] });
    expect(shown.body.messages.filter((m: { type: string }) => m.type !== 'EMAIL').every((m: object) => !('content' in m))).toBe(true);
    const pulled = (await owner.client.get(`/api/sync/pull?cursor=${before}`)).body;
    expect(pulled.conversations.find((c: { id: string }) => c.id === conversationId).channel).toBe('email');
    expect(pulled.messages.find((m: { id: string }) => m.id === email.id).content.subject).toBe(first.subject);

    await buyerWrites(h, 'GB', 'Hello from TikTok');
    const chat = (await owner.client.get('/api/conversations?limit=200')).body.conversations.find((c: { channel: string }) => c.channel === 'tiktok');
    expect(chat).toBeDefined();
    const messagesOfChat = (await owner.client.get(`/api/conversations/${chat.id}`)).body.messages;
    expect(messagesOfChat.length).toBeGreaterThan(0);
    expect(messagesOfChat.every((m: object) => !('content' in m))).toBe(true);
  });

  it('threads a reply by In-Reply-To, by the Reply-To token, and by sender and subject — and starts anew otherwise', async () => {
    const from = `${unique('jamie')}@example.co.uk`;
    const first = buyerMail({ from, subject: 'Parcel damaged' });
    await post(first);
    const conversationId = (await conversationOfMessage(idOf(first)))!.conversationId;
    const ours = sentTo(from).at(-1)!;

    // 1. In-Reply-To our reply, with a changed subject, to the base address.
    const byHeader = buyerMail({ from, subject: 'photos attached', inReplyTo: ours.headers['Message-ID'] });
    await post(byHeader);
    expect((await conversationOfMessage(idOf(byHeader)))!.conversationId).toBe(conversationId);
    // 1b. Only References (a client that drops In-Reply-To).
    const byReferences = buyerMail({ from, subject: 'again', references: [first.messageId, ours.headers['Message-ID']!] });
    await post(byReferences);
    expect((await conversationOfMessage(idOf(byReferences)))!.conversationId).toBe(conversationId);
    // 2. No headers, a new subject, but sent to the conversation's Reply-To address.
    const byToken = buyerMail({ from: `someone.else.${serial}@example.co.uk`, to: ours.replyTo!, subject: 'my partner writing' });
    await post(byToken);
    expect((await conversationOfMessage(idOf(byToken)))!.conversationId).toBe(conversationId);
    // 3. No headers, base address, the same sender (in other letter case) and subject.
    const bySubject = buyerMail({ from: from.toUpperCase(), subject: 'RE: Parcel damaged' });
    await post(bySubject);
    expect((await conversationOfMessage(idOf(bySubject)))!.conversationId).toBe(conversationId);
    // Another subject from the same sender is a new conversation of the same buyer.
    const other = buyerMail({ from, subject: 'A different question' });
    await post(other);
    const otherConversation = (await conversationOfMessage(idOf(other)))!.conversationId;
    expect(otherConversation).not.toBe(conversationId);
    const [a, b] = await Promise.all([conversationId, otherConversation].map(async (id) => (await h.db.select().from(conversations).where(eq(conversations.id, id)))[0]!.buyerId));
    expect(a).toBe(b);
  });

  it('stores a retried webhook once, and the same Message-ID under another delivery id once', async () => {
    const m = buyerMail({ text: 'thanks, all good' });
    const first = await post(m);
    const again = await post(m);
    expect(again.body).toMatchObject({ id: first.body.id, status: 'processed', duplicate: true });
    const redelivered = await post({ ...m, providerId: unique('other-delivery') });
    expect(redelivered.body.duplicate).toBe(false);
    const { conversationId } = (await conversationOfMessage(idOf(m)))!;
    expect((await rows(conversationId)).filter((r) => r.sender === 'buyer')).toHaveLength(1);
  });

  it('reads raw MIME from providers that send it, and bounds attachments, kept by reference only', async () => {
    const attachments = Array.from({ length: MAX_ATTACHMENTS + 3 }, (_x, i) => ({ filename: `photo${i}.jpg`, contentType: 'image/jpeg', size: i === 0 ? 80 * 1024 * 1024 : 2048, url: `https://files.provider.example/a/${i}` }));
    const messageId = `<${unique('raw')}@example.co.uk>`;
    const raw = `From: =?utf-8?Q?Zo=C3=AB?= <zoe.${serial}@example.co.uk>\r\nTo: ${SHOP_ADDRESS}\r\nSubject: =?utf-8?B?RGFtYWdlZCBpdGVtIOKAkyBwaG90b3M=?=\r\nMessage-ID: ${messageId}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nThe vase arrived broken =E2=80=93 photos attached.`;
    const res = await post({ providerId: unique('raw'), raw, attachments });
    expect(res.body.status).toBe('stored');
    const { conversationId, messageId: rowId } = (await conversationOfMessage(messageId.slice(1, -1)))!;
    const [row] = await h.db.select().from(messages).where(eq(messages.id, rowId!));
    expect(row).toMatchObject({ text: 'The vase arrived broken – photos attached.', conversationId });
    const content = row!.content as { subject: string; attachments: { url: string; oversize?: boolean }[]; omittedAttachments: number };
    expect(content.subject).toBe('Damaged item – photos');
    expect(content.attachments).toHaveLength(MAX_ATTACHMENTS);
    expect(content.omittedAttachments).toBe(3);
    expect(content.attachments[0]).toMatchObject({ url: 'https://files.provider.example/a/0', oversize: true });
    // The event's copy is emptied once the message holds it.
    const [event] = await h.db.select().from(emailEvents).where(eq(emailEvents.id, res.body.id));
    expect(event).toMatchObject({ status: 'processed', payload: {}, conversationId });
  });
});

describe('replies that cannot go out', () => {
  it('keeps AskChat\'s reply as failed and flags the conversation when the provider refuses, and an agent\'s retry sends it', async () => {
    mail.fail(500, 10);
    const m = buyerMail();
    await post(m);
    const { conversationId } = (await conversationOfMessage(idOf(m)))!;
    const failed = (await rows(conversationId)).filter((r) => r.sender === 'ai');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed[0]).toMatchObject({ delivery: 'failed' });
    expect(String(failed[0]!.replyMeta?.['error'])).toContain('answered 500');
    const [flagged] = await h.db.select().from(conversations).where(eq(conversations.id, conversationId));
    expect(flagged).toMatchObject({ needsHuman: true, handoffReason: 'send_failed' });

    const refused = await owner.client.post(`/api/conversations/${conversationId}/replies`, { clientId: 'email-agent-reply-1', text: 'So sorry, checking now.' });
    expect(refused.status).toBe(502);
    expect(refused.body.error.message).toMatch(/^The channel did not accept the message: .*500.*It is kept; send it again to retry\.$/); // not 'TikTok Shop…'
    mail.fail(500, 0);
    const retried = await owner.client.post(`/api/conversations/${conversationId}/replies`, { clientId: 'email-agent-reply-1', text: 'So sorry, checking now.' });
    expect(retried.status, retried.text).toBe(200);
    expect(retried.body.message).toMatchObject({ sender: 'agent', delivery: 'sent' });
    const last = mail.sent.at(-1)!;
    expect(last).toMatchObject({ text: 'So sorry, checking now.' });
    expect(last.headers['In-Reply-To']).toBe(m.messageId);
  });
});

describe("TikTok's forwarded unread chats", () => {
  it('go into the TikTok conversation they name, as a note, never answered twice or by e-mail', async () => {
    const sentBefore = mail.sent.length;
    const chat = await buyerWrites(h, 'GB', 'Hi, is the blue one back in stock?');
    const [tiktok] = await h.db.select({ id: conversations.id, name: buyers.displayName }).from(conversations).innerJoin(buyers, eq(buyers.id, conversations.buyerId)).where(and(eq(conversations.shopId, shop!.id), eq(conversations.tiktokConversationId, chat.conversation_id)));
    const before = (await rows(tiktok!.id)).length;
    const byName = await post({ providerId: unique('relay'), from: 'TikTok Shop <no-reply@notification.tiktokshop.com>', to: SHOP_ADDRESS, subject: `You have unread messages from ${tiktok!.name}`, messageId: `<${unique('relay')}@tiktokshop.com>`, text: `${tiktok!.name}: Hi, is the blue one back in stock?` });
    expect(byName.body.status).toBe('stored');
    const byId = await post({ providerId: unique('relay'), from: 'no-reply@tiktok.com', to: SHOP_ADDRESS, subject: 'Unread chats', messageId: `<${unique('relay')}@tiktok.com>`, text: `Reply in Seller Center: https://seller-uk.tiktok.com/homepage/chat?conversation_id=${chat.conversation_id}` });
    expect(byId.body.status).toBe('stored');
    const after = await rows(tiktok!.id);
    const notes = after.filter((r) => r.type === 'EMAIL');
    expect(notes).toHaveLength(2);
    expect(notes.every((n) => n.sender === 'system' && (n.content as { relay?: string }).relay === 'tiktok')).toBe(true);
    expect(after.length).toBe(before + 2); // nothing else: no second answer to the chat
    expect(mail.sent.length).toBe(sentBefore);
  });

  it('that name no known chat become an e-mail conversation for a person; a reply to TikTok\'s address is refused clearly', async () => {
    const relay = { providerId: unique('relay'), from: 'no-reply@notification.tiktokshop.com', to: SHOP_ADDRESS, subject: 'You have unread messages from nobody_we_know', messageId: `<${unique('relay')}@tiktokshop.com>`, text: 'nobody_we_know: hello?' };
    await post(relay);
    const { conversationId } = (await conversationOfMessage(idOf(relay)))!;
    const [conversation] = await h.db.select().from(conversations).where(eq(conversations.id, conversationId));
    expect(conversation).toMatchObject({ channel: 'email', needsHuman: true, handoffReason: 'tiktok_relay_unmatched' });
    expect((await rows(conversationId)).filter((r) => r.sender === 'ai')).toHaveLength(0);
    const res = await owner.client.post(`/api/conversations/${conversationId}/replies`, { clientId: 'relay-reply-1', text: 'Hello' });
    expect(res.status).toBe(502);
    expect(res.body.error.message).toContain('TikTok chat');
  });
});

// Last: moving the clock a month on expires the owner's session.
describe('the subject window', () => {
  it('threads the same sender and subject only within 30 days', async () => {
    const from = `${unique('late')}@example.co.uk`;
    const first = buyerMail({ from, subject: 'Gift wrap' });
    await post(first);
    const { conversationId } = (await conversationOfMessage(idOf(first)))!;
    h.clock.advance(29 * 24 * 3_600_000);
    const within = buyerMail({ from, subject: 'Re: Gift wrap' });
    await post(within);
    expect((await conversationOfMessage(idOf(within)))!.conversationId).toBe(conversationId);
    h.clock.advance(31 * 24 * 3_600_000);
    const late = buyerMail({ from, subject: 'Re: Gift wrap' });
    await post(late);
    expect((await conversationOfMessage(idOf(late)))!.conversationId).not.toBe(conversationId);
  });
});
