import { and, asc, desc, eq, lt, sql, type SQL } from 'drizzle-orm';
import type { Intent, Sentiment } from '../../../shared/intents';
import type { Language, Market } from '../../../shared/markets';
import type {
  ConversationListQuery,
  ConversationRecord,
  ConversationStatus,
  MessageDelivery,
  MessageRecord,
  MessageSender,
} from '../../../shared/schemas/conversations';
import { buyers, conversations, messages, shops } from '../schema';
import type { Queryable } from '../types';
import { inScope, type ShopScope } from './visibility';

/** The columns of an inbox row: the conversation with its buyer's name and its shop's market. */
export const conversationColumns = {
  id: conversations.id,
  shopId: conversations.shopId,
  buyerId: conversations.buyerId,
  buyerName: buyers.displayName,
  market: shops.market,
  language: conversations.language,
  intent: conversations.intent,
  sentiment: conversations.sentiment,
  status: conversations.status,
  needsHuman: conversations.needsHuman,
  assigneeId: conversations.assigneeId,
  groupId: conversations.groupId,
  unreadCount: conversations.unreadCount,
  handoffReason: conversations.handoffReason,
  aiDraft: conversations.aiDraft,
  handoffSummary: conversations.handoffSummary,
  routingNote: conversations.routingNote,
  dueAt: conversations.dueAt,
  pageLevel: conversations.pageLevel,
  openedAt: conversations.openedAt,
  resolvedAt: conversations.resolvedAt,
  channel: conversations.channel,
  lastMessageAt: conversations.lastMessageAt,
  lastMessagePreview: conversations.lastMessagePreview,
  lastMessageSender: conversations.lastMessageSender,
  createdAt: conversations.createdAt,
  version: conversations.version,
};


type ConversationRow = Awaited<ReturnType<typeof selectConversations>>[number];

export function toConversationRecord(row: ConversationRow): ConversationRecord {
  return {
    ...row,
    market: row.market as Market,
    language: row.language as Language | null,
    intent: row.intent as Intent | null,
    sentiment: row.sentiment as Sentiment | null,
    status: row.status as ConversationStatus,
    lastMessageSender: row.lastMessageSender as MessageSender,
    lastMessageAt: row.lastMessageAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    dueAt: row.dueAt ? row.dueAt.toISOString() : null,
    openedAt: row.openedAt ? row.openedAt.toISOString() : null,
    resolvedAt: row.resolvedAt ? row.resolvedAt.toISOString() : null,
  };
}

export function selectConversations(db: Queryable, where: SQL | undefined) {
  return db
    .select(conversationColumns)
    .from(conversations)
    .innerJoin(buyers, eq(buyers.id, conversations.buyerId))
    .innerJoin(shops, eq(shops.id, conversations.shopId))
    .where(where);
}

export async function listConversations(db: Queryable, orgId: string, scope: ShopScope, query: ConversationListQuery): Promise<ConversationRecord[]> {
  const rows = await selectConversations(
    db,
    and(
      eq(conversations.orgId, orgId),
      inScope(conversations.shopId, scope),
      query.status ? eq(conversations.status, query.status) : undefined,
      query.shopId ? eq(conversations.shopId, query.shopId) : undefined,
      query.before ? lt(conversations.lastMessageAt, new Date(query.before)) : undefined,
    ),
  )
    .orderBy(desc(conversations.lastMessageAt), desc(conversations.id))
    .limit(query.limit);
  return rows.map(toConversationRecord);
}

export async function getConversation(db: Queryable, orgId: string, scope: ShopScope, id: string): Promise<ConversationRecord | undefined> {
  const [row] = await selectConversations(db, and(eq(conversations.orgId, orgId), eq(conversations.id, id), inScope(conversations.shopId, scope))).limit(1);
  return row ? toConversationRecord(row) : undefined;
}

export const messageColumns = {
  id: messages.id,
  conversationId: messages.conversationId,
  sender: messages.sender,
  authorId: messages.authorId,
  type: messages.type,
  text: messages.text,
  translations: messages.translations,
  clientId: messages.clientId,
  delivery: messages.delivery,
  // Only e-mails and calls: their subject, attachments, direction and length show under the bubble. Other
  // types' content is TikTok's raw payload, which the app does not need. Named `content` so it is opened.
  content: sql<Record<string, unknown> | null>`case when ${messages.type} in ('EMAIL','CALL') then ${messages.content} end`.as('content'),
  createdAt: messages.createdAt,
  version: messages.version,
};

const selectMessages = (db: Queryable) => db.select(messageColumns).from(messages);
type MessageRow = Awaited<ReturnType<typeof selectMessages>>[number];

export function toMessageRecord(row: MessageRow): MessageRecord {
  return { ...row, content: row.content ?? undefined, sender: row.sender as MessageSender, delivery: row.delivery as MessageDelivery, createdAt: row.createdAt.toISOString() };
}

export async function listMessages(db: Queryable, orgId: string, conversationId: string): Promise<MessageRecord[]> {
  const rows = await selectMessages(db)
    .where(and(eq(messages.orgId, orgId), eq(messages.conversationId, conversationId), eq(messages.visible, true)))
    .orderBy(asc(messages.createdAt), asc(messages.id));
  return rows.map(toMessageRecord);
}
