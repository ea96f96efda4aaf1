// The e-mail channel's scheduled work: inbound mail whose processing failed is retried by the cron when it
// is due (20 per run, the rest next time), and retention deletes an organisation's processed e-mail events
// once they are older than its retention, keeping newer ones and other organisations'.
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { emailEvents, emailMessages, messages, shops } from '../../worker/db/schema';
import { insertEmailEvent } from '../../worker/email/events';
import { createHttpEmailSender } from '../../worker/email/sender';
import { runScheduledJobs } from '../../worker/jobs/scheduled';
import { startEmailStandin, signInbound } from '../support/email-standin';
import { createHarness, ORIGIN, signUp } from '../support/harness';
import { connectSeller, sellerOf } from '../support/tiktok';

const SECRET = 'test-email-webhook-secret-0123456789';
const API_KEY = 'standin-key';
const mail = await startEmailStandin({ apiKey: API_KEY, domains: ['jobs.example', 'other.example'] });
afterAll(() => mail.close());

const h = await createHarness({
  env: { EMAIL_WEBHOOK_SECRET: SECRET, BUYER_HASH_SECRET: 'test-buyer-hash-secret-0123456789', EMAIL_SEND_URL: mail.url },
  email: createHttpEmailSender({ url: mail.url, apiKey: API_KEY }),
});
const DAY = 86_400_000;
const runJobs = () => runScheduledJobs({ deps: h.deps, db: h.db, now: h.clock.now(), log: h.deps.log });

async function shopWithAddress(name: string, market: 'GB' | 'US', address: string) {
  const org = await signUp(h, name);
  await connectSeller(h, org.client, sellerOf(market), market === 'US' ? 'us' : undefined);
  const [shop] = await h.db.select().from(shops).where(eq(shops.orgId, org.orgId));
  expect((await org.client.put(`/api/email/shops/${shop!.id}`, { address })).status).toBe(200);
  return { org, shop: shop! };
}
const a = await shopWithAddress('Jobs Shop', 'GB', 'support@jobs.example');
const b = await shopWithAddress('Other Shop', 'US', 'help@other.example');

let serial = 0;
const buyerMail = (to: string) => ({ providerId: `jobs-${++serial}`, from: `Sam <sam${serial}@example.co.uk>`, to, subject: `Parcel ${serial}`, messageId: `<jobs-${serial}@example.co.uk>`, text: 'Where is my parcel?' });

async function post(body: unknown) {
  const raw = JSON.stringify(body);
  const res = await h.request(`${ORIGIN}/api/webhooks/email`, { method: 'POST', headers: signInbound(SECRET, raw, Math.floor(h.clock.now().getTime() / 1000)), body: raw });
  expect(res.status).toBe(200);
  const answer = (await res.json()) as { id: string };
  await h.settle();
  return answer.id;
}
const eventsOf = (ids: string[]) => h.db.select().from(emailEvents).where(inArray(emailEvents.id, ids));

describe('retrying inbound mail from the cron', () => {
  it('processes a failed mail once its retry is due, not before, and answers it', async () => {
    const now = h.clock.now();
    const m = buyerMail('support@jobs.example');
    // As left by a failed first attempt: kept, failed, retry in a minute.
    const id = (await insertEmailEvent(h.db, `provider:${m.providerId}`, m, now, null))!;
    await h.db.update(emailEvents).set({ status: 'failed', attempts: 1, lastError: 'database went away', nextAttemptAt: new Date(now.getTime() + 60_000) }).where(eq(emailEvents.id, id));

    await runJobs();
    expect((await eventsOf([id]))[0]).toMatchObject({ status: 'failed', attempts: 1 }); // not due yet

    h.clock.advance(61_000);
    const sentBefore = mail.sent.length;
    expect(await runJobs()).toContainEqual({ name: 'retry-email-events', ok: true });
    await h.settle();
    const [event] = await eventsOf([id]);
    expect(event).toMatchObject({ status: 'processed', attempts: 2, lastError: null, payload: {} });
    const [thread] = await h.db.select().from(emailMessages).where(and(eq(emailMessages.shopId, a.shop.id), eq(emailMessages.rfcId, `jobs-${serial}@example.co.uk`)));
    const stored = await h.db.select().from(messages).where(eq(messages.conversationId, thread!.conversationId));
    expect(stored.find((r) => r.sender === 'buyer')).toMatchObject({ type: 'EMAIL', text: 'Where is my parcel?' });
    expect(mail.sent.length).toBeGreaterThan(sentBefore); // answered by e-mail like a fresh mail
  });

  it('takes at most 20 due events per run; the rest wait for the next run', async () => {
    const now = h.clock.now();
    const ids: string[] = [];
    for (let i = 0; i < 23; i++) {
      const m = buyerMail('nobody@nowhere.example'); // no shop: processing is quick (set aside as unmatched)
      ids.push((await insertEmailEvent(h.db, `provider:${m.providerId}`, m, now, null))!);
    }
    await runJobs();
    const after = await eventsOf(ids);
    expect(after.filter((e) => e.status === 'unmatched')).toHaveLength(20);
    expect(after.filter((e) => e.status === 'pending')).toHaveLength(3);
    await runJobs();
    expect((await eventsOf(ids)).every((e) => e.status === 'unmatched')).toBe(true);
  });
});

describe('retention', () => {
  it("deletes the organisation's processed e-mail events older than its retention, and nothing else", async () => {
    expect((await a.org.client.put('/api/privacy/retention', { days: 30 })).status).toBe(200);
    const oldA = await post(buyerMail('support@jobs.example'));
    const oldB = await post(buyerMail('help@other.example')); // an organisation without retention
    const m = buyerMail('nobody@nowhere.example');
    const unmatched = await post(m);
    expect((await eventsOf([oldA, oldB, unmatched])).map((e) => e.status).sort()).toEqual(['processed', 'processed', 'unmatched']);

    h.clock.advance(31 * DAY);
    const freshA = await post(buyerMail('support@jobs.example'));
    await runJobs();
    const left = (await eventsOf([oldA, oldB, unmatched, freshA])).map((e) => e.id).sort();
    expect(left).toEqual([oldB, unmatched, freshA].sort());
    // The message still holds the mail's words until the message retention clears them; threading keeps working.
    expect(await h.db.select().from(emailMessages).where(eq(emailMessages.shopId, a.shop.id))).not.toHaveLength(0);
  });
});
