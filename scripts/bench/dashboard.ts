// The dashboard query on rollups (issue 8): rollup rows equivalent to ~1,000,000 messages over 90 days ×
// 8 shops (one per market) × 2 languages × the intents × 5 agents and "nobody", seeded directly with
// generate_series (this measures the query, not the seeding), then the dashboard's read
// (worker/metrics/query.ts, what GET /api/dashboard answers) for a 30-day period, all shops and one shop,
// 50 runs each. Needs the local Postgres (postgres://postgres@127.0.0.1:5432/test, a fresh database);
// skipped without it. Run alone: `npx tsx scripts/bench/dashboard.ts [--quick]`. The question keys are
// sealed after seeding, as the app stores them (docs/decisions/007), so the read pays for opening them.
import { spawnSync } from 'node:child_process';
import { sql } from 'drizzle-orm';
import { INTENTS } from '../../shared/intents';
import { MARKETS } from '../../shared/markets';
import { generateKeyEntry } from '../../worker/crypto/secret-box';
import { cipherOf } from '../../worker/db/sealed';
import { resultRows } from '../../worker/db/types';
import { closeProxies, openPostgresTcp } from '../../worker/node/databases';
import { dashboardMetrics } from '../../worker/metrics/query';
import { percentile, printFigure, round, type Figure } from './figures';

const ORG = 'org_bench_dashboard';
const DAYS = 90;
const AGENTS = 5;

export async function benchDashboard({ quick = false }: { quick?: boolean } = {}): Promise<Figure[]> {
  const base = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  if (spawnSync('pg_isready', ['-h', '127.0.0.1', '-p', '5432'], { encoding: 'utf8' }).status !== 0) {
    return [{ name: 'dashboard.query_p95', value: null, skipped: 'no Postgres on 127.0.0.1:5432' }];
  }
  const name = `askchat_bench_dash_${Date.now().toString(36)}`;
  const admin = await openPostgresTcp(base, { migrate: false, max: 1 });
  await admin.db.execute(sql.raw(`create database "${name}"`));
  await admin.close();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const { db, close } = await openPostgresTcp(url.toString(), { max: 2, keys: generateKeyEntry('bench') });
  const figures: Figure[] = [];
  try {
    await db.execute(sql`insert into organizations (id, name) values (${ORG}, 'Bench')`);
    const markets = `array[${MARKETS.map((m) => `'${m}'`).join(',')}]`;
    const intents = `array[${INTENTS.map((i) => `'${i}'`).join(',')}]`;
    const started = performance.now();
    // Per row ~11.6 buyer messages on average → 90 × 8 × 2 × |intents| × 6 rows ≈ 1,000,000 messages.
    await db.execute(
      sql.raw(`
      insert into metric_rollups (org_id, day, shop_id, market, language, intent, agent_id,
        conversations, reopened, buyer_messages, ai_replies, human_replies, handled, handed_off,
        waits_opened, response_count, response_ms, response_business_ms, first_response_count, first_response_ms, first_response_business_ms,
        human_response_count, human_response_ms, human_response_business_ms, within12h_met, within12h_missed, within24h_met, within24h_missed,
        shop_window_met, shop_window_missed, resolved, resolution_ms, resolution_business_ms, ai_resolved, ai_settled, ai_pending, questions)
      select '${ORG}', date '2026-01-01' + d, 'shop_bench' || s, (${markets})[s + 1], case l when 0 then 'en' else 'xx' || s end,
        (${intents})[i + 1], case a when 0 then '' else 'user_bench' || a end,
        n / 4, n / 20, n, n / 2, n / 3, (a > 0)::int * (n / 6), n / 8,
        n / 2, n / 2, n * 90000, n * 60000, n / 4, n * 45000, n * 30000,
        n / 6, n * 600000, n * 300000, n / 2, n / 40, n / 2, n / 80,
        n / 2, n / 40, n / 4, n * 3600000, n * 1800000, n / 6, n / 5, n / 50,
        case when a = 0 then jsonb_build_object('where is my order #', n, 'question ' || i || '-' || (d % 7), n / 2) else '{}'::jsonb end
      from generate_series(0, ${DAYS - 1}) d, generate_series(0, 7) s, generate_series(0, 1) l,
        generate_series(0, ${INTENTS.length - 1}) i, generate_series(0, ${AGENTS}) a,
        lateral (select (5 + ((d * 7 + s * 13 + l * 5 + i * 3 + a * 11) % 14))::int as n) x`),
    );
    // The distinct question keys sealed in JS, then swapped in by one statement.
    const keys = resultRows<{ k: string }>(await db.execute(sql`select distinct jsonb_object_keys(questions) as k from metric_rollups`)).map((r) => r.k);
    const map = Object.fromEntries(await Promise.all(keys.map(async (k) => [k, await cipherOf(db).sealFixed('key', k)])));
    await db.execute(sql`update metric_rollups set questions = (select jsonb_object_agg(${JSON.stringify(map)}::jsonb ->> e.key, e.value) from jsonb_each(questions) e) where questions <> '{}'::jsonb`);
    await db.execute(sql`analyze metric_rollups`);
    const [counted] = (await db.execute(sql`select count(*)::int as rows, sum(buyer_messages)::bigint as messages from metric_rollups`)) as unknown as { rows: number; messages: string }[];
    figures.push({ name: 'dashboard.seed_rows', value: counted!.rows, unit: 'rows', messages: Number(counted!.messages), rowsPerDay: Math.round(counted!.rows / DAYS), seedMs: round(performance.now() - started, 0) });

    const runs = quick ? 15 : 50;
    const period = { from: '2026-02-01', to: '2026-03-02' };
    for (const [label, query] of [
      ['all_shops', period],
      ['one_shop', { ...period, shopIds: ['shop_bench3'] }],
    ] as const) {
      await dashboardMetrics(db, ORG, query); // warm
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        await dashboardMetrics(db, ORG, query);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      figures.push({ name: `dashboard.${label}_30d_p50`, value: round(percentile(times, 50)), unit: 'ms', runs });
      figures.push({ name: `dashboard.${label}_30d_p95`, value: round(percentile(times, 95)), unit: 'ms', budget: 200, runs });
    }
  } finally {
    await close();
    const cleanup = await openPostgresTcp(base, { migrate: false, max: 1 });
    await cleanup.db.execute(sql.raw(`drop database if exists "${name}" with (force)`));
    await cleanup.close();
    await closeProxies();
  }
  return figures;
}


if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of await benchDashboard({ quick: process.argv.includes('--quick') })) printFigure(f);
}
