// One organisation can never read or change another's data, through ANY route. The test walks the app's
// own route table, so a new route is covered the day it is added: a route with a path parameter or a body
// this file does not know fails the test until someone says what to send it.
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { PUBLIC_ROUTES } from '../../worker/app';
import { agentGroups, conversations, invites, kbArticles, memberships, messages, shops, users } from '../../worker/db/schema';
import { addConversation, addShop } from '../support/fixtures';
import { createHarness, PASSWORD, signUp, uniqueEmail } from '../support/harness';

const h = await createHarness();

// Organisation B: the victim, with one of everything.
const b = await signUp(h, 'Victim Org');
const bShop = await addShop(h.db, b.orgId, { market: 'TH', name: 'VICTIM-SHOP-NAME' });
const bConversation = await addConversation(h.db, b.orgId, bShop, { buyerName: 'VICTIM-BUYER-NAME', texts: ['VICTIM-MESSAGE-TEXT'] });
const bInvite = await b.client.post('/api/invites', { email: uniqueEmail('invitee'), role: 'agent' });
const bGroup = await b.client.post('/api/groups', { name: 'VICTIM-GROUP-NAME', shopIds: [bShop] });
const bArticle = await b.client.post('/api/kb', { shopId: bShop, title: 'VICTIM-ARTICLE-TITLE', body: 'VICTIM-ARTICLE-BODY serum sensitive skin' });
const bAgentEmail = uniqueEmail('victim-agent');
const invited = await b.client.post('/api/invites', { email: bAgentEmail, role: 'agent' });
await h.client().post('/api/invites/accept', { token: invited.body.link.split('#')[1], name: 'VICTIM-AGENT-NAME', password: PASSWORD });
const [bAgent] = await h.db.select({ id: users.id }).from(users).where(eq(users.email, bAgentEmail));

// Organisation A: the attacker, an owner with every permission in their own organisation.
const a = await signUp(h, 'Attacker Org');
await addShop(h.db, a.orgId, { market: 'US' });

const [bBuyer] = await h.db.select({ id: conversations.buyerId }).from(conversations).where(eq(conversations.id, bConversation.conversationId));
const bBuyerId = bBuyer!.id;

const PARAMS: Record<string, string> = {
  shopId: bShop,
  conversationId: bConversation.conversationId,
  groupId: bGroup.body.id,
  userId: bAgent!.id,
  inviteId: bInvite.body.id,
  articleId: bArticle.body.id,
  messageId: bConversation.messageIds[0]!,
  ticketId: (await b.client.post('/api/tickets', { conversationId: bConversation.conversationId, kind: 'address_change' })).body.ticket.id,
  requestId: (await b.client.post('/api/privacy/requests', { buyerId: bBuyerId, kind: 'erase', law: 'gdpr' })).body.id,
};

// A valid body for each route that takes one, so the request passes validation and reaches the data.
const BODIES: Record<string, unknown> = {
  'PATCH /api/shops/:shopId': { name: 'Hacked' },
  'PATCH /api/members/:userId': { role: 'admin' },
  'PUT /api/groups/:groupId': { name: 'Hacked', memberIds: [b.userId], shopIds: [bShop] },
  'POST /api/groups': { name: 'Stolen', memberIds: [b.userId, bAgent!.id], shopIds: [bShop] },
  'POST /api/invites': { email: uniqueEmail('x'), role: 'agent', groupIds: [bGroup.body.id] },
  'POST /api/auth/switch-organization': { organizationId: b.orgId },
  'POST /api/kb': { shopId: bShop, title: 'Planted', body: 'planted text' },
  'PUT /api/kb/:articleId': { title: 'Hacked', body: 'hacked' },
  'PUT /api/ai/provider': { baseUrl: 'https://llm.example.com/v1', model: 'm', apiKey: 'k' },
  'POST /api/ai/preview': { text: 'VICTIM-ARTICLE-BODY serum sensitive skin?', shopId: bShop },
  'PUT /api/shops/:shopId/settings': { draftOnly: true, autoSend: { order_status: false } },
  'POST /api/conversations/:conversationId/replies': { clientId: 'tenancy-reply-1', text: 'Planted reply' },
  'POST /api/conversations/:conversationId/messages/:messageId/translation': { to: 'en' },
  'POST /api/push/subscriptions': { endpoint: 'https://push.example.com/sub/tenancy', keys: { p256dh: 'B'.repeat(87), auth: 'A'.repeat(22) } },
  'POST /api/push/subscriptions/delete': { endpoint: 'https://push.example.com/sub/tenancy' },
  'POST /api/privacy/requests': { buyerId: bBuyerId, kind: 'export', law: 'gdpr' },
  'POST /api/privacy/requests/:requestId/erase': {},
  'PUT /api/privacy/retention': { days: 30 },
  'PUT /api/members/:userId/roster': { timeZone: 'Asia/Bangkok', shifts: [{ day: 'mon', start: '09:00', end: '17:00' }] },
  'POST /api/tickets': { conversationId: bConversation.conversationId, kind: 'refund' },
  'POST /api/tickets/:ticketId/events': { event: 'closed', note: 'Planted' },
  'PUT /api/email/shops/:shopId': { address: 'hijack@attacker.example' },
  'POST /api/conversations/:conversationId/calls': { clientId: 'tenancy-call-1', direction: 'outbound', note: 'Planted call' },
  'POST /api/mutations': {
    mutations: [
      { id: 'tenancy-mut-1', name: 'conversation.setStatus', args: { conversationId: bConversation.conversationId, status: 'resolved' } },
      { id: 'tenancy-mut-2', name: 'conversation.assign', args: { conversationId: bConversation.conversationId, assigneeId: null } },
      { id: 'tenancy-mut-3', name: 'conversation.note', args: { conversationId: bConversation.conversationId, text: 'Planted note' } },
      { id: 'tenancy-mut-4', name: 'conversation.open', args: { conversationId: bConversation.conversationId } },
    ],
  },
};

const SECRETS = ['VICTIM-ARTICLE-TITLE', 'VICTIM-ARTICLE-BODY', 'VICTIM-SHOP-NAME', 'VICTIM-BUYER-NAME', 'VICTIM-MESSAGE-TEXT', 'VICTIM-GROUP-NAME', 'VICTIM-AGENT-NAME', 'Victim Org', b.email, bAgentEmail, ...Object.values(PARAMS), b.orgId];

async function snapshotOfB() {
  const [s, c, m, g, mem, inv, kb] = await Promise.all([
    h.db.select().from(shops).where(eq(shops.orgId, b.orgId)),
    h.db.select().from(conversations).where(eq(conversations.orgId, b.orgId)),
    h.db.select().from(messages).where(eq(messages.orgId, b.orgId)),
    h.db.select().from(agentGroups).where(eq(agentGroups.orgId, b.orgId)),
    h.db.select().from(memberships).where(eq(memberships.orgId, b.orgId)),
    h.db.select().from(invites).where(and(eq(invites.orgId, b.orgId))),
    h.db.select().from(kbArticles).where(eq(kbArticles.orgId, b.orgId)),
  ]);
  return JSON.stringify({ s, c, m, g, mem, inv, kb });
}

const routes = [
  ...new Map(
    h.app.routes.filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL' && !r.path.includes('*')).map((r) => [`${r.method} ${r.path}`, r]),
  ).values(),
].filter((r) => !PUBLIC_ROUTES.has(`${r.method} ${r.path}`));

describe('tenancy', () => {
  it('finds the protected routes in the route table', () => {
    expect(routes.length).toBeGreaterThanOrEqual(15);
  });

  it.each(routes.map((r) => [`${r.method} ${r.path}`, r] as const))('%s exposes and changes nothing of another organisation', async (key, route) => {
    const before = await snapshotOfB();
    const path = route.path.replace(/:(\w+)/g, (_, name: string) => {
      const value = PARAMS[name];
      if (!value) throw new Error(`tenancy test: say which other-organisation id to send as :${name} (PARAMS)`);
      return value;
    });
    const hasBody = ['POST', 'PUT', 'PATCH'].includes(route.method);
    if (hasBody && !(key in BODIES)) throw new Error(`tenancy test: give a valid body for ${key} (BODIES)`);
    const res = await a.client.send(route.method, path, hasBody ? { body: JSON.stringify(BODIES[key]), headers: { 'content-type': 'application/json' } } : {});

    if (route.path.includes(':')) expect([403, 404], `${key} answered ${res.status}: ${res.text}`).toContain(res.status);
    for (const secret of SECRETS) expect(res.text, `${key} leaked ${secret}`).not.toContain(secret);
    expect(await snapshotOfB(), `${key} changed the other organisation`).toBe(before);
    // Whatever happened, A is still signed in to A.
    const me = await a.client.get('/api/auth/me');
    expect(me.body.organization.id).toBe(a.orgId);
  });

  it('B still sees its own data afterwards (the ids used above were real)', async () => {
    expect((await b.client.get(`/api/conversations/${bConversation.conversationId}`)).status).toBe(200);
    expect((await b.client.get(`/api/shops/${bShop}`)).status).toBe(200);
  });
});
