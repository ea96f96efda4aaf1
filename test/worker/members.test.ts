// Invites, roles and what each role sees: agents see only the shops of their agent groups.
import { describe, expect, it } from 'vitest';
import { addConversation, addShop } from '../support/fixtures';
import { createHarness, type Harness, PASSWORD, signUp, uniqueEmail } from '../support/harness';

const h = await createHarness();

async function invite(owner: Awaited<ReturnType<typeof signUp>>, body: Record<string, unknown>) {
  const res = await owner.client.post('/api/invites', body);
  expect(res.status, res.text).toBe(201);
  return { ...res.body, token: (res.body.link as string).split('#')[1]! };
}

async function join(harness: Harness, token: string, name = 'Agent', password = PASSWORD) {
  const client = harness.client();
  const res = await client.post('/api/invites/accept', { token, name, password });
  return { client, res };
}

describe('invites', () => {
  it('lets an invited agent create an account, join with the role and sign in later', async () => {
    const owner = await signUp(h, 'Kedai Ria');
    const email = uniqueEmail('agent');
    const inv = await invite(owner, { email, role: 'agent' });
    expect(inv.link).toMatch(/^http:\/\/localhost:8787\/invite#/);

    const preview = await h.client().get(`/api/invites/preview?token=${inv.token}`);
    expect(preview.body).toMatchObject({ organizationName: 'Kedai Ria', email, role: 'agent', accountExists: false });

    const { client, res } = await join(h, inv.token, 'Dewi');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ role: 'agent', organization: { name: 'Kedai Ria' }, user: { email, name: 'Dewi' } });
    expect((await client.get('/api/auth/me')).status).toBe(200);
    expect((await h.client().post('/api/auth/login', { email, password: PASSWORD })).status).toBe(200);
    const members = await owner.client.get('/api/members');
    expect(members.body.members.map((m: any) => [m.email, m.role])).toContainEqual([email, 'agent']);
  });

  it('uses an invite once only', async () => {
    const owner = await signUp(h);
    const inv = await invite(owner, { email: uniqueEmail(), role: 'agent' });
    expect((await join(h, inv.token)).res.status).toBe(201);
    const again = await join(h, inv.token);
    expect(again.res.status).toBe(404);
    expect(again.res.body.error.message).toMatch(/not valid any more/);
  });

  it('refuses an expired invite', async () => {
    const owner = await signUp(h);
    const inv = await invite(owner, { email: uniqueEmail(), role: 'agent' });
    h.clock.advance(8 * 86_400_000);
    expect((await join(h, inv.token)).res.status).toBe(404);
    h.clock.advance(-8 * 86_400_000);
  });

  it('refuses a forged or withdrawn invite token', async () => {
    const owner = await signUp(h);
    expect((await join(h, 'x'.repeat(43))).res.status).toBe(404);
    const inv = await invite(owner, { email: uniqueEmail(), role: 'agent' });
    expect((await owner.client.delete(`/api/invites/${inv.id}`)).status).toBe(200);
    expect((await join(h, inv.token)).res.status).toBe(404);
  });

  it('does not let agents invite anyone, nor admins invite admins', async () => {
    const owner = await signUp(h);
    const agentInvite = await invite(owner, { email: uniqueEmail(), role: 'agent' });
    const { client: agent } = await join(h, agentInvite.token);
    expect((await agent.post('/api/invites', { email: uniqueEmail(), role: 'agent' })).status).toBe(403);
    const adminInvite = await invite(owner, { email: uniqueEmail(), role: 'admin' });
    const { client: admin } = await join(h, adminInvite.token);
    expect((await admin.post('/api/invites', { email: uniqueEmail(), role: 'agent' })).status).toBe(201);
    expect((await admin.post('/api/invites', { email: uniqueEmail(), role: 'admin' })).status).toBe(403);
  });
});

describe('existing accounts', () => {
  it('joins a second organisation after checking the existing password, and can switch between them', async () => {
    const person = await signUp(h, 'Home Org');
    const other = await signUp(h, 'Other Org');
    const inv = await invite(other, { email: person.email, role: 'agent' });
    expect((await h.client().get(`/api/invites/preview?token=${inv.token}`)).body.accountExists).toBe(true);
    expect((await join(h, inv.token, 'Me', 'wrong password!')).res.status).toBe(401);
    const { client, res } = await join(h, inv.token, 'Me', PASSWORD);
    expect(res.status).toBe(201);
    expect(res.body.organizations.map((o: any) => o.name).sort()).toEqual(['Home Org', 'Other Org']);
    const switched = await client.post('/api/auth/switch-organization', { organizationId: person.orgId });
    expect(switched.body).toMatchObject({ organization: { name: 'Home Org' }, role: 'owner' });
  });
});

describe('roles', () => {
  it('keeps at least one owner', async () => {
    const owner = await signUp(h);
    const res = await owner.client.patch(`/api/members/${owner.userId}`, { role: 'admin' });
    expect(res.status).toBe(409);
    expect((await owner.client.delete(`/api/members/${owner.userId}`)).status).toBe(409);
  });

  it('signs a removed member out of that organisation at once', async () => {
    const owner = await signUp(h);
    const inv = await invite(owner, { email: uniqueEmail(), role: 'agent' });
    const { client: agent, res } = await join(h, inv.token);
    expect((await agent.get('/api/auth/me')).status).toBe(200);
    expect((await owner.client.delete(`/api/members/${res.body.user.id}`)).status).toBe(200);
    expect((await agent.get('/api/auth/me')).status).toBe(401);
  });
});

describe('what agents see', () => {
  it('shows an agent only the shops, conversations and groups of their agent groups', async () => {
    const owner = await signUp(h, 'Multi Market');
    const idShop = await addShop(h.db, owner.orgId, { market: 'ID', name: 'Jakarta Store' });
    const thShop = await addShop(h.db, owner.orgId, { market: 'TH', name: 'Bangkok Store' });
    const idConv = await addConversation(h.db, owner.orgId, idShop, { texts: ['kak paketnya kapan sampai?'] });
    const thConv = await addConversation(h.db, owner.orgId, thShop, { texts: ['ของถึงเมื่อไหร่คะ'] });
    const inv = await invite(owner, { email: uniqueEmail('id-agent'), role: 'agent' });
    const { client: agent, res } = await join(h, inv.token);
    const group = await owner.client.post('/api/groups', { name: 'Indonesia', markets: ['ID'], memberIds: [res.body.user.id], shopIds: [idShop] });
    expect(group.status).toBe(201);
    await owner.client.post('/api/groups', { name: 'Thailand', markets: ['TH'], shopIds: [thShop] });

    expect((await agent.get('/api/shops')).body.shops.map((s: any) => s.name)).toEqual(['Jakarta Store']);
    expect((await agent.get(`/api/shops/${thShop}`)).status).toBe(404);
    expect((await agent.get('/api/conversations')).body.conversations.map((c: any) => c.id)).toEqual([idConv.conversationId]);
    expect((await agent.get(`/api/conversations/${thConv.conversationId}`)).status).toBe(404);
    expect((await agent.get('/api/groups')).body.groups.map((g: any) => g.name)).toEqual(['Indonesia']);
    const pull = await agent.get('/api/sync/pull?cursor=0');
    expect(pull.body.conversations.map((c: any) => c.id)).toEqual([idConv.conversationId]);
    expect(pull.body.messages.map((m: any) => m.text)).toEqual(['kak paketnya kapan sampai?']);
    expect((await agent.patch(`/api/shops/${idShop}`, { name: 'Renamed' })).status).toBe(403);
  });

  it('shows owners and admins every shop', async () => {
    const owner = await signUp(h);
    await addShop(h.db, owner.orgId, { market: 'VN' });
    await addShop(h.db, owner.orgId, { market: 'PH' });
    expect((await owner.client.get('/api/shops')).body.shops).toHaveLength(2);
  });
});

describe('member list privacy', () => {
  it('shows colleagues’ email addresses to owners and admins only', async () => {
    const owner = await signUp(h);
    const inv = await invite(owner, { email: uniqueEmail('private'), role: 'agent' });
    const { client: agent } = await join(h, inv.token, 'Private Agent');
    expect((await owner.client.get('/api/members')).body.members.every((m: any) => typeof m.email === 'string')).toBe(true);
    const seen = (await agent.get('/api/members')).body.members;
    expect(seen.length).toBe(2);
    expect(seen.every((m: any) => m.email === null)).toBe(true);
    expect(JSON.stringify(seen)).not.toContain('@');
  });
});
