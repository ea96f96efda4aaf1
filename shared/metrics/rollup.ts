// Pre-aggregated counters for the dashboard. A row holds sums and counts under one key (day in the shop's
// zone, shop, market, language, intent, agent); an increment has the same shape, so the server adds it to
// the stored row (`counter = counter + excluded.counter`) and merging rollups is adding rows. Averages
// are sum / count, rates hits / total, NPS and CSAT come from their counts: every metric can be derived
// from any set of rows, for any period of whole days and any shops or markets.
//
// Some increments are negative: a reopened ticket takes back its close, a reopened or confirmed AI
// resolution leaves `aiPending`. They are still additive. Volume counters never go down.
import type { Intent } from '../intents';
import type { Language, Market } from '../markets';
import { createQuestionTally, createVolumeTally, DEFAULT_TOP_QUESTIONS, VOLUME_FIELDS } from './aggregate';
import { durationStat, rate, RATE_WINDOWS } from './definitions';
import { csatFromCounts, npsFromCounts } from './survey';
import type { DashboardMetrics, MetricsQuery } from './types';

export const COUNTERS = [
  // volume
  'conversations',
  'reopened',
  'buyerMessages',
  'aiReplies',
  'humanReplies',
  'handled',
  'handedOff',
  // waits (keyed by the day the wait opened; response times by the person who answered)
  'waitsOpened',
  'waitsDismissed',
  'responseCount',
  'responseMs',
  'responseBusinessMs',
  'firstResponseCount',
  'firstResponseMs',
  'firstResponseBusinessMs',
  'humanResponseCount',
  'humanResponseMs',
  'humanResponseBusinessMs',
  'firstHumanResponseCount',
  'firstHumanResponseMs',
  'firstHumanResponseBusinessMs',
  'within12hMet',
  'within12hMissed',
  'within24hMet',
  'within24hMissed',
  'shopWindowMet',
  'shopWindowMissed',
  // resolutions (keyed by the day of the resolution)
  'resolved',
  'resolutionMs',
  'resolutionBusinessMs',
  'aiResolved',
  'aiSettled',
  'aiPending',
  // AI drafts (keyed by the day of the agent's reply)
  'draftsSentAsIs',
  'draftsEdited',
  'draftsDiscarded',
  // tickets (keyed by the day the ticket opened)
  'ticketsOpened',
  'ticketsClosed',
  'ticketCloseMs',
  'ticketCloseBusinessMs',
  // surveys (keyed by the day of the answer)
  'npsPromoters',
  'npsPassives',
  'npsDetractors',
  'npsIgnored',
  'csatSatisfied',
  'csatRated',
  'csatIgnored',
] as const;
export type Counter = (typeof COUNTERS)[number];
export type RollupCounts = Partial<Record<Counter, number>>;

export interface RollupKey {
  /** 'YYYY-MM-DD' in the shop's zone. */
  day: string;
  shopId: string;
  market: Market;
  language: Language | null;
  intent: Intent | null;
  /** The person a count belongs to (who replied, resolved, owns the ticket…); null for the rest. */
  agentId: string | null;
}

/** A row of the rollup, and an increment to one: counters and buyer-question counts (normalised key → n). */
export interface RollupRow {
  key: RollupKey;
  counts: RollupCounts;
  questions?: Record<string, number>;
}

export function rollupKeyId(k: RollupKey): string {
  return JSON.stringify([k.day, k.shopId, k.market, k.language, k.intent, k.agentId]);
}

/** Adds rows with the same key; the result is sorted by key. Inputs are left alone. */
export function mergeRollups(...rollups: readonly (readonly RollupRow[])[]): RollupRow[] {
  const rows = new Map<string, RollupRow>();
  for (const list of rollups) {
    for (const r of list) {
      const id = rollupKeyId(r.key);
      let row = rows.get(id);
      if (!row) rows.set(id, (row = { key: { ...r.key }, counts: {} }));
      for (const [c, n] of Object.entries(r.counts) as [Counter, number][]) row.counts[c] = (row.counts[c] ?? 0) + n;
      for (const [q, n] of Object.entries(r.questions ?? {})) {
        row.questions ??= {};
        row.questions[q] = (row.questions[q] ?? 0) + n;
      }
    }
  }
  return [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
}

/** The dashboard's metrics from rollup rows: the rows on the period's days, for the query's shops and markets. */
export function metricsFromRollup(rows: readonly RollupRow[], query: MetricsQuery): DashboardMetrics {
  const sum: Record<Counter, number> = Object.fromEntries(COUNTERS.map((c) => [c, 0])) as Record<Counter, number>;
  const volume = createVolumeTally();
  const questions = createQuestionTally();
  for (const { key, counts, questions: qs } of rows) {
    if (key.day < query.from || key.day > query.to) continue;
    if ((query.shopIds && !query.shopIds.includes(key.shopId)) || (query.markets && !query.markets.includes(key.market))) continue;
    for (const [c, n] of Object.entries(counts) as [Counter, number][]) sum[c] += n;
    for (const f of VOLUME_FIELDS) volume.add(key, key.day, key.agentId, f, counts[f] ?? 0);
    for (const [q, n] of Object.entries(qs ?? {})) questions.add(key.intent, q, n);
  }
  const windowRate = (w: (typeof RATE_WINDOWS)[number]) => rate(sum[`${w}Met`], sum[`${w}Met`] + sum[`${w}Missed`]);
  return {
    period: { from: query.from, to: query.to },
    firstResponse: durationStat(sum.firstResponseCount, sum.firstResponseMs, sum.firstResponseBusinessMs),
    firstHumanResponse: durationStat(sum.firstHumanResponseCount, sum.firstHumanResponseMs, sum.firstHumanResponseBusinessMs),
    response: durationStat(sum.responseCount, sum.responseMs, sum.responseBusinessMs),
    humanResponse: durationStat(sum.humanResponseCount, sum.humanResponseMs, sum.humanResponseBusinessMs),
    waits: {
      opened: sum.waitsOpened,
      answered: sum.responseCount,
      dismissed: sum.waitsDismissed,
      unanswered: sum.waitsOpened - sum.responseCount - sum.waitsDismissed,
    },
    responseRate: { within12h: windowRate('within12h'), within24h: windowRate('within24h'), shopWindow: windowRate('shopWindow') },
    resolution: durationStat(sum.resolved, sum.resolutionMs, sum.resolutionBusinessMs),
    aiResolution: { ...rate(sum.aiResolved, sum.aiSettled), pending: sum.aiPending },
    handoff: rate(sum.handedOff, sum.conversations),
    aiDrafts: {
      sentAsIs: sum.draftsSentAsIs,
      edited: sum.draftsEdited,
      discarded: sum.draftsDiscarded,
      total: sum.draftsSentAsIs + sum.draftsEdited + sum.draftsDiscarded,
    },
    tickets: {
      closure: rate(sum.ticketsClosed, sum.ticketsOpened),
      timeToClose: durationStat(sum.ticketsClosed, sum.ticketCloseMs, sum.ticketCloseBusinessMs),
    },
    volume: volume.result(),
    topQuestions: questions.top(query.topQuestions ?? DEFAULT_TOP_QUESTIONS),
    nps: npsFromCounts(sum.npsPromoters, sum.npsPassives, sum.npsDetractors, sum.npsIgnored),
    csat: csatFromCounts(sum.csatSatisfied, sum.csatRated, sum.csatIgnored),
  };
}
