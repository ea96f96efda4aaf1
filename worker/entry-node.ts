// The Node entry behind `npm start` (and the browser tests): the same app as on Cloudflare, plus what only
// a local install has — PGlite under DATA_DIR (or any Postgres via DATABASE_URL), the built PWA from dist/,
// the TikTok Shop sandbox under /sandbox, the demo seed, and timers in place of Cloudflare's cron.
//
// Order matters: the server listens first (its port is part of the sandbox's URLs), then the sandbox,
// the app and the seed are built, and only then are requests let through (503 until ready).
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono } from 'hono/tiny';
import { createJsonFileStore, createSandbox, type Sandbox } from '../sandbox/index';
import { createApp } from './app';
import { parseConfig, type AppConfig } from './config';
import { createSecretBox } from './crypto/secret-box';
import type { Db } from './db/types';
import { systemClock, type AppDeps, type Clock } from './deps';
import { runScheduledJobs } from './jobs/scheduled';
import { createLogger, describeError, type Logger } from './log';
import { closeProxies, openPglite, openPostgresTcp } from './node/databases';
import { localEncryptionKeys, localVapidKeys } from './node/keys';
import { DEFAULT_VAPID_SUBJECT } from './push/vapid';
import { compressResponses } from './node/compress';
import { staticFiles } from './node/static-files';
import { verifyWebhookNode } from './node/verify-webhook';
import { connectDemoShops, seedDemo, type SeedResult } from './seed/demo';
import { createTikTokClient } from './tiktok/client';
import { createHttpEmailSender } from './email/sender';
import { createBundledEngineLoader } from './ai/bundled-engine-loader';
import { createBatchingIntake } from './connector/webhook-intake';

export interface NodeServerOptions {
  env: Record<string, string | undefined>;
  port: number;
  host?: string;
  /** PGlite data folder (and local keys, sandbox state); without it the database lives in memory. */
  dataDir?: string;
  distDir: string;
  seed?: boolean;
  /** Mount the TikTok Shop sandbox at /sandbox (default true). */
  sandbox?: boolean;
  /** Divides the sandbox's webhook retry delays (tests compress time). */
  sandboxTimeScale?: number;
  /** Run the scheduled jobs every this many ms (0: never; tests drive them by hand). Default 30 s. */
  jobsEveryMs?: number;
  clock?: Clock;
  log?: Logger;
}

export interface NodeServer {
  url: string;
  port: number;
  db: Db;
  deps: AppDeps;
  database: 'pglite' | 'postgres';
  config: AppConfig;
  seed: SeedResult | null;
  sandbox: Sandbox | null;
  /** Runs the scheduled jobs once, as the timer does. */
  runJobs(): Promise<void>;
  close(): Promise<void>;
}

/** Tracks work started after a response (the Node stand-in for Workers' waitUntil). */
function createBackground(log: Logger) {
  const tasks = new Set<Promise<unknown>>();
  return {
    waitUntil(promise: Promise<unknown>) {
      const task = promise.catch((error) => log.error('background task failed', describeError(error))).finally(() => tasks.delete(task));
      tasks.add(task);
    },
    passThroughOnException() {},
    props: {},
    drain: async () => {
      while (tasks.size) await Promise.allSettled([...tasks]);
    },
  };
}

export async function startNodeServer(options: NodeServerOptions): Promise<NodeServer> {
  const config = parseConfig(options.env);
  const log = options.log ?? createLogger({ level: config.LOG_LEVEL });
  const clock = options.clock ?? systemClock;
  const background = createBackground(log);

  // 1. Listen (answering 503 until ready) so the port, and with it every local URL, is known.
  let handler: ((req: Request, env: unknown) => Response | Promise<Response>) | null = null;
  const server: ServerType = await new Promise((resolve) => {
    const s = serve(
      {
        fetch: (req, env) => (handler ? handler(req, env) : Response.json({ error: { code: 'unavailable', message: 'AskChat is starting.' } }, { status: 503 })),
        port: options.port,
        hostname: options.host ?? '0.0.0.0',
      },
      () => resolve(s),
    );
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://localhost:${port}`;

  // 2. Database, keys, the sandbox and the TikTok client pointed at it (unless real TikTok is configured).
  const keys = localEncryptionKeys(options.env, options.dataDir);
  const database = config.DATABASE_URL ? await openPostgresTcp(config.DATABASE_URL, { keys }) : await openPglite(options.dataDir ? path.join(options.dataDir, 'pglite') : undefined, keys);
  const db = database.db;
  const secrets = await createSecretBox(keys);
  const root = new Hono();
  const inProcess = (req: Request) => Promise.resolve(root.fetch(req, {}, background));
  const sandbox =
    options.sandbox === false
      ? null
      : createSandbox({
          appKey: config.TIKTOK_APP_KEY,
          appSecret: config.TIKTOK_APP_SECRET,
          serviceId: config.TIKTOK_SERVICE_ID || undefined,
          redirectUrl: `${url}/api/tiktok/oauth/callback`,
          webhookUrl: `${url}/api/webhooks/tiktok`,
          deliver: inProcess, // the same HTTP handler as over the network, without a socket
          publicUrl: `${url}/sandbox`,
          timeScale: options.sandboxTimeScale ?? 1,
          store: options.dataDir && !config.DATABASE_URL ? createJsonFileStore(path.join(options.dataDir, 'tiktok-sandbox.json')) : undefined,
        });
  await sandbox?.ready;
  const useSandbox = sandbox !== null && !options.env.TIKTOK_API_BASE;
  const sandboxUrls = useSandbox
    ? {
        TIKTOK_API_BASE: `${url}/sandbox/open-api`,
        TIKTOK_AUTH_BASE: `${url}/sandbox/auth`,
        TIKTOK_AUTHORIZE_URL: `${url}/sandbox/services/open/authorize`,
        TIKTOK_AUTHORIZE_URL_US: `${url}/sandbox/services-us/open/authorize`,
      }
    : {};
  const appConfig: AppConfig = { ...config, ...sandboxUrls };
  const tiktok = createTikTokClient({
    appKey: config.TIKTOK_APP_KEY,
    appSecret: config.TIKTOK_APP_SECRET,
    apiBase: appConfig.TIKTOK_API_BASE,
    authBase: appConfig.TIKTOK_AUTH_BASE,
    fetch: (input, init) => (useSandbox && String(input).startsWith(`${url}/sandbox/`) ? inProcess(new Request(input, init)) : fetch(input, init)),
    now: () => clock.now().getTime(),
  });

  const deps: AppDeps = {
    config: appConfig,
    clock,
    log,
    db: { open: () => ({ db, release: async () => {} }) },
    secrets,
    tiktok,
    ai: createBundledEngineLoader(),
    verifyWebhook: verifyWebhookNode,
    ...(config.EMAIL_SEND_URL ? { email: createHttpEmailSender({ url: config.EMAIL_SEND_URL, apiKey: config.EMAIL_SEND_API_KEY }) } : {}),
    push: { vapid: await localVapidKeys(options.env, options.dataDir), subject: config.VAPID_SUBJECT ?? DEFAULT_VAPID_SUBJECT },
    clientIp: (c) => {
      try {
        return getConnInfo(c).remote.address ?? null;
      } catch {
        return null;
      }
    },
  };

  const intake = createBatchingIntake(deps, db);
  deps.webhookIntake = intake;

  // 3. The app, the sandbox behind /sandbox, the PWA for everything else.
  root.use(compressResponses());
  root.route('/', createApp(deps));
  root.all('/sandbox/*', (c) => {
    if (!sandbox) return c.json({ error: { code: 'not_found', message: 'The TikTok Shop sandbox is not enabled.' } }, 404);
    const target = new URL(c.req.url);
    target.pathname = target.pathname.slice('/sandbox'.length) || '/';
    return sandbox.app.fetch(new Request(target, c.req.raw));
  });
  root.use('*', staticFiles(options.distDir));

  // 4. Demo data on an empty database: the organisation, then its shops connected through the sandbox.
  let seed: SeedResult | null = null;
  if (options.seed !== false) {
    seed = await seedDemo(db, { now: clock.now(), email: options.env.DEMO_EMAIL, password: options.env.DEMO_PASSWORD });
    if (seed.created && sandbox && useSandbox && seed.orgId) await connectDemoShops(deps, db, seed.orgId, sandbox);
  }

  handler = (req, env) => root.fetch(req, env, background);

  const runJobs = async () => {
    await runScheduledJobs({ deps, db, now: clock.now(), log });
    await background.drain();
  };
  let jobsRunning = false;
  const timer =
    options.jobsEveryMs === 0
      ? null
      : setInterval(() => {
          if (jobsRunning) return;
          jobsRunning = true;
          runJobs().finally(() => (jobsRunning = false));
        }, options.jobsEveryMs ?? 30_000);
  timer?.unref();

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    db,
    deps,
    database: database.kind,
    config: appConfig,
    seed,
    sandbox,
    runJobs,
    close: () =>
      (closing ??= (async () => {
        if (timer) clearInterval(timer);
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Keep-alive sockets would hold close() open; idle ones go now, busy ones after a grace period.
          if ('closeIdleConnections' in server) server.closeIdleConnections();
          setTimeout(() => 'closeAllConnections' in server && server.closeAllConnections(), 2000).unref();
        });
        await sandbox?.close();
        await intake.close();
        await background.drain();
        await database.close();
        await closeProxies();
      })()),
  };
}
