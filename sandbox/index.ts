// The local TikTok Shop stand-in: a Hono sub-app that AskChat's Node entry mounts at /sandbox (and tests use
// alone or mounted). Never imported by worker/, never deployed.
//
//   /open-api/…                      Open API, checked like TikTok checks it (open-api-guard.ts)
//   /auth/api/v2/token/get|refresh   token host (unsigned)
//   /services[-us]/open/authorize    seller authorization pages
//   /api/…                           sandbox control: buyer messages, inspection, faults, state moves
//
// State lives in memory, built from the fixtures, and is saved to `store` after each request that changed
// it; webhooks go to `webhookUrl` through `deliver`. `close()` stops every timer so Node can exit.
import { Hono } from 'hono';
import { DEMO_SHOPS, demoShopForMarket, type DemoShop } from './fixtures';
import { buildInitialState } from './fixtures-state';
import { Faults } from './faults';
import { openApiGuard, type ApiEnv } from './open-api-guard';
import { assetRoutes } from './routes-assets';
import { authorizeRoutes, decide } from './routes-authorize';
import { buyerRoutes } from './routes-buyer';
import { controlRoutes } from './routes-control';
import { customerServiceRoutes } from './routes-customer-service';
import { orderRoutes } from './routes-orders';
import { returnRoutes } from './routes-returns';
import { shopRoutes } from './routes-shops';
import { tokenRoutes } from './routes-token';
import { contractMessages } from './chat';
import { CODES, tiktokJson } from './envelope';
import { ALL_SCOPES, sellerByOpenId, type ResolvedOptions, type SandboxContext, type SandboxOptions } from './context';
import { isSandboxState, type SandboxState } from './state';
import { createTimers } from './timers';
import { issueTokens } from './tokens';
import { WebhookPusher, type DeliveryAttempt } from './webhooks';
import type { Market } from '../shared/markets';

export type { SandboxOptions, SandboxStore } from './context';
export type { DeliveryAttempt } from './webhooks';
export { DEMO_SELLERS, DEMO_SHOPS } from './fixtures';
export { createJsonFileStore } from './file-store';

export interface Sandbox {
  app: Hono;
  ready: Promise<void>; // the store has been read; requests wait for it by themselves
  state(): SandboxState; // live state, for assertions
  shop(market: Market): DemoShop;
  messages(conversationId: string): ReturnType<typeof contractMessages>; // the GET …/messages contract view
  deliveries(): DeliveryAttempt[];
  webhooksIdle(): Promise<void>; // resolves when no push is queued, in flight or waiting for a retry
  issueToken(sellerOpenId: string): ReturnType<typeof issueTokens>; // as token/get would answer
  authorize(sellerOpenId: string, state?: string): { redirect: string; code: string | null };
  reset(): void;
  close(): Promise<void>;
}

export function createSandbox(options: SandboxOptions): Sandbox {
  const now = options.now ?? Date.now;
  const opts: ResolvedOptions = {
    appKey: options.appKey,
    appSecret: options.appSecret,
    serviceId: options.serviceId ?? null,
    redirectUrl: options.redirectUrl,
    webhookUrl: options.webhookUrl,
    timeScale: options.timeScale ?? 1,
    publicUrl: (options.publicUrl ?? 'http://localhost:8787/sandbox').replace(/\/+$/, ''),
    denyError: options.denyError ?? 'access_denied',
    scopesField: options.scopesField ?? 'granted_scopes',
    grantedScopes: options.grantedScopes ?? [...ALL_SCOPES],
    accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 7 * 86400,
    refreshTokenTtlSeconds: options.refreshTokenTtlSeconds ?? 365 * 86400,
    authCodeTtlSeconds: options.authCodeTtlSeconds ?? 30 * 60,
    qps: options.qps ?? 50,
    csDailyQuota: options.csDailyQuota ?? 10_000,
    webhookTimeoutMs: options.webhookTimeoutMs ?? 3000,
    sensitiveWords: options.sensitiveWords ?? ['whatsapp', 'wa.me/', 'telegram', 'wechat'],
  };
  const timers = createTimers();
  const faults = new Faults();
  let dirty = false;
  const ctx: SandboxContext = {
    opts,
    now,
    state: buildInitialState(now(), opts.publicUrl),
    changed: () => {
      dirty = true;
    },
    nextSeq: () => ctx.state.seq++,
    timers,
    faults,
    webhooks: undefined as unknown as WebhookPusher, // set just below; the pusher needs ctx.nextSeq
    rateWindows: new Map(),
    csCalls: new Map(),
    couponSends: new Map(),
  };
  ctx.webhooks = new WebhookPusher({
    appKey: opts.appKey,
    appSecret: opts.appSecret,
    webhookUrl: opts.webhookUrl,
    deliver: options.deliver ?? ((req) => fetch(req)),
    now,
    timeScale: opts.timeScale,
    timeoutMs: opts.webhookTimeoutMs,
    timers,
    faults,
    nextSeq: () => ctx.nextSeq(),
  });

  // Saves are chained so two requests never write the store at the same time.
  let saving: Promise<void> = Promise.resolve();
  const persist = (): Promise<void> => {
    if (!dirty || !options.store) return saving;
    dirty = false;
    const snapshot = JSON.parse(JSON.stringify(ctx.state)) as unknown;
    saving = saving.then(() => options.store!.save(snapshot)).catch((e: unknown) => console.warn('sandbox: could not save state:', e));
    return saving;
  };

  // A store that cannot be read must not take the sandbox down: start from the fixtures and say so.
  const ready = (async () => {
    try {
      const loaded = options.store ? await options.store.load() : null;
      if (isSandboxState(loaded)) ctx.state = loaded;
      else if (loaded !== null) console.warn('sandbox: stored state has an unknown shape; starting from the fixtures');
    } catch (e) {
      console.warn('sandbox: could not load the stored state; starting from the fixtures:', e);
    }
  })();

  const reset = () => {
    ctx.state = buildInitialState(now(), opts.publicUrl);
    ctx.rateWindows.clear();
    ctx.csCalls.clear();
    ctx.couponSends.clear();
    dirty = true;
  };

  const openApi = new Hono<ApiEnv>();
  openApi.use('*', openApiGuard(ctx));
  openApi.route('/', shopRoutes(ctx));
  openApi.route('/', customerServiceRoutes(ctx));
  openApi.route('/', orderRoutes(ctx));
  openApi.route('/', returnRoutes(ctx));
  openApi.all('*', (c) => tiktokJson(c, now(), CODES.badPath, 'Invalid path or method', null, 404));

  const app = new Hono();
  app.use('*', async (_c, next) => {
    await ready;
    await next();
    await persist();
  });
  app.route('/open-api', openApi);
  app.route('/auth', tokenRoutes(ctx));
  app.route('/', authorizeRoutes(ctx));
  app.route('/api', buyerRoutes(ctx));
  app.route('/api', controlRoutes(ctx, reset));
  app.route('/assets', assetRoutes());
  app.get('/', (c) =>
    c.json({
      sandbox: 'TikTok Shop sandbox for AskChat',
      open_api: `${opts.publicUrl}/open-api`,
      auth: `${opts.publicUrl}/auth`,
      authorize: { row: `${opts.publicUrl}/services/open/authorize`, us: `${opts.publicUrl}/services-us/open/authorize` },
      shops: DEMO_SHOPS.map((s) => ({ id: s.id, region: s.region, name: s.name, seller_open_id: s.sellerOpenId })),
    }),
  );

  return {
    app,
    ready,
    state: () => ctx.state,
    shop: (market) => demoShopForMarket(market),
    messages: (conversationId) => contractMessages(ctx, conversationId),
    deliveries: () => [...ctx.webhooks.attempts],
    webhooksIdle: () => ctx.webhooks.idle(),
    issueToken: (sellerOpenId) => {
      if (!sellerByOpenId(sellerOpenId)) throw new Error(`unknown demo seller ${sellerOpenId}`);
      const tokens = issueTokens(ctx, sellerOpenId);
      void persist();
      return tokens;
    },
    authorize: (sellerOpenId, state) => {
      const seller = sellerByOpenId(sellerOpenId);
      if (!seller) throw new Error(`unknown demo seller ${sellerOpenId}`);
      return decide(ctx, seller, true, state);
    },
    reset: () => {
      reset();
      void persist();
    },
    close: async () => {
      ctx.webhooks.close();
      timers.clearAll();
      await persist();
    },
  };
}
