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
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { count, inArray, sql } from 'drizzle-orm';
import { webhookEvents } from '../../worker/db/schema';
import type { Db } from '../../worker/db/types';
import { closeProxies, openPglite, openPostgres } from '../../worker/node/databases';
import { percentile, round, type Figure } from './figures';
import { startServerProcess, type ServerProcess } from './server-process';

export const APP_KEY = 'bench-app-key';
export const APP_SECRET = 'bench-app-secret-0123456789abcdef';
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
  /** Requests still waiting for an answer when the run gave up waiting. */
  unanswered: number;
}

/**
 * Open-loop load: `rate` pushes a second for `seconds`, whatever the server's pace (a slow server shows as
 * growing latency, not as a slower sender). Requests are built and signed before the clock starts, and
 * written over keep-alive connections with HTTP/1.1 pipelining — a load generator as lean as wrk, so on a
 * two-core machine the server, not the generator, is what is measured. Loopback only.
 */
export async function runLoad(url: string, rate: number, seconds: number, options: { onTick?: (elapsedMs: number) => void; connections?: number } = {}): Promise<LoadStats> {
  const target = new URL(url);
  if (target.hostname !== '127.0.0.1' && target.hostname !== 'localhost') throw new Error('load goes to loopback only');
  const total = Math.round(rate * seconds);

  // 1. Build every request first: 5% bad signatures, 10% repeats of an earlier push, the rest new.
  type Planned = { id: string; kind: 'unique' | 'duplicate' | 'bad'; bytes: Buffer };
  const plan: Planned[] = [];
  const recent: Planned[] = [];
  const request = (raw: string, auth: string) =>
    Buffer.from(`POST /api/webhooks/tiktok HTTP/1.1\r\nHost: ${target.host}\r\nContent-Type: application/json\r\nAuthorization: ${auth}\r\nContent-Length: ${Buffer.byteLength(raw)}\r\n\r\n${raw}`);
  const now = Date.now();
  for (let i = 0; i < total; i++) {
    const roll = i % 20;
    if (roll === 7) {
      const { id, raw } = makePush(now);
      plan.push({ id, kind: 'bad', bytes: request(raw, sign(raw).replace(/^./, (c) => (c === '0' ? '1' : '0'))) });
    } else if ((roll === 3 || roll === 13) && recent.length) {
      plan.push({ ...recent[(i * 7919) % recent.length]!, kind: 'duplicate' });
    } else {
      const { id, raw } = makePush(now);
      const planned: Planned = { id, kind: 'unique', bytes: request(raw, sign(raw)) };
      plan.push(planned);
      recent.push(planned);
      if (recent.length > 2000) recent.shift();
    }
  }

  // 2. Send on schedule, read answers in order per connection.
  const stats: LoadStats = { sent: 0, acked: [], unique: [], bad: [], badRefused: 0, latencies: [], errors: 0, other: {}, elapsedMs: 0, unanswered: 0 };
  for (const p of plan) if (p.kind === 'unique') stats.unique.push(p.id);
  for (const p of plan) if (p.kind === 'bad') stats.bad.push(p.id);
  const sockets = await Promise.all(
    Array.from({ length: options.connections ?? 32 }, () => new Promise<net.Socket>((resolve, reject) => {
      const socket = net.connect(Number(target.port), target.hostname, () => resolve(socket));
      socket.setNoDelay(true);
      socket.once('error', reject);
    })),
  );
  const inFlight = sockets.map(() => [] as { p: Planned; t0: number }[]);
  let open = sockets.length;
  let finish!: () => void;
  const finished = new Promise<void>((r) => (finish = r));
  sockets.forEach((socket, n) => {
    let buffer = Buffer.alloc(0);
    const fail = () => {
      stats.errors += inFlight[n]!.length;
      inFlight[n]!.length = 0;
      if (--open === 0) finish();
    };
    socket.on('error', () => {});
    socket.on('close', fail);
    socket.on('data', (chunk) => {
      buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
      for (;;) {
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0) break;
        const head = buffer.subarray(0, end).toString('latin1');
        let bodyEnd: number;
        if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
          // Chunked body: walk the chunks to the zero-length one.
          let at = end + 4;
          let complete = false;
          for (;;) {
            const line = buffer.indexOf('\r\n', at);
            if (line < 0) break;
            const size = parseInt(buffer.subarray(at, line).toString('latin1'), 16);
            if (buffer.length < line + 2 + size + 2) break;
            at = line + 2 + size + 2;
            if (size === 0) {
              complete = true;
              break;
            }
          }
          if (!complete) break;
          bodyEnd = at;
        } else {
          bodyEnd = end + 4 + Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
          if (buffer.length < bodyEnd) break;
        }
        buffer = buffer.subarray(bodyEnd);
        const status = Number(head.slice(9, 12));
        const sent = inFlight[n]!.shift();
        if (!sent) {
          stats.other[-status] = (stats.other[-status] ?? 0) + 1; // an answer to nothing we sent (negative key)
          continue;
        }
        stats.latencies.push(performance.now() - sent.t0);
        if (status === 200 && sent.p.kind !== 'bad') stats.acked.push(sent.p.id);
        else if (status === 401 && sent.p.kind === 'bad') stats.badRefused++;
        else stats.other[status] = (stats.other[status] ?? 0) + 1;
      }
    });
  });
  const started = performance.now();
  let next = 0;
  while (next < plan.length) {
    const elapsed = performance.now() - started;
    options.onTick?.(elapsed);
    const due = Math.min(plan.length, Math.floor((elapsed * rate) / 1000) + 1);
    for (; next < due; next++) {
      // The connection with the fewest answers pending takes the next request; ties go round the ring, so
      // no connection sits idle long enough for the server's keep-alive timeout to close it under us.
      let best = next % sockets.length;
      for (let j = 1; j < sockets.length; j++) {
        const k = (next + j) % sockets.length;
        if (inFlight[k]!.length < inFlight[best]!.length) best = k;
      }
      const socket = sockets[best]!;
      if (socket.destroyed) {
        stats.errors++;
        stats.sent++;
        continue;
      }
      inFlight[best]!.push({ p: plan[next]!, t0: performance.now() });
      stats.sent++;
      socket.write(plan[next]!.bytes);
    }
    await new Promise((r) => setTimeout(r, 1));
  }
  // 3. Wait for the last answers (bounded), then close.
  const deadline = performance.now() + 30_000;
  while (inFlight.some((q) => q.length) && performance.now() < deadline && open > 0) await new Promise((r) => setTimeout(r, 10));
  stats.elapsedMs = performance.now() - started;
  stats.unanswered = inFlight.reduce((n, q) => n + q.length, 0);
  for (const socket of sockets) socket.end();
  if (open > 0) await Promise.race([finished, new Promise((r) => setTimeout(r, 2000))]);
  for (const socket of sockets) socket.destroy();
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
  return { achieved: round((s.latencies.length / s.elapsedMs) * 1000, 0), p50: round(percentile(sorted, 50), 2), p99: round(percentile(sorted, 99), 2) };
};

export async function benchWebhooks(options: { quick: boolean }): Promise<Figure[]> {
  const target = await makeTarget();
  const env = { ...target.env, TIKTOK_APP_KEY: APP_KEY, TIKTOK_APP_SECRET: APP_SECRET, SEED_DEMO: '0', LOG_LEVEL: 'error' };
  const figures: Figure[] = [];
  const sustainSeconds = options.quick ? 10 : 60;
  let server: ServerProcess | null = null;
  try {
    server = await startServerProcess(env);
    // 0. Warm-up (JIT, connection pool): its pushes count in the exactly-once check, not in the timings.
    const warmup = await runLoad(server.url, 500, 3);
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
      unanswered: sustained.unanswered,
      unexpectedStatuses: sustained.other,
      database: target.kind,
      serverErrors: server.log().split('\n').filter((l) => l.includes('"level":"error"')).slice(0, 2).map((l) => (JSON.parse(l) as { cause?: string; error?: string }).cause ?? l.slice(0, 300)),
    });
    await server.stop();
    server = null;

    // 3. Exactly once: every unique push stored once, every bad one refused and absent.
    const opened = await target.open();
    const unique = [...warmup.unique, ...steady.unique, ...sustained.unique];
    const bad = [...warmup.bad, ...steady.bad, ...sustained.bad];
    const stored = await countStored(opened.db, unique);
    const acked = [...new Set([...warmup.acked, ...steady.acked, ...sustained.acked])];
    const ackedStored = await countStored(opened.db, acked);
    const storedBad = await countStored(opened.db, bad);
    const rows = await totalRows(opened.db);
    await opened.close();
    figures.push({
      name: 'webhooks.stored_exactly_once',
      value: stored === unique.length && rows === unique.length ? 1 : 0,
      uniqueSent: unique.length,
      uniqueStored: stored,
      acknowledged: acked.length,
      acknowledgedStored: ackedStored,
      unanswered: warmup.unanswered + steady.unanswered + sustained.unanswered,
      otherStatuses: { warmup: warmup.other, steady: steady.other, sustained: sustained.other },
      errors: warmup.errors + steady.errors + sustained.errors,
      rowsInTable: rows,
      duplicatesSent: warmup.sent + steady.sent + sustained.sent - unique.length - bad.length,
      badSent: bad.length,
      badRefused: warmup.badRefused + steady.badRefused + sustained.badRefused,
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
