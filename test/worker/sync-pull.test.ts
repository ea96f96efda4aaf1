// The pull half of sync: version cursor, pages that never split a version, the bounded first sync,
// restart when a member's visible shops change, and an empty pull that costs almost nothing (204).
import { describe, expect, it } from 'vitest';
import { deletions } from '../../worker/db/schema';
import { writeWithVersion } from '../../worker/db/version';
import { addConversation, addShop } from '../support/fixtures';
import { createHarness, PASSWORD, signUp, uniqueEmail } from '../support/harness';

const h = await createHarness();

async function pullAll(client: Awaited<ReturnType<typeof signUp>>['client'], start = 0, limit = 500) {
  let cursor = start;
  let scope: string | undefined;
  const pages: any[] = [];
  for (let i = 0; i < 100; i++) {
    const res = await client.get(`/api/sync/pull?cursor=${cursor}&limit=${limit}${scope ? `&scope=${scope}` : ''}`);
    expect(res.status, res.text).toBe(200);
    pages.push(res.body);
    cursor = res.body.cursor;
    scope = res.body.scope;
    if (!res.body.more) break;
  }
  return { cursor, scope, pages };
}

describe('sync pull', () => {
  it('returns everything changed after the cursor, then nothing', async () => {
    const owner = await signUp(h);
    const shop = await addShop(h.db, owner.orgId, { market: 'MY' });
    const conv = await addConversation(h.db, owner.orgId, shop, { texts: ['Bila barang sampai?', 'Dah seminggu'] });
    const first = await owner.client.get('/api/sync/pull?cursor=0');
    expect(first.body.shops.map((s: any) => s.id)).toEqual([shop]);
    expect(first.body.conversations.map((c: any) => c.id)).toEqual([conv.conversationId]);
    expect(first.body.messages.map((m: any) => m.text)).toEqual(['Bila barang sampai?', 'Dah seminggu']);
    expect(first.body.more).toBe(false);

    // Nothing new and the scope stands: 204 and no body at all (most pulls are empty).
    const empty = await owner.client.get(`/api/sync/pull?cursor=${first.body.cursor}&scope=${first.body.scope}`);
    expect(empty.status).toBe(204);
    expect(empty.text).toBe('');
    expect(empty.headers.get('cache-control')).toBe('no-store');
    // Without a scope (a client that never pulled) the answer is the full shape, so it learns its scope.
    const unscoped = await owner.client.get(`/api/sync/pull?cursor=${first.body.cursor}`);
    expect(unscoped.status).toBe(200);
    expect(unscoped.body).toMatchObject({ cursor: first.body.cursor, more: false, scope: first.body.scope, shops: [], conversations: [], messages: [], deleted: [] });
    // A stale scope is never answered 204: it restarts the sync.
    const stale = await owner.client.get(`/api/sync/pull?cursor=${first.body.cursor}&scope=stale`);
    expect(stale.status).toBe(200);
    expect(stale.body.reset).toBe(true);

    const more = await addConversation(h.db, owner.orgId, shop, { texts: ['Boleh COD?'] });
    const delta = await owner.client.get(`/api/sync/pull?cursor=${first.body.cursor}&scope=${first.body.scope}`);
    expect(delta.body.conversations.map((c: any) => c.id)).toEqual([more.conversationId]);
    expect(delta.body.messages.map((m: any) => m.text)).toEqual(['Boleh COD?']);
    expect(delta.body.shops).toEqual([]);
  });

  it('pages in version order without splitting a version or losing a row', async () => {
    const owner = await signUp(h);
    const shop = await addShop(h.db, owner.orgId);
    const expected = new Set<string>();
    for (let i = 0; i < 12; i++) {
      const c = await addConversation(h.db, owner.orgId, shop, { texts: [`m${i}a`, `m${i}b`, `m${i}c`] });
      c.messageIds.forEach((id) => expected.add(id));
    }
    const { pages } = await pullAll(owner.client, 0, 5);
    expect(pages.length).toBeGreaterThan(3);
    const seen = pages.flatMap((p) => p.messages.map((m: any) => m.id));
    expect(new Set(seen)).toEqual(expected);
    expect(seen.length).toBe(expected.size);
    // Each version (one conversation and its three messages) arrives whole in a single page.
    for (const page of pages) {
      const versions = new Set(page.messages.map((m: any) => m.version));
      for (const v of versions) expect(page.messages.filter((m: any) => m.version === v)).toHaveLength(3);
      expect(page.cursor).toBeGreaterThanOrEqual(Math.max(0, ...page.messages.map((m: any) => m.version)));
    }
  });

  it('leaves conversations idle for over 30 days out of a first sync, and sends them once they change', async () => {
    const owner = await signUp(h);
    const shop = await addShop(h.db, owner.orgId);
    const old = await addConversation(h.db, owner.orgId, shop, { texts: ['old question'], at: new Date('2026-09-01T00:00:00Z') });
    const recent = await addConversation(h.db, owner.orgId, shop, { texts: ['new question'], at: new Date('2026-11-19T00:00:00Z') });
    const first = await pullAll(owner.client);
    const ids = first.pages.flatMap((p) => p.conversations.map((c: any) => c.id));
    expect(ids).toEqual([recent.conversationId]);
    expect(first.pages.flatMap((p) => p.messages.map((m: any) => m.text))).toEqual(['new question']);
    // The old conversation is still reachable on demand.
    expect((await owner.client.get(`/api/conversations/${old.conversationId}`)).status).toBe(200);
  });

  it('restarts the sync of a member whose visible shops changed', async () => {
    const owner = await signUp(h);
    const shopA = await addShop(h.db, owner.orgId, { market: 'PH' });
    const shopB = await addShop(h.db, owner.orgId, { market: 'SG' });
    await addConversation(h.db, owner.orgId, shopA);
    const convB = await addConversation(h.db, owner.orgId, shopB);
    const inv = await owner.client.post('/api/invites', { email: uniqueEmail(), role: 'agent' });
    const agent = h.client();
    const joined = await agent.post('/api/invites/accept', { token: inv.body.link.split('#')[1], name: 'Agent', password: PASSWORD });
    const group = await owner.client.post('/api/groups', { name: 'PH', memberIds: [joined.body.user.id], shopIds: [shopA] });

    const before = await pullAll(agent);
    expect(before.pages.flatMap((p) => p.conversations).length).toBe(1);
    // The agent now also covers shop B, whose rows carry versions below the agent's cursor.
    await owner.client.put(`/api/groups/${group.body.id}`, { name: 'PH+SG', memberIds: [joined.body.user.id], shopIds: [shopA, shopB] });
    const after = await agent.get(`/api/sync/pull?cursor=${before.cursor}&scope=${before.scope}`);
    expect(after.body.reset).toBe(true);
    expect(after.body.conversations.map((c: any) => c.id)).toContain(convB.conversationId);
    expect(after.body.scope).not.toBe(before.scope);
  });

  it('sends deletions of synced rows as tombstones', async () => {
    const owner = await signUp(h);
    const shop = await addShop(h.db, owner.orgId);
    const conv = await addConversation(h.db, owner.orgId, shop);
    const first = await pullAll(owner.client);
    await writeWithVersion(h.db, owner.orgId, (tx, version) => tx.insert(deletions).values({ orgId: owner.orgId, entity: 'conversations', entityId: conv.conversationId, version }));
    const delta = await owner.client.get(`/api/sync/pull?cursor=${first.cursor}&scope=${first.scope}`);
    expect(delta.body.deleted).toEqual([{ entity: 'conversations', id: conv.conversationId }]);
  });

  it('gives concurrent writers of one organisation distinct, gap-free versions', async () => {
    const owner = await signUp(h);
    const [start] = (await pullAll(owner.client)).pages.slice(-1).map((p) => p.cursor);
    const versions = await Promise.all(Array.from({ length: 8 }, () => writeWithVersion(h.db, owner.orgId, async (_tx, v) => v)));
    expect([...versions].sort((x, y) => x - y)).toEqual(Array.from({ length: 8 }, (_, i) => start + 1 + i));
  });

  it('requires a session', async () => {
    const res = await h.client().get('/api/sync/pull?cursor=0');
    expect(res.status).toBe(401);
  });
});

describe('sync wait (long-poll)', () => {
  it('answers at once when the organisation changed after the cursor', async () => {
    const owner = await signUp(h);
    const started = Date.now();
    const res = await owner.client.get('/api/sync/wait?cursor=0&wait=5');
    expect(res.body).toMatchObject({ changed: true });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('waits for a change and answers within about half a second of it', async () => {
    const owner = await signUp(h);
    const { cursor } = (await owner.client.get('/api/sync/pull?cursor=0')).body;
    const shop = await addShop(h.db, owner.orgId);
    const { cursor: after } = (await owner.client.get(`/api/sync/pull?cursor=${cursor}`)).body;
    const waiting = owner.client.get(`/api/sync/wait?cursor=${after}&wait=10`);
    await new Promise((r) => setTimeout(r, 600));
    const wroteAt = Date.now();
    await addConversation(h.db, owner.orgId, shop);
    const res = await waiting;
    expect(res.body).toMatchObject({ changed: true });
    expect(Date.now() - wroteAt).toBeLessThan(1500);
  });

  it('answers changed=false when nothing happens before the wait is over', async () => {
    const owner = await signUp(h);
    const { cursor } = (await owner.client.get('/api/sync/pull?cursor=0')).body;
    const res = await owner.client.get(`/api/sync/wait?cursor=${cursor}&wait=1`);
    expect(res.body).toEqual({ changed: false, head: cursor });
  });

  it('refuses waits longer than 25 seconds', async () => {
    const owner = await signUp(h);
    expect((await owner.client.get('/api/sync/wait?cursor=0&wait=60')).status).toBe(400);
  });
});
