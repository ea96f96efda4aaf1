// Handed-off conversations go to a person on shift in the group that owns the shop: rosters through the
// API (validated), day and midnight-crossing shifts, nobody on shift (the owner, flagged, and the buyer told
// when a person comes on), and least-loaded routing.
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { conversations, shops } from '../../worker/db/schema';
import { createHarness, PASSWORD, signUp, uniqueEmail } from '../support/harness';
import { buyerWrites, connectSeller, sellerOf } from '../support/tiktok';

const h = await createHarness();
const owner = await signUp(h, 'Routing Shop');
await connectSeller(h, owner.client, sellerOf('ID'));
const [idShop] = await h.db.select().from(shops).where(eq(shops.orgId, owner.orgId));

async function agent(name: string) {
  const invite = await owner.client.post('/api/invites', { email: uniqueEmail(name), role: 'agent' });
  const client = h.client();
  const joined = await client.post('/api/invites/accept', { token: invite.body.link.split('#')[1], name, password: PASSWORD });
  return { client, userId: joined.body.user.id as string };
}

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const siti = await agent('Siti');
const budi = await agent('Budi');
const group = await owner.client.post('/api/groups', { name: 'Indonesia', languages: ['id'], routing: 'least_loaded', memberIds: [siti.userId, budi.userId], shopIds: [idShop!.id] });
expect(group.status, group.text).toBe(201);

/** A new sandbox buyer of the Indonesian shop asks for a person; returns AskChat's conversation row. */
async function escalation(text = 'Saya mau bicara dengan orang, paket saya datang rusak') {
  const res = await h.sandbox.app.request('/api/buyers', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ market: 'ID' }) });
  const { buyer_user_id } = (await res.json()) as { buyer_user_id: string };
  const sent = await buyerWrites(h, 'ID', text, { buyer_user_id });
  const [row] = await h.db.select().from(conversations).where(and(eq(conversations.orgId, owner.orgId), eq(conversations.tiktokConversationId, sent.conversation_id)));
  const holding = h.sandbox.messages(sent.conversation_id).filter((m) => m.sender === 'seller').map((m) => m.text);
  return { row: row!, holding };
}

describe('rosters', () => {
  it('a person sets their own roster in their time zone; owners set anyone’s; others’ are not found', async () => {
    const days = await siti.client.put(`/api/members/${siti.userId}/roster`, { timeZone: 'Asia/Jakarta', holidayRegion: 'ID', shifts: weekdays.map((day) => ({ day, start: '09:00', end: '17:00' })) });
    expect(days.status, days.text).toBe(200);
    const nights = await owner.client.put(`/api/members/${budi.userId}/roster`, { timeZone: 'Asia/Jakarta', shifts: weekdays.map((day) => ({ day, start: '17:00', end: '01:00' })) });
    expect(nights.status, nights.text).toBe(200);
    expect((await siti.client.put(`/api/members/${budi.userId}/roster`, { timeZone: 'Asia/Jakarta', shifts: [] })).status).toBe(404);
    expect((await owner.client.get(`/api/members/${siti.userId}/roster`)).body.roster.timeZone).toBe('Asia/Jakarta');
  });

  it('refuses overlapping shifts and unknown time zones, with the reason', async () => {
    const overlap = await siti.client.put(`/api/members/${siti.userId}/roster`, { timeZone: 'Asia/Jakarta', shifts: [{ day: 'mon', start: '09:00', end: '17:00' }, { day: 'mon', start: '16:00', end: '20:00' }] });
    expect(overlap.status).toBe(400);
    expect(overlap.body.error.message).toMatch(/overlap/i);
    const zone = await siti.client.put(`/api/members/${siti.userId}/roster`, { timeZone: 'Asia/Atlantis', shifts: [{ day: 'mon', start: '09:00', end: '17:00' }] });
    expect(zone.status).toBe(400);
    expect(zone.body.error.message).toMatch(/time zone/i);
    // The valid roster set before is still the one in force.
    expect((await siti.client.get(`/api/members/${siti.userId}/roster`)).body.roster.shifts).toHaveLength(5);
  });
});

describe('routing a hand-off', () => {
  it('gives it to the agent on shift: days to Siti, evenings (across midnight) to Budi', async () => {
    h.clock.set('2026-11-23T05:00:00Z'); // Monday 12:00 in Jakarta
    const day = await escalation();
    expect(day.row).toMatchObject({ needsHuman: true, assigneeId: siti.userId, groupId: group.body.id, routingNote: null });
    h.clock.set('2026-11-23T17:30:00Z'); // Tuesday 00:30 in Jakarta: the tail of Monday's 17:00–01:00 shift
    const night = await escalation();
    expect(night.row).toMatchObject({ assigneeId: budi.userId, routingNote: null });
  });

  it('nobody on shift: the owner gets it, flagged, and the buyer is told when a person comes on', async () => {
    h.clock.set('2026-11-28T05:00:00Z'); // Saturday 12:00 in Jakarta: both off for the weekend
    const weekend = await escalation();
    expect(weekend.row).toMatchObject({ assigneeId: owner.userId, routingNote: 'nobody_on_shift' });
    // Monday 09:00 in Jakarta is when Siti comes on: the holding message names the day and the hour.
    expect(weekend.holding).toHaveLength(1);
    expect(weekend.holding[0]).toMatch(/Senin/);
    expect(weekend.holding[0]).toMatch(/09[.:]00|9[.:]00/);
  });

  it('least loaded: of two on shift, the one with fewer conversations waiting on them', async () => {
    // Both on: Siti until 17:00, Budi from 17:00 — give Budi a day shift today for this test.
    await owner.client.put(`/api/members/${budi.userId}/roster`, { timeZone: 'Asia/Jakarta', shifts: weekdays.map((day) => ({ day, start: '08:00', end: '18:00' })) });
    h.clock.set('2026-11-30T04:00:00Z'); // Monday 11:00 in Jakarta
    const waiting = async (userId: string) =>
      (await h.db.select().from(conversations).where(and(eq(conversations.assigneeId, userId), eq(conversations.needsHuman, true)))).length;
    // One each so far (Monday's day and night): equal loads, so the one assigned longest ago, Siti.
    expect([await waiting(siti.userId), await waiting(budi.userId)]).toEqual([1, 1]);
    const next = await escalation();
    expect(next.row.assigneeId).toBe(siti.userId);
    // Now Siti has more waiting: the next goes to Budi.
    expect((await escalation()).row.assigneeId).toBe(budi.userId);
    // Keep going: the loads even out rather than piling on one person.
    for (let i = 0; i < 4; i++) await escalation();
    expect(Math.abs((await waiting(siti.userId)) - (await waiting(budi.userId)))).toBeLessThanOrEqual(1);
  });
});
