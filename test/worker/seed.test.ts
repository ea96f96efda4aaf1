import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DEMO_SHOPS } from '../../sandbox/fixtures';
import { DEMO_CONVERSATIONS } from '../../sandbox/demo-conversations';
import { conversations, memberships, messages, shops } from '../../worker/db/schema';
import { connectDemoShops, DEMO_PASSWORD, demoAgentEmail, seedDemo } from '../../worker/seed/demo';
import { createHarness } from '../support/harness';

const h = await createHarness();

describe('the demo seed', () => {
  it('creates an organisation with a shop per market, agents and conversations in the buyers’ languages', async () => {
    const result = await seedDemo(h.db, { now: h.clock.now(), email: 'seed.one@askchat.dev' });
    expect(result.created).toBe(true);
    const orgId = result.orgId!;
    await connectDemoShops(h.deps, h.db, orgId, h.sandbox);
    const shopRows = await h.db.select().from(shops).where(eq(shops.orgId, orgId));
    expect(shopRows.map((s) => s.market).sort()).toEqual(['GB', 'ID', 'MY', 'PH', 'SG', 'TH', 'US', 'VN']);
    expect(new Set(shopRows.map((s) => s.type))).toEqual(new Set(['personal', 'enterprise', 'brand', 'cross_border']));
    expect(shopRows.map((s) => s.tiktokShopId).sort()).toEqual(DEMO_SHOPS.map((s) => s.id).sort());
    // Every conversation the sandbox holds for these shops came in through the customer-service API.
    const sandboxConversations = Object.values(h.sandbox.state().conversations).filter((c) => DEMO_SHOPS.some((s) => s.id === c.shopId));
    const imported = await h.db.select({ id: conversations.tiktokConversationId, language: conversations.language }).from(conversations).where(eq(conversations.orgId, orgId));
    expect(imported.map((c) => c.id).sort()).toEqual(sandboxConversations.map((c) => c.id).sort());
    expect(imported.length).toBeGreaterThanOrEqual(DEMO_CONVERSATIONS.length);
    // …and was understood: the demo covers the buyers' languages.
    expect(new Set(imported.flatMap((c) => (c.language ? [c.language] : [])))).toEqual(new Set(['en', 'zh', 'th', 'id', 'ms', 'vi', 'tl', 'es']));
    const [msg] = await h.db.select({ n: count() }).from(messages).where(eq(messages.orgId, orgId));
    expect(Number(msg!.n)).toBeGreaterThan(imported.length);
    const roles = await h.db.select({ role: memberships.role }).from(memberships).where(eq(memberships.orgId, orgId));
    expect(roles.filter((r) => r.role === 'agent').length).toBeGreaterThanOrEqual(4);
  });

  it('changes nothing when run again', async () => {
    const first = await seedDemo(h.db, { now: h.clock.now(), email: 'seed.two@askchat.dev' });
    const again = await seedDemo(h.db, { now: h.clock.now(), email: 'seed.two@askchat.dev' });
    expect(again).toMatchObject({ created: false, orgId: first.orgId });
    const [members] = await h.db.select({ n: count() }).from(memberships).where(eq(memberships.orgId, first.orgId!));
    expect(Number(members!.n)).toBe(6);
  });

  it('lets the demo owner sign in and an agent see only their group’s shops', async () => {
    const seeded = await seedDemo(h.db, { now: h.clock.now(), email: 'seed.three@askchat.dev' });
    await connectDemoShops(h.deps, h.db, seeded.orgId!, h.sandbox);
    const owner = h.client();
    expect((await owner.post('/api/auth/login', { email: 'seed.three@askchat.dev', password: DEMO_PASSWORD })).status).toBe(200);
    const pull = await owner.get('/api/sync/pull?cursor=0');
    expect(pull.body.conversations.length).toBeGreaterThanOrEqual(DEMO_CONVERSATIONS.length);
    const agent = h.client();
    expect((await agent.post('/api/auth/login', { email: demoAgentEmail('seed.three@askchat.dev', 'siti'), password: DEMO_PASSWORD })).status).toBe(200);
    const shopsSeen = (await agent.get('/api/shops')).body.shops.map((s: any) => s.market);
    expect(shopsSeen).toEqual(['ID']);
  });
});
