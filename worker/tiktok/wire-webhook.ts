// Webhook payloads (reference §6.2, §6.6). Parse AFTER verifyWebhook accepted the raw body. Only the types
// customer service acts on are typed; every other type is kept with its raw `data`.
import * as z from 'zod/mini';
import { err, ok, type Result } from '../../shared/result';
import { parseMessageContent } from './message-content';
import { idSchema, intSchema } from './wire-common';

export const webhookEnvelopeSchema = z.looseObject({
  type: intSchema,
  tts_notification_id: z.optional(idSchema), // the dedupe key; some old samples omit it
  shop_id: z.optional(idSchema),
  timestamp: intSchema,
  data: z._default(z.unknown(), {}),
});

const optStr = z.optional(z.string());

export const webhookDataSchemas = {
  1: z.looseObject({ order_id: idSchema, order_status: z.string(), is_on_hold_order: z.optional(z.boolean()), update_time: z.optional(intSchema) }),
  6: z.looseObject({ message: optStr }),
  7: z.looseObject({ message: optStr, expiration_time: z.optional(intSchema) }),
  11: z.looseObject({ order_id: idSchema, cancel_id: idSchema, cancellations_role: optStr, cancel_status: z.string(), create_time: z.optional(intSchema) }),
  12: z.looseObject({
    order_id: idSchema,
    return_id: idSchema,
    return_role: optStr,
    return_type: optStr,
    return_status: z.string(),
    create_time: z.optional(intSchema),
    update_time: z.optional(intSchema),
  }),
  13: z.looseObject({ conversation_id: idSchema, create_time: z.optional(intSchema) }),
  14: z.pipe(
    z.looseObject({
      message_id: idSchema,
      conversation_id: idSchema,
      index: z.optional(idSchema),
      type: z.string(),
      content: z._default(z.string(), ''),
      create_time: intSchema,
      is_visible: z._default(z.boolean(), true),
      sender: z.optional(z.looseObject({ im_user_id: z.optional(idSchema), role: z._default(z.string(), 'SYSTEM') })),
    }),
    z.transform((m) => ({ ...m, body: parseMessageContent(m.type, m.content) })),
  ),
} as const;

// Narrow with `known` first, then `type`: `if (e.known && e.type === 14) e.data.message_id`.
export type KnownWebhookEvent = {
  [T in keyof typeof webhookDataSchemas]: Envelope & { known: true; type: T; data: z.infer<(typeof webhookDataSchemas)[T]> };
}[keyof typeof webhookDataSchemas];
export type WebhookEvent = KnownWebhookEvent | (Envelope & { known: false; type: number; data: unknown });

type Envelope = { tts_notification_id: string | null; shop_id: string | null; timestamp: number };

export function parseWebhookEvent(rawBody: string): Result<WebhookEvent, string> {
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return err('body is not JSON');
  }
  return parseWebhookEventValue(json);
}

/** The same, for a body already parsed as JSON (or read back from storage). */
export function parseWebhookEventValue(json: unknown): Result<WebhookEvent, string> {
  const envelope = webhookEnvelopeSchema.safeParse(json);
  if (!envelope.success) return err(`bad envelope: ${envelope.error.issues[0]?.message ?? 'invalid'}`);
  const { type, tts_notification_id, shop_id, timestamp, data } = envelope.data;
  const head: Envelope = { tts_notification_id: tts_notification_id ?? null, shop_id: shop_id ?? null, timestamp };
  const schema = (webhookDataSchemas as Record<number, z.ZodMiniType | undefined>)[type];
  if (!schema) return ok({ ...head, type, data, known: false as const });
  const parsed = schema.safeParse(data);
  if (!parsed.success) return err(`bad data for type ${type}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return ok({ ...head, known: true, type, data: parsed.data } as KnownWebhookEvent);
}
