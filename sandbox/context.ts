// What every sandbox route shares: resolved options, the injected clock, the current state (replaced on
// reset or load), the id sequence, timers, faults and the webhook pusher. Built once by createSandbox.
import { DEMO_SELLERS, DEMO_SHOPS, type DemoSeller, type DemoShop } from './fixtures';
import type { Faults } from './faults';
import type { SandboxState, SbxBuyer, SbxConversation } from './state';
import type { Timers } from './timers';
import type { WebhookPusher } from './webhooks';

export interface SandboxStore {
  load(): Promise<unknown | null>;
  save(snapshot: unknown): Promise<void>;
}

export interface SandboxOptions {
  appKey: string;
  appSecret: string;
  serviceId?: string; // when set, the authorize page requires it (or the legacy app_key)
  redirectUrl: string; // AskChat's OAuth callback
  webhookUrl: string; // AskChat's POST /api/webhooks/tiktok
  deliver?: (req: Request) => Promise<Response>; // defaults to fetch
  now?: () => number; // ms
  timeScale?: number; // divides webhook retry delays; default 1
  store?: SandboxStore;
  publicUrl?: string; // absolute URL of the mount, for image and avatar URLs; default http://localhost:8787/sandbox
  denyError?: 'access_denied' | 'auth_denied'; // §11.4
  scopesField?: 'granted_scopes' | 'granted_permissions'; // §11.3
  grantedScopes?: string[]; // default: every scope the sandbox knows
  accessTokenTtlSeconds?: number; // default 7 days
  refreshTokenTtlSeconds?: number; // default 365 days
  authCodeTtlSeconds?: number; // default 30 min
  qps?: number; // per API per shop; default 50
  csDailyQuota?: number; // customer-service calls per shop per UTC day; default 10,000
  webhookTimeoutMs?: number; // the receiver's deadline; default 3 s
  sensitiveWords?: string[]; // Send Message refuses text containing these (45101006)
}

export const ALL_SCOPES = [
  'seller.authorization.info',
  'seller.shop.info',
  'customer_service',
  'order.info',
  'fulfillment.basic',
  'return_refund.basic',
  'event.webhook',
] as const;

export function scopeForPath(path: string): string | null {
  const category = path.split('/')[1];
  const map: Record<string, string> = {
    authorization: 'seller.authorization.info',
    seller: 'seller.shop.info',
    customer_service: 'customer_service',
    order: 'order.info',
    fulfillment: 'fulfillment.basic',
    return_refund: 'return_refund.basic',
    event: 'event.webhook',
  };
  return category ? (map[category] ?? null) : null;
}

export type ResolvedOptions = Required<Omit<SandboxOptions, 'store' | 'serviceId' | 'deliver' | 'now'>> & { serviceId: string | null };

export interface SandboxContext {
  opts: ResolvedOptions;
  now: () => number;
  state: SandboxState;
  changed(): void; // mark the state dirty; saved after the request
  nextSeq(): number;
  timers: Timers;
  faults: Faults;
  webhooks: WebhookPusher;
  rateWindows: Map<string, { second: number; count: number }>;
  csCalls: Map<string, number>; // shop:day → count
  couponSends: Map<string, number>; // shop → last coupon card ms
}

export const nowSeconds = (ctx: SandboxContext) => Math.floor(ctx.now() / 1000);

export function shopById(id: string): DemoShop | undefined {
  return DEMO_SHOPS.find((s) => s.id === id);
}
export function shopByCipher(cipher: string): DemoShop | undefined {
  return DEMO_SHOPS.find((s) => s.cipher === cipher);
}
export function sellerByOpenId(openId: string): DemoSeller | undefined {
  return DEMO_SELLERS.find((s) => s.openId === openId);
}
export function shopsOfSeller(openId: string): DemoShop[] {
  return DEMO_SHOPS.filter((s) => s.sellerOpenId === openId);
}
export function buyersOfShop(ctx: SandboxContext, shopId: string): SbxBuyer[] {
  return Object.values(ctx.state.buyers).filter((b) => b.shopId === shopId);
}
export function conversationOfBuyer(ctx: SandboxContext, shopId: string, buyerUserId: string): SbxConversation | undefined {
  return Object.values(ctx.state.conversations).find((c) => c.shopId === shopId && c.buyerUserId === buyerUserId);
}
