// The Node entry behind `npm start` (and the browser tests): the same app as on Cloudflare, plus what only
// a local install has — PGlite under DATA_DIR (or any Postgres via DATABASE_URL), the built PWA from dist/,
// the TikTok Shop sandbox under /sandbox, the demo seed, and timers in place of Cloudflare's cron.
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { createApp } from './app';
import { parseConfig, type AppConfig } from './config';
import type { Db } from './db/types';
import { systemClock, type AppDeps, type Clock } from './deps';
import { createLogger, describeError, type Logger } from './log';
import { closeProxies, openPglite, openPostgres, type OpenDatabase } from './node/databases';
import { staticFiles } from './node/static-files';
import { seedDemo, type SeedResult } from './seed/demo';

export interface NodeServerOptions {
  env: Record<string, string | undefined>;
  port: number;
  host?: string;
  /** PGlite data folder; ignored when DATABASE_URL is set. Absent: an in-memory database. */
  dataDir?: string;
  distDir: string;
  seed?: boolean;
  clock?: Clock;
  log?: Logger;
}

export interface NodeServer {
  url: string;
  port: number;
  db: Db;
  database: OpenDatabase['kind'];
  config: AppConfig;
  seed: SeedResult | null;
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
    drain: () => Promise.allSettled([...tasks]),
  };
}

export async function startNodeServer(options: NodeServerOptions): Promise<NodeServer> {
  const config = parseConfig(options.env);
  const log = options.log ?? createLogger({ level: config.LOG_LEVEL });
  const clock = options.clock ?? systemClock;
  const database = config.DATABASE_URL
    ? await openPostgres(config.DATABASE_URL)
    : await openPglite(options.dataDir ? path.join(options.dataDir, 'pglite') : undefined);
  const db = database.db;

  const deps: AppDeps = {
    config,
    clock,
    log,
    db: { open: () => ({ db, release: async () => {} }) },
    clientIp: (c) => {
      try {
        return getConnInfo(c).remote.address ?? null;
      } catch {
        return null;
      }
    },
  };

  const seed = options.seed === false ? null : await seedDemo(db, { now: clock.now(), email: options.env.DEMO_EMAIL, password: options.env.DEMO_PASSWORD });

  const root = new Hono();
  root.use(compress());
  root.route('/', createApp(deps));
  root.use('*', staticFiles(options.distDir));

  const background = createBackground(log);
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: (req, env) => root.fetch(req, env, background), port: options.port, hostname: options.host ?? '0.0.0.0' }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;

  let closing: Promise<void> | undefined;
  return {
    url: `http://localhost:${port}`,
    port,
    db,
    database: database.kind,
    config,
    seed,
    close: () =>
      (closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Keep-alive sockets would hold close() open; idle ones go now, busy ones after a grace period.
          if ('closeIdleConnections' in server) server.closeIdleConnections();
          setTimeout(() => 'closeAllConnections' in server && server.closeAllConnections(), 2000).unref();
        });
        await background.drain();
        await database.close();
        await closeProxies();
      })()),
  };
}
