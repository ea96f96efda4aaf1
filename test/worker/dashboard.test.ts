// The dashboard served from rollups (issue 8): real histories through the app (sandbox buyers writing,
// AskChat answering, hand-offs, agents replying, a resolution, a ticket), maintenance run as the cron
// would, and GET /api/dashboard must equal computeMetrics on the same histories. Running maintenance
// again adds nothing; agents see only their shops; the CSV has the period's volume.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Intent } from '../../shared/intents';
import type { Language, Market } from '../../shared/markets';
import { computeMetrics, type ConversationHistory, type HistoryEvent, type MetricsInput, type TicketHistory } from '../../shared/metrics';
import { isClosedState } from '../../shared/tickets/machine';
import type { TicketKind } from '../../shared/tickets/types';
import { conversations, messages, metricRollups, shops, ticketEvents, tickets } from '../../worker/db/schema';
import { writeWithVersion } from '../../worker/db/version';
import { maintainMetrics, metricSettingsOf, orderKey } from '../../worker/metrics/maintain';
import { createHarness, PASSWORD, signUp, uniqueEmail } from '../support/harness';
import { buyerWrites, connectSeller, sellerOf } from '../support/tiktok';

const h = await createHarness();
const owner = await signUp(h, 'Dashboard Shop');
h.clock.set('2026-11-23T03:00:00Z'); // Monday 10:00 in Jakarta
await connectSeller(h, owner.client, sellerOf('ID'));
await connectSeller(h, owner.client, sellerOf('TH'));
const orgShops = await h.db.select().from(shops).where(eq(shops.orgId, owner.orgId));
const idShop = orgShops.find((s) => s.market === 'ID')!;
const thShop = orgShops.find((s) => s.market === 'TH')!;

const invite = await owner.client.post('/api/invites', { email: uniqueEmail('siti'), role: 'agent' });
const siti = h.client();
const sitiId = (await siti.post('/api/invites/accept', { token: invite.body.link.split('#')[1], name: 'Siti', password: PASSWORD })).body.user.id as string;
await owner.client.post('/api/groups', { name: 'Indonesia', memberIds: [sitiId], shopIds: [idShop.id] });

async function write(market: Market, text: string, buyer?: string) {
  let buyer_user_id = buyer;
  if (!buyer_user_id) {
    const res = await h.sandbox.app.request('/api/buyers', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ market }) });
    buyer_user_id = ((await res.json()) as { buyer_user_id: string }).buyer_user_id;
  }
  const sent = await buyerWrites(h, market, text, { buyer_user_id });
  const [row] = await h.db.select().from(conversations).where(and(eq(conversations.orgId, owner.orgId), eq(conversations.tiktokConversationId, sent.conversation_id)));
  return { row: row!, buyer: buyer_user_id };
}
const maintain = () => maintainMetrics(h.db, owner.orgId, h.clock.now(), { maxBatches: 50 });
const minutes = (n: number) => h.clock.advance(n * 60_000);

const period = '?from=2026-11-01&to=2026-11-30';
// Connecting synced the sandbox's older chats: the figures below are counted on top of these.
const baseline = (await owner.client.get(`/api/dashboard${period}`)).body;

// ── the histories ───────────────────────────────────────────────────────────────────────────────────
const resolvedAt = new Map<string, number[]>();

const answered = await write('ID', 'kak ada voucher gratis ongkir?');
minutes(5);
const escalated = await write('ID', 'Saya mau bicara dengan orang, paket saya datang rusak');
await maintain(); // the cron runs between things happening
minutes(30);
const reply = await siti.post(`/api/conversations/${escalated.row.id}/replies`, { clientId: 'dash-reply-0001', text: 'Mohon maaf kak, kami cek dulu ya.' });
expect(reply.status, reply.text).toBe(201);
minutes(10);
const thai = await write('TH', 'สินค้าจะส่งเมื่อไหร่คะ');
minutes(3);
await write('TH', 'สินค้าจะส่งเมื่อไหร่คะ ด่วนค่ะ', thai.buyer);
// A resolution (no route resolves yet: the status is set as one would) counted when maintenance sees it.
minutes(20);
await maintain();
await writeWithVersion(h.db, owner.orgId, (tx, version) => tx.update(conversations).set({ status: 'resolved', version }).where(eq(conversations.id, answered.row.id)));
resolvedAt.set(answered.row.id, [h.clock.now().getTime()]);
await maintain();
const ticket = await owner.client.post('/api/tickets', { conversationId: escalated.row.id, kind: 'address_change' });
expect(ticket.status, ticket.text).toBe(201);
minutes(60);
const closed = await owner.client.post(`/api/tickets/${ticket.body.ticket.id}/events`, { event: 'address_updated' });
// A draft-only shop leaves a buyer waiting past TikTok's 12 hours (missed).
expect((await owner.client.put(`/api/shops/${idShop.id}/settings`, { draftOnly: true })).status).toBe(200);
minutes(5);
const waiting = await write('ID', 'kak, pesanan saya kok belum sampai ya?');
h.clock.advance(13 * 3_600_000);
const now = h.clock.now().getTime();

/** The same histories, read back from the database, for the direct computation. */
async function histories(): Promise<MetricsInput> {
  const convs = await h.db.select().from(conversations).where(eq(conversations.orgId, owner.orgId));
  const market = new Map(orgShops.map((s) => [s.id, s.market as Market]));
  const msgs = (await h.db.select().from(messages).where(eq(messages.orgId, owner.orgId))).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (orderKey(a) < orderKey(b) ? -1 : 1));
  const out: ConversationHistory[] = convs.map((c) => {
    const events: HistoryEvent[] = [];
    for (const m of msgs.filter((x) => x.conversationId === c.id && x.visible)) {
      const aiDraft = typeof m.replyMeta?.['aiDraft'] === 'string' ? (m.replyMeta['aiDraft'] as string) : null;
      events.push({ type: 'message', at: m.createdAt.getTime(), sender: m.sender, authorId: m.authorId, text: m.text, replyKind: (m.replyMeta?.['kind'] as string) ?? null, aiDraft });
      // A hand-off belongs to the session it happened in: right after the buyer's first message.
      if (c.needsHuman && events.length === 1) events.push({ type: 'handoff', at: m.createdAt.getTime() });
    }
    for (const at of resolvedAt.get(c.id) ?? []) events.push({ type: 'resolved', at, agentId: null });
    return { id: c.id, shopId: c.shopId, market: market.get(c.shopId)!, language: c.language as Language | null, intent: c.intent as Intent | null, events: events.sort((a, b) => a.at - b.at) };
  });
  const ts = await h.db.select().from(tickets).where(eq(tickets.orgId, owner.orgId));
  const timeline = ts.length ? await h.db.select().from(ticketEvents).where(inArray(ticketEvents.ticketId, ts.map((t) => t.id))).orderBy(asc(ticketEvents.seq)) : [];
  const tk: TicketHistory[] = ts.map((t) => {
    const c = convs.find((x) => x.id === t.conversationId)!;
    return {
      id: t.id,
      shopId: t.shopId,
      market: market.get(t.shopId)!,
      language: c.language as Language | null,
      intent: c.intent as Intent | null,
      agentId: t.createdBy,
      timeline: timeline
        .filter((e) => e.ticketId === t.id)
        .map((e) => ({ ticketId: t.id, kind: t.kind, at: e.at.getTime(), event: e.event, from: e.fromState, to: e.toState, closed: isClosedState(t.kind as TicketKind, e.toState) }) as TicketHistory['timeline'][number]),
    };
  });
  return { conversations: out, tickets: tk };
}

describe('the dashboard from rollups', () => {
  it('equals the direct computation on the same histories', async () => {
    expect(closed.status, closed.text).toBeLessThan(300);
    const res = await owner.client.get(`/api/dashboard${period}`);
    expect(res.status, res.text).toBe(200);
    const { settings } = await metricSettingsOf(h.db, owner.orgId);
    const expected = computeMetrics(await histories(), { from: '2026-11-01', to: '2026-11-30' }, now, settings);
    expect(res.body).toEqual(expected);
    for (const shopId of [idShop.id, thShop.id]) {
      const one = await owner.client.get(`/api/dashboard${period}&shopId=${shopId}`);
      expect(one.body).toEqual(computeMetrics(await histories(), { from: '2026-11-01', to: '2026-11-30', shopIds: [shopId] }, now, settings));
    }
    const th = await owner.client.get(`/api/dashboard${period}&market=TH`);
    expect(th.body).toEqual(computeMetrics(await histories(), { from: '2026-11-01', to: '2026-11-30', markets: ['TH'] }, now, settings));
  });

  it('has the exact figures of known exchanges', async () => {
    const m = (await owner.client.get(`/api/dashboard${period}`)).body;
    const added = (f: (x: typeof m) => number) => f(m) - f(baseline);
    // Three new Indonesian conversations, one Thai with two buyer messages.
    expect(added((x) => x.volume.byMarket.ID.conversations)).toBe(3);
    expect(added((x) => x.volume.byMarket.TH.conversations)).toBe(1);
    expect(added((x) => x.volume.byMarket.TH.buyerMessages)).toBe(2);
    expect(added((x) => x.volume.byLanguage.th?.conversations ?? 0)).toBe(1);
    expect(m.volume.byAgent[sitiId]).toMatchObject({ humanReplies: 1, handled: 1 });
    // AskChat answered the voucher question at once: a first response of 0 ms; it was resolved 68 min later.
    const [buyer] = await h.db.select().from(messages).where(and(eq(messages.conversationId, answered.row.id), eq(messages.sender, 'buyer')));
    expect(added((x) => x.firstResponse.count)).toBe(3); // voucher, hand-off (holding or reply), Thai
    expect(added((x) => x.resolution.count)).toBe(1);
    expect(added((x) => x.resolution.totalMs)).toBe(resolvedAt.get(answered.row.id)![0]! - buyer!.createdAt.getTime());
    // Siti answered the hand-off 30 minutes after the buyer asked for a person.
    expect(added((x) => x.firstHumanResponse.count)).toBe(1);
    expect(added((x) => x.firstHumanResponse.totalMs)).toBe(30 * 60_000);
    // Her reply was her own words, not AskChat's draft of that conversation: one draft, discarded.
    expect(added((x) => x.aiDrafts.total)).toBe(1);
    expect(added((x) => x.aiDrafts.discarded)).toBe(1);
    // The draft-only shop's buyer (and the Thai buyer's follow-up) still wait after 13 h: missed on 12 h.
    expect(added((x) => x.responseRate.within12h.total - x.responseRate.within12h.hits)).toBe(2);
    expect(m.tickets.closure).toMatchObject({ hits: 1, total: 1 });
  });

  it('running maintenance again adds nothing', async () => {
    const before = await h.db.select().from(metricRollups).where(eq(metricRollups.orgId, owner.orgId));
    const again = await maintain();
    expect(again).toMatchObject({ messages: 0, changes: 0, ticketEntries: 0, ticks: 0, caughtUp: true });
    const after = await h.db.select().from(metricRollups).where(eq(metricRollups.orgId, owner.orgId));
    expect(after).toEqual(before);
  });

  it('an agent sees only the shops of their groups; another shop is not found', async () => {
    const m = (await siti.get(`/api/dashboard${period}`)).body;
    expect(Object.keys(m.volume.byShop)).toEqual([idShop.id]);
    expect((await siti.get(`/api/dashboard${period}&shopId=${thShop.id}`)).status).toBe(404);
  });

  it('refuses a bad period, and exports the period as CSV', async () => {
    expect((await owner.client.get('/api/dashboard?from=2026-11-30&to=2026-11-01')).status).toBe(400);
    expect((await owner.client.get('/api/dashboard?from=2026-02-30&to=2026-03-01')).status).toBe(400);
    expect((await owner.client.get('/api/dashboard?from=2026-11-01')).status).toBe(400);
    const csv = await owner.client.get(`/api/dashboard/export.csv${period}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toMatch(/^day,shop_id,market,language,intent,conversations,/);
    const conversationsTotal = lines.slice(1).reduce((n, l) => n + Number(l.split(',')[5]), 0);
    expect(conversationsTotal).toBe((await owner.client.get(`/api/dashboard${period}`)).body.volume.total.conversations);
  });
});
