// Phone calls logged in a conversation: stored as a CALL message from the agent, once per clientId,
// visible in the conversation and in sync like any message; bad input refused with the field named.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { messages } from '../../worker/db/schema';
import { addConversation, addShop } from '../support/fixtures';
import { createHarness, signUp } from '../support/harness';

const h = await createHarness();
const owner = await signUp(h, 'Calling Shop');
const shopId = await addShop(h.db, owner.orgId, { market: 'GB' });
const { conversationId } = await addConversation(h.db, owner.orgId, shopId, { texts: ['Can you ring me about my refund?'] });
const path = `/api/conversations/${conversationId}/calls`;

describe('logging a call', () => {
  it('stores it as the agent\'s CALL message with direction, duration and time, synced to phones', async () => {
    const pulled = await owner.client.get('/api/sync/pull?cursor=0');
    const cursor = pulled.body.cursor;
    const res = await owner.client.post(path, { clientId: 'call-0001', direction: 'outbound', durationSeconds: 185, note: 'Called back: refund approved, 3–5 days.', at: '2026-11-20T08:30:00Z' });
    expect(res.status, res.text).toBe(201);
    expect(res.body.message).toMatchObject({ conversationId, sender: 'agent', authorId: owner.userId, type: 'CALL', text: 'Called back: refund approved, 3–5 days.', clientId: 'call-0001', createdAt: '2026-11-20T08:30:00.000Z' });
    expect(res.body.message.content).toEqual({ direction: 'outbound', durationSeconds: 185 }); // for the app's call details
    const [row] = await h.db.select().from(messages).where(eq(messages.id, res.body.message.id));
    expect(row!.content).toEqual({ direction: 'outbound', durationSeconds: 185 });
    const shown = await owner.client.get(`/api/conversations/${conversationId}`);
    expect(shown.body.messages.map((m: { type: string }) => m.type)).toContain('CALL');
    const changes = await owner.client.get(`/api/sync/pull?cursor=${cursor}`);
    expect(JSON.stringify(changes.body)).toContain(res.body.message.id);
  });

  it('logs a repeated clientId once and answers with the first', async () => {
    const first = await owner.client.post(path, { clientId: 'call-0002', direction: 'inbound', note: 'Buyer rang about the address' });
    const again = await owner.client.post(path, { clientId: 'call-0002', direction: 'inbound', note: 'Buyer rang about the address' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.message.id).toBe(first.body.message.id);
    expect((await h.db.select().from(messages).where(eq(messages.clientId, 'call-0002')))).toHaveLength(1);
  });

  it.each([
    [{ clientId: 'x', direction: 'outbound', note: '' }, 'clientId'],
    [{ clientId: 'call-0003', direction: 'sideways', note: '' }, 'direction'],
    [{ clientId: 'call-0003', direction: 'inbound', durationSeconds: -1, note: '' }, 'durationSeconds'],
    [{ clientId: 'call-0003', direction: 'inbound', note: 'x'.repeat(2001) }, 'note'],
    [{ clientId: 'call-0003', direction: 'inbound', note: '', at: 'yesterday' }, 'at'],
    [{ clientId: 'call-0003', direction: 'inbound', note: '', at: '2027-01-01T00:00:00Z' }, 'at'],
  ])('refuses %j naming %s', async (body, field) => {
    const res = await owner.client.post(path, body);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(field);
  });

  it('is not found for a conversation of another organisation, and needs a session', async () => {
    const other = await signUp(h, 'Other Org');
    expect((await other.client.post(path, { clientId: 'call-0004', direction: 'inbound', note: 'x' })).status).toBe(404);
    expect((await h.client().post(path, { clientId: 'call-0004', direction: 'inbound', note: 'x' })).status).toBe(401);
  });
});
