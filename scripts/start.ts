// `npm start`: build the PWA if needed, then serve AskChat on PORT (default 8787) with PGlite under
// DATA_DIR (default ./.data), or Postgres when DATABASE_URL is set, the TikTok Shop sandbox and demo data.
import path from 'node:path';
import { startNodeServer } from '../worker/entry-node';
import { DIST, ROOT, ensureBuilt } from './lib/build';

const started = Date.now();
await ensureBuilt();
const port = Number(process.env.PORT ?? 8787);
const dataDir = path.resolve(ROOT, process.env.DATA_DIR ?? '.data');

const server = await startNodeServer({ env: process.env, port, dataDir, distDir: DIST, seed: process.env.SEED_DEMO !== '0' }).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

console.log(`AskChat is running on ${server.url} (${server.database === 'pglite' ? `PGlite in ${dataDir}` : 'Postgres from DATABASE_URL'}), ready in ${Date.now() - started} ms`);
console.log(`TikTok Shop sandbox: ${server.url}/sandbox`);
if (server.seed) console.log(`demo login: ${server.seed.email} ${server.seed.password}`);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping …`);
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  await server.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
