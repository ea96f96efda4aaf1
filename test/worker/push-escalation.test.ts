// Escalations reach people's phones: a buyer who needs a person triggers a Web Push notice to the person
// routing gave the conversation to; nobody opening it re-pages the next agent on shift, then the owners and
// admins; a colleague's assignment pings the new assignee — checked by a local push service that verifies
// VAPID and decrypts every message (test/support/push-standin.ts).
import { eq } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { pushSubscriptions, shops, users } from '../../worker/db/schema';
import { generateVapidKeys } from '../../worker/push/vapid';
import { startPushStandin } from '../support/push-standin';
import { createHarness, PASSWORD, signUp, uniqueEmail } from '../support/harness';
import { buyerWrites, connectSeller, sellerOf } from '../support/tiktok';

const vapid = await generateVapidKeys();
const h = await createHarness({ push: { vapid, subject: 'mailto:ops@example.com' } });
const service = await startPushStandin();
afterAll(() => service.close());

const owner = await signUp(h, 'Push Shop');
await connectSeller(h, owner.client, sellerOf('ID'));
const [idShop] = await h.db.select().from(shops).where(eq(shops.orgId, owner.orgId));

/** An agent who joined through an invite, in a group that owns `shopIds`. */
async function agent(name: string, shopIds: string[]) {
  const email = uniqueEmail(name);
  const invite = await owner.client.post('/api/invites', { email, role: 'agent' });
  const client = h.client();
  const joined = await client.post('/api/invites/accept', { token: invite.body.link.split('#')[1], name, password: PASSWORD });
  expect(joined.status, joined.text).toBe(201);
  const group = await owner.client.post('/api/groups', { name: `${name}'s group`, memberIds: [joined.body.user.id], shopIds });
  expect(group.status, group.text).toBe(201);
  return { client, userId: joined.body.user.id as string };
}

async function subscribe(client: ReturnType<typeof h.client>) {
  const key = await client.get('/api/push/key');
  expect(key.body.publicKey).toBe(vapid.publicKey);
  const subscription = service.createSubscription({ applicationServerKey: key.body.publicKey });
  const res = await client.post('/api/push/subscriptions', subscription);
  expect(res.status, res.text).toBe(201);
  return subscription;
}

const ownerDevice = await subscribe(owner.client);
const idAgent = await agent('Siti', [idShop!.id]);
const idAgentDevice = await subscribe(idAgent.client);
const otherAgent = await agent('Ploy', []);
const otherAgentDevice = await subscribe(otherAgent.client);
await h.db.update(users).set({ locale: 'zh-CN' }).where(eq(users.id, idAgent.userId));

let buyer = 0;
async function buyerSays(text: string) {
  const res = await h.sandbox.app.request('/api/buyers', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ market: 'ID' }) });
  const { buyer_user_id } = (await res.json()) as { buyer_user_id: string };
  buyer++;
  return buyerWrites(h, 'ID', text, { buyer_user_id });
}
const deliveredTo = (endpoint: string) => service.delivered.filter((d) => d.endpoint === endpoint);

beforeEach(() => {
  service.delivered.length = 0;
});

describe('an escalation', () => {
  it('is pushed to the agent it was routed to, in their language, urgently, and opens the conversation', async () => {
    await buyerSays('Saya mau bicara dengan orang, paket saya datang rusak');
    const [toAgent] = deliveredTo(idAgentDevice.endpoint) as { payload: any; headers: Record<string, string> }[];
    expect(toAgent, h.logs.filter((l) => /push not delivered/.test(l)).join('\n')).toBeTruthy();
    expect(toAgent!.payload.title).toBe('买家需要人工处理 · Toko Cantik Official');
    expect(toAgent!.payload.body).toMatch(/^(?:要求人工客服|商品损坏或发错) — .+: Saya mau bicara dengan orang/);
    expect(toAgent!.payload.url).toMatch(/^\/c\/conv_/);
    expect(toAgent!.headers['urgency']).toBe('high');
    // The owner is the last step of the re-paging ladder, not woken at once; another group's agent never.
    expect(deliveredTo(ownerDevice.endpoint)).toEqual([]);
    expect(deliveredTo(otherAgentDevice.endpoint)).toEqual([]);
  });

  it('a routine question answered by AskChat pings nobody', async () => {
    await buyerSays('kak ada voucher gratis ongkir?');
    expect(service.delivered).toEqual([]);
  });

  it('a reply TikTok refuses is a reason to wake someone too', async () => {
    await h.sandbox.app.request('/api/faults', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ match: '/messages', method: 'POST', code: 45109001, times: 1 }) });
    await buyerSays('kak ada voucher gratis ongkir?');
    await h.sandbox.app.request('/api/faults', { method: 'DELETE' });
    // Nobody had this chat yet: the shop's group and the leads are told.
    const [toOwner] = deliveredTo(ownerDevice.endpoint) as { payload: any }[];
    expect(toOwner!.payload.body).toMatch(/^AskChat could not answer — /);
    expect(deliveredTo(idAgentDevice.endpoint)).toHaveLength(1);
  });

  it('a device the push service says is gone is forgotten', async () => {
    service.behave(idAgentDevice.endpoint, { kind: 'gone' });
    await buyerSays('Barang yang datang salah, saya mau komplain ke admin');
    expect(deliveredTo(idAgentDevice.endpoint)).toHaveLength(0);
    const left = await h.db.select({ endpoint: pushSubscriptions.endpoint }).from(pushSubscriptions).where(eq(pushSubscriptions.userId, idAgent.userId));
    expect(left).toEqual([]);
  });
});

describe('subscriptions', () => {
  it('refuses a malformed subscription, naming the field, and lets a person unsubscribe their own device only', async () => {
    const bad = await owner.client.post('/api/push/subscriptions', { endpoint: 'http://push.example.com/x', keys: { p256dh: 'short', auth: 'x' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/endpoint|keys/);
    // Someone else's endpoint is not theirs to remove.
    await otherAgent.client.post('/api/push/subscriptions/delete', { endpoint: ownerDevice.endpoint });
    expect(await h.db.select().from(pushSubscriptions).where(eq(pushSubscriptions.endpoint, ownerDevice.endpoint))).toHaveLength(1);
    await owner.client.post('/api/push/subscriptions/delete', { endpoint: ownerDevice.endpoint });
    expect(await h.db.select().from(pushSubscriptions).where(eq(pushSubscriptions.endpoint, ownerDevice.endpoint))).toHaveLength(0);
    expect(buyer).toBeGreaterThan(0);
  });
});
