// Every conversation metric on hand-built histories. `measure` also checks that the rollup path agrees.
import { describe, expect, it } from 'vitest';
import { readHistory } from '../../../shared/metrics';
import {
  agent,
  ai,
  buyer,
  conversation,
  handoff,
  holding,
  HOUR,
  ID_SHOP,
  measure,
  MINUTE,
  resolved,
  SECOND,
  seller,
  system,
  US_SHOP,
  utc,
  withWeekendRule,
} from './histories';

/** A DurationStat of `count` durations summing to `ms` (wall clock) and `business` (business hours). */
const stat = (count: number, ms: number, business: number) => ({
  count,
  totalMs: ms,
  meanMs: count ? ms / count : null,
  totalBusinessMs: business,
  meanBusinessMs: count ? business / count : null,
});
const NONE = stat(0, 0, 0);
const LATER = utc('2026-12-01T00:00:00Z');

describe('first response, first human response and average response time', () => {
  // Jakarta is UTC+7: 15:00Z is 22:00 WIB. The shop is open 09:00–17:00 on weekdays.
  it('a buyer writing at night gets the holding message at once and an agent the next morning', () => {
    const m = measure(
      {
        conversations: [
          conversation(ID_SHOP, buyer('2026-03-03T15:00:00Z'), holding('2026-03-03T15:00:05Z'), agent('2026-03-04T02:30:00Z'), resolved('2026-03-04T03:00:00Z', 'u_ana')),
        ],
      },
      LATER,
    );
    // The holding message answers the wait: 5 s, none of it in business hours.
    expect(m.firstResponse).toEqual(stat(1, 5 * SECOND, 0));
    expect(m.response).toEqual(stat(1, 5 * SECOND, 0));
    // The person answered 11 h 30 min later, 30 min of it in business hours (09:00–09:30 WIB).
    expect(m.firstHumanResponse).toEqual(stat(1, 11.5 * HOUR, 30 * MINUTE));
    expect(m.humanResponse).toEqual(stat(1, 11.5 * HOUR, 30 * MINUTE));
    expect(m.waits).toEqual({ opened: 1, answered: 1, dismissed: 0, unanswered: 0 });
    expect(m.resolution).toEqual(stat(1, 12 * HOUR, 60 * MINUTE));
    expect(m.handoff).toEqual({ hits: 1, total: 1, rate: 1 });
    expect(m.aiResolution).toEqual({ hits: 0, total: 1, rate: 0, pending: 0 });
  });

  it('a buyer writing again after the holding message opens a second wait, but the person answers the first', () => {
    const m = measure(
      {
        conversations: [
          conversation(ID_SHOP, buyer('2026-03-03T15:00:00Z'), holding('2026-03-03T15:00:05Z'), buyer('2026-03-03T15:10:00Z', 'hello??'), agent('2026-03-04T02:30:00Z')),
        ],
      },
      LATER,
    );
    expect(m.firstResponse).toEqual(stat(1, 5 * SECOND, 0));
    // ART over both waits: 5 s and 11 h 20 min.
    expect(m.response).toEqual(stat(2, 5 * SECOND + 11 * HOUR + 20 * MINUTE, 30 * MINUTE));
    expect(m.response.meanMs).toBe(20_402_500);
    expect(m.firstHumanResponse).toEqual(stat(1, 11.5 * HOUR, 30 * MINUTE));
    expect(m.responseRate.within12h).toEqual({ hits: 2, total: 2, rate: 1 });
  });

  it('counts a weekend in business hours: Friday 16:00 to Monday 10:00 is 66 hours, 2 of them open', () => {
    const m = measure({ conversations: [conversation(ID_SHOP, buyer('2026-03-06T09:00:00Z'), agent('2026-03-09T03:00:00Z'))] }, LATER);
    expect(m.firstResponse).toEqual(stat(1, 66 * HOUR, 2 * HOUR));
    expect(m.firstHumanResponse).toEqual(stat(1, 66 * HOUR, 2 * HOUR));
    expect(m.responseRate).toEqual({
      within12h: { hits: 0, total: 1, rate: 0 },
      within24h: { hits: 0, total: 1, rate: 0 },
      shopWindow: { hits: 0, total: 1, rate: 0 },
    });
  });

  it('measures real time across the US spring-forward weekend (Friday 16:30 EST to Monday 09:30 EDT is 64 h)', () => {
    const m = measure({ conversations: [conversation(US_SHOP, buyer('2026-03-06T21:30:00Z'), agent('2026-03-09T13:30:00Z'))] }, LATER);
    expect(m.firstResponse).toEqual(stat(1, 64 * HOUR, 60 * MINUTE));
  });

  it('and across the fall-back weekend (Friday 16:30 EDT to Monday 09:30 EST is 66 h)', () => {
    const m = measure({ conversations: [conversation(US_SHOP, buyer('2026-10-30T20:30:00Z'), agent('2026-11-02T14:30:00Z'))] }, LATER);
    expect(m.firstResponse).toEqual(stat(1, 66 * HOUR, 60 * MINUTE));
  });

  it('ignores system messages: they neither answer a buyer nor open a wait', () => {
    const m = measure({ conversations: [conversation(ID_SHOP, buyer('2026-03-03T03:00:00Z'), system('2026-03-03T03:01:00Z'), ai('2026-03-03T03:02:00Z'))] }, LATER);
    expect(m.firstResponse).toEqual(stat(1, 2 * MINUTE, 2 * MINUTE));
    expect(m.volume.total.aiReplies).toBe(1);
  });

  it('starts the wait at the buyer’s first message after the shop wrote first', () => {
    const m = measure(
      { conversations: [conversation(ID_SHOP, seller('2026-03-03T02:00:00Z'), buyer('2026-03-03T03:00:00Z'), buyer('2026-03-03T03:05:00Z'), ai('2026-03-03T03:10:00Z'))] },
      LATER,
    );
    expect(m.firstResponse).toEqual(stat(1, 10 * MINUTE, 10 * MINUTE));
    // The seller's opening message is a reply in the volume, but handles no session (none was open).
    expect(m.volume.total).toEqual({ conversations: 1, reopened: 0, buyerMessages: 2, aiReplies: 1, humanReplies: 1, handled: 0 });
  });

  it('a wait AskChat answered itself has no human response; the next one a person answers is the first human response', () => {
    const m = measure(
      {
        conversations: [
          conversation(
            ID_SHOP,
            buyer('2026-03-03T03:00:00Z'),
            ai('2026-03-03T03:00:10Z'),
            buyer('2026-03-03T03:10:00Z', 'I want to talk to a person'),
            handoff('2026-03-03T03:10:02Z'),
            holding('2026-03-03T03:10:03Z'),
            agent('2026-03-03T03:40:00Z'),
            buyer('2026-03-03T03:45:00Z', 'ok and the refund?'),
            agent('2026-03-03T03:50:00Z', 'u_budi'),
          ),
        ],
      },
      LATER,
    );
    expect(m.firstResponse).toEqual(stat(1, 10 * SECOND, 10 * SECOND));
    expect(m.response).toEqual(stat(3, 10 * SECOND + 3 * SECOND + 5 * MINUTE, 10 * SECOND + 3 * SECOND + 5 * MINUTE));
    expect(m.firstHumanResponse).toEqual(stat(1, 30 * MINUTE, 30 * MINUTE));
    expect(m.humanResponse).toEqual(stat(2, 35 * MINUTE, 35 * MINUTE));
    expect(m.handoff).toEqual({ hits: 1, total: 1, rate: 1 });
    expect(m.volume.byAgent).toEqual({
      u_ana: { conversations: 0, reopened: 0, buyerMessages: 0, aiReplies: 0, humanReplies: 1, handled: 1 },
      u_budi: { conversations: 0, reopened: 0, buyerMessages: 0, aiReplies: 0, humanReplies: 1, handled: 1 },
    });
  });
});

describe('waits with no reply yet and the TikTok response rates', () => {
  const now = utc('2026-03-10T12:00:00Z');

  it('leaves out waits not yet due and counts waits open past their due time as missed', () => {
    const m = measure(
      {
        conversations: [
          conversation(ID_SHOP, buyer('2026-03-10T10:00:00Z')), // 2 h ago: due in neither window
          conversation(ID_SHOP, buyer('2026-03-09T23:00:00Z')), // 13 h ago: past 12 h, not 24 h
          conversation(ID_SHOP, buyer('2026-03-09T11:00:00Z')), // 25 h ago: past both
        ],
      },
      now,
    );
    expect(m.waits).toEqual({ opened: 3, answered: 0, dismissed: 0, unanswered: 3 });
    expect(m.firstResponse).toEqual(NONE);
    expect(m.responseRate).toEqual({
      within12h: { hits: 0, total: 2, rate: 0 },
      within24h: { hits: 0, total: 1, rate: 0 },
      shopWindow: { hits: 0, total: 2, rate: 0 }, // Indonesia: 12 h
    });
  });

  it('counts an answer exactly at the due time as met, and a wait exactly at its due time as not yet missed', () => {
    const m = measure(
      {
        conversations: [
          conversation(ID_SHOP, buyer('2026-03-09T12:00:00Z'), ai('2026-03-10T00:00:00Z')), // answered at 12 h
          conversation(ID_SHOP, buyer('2026-03-10T00:00:00Z')), // due now
          conversation(ID_SHOP, buyer('2026-03-09T23:59:59Z')), // due a second ago
        ],
      },
      now,
    );
    expect(m.responseRate.within12h).toEqual({ hits: 1, total: 2, rate: 0.5 });
  });

  it('uses the market’s window for the shop: 24 h in the US', () => {
    const m = measure({ conversations: [conversation(US_SHOP, buyer('2026-03-03T15:00:00Z'), agent('2026-03-04T05:00:00Z'))] }, now);
    expect(m.responseRate).toEqual({
      within12h: { hits: 0, total: 1, rate: 0 },
      within24h: { hits: 1, total: 1, rate: 1 },
      shopWindow: { hits: 1, total: 1, rate: 1 },
    });
  });

  it('applies the US weekend rule when the shop has it on: Saturday’s message is due Monday 12:00', () => {
    // Saturday 10:00 EST → Monday 11:00 EDT: 48 h, across the spring-forward night.
    const input = { conversations: [conversation(US_SHOP, buyer('2026-03-07T15:00:00Z'), agent('2026-03-09T15:00:00Z'))] };
    const missed = { hits: 0, total: 1, rate: 0 };
    const met = { hits: 1, total: 1, rate: 1 };
    expect(measure(input, now).responseRate).toEqual({ within12h: missed, within24h: missed, shopWindow: missed });
    expect(measure(input, now, undefined, withWeekendRule).responseRate).toEqual({ within12h: met, within24h: met, shopWindow: met });
    expect(measure(input, now).firstResponse).toEqual(stat(1, 48 * HOUR, 2 * HOUR));
  });

  it('a resolution with no reply dismisses the wait: left out if in time, missed if already overdue', () => {
    const m = measure(
      {
        conversations: [
          conversation(ID_SHOP, buyer('2026-03-03T03:00:00Z'), ai('2026-03-03T03:01:00Z'), buyer('2026-03-03T03:05:00Z', 'thanks!'), resolved('2026-03-03T04:00:00Z')),
          conversation(ID_SHOP, buyer('2026-03-04T03:00:00Z'), ai('2026-03-04T03:01:00Z'), buyer('2026-03-04T03:05:00Z', 'thanks!'), resolved('2026-03-04T16:00:00Z')),
        ],
      },
      now,
    );
    expect(m.waits).toEqual({ opened: 4, answered: 2, dismissed: 2, unanswered: 0 });
    expect(m.response).toEqual(stat(2, 2 * MINUTE, 2 * MINUTE));
    expect(m.responseRate.within12h).toEqual({ hits: 2, total: 3, rate: 2 / 3 });
    expect(m.responseRate.within24h).toEqual({ hits: 2, total: 2, rate: 1 });
  });
});

describe('resolution, reopening and the AI resolution rate', () => {
  it('a reopened conversation is a new session, and the first one is not an AI resolution', () => {
    const c = conversation(
      ID_SHOP,
      buyer('2026-03-03T03:00:00Z'),
      ai('2026-03-03T03:00:03Z'),
      resolved('2026-03-03T03:30:00Z'),
      buyer('2026-03-03T08:00:00Z', 'it still has not arrived'),
      ai('2026-03-03T08:00:02Z'),
      resolved('2026-03-03T08:10:00Z'),
    );
    const m = measure({ conversations: [c] }, LATER);
    expect(readHistory(c, LATER).sessions.map((s) => s.aiResolution)).toEqual(['reopened', 'ai_resolved']);
    expect(m.volume.total).toMatchObject({ conversations: 2, reopened: 1, buyerMessages: 2, aiReplies: 2 });
    expect(m.aiResolution).toEqual({ hits: 1, total: 2, rate: 0.5, pending: 0 });
    expect(m.resolution).toEqual(stat(2, 40 * MINUTE, 40 * MINUTE));
    expect(m.firstResponse).toEqual(stat(2, 5 * SECOND, 5 * SECOND));
    expect(m.handoff).toEqual({ hits: 0, total: 2, rate: 0 });
  });

  it('a buyer message exactly 48 h after the resolution reopens it; one a millisecond later does not', () => {
    const at48h = conversation(ID_SHOP, buyer('2026-03-03T03:00:00Z'), ai('2026-03-03T03:01:00Z'), resolved('2026-03-03T04:00:00Z'), buyer('2026-03-05T04:00:00Z'));
    const after = conversation(ID_SHOP, buyer('2026-03-03T03:00:00Z'), ai('2026-03-03T03:01:00Z'), resolved('2026-03-03T04:00:00Z'), buyer('2026-03-05T04:00:00.001Z'));
    expect(measure({ conversations: [at48h] }, LATER).aiResolution).toEqual({ hits: 0, total: 1, rate: 0, pending: 0 });
    expect(measure({ conversations: [after] }, LATER).aiResolution).toEqual({ hits: 1, total: 1, rate: 1, pending: 0 });
  });

  it('leaves out resolutions whose 48 h are not over, and counts them as pending', () => {
    const c = conversation(ID_SHOP, buyer('2026-03-03T03:00:00Z'), ai('2026-03-03T03:01:00Z'), resolved('2026-03-03T04:00:00Z'));
    expect(measure({ conversations: [c] }, utc('2026-03-05T04:00:00Z')).aiResolution).toEqual({ hits: 0, total: 0, rate: null, pending: 1 });
    expect(measure({ conversations: [c] }, utc('2026-03-05T04:00:00.001Z')).aiResolution).toEqual({ hits: 1, total: 1, rate: 1, pending: 0 });
  });

  it('a human reply makes it not an AI resolution; a hand-off nobody answered does not', () => {
    const m = measure(
      {
        conversations: [
          conversation(ID_SHOP, buyer('2026-03-03T03:00:00Z'), ai('2026-03-03T03:01:00Z'), seller('2026-03-03T03:02:00Z'), resolved('2026-03-03T04:00:00Z')),
          conversation(ID_SHOP, buyer('2026-03-03T03:00:00Z'), handoff('2026-03-03T03:00:01Z'), holding('2026-03-03T03:00:02Z'), resolved('2026-03-03T04:00:00Z')),
        ],
      },
      LATER,
    );
    expect(m.aiResolution).toEqual({ hits: 1, total: 2, rate: 0.5, pending: 0 });
    expect(m.handoff).toEqual({ hits: 2, total: 2, rate: 1 });
    // No human response in either: AskChat answered the first buyer before the seller wrote, and the
    // resolution dismissed the second buyer's wait for a person.
    expect(m.firstHumanResponse).toEqual(NONE);
  });

  it('measures resolution in business hours from the buyer’s first message', () => {
    // Friday 16:00 WIB to Monday 09:15 WIB: 65 h 15 min, 75 open minutes.
    const m = measure({ conversations: [conversation(ID_SHOP, buyer('2026-03-06T09:00:00Z'), ai('2026-03-06T09:00:02Z'), resolved('2026-03-09T02:15:00Z', 'u_ana'))] }, LATER);
    expect(m.resolution).toEqual(stat(1, 65 * HOUR + 15 * MINUTE, 75 * MINUTE));
  });

  it('ignores a second resolution with no buyer message in between', () => {
    const m = measure({ conversations: [conversation(ID_SHOP, buyer('2026-03-03T03:00:00Z'), ai('2026-03-03T03:01:00Z'), resolved('2026-03-03T04:00:00Z'), resolved('2026-03-03T05:00:00Z'))] }, LATER);
    expect(m.resolution.count).toBe(1);
    expect(m.aiResolution).toEqual({ hits: 1, total: 1, rate: 1, pending: 0 });
  });
});

describe('AI draft outcome', () => {
  const draft = 'Hi Anna, your order 5761 shipped on Monday and should arrive by Thursday.';

  it('sorts agent replies that had a draft into sent as is, edited and discarded; others are not counted', () => {
    const m = measure(
      {
        conversations: [
          conversation(
            ID_SHOP,
            buyer('2026-03-03T03:00:00Z'),
            agent('2026-03-03T03:01:00Z', 'u_ana', draft.toUpperCase(), draft),
            buyer('2026-03-03T03:02:00Z'),
            agent('2026-03-03T03:03:00Z', 'u_ana', draft.replace('Thursday', 'Friday'), draft),
            buyer('2026-03-03T03:04:00Z'),
            agent('2026-03-03T03:05:00Z', 'u_budi', 'I have asked the warehouse; I will write again tomorrow.', draft),
            agent('2026-03-03T03:06:00Z', 'u_budi', 'No draft here.'),
            agent('2026-03-03T03:07:00Z', 'u_budi', 'An empty draft is no draft.', '  '),
          ),
        ],
      },
      LATER,
    );
    expect(m.aiDrafts).toEqual({ sentAsIs: 1, edited: 1, discarded: 1, total: 3 });
  });
});

describe('volume and top questions', () => {
  const GB_SHOP = { shopId: 'shop_gb', market: 'GB' as const, language: null, intent: null };
  const input = {
    conversations: [
      conversation(ID_SHOP, buyer('2026-03-03T03:00:00Z', 'Where is my order 5761?'), ai('2026-03-03T03:00:02Z'), buyer('2026-03-03T03:05:00Z', 'where is my order 88 !!')),
      conversation(ID_SHOP, buyer('2026-03-03T04:00:00Z', 'WHERE IS MY ORDER'), agent('2026-03-03T04:10:00Z', 'u_ana')),
      conversation(US_SHOP, buyer('2026-03-03T15:00:00Z', 'I want a refund'), agent('2026-03-03T15:20:00Z', 'u_cole'), agent('2026-03-03T15:21:00Z', 'u_cole')),
      conversation(US_SHOP, buyer('2026-03-04T15:00:00Z', 'i want a refund.'), buyer('2026-03-04T15:00:01Z', '👍')),
      conversation(GB_SHOP, buyer('2026-03-04T10:00:00Z', 'hello')),
    ],
  };
  const vol = (conversations: number, buyerMessages: number, aiReplies: number, humanReplies: number, handled: number) => ({
    conversations,
    reopened: 0,
    buyerMessages,
    aiReplies,
    humanReplies,
    handled,
  });

  it('counts conversations, messages and replies by market, language, intent, shop and agent', () => {
    const m = measure(input, LATER);
    expect(m.volume).toEqual({
      total: vol(5, 7, 1, 3, 2),
      byMarket: { ID: vol(2, 3, 1, 1, 1), US: vol(2, 3, 0, 2, 1), GB: vol(1, 1, 0, 0, 0) },
      byLanguage: { id: vol(2, 3, 1, 1, 1), en: vol(2, 3, 0, 2, 1), unknown: vol(1, 1, 0, 0, 0) },
      byIntent: { order_status: vol(2, 3, 1, 1, 1), return_refund: vol(2, 3, 0, 2, 1), unknown: vol(1, 1, 0, 0, 0) },
      byShop: { shop_id: vol(2, 3, 1, 1, 1), shop_us: vol(2, 3, 0, 2, 1), shop_gb: vol(1, 1, 0, 0, 0) },
      byAgent: { u_ana: vol(0, 0, 0, 1, 1), u_cole: vol(0, 0, 0, 2, 1) },
      // Days in each shop's zone: Jakarta 10:00 and 11:00 and New York 10:00 on the 3rd; the rest on the 4th.
      byDay: { '2026-03-03': vol(3, 4, 1, 3, 2), '2026-03-04': vol(2, 3, 0, 0, 0) },
    });
  });

  it('lists the most frequent questions first, grouped by intent and normalised text', () => {
    expect(measure(input, LATER).topQuestions).toEqual([
      { intent: 'order_status', key: 'where is my order #', count: 2 },
      { intent: 'return_refund', key: 'i want a refund', count: 2 },
      { intent: 'order_status', key: 'where is my order', count: 1 },
      { intent: null, key: 'hello', count: 1 },
    ]);
    expect(measure(input, LATER, { from: '2026-03-01', to: '2026-03-31', topQuestions: 1 }).topQuestions).toHaveLength(1);
  });

  it('filters by shop and market', () => {
    expect(measure(input, LATER, { from: '2026-03-01', to: '2026-03-31', shopIds: ['shop_us'] }).volume.total).toEqual(vol(2, 3, 0, 2, 1));
    expect(measure(input, LATER, { from: '2026-03-01', to: '2026-03-31', markets: ['ID', 'GB'] }).volume.total).toEqual(vol(3, 4, 1, 1, 1));
  });

  it('puts each thing on its day in the shop’s zone', () => {
    // 2026-03-01T18:00Z is already 2 March in Jakarta; 2026-03-08T04:30Z is still 7 March in New York.
    const late = {
      conversations: [conversation(ID_SHOP, buyer('2026-03-01T18:00:00Z'), ai('2026-03-01T18:00:01Z')), conversation(US_SHOP, buyer('2026-03-08T04:30:00Z'))],
    };
    expect(measure(late, LATER, { from: '2026-03-01', to: '2026-03-01' }).volume.total.conversations).toBe(0);
    expect(measure(late, LATER, { from: '2026-03-02', to: '2026-03-02' }).volume.byShop).toEqual({ shop_id: vol(1, 1, 1, 0, 0) });
    expect(measure(late, LATER, { from: '2026-03-07', to: '2026-03-07' }).volume.byShop).toEqual({ shop_us: vol(1, 1, 0, 0, 0) });
    expect(measure(late, LATER, { from: '2026-03-08', to: '2026-03-08' }).volume.total.conversations).toBe(0);
  });

  it('counts nothing that happens after now', () => {
    const m = measure({ conversations: [conversation(ID_SHOP, buyer('2026-03-03T03:00:00Z'), ai('2026-03-03T05:00:00Z'))] }, utc('2026-03-03T04:00:00Z'));
    expect(m.waits).toEqual({ opened: 1, answered: 0, dismissed: 0, unanswered: 1 });
    expect(m.volume.total.aiReplies).toBe(0);
  });
});
