// The e-mail channel's routes (docs/email.md).
//
// POST /api/webhooks/email — the provider's inbound webhook. Like TikTok's: check the signature over the
// raw body (HMAC-SHA256 of "<timestamp>.<body>", 5-minute window), store the mail under a unique key and
// answer at once; threading, storing and answering happen after the response. A repeat answers 200 with
// `duplicate: true` and stores nothing. A signed mail that cannot be read (malformed MIME, no sender) is
// still stored, parked as failed with the reason, and answered 200 with that reason: retrying it would
// not help, and nothing is thrown away.
//
// GET|PUT /api/email/shops/:shopId — the shop's inbound address (null turns e-mail off for the shop).
import { Hono } from 'hono/tiny';
import type { Context } from 'hono';
import { and, eq } from 'drizzle-orm';
import * as z from 'zod/mini';
import { AppError } from '../../shared/errors';
import { normalizeInbound } from '../../shared/email/normalize';
import { idSchema } from '../../shared/schemas/common';
import { inboundEmailSchema, shopEmailBodySchema } from '../../shared/schemas/email';
import { runAfterResponse } from '../background';
import { sha256Hex } from '../crypto/tokens';
import { isUniqueViolation } from '../db/errors';
import { visibleShopIds, scopeAllows } from '../db/queries/visibility';
import { emailEvents, shops } from '../db/schema';
import { writeWithVersion } from '../db/version';
import type { AppEnv } from '../deps';
import { checkEmailSignature } from '../email/crypto';
import { insertEmailEvent } from '../email/events';
import { processEmailEvents } from '../email/inbound';
import { mustAuth, requireAuth, requirePermission } from '../middleware/auth';
import { jsonBody, parseWith, pathParams } from '../validate';

const shopParam = pathParams(z.object({ shopId: idSchema }));

export const emailWebhookRoutes = new Hono<AppEnv>().post('/', async (c) => {
  const { config, clock } = c.get('deps');
  if (!config.EMAIL_WEBHOOK_SECRET || !config.BUYER_HASH_SECRET) throw new AppError('unavailable', 'E-mail is not configured (EMAIL_WEBHOOK_SECRET, BUYER_HASH_SECRET).');
  const raw = await c.req.text(); // the app's body limit (1 MB) applies
  const bad = await checkEmailSignature(config.EMAIL_WEBHOOK_SECRET, raw, c.req.header('x-askchat-timestamp'), c.req.header('x-askchat-signature'), clock.now().getTime());
  if (bad) throw new AppError('bad_signature', `Not a signed inbound e-mail: ${bad}.`);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AppError('bad_request', 'Not an inbound e-mail: the body is not JSON.');
  }
  const body = parseWith(inboundEmailSchema, json, 'inbound e-mail');
  const mail = normalizeInbound(body);
  const error = mail.ok ? null : mail.err;
  const key = body.providerId ? `provider:${body.providerId}` : mail.ok && mail.val.messageId ? `mid:${mail.val.messageId}>${[...mail.val.to].sort()}` : `sha256:${await sha256Hex(raw)}`;
  const db = c.get('db');
  const id = await insertEmailEvent(db, key, json as Record<string, unknown>, clock.now(), error);
  if (!id) {
    const [known] = await db.select({ id: emailEvents.id, status: emailEvents.status }).from(emailEvents).where(eq(emailEvents.eventKey, key));
    return c.json({ ...known, duplicate: true });
  }
  if (!error) runAfterResponse(c, 'process-email', (db, deps) => processEmailEvents(deps, db, [id]).then(() => processEmailEvents(deps, db, null)));
  return c.json({ id, status: error ? 'failed' : 'stored', duplicate: false, ...(error ? { error } : {}) });
});

/** The shop, when the caller may see it; its address is null until set. */
async function visibleShop(c: Context<AppEnv>, shopId: string) {
  const auth = mustAuth(c);
  const db = c.get('db');
  const [row] = await db.select({ id: shops.id, address: shops.inboundEmail }).from(shops).where(and(eq(shops.orgId, auth.orgId), eq(shops.id, shopId)));
  if (!row || !scopeAllows(await visibleShopIds(db, auth), row.id)) throw new AppError('not_found', 'No such shop.');
  return row;
}

export const emailRoutes = new Hono<AppEnv>()
  .get('/shops/:shopId', requireAuth, shopParam, async (c) => c.json({ address: (await visibleShop(c, c.req.valid('param').shopId)).address }))
  .put('/shops/:shopId', requirePermission('manage_settings'), shopParam, jsonBody(shopEmailBodySchema), async (c) => {
    const { id } = await visibleShop(c, c.req.valid('param').shopId);
    const { address } = c.req.valid('json');
    // `+` is how replies name their conversation (local+token@domain): the shop's own address has none.
    if (address?.split('@')[0]!.includes('+')) throw new AppError('validation_failed', 'Invalid request body — address: give it without a +tag; AskChat adds its own.');
    try {
      await writeWithVersion(c.get('db'), mustAuth(c).orgId, (tx, version) => tx.update(shops).set({ inboundEmail: address, version }).where(eq(shops.id, id)));
    } catch (e) {
      throw isUniqueViolation(e) ? new AppError('conflict', 'Another shop already receives e-mail at this address.') : e;
    }
    return c.json({ address });
  });
