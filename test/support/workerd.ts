// Runs the Cloudflare entry (worker/index.ts) in workerd, against a real Postgres:
// the server of TEST_DATABASE_URL when set (a fresh database), else an in-memory PGlite served over the
// Postgres wire protocol. The Worker's driver (postgres.js) reaches either over TCP, as on Cloudflare.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { sql } from 'drizzle-orm';
import type { Db } from '../../worker/db/types';
import { openPglite, openPostgres } from '../../worker/node/databases';
import { Miniflare } from 'miniflare';
import { DIST, ROOT } from '../../scripts/lib/build';
import { freePort } from '../../scripts/bench/server-process';

export interface RunningWorker {
  url: string;
  database: 'postgres' | 'pglite';
  output(): string;
  /** The Worker's database, for arranging rows no route creates (shops arrive through TikTok OAuth). */
  db: Db;
  /** Fires the cron trigger, as Cloudflare would. */
  scheduled(): Promise<{ outcome: string }>;
  stop(): Promise<void>;
}


async function realDatabase(): Promise<{ url: string; kind: 'postgres' | 'pglite'; db: Db; close(): Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `askchat_workerd_${Date.now().toString(36)}`;
    const admin = await openPostgres(serverUrl, { migrate: false, max: 1 });
    await admin.db.execute(sql.raw(`create database "${name}"`));
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const migrated = await openPostgres(url.toString(), { max: 1 });
    return {
      url: url.toString(),
      kind: 'postgres',
      db: migrated.db,
      close: async () => {
        await migrated.close();
        await admin.db.execute(sql.raw(`drop database if exists "${name}" with (force)`));
        await admin.close();
      },
    };
  }
  const pglite = await openPglite();
  const port = await freePort();
  const server = new PGLiteSocketServer({ db: pglite.client, port, host: '127.0.0.1', maxConnections: 16 });
  await server.start();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    kind: 'pglite',
    db: pglite.db,
    close: async () => {
      await server.stop();
      await pglite.close();
    },
  };
}

/** Bundles worker/index.ts exactly as `wrangler deploy` would, into a temporary folder. */
function bundleWorker(): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'askchat-worker-bundle-'));
  const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/wrangler/bin/wrangler.js'), 'deploy', '--dry-run', '--outdir', out], {
    cwd: ROOT,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`wrangler deploy --dry-run failed:\n${run.stderr || run.stdout}`);
  return path.join(out, 'index.js');
}

/**
 * Starts the deployable bundle in workerd through Miniflare (the engine under `wrangler dev`), with the
 * static assets of dist/ in front of it as on Cloudflare. Miniflare directly rather than `wrangler dev`:
 * wrangler's dev proxy cannot forward scheduled (cron) events, which this test also triggers.
 */
export async function startWorkerd(): Promise<RunningWorker> {
  const database = await realDatabase();
  const scriptPath = bundleWorker();
  let output = '';
  const mf = new Miniflare({
    name: 'askchat',
    modules: true,
    scriptPath,
    modulesRoot: path.dirname(scriptPath),
    compatibilityDate: '2026-04-20',
    compatibilityFlags: ['nodejs_compat'],
    host: '127.0.0.1',
    port: 0,
    bindings: {
      DATABASE_URL: database.url,
      TIKTOK_APP_KEY: 'workerd-test-key',
      TIKTOK_APP_SECRET: 'workerd-test-secret',
      ENCRYPTION_KEYS: 'wk1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8',
      LOG_LEVEL: process.env.WORKER_LOG_LEVEL ?? 'warn',
    },
    assets: {
      directory: DIST,
      binding: 'ASSETS',
      routerConfig: { has_user_worker: true, invoke_user_worker_ahead_of_assets: false, static_routing: { user_worker: ['/api/*'] } },
      assetConfig: { not_found_handling: 'single-page-application' },
    },
    handleRuntimeStdio: (stdout: NodeJS.ReadableStream, stderr: NodeJS.ReadableStream) => {
      stdout.on("data", (d: Buffer) => (output += d));
      stderr.on("data", (d: Buffer) => (output += d));
    },
  });
  let ready: URL;
  try {
    ready = await mf.ready;
  } catch (error) {
    await database.close();
    throw new Error(`workerd did not start: ${(error as Error).message}\n${output.slice(-3000)}`);
  }
  const url = ready.toString().replace(/\/$/, '');
  return {
    url,
    database: database.kind,
    db: database.db,
    output: () => output,
    scheduled: async () => {
      const worker = await mf.getWorker('askchat'); // the user worker, not the assets router in front of it
      return worker.scheduled({ cron: '*/5 * * * *' });
    },
    stop: async () => {
      await mf.dispose();
      await database.close();
      fs.rmSync(path.dirname(scriptPath), { recursive: true, force: true });
    },
  };
}
