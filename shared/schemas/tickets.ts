// After-sales tickets over the API (worker/routes/tickets.ts): opening one from a conversation, applying an
// event of the ticket machine (shared/tickets), and the ticket as the API answers it, with its timeline.
import * as z from 'zod/mini';
import { TICKET_EVENTS, TICKET_KINDS } from '../tickets/types';
import { idSchema, noNulCheck } from './common';

/** TikTok order ids: 18–19 digits today; kept as text (they overflow JavaScript numbers). */
export const orderIdSchema = z.string().check(z.regex(/^\d{6,32}$/, { message: 'expected a TikTok order id (digits)' }));

export const openTicketBodySchema = z.object({
  conversationId: idSchema,
  kind: z.enum(TICKET_KINDS),
  /** Must be an order of the conversation's buyer. */
  orderId: z.optional(orderIdSchema),
});
export type OpenTicketBody = z.infer<typeof openTicketBodySchema>;

/** The events a person may apply ('open' only creates a ticket). */
export const APPLICABLE_EVENTS = TICKET_EVENTS.filter((e) => e !== 'open') as Exclude<(typeof TICKET_EVENTS)[number], 'open'>[];

export const ticketEventBodySchema = z.object({
  event: z.enum(APPLICABLE_EVENTS),
  note: z.optional(z.string().check(z.trim(), z.maxLength(1000), noNulCheck)),
  /** Rejecting a TikTok return or cancellation needs one of TikTok's reject reason names. */
  rejectReason: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
});
export type TicketEventBody = z.infer<typeof ticketEventBodySchema>;

export const ticketListQuerySchema = z.object({
  conversationId: z.optional(idSchema),
  state: z.optional(z.enum(['open', 'closed'])),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200)), 50),
});
export type TicketListQuery = z.infer<typeof ticketListQuerySchema>;

export const ticketTimelineEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  event: z.enum(TICKET_EVENTS),
  fromState: z.nullable(z.string()),
  toState: z.string(),
  /** Who did it; null when TikTok or AskChat did. */
  actorId: z.nullable(z.string()),
  note: z.nullable(z.string()),
  /** The TikTok status this step followed. */
  tiktokStatus: z.nullable(z.string()),
  /** The notice the buyer was sent at this step. */
  notice: z.nullable(z.string()),
});
export type TicketTimelineEntry = z.infer<typeof ticketTimelineEntrySchema>;

/** A ticket as the API returns it (and as sync could carry it): the row and its timeline, oldest first. */
export const ticketRecordSchema = z.object({
  id: z.string(),
  shopId: z.string(),
  conversationId: z.nullable(z.string()),
  kind: z.enum(TICKET_KINDS),
  state: z.string(),
  orderId: z.nullable(z.string()),
  tiktokReturnId: z.nullable(z.string()),
  tiktokCancelId: z.nullable(z.string()),
  tiktokStatus: z.nullable(z.string()),
  createdBy: z.nullable(z.string()),
  createdAt: z.string(),
  closedAt: z.nullable(z.string()),
  version: z.number(),
  timeline: z.array(ticketTimelineEntrySchema),
});
export type TicketRecord = z.infer<typeof ticketRecordSchema>;
