import * as z from 'zod/mini';
import { INTENTS, SENTIMENTS } from '../intents';
import { LANGUAGES, MARKETS } from '../markets';

export const CONVERSATION_STATUSES = ['open', 'pending', 'resolved'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

export const MESSAGE_SENDERS = ['buyer', 'seller', 'agent', 'ai', 'system'] as const;
export type MessageSender = (typeof MESSAGE_SENDERS)[number];

export const MESSAGE_DELIVERIES = ['received', 'queued', 'sent', 'failed'] as const;
export type MessageDelivery = (typeof MESSAGE_DELIVERIES)[number];

/** A conversation as the inbox shows it (and as the PWA keeps it in IndexedDB). */
export const conversationRecordSchema = z.object({
  id: z.string(),
  shopId: z.string(),
  buyerId: z.string(),
  buyerName: z.string(),
  market: z.enum(MARKETS),
  language: z.nullable(z.enum(LANGUAGES)),
  intent: z.nullable(z.enum(INTENTS)),
  sentiment: z.nullable(z.enum(SENTIMENTS)),
  status: z.enum(CONVERSATION_STATUSES),
  needsHuman: z.boolean(),
  assigneeId: z.nullable(z.string()),
  groupId: z.nullable(z.string()),
  unreadCount: z.number(),
  /** Why AskChat handed the conversation to a person (e.g. escalate:damaged_item), while it waits. */
  handoffReason: z.nullable(z.string()),
  /** AskChat's suggested reply for the agent to edit and send. */
  aiDraft: z.nullable(z.string()),
  lastMessageAt: z.string(),
  lastMessagePreview: z.string(),
  lastMessageSender: z.enum(MESSAGE_SENDERS),
  createdAt: z.string(),
  version: z.number(),
});
export type ConversationRecord = z.infer<typeof conversationRecordSchema>;

export const messageRecordSchema = z.object({
  id: z.string(),
  conversationId: z.string(),
  sender: z.enum(MESSAGE_SENDERS),
  authorId: z.nullable(z.string()),
  type: z.string(),
  text: z.string(),
  delivery: z.enum(MESSAGE_DELIVERIES),
  createdAt: z.string(),
  version: z.number(),
});
export type MessageRecord = z.infer<typeof messageRecordSchema>;

export const conversationListQuerySchema = z.object({
  status: z.optional(z.enum(CONVERSATION_STATUSES)),
  shopId: z.optional(z.string().check(z.maxLength(40))),
  before: z.optional(z.string().check(z.maxLength(40))),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200)), 50),
});
export type ConversationListQuery = z.infer<typeof conversationListQuerySchema>;
