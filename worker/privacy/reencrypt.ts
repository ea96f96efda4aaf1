// Moves everything sealed at rest to the current key (the first of ENCRYPTION_KEYS), for key rotation
// (`npm run keys:rotate`, docs/privacy.md "Keys and rotation"). It also seals values written before
// encryption existed, and recomputes blind indexes under the current key.
//
// Resumable: each batch is one transaction that locks its rows (a concurrent writer waits, nothing is
// overwritten with an older value) and moves them; a run cut off halfway is continued by the next, which
// picks only what is still under another key. When `remaining` is 0, no row needs the older keys any more.
// Rows keep their sync version: the plaintext does not change, so the phones have nothing to pull.
import { and, asc, getTableColumns, getTableName, gt, is, sql, type SQL } from 'drizzle-orm';
import { PgTable, type PgColumn } from 'drizzle-orm/pg-core';
import { SEALED_PREFIX } from '../crypto/data-cipher';
import type { SecretBox } from '../crypto/secret-box';
import * as schema from '../db/schema';
import { cipherOf, SEALED, type SealedInfo } from '../db/sealed';
import { resultRows, type Db } from '../db/types';

interface Target {
  name: string;
  table: PgTable;
  /** The primary key to page by; absent (a composite key): rows are found by `ctid`, each batch anew. */
  id?: PgColumn;
  /** Rows whose value is not under the current key yet. */
  stale: (current: string) => SQL;
  select: Record<string, PgColumn>;
  /** The new values of one row, from what was read (plaintext: the database handle opened it). */
  update: (row: Record<string, unknown>, db: Db) => Promise<Record<string, unknown>>;
}

const like = (col: PgColumn | SQL, pattern: string) => sql`${col} like ${pattern}`;

/** Every sealed column of the schema (found by its column type), every sealed webhook payload and every secret-box value. */
export function sealedTargets(secrets: SecretBox): Target[] {
  const targets: Target[] = [];
  for (const table of Object.values(schema)) {
    if (!is(table, PgTable)) continue;
    const columns = getTableColumns(table) as Record<string, PgColumn & { mapTo?: { [SEALED]?: SealedInfo } }>;
    for (const [key, col] of Object.entries(columns)) {
      const info = col.mapTo?.[SEALED];
      if (!info) continue;
      const base = { name: `${getTableName(table)}.${col.name}`, table, id: columns['id'] };
      if (info.kind === 'index') {
        const source = columns[info.source!]!;
        targets.push({
          ...base,
          stale: (k) => sql`((${col} = '' and ${source} <> '') or (${col} <> '' and not ${like(col, `${k} %`)}))`,
          select: { value: source },
          update: async (row) => ({ [key]: row['value'] }),
        });
      } else {
        targets.push({
          ...base,
          stale: (k) => (info.kind === 'json' ? sql`(${col} is not null and not ${like(sql`${col}::text`, `"enc:v1:${k}:%`)})` : sql`(${col} <> '' and not ${like(col, `enc:v1:${k}:%`)})`),
          select: { [col.name]: col }, // read under its own name: the name is the value's associated data
          update: async (row) => ({ [key]: row[col.name] }),
        });
      }
    }
  }
  const content = sql`${schema.webhookEvents.payload} -> 'data' ->> 'content'`;
  targets.push({
    name: 'webhook_events.payload',
    table: schema.webhookEvents,
    id: schema.webhookEvents.id,
    stale: (k) => sql`(${content} <> '' and not ${like(content, `enc:v1:${k}:%`)})`,
    select: { payload: schema.webhookEvents.payload },
    update: async (row, db) => {
      const payload = row['payload'] as { data: { content: string } };
      return { payload: { ...payload, data: { ...payload.data, content: await cipherOf(db).seal('payload', payload.data.content) } } };
    },
  });
  const boxed = (table: PgTable, id: PgColumn, cols: Record<string, PgColumn>) =>
    Object.entries(cols).map(([key, col]) => ({
      name: `${getTableName(table)}.${col.name}`,
      table,
      id,
      stale: (_: string) => sql`not ${like(col, `v1.${secrets.currentKeyId}.%`)}`,
      select: { value: col },
      update: async (row: Record<string, unknown>) => ({ [key]: await secrets.seal(await secrets.open(row['value'] as string)) }),
    }));
  targets.push(
    ...boxed(schema.tiktokConnections, schema.tiktokConnections.id, { accessToken: schema.tiktokConnections.accessToken, refreshToken: schema.tiktokConnections.refreshToken }),
    ...boxed(schema.aiProviders, schema.aiProviders.orgId, { apiKey: schema.aiProviders.apiKey }),
  );
  return targets;
}

export interface ReencryptReport {
  currentKeyId: string;
  moved: Record<string, number>;
  /** Values still under another key (0 after a complete run): the older keys can go when it is 0. */
  remaining: number;
}

/** Moves every sealed value to the current key, `batch` rows per transaction. */
export async function reencryptAll(db: Db, secrets: SecretBox, options: { batch?: number; onBatch?: (name: string, moved: number) => void } = {}): Promise<ReencryptReport> {
  const current = cipherOf(db).currentKeyId;
  if (current !== secrets.currentKeyId) throw new Error('The data cipher and the secret box must use the same ENCRYPTION_KEYS.');
  const batch = options.batch ?? 200;
  const moved: Record<string, number> = {};
  for (const target of sealedTargets(secrets)) {
    let after = '';
    for (;;) {
      const n = await db.transaction(async (tx) => {
        const rows = (await tx
          .select({ id: target.id ?? sql<string>`ctid::text`, ...target.select })
          .from(target.table)
          .where(target.id ? and(gt(target.id, after), target.stale(current)) : target.stale(current))
          .orderBy(target.id ? asc(target.id) : sql`ctid`)
          .limit(batch)
          .for('update')) as Record<string, unknown>[];
        for (const row of rows) {
          const self = target.id ? sql`${target.id} = ${row['id']}` : sql`ctid = ${row['id']}::tid`;
          await tx.update(target.table).set(await target.update(row, tx as unknown as Db)).where(self);
        }
        after = (rows.at(-1)?.['id'] as string | undefined) ?? after;
        return rows.length;
      });
      moved[target.name] = (moved[target.name] ?? 0) + n;
      if (n) options.onBatch?.(target.name, n);
      if (n < batch) break;
    }
  }
  moved['metric_rollups.questions'] = await moveQuestionKeys(db, current, batch);
  return { currentKeyId: current, moved, remaining: await countStale(db, secrets) };
}

/** Rollup rows with a question key not sealed under the current key (keys are sealed the fixed way: sealKeys). */
const staleQuestions = (current: string) =>
  sql`exists (select 1 from jsonb_object_keys(${schema.metricRollups.questions}) k where k not like ${`enc:v1:${current}:%`})`;

/** The dashboard's question keys: opened and sealed again, counts of keys that become equal added up. */
async function moveQuestionKeys(db: Db, current: string, batch: number): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await db.transaction(async (tx) => {
      const rows = resultRows<{ id: string; questions: Record<string, number> }>(
        await tx.execute(sql`select ctid::text as id, questions from ${schema.metricRollups} where ${staleQuestions(current)} limit ${batch} for update`),
      );
      const cipher = cipherOf(tx);
      for (const row of rows) {
        const moved: Record<string, number> = {};
        for (const [key, count] of Object.entries(row.questions)) {
          const sealed = await cipher.sealFixed('key', key.startsWith(SEALED_PREFIX) ? await cipher.open('key', key) : key);
          moved[sealed] = (moved[sealed] ?? 0) + count;
        }
        await tx.execute(sql`update ${schema.metricRollups} set questions = ${JSON.stringify(moved)}::jsonb where ctid = ${row.id}::tid`);
      }
      return rows.length;
    });
    total += n;
    if (n < batch) return total;
  }
}

/** How many values are not under the current key yet. */
export async function countStale(db: Db, secrets: SecretBox): Promise<number> {
  const current = cipherOf(db).currentKeyId;
  let total = 0;
  for (const target of sealedTargets(secrets)) {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(target.table).where(target.stale(current));
    total += row?.n ?? 0;
  }
  const [rollups] = await db.select({ n: sql<number>`count(*)::int` }).from(schema.metricRollups).where(staleQuestions(current));
  return total + (rollups?.n ?? 0);
}
