// POST /api/webhooks/tiktok — TikTok Shop pushes (reference §6). The contract: verify the signature over
// the raw body, refuse malformed and stale pushes, store the event under its notification id (a duplicate
// is a no-op on the unique index) and answer 200 with an empty body at once; process after the response.
// A correctly signed push for a shop nobody connected is stored too (then set aside as unmatched), so
// TikTok stops retrying it.
import { Hono } from 'hono/tiny';
import { AppError } from '../../shared/errors';
import { directIntake } from '../connector/webhook-intake';
import { sha256Hex } from '../crypto/tokens';
import type { AppEnv } from '../deps';
import { verifyWebhook } from '../tiktok/sign';
import { parseWebhookEventValue } from '../tiktok/wire-webhook';

/** Pushes are small; anything near this is not from TikTok. */
export const MAX_WEBHOOK_BYTES = 256 * 1024;
const FUTURE_SKEW_MS = 5 * 60_000;

export const webhookRoutes = new Hono<AppEnv>().post('/tiktok', async (c) => {
  const { config, clock } = c.get('deps');
  const declared = Number(c.req.header('content-length') ?? 0);
  if (declared > MAX_WEBHOOK_BYTES) throw new AppError('payload_too_large', `A TikTok push is at most ${MAX_WEBHOOK_BYTES / 1024} KB.`);
  const raw = await c.req.text();
  if (raw.length > MAX_WEBHOOK_BYTES) throw new AppError('payload_too_large', `A TikTok push is at most ${MAX_WEBHOOK_BYTES / 1024} KB.`);

  const verify = c.get('deps').verifyWebhook ?? verifyWebhook;
  const signed = await verify({ appKey: config.TIKTOK_APP_KEY, appSecret: config.TIKTOK_APP_SECRET, rawBody: raw, authorization: c.req.header('authorization') });
  if (!signed) throw new AppError('bad_signature', 'The Authorization header is not a valid signature of this body.');

  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AppError('bad_request', 'Not a TikTok Shop push: the body is not JSON.');
  }
  const parsed = parseWebhookEventValue(json);
  if (!parsed.ok) throw new AppError('bad_request', `Not a TikTok Shop push: ${parsed.err}.`);
  const event = parsed.val;
  const now = clock.now();
  const age = now.getTime() - event.timestamp * 1000;
  if (age > config.WEBHOOK_MAX_AGE_HOURS * 3_600_000 || age < -FUTURE_SKEW_MS) {
    throw new AppError('bad_request', `The push's timestamp is outside the accepted window (${config.WEBHOOK_MAX_AGE_HOURS} h).`);
  }

  // Some old pushes carry no notification id; then the same push is recognised by its content (§6.2).
  const key = event.tts_notification_id ?? `sha256:${await sha256Hex(`${event.type}|${event.shop_id ?? ''}|${JSON.stringify(event.data)}`)}`;
  const intake = c.get('deps').webhookIntake ?? directIntake;
  const id = await intake.store(c, {
    notificationKey: key,
    type: event.type,
    tiktokShopId: event.shop_id,
    payload: json as Record<string, unknown>,
    payloadText: raw, // stored as received: no second serialisation on the hot path
    receivedAt: now,
  });
  if (id) intake.process(c, id);
  return c.body(null, 200);
});
