// PGlite with encryption at rest (worker/db/sealed.ts), for `npm start` and the tests: seals marker
// parameters of `query` and opens the sealed cells of its result; transactions get the same wrapper.
import type { PGlite } from '@electric-sql/pglite';
import type { DataCipher } from '../crypto/data-cipher';
import { CIPHER, openRows, sealParams } from '../db/sealed';

type Queryable = Pick<PGlite, 'query'> & Partial<Pick<PGlite, 'transaction'>>;

export function sealingPglite<T extends Queryable>(client: T, cipher: DataCipher): T {
  return new Proxy(client, {
    get(target, prop) {
      if (prop === CIPHER) return cipher;
      if (prop === 'query') {
        return async (query: string, params?: unknown[], options?: object) => {
          const result = await target.query(query, await sealParams(cipher, params), options as never);
          await openRows(cipher, result.rows, result.fields.map((f) => ({ name: f.name, json: f.dataTypeID === 114 || f.dataTypeID === 3802 })));
          return result;
        };
      }
      if (prop === 'transaction') return (fn: (tx: unknown) => unknown) => target.transaction!((tx) => fn(sealingPglite(tx, cipher)) as never);
      const value = Reflect.get(target, prop);
      return typeof value === 'function' ? value.bind(target) : value; // PGlite's methods use private fields
    },
  });
}
