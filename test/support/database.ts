// A fresh, migrated database for one test file: PGlite (from the template tarball) by default, or a new
// database on the Postgres server of TEST_DATABASE_URL, when the file runs in the api-postgres project:
// the app reaches it with the Worker's own driver (postgres.js, decision 006) and its migrations; creating
// and dropping the database goes through Neon's WebSocket driver, which `npm run db:migrate` uses. Both
// seal buyers' data at rest with the harness's keys, as the app does (worker/db/sealed.ts).
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { afterAll, inject } from 'vitest';
import * as schema from '../../worker/db/schema';
import { createDataCipher } from '../../worker/crypto/data-cipher';
import type { Db } from '../../worker/db/types';
import { openPostgres, openPostgresTcp } from '../../worker/node/databases';
import { sealingPglite } from '../../worker/node/sealed-pglite';

/** The keyring the harness's secret box uses too (harness.ts TEST_ENCRYPTION_KEYS). */
export const TEST_DATA_KEYS = 'test1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8';

export interface TestDatabase {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export async function openTestDatabase(options: { keys?: string } = {}): Promise<TestDatabase> {
  const keys = options.keys ?? TEST_DATA_KEYS;
  if (process.env.TEST_DB === 'postgres') return openPostgresTestDatabase(keys);
  const template = fs.readFileSync(inject('pgliteTemplate'));
  const client = new PGlite({ loadDataDir: new Blob([template]) });
  await client.waitReady;
  const db = drizzle(sealingPglite(client, await createDataCipher(keys)), { schema }) as unknown as Db;
  underlying.set(db, { pglite: client });
  return { db, kind: 'pglite', close: () => client.close() };
}

// What a test database handle stands on, for the encryption tests: the PGlite instance (its data files)
// or the Postgres URL, to look at the stored bytes and to open the same database under other keys.
const underlying = new WeakMap<Db, { pglite?: PGlite; url?: string }>();

/** The PGlite data directory as a tar archive (every file: tables, WAL), or null on a Postgres server. */
export async function databaseFiles(db: Db): Promise<Uint8Array | null> {
  const pglite = underlying.get(db)?.pglite;
  if (!pglite) return null;
  await pglite.query('checkpoint');
  return new Uint8Array(await (await pglite.dumpDataDir('none')).arrayBuffer());
}

/** The same database through another handle, sealing and opening with `keys` (null: a handle without them). Closed with the file. */
export async function reopenWithKeys(db: Db, keys: string | null): Promise<Db> {
  const under = underlying.get(db);
  if (under?.pglite) return drizzle(keys ? sealingPglite(under.pglite, await createDataCipher(keys)) : under.pglite, { schema }) as unknown as Db;
  if (!under?.url) throw new Error('not a test database handle');
  const opened = await openPostgresTcp(under.url, { migrate: false, max: 2, ...(keys ? { keys } : {}) });
  afterAll(() => opened.close());
  return opened.db;
}

async function openPostgresTestDatabase(keys: string): Promise<TestDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL');
  const name = `askchat_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = await openPostgres(url, { migrate: false, max: 1 });
  await admin.db.execute(sql.raw(`create database "${name}"`));
  await admin.close();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const opened = await openPostgresTcp(target.toString(), { max: 8, keys });
  underlying.set(opened.db, { url: target.toString() });
  return {
    db: opened.db,
    kind: 'postgres',
    close: async () => {
      await opened.close();
      const cleanup = await openPostgres(url, { migrate: false, max: 1 });
      await cleanup.db.execute(sql.raw(`drop database if exists "${name}" with (force)`));
      await cleanup.close();
    },
  };
}
