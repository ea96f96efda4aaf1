// What the app is built from. The entries (worker/index.ts for Cloudflare, worker/entry-node.ts for Node)
// make these once and hand them to createApp; handlers only ever read them from the context.
import type { Context } from 'hono';
import type { Role } from '../shared/roles';
import type { AppConfig } from './config';
import type { Db, DbProvider } from './db/types';
import type { Logger } from './log';
import type { SecretBox } from './crypto/secret-box';
import type { TikTokClient } from './tiktok/client';
import type { WebhookVerifier } from './tiktok/sign';
import type { AiEngineLoader } from './ai/engine-loader';
import type { WebhookIntake } from './connector/webhook-intake';
import type { EmailSender } from './email/sender';

import type { VapidKeys } from './push/vapid';
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface PushConfig {
  vapid: VapidKeys;
  /** mailto: or https: contact sent to push services (VAPID `sub`). */
  subject: string;
}

export interface AppDeps {
  config: AppConfig;
  clock: Clock;
  log: Logger;
  db: DbProvider;
  /** Seals and opens secrets at rest (TikTok tokens, personal data). */
  secrets: SecretBox;
  /** The TikTok Shop Open API (or the local sandbox). */
  tiktok: TikTokClient;
  /** The built-in AI engine (understanding, reply decision, reply texts), loaded once per isolate. */
  ai: AiEngineLoader;
  /** How stored TikTok pushes reach processing (connector/webhook-intake.ts); direct when absent. */
  webhookIntake?: WebhookIntake;
  /** Checks TikTok's webhook signature; verifyWebhook (WebCrypto) when absent, node:crypto on Node. */
  verifyWebhook?: WebhookVerifier;
  /** Sends replies in e-mail conversations (worker/email/sender.ts); absent when EMAIL_SEND_URL is unset. */
  email?: EmailSender;
  /** Web Push for escalations; absent when no VAPID keys are configured (then nothing is pushed). */
  push?: PushConfig;
  /** Outgoing HTTP to push services (and AI providers); the global fetch when absent. */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /** The caller's address for rate limiting: `cf-connecting-ip` on Workers, the socket on Node. */
  clientIp?: (c: Context) => string | null;
}

/** The signed-in person behind a request. */
export interface Auth {
  sessionId: string;
  userId: string;
  orgId: string;
  role: Role;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    requestId: string;
    log: Logger;
    db: Db;
    auth: Auth | null;
  };
}
