// People in the loop, end to end through the API, the TikTok Shop sandbox and a push service that decrypts
// what it receives: phone mutations applied once with conflicts settled visibly, escalations re-paged when
// nobody opens them, presence from using the app, a buyer's return moving its ticket at once, and the
// hand-off summary an agent reads without an AI provider.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { conversations, messages, shops, tickets } from '../../worker/db/schema';
import { REPAGE_AFTER_MS } from '../../worker/jobs/repage';
import { runScheduledJobs } from '../../worker/jobs/scheduled';
import { generateVapidKeys } from '../../worker/push/vapid';
import { startPushStandin } from '../support/push-standin';
import { createHarness, PASSWORD, signUp, uniqueEmail } from '../support/harness';
import { buyerWrites, connectSeller, sellerOf } from '../support/tiktok';

const h = await createHarness({ push: { vapid: await generateVapidKeys(), subject: 'mailto:ops@example.com' } });
const service = await startPushStandin();
afterAll(() => service.close());

const owner = await signUp(h, 'Loop Shop');
await connectSeller(h, owner.client, sellerOf('ID'));
const [idShop] = await h.db.select().from(shops).where(eq(shops.orgId, owner.orgId));

async function member(name: string) {
  const invite = await owner.client.post('/api/invites', { email: uniqueEmail(name), role: 'agent' });
  const client = h.client();
  const joined = await client.post('/api/invites/accept', { token: invite.body.link.split('#')[1], name, password: PASSWORD });
  expect(joined.status, joined.text).toBe(201);
  const sub = service.createSubscription({ applicationServerKey: (await client.get('/api/push/key')).body.publicKey });
  expect((await client.post('/api/push/subscriptions', sub)).status).toBe(201);
  return { client, userId: joined.body.user.id as string, device: sub.endpoint, name };
}
const siti = await member('Siti');
const budi = await member('Budi');
const outsider = await member('Ploy'); // in no group: does not work on the Indonesian shop
const ownerSub = service.createSubscription({ applicationServerKey: (await owner.client.get('/api/push/key')).body.publicKey });
expect((await owner.client.post('/api/push/subscriptions', ownerSub)).status).toBe(201);
const group = await owner.client.post('/api/groups', { name: 'Indonesia', languages: ['id'], routing: 'round_robin', memberIds: [siti.userId, budi.userId], shopIds: [idShop!.id] });
expect(group.status, group.text).toBe(201);
const people = [siti, budi];

const sandbox = async (path: string, body: unknown = {}) => {
  const res = await h.sandbox.app.request(`/api${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as any };
};

/** A new buyer with a delivered order asks for a person about a broken parcel; returns the conversation row. */
async function escalation() {
  const buyer = await sandbox('/buyers', { market: 'ID', order_status: 'DELIVERED' });
  const sent = await buyerWrites(h, 'ID', 'Saya mau bicara dengan orang, paket saya datang rusak', { buyer_user_id: buyer.body.buyer_user_id });
  const row = async () => (await h.db.select().from(conversations).where(and(eq(conversations.orgId, owner.orgId), eq(conversations.tiktokConversationId, sent.conversation_id))))[0]!;
  return { row, first: await row(), orderId: buyer.body.order_id as string, chat: sent.conversation_id, buyerUserId: buyer.body.buyer_user_id as string };
}

let seq = 0;
const mid = (label: string) => `${label}-${String(++seq).padStart(6, '0')}`;
const mutate = (client: typeof siti.client, mutations: unknown[]) => client.post('/api/mutations', { mutations });
const runJobs = () => runScheduledJobs({ deps: h.deps, db: h.db, now: h.clock.now(), log: h.deps.log });
/** Titles pushed to a device, for one conversation when given (earlier tests' escalations are re-paged too). */
const titlesTo = (endpoint: string, conversationId?: string) =>
  service.delivered
    .filter((d) => d.endpoint === endpoint && (!conversationId || (d.payload as { url: string }).url === `/c/${conversationId}`))
    .map((d) => (d.payload as { title: string }).title);
const personOf = (userId: string | null) => people.find((p) => p.userId === userId)!;

beforeEach(() => {
  service.delivered.length = 0;
});

describe('mutations from a phone', () => {
  it('apply once each, in order, answered one by one; a bad one is refused alone', async () => {
    const { first, row } = await escalation();
    const agent = personOf(first.assigneeId);
    const batch = [
      { id: mid('note'), name: 'conversation.note', args: { conversationId: first.id, text: 'Asked the warehouse for the packing photo' }, base: first.version },
      { id: mid('bad'), name: 'conversation.setStatus', args: { conversationId: first.id, status: 'closed' }, base: first.version },
      { id: mid('open'), name: 'conversation.open', args: { conversationId: first.id }, base: first.version },
      { id: mid('pend'), name: 'conversation.setStatus', args: { conversationId: first.id, status: 'pending' }, base: first.version },
    ];
    const res = await mutate(agent.client, batch);
    expect(res.status, res.text).toBe(200);
    expect(res.body.results.map((r: any) => [r.status, r.code ?? null])).toEqual([
      ['applied', null],
      ['rejected', 'validation_failed'],
      ['applied', null],
      ['applied', null],
    ]);
    expect(res.body.results[1].message).toMatch(/status/);
    expect(res.body.results[3].conversation).toMatchObject({ id: first.id, status: 'pending', unreadCount: 0 });
    expect((await row()).openedAt).not.toBeNull();

    // The same batch again (the answer was lost on a train): the stored answers, nothing applied twice.
    const again = await mutate(agent.client, batch);
    expect(again.body.results.map((r: any) => r.status)).toEqual(['duplicate', 'rejected', 'duplicate', 'duplicate']);
    const notes = await h.db.select().from(messages).where(and(eq(messages.conversationId, first.id), eq(messages.type, 'NOTE')));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ sender: 'system', authorId: agent.userId, delivery: 'received' });
    // A note is for colleagues: the buyer's chat on TikTok never gets it.
    expect(h.sandbox.messages(first.tiktokConversationId).map((m) => m.text)).not.toContain('Asked the warehouse for the packing photo');
  });

  it('two agents change the same conversation: the change the server applied first wins, the other is told who', async () => {
    const { first, row } = await escalation();
    const seen = (await owner.client.get(`/api/conversations/${first.id}`)).body.conversation.version as number;
    const resolved = await mutate(siti.client, [{ id: mid('res'), name: 'conversation.setStatus', args: { conversationId: first.id, status: 'resolved' }, base: seen }]);
    expect(resolved.body.results[0]).toMatchObject({ status: 'applied', conversation: { status: 'resolved', needsHuman: false } });
    expect((await row()).resolvedAt).not.toBeNull();

    // Budi, offline on the same copy, had set it back to open: refused, with the conversation as it is.
    const late = await mutate(budi.client, [{ id: mid('reopen'), name: 'conversation.setStatus', args: { conversationId: first.id, status: 'open' }, base: seen }]);
    expect(late.body.results[0]).toMatchObject({ status: 'rejected', code: 'conflict', conversation: { status: 'resolved' } });
    expect(late.body.results[0].message).toMatch(/Siti changed the status to “resolved”/);
    expect((await row()).status).toBe('resolved');

    // From the fresh copy, the same change goes through.
    const fresh = late.body.results[0].conversation.version as number;
    const retry = await mutate(budi.client, [{ id: mid('reopen'), name: 'conversation.setStatus', args: { conversationId: first.id, status: 'open' }, base: fresh }]);
    expect(retry.body.results[0]).toMatchObject({ status: 'applied', conversation: { status: 'open', needsHuman: true, resolvedAt: null } });

    // The assignee likewise: the second reassignment from the old copy loses.
    const base = retry.body.results[0].conversation.version as number;
    const other = first.assigneeId === siti.userId ? budi : siti;
    const a = await mutate(owner.client, [{ id: mid('asg'), name: 'conversation.assign', args: { conversationId: first.id, assigneeId: other.userId }, base }]);
    expect(a.body.results[0]).toMatchObject({ status: 'applied', conversation: { assigneeId: other.userId } });
    const b = await mutate(siti.client, [{ id: mid('asg'), name: 'conversation.assign', args: { conversationId: first.id, assigneeId: null }, base }]);
    expect(b.body.results[0]).toMatchObject({ status: 'rejected', code: 'conflict', conversation: { assigneeId: other.userId } });
    expect(b.body.results[0].message).toContain(other.name);
  });

  it('refuses to resolve from a copy that has not seen the buyer’s newest message', async () => {
    const { first, row, buyerUserId } = await escalation();
    await buyerWrites(h, 'ID', 'Halo? Masih ada orang?', { buyer_user_id: buyerUserId });
    const fresher = await row();
    expect(fresher.version).toBeGreaterThan(first.version);
    const stale = await mutate(siti.client, [{ id: mid('res'), name: 'conversation.setStatus', args: { conversationId: first.id, status: 'resolved' }, base: first.version }]);
    expect(stale.body.results[0]).toMatchObject({ status: 'rejected', code: 'conflict', message: expect.stringMatching(/buyer wrote again/) });
    expect((await row()).status).not.toBe('resolved');
  });

  it('tells the new assignee by push, and refuses people who do not work on the shop and chats one cannot see', async () => {
    const { first } = await escalation();
    const other = first.assigneeId === siti.userId ? budi : siti;
    service.delivered.length = 0;
    const give = await mutate(owner.client, [{ id: mid('give'), name: 'conversation.assign', args: { conversationId: first.id, assigneeId: other.userId }, base: 0 }]);
    expect(give.body.results[0].status).toBe('applied');
    expect(titlesTo(other.device)).toEqual([`Assigned to you · ${idShop!.name}`]);
    const payload = service.delivered.find((d) => d.endpoint === other.device)!;
    expect(payload.headers['urgency']).toBe('high'); // it is an escalation
    expect((payload.payload as { body: string }).body).toMatch(/gave you a conversation/);

    const toOutsider = await mutate(owner.client, [{ id: mid('out'), name: 'conversation.assign', args: { conversationId: first.id, assigneeId: outsider.userId }, base: 0 }]);
    expect(toOutsider.body.results[0]).toMatchObject({ status: 'rejected', code: 'validation_failed' });
    const unseen = await mutate(outsider.client, [{ id: mid('peek'), name: 'conversation.open', args: { conversationId: first.id }, base: 0 }]);
    expect(unseen.body.results[0]).toMatchObject({ status: 'rejected', code: 'not_found' });
    expect(unseen.body.results[0].conversation).toBeUndefined();
    const malformed = await owner.client.post('/api/mutations', { mutations: [{ id: 'x', name: 'conversation.explode', args: {} }] });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toMatch(/mutations\.0/);
  });
});

describe('an escalation nobody opens', () => {
  it('is re-paged to the next agent on shift, then to the owners, then no more', async () => {
    const { first, row } = await escalation();
    const firstAgent = personOf(first.assigneeId);
    const next = firstAgent === siti ? budi : siti;
    expect(first).toMatchObject({ pageLevel: 'assignee', openedAt: null });
    expect(titlesTo(firstAgent.device, first.id)).toHaveLength(1);

    h.clock.advance(REPAGE_AFTER_MS - 60_000);
    await runJobs();
    expect(titlesTo(next.device, first.id)).toEqual([]); // not yet

    h.clock.advance(2 * 60_000);
    await runJobs();
    expect(await row()).toMatchObject({ assigneeId: next.userId, pageLevel: 'next_agent', routingNote: 'repaged' });
    expect(titlesTo(next.device, first.id)).toEqual([`Still waiting for a person · ${idShop!.name}`]);
    expect(titlesTo(ownerSub.endpoint, first.id)).toEqual([]);

    h.clock.advance(REPAGE_AFTER_MS + 60_000);
    await runJobs();
    expect((await row()).pageLevel).toBe('owners');
    expect(titlesTo(ownerSub.endpoint, first.id)).toEqual([`Still waiting for a person · ${idShop!.name}`]);

    service.delivered.length = 0;
    h.clock.advance(REPAGE_AFTER_MS + 60_000);
    await runJobs();
    expect(titlesTo(ownerSub.endpoint, first.id)).toEqual([]); // the ladder ends with the owners
  });

  it('stops as soon as the paged person opens the chat', async () => {
    const { first, row } = await escalation();
    const agent = personOf(first.assigneeId);
    const opened = await mutate(agent.client, [{ id: mid('open'), name: 'conversation.open', args: { conversationId: first.id }, base: first.version }]);
    expect(opened.body.results[0].conversation.openedAt).not.toBeNull();
    service.delivered.length = 0;
    h.clock.advance(REPAGE_AFTER_MS + 60_000);
    await runJobs();
    expect(await row()).toMatchObject({ assigneeId: agent.userId, pageLevel: 'assignee' });
    expect(service.delivered.filter((d) => /Still waiting/.test((d.payload as { title: string }).title))).toEqual([]);
  });
});

describe('presence', () => {
  it('someone using the app counts as on shift outside their roster; idle and off roster they do not', async () => {
    // Both rosters: one hour a week, three days from now (Jakarta), so nobody is on shift by the roster.
    const later = new Date(h.clock.now().getTime() + 3 * 86_400_000);
    const day = later.toLocaleDateString('en-US', { weekday: 'short', timeZone: 'Asia/Jakarta' }).toLowerCase();
    for (const p of people) {
      const r = await owner.client.put(`/api/members/${p.userId}/roster`, { timeZone: 'Asia/Jakarta', shifts: [{ day, start: '03:00', end: '04:00' }] });
      expect(r.status, r.text).toBe(200);
    }
    h.clock.advance(20 * 60_000); // whatever they did before is no longer "now"
    expect((await budi.client.get('/api/conversations?limit=1')).status).toBe(200); // Budi is using the app
    const busy = await escalation();
    expect(busy.first).toMatchObject({ assigneeId: budi.userId, routingNote: null });

    h.clock.advance(20 * 60_000); // Budi put the phone away
    const idle = await escalation();
    expect(idle.first).toMatchObject({ assigneeId: owner.userId, routingNote: 'nobody_on_shift' });
    for (const p of people) await owner.client.delete(`/api/members/${p.userId}/roster`);
  });
});

describe('a return the buyer files on TikTok', () => {
  it('moves the ticket that waits for it at once, without waiting for the scheduled follow-up', async () => {
    const { first, orderId } = await escalation();
    const opened = await owner.client.post('/api/tickets', { conversationId: first.id, kind: 'refund', orderId });
    expect(opened.status, opened.text).toBe(201);
    expect(opened.body.ticket).toMatchObject({ state: 'open', tiktokReturnId: null });
    const filed = await sandbox('/returns', { order_id: orderId, return_type: 'REFUND' });
    expect(filed.status).toBe(201);
    await h.sandbox.webhooksIdle(); // TikTok's webhook 12 reaches AskChat…
    await h.settle();
    const [t] = await h.db.select().from(tickets).where(eq(tickets.id, opened.body.ticket.id));
    expect(t).toMatchObject({ state: 'requested', tiktokReturnId: filed.body.return_id, tiktokStatus: 'RETURN_OR_REFUND_REQUEST_PENDING' }); // …and the ticket is linked and moved
  });
});

describe('the hand-off summary', () => {
  it('without an AI provider still says why, what, which order, what the buyer wants and what AskChat said', async () => {
    const { first, orderId } = await escalation();
    expect(first.handoffSummary).toMatch(/^(?:Asked for a person|Damaged or wrong item) · /);
    expect(first.handoffSummary).toContain(`Latest order ${orderId}`); // not named in the chat: the buyer's latest
    expect(first.handoffSummary).toContain('Buyer: “Saya mau bicara dengan orang, paket saya datang rusak”');
    expect(first.handoffSummary).toMatch(/AskChat said: “.+”/);
  });
});

describe('follow-the-sun handover', () => {
  it('a chat waiting on an agent whose shift ended goes to the one now on shift; one given to the owner at night goes to the first agent on', async () => {
    // Siti works Jakarta days, Budi Jakarta evenings (across midnight).
    const days = (start: string, end: string) => ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day, start, end }));
    expect((await owner.client.put(`/api/members/${siti.userId}/roster`, { timeZone: 'Asia/Jakarta', shifts: days('09:00', '17:00') })).status).toBe(200);
    expect((await owner.client.put(`/api/members/${budi.userId}/roster`, { timeZone: 'Asia/Jakarta', shifts: days('17:00', '01:00') })).status).toBe(200);

    h.clock.set('2026-12-02T03:00:00Z'); // Wednesday 10:00 in Jakarta: Siti's shift
    const day = await escalation();
    expect(day.first.assigneeId).toBe(siti.userId);
    await mutate(siti.client, [{ id: mid('open'), name: 'conversation.open', args: { conversationId: day.first.id }, base: 0 }]);

    h.clock.set('2026-12-02T10:30:00Z'); // 17:30: Siti is off and has not used the app since 10:00
    service.delivered.length = 0;
    await runJobs();
    expect(await day.row()).toMatchObject({ assigneeId: budi.userId, routingNote: 'handover' });
    expect(titlesTo(budi.device, day.first.id)).toEqual([`Assigned to you · ${idShop!.name}`]);
    expect((service.delivered.find((d) => d.endpoint === budi.device && (d.payload as { url: string }).url === `/c/${day.first.id}`)!.payload as { body: string }).body).toMatch(/^Handed over from the last shift/);

    h.clock.set('2026-12-02T20:00:00Z'); // Thursday 03:00: nobody on shift — the owner has it, flagged
    const night = await escalation();
    expect(night.first).toMatchObject({ assigneeId: owner.userId, routingNote: 'nobody_on_shift' });
    // The owner sees it on the phone (so it is not re-paged) but leaves it for the morning shift.
    await mutate(owner.client, [{ id: mid('open'), name: 'conversation.open', args: { conversationId: night.first.id }, base: 0 }]);
    await runJobs();
    expect((await night.row()).assigneeId).toBe(owner.userId); // still nobody on shift
    h.clock.set('2026-12-03T02:05:00Z'); // 09:05: Siti comes on
    await runJobs();
    expect(await night.row()).toMatchObject({ assigneeId: siti.userId, routingNote: 'handover' });

    for (const p of people) await owner.client.delete(`/api/members/${p.userId}/roster`);
  });
});

describe('intent queues', () => {
  it('a group that takes a queue gets that queue’s hand-offs; the general group keeps the rest', async () => {
    const dewi = await member('Dewi');
    const refunds = await owner.client.post('/api/groups', { name: 'Refunds', intents: ['return_refund', 'damaged_wrong_item'], memberIds: [dewi.userId], shopIds: [idShop!.id] });
    expect(refunds.status, refunds.text).toBe(201);
    expect(refunds.body.intents).toEqual(['return_refund', 'damaged_wrong_item']);
    const bad = await owner.client.post('/api/groups', { name: 'Typo', intents: ['refunds'] });
    expect(bad.status).toBe(400);

    const buyer = await sandbox('/buyers', { market: 'ID', order_status: 'DELIVERED' });
    const sent = await buyerWrites(h, 'ID', 'Kak barang saya datang rusak, pecah semua. Saya mau refund', { buyer_user_id: buyer.body.buyer_user_id });
    const [damaged] = await h.db.select().from(conversations).where(and(eq(conversations.orgId, owner.orgId), eq(conversations.tiktokConversationId, sent.conversation_id)));
    expect(damaged!.intent).toMatch(/damaged_wrong_item|return_refund/);
    expect(damaged!.assigneeId).toBe(dewi.userId);

    const general = await escalation(); // "I want a person": not Dewi's queue
    expect([siti.userId, budi.userId]).toContain(general.first.assigneeId);
  });
});
