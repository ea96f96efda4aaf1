// Webhook ingestion under load (issue 4): `npm start`'s server on a real Postgres (the server on
// 127.0.0.1:5432 when it answers, in a fresh database; else PGlite), fed signed TikTok pushes from this
// process over loopback only, with 10% duplicates and 5% bad signatures. Then a count proves every unique
// event was stored exactly once and every bad one refused. Finally the server is killed with SIGKILL in
// the middle of a load and started again: every push it had acknowledged must be in the database.
//
// The pushes are for a shop no organisation connected, so processing after the acknowledgement is the
// cheap path (claim, match nothing, set aside); the acknowledgement path is the real one.
import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { count, inArray, sql } from 'drizzle-orm';
import { webhookEvents } from '../../worker/db/schema';
import type { Db } from '../../worker/db/types';
import { closeProxies, openPglite, openPostgres } from '../../worker/node/databases';
import { percentile, round, type Figure } from './figures';
import { startServerProcess, type ServerProcess } from './server-process';

const APP_KEY = 'bench-app-key';
const APP_SECRET = 'bench-app-secret-0123456789abcdef';
const SHOP_ID = '7999999999999999999';

interface Target {
  kind: 'postgres' | 'pglite';
  env: Record<string, string>;
  open(): Promise<{ db: Db; close(): Promise<void> }>;
  cleanup(): Promise<void>;
}

function pgAnswers(): boolean {
  return spawnSync('pg_isready', ['-h', '127.0.0.1', '-p', '5432'], { encoding: 'utf8' }).status === 0;
}

async function makeTarget(): Promise<Target> {
  const base = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  if (pgAnswers()) {
    const name = `askchat_bench_${Date.now().toString(36)}`;
    const admin = await openPostgres(base, { migrate: false, max: 1 });
    await admin.db.execute(sql.raw(`create database "${name}"`));
    await admin.close();
    const url = new URL(base);
    url.pathname = `/${name}`;
    return {
      kind: 'postgres',
      env: { DATABASE_URL: url.toString() },
      open: async () => openPostgres(url.toString(), { max: 2 }),
      cleanup: async () => {
        const cleanup = await openPostgres(base, { migrate: false, max: 1 });
        await cleanup.db.execute(sql.raw(`drop database if exists "${name}" with (force)`));
        await cleanup.close();
        await closeProxies();
      },
    };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'askchat-bench-hooks-'));
  return {
    kind: 'pglite',
    env: { DATA_DIR: dataDir },
    open: () => openPglite(path.join(dataDir, 'pglite')), // only while the server is stopped: PGlite is single-process
    cleanup: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}

let serial = 0;
function makePush(now: number): { id: string; raw: string } {
  const id = `75${now}${String(++serial).padStart(8, '0')}`;
  const raw = JSON.stringify({
    type: 14,
    tts_notification_id: id,
    shop_id: SHOP_ID,
    timestamp: Math.floor(now / 1000),
    data: { conversation_id: '7106888323922608389', message_id: id, index: id, type: 'TEXT', content: '{"content":"Where is my parcel?"}', create_time: Math.floor(now / 1000), is_visible: true, sender: { im_user_id: '7494560109732334261', role: 'BUYER' } },
  });
  return { id, raw };
}

const sign = (raw: string) => createHmac('sha256', APP_SECRET).update(APP_KEY + raw).digest('hex');

interface LoadStats {
  sent: number;
  acked: string[]; // notification ids answered 200 (unique and duplicate sends)
  unique: string[]; // ids of correctly signed first sends
  bad: string[]; // ids sent only with a bad signature
  badRefused: number;
  latencies: number[];
  errors: number;
  other: Record<number, number>;
  elapsedMs: number;
}

/** Open-loop load: `rate` pushes a second for `seconds`, never more than `maxInFlight` outstanding. */
async function runLoad(url: string, rate: number, seconds: number, options: { onTick?: (elapsedMs: number) => void } = {}): Promise<LoadStats> {
  const target = new URL(url);
  if (target.hostname !== '127.0.0.1' && target.hostname !== 'localhost') throw new Error('load goes to loopback only');
  const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });
  const stats: LoadStats = { sent: 0, acked: [], unique: [], bad: [], badRefused: 0, latencies: [], errors: 0, other: {}, elapsedMs: 0 };
  const recent: { id: string; raw: string; auth: string }[] = [];
  const total = Math.round(rate * seconds);
  const started = performance.now();
  let inFlight = 0;
  const maxInFlight = 1024;
  const done: Promise<void>[] = [];

  const send = (id: string, raw: string, auth: string, kind: 'unique' | 'duplicate' | 'bad') =>
    new Promise<void>((resolve) => {
      inFlight++;
      stats.sent++;
      const t0 = performance.now();
      const req = http.request(
        { host: target.hostname, port: target.port, path: '/api/webhooks/tiktok', method: 'POST', agent, headers: { 'content-type': 'application/json', authorization: auth, 'content-length': Buffer.byteLength(raw) } },
        (res) => {
          res.resume();
          res.on('end', () => {
            inFlight--;
            stats.latencies.push(performance.now() - t0);
            if (res.statusCode === 200 && kind !== 'bad') stats.acked.push(id);
            else if (res.statusCode === 401 && kind === 'bad') stats.badRefused++;
            else stats.other[res.statusCode!] = (stats.other[res.statusCode!] ?? 0) + 1;
            resolve();
          });
        },
      );
      req.on('error', () => {
        inFlight--;
        stats.errors++;
        resolve();
      });
      req.end(raw);
    });

  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    while (inFlight >= maxInFlight) await new Promise((r) => setImmediate(r));
    options.onTick?.(performance.now() - started);
    const roll = i % 20; // 1 in 20 bad (5%), 2 in 20 duplicates (10%), the rest new
    if (roll === 7) {
      const { id, raw } = makePush(Date.now());
      stats.bad.push(id);
      done.push(send(id, raw, sign(raw).replace(/^./, (c) => (c === '0' ? '1' : '0')), 'bad'));
    } else if ((roll === 3 || roll === 13) && recent.length) {
      const again = recent[(i * 7919) % recent.length]!;
      done.push(send(again.id, again.raw, again.auth, 'duplicate'));
    } else {
      const { id, raw } = makePush(Date.now());
      const auth = sign(raw);
      stats.unique.push(id);
      recent.push({ id, raw, auth });
      if (recent.length > 2000) recent.shift();
      done.push(send(id, raw, auth, 'unique'));
    }
  }
  await Promise.all(done);
  stats.elapsedMs = performance.now() - started;
  agent.destroy();
  return stats;
}

async function countStored(db: Db, ids: string[]): Promise<number> {
  let n = 0;
  for (let i = 0; i < ids.length; i += 5000) {
    const [row] = await db.select({ n: count() }).from(webhookEvents).where(inArray(webhookEvents.notificationKey, ids.slice(i, i + 5000)));
    n += Number(row!.n);
  }
  return n;
}

async function totalRows(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(webhookEvents);
  return Number(row!.n);
}

const summary = (s: LoadStats) => {
  const sorted = [...s.latencies].sort((a, b) => a - b);
  return { achieved: round((s.sent / s.elapsedMs) * 1000, 0), p50: round(percentile(sorted, 50), 2), p99: round(percentile(sorted, 99), 2) };
};

export async function benchWebhooks(options: { quick: boolean }): Promise<Figure[]> {
  const target = await makeTarget();
  const env = { ...target.env, TIKTOK_APP_KEY: APP_KEY, TIKTOK_APP_SECRET: APP_SECRET, SEED_DEMO: '0', LOG_LEVEL: 'error' };
  const figures: Figure[] = [];
  const sustainSeconds = options.quick ? 10 : 60;
  let server: ServerProcess | null = null;
  try {
    server = await startServerProcess(env);
    // 1. p99 acknowledgement at a steady 1,000 pushes/s.
    const steady = await runLoad(server.url, 1000, options.quick ? 5 : 20);
    const s1 = summary(steady);
    figures.push({ name: 'webhooks.ack_p99_ms_at_1000rps', value: s1.p99, unit: 'ms', budget: 25, p50: s1.p50, achievedRps: s1.achieved, database: target.kind });
    // 2. Sustained 3,000 pushes/s.
    const sustained = await runLoad(server.url, 3000, sustainSeconds);
    const s2 = summary(sustained);
    figures.push({
      name: 'webhooks.sustained_rps',
      value: s2.achieved,
      unit: 'req/s',
      target: 3000,
      seconds: sustainSeconds,
      p50: s2.p50,
      p99: s2.p99,
      errors: sustained.errors,
      unexpectedStatuses: sustained.other,
      database: target.kind,
    });
    await server.stop();
    server = null;

    // 3. Exactly once: every unique push stored once, every bad one refused and absent.
    const opened = await target.open();
    const unique = [...steady.unique, ...sustained.unique];
    const bad = [...steady.bad, ...sustained.bad];
    const stored = await countStored(opened.db, unique);
    const storedBad = await countStored(opened.db, bad);
    const rows = await totalRows(opened.db);
    await opened.close();
    figures.push({
      name: 'webhooks.stored_exactly_once',
      value: stored === unique.length && rows === unique.length ? 1 : 0,
      uniqueSent: unique.length,
      uniqueStored: stored,
      rowsInTable: rows,
      duplicatesSent: steady.sent + sustained.sent - unique.length - bad.length,
      badSent: bad.length,
      badRefused: steady.badRefused + sustained.badRefused,
      badStored: storedBad,
    });

    // 4. SIGKILL in the middle of a load, start again: nothing acknowledged is lost.
    server = await startServerProcess(env);
    const victim = server;
    let killed = false;
    const load = runLoad(victim.url, 1000, 6, {
      onTick: (ms) => {
        if (!killed && ms > 3000) {
          killed = true;
          victim.child.kill('SIGKILL');
        }
      },
    });
    const crashed = await load;
    await new Promise((r) => victim.child.exitCode !== null || victim.child.signalCode !== null ? r(null) : victim.child.once('exit', r));
    server = await startServerProcess(env);
    await server.stop();
    server = null;
    const reopened = await target.open();
    const ackedUnique = [...new Set(crashed.acked)];
    const survived = await countStored(reopened.db, ackedUnique);
    await reopened.close();
    figures.push({
      name: 'webhooks.acknowledged_survive_sigkill',
      value: survived === ackedUnique.length ? 1 : 0,
      acknowledgedBeforeKill: ackedUnique.length,
      foundAfterRestart: survived,
      refusedByDeadServer: crashed.errors,
      database: target.kind,
    });
    return figures;
  } finally {
    if (server) await server.stop();
    await target.cleanup();
  }
}

// Run on its own: npx tsx scripts/bench/webhooks.ts [--quick]
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of await benchWebhooks({ quick: process.argv.includes('--quick') })) console.log(JSON.stringify(f));
}
