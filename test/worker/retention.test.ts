// Retention: an organisation keeps buyers' words for a set number of days; older messages lose their text
// (rows and counts stay), a dry run says what would go, and a cut-off run is continued safely by the next.
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, conversations, messages } from '../../worker/db/schema';
import { runScheduledJobs } from '../../worker/jobs/scheduled';
import { applyRetention } from '../../worker/privacy/retention';
import { createHarness, PASSWORD, signUp } from '../support/harness';
import { buyerWrites, connectSeller, sellerOf } from '../support/tiktok';

const h = await createHarness();
const owner = await signUp(h, 'Retention Shop');
await connectSeller(h, owner.client, sellerOf('TH'));

async function write(text: string) {
  const res = await h.sandbox.app.request('/api/buyers', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ market: 'TH' }) });
  const { buyer_user_id } = (await res.json()) as { buyer_user_id: string };
  const sent = await buyerWrites(h, 'TH', text, { buyer_user_id });
  const [row] = await h.db.select().from(conversations).where(and(eq(conversations.orgId, owner.orgId), eq(conversations.tiktokConversationId, sent.conversation_id)));
  return row!.id;
}
const textsOf = async (conversationId: string) => (await h.db.select({ text: messages.text }).from(messages).where(eq(messages.conversationId, conversationId))).map((m) => m.text);

describe('retention', () => {
  it('refuses less than 30 days, previews what a setting would clear, clears only what is older, and stays idempotent', async () => {
    const old = await write('ร้านมีโค้ดส่วนลดไหมคะ ข้อความเก่า');
    expect((await owner.client.put('/api/privacy/retention', { days: 7 })).status).toBe(400);

    h.clock.advance(40 * 86_400_000);
    // The session lapsed meanwhile: sign in again.
    const client = h.client();
    expect((await client.post('/api/auth/login', { email: owner.email, password: PASSWORD })).status).toBe(200);
    const fresh = await write('สวัสดีค่ะ ข้อความใหม่');
    const oldCount = (await textsOf(old)).length;

    const preview = await client.get('/api/privacy/retention?days=30');
    expect(preview.status, preview.text).toBe(200);
    expect(preview.body.days).toBeNull(); // nothing set yet: only a dry run
    expect(preview.body.preview.messages).toBeGreaterThanOrEqual(oldCount);
    expect((await textsOf(old)).some((t) => t.includes('ข้อความเก่า'))).toBe(true); // the dry run changed nothing

    expect((await client.put('/api/privacy/retention', { days: 30 })).status).toBe(200);
    await runScheduledJobs({ deps: h.deps, db: h.db, now: h.clock.now(), log: h.deps.log });
    expect(await textsOf(old)).toEqual(Array(oldCount).fill('')); // rows stay, words gone
    expect((await textsOf(fresh)).some((t) => t.includes('ข้อความใหม่'))).toBe(true);
    const [conv] = await h.db.select().from(conversations).where(eq(conversations.id, old));
    expect(conv!.lastMessagePreview).toBe('');
    // A second pass finds nothing left to clear.
    expect(await applyRetention(h.db, owner.orgId, 30, h.clock.now())).toBe(0);
    expect((await client.get('/api/privacy/retention')).body).toMatchObject({ days: 30, preview: { messages: 0 } });
    expect((await h.db.select().from(auditLog).where(eq(auditLog.action, 'retention.update'))).map((e) => e.details)).toEqual([{ days: 30 }]);
  });
});
