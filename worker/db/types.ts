// The database handle every query module takes. Every driver AskChat uses — PGlite (embedded, Node),
// postgres.js (the Worker and the Node server) and Neon's WebSocket driver (migrations) — gives a Drizzle
// PgDatabase.
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or an open transaction: query modules accept both. */
export type Queryable = Db | Tx;

/**
 * How the app gets a database for one unit of work (a request, a background task, a cron run). On Node
 * it is one shared pool; on Workers a connection cannot outlive the request that opened it, so each unit
 * opens its own and releases it when done.
 */
export interface DbProvider {
  open(): { db: Db; release(): Promise<void> };
}

/** The rows of a raw `db.execute`: node-postgres style drivers (PGlite, Neon) answer `{ rows }`, postgres.js an array. */
export function resultRows<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
