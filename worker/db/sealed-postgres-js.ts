// postgres.js with encryption at rest (sealed.ts): seals marker parameters before a statement is sent and
// opens sealed cells of its result before Drizzle maps them. Drizzle calls `unsafe` (then `.values()` for
// row arrays), `begin` and `savepoint`; transactions get the same wrapper.
import type { Sql } from 'postgres';
import type { DataCipher } from '../crypto/data-cipher';
import { CIPHER, openRows, sealParams } from './sealed';

type Result = unknown[] & { columns?: { name: string; type: number }[] };

export function sealingPostgres<T extends Sql>(sql: T, cipher: DataCipher): T {
  return new Proxy(sql, {
    get(target, prop, receiver) {
      if (prop === CIPHER) return cipher;
      if (prop === 'unsafe') return (query: string, params?: unknown[], options?: object) => sealedQuery(target, cipher, query, params, options);
      if (prop === 'begin' || prop === 'savepoint') {
        return (...args: unknown[]) => {
          const fn = args.pop() as (tx: Sql) => unknown;
          return (Reflect.get(target, prop) as (...a: unknown[]) => unknown)(...args, (tx: Sql) => fn(sealingPostgres(tx, cipher)));
        };
      }
      return Reflect.get(target, prop, receiver);
    },
  });
}

function sealedQuery(sql: Sql, cipher: DataCipher, query: string, params: unknown[] | undefined, options: object | undefined) {
  let values = false;
  let result: Promise<Result> | undefined;
  const run = async () => {
    const pending = sql.unsafe(query, (await sealParams(cipher, params)) as never, options);
    const rows = (await (values ? pending.values() : pending)) as Result;
    await openRows(cipher, rows, (rows.columns ?? []).map((c) => ({ name: c.name, json: c.type === 114 || c.type === 3802 })));
    return rows;
  };
  return {
    values() {
      values = true;
      return this;
    },
    then<A, B>(ok?: (r: Result) => A, ko?: (e: unknown) => B) {
      result ??= run();
      return result.then(ok, ko);
    },
  };
}
