// Node-side database opening: PGlite under a data folder (the default for `npm start` and the tests), or
// any Postgres with postgres.js (the Worker's driver) when DATABASE_URL is set; Neon's WebSocket driver for
// `npm run db:migrate` and test-database housekeeping. Migrations run here. Given the ENCRYPTION_KEYS
// keyring, the app's handle seals buyers' data at rest (worker/db/sealed.ts); without it a write of a
// sealed column fails, so a handle opened for housekeeping can never store plaintext by mistake.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { neonConfig, Pool } from '@neondatabase/serverless';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNeon } from 'drizzle-orm/neon-serverless';
import { migrate as migrateNeon } from 'drizzle-orm/neon-serverless/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgresJs } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgresJs } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import WebSocket from 'ws';
import { createDataCipher } from '../crypto/data-cipher';
import * as schema from '../db/schema';
import { sealingPostgres } from '../db/sealed-postgres-js';
import type { Db } from '../db/types';
import { sealingPglite } from './sealed-pglite';
import { startWsProxy, type WsProxy } from './ws-proxy';

export const MIGRATIONS_FOLDER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../db/migrations');

export interface OpenDatabase {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

/** PGlite in `dataDir`, or in memory when no folder is given (tests); `keys`: ENCRYPTION_KEYS. */
export async function openPglite(dataDir?: string, keys?: string): Promise<OpenDatabase & { client: PGlite }> {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const client = dataDir ? new PGlite(dataDir) : new PGlite();
  await client.waitReady;
  await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
  const db = drizzlePglite(keys ? sealingPglite(client, await createDataCipher(keys)) : client, { schema });
  return { db: db as unknown as Db, kind: 'pglite', client, close: () => client.close() };
}

/** True for hosts that speak Neon's WebSocket protocol themselves; anything else goes through the proxy. */
function isNeonHost(host: string): boolean {
  return /\.neon\.tech$/i.test(host) || /\.neon\.build$/i.test(host);
}

// neonConfig is process-wide, so one proxy per target serves every pool of the process.
const proxies = new Map<string, Promise<WsProxy>>();

async function routeThroughProxy(host: string, port: number): Promise<void> {
  const key = `${host}:${port}`;
  let proxy = proxies.get(key);
  if (!proxy) {
    proxy = startWsProxy({ host, port });
    proxies.set(key, proxy);
  }
  const { port: proxyPort } = await proxy;
  neonConfig.wsProxy = () => `127.0.0.1:${proxyPort}/v1`;
  neonConfig.useSecureWebSocket = false;
  neonConfig.pipelineConnect = false;
  neonConfig.pipelineTLS = false;
}

/** Stops the local WebSocket proxies (at shutdown, after every pool has ended). */
export async function closeProxies(): Promise<void> {
  const all = [...proxies.values()];
  proxies.clear();
  await Promise.all(all.map(async (p) => (await p).close()));
}

export async function openPostgres(url: string, options: { migrate?: boolean; max?: number } = {}): Promise<OpenDatabase> {
  const parsed = new URL(url);
  neonConfig.webSocketConstructor = WebSocket;
  if (!isNeonHost(parsed.hostname)) await routeThroughProxy(parsed.hostname || '127.0.0.1', Number(parsed.port || 5432));
  const pool = new Pool({ connectionString: url, max: options.max ?? 10 });
  pool.on('error', () => {}); // an idle client's broken socket; the next query reconnects
  const db = drizzleNeon(pool, { schema }) as unknown as Db;
  if (options.migrate !== false) await migratePostgres(db);
  return { db, kind: 'postgres', close: () => pool.end() };
}

/**
 * Postgres for the Node server (DATABASE_URL with `npm start`) and the api-postgres suite: postgres.js
 * straight over TCP — the same driver the Worker uses over Cloudflare's sockets (docs/decisions/004 and
 * 006). Sparing every query the WebSocket framing and the in-process proxy hop more than triples how many
 * pushes a second one process can take.
 */
export async function openPostgresTcp(url: string, options: { migrate?: boolean; max?: number; keys?: string } = {}): Promise<OpenDatabase> {
  const client = postgres(url, { max: options.max ?? 10, onnotice: () => {}, prepare: true });
  const db = drizzlePostgresJs(options.keys ? sealingPostgres(client, await createDataCipher(options.keys)) : client, { schema }) as unknown as Db;
  if (options.migrate !== false) {
    // One connection for the whole run, so the session lock covers it: several servers may start at once.
    const single = postgres(url, { max: 1, onnotice: () => {} });
    try {
      await single`select pg_advisory_lock(7312001)`;
      await migratePostgresJs(drizzlePostgresJs(single), { migrationsFolder: MIGRATIONS_FOLDER });
      await single`select pg_advisory_unlock(7312001)`;
    } finally {
      await single.end({ timeout: 5 });
    }
  }
  return { db, kind: 'postgres', close: () => client.end({ timeout: 5 }) };
}

/** Applies the committed migrations once, even when several processes start at the same time. */
export async function migratePostgres(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(7312001)`);
    await migrateNeon(tx as never, { migrationsFolder: MIGRATIONS_FOLDER });
  });
}
