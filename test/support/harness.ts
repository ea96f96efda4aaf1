// The API test harness: the real app from createApp on a real database (see database.ts), called with
// app.request() — no server. A settable clock, a log sink the test can read, and a small client that
// keeps its session cookie and sends the app's Origin, like the PWA does.
import { afterAll } from 'vitest';
import { createSandbox, type Sandbox } from '../../sandbox/index';
import { createApp } from '../../worker/app';
import { createSecretBox } from '../../worker/crypto/secret-box';
import { createTikTokClient } from '../../worker/tiktok/client';
import { createBundledEngineLoader } from '../../worker/ai/bundled-engine-loader';
import { parseConfig, type AppConfig } from '../../worker/config';
import type { Db } from '../../worker/db/types';
import type { AppDeps, Clock } from '../../worker/deps';
import { createLogger } from '../../worker/log';
import { openTestDatabase, type TestDatabase } from './database';

export const ORIGIN = 'http://localhost:8787';

export class TestClock implements Clock {
  constructor(private ms = Date.parse('2026-11-20T09:00:00Z')) {}
  now() {
    return new Date(this.ms);
  }
  advance(ms: number) {
    this.ms += ms;
  }
  set(iso: string) {
    this.ms = Date.parse(iso);
  }
}

export const TEST_APP_KEY = 'test-app-key';
export const TEST_APP_SECRET = 'test-app-secret';
export const TEST_ENCRYPTION_KEYS = 'test1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8';

export interface Harness {
  app: ReturnType<typeof createApp>;
  deps: AppDeps;
  /** The TikTok Shop sandbox the app talks to (in-process), with the same clock. */
  sandbox: Sandbox;
  /** Waits until every background task (webhook processing…) started so far has finished. */
  settle(): Promise<void>;
  db: Db;
  kind: TestDatabase['kind'];
  clock: TestClock;
  logs: string[];
  config: AppConfig;
  /** Background work started with waitUntil during requests; await it to see its effects. */
  pending: Promise<unknown>[];
  client(options?: { origin?: string | null; ip?: string }): Client;
  request(path: string, init?: RequestInit): Promise<Response>;
}

export interface ClientResponse<T = any> {
  status: number;
  body: T;
  text: string;
  headers: Headers;
}

export interface Client {
  cookie: string | null;
  get<T = any>(path: string, headers?: Record<string, string>): Promise<ClientResponse<T>>;
  post<T = any>(path: string, json?: unknown, headers?: Record<string, string>): Promise<ClientResponse<T>>;
  patch<T = any>(path: string, json?: unknown): Promise<ClientResponse<T>>;
  put<T = any>(path: string, json?: unknown): Promise<ClientResponse<T>>;
  delete<T = any>(path: string): Promise<ClientResponse<T>>;
  send<T = any>(method: string, path: string, init?: { body?: BodyInit; headers?: Record<string, string> }): Promise<ClientResponse<T>>;
}

/** Opens a database for this test file (closed after it) and builds the app on it. */
export async function createHarness(overrides: Partial<Omit<AppDeps, 'config'>> & { env?: Record<string, string> } = {}): Promise<Harness> {
  const { env, ...rest } = overrides;
  const database = await openTestDatabase();
  afterAll(() => database.close());
  const clock = new TestClock();
  const logs: string[] = [];
  const config = parseConfig({
    TIKTOK_APP_KEY: TEST_APP_KEY,
    TIKTOK_APP_SECRET: TEST_APP_SECRET,
    TIKTOK_API_BASE: `${ORIGIN}/sandbox/open-api`,
    TIKTOK_AUTH_BASE: `${ORIGIN}/sandbox/auth`,
    TIKTOK_AUTHORIZE_URL: `${ORIGIN}/sandbox/services/open/authorize`,
    TIKTOK_AUTHORIZE_URL_US: `${ORIGIN}/sandbox/services-us/open/authorize`,
    ...env,
  });
  const pending: Promise<unknown>[] = [];
  const executionCtx = { waitUntil: (p: Promise<unknown>) => void pending.push(p), passThroughOnException: () => {}, props: {} };
  let app: ReturnType<typeof createApp>;
  const request = async (path: string, init?: RequestInit) => app.request(new URL(path, ORIGIN).toString(), init, {}, executionCtx as never);
  const sandbox = createSandbox({
    appKey: config.TIKTOK_APP_KEY,
    appSecret: config.TIKTOK_APP_SECRET,
    redirectUrl: `${ORIGIN}/api/tiktok/oauth/callback`,
    webhookUrl: `${ORIGIN}/api/webhooks/tiktok`,
    publicUrl: `${ORIGIN}/sandbox`,
    now: () => clock.now().getTime(),
    timeScale: 1_000_000, // TikTok's retry schedule (2 min … 12 h) in milliseconds
    deliver: async (req) => request(req.url, { method: req.method, headers: req.headers, body: await req.text() }),
  });
  afterAll(() => sandbox.close());
  // TikTok calls go to the sandbox in-process; retries wait no real time.
  const toSandbox = (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    url.pathname = url.pathname.replace(/^\/sandbox/, '') || '/';
    return sandbox.app.request(url.toString(), init);
  };
  const deps: AppDeps = {
    config,
    clock,
    log: createLogger({ level: 'debug', sink: (_level, line) => logs.push(line) }),
    db: { open: () => ({ db: database.db, release: async () => {} }) },
    secrets: await createSecretBox(TEST_ENCRYPTION_KEYS),
    tiktok: createTikTokClient({
      appKey: config.TIKTOK_APP_KEY,
      appSecret: config.TIKTOK_APP_SECRET,
      apiBase: config.TIKTOK_API_BASE,
      authBase: config.TIKTOK_AUTH_BASE,
      fetch: async (input, init) => toSandbox(input, init),
      now: () => clock.now().getTime(),
      sleep: async () => {},
    }),
    clientIp: (c) => c.req.header('x-test-ip') ?? '203.0.113.1',
    ai: createBundledEngineLoader(),
    ...rest,
  };
  app = createApp(deps);
  const settle = async () => {
    while (pending.length) await Promise.allSettled(pending.splice(0));
  };

  const client = (options: { origin?: string | null; ip?: string } = {}): Client => {
    const origin = options.origin === undefined ? ORIGIN : options.origin;
    const self: Client = {
      cookie: null,
      async send(method, path, init = {}) {
        const headers: Record<string, string> = { ...init.headers };
        if (origin) headers.origin = origin;
        if (self.cookie) headers.cookie = self.cookie;
        if (options.ip) headers['x-test-ip'] = options.ip;
        const res = await request(path, { method, body: init.body, headers });
        const setCookie = res.headers.get('set-cookie');
        if (setCookie) {
          const [pair] = setCookie.split(';');
          self.cookie = /=$/.test(pair!) || /Max-Age=0/i.test(setCookie) ? null : pair!;
        }
        const text = await res.text();
        let body: any = null;
        try {
          body = JSON.parse(text);
        } catch {
          body = null;
        }
        return { status: res.status, body, text, headers: res.headers };
      },
      get: (path, headers) => self.send('GET', path, { headers }),
      post: (path, json, headers) =>
        self.send('POST', path, json === undefined ? { headers } : { body: JSON.stringify(json), headers: { 'content-type': 'application/json', ...headers } }),
      patch: (path, json) => self.send('PATCH', path, { body: JSON.stringify(json), headers: { 'content-type': 'application/json' } }),
      put: (path, json) => self.send('PUT', path, { body: JSON.stringify(json), headers: { 'content-type': 'application/json' } }),
      delete: (path) => self.send('DELETE', path),
    };
    return self;
  };

  return { app, deps, sandbox, settle, db: database.db, kind: database.kind, clock, logs, config, pending, client, request };
}

let counter = 0;
/** A unique email per call, so tests in one database never collide. */
export function uniqueEmail(name = 'user'): string {
  counter += 1;
  return `${name}.${Date.now().toString(36)}.${counter}@example.test`;
}

export const PASSWORD = 'correct horse battery';

/** Signs up a new organisation through the API and returns its owner's signed-in client. */
export async function signUp(h: Harness, organizationName = 'Test Shop Co') {
  const client = h.client();
  const email = uniqueEmail('owner');
  const res = await client.post('/api/auth/signup', { organizationName, name: 'Owner', email, password: PASSWORD });
  if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${res.text}`);
  return { client, email, orgId: res.body.organization.id as string, userId: res.body.user.id as string };
}
