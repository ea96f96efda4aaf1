// Data-subject requests: find a buyer, export everything held (JSON and CSV), erase leaving nothing that
// identifies them while the counts stay, due dates by law, and the audit log of every access.
import { and, count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { privacyDueAt } from '../../shared/privacy/due';
import { auditLog, buyers, conversations, messages, webhookEvents } from '../../worker/db/schema';
import { createHarness, signUp } from '../support/harness';
import { buyerWrites, connectSeller, sellerOf } from '../support/tiktok';

const h = await createHarness();
const owner = await signUp(h, 'Privacy Shop');
await connectSeller(h, owner.client, sellerOf('GB'));

// A buyer with a distinctive name writes twice; AskChat answers.
const created = await h.sandbox.app.request('/api/buyers', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ market: 'GB' }) });
const { buyer_user_id } = (await created.json()) as { buyer_user_id: string };
const sandboxBuyer = h.sandbox.state().buyers[buyer_user_id]!;
const first = await buyerWrites(h, 'GB', 'Hello, where is my parcel? My flat is 4B, Harcourt Road.', { buyer_user_id });
await buyerWrites(h, 'GB', 'Thank you so much, that is brilliant!', { buyer_user_id });
const [row] = await h.db.select().from(conversations).where(and(eq(conversations.orgId, owner.orgId), eq(conversations.tiktokConversationId, first.conversation_id)));
const buyerId = row!.buyerId;

describe('privacy requests', () => {
  it('finds the buyer by name or TikTok user id, and logs the search', async () => {
    const byName = await owner.client.get(`/api/privacy/buyers?q=${encodeURIComponent(sandboxBuyer.nickname.slice(0, 6))}`);
    expect(byName.status, byName.text).toBe(200);
    expect(byName.body.buyers.map((b: { id: string }) => b.id)).toContain(buyerId);
    const byId = await owner.client.get(`/api/privacy/buyers?q=${buyer_user_id}`);
    expect(byId.body.buyers.map((b: { id: string }) => b.id)).toEqual([buyerId]);
    const entries = await h.db.select().from(auditLog).where(and(eq(auditLog.orgId, owner.orgId), eq(auditLog.action, 'buyer.search')));
    expect(entries).toHaveLength(2);
    expect(entries[0]!.actorId).toBe(owner.userId);
  });

  it('exports everything held about the buyer as JSON and CSV, with the due date the law sets', async () => {
    const request = await owner.client.post('/api/privacy/requests', { buyerId, kind: 'export', law: 'gdpr', note: 'Asked by e-mail, verified by order number' });
    expect(request.status, request.text).toBe(201);
    expect(new Date(request.body.dueAt).getTime()).toBe(privacyDueAt('gdpr', new Date(request.body.receivedAt)).getTime());
    const json = await owner.client.get(`/api/privacy/requests/${request.body.id}/export`);
    expect(json.status).toBe(200);
    const texts = json.body.conversations.flatMap((c: { messages: { text: string }[] }) => c.messages.map((m) => m.text));
    expect(texts).toEqual(expect.arrayContaining(['Hello, where is my parcel? My flat is 4B, Harcourt Road.', 'Thank you so much, that is brilliant!']));
    expect(texts.length).toBeGreaterThanOrEqual(3); // and AskChat's replies
    expect(json.body.buyer).toMatchObject({ id: buyerId, tiktokUserId: buyer_user_id });
    const csv = await owner.client.send('GET', `/api/privacy/requests/${request.body.id}/export?format=csv`);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.text.split('\r\n')[0]).toBe('conversation,message,sent_at,sender,text');
    expect(csv.text).toContain('"Hello, where is my parcel? My flat is 4B, Harcourt Road."');
    expect((await h.db.select().from(auditLog).where(eq(auditLog.action, 'buyer.export'))).map((e) => e.targetId)).toEqual([buyerId, buyerId]);
  });

  it('erases: nothing identifying is left anywhere in the database, and the counts stay', async () => {
    const before = {
      conversations: (await h.db.select({ n: count() }).from(conversations).where(eq(conversations.buyerId, buyerId)))[0]!.n,
      messages: (await h.db.select({ n: count() }).from(messages).where(eq(messages.conversationId, row!.id)))[0]!.n,
    };
    expect((await h.db.select({ n: count() }).from(webhookEvents).where(sql`${webhookEvents.payload}::text like ${'%' + first.conversation_id + '%'}`))[0]!.n).toBeGreaterThan(0);
    const request = await owner.client.post('/api/privacy/requests', { buyerId, kind: 'erase', law: 'ccpa' });
    const erased = await owner.client.post(`/api/privacy/requests/${request.body.id}/erase`, {});
    expect(erased.status, erased.text).toBe(200);
    expect(erased.body.erased).toMatchObject({ conversations: before.conversations, messages: before.messages });

    // Look for the buyer's words and ids in every text column of every table.
    const needles = ['Harcourt Road', 'brilliant', sandboxBuyer.nickname, buyer_user_id];
    const tables = (await h.db.execute(sql`select table_name, column_name from information_schema.columns where table_schema = 'public' and data_type in ('text', 'jsonb')`)) as unknown;
    const columns = (Array.isArray(tables) ? tables : (tables as { rows: { table_name: string; column_name: string }[] }).rows) as { table_name: string; column_name: string }[];
    for (const { table_name, column_name } of columns) {
      if (table_name === 'audit_log' && column_name === 'details') continue; // the search terms the auditor typed
      for (const needle of needles) {
        const hits = (await h.db.execute(sql`select count(*)::int as n from ${sql.identifier(table_name)} where ${sql.identifier(column_name)}::text like ${'%' + needle + '%'}`)) as unknown;
        const n = (Array.isArray(hits) ? hits : (hits as { rows: { n: number }[] }).rows)[0]!.n;
        expect(n, `${needle} still in ${table_name}.${column_name}`).toBe(0);
      }
    }
    // Counts stay: the conversation and its messages still exist, with their dates and senders.
    expect((await h.db.select({ n: count() }).from(messages).where(eq(messages.conversationId, row!.id)))[0]!.n).toBe(before.messages);
    expect((await h.db.select().from(buyers).where(eq(buyers.id, buyerId)))[0]!.erasedAt).not.toBeNull();
    const requests = await owner.client.get('/api/privacy/requests');
    expect(requests.body.requests.every((r: { completedAt: string | null }) => r.completedAt)).toBe(true);
  });

  it('a request for an unknown buyer is refused clearly; agents cannot reach any of it', async () => {
    const unknown = await owner.client.post('/api/privacy/requests', { buyerId: 'buy_01M00000000000000000000000', kind: 'export', law: 'gdpr' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toMatch(/No such buyer/);
    const log = await owner.client.get('/api/audit');
    expect(log.body.entries.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['buyer.search', 'privacy_request.create', 'buyer.export', 'buyer.erase']));
  });
});

describe('due dates', () => {
  it('GDPR: one calendar month, the month’s last day when it is shorter; CCPA: 45 days', () => {
    expect(privacyDueAt('gdpr', new Date('2026-01-31T10:00:00Z')).toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(privacyDueAt('gdpr', new Date('2028-01-31T10:00:00Z')).toISOString()).toBe('2028-02-29T10:00:00.000Z');
    expect(privacyDueAt('gdpr', new Date('2026-11-25T08:00:00Z')).toISOString()).toBe('2026-12-25T08:00:00.000Z');
    expect(privacyDueAt('gdpr', new Date('2026-12-15T08:00:00Z')).toISOString()).toBe('2027-01-15T08:00:00.000Z');
    expect(privacyDueAt('ccpa', new Date('2026-11-25T08:00:00Z')).toISOString()).toBe('2027-01-09T08:00:00.000Z');
  });
});

describe('reminders', () => {
  it('a request not completed a week before its due date reminds the owners once, by push', async () => {
    const { startPushStandin } = await import('../support/push-standin');
    const { generateVapidKeys } = await import('../../worker/push/vapid');
    const { remindPrivacyRequests } = await import('../../worker/privacy/reminders');
    const service = await startPushStandin();
    try {
      const deps = { ...h.deps, push: { vapid: await generateVapidKeys(), subject: 'mailto:ops@example.com' } };
      // The harness app has no push keys: register the device straight in the table with the keys used here.
      const sub = service.createSubscription({ applicationServerKey: deps.push.vapid.publicKey });
      const { pushSubscriptions } = await import('../../worker/db/schema');
      await h.db.insert(pushSubscriptions).values({ id: 'psh_01M00000000000000000000001', orgId: owner.orgId, userId: owner.userId, endpoint: sub.endpoint, p256dh: sub.keys.p256dh, auth: sub.keys.auth });
      const other = await h.db.select().from(buyers).where(and(eq(buyers.orgId, owner.orgId)));
      const request = await owner.client.post('/api/privacy/requests', { buyerId: other.find((b) => !b.erasedAt)?.id ?? other[0]!.id, kind: 'export', law: 'gdpr' });
      expect(request.status, request.text).toBe(201);
      expect(await remindPrivacyRequests(deps, h.db, h.clock.now())).toBe(0); // a month away
      const nearlyDue = new Date(new Date(request.body.dueAt).getTime() - 3 * 86_400_000);
      expect(await remindPrivacyRequests(deps, h.db, nearlyDue)).toBe(1);
      expect(await remindPrivacyRequests(deps, h.db, nearlyDue)).toBe(0); // once
      expect(service.delivered.map((d) => (d.payload as { title: string }).title)).toEqual([expect.stringMatching(/^Privacy request due in [34] days \(GDPR\)$/)]);
    } finally {
      await service.close();
    }
  });
});
