// The e-mail channel's shapes (docs/email.md): the provider-neutral inbound webhook body, the shop's
// inbound address setting, a logged phone call, and what a stored e-mail message keeps in `content`.
import * as z from 'zod/mini';
import { emailSchema, noNulCheck } from './common';

/** Attachments are kept by reference only, and bounded: the rest are counted, not stored. */
export const MAX_ATTACHMENTS = 20;
/** Larger attachments are still listed (name, size) but flagged: nobody should open them on a phone. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
/** Text bodies beyond this are cut (the webhook's body limit is 1 MB anyway). */
export const MAX_EMAIL_TEXT = 200_000;

const text = (max: number) => z.string().check(z.maxLength(max));
const stringOrList = z.union([text(4000), z.array(text(1000)).check(z.maxLength(100))]);

export const inboundAttachmentSchema = z.object({
  filename: z._default(text(255), 'unnamed'),
  contentType: z._default(text(100), 'application/octet-stream'),
  size: z.number().check(z.int(), z.minimum(0)),
  /** Where the provider keeps it: a URL or the provider's own id (one of them, to fetch it later). */
  url: z.optional(z.url({ protocol: /^https?$/ }).check(z.maxLength(2000))),
  id: z.optional(text(200)),
  contentId: z.optional(text(250)),
});

/**
 * POST /api/webhooks/email. Either the parsed fields (`text` and/or `html`) or the raw message (`raw`,
 * RFC 5322) — with `raw`, its headers fill whatever the JSON leaves out.
 */
export const inboundEmailSchema = z.object({
  /** The provider's id of this delivery (idempotency key); the Message-ID is used when absent. */
  providerId: z.optional(text(200)),
  from: z.optional(text(1000)),
  to: z.optional(stringOrList),
  subject: z.optional(text(2000)),
  messageId: z.optional(text(1000)),
  inReplyTo: z.optional(text(4000)),
  references: z.optional(stringOrList),
  text: z.optional(z.string()),
  html: z.optional(z.string()),
  raw: z.optional(z.string()),
  attachments: z.optional(z.array(inboundAttachmentSchema).check(z.maxLength(1000))),
});
export type InboundEmail = z.infer<typeof inboundEmailSchema>;

/** The shop's address buyers write to (the shop's own, forwarded to the provider). Null switches e-mail off. */
export const shopEmailBodySchema = z.object({ address: z.nullable(emailSchema) });
export type ShopEmailBody = z.infer<typeof shopEmailBodySchema>;

export const CALL_DIRECTIONS = ['inbound', 'outbound'] as const;

/** A phone call logged in a conversation, once per clientId. */
export const callLogBodySchema = z.object({
  clientId: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/, { message: 'expected 8–64 letters, digits, - or _' })),
  direction: z.enum(CALL_DIRECTIONS),
  durationSeconds: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(86_400))),
  note: z.string().check(z.trim(), z.maxLength(2000), noNulCheck),
  /** When the call took place (ISO 8601 with a zone); now when absent. The route checks it is a real, past time. */
  at: z.optional(z.string().check(z.regex(/^\d{4}-\d\d-\d\dT[\d:.]+(?:Z|[+-]\d\d:\d\d)$/, { message: 'expected an ISO date and time with a zone' }))),
});
export type CallLogBody = z.infer<typeof callLogBodySchema>;

/** `content` of a stored e-mail message (type EMAIL); `text` holds only the new words, for the AI. */
export interface EmailContent {
  subject: string;
  fullText: string;
  /** True when the HTML body was not kept (it is only converted to text). */
  html?: boolean;
  attachments: { filename: string; contentType: string; size: number; url?: string; id?: string; oversize?: boolean }[];
  /** Attachments beyond MAX_ATTACHMENTS, counted only. */
  omittedAttachments?: number;
  relay?: 'tiktok';
}
