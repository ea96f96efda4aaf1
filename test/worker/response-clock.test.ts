// TikTok's response clock on conversations: it starts with the first unanswered buyer message, any reply
// from the shop stops it, and before the deadline the assignee and then the group are warned by push.
import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { conversations, shops } from '../../worker/db/schema';
import { runScheduledJobs } from '../../worker/jobs/scheduled';
import { generateVapidKeys } from '../../worker/push/vapid';
import { startPushStandin } from '../support/push-standin';
import { createHarness, PASSWORD, signUp, uniqueEmail } from '../support/harness';
import { buyerWrites, connectSeller, sellerOf } from '../support/tiktok';

const h = await createHarness({ push: { vapid: await generateVapidKeys(), subject: 'mailto:ops@example.com' } });
const service = await startPushStandin();
afterAll(() => service.close());
const owner = await signUp(h, 'Clock Shop');
await connectSeller(h, owner.client, sellerOf('ID'));
const [idShop] = await h.db.select().from(shops).where(eq(shops.orgId, owner.orgId));

const invite = await owner.client.post('/api/invites', { email: uniqueEmail('siti'), role: 'agent' });
const siti = h.client();
const sitiId = (await siti.post('/api/invites/accept', { token: invite.body.link.split('#')[1], name: 'Siti', password: PASSWORD })).body.user.id as string;
await owner.client.post('/api/groups', { name: 'Indonesia', memberIds: [sitiId], shopIds: [idShop!.id] });

async function subscribe(client: typeof siti) {
  const sub = service.createSubscription({ applicationServerKey: (await client.get('/api/push/key')).body.publicKey });
  expect((await client.post('/api/push/subscriptions', sub)).status).toBe(201);
  return sub.endpoint;
}
const sitiDevice = await subscribe(siti);
const ownerDevice = await subscribe(owner.client);

async function write(text: string) {
  const res = await h.sandbox.app.request('/api/buyers', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ market: 'ID' }) });
  const { buyer_user_id } = (await res.json()) as { buyer_user_id: string };
  const sent = await buyerWrites(h, 'ID', text, { buyer_user_id });
  return async () => (await h.db.select().from(conversations).where(and(eq(conversations.orgId, owner.orgId), eq(conversations.tiktokConversationId, sent.conversation_id))))[0]!;
}
const runJobs = () => runScheduledJobs({ deps: h.deps, db: h.db, now: h.clock.now(), log: h.deps.log });
// Only the clock's warnings: escalations of the first test are re-paged meanwhile (jobs/repage.ts).
const titles = (endpoint: string) =>
  service.delivered
    .filter((d) => d.endpoint === endpoint)
    .map((d) => (d.payload as { title: string }).title)
    .filter((t) => t.startsWith('Reply due'));

describe('the response clock', () => {
  it('stops when AskChat answers, including with a holding message', async () => {
    const answered = await write('kak ada voucher gratis ongkir?');
    expect(await answered()).toMatchObject({ waitingSince: null, dueAt: null });
    const handedOff = await write('Saya mau bicara dengan orang, paket saya datang rusak');
    expect(await handedOff()).toMatchObject({ needsHuman: true, waitingSince: null, dueAt: null });
  });

  it('runs while nobody answers, warns the assignee at 75% and the group at 90%, once each, and stops at the reply', async () => {
    // A draft-only shop sends nothing by itself: the buyer waits for a person.
    expect((await owner.client.put(`/api/shops/${idShop!.id}/settings`, { draftOnly: true })).status).toBe(200);
    const started = h.clock.now().getTime();
    const row = await write('kak, pesanan saya kok belum sampai ya?');
    const waiting = await row();
    expect(waiting.assigneeId).toBe(sitiId);
    expect(waiting.waitingSince!.getTime()).toBeLessThanOrEqual(started + 1000);
    // Indonesia: TikTok's 12-hour response window.
    expect(waiting.dueAt!.getTime() - waiting.waitingSince!.getTime()).toBe(12 * 3_600_000);

    service.delivered.length = 0;
    h.clock.set(new Date(waiting.waitingSince!.getTime() + 8 * 3_600_000).toISOString());
    await runJobs();
    expect([...titles(sitiDevice), ...titles(ownerDevice)]).toEqual([]); // not yet: 8 h of 12

    h.clock.set(new Date(waiting.waitingSince!.getTime() + 9 * 3_600_000 + 60_000).toISOString());
    await runJobs();
    expect(titles(sitiDevice)).toEqual([`Reply due in 3 h · ${idShop!.name}`]);
    expect(titles(ownerDevice)).toEqual([]);
    await runJobs();
    expect(titles(sitiDevice)).toHaveLength(1); // once

    h.clock.set(new Date(waiting.waitingSince!.getTime() + 11 * 3_600_000).toISOString());
    await runJobs();
    expect(titles(ownerDevice)).toEqual([`Reply due in 1 h · ${idShop!.name}`]);
    expect((await row()).warnedLevel).toBe('group');

    const reply = await siti.post(`/api/conversations/${waiting.id}/replies`, { clientId: 'clock-reply-0001', text: 'Mohon maaf kak, kami cek dulu ya.' });
    expect(reply.status, reply.text).toBe(201);
    expect(await row()).toMatchObject({ waitingSince: null, dueAt: null, warnedLevel: null });
  });
});
