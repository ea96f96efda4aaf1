// The dashboard's figures from the rollups: one grouped read of the period's rows (the primary key leads
// with org_id, day) summed per shop × market × language × intent × agent, one read of the buyer
// questions, then metricsFromRollup — the same function the tests hold to the direct computation.
import { and, asc, between, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Intent } from '../../shared/intents';
import type { Language, Market } from '../../shared/markets';
import { COUNTERS, metricsFromRollup, VOLUME_FIELDS, type Counter, type DashboardMetrics, type RollupRow, type Volume } from '../../shared/metrics';
import { metricRollups } from '../db/schema';
import type { Queryable } from '../db/types';

export interface DashboardQuery {
  from: string;
  to: string;
  /** Undefined: every shop of the organisation. */
  shopIds?: readonly string[];
  markets?: readonly string[];
  topQuestions?: number;
}

function where(orgId: string, q: DashboardQuery): SQL {
  return and(
    eq(metricRollups.orgId, orgId),
    between(metricRollups.day, q.from, q.to),
    q.shopIds ? (q.shopIds.length ? inArray(metricRollups.shopId, [...q.shopIds]) : sql`false`) : undefined,
    q.markets ? (q.markets.length ? inArray(metricRollups.market, [...q.markets]) : sql`false`) : undefined,
  )!;
}

const dims = { shopId: metricRollups.shopId, market: metricRollups.market, language: metricRollups.language, intent: metricRollups.intent, agentId: metricRollups.agentId };

/** The period's rows, summed over the days (the day is kept as `from`: metricsFromRollup only filters on it). */
export async function periodRollup(db: Queryable, orgId: string, q: DashboardQuery): Promise<RollupRow[]> {
  const sums = Object.fromEntries(COUNTERS.map((c) => [c, sql<number>`sum(${metricRollups[c]})::float8`.mapWith(Number)])) as Record<Counter, SQL.Aliased<number> | SQL<number>>;
  const rowsQuery = db
    .select({ ...dims, ...sums })
    .from(metricRollups)
    .where(where(orgId, q))
    .groupBy(metricRollups.shopId, metricRollups.market, metricRollups.language, metricRollups.intent, metricRollups.agentId);
  const questionsQuery = db
    .select({ intent: metricRollups.intent, key: sql<string>`q.key`, n: sql<number>`sum(q.value::bigint)::float8`.mapWith(Number) })
    .from(metricRollups)
    .innerJoin(sql`lateral jsonb_each_text(${metricRollups.questions}) as q(key, value)`, sql`true`)
    .where(and(where(orgId, q), sql`${metricRollups.questions} <> '{}'::jsonb`))
    .groupBy(metricRollups.intent, sql`q.key`)
    .orderBy(asc(metricRollups.intent));
  // Two reads at once (a pool runs them side by side; a single connection one after the other).
  const [rows, questions] = await Promise.all([rowsQuery, questionsQuery]);
  const out: RollupRow[] = rows.map((r) => {
    const counts: Partial<Record<Counter, number>> = {};
    for (const c of COUNTERS) {
      const n = (r as unknown as Record<Counter, number>)[c];
      if (n) counts[c] = n;
    }
    return { key: { day: q.from, shopId: r.shopId, market: r.market as Market, language: (r.language || null) as Language | null, intent: (r.intent || null) as Intent | null, agentId: r.agentId || null }, counts };
  });
  const byIntent = new Map<string, Record<string, number>>();
  for (const x of questions) {
    const m = byIntent.get(x.intent) ?? {};
    m[x.key] = (m[x.key] ?? 0) + x.n; // the same question under two keys while a key rotation runs
    byIntent.set(x.intent, m);
  }
  for (const [intent, qs] of byIntent) {
    out.push({ key: { day: q.from, shopId: '', market: 'US', language: null, intent: (intent || null) as Intent | null, agentId: null }, counts: {}, questions: qs });
  }
  return out;
}

/** The volume per day of the period (periodRollup sums the days away). */
async function volumeByDay(db: Queryable, orgId: string, q: DashboardQuery): Promise<Record<string, Volume>> {
  const sums = Object.fromEntries(VOLUME_FIELDS.map((f) => [f, sql<number>`sum(${metricRollups[f]})::float8`.mapWith(Number)]));
  const rows = await db.select({ day: metricRollups.day, ...sums }).from(metricRollups).where(where(orgId, q)).groupBy(metricRollups.day);
  const out: Record<string, Volume> = {};
  for (const r of rows as unknown as ({ day: string } & Volume)[]) {
    if (VOLUME_FIELDS.some((f) => r[f])) out[r.day] = Object.fromEntries(VOLUME_FIELDS.map((f) => [f, r[f] ?? 0])) as unknown as Volume;
  }
  return out;
}

export async function dashboardMetrics(db: Queryable, orgId: string, q: DashboardQuery): Promise<DashboardMetrics> {
  const [rows, byDay] = await Promise.all([periodRollup(db, orgId, q), volumeByDay(db, orgId, q)]);
  // Already limited to the shops and markets in SQL.
  const metrics = metricsFromRollup(rows, { from: q.from, to: q.to, ...(q.topQuestions ? { topQuestions: q.topQuestions } : {}) });
  return { ...metrics, volume: { ...metrics.volume, byDay } };
}

export const CSV_FIGURES = [
  'conversations',
  'reopened',
  'buyerMessages',
  'aiReplies',
  'humanReplies',
  'handled',
  'handedOff',
  'firstResponseCount',
  'firstResponseMs',
  'responseCount',
  'responseMs',
  'resolved',
  'resolutionMs',
  'aiResolved',
  'aiSettled',
  'within12hMet',
  'within12hMissed',
  'within24hMet',
  'within24hMissed',
] as const satisfies readonly Counter[];

const csvCell = (v: string | number) => {
  const s = String(v);
  return /[",\n\r]/.test(s) || /^[=+\-@]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The period's volume by day × shop × market × language × intent, with the main figures (agents summed). */
export async function dashboardCsv(db: Queryable, orgId: string, q: DashboardQuery): Promise<string> {
  const sums = Object.fromEntries(CSV_FIGURES.map((c) => [c, sql<number>`sum(${metricRollups[c]})::float8`.mapWith(Number)]));
  const rows = (await db
    .select({ day: metricRollups.day, shopId: metricRollups.shopId, market: metricRollups.market, language: metricRollups.language, intent: metricRollups.intent, ...sums })
    .from(metricRollups)
    .where(where(orgId, q))
    .groupBy(metricRollups.day, metricRollups.shopId, metricRollups.market, metricRollups.language, metricRollups.intent)
    .orderBy(asc(metricRollups.day), asc(metricRollups.shopId), asc(metricRollups.market), asc(metricRollups.language), asc(metricRollups.intent))) as unknown as Record<string, string | number>[];
  const header = ['day', 'shop_id', 'market', 'language', 'intent', ...CSV_FIGURES.map((c) => c.replace(/[A-Z]/g, (x) => `_${x.toLowerCase()}`))];
  const lines = [header.join(',')];
  for (const r of rows) {
    lines.push([r['day']!, r['shopId']!, r['market']!, r['language'] || 'unknown', r['intent'] || 'unknown', ...CSV_FIGURES.map((c) => r[c] ?? 0)].map(csvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
