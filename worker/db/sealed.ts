// Encryption at rest without touching the queries (docs/decisions/007). Two halves:
//
//   write: a sealed column (sealedText/sealedJson/blindIndex below) turns a value into a marker,
//          "\0" kind column "\1" plaintext, synchronously as Drizzle builds the statement; the driver
//          wrapper (sealed-postgres-js.ts, node/sealed-pglite.ts) replaces each marker parameter by its
//          ciphertext before the statement leaves the process. A marker that reaches Postgres unsealed is
//          refused (text cannot hold NUL), so an unwrapped driver fails instead of storing plaintext.
//   read:  the same wrapper opens every result cell that starts with "enc:v1:", with the cell's column
//          name as associated data, before Drizzle maps rows — so every select, join and returning sees
//          plaintext. Select a sealed column under its own name (no `as other_name`).
//
// Empty strings stay empty (''-checks in SQL keep working) and null stays null.
import { customType } from 'drizzle-orm/pg-core';
import { SEALED_PREFIX, type DataCipher } from '../crypto/data-cipher';

const MARK = '\u0000';
const SEP = '\u0001';
type Kind = 't' | 'f' | 'j' | 'i' | 'q';

const marker = (kind: Kind, column: string, plain: string) => `${MARK}${kind}${column}${SEP}${plain}`;

/** What the rotation command needs to find the sealed columns of the schema. */
export interface SealedInfo {
  kind: 'text' | 'json' | 'index';
  /** For a blind index: the property of the column it indexes. */
  source?: string;
}
export const SEALED = Symbol('sealed');

function tagged<T extends (v: never) => unknown>(fn: T, info: SealedInfo): T {
  return Object.assign(fn, { [SEALED]: info });
}

/** A text column stored sealed: plaintext in the app, `enc:v1:…` in the database. */
export const sealedText = (name: string) =>
  customType<{ data: string; driverData: string }>({
    dataType: () => 'text',
    toDriver: tagged((v: string) => (v === '' ? v : marker('t', name, v)), { kind: 'text' }),
  })(name);

/** A text column sealed the fixed way (equal values seal equal under one key): `=` in SQL still works. */
export const sealedFixedText = (name: string) =>
  customType<{ data: string; driverData: string }>({
    dataType: () => 'text',
    toDriver: tagged((v: string) => (v === '' ? v : marker('f', name, v)), { kind: 'text' }),
  })(name);

/** A jsonb column stored as one sealed JSON string. */
export const sealedJson = <T>(name: string) =>
  customType<{ data: T; driverData: unknown }>({
    dataType: () => 'jsonb',
    toDriver: tagged((v: T) => marker('j', name, JSON.stringify(v)), { kind: 'json' }),
  })(name);

/** A blind index of another column's words (set it to the same plaintext; the wrapper hashes it). */
export const blindIndex = (name: string, source: string) =>
  customType<{ data: string; driverData: string }>({
    dataType: () => 'text',
    toDriver: tagged((v: string) => marker('i', name, v), { kind: 'index', source }),
  })(name);

/** A raw `sql` parameter stored into a sealed text column (Drizzle seals column-bound values by itself). */
export const sealAs = (column: string, plain: string) => (plain === '' ? plain : marker('t', column, plain));

/** A query parameter matched with `~` against a blindIndex column: every word of `q` (any part of a name's word). */
export const blindQuery = (q: string) => marker('q', '', q);

/** Seals the marker parameters of one statement. */
export async function sealParams(cipher: DataCipher, params: unknown[] | undefined): Promise<unknown[] | undefined> {
  if (!params?.some((p) => typeof p === 'string' && p[0] === MARK)) return params;
  return Promise.all(
    params.map(async (p) => {
      if (typeof p !== 'string' || p[0] !== MARK) return p;
      const sep = p.indexOf(SEP);
      const kind = p[1] as Kind;
      const column = p.slice(2, sep);
      const plain = p.slice(sep + 1);
      if (kind === 'i') return cipher.index(plain);
      if (kind === 'q') return cipher.indexQuery(plain);
      const sealed = await (kind === 'f' ? cipher.sealFixed : cipher.seal)(column, plain);
      return kind === 'j' ? JSON.stringify(sealed) : sealed;
    }),
  );
}

const isSealed = (v: unknown): v is string => typeof v === 'string' && v.startsWith(SEALED_PREFIX);

/** Finds sealed strings nested in a JSON value (a webhook payload's message content), as (holder, key). */
function nested(v: Record<string, unknown>, out: [Record<string, unknown>, string][]): void {
  for (const k of Object.keys(v)) {
    const x = v[k];
    if (isSealed(x)) out.push([v, k]);
    else if (x && typeof x === 'object') nested(x as Record<string, unknown>, out);
  }
}

/**
 * Opens the sealed cells of a result in place. `columns` are the result's columns in order (name, and
 * whether Postgres typed it json/jsonb: a sealed JSON value is parsed back after opening).
 */
export async function openRows(cipher: DataCipher, rows: unknown[], columns: { name: string; json: boolean }[]): Promise<void> {
  const jobs: Promise<void>[] = [];
  for (const row of rows as Record<string | number, unknown>[]) {
    columns.forEach(({ name, json }, i) => {
      const at = Array.isArray(row) ? i : name;
      const v = row[at];
      if (isSealed(v)) jobs.push(cipher.open(name, v).then((plain) => void (row[at] = json ? JSON.parse(plain) : plain)));
      else if (json && v && typeof v === 'object') {
        const found: [Record<string, unknown>, string][] = [];
        nested(v as Record<string, unknown>, found);
        for (const [holder, k] of found) jobs.push(cipher.open(name, holder[k] as string).then((plain) => void (holder[k] = plain)));
      }
    });
  }
  await Promise.all(jobs);
}

/**
 * A JSON object whose keys are a buyer's words (the dashboard's question keys → counts), with its keys
 * sealed the fixed way, so SQL still merges equal keys. Read them as the cells of a column named `key`
 * (`jsonb_each_text(…) as q(key, value)`): the wrapper opens those.
 */
export async function sealKeys(db: unknown, counts: Record<string, number>): Promise<Record<string, number>> {
  const cipher = cipherOf(db);
  const entries = await Promise.all(Object.entries(counts).map(async ([k, n]) => [await cipher.sealFixed('key', k), n] as const));
  return Object.fromEntries(entries);
}

/** The cipher a wrapped database (or one of its transactions) seals with: for the few writers that seal by hand. */
export const CIPHER = Symbol('cipher');
export function cipherOf(db: unknown): DataCipher {
  const cipher = (db as { session?: { client?: { [CIPHER]?: DataCipher } } }).session?.client?.[CIPHER];
  if (!cipher) throw new Error('This database handle does not encrypt: open it with the data cipher (worker/db/sealed.ts).');
  return cipher;
}
