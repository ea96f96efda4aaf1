// An agent's side of a conversation: replying to the buyer (optionally translated into the buyer's
// language, both texts kept) and reading a buyer's message in the agent's own language. Translation needs
// the organisation's AI provider; without it these refuse clearly and send nothing.
import { and, eq, sql } from 'drizzle-orm';
import type { Language } from '../../shared/markets';
import type { AgentReplyBody, MessageRecord } from '../../shared/schemas/conversations';
import type { AppDeps, Auth } from '../deps';
import { AppError } from '../errors';
import { openShopAi, type ShopAi } from '../ai/shop-ai';
import { translate } from '../ai/provider/tasks';
import { messageColumns, toMessageRecord } from '../db/queries/conversations';
import { isUniqueViolation } from '../db/errors';
import { addMessages } from '../db/queries/ingest';
import { conversations, messages, shops, users } from '../db/schema';
import type { Db } from '../db/types';
import { writeWithVersion } from '../db/version';
import { deliver, type SendTarget } from './send-message';

type Deps = Pick<AppDeps, 'secrets' | 'clock' | 'tiktok' | 'log' | 'ai'>;

/** The signed-in user's language for reading buyers' messages (the app speaks English or Chinese). */
export async function userLanguage(db: Db, userId: string): Promise<Language> {
  const [user] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, userId));
  return user?.locale.startsWith('zh') ? 'zh' : 'en';
}

async function sendTarget(db: Db, conversationId: string): Promise<SendTarget & { language: Language | null; aiDraft: string | null }> {
  const [row] = await db.select({ conversation: conversations, shop: shops }).from(conversations).innerJoin(shops, eq(shops.id, conversations.shopId)).where(eq(conversations.id, conversationId));
  if (!row) throw new AppError('not_found', 'No such conversation.');
  const { conversation, shop } = row;
  return { id: conversation.id, orgId: conversation.orgId, tiktokConversationId: conversation.tiktokConversationId, shop, language: conversation.language as Language | null, aiDraft: conversation.aiDraft };
}

async function requireAi(deps: Deps, db: Db, orgId: string, shopId: string): Promise<ShopAi> {
  const ai = await openShopAi(deps, db, orgId, shopId);
  if (!ai) throw new AppError('ai_unavailable', 'Translation needs an AI provider: set one up in Settings, or send without translation.');
  return ai;
}

async function translated(deps: Deps, db: Db, ai: ShopAi, shopId: string, text: string, from: Language | undefined, to: Language): Promise<string> {
  const r = await ai.run(ai.estimate(text.length + 600, Math.min(2000, 100 + text.length * 2)), () => translate(ai.provider, { text, to, ...(from ? { from } : {}) }));
  if (!r.ok) throw new AppError('ai_unavailable', `The AI provider could not translate this (${r.err.kind}). Nothing was sent.`);
  deps.log.debug('translated', { shopId, from, to, chars: text.length });
  return r.val.text;
}

async function messageByClientId(db: Db, conversationId: string, clientId: string) {
  const [row] = await db.select(messageColumns).from(messages).where(and(eq(messages.conversationId, conversationId), eq(messages.clientId, clientId)));
  return row;
}

/**
 * Sends an agent's reply once per clientId: a repeat of a sent reply returns it unchanged; a repeat of one
 * TikTok refused tries to deliver it again. The conversation stays with the person (AskChat does not
 * answer it by itself any more) and waits for the buyer.
 */
export async function sendAgentReply(deps: Deps, db: Db, auth: Auth, conversationId: string, body: AgentReplyBody): Promise<{ message: MessageRecord; created: boolean }> {
  const c = await sendTarget(db, conversationId);
  const existing = await messageByClientId(db, c.id, body.clientId);
  if (existing) return { message: await redeliverIfFailed(deps, db, c, existing), created: false };

  let text = body.text;
  let translations: Record<string, string> | null = null;
  if (body.translate && c.language) {
    const engine = await deps.ai.load();
    const written = engine.understand(body.text).language;
    if (written !== c.language) {
      const ai = await requireAi(deps, db, c.orgId, c.shop.id);
      text = await translated(deps, db, ai, c.shop.id, body.text, written, c.language);
      translations = { [written]: body.text };
    }
  }

  let messageId: string;
  try {
    [messageId] = (await writeWithVersion(db, c.orgId, (tx, version) =>
      addMessages(
        tx,
        { id: c.id, orgId: c.orgId, shopId: c.shop.id },
        [{ tiktokMessageId: null, sender: 'agent', authorId: auth.userId, clientId: body.clientId, translations, type: 'TEXT', text, content: { text }, delivery: 'queued', createdAt: deps.clock.now() }],
        version,
      ),
    )) as [string];
  } catch (error) {
    // The same reply sent twice at once: the other request stored it and sends it.
    if (!isUniqueViolation(error)) throw error;
    const other = await messageByClientId(db, c.id, body.clientId);
    if (!other) throw error;
    return { message: toMessageRecord(other), created: false };
  }
  // The draft AskChat offered when the agent replied: the dashboard compares them (sent as is, edited, discarded).
  const result = await deliver(deps, db, c, messageId, text, c.aiDraft ? { aiDraft: c.aiDraft } : null);
  if (result.ok) {
    await writeWithVersion(db, c.orgId, (tx, version) =>
      // A person answered: whatever was paged has been seen (jobs/repage.ts stops).
      tx.update(conversations).set({ status: 'pending', unreadCount: 0, aiDraft: null, openedAt: sql`coalesce(${conversations.openedAt}, ${deps.clock.now().toISOString()}::timestamptz)`, version }).where(eq(conversations.id, c.id)),
    );
  }
  const stored = await messageByClientId(db, c.id, body.clientId);
  if (!result.ok) throw refused(result.error);
  return { message: toMessageRecord(stored!), created: true };
}

/** The same words for TikTok and e-mail: the reason names what refused it. */
const refused = (error: string) => new AppError('delivery_failed', `The channel did not accept the message: ${error}. It is kept; send it again to retry.`);

async function redeliverIfFailed(deps: Deps, db: Db, c: SendTarget, row: Parameters<typeof toMessageRecord>[0]): Promise<MessageRecord> {
  if (row.delivery !== 'failed') return toMessageRecord(row);
  const [stored] = await db.select({ replyMeta: messages.replyMeta }).from(messages).where(eq(messages.id, row.id));
  const { error: _lastError, ...kept } = stored?.replyMeta ?? {};
  const result = await deliver(deps, db, c, row.id, row.text, Object.keys(kept).length ? kept : null);
  if (!result.ok) throw refused(result.error);
  const [fresh] = await db.select(messageColumns).from(messages).where(eq(messages.id, row.id));
  return toMessageRecord(fresh!);
}

/** A message in another language, kept on the message so it is translated once and synced to every phone. */
export async function translateMessage(deps: Deps, db: Db, conversationId: string, messageId: string, to: Language): Promise<{ messageId: string; language: Language; text: string }> {
  const c = await sendTarget(db, conversationId);
  const [row] = await db.select().from(messages).where(and(eq(messages.id, messageId), eq(messages.conversationId, c.id)));
  if (!row) throw new AppError('not_found', 'No such message.');
  const known = row.translations?.[to];
  if (known) return { messageId, language: to, text: known };
  if (!row.text.trim()) throw new AppError('validation_failed', 'This message has no text to translate.');
  const from = row.sender === 'buyer' ? (c.language ?? undefined) : undefined;
  if (from === to) return { messageId, language: to, text: row.text };
  const ai = await requireAi(deps, db, c.orgId, c.shop.id);
  const text = await translated(deps, db, ai, c.shop.id, row.text, from, to);
  await writeWithVersion(db, c.orgId, (tx, version) =>
    tx
      .update(messages)
      .set({ translations: { ...(row.translations ?? {}), [to]: text }, version })
      .where(eq(messages.id, messageId)),
  );
  return { messageId, language: to, text };
}
