// Web Push subscriptions: the PWA asks for the server's VAPID public key, subscribes the browser and
// registers the subscription here; escalations are then pushed to it (worker/pipeline/notify.ts).
import { Hono } from 'hono/tiny';
import { and, eq } from 'drizzle-orm';
import { newId } from '../../shared/ids';
import { pushSubscriptionBodySchema, pushUnsubscribeBodySchema } from '../../shared/schemas/push';
import { pushSubscriptions } from '../db/schema';
import type { AppEnv } from '../deps';
import { AppError } from '../errors';
import { mustAuth, requireAuth } from '../middleware/auth';
import { jsonBody } from '../validate';

export const pushRoutes = new Hono<AppEnv>()
  .get('/key', requireAuth, (c) => {
    const push = c.get('deps').push;
    if (!push) throw new AppError('unavailable', 'Push notifications are not set up on this server (VAPID keys).');
    return c.json({ publicKey: push.vapid.publicKey });
  })
  .post('/subscriptions', requireAuth, jsonBody(pushSubscriptionBodySchema), async (c) => {
    const auth = mustAuth(c);
    const { endpoint, keys } = c.req.valid('json');
    // One device, one subscription: whoever signed in on it last is the one told.
    await c
      .get('db')
      .insert(pushSubscriptions)
      .values({ id: newId('push'), orgId: auth.orgId, userId: auth.userId, endpoint, p256dh: keys.p256dh, auth: keys.auth })
      .onConflictDoUpdate({ target: pushSubscriptions.endpoint, set: { orgId: auth.orgId, userId: auth.userId, p256dh: keys.p256dh, auth: keys.auth } });
    return c.json({ ok: true }, 201);
  })
  .post('/subscriptions/delete', requireAuth, jsonBody(pushUnsubscribeBodySchema), async (c) => {
    const auth = mustAuth(c);
    await c
      .get('db')
      .delete(pushSubscriptions)
      .where(and(eq(pushSubscriptions.endpoint, c.req.valid('json').endpoint), eq(pushSubscriptions.userId, auth.userId)));
    return c.json({ ok: true });
  });
