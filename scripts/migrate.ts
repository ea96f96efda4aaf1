// `npm run db:migrate`: applies the committed migrations to DATABASE_URL (Neon or any Postgres).
// Safe to run repeatedly and from several places at once (an advisory lock serialises it).
import { closeProxies, openPostgres } from '../worker/node/databases';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL to the Postgres (Neon) connection string.');
  process.exit(2);
}
const started = Date.now();
const db = await openPostgres(url, { max: 1 });
await db.close();
await closeProxies();
console.log(`migrations applied in ${Date.now() - started} ms`);
