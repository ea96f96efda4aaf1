import * as z from 'zod/mini';
import { INTENTS, SENTIMENTS } from '../intents';
import { LANGUAGES, MARKETS } from '../markets';
import { noNulCheck } from './common';

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
  /** A note for the agent taking over, written by the organisation's AI provider when one is set up. */
  handoffSummary: z.nullable(z.string()),
  /** 'nobody_on_shift' when routing found no one and gave the conversation to an owner. */
  routingNote: z.nullable(z.string()),
  /** TikTok's response deadline while the buyer waits for the shop (ISO); null when nobody is waiting. */
  dueAt: z.nullable(z.string()),
  /** Re-paging of an escalation nobody opened: 'assignee', 'next_agent' or 'owners' (null: not paged). */
  pageLevel: z.nullable(z.string()),
  /** When a person opened the chat after it was paged (ISO); null while nobody has. */
  openedAt: z.nullable(z.string()),
  /** When it was marked resolved (ISO); null while it is not. */
  resolvedAt: z.nullable(z.string()),
  /** Where the buyer writes and replies go (docs/email.md); absent in records from before e-mail: 'tiktok'. */
  channel: z.optional(z.enum(['tiktok', 'email'])),
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
  /** The text in other languages (language code → text): a buyer's message translated for the agent, or
   * an agent's own words before AskChat translated them for the buyer (then `text` is what was sent). */
  translations: z.nullable(z.record(z.string(), z.string())),
  /** For an agent's reply: the id the sending app chose (its outbox row), so the app can match the copy. */
  clientId: z.nullable(z.string()),
  delivery: z.enum(MESSAGE_DELIVERIES),
  /** EMAIL: subject, whole text, attachments (EmailContent); CALL: direction and length. Absent otherwise. */
  content: z.optional(z.record(z.string(), z.unknown())),
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

/** An agent's reply. `clientId` is chosen by the app, so a retried send is recognised and never sent twice. */
export const agentReplyBodySchema = z.object({
  clientId: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/, { message: 'expected 8–64 letters, digits, - or _' })),
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000), noNulCheck),
  /** Translate into the buyer's language first (needs the organisation's AI provider). */
  translate: z._default(z.boolean(), false),
});
export type AgentReplyBody = z.infer<typeof agentReplyBodySchema>;

/** Translate a message; without `to`, into the signed-in user's language. */
export const translateBodySchema = z.object({ to: z.optional(z.enum(LANGUAGES)) });
