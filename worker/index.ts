// The Cloudflare Workers entry: env bindings → config, Postgres (Neon) through postgres.js over Cloudflare's
// TCP sockets — DATABASE_URL, or a Hyperdrive binding when one is configured (docs/decisions/006) — one
// connection per request, static assets from the ASSETS binding, and the cron trigger. Everything else is
// createApp.
import type { ExecutionContext, Fetcher, ScheduledController } from '@cloudflare/workers-types';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { createApp } from './app';
import { ConfigError, parseConfig } from './config';
import * as schema from './db/schema';
import type { Db, DbProvider } from './db/types';
import { systemClock, type AppDeps } from './deps';
import { runScheduledJobs } from './jobs/scheduled';
import { createLogger } from './log';
import { createDataCipher, type DataCipher } from './crypto/data-cipher';
import { createSecretBox } from './crypto/secret-box';
import { sealingPostgres } from './db/sealed-postgres-js';
import { createTikTokClient } from './tiktok/client';
import { createHttpEmailSender } from './email/sender';
import { createAssetEngineLoader } from './ai/engine-loader';
import { DEFAULT_VAPID_SUBJECT } from './push/vapid';

export interface Env {
  DATABASE_URL: string;
  /** Cloudflare Hyperdrive in front of the database (optional): its connection string wins. */
  HYPERDRIVE?: { connectionString: string };
  ASSETS?: Fetcher;
  [key: string]: unknown;
}

function databaseProvider(url: string, cipher: DataCipher): DbProvider {
  return {
    open() {
      // One connection per request: a Worker may not keep a socket between requests, and a request's
      // queries run one after another anyway. `prepare: false` suits poolers (Neon's, Hyperdrive).
      const client = postgres(url, { max: 1, prepare: false, fetch_types: false, onnotice: () => {} });
      // Sealed: buyers' personal data is encrypted at rest (worker/db/sealed.ts, docs/decisions/007).
      return { db: drizzle(sealingPostgres(client, cipher), { schema }) as unknown as Db, release: () => client.end({ timeout: 5 }) };
    },
  };
}

let built: Promise<{ app: ReturnType<typeof createApp>; deps: AppDeps }> | undefined;

// Built once per isolate (bindings do not change within one), on the first request.
function build(env: Env) {
  built ??= (async () => {
    const config = parseConfig(env);
    const databaseUrl = env.HYPERDRIVE?.connectionString ?? config.DATABASE_URL;
    if (!databaseUrl) throw new ConfigError('DATABASE_URL is not set (wrangler secret put DATABASE_URL).');
    if (!env.TIKTOK_APP_KEY || !env.TIKTOK_APP_SECRET) throw new ConfigError('TIKTOK_APP_KEY and TIKTOK_APP_SECRET must be set (wrangler secret put …).');
    if (!config.ENCRYPTION_KEYS) throw new ConfigError('ENCRYPTION_KEYS is not set (wrangler secret put ENCRYPTION_KEYS; see README).');
    const deps: AppDeps = {
      config,
      clock: systemClock,
      log: createLogger({ level: config.LOG_LEVEL }),
      db: databaseProvider(databaseUrl, await createDataCipher(config.ENCRYPTION_KEYS)),
      secrets: await createSecretBox(config.ENCRYPTION_KEYS),
      tiktok: createTikTokClient({
        appKey: config.TIKTOK_APP_KEY,
        appSecret: config.TIKTOK_APP_SECRET,
        apiBase: config.TIKTOK_API_BASE,
        authBase: config.TIKTOK_AUTH_BASE,
        fetch: (input, init) => fetch(input, init),
        now: () => Date.now(),
      }),
      clientIp: (c) => c.req.header('cf-connecting-ip') ?? null,
      ...(config.EMAIL_SEND_URL ? { email: createHttpEmailSender({ url: config.EMAIL_SEND_URL, apiKey: config.EMAIL_SEND_API_KEY }) } : {}),
      ...(config.VAPID_PUBLIC_KEY && config.VAPID_PRIVATE_KEY
        ? { push: { vapid: { publicKey: config.VAPID_PUBLIC_KEY, privateKey: config.VAPID_PRIVATE_KEY }, subject: config.VAPID_SUBJECT ?? (config.PUBLIC_URL?.startsWith('https:') ? config.PUBLIC_URL : DEFAULT_VAPID_SUBJECT) } }
        : {}),
      // The AI data ships as static assets beside the PWA, not in this bundle (docs/decisions/003).
      ai: createAssetEngineLoader(async (path) => {
        if (!env.ASSETS) throw new ConfigError('The ASSETS binding is missing (wrangler.toml [assets]).');
        return env.ASSETS.fetch(new URL(path, 'https://assets.invalid').toString()) as unknown as Response;
      }),
    };
    return { app: createApp(deps), deps };
  })();
  built.catch(() => (built = undefined)); // a bad configuration is reported on every request until fixed
  return built;
}

function misconfigured(error: unknown): Response {
  const message = error instanceof ConfigError ? error.message : 'The server is misconfigured.';
  return Response.json({ error: { code: 'unavailable', message } }, { status: 503 });
}

// Wrangler needs the default export.
export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);
    if (!url.pathname.startsWith('/api/') && env.ASSETS) return env.ASSETS.fetch(request as never) as unknown as Response;
    let app;
    try {
      app = (await build(env)).app;
    } catch (error) {
      return misconfigured(error);
    }
    return app.fetch(request, env, ctx);
  },

  async scheduled(_controller: ScheduledController, env: Env, ctx: ExecutionContext): Promise<void> {
    const { deps } = await build(env);
    const { db, release } = deps.db.open();
    try {
      const results = await runScheduledJobs({ deps, db, now: deps.clock.now(), log: deps.log });
      const failed = results.filter((r) => !r.ok).map((r) => r.name);
      if (failed.length) throw new Error(`scheduled jobs failed: ${failed.join(', ')}`);
    } finally {
      ctx.waitUntil(release());
    }
  },
};
