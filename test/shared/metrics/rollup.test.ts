// The rollup path: what one event adds, what time settles, that rows merge in any order, and that rollups
// give exactly the direct computation's metrics on the same histories (hand-built and seeded random ones).
import { describe, expect, it } from 'vitest';
import {
  computeMetrics,
  conversationIncrements,
  INITIAL_CONVERSATION_STATE,
  mergeRollups,
  metricsFromRollup,
  nextTickAt,
  rebuildRollup,
  ticketAfter,
  ticketIncrements,
  type ConversationHistory,
  type ConversationMetricState,
  type Dims,
  type HistoryEvent,
  type MetricsInput,
  type RollupKey,
  type RollupRow,
  type SurveyAnswer,
  type TicketHistory,
} from '../../../shared/metrics';
import { allowedEvents, openTicket, applyTicketEvent, type Ticket, type TimelineEntry } from '../../../shared/tickets';
import { agent, ALL_OF_2026, buyer, holding, HOUR, ID_SHOP, resolved, settings, US_SHOP, utc, withWeekendRule } from './histories';

function replay(dims: Dims, events: HistoryEvent[]): ConversationMetricState {
  let state = INITIAL_CONVERSATION_STATE;
  for (const e of events) state = conversationIncrements(state, dims, e, settings).state;
  return state;
}

const key = (day: string, agentId: string | null = null): RollupKey => ({ day, shopId: 'shop_id', market: 'ID', language: 'id', intent: 'order_status', agentId });

describe('conversationIncrements', () => {
  it('turns an agent’s reply after AskChat’s holding message into these increments', () => {
    // 22:00 WIB on 3 March: the buyer writes and gets the holding message; 09:30 WIB the next day, Ana replies.
    const state = replay(ID_SHOP, [buyer('2026-03-03T15:00:00Z'), holding('2026-03-03T15:00:05Z')]);
    const { increments } = conversationIncrements(state, ID_SHOP, agent('2026-03-04T02:30:00Z'), settings);
    const human = { humanResponseCount: 1, humanResponseMs: 11.5 * HOUR, humanResponseBusinessMs: 0.5 * HOUR };
    expect(increments).toEqual([
      { key: key('2026-03-04', 'u_ana'), counts: { humanReplies: 1 } },
      { key: key('2026-03-03', 'u_ana'), counts: human },
      { key: key('2026-03-03', 'u_ana'), counts: { firstHumanResponseCount: 1, firstHumanResponseMs: 11.5 * HOUR, firstHumanResponseBusinessMs: 0.5 * HOUR } },
      { key: key('2026-03-03'), counts: { handedOff: 1 } },
      { key: key('2026-03-04', 'u_ana'), counts: { handled: 1 } },
    ]);
  });

  it('does not change the state it is given', () => {
    const state = Object.freeze(replay(ID_SHOP, [buyer('2026-03-03T15:00:00Z')]));
    const before = JSON.stringify(state);
    conversationIncrements(state, ID_SHOP, agent('2026-03-04T02:30:00Z'), settings);
    expect(JSON.stringify(state)).toBe(before);
  });

  it('counts a wait missed when a tick passes its due time, and says when to tick', () => {
    const t = utc('2026-03-03T03:00:00Z');
    let state = replay(ID_SHOP, [buyer('2026-03-03T03:00:00Z')]);
    expect(nextTickAt(state)).toBe(t + 12 * HOUR + 1);
    expect(conversationIncrements(state, ID_SHOP, { type: 'tick', at: t + 12 * HOUR }, settings).increments).toEqual([]);
    const tick = conversationIncrements(state, ID_SHOP, { type: 'tick', at: t + 12 * HOUR + 1 }, settings);
    expect(tick.increments).toEqual([{ key: key('2026-03-03'), counts: { within12hMissed: 1, shopWindowMissed: 1 } }]);
    state = tick.state;
    expect(nextTickAt(state)).toBe(t + 24 * HOUR + 1);
    // A late answer settles the 24-hour window first, then records the response; nothing is met.
    const late = conversationIncrements(state, ID_SHOP, agent('2026-03-04T09:00:00Z'), settings);
    expect(late.increments.slice(0, 2)).toEqual([
      { key: key('2026-03-03'), counts: { within24hMissed: 1 } },
      { key: key('2026-03-04', 'u_ana'), counts: { humanReplies: 1 } },
    ]);
    expect(late.increments.some((i) => Object.keys(i.counts).some((c) => c.endsWith('Met')))).toBe(false);
    expect(nextTickAt(late.state)).toBeNull();
  });

  it('confirms an AI resolution when its 48 hours pass, and takes it back when the buyer writes within them', () => {
    const at = utc('2026-03-03T04:00:00Z');
    const state = replay(ID_SHOP, [buyer('2026-03-03T03:00:00Z'), { type: 'message', at: at - HOUR + 60_000, sender: 'ai', text: 'On its way.' }, resolved('2026-03-03T04:00:00Z')]);
    expect(nextTickAt(state)).toBe(at + 48 * HOUR + 1);
    expect(conversationIncrements(state, ID_SHOP, { type: 'tick', at: at + 48 * HOUR + 1 }, settings).increments).toEqual([
      { key: key('2026-03-03'), counts: { aiPending: -1, aiResolved: 1, aiSettled: 1 } },
    ]);
    expect(conversationIncrements(state, ID_SHOP, buyer('2026-03-05T04:00:00Z'), settings).increments).toContainEqual({
      key: key('2026-03-03'),
      counts: { aiPending: -1, aiSettled: 1 },
    });
  });
});

describe('ticketIncrements', () => {
  it('adds a close and takes it back when the ticket reopens, under the day it opened', () => {
    const opened = openTicket({ id: 'tkt_x', kind: 'refund', at: utc('2026-03-02T02:00:00Z') });
    const closed = applyTicketEvent(opened.ticket, 'closed', utc('2026-03-02T05:00:00Z'));
    if (!closed.ok) throw new Error(closed.err.message);
    const reopened = applyTicketEvent(closed.val.ticket, 'reopened', utc('2026-03-03T05:00:00Z'));
    if (!reopened.ok) throw new Error(reopened.err.message);
    const t = { ...ID_SHOP, agentId: 'u_ana' };
    const k = key('2026-03-02', 'u_ana');
    const b1 = ticketAfter(opened.timelineEntry, null);
    const b2 = ticketAfter(closed.val.timelineEntry, b1);
    expect(ticketIncrements(t, opened.timelineEntry, null, settings)).toEqual([{ key: k, counts: { ticketsOpened: 1 } }]);
    expect(ticketIncrements(t, closed.val.timelineEntry, b1, settings)).toEqual([{ key: k, counts: { ticketsClosed: 1, ticketCloseMs: 3 * HOUR, ticketCloseBusinessMs: 3 * HOUR } }]);
    expect(ticketIncrements(t, reopened.val.timelineEntry, b2, settings)).toEqual([{ key: k, counts: { ticketsClosed: -1, ticketCloseMs: -3 * HOUR, ticketCloseBusinessMs: -3 * HOUR } }]);
  });
});

describe('mergeRollups', () => {
  const a: RollupRow = { key: key('2026-03-03'), counts: { conversations: 1, buyerMessages: 2 }, questions: { 'where is my order #': 2 } };
  const b: RollupRow = { key: key('2026-03-03'), counts: { buyerMessages: 1, aiPending: -1 }, questions: { hello: 1 } };
  const c: RollupRow = { key: key('2026-03-04', 'u_ana'), counts: { humanReplies: 1 } };

  it('adds the counts of rows with the same key and keeps the others apart', () => {
    expect(mergeRollups([a], [b, c])).toEqual([
      { key: key('2026-03-03'), counts: { conversations: 1, buyerMessages: 3, aiPending: -1 }, questions: { 'where is my order #': 2, hello: 1 } },
      { key: key('2026-03-04', 'u_ana'), counts: { humanReplies: 1 } },
    ]);
  });

  it('gives the same rows whatever the order and grouping, and leaves its inputs alone', () => {
    const before = JSON.stringify([a, b, c]);
    expect(mergeRollups([c, b, a])).toEqual(mergeRollups(mergeRollups([a, b]), [c]));
    expect(JSON.stringify([a, b, c])).toBe(before);
    expect(mergeRollups()).toEqual([]);
  });
});

// ── rollups versus direct computation on seeded random histories ──────────────────────────────────────

function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GB_SHOP: Dims = { shopId: 'shop_gb', market: 'GB', language: null, intent: 'complaint' };
const QUESTIONS = ['Where is my order 5761?', 'where is my order 88', 'I want a refund', 'hello', '👍', 'Is this in stock?', 'ของถึงเมื่อไหร่คะ'];
const DRAFT = 'Hi, your order shipped on Monday and should arrive by Thursday.';
const REPLIES = [DRAFT, DRAFT.replace('Thursday', 'Friday'), 'Let me check with the warehouse.'];

function randomInput(seed: number, count: number): MetricsInput {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const shops = [ID_SHOP, US_SHOP, GB_SHOP];
  const gap = () => pick([0, 1_000, 5 * 60_000, HOUR, 11 * HOUR, 12 * HOUR, 13 * HOUR, 23 * HOUR, 24 * HOUR, 47 * HOUR, 48 * HOUR, 49 * HOUR]) + Math.floor(r() * 3) * 60_000;
  const conversations: ConversationHistory[] = [];
  for (let i = 0; i < count; i++) {
    let at = utc('2026-03-01T00:00:00Z') + Math.floor(r() * 30 * 24) * HOUR + Math.floor(r() * 60) * 60_000;
    const events: HistoryEvent[] = [];
    for (let j = 3 + Math.floor(r() * 12); j > 0; j--) {
      const x = r();
      if (x < 0.35) events.push({ type: 'message', at, sender: 'buyer', text: pick(QUESTIONS) });
      else if (x < 0.5) events.push({ type: 'message', at, sender: 'ai', text: 'On its way.', replyKind: 'answer' });
      else if (x < 0.58) events.push({ type: 'message', at, sender: 'ai', text: 'A person will reply.', replyKind: 'holding' });
      else if (x < 0.73) events.push({ type: 'message', at, sender: 'agent', authorId: pick(['u_ana', 'u_budi', 'u_cole']), text: pick(REPLIES), aiDraft: r() < 0.5 ? DRAFT : null });
      else if (x < 0.76) events.push({ type: 'message', at, sender: 'seller', authorId: r() < 0.5 ? 'u_owner' : null, text: 'Thanks!' });
      else if (x < 0.79) events.push({ type: 'message', at, sender: 'system', text: '' });
      else if (x < 0.85) events.push({ type: 'handoff', at });
      else events.push({ type: 'resolved', at, agentId: r() < 0.5 ? 'u_ana' : null });
      at += gap();
    }
    conversations.push({ id: `conv_${i}`, ...pick(shops), events });
  }
  const tickets: TicketHistory[] = [];
  for (let i = 0; i < count / 4; i++) {
    let at = utc('2026-03-01T00:00:00Z') + Math.floor(r() * 30 * 24) * HOUR;
    const opened = openTicket({ id: `tkt_${i}`, kind: pick(['refund', 'return_refund', 'resend', 'cancellation', 'address_change'] as const), at });
    let t: Ticket = opened.ticket;
    const timeline: TimelineEntry[] = [opened.timelineEntry];
    for (let j = Math.floor(r() * 6); j > 0; j--) {
      at += gap() + 1;
      const events = allowedEvents(t, at);
      if (events.length === 0) break;
      const step = applyTicketEvent(t, pick(events), at);
      if (!step.ok) throw new Error(step.err.message);
      t = step.val.ticket;
      timeline.push(step.val.timelineEntry);
    }
    tickets.push({ id: t.id, ...pick(shops), agentId: r() < 0.7 ? pick(['u_ana', 'u_budi']) : null, timeline });
  }
  const surveys: SurveyAnswer[] = Array.from({ length: count / 2 }, () => ({
    ...pick(shops),
    kind: r() < 0.5 ? 'nps' : 'csat',
    score: pick([-1, 0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 4.5, Number.NaN]),
    at: utc('2026-03-01T00:00:00Z') + Math.floor(r() * 31 * 24 * 60) * 60_000,
    agentId: r() < 0.5 ? 'u_cole' : null,
  }));
  return { conversations, tickets, surveys };
}

describe('rollups agree with the direct computation', () => {
  const now = utc('2026-03-28T12:00:00Z');
  const input = randomInput(8, 240);
  const rollup = rebuildRollup(input, now, withWeekendRule);

  it('over the whole period, and the random histories exercise every metric', () => {
    const direct = computeMetrics(input, ALL_OF_2026, now, withWeekendRule);
    expect(metricsFromRollup(rollup, ALL_OF_2026)).toEqual(direct);
    // Guard against a generator that never reaches the interesting cases.
    expect(direct.waits.unanswered).toBeGreaterThan(0);
    expect(direct.waits.dismissed).toBeGreaterThan(0);
    expect(direct.firstHumanResponse.count).toBeGreaterThan(0);
    expect(direct.volume.total.reopened).toBeGreaterThan(0);
    expect(direct.aiResolution.hits).toBeGreaterThan(0);
    expect(direct.aiResolution.total).toBeGreaterThan(direct.aiResolution.hits);
    expect(direct.aiResolution.pending).toBeGreaterThan(0);
    for (const w of ['within12h', 'within24h', 'shopWindow'] as const) {
      expect(direct.responseRate[w].hits).toBeGreaterThan(0);
      expect(direct.responseRate[w].total).toBeGreaterThan(direct.responseRate[w].hits);
    }
    expect(Math.min(direct.aiDrafts.sentAsIs, direct.aiDrafts.edited, direct.aiDrafts.discarded)).toBeGreaterThan(0);
    expect(direct.tickets.closure.hits).toBeGreaterThan(0);
    expect(direct.tickets.closure.total).toBeGreaterThan(direct.tickets.closure.hits);
    expect(direct.nps.ignored + direct.csat.ignored).toBeGreaterThan(0);
  });

  it('for every single day, in each shop’s zone', () => {
    for (let d = 1; d <= 31; d++) {
      const day = `2026-03-${String(d).padStart(2, '0')}`;
      const query = { from: day, to: day };
      expect(metricsFromRollup(rollup, query), day).toEqual(computeMetrics(input, query, now, withWeekendRule));
    }
  });

  it('for a shop, for markets, and for a week', () => {
    for (const query of [
      { ...ALL_OF_2026, shopIds: ['shop_us'] },
      { ...ALL_OF_2026, markets: ['ID', 'GB'] as const },
      { from: '2026-03-06', to: '2026-03-12', topQuestions: 3 },
    ]) {
      expect(metricsFromRollup(rollup, query)).toEqual(computeMetrics(input, query, now, withWeekendRule));
    }
  });

  it('when rollups of parts are merged', () => {
    const half = Math.floor(input.conversations!.length / 2);
    const parts = [
      rebuildRollup({ conversations: input.conversations!.slice(0, half) }, now, withWeekendRule),
      rebuildRollup({ conversations: input.conversations!.slice(half), surveys: input.surveys }, now, withWeekendRule),
      rebuildRollup({ tickets: input.tickets }, now, withWeekendRule),
    ];
    expect(mergeRollups(...parts)).toEqual(rollup);
  });

  it('with other seeds and other settings', () => {
    for (const seed of [1, 2, 3]) {
      const other = randomInput(seed, 120);
      expect(metricsFromRollup(rebuildRollup(other, now, settings), ALL_OF_2026)).toEqual(computeMetrics(other, ALL_OF_2026, now, settings));
    }
  });
});
