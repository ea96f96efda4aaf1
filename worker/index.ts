// The Cloudflare Workers entry: env bindings → config, the Neon serverless driver over DATABASE_URL
// (a new pool per request: a Worker may not keep a socket between requests), static assets from the
// ASSETS binding, and the cron trigger. Everything else is createApp.
import type { ExecutionContext, Fetcher, ScheduledController } from '@cloudflare/workers-types';
import { neonConfig, Pool } from '@neondatabase/serverless';
import { drizzle } from 'drizzle-orm/neon-serverless';
import { createApp } from './app';
import { ConfigError, parseConfig } from './config';
import * as schema from './db/schema';
import type { Db, DbProvider } from './db/types';
import { systemClock, type AppDeps } from './deps';
import { runScheduledJobs } from './jobs/scheduled';
import { createLogger } from './log';
import { createSecretBox } from './crypto/secret-box';
import { createTikTokClient } from './tiktok/client';
import { createAssetEngineLoader } from './ai/engine-loader';

export interface Env {
  DATABASE_URL: string;
  ASSETS?: Fetcher;
  [key: string]: unknown;
}

function databaseProvider(url: string, wsProxy: string | undefined): DbProvider {
  if (wsProxy) {
    // Local tests only: reach an ordinary Postgres through a WebSocket-to-TCP proxy.
    neonConfig.wsProxy = () => wsProxy;
    neonConfig.useSecureWebSocket = false;
    neonConfig.pipelineConnect = false;
    neonConfig.pipelineTLS = false;
  }
  return {
    open() {
      const pool = new Pool({ connectionString: url });
      return { db: drizzle(pool, { schema }) as unknown as Db, release: () => pool.end() };
    },
  };
}

let built: Promise<{ app: ReturnType<typeof createApp>; deps: AppDeps }> | undefined;

// Built once per isolate (bindings do not change within one), on the first request.
function build(env: Env) {
  built ??= (async () => {
    const config = parseConfig(env);
    if (!config.DATABASE_URL) throw new ConfigError('DATABASE_URL is not set (wrangler secret put DATABASE_URL).');
    if (!env.TIKTOK_APP_KEY || !env.TIKTOK_APP_SECRET) throw new ConfigError('TIKTOK_APP_KEY and TIKTOK_APP_SECRET must be set (wrangler secret put …).');
    if (!config.ENCRYPTION_KEYS) throw new ConfigError('ENCRYPTION_KEYS is not set (wrangler secret put ENCRYPTION_KEYS; see README).');
    const deps: AppDeps = {
      config,
      clock: systemClock,
      log: createLogger({ level: config.LOG_LEVEL }),
      db: databaseProvider(config.DATABASE_URL, config.NEON_WS_PROXY),
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
