// Configuration, parsed once from the environment (Workers bindings or process.env) and failing loudly
// with every bad key at once. docs in README.md#configuration list each variable.
import * as z from 'zod/mini';

const bool = z.pipe(
  z.optional(z.string()),
  z.transform((v) => v === '1' || v === 'true' || v === 'yes'),
);
const list = z.pipe(
  z.optional(z.string()),
  z.transform((v) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean)),
);

export const configSchema = z.object({
  /** Postgres connection string (Neon in production). Absent on Node: embedded PGlite is used. */
  DATABASE_URL: z.optional(z.string().check(z.minLength(1))),
  /** The public origin of the app, e.g. https://askchat.example.com (OAuth redirects, invite links, CSRF). */
  PUBLIC_URL: z.optional(z.url()),
  /** Further origins allowed to make cookie-authenticated requests (comma-separated). */
  ALLOWED_ORIGINS: list,
  TIKTOK_APP_KEY: z._default(z.string().check(z.minLength(1)), 'sandbox-app-key'),
  TIKTOK_APP_SECRET: z._default(z.string().check(z.minLength(1)), 'sandbox-app-secret-change-me'),
  /** Partner Center service id, sent on the authorize link (reference §2.1). */
  TIKTOK_SERVICE_ID: z._default(z.string(), ''),
  TIKTOK_API_BASE: z._default(z.url(), 'https://open-api.tiktokglobalshop.com'),
  TIKTOK_AUTH_BASE: z._default(z.url(), 'https://auth.tiktok-shops.com'),
  TIKTOK_AUTHORIZE_URL: z._default(z.url(), 'https://services.tiktokshop.com/open/authorize'),
  /** The US authorize host is uncertain in TikTok's own docs (reference §11.1): copy Partner Center's link. */
  TIKTOK_AUTHORIZE_URL_US: z._default(z.url(), 'https://services.us.tiktokshop.com/open/authorize'),
  /** Pushes older than this are refused (replay window); TikTok's own retries span about 16 hours. */
  WEBHOOK_MAX_AGE_HOURS: z._default(z.coerce.number().check(z.minimum(1), z.maximum(24 * 14)), 48),
  /** AES-256-GCM keys for secrets at rest: "id:base64key[,older…]"; the first seals. */
  ENCRYPTION_KEYS: z.optional(z.string().check(z.minLength(10))),
  SESSION_DAYS: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(365)), 30),
  LOG_LEVEL: z._default(z.enum(['debug', 'info', 'warn', 'error']), 'info'),
  /** Web Push (VAPID) key pair, base64url: 65-byte uncompressed public key, 32-byte private key. Without
   * them no push is sent; on Node they are generated into DATA_DIR. */
  VAPID_PUBLIC_KEY: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{87}$/, { message: 'expected 65 bytes, base64url' }))),
  VAPID_PRIVATE_KEY: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/, { message: 'expected 32 bytes, base64url' }))),
  /** How the push services' operators can reach you: a mailto: or https: address. Default: PUBLIC_URL. */
  VAPID_SUBJECT: z.optional(z.string().check(z.regex(/^(?:mailto:|https:)/, { message: 'expected a mailto: or https: address' }))),
  /** Mark cookies Secure even on localhost (behind a TLS-terminating proxy on a local name). */
  FORCE_SECURE_COOKIES: bool,
  /** E-mail channel (docs/email.md): the secret inbound e-mail webhooks are signed with; unset, e-mail is off. */
  EMAIL_WEBHOOK_SECRET: z.optional(z.string().check(z.minLength(16))),
  /** HMAC key of the lookup hashes of buyers' e-mail addresses. Never change it without re-hashing. */
  BUYER_HASH_SECRET: z.optional(z.string().check(z.minLength(16))),
  /** The e-mail provider's send endpoint (JSON over HTTPS) and its API key; unset, replies by e-mail fail visibly. */
  EMAIL_SEND_URL: z.optional(z.url()),
  EMAIL_SEND_API_KEY: z.optional(z.string()),
});

export type AppConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function parseConfig(env: Record<string, unknown>): AppConfig {
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(configSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value !== '') picked[key] = value;
  }
  const result = configSchema.safeParse(picked);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration — ${problems}`);
  }
  return result.data;
}
