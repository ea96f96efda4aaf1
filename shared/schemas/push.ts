// A browser's Web Push subscription as PushSubscription.toJSON() gives it, sent by the PWA to be told about
// escalations on this device.
import * as z from 'zod/mini';

const base64url = (bytes: number) => z.string().check(z.regex(/^[A-Za-z0-9_-]+={0,2}$/), z.minLength(Math.floor((bytes * 4) / 3)), z.maxLength(Math.ceil((bytes * 4) / 3) + 2));

export const pushSubscriptionBodySchema = z.object({
  endpoint: z.url().check(z.maxLength(1000), z.refine((u) => u.startsWith('https://') || /^http:\/\/(?:127\.0\.0\.1|localhost|\[::1\])[:/]/.test(u), { message: 'expected an https address' })),
  /** The push service's own expiry, when it has one (ms since the epoch); unused but accepted. */
  expirationTime: z.optional(z.nullable(z.number())),
  keys: z.object({ p256dh: base64url(65), auth: base64url(16) }),
});
export type PushSubscriptionBody = z.infer<typeof pushSubscriptionBodySchema>;

export const pushUnsubscribeBodySchema = z.object({ endpoint: z.string().check(z.maxLength(1000)) });
