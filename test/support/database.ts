// A fresh, migrated database for one test file: PGlite (from the template tarball) by default, or a new
// database on the Postgres server of TEST_DATABASE_URL, when the file runs in the api-postgres project:
// the app reaches it with the Worker's own driver (postgres.js, decision 006) and its migrations; creating
// and dropping the database goes through Neon's WebSocket driver, which `npm run db:migrate` uses.
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { inject } from 'vitest';
import * as schema from '../../worker/db/schema';
import type { Db } from '../../worker/db/types';
import { openPostgres, openPostgresTcp } from '../../worker/node/databases';

export interface TestDatabase {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export async function openTestDatabase(): Promise<TestDatabase> {
  if (process.env.TEST_DB === 'postgres') return openPostgresTestDatabase();
  const template = fs.readFileSync(inject('pgliteTemplate'));
  const client = new PGlite({ loadDataDir: new Blob([template]) });
  await client.waitReady;
  return { db: drizzle(client, { schema }) as unknown as Db, kind: 'pglite', close: () => client.close() };
}

async function openPostgresTestDatabase(): Promise<TestDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL');
  const name = `askchat_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = await openPostgres(url, { migrate: false, max: 1 });
  await admin.db.execute(sql.raw(`create database "${name}"`));
  await admin.close();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const opened = await openPostgresTcp(target.toString(), { max: 8 });
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
