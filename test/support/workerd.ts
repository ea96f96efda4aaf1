// Runs the Cloudflare entry (worker/index.ts) in workerd through `wrangler dev`, against a real Postgres:
// the server of TEST_DATABASE_URL when set (a fresh database), else an in-memory PGlite served over the
// Postgres wire protocol. The Worker's Neon driver reaches either through the local WebSocket proxy.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { sql } from 'drizzle-orm';
import { openPglite, openPostgres } from '../../worker/node/databases';
import { startWsProxy } from '../../worker/node/ws-proxy';
import { ROOT } from '../../scripts/lib/build';

export interface RunningWorker {
  url: string;
  database: 'postgres' | 'pglite';
  output(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function realDatabase(): Promise<{ url: string; kind: 'postgres' | 'pglite'; close(): Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `askchat_workerd_${Date.now().toString(36)}`;
    const admin = await openPostgres(serverUrl, { migrate: false, max: 1 });
    await admin.db.execute(sql.raw(`create database "${name}"`));
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const migrated = await openPostgres(url.toString(), { max: 1 });
    await migrated.close();
    return {
      url: url.toString(),
      kind: 'postgres',
      close: async () => {
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
    close: async () => {
      await server.stop();
      await pglite.close();
    },
  };
}

export async function startWorkerd(): Promise<RunningWorker> {
  const database = await realDatabase();
  const target = new URL(database.url);
  const proxy = await startWsProxy({ host: target.hostname, port: Number(target.port || 5432) });
  const port = await freePort();
  const persist = fs.mkdtempSync(path.join(os.tmpdir(), 'askchat-wrangler-'));
  const vars = {
    DATABASE_URL: database.url,
    NEON_WS_PROXY: `127.0.0.1:${proxy.port}/v1`,
    TIKTOK_APP_KEY: 'workerd-test-key',
    TIKTOK_APP_SECRET: 'workerd-test-secret',
    LOG_LEVEL: 'warn',
  };
  const args = ['dev', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(await freePort()), '--persist-to', persist, '--show-interactive-dev-session=false', '--log-level', 'warn', '--test-scheduled'];
  for (const [key, value] of Object.entries(vars)) args.push('--var', `${key}:${value}`);
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'node_modules/wrangler/bin/wrangler.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));

  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
    await new Promise((r) => setTimeout(r, 300));
    await proxy.close();
    await database.close();
    fs.rmSync(persist, { recursive: true, force: true });
  };
  const started = Date.now();
  while (Date.now() - started < 60_000) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.status === 200) return { url, database: database.kind, output: () => output, stop };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`wrangler dev did not become healthy:\n${output.slice(-2000)}`);
}
