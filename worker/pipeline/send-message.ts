// Sending a text to the buyer through TikTok's customer-service API, for AskChat (replies, holding
// messages) and for agents alike. The message is stored first (queued, no TikTok id yet), then sent, then
// given TikTok's id — so the echo TikTok pushes for our own send finds the row and adopts it instead of
// adding a copy, and a message that could not be sent is kept, marked failed, never lost.
// E-mail conversations (key `email:<token>`, docs/email.md) go out through the e-mail provider instead,
// with the same record: queued, then sent with the mail's Message-ID, or failed with the reason.
import { eq } from 'drizzle-orm';
import type { AppDeps } from '../deps';
import { shopSession } from '../connector/shop-session';
import { addMessages } from '../db/queries/ingest';
import { conversations, messages } from '../db/schema';
import type { Db } from '../db/types';
import { writeWithVersion } from '../db/version';
import { EMAIL_KEY_PREFIX, sendEmailReply } from '../email/outbound';
import { withTokenRefresh } from '../tiktok/token-refresh';
import type { ShopRow } from './reply-context';

type Deps = Pick<AppDeps, 'secrets' | 'clock' | 'tiktok' | 'log' | 'email'>;

/** TikTok refuses longer text messages (reference §7.4). */
export const MAX_TEXT_CHARS = 2000;

export interface SendTarget {
  id: string;
  orgId: string;
  tiktokConversationId: string;
  shop: ShopRow;
}

export type SendResult = { ok: true; messageId: string } | { ok: false; messageId: string; error: string };

/** AskChat's own message. A failed send hands the conversation to a person. */
export async function sendText(deps: Deps, db: Db, c: SendTarget, text: string, replyMeta: Record<string, unknown>): Promise<SendResult> {
  const body = text.slice(0, MAX_TEXT_CHARS);
  const [messageId] = await writeWithVersion(db, c.orgId, (tx, version) =>
    addMessages(
      tx,
      { id: c.id, orgId: c.orgId, shopId: c.shop.id },
      [{ tiktokMessageId: null, sender: 'ai', type: 'TEXT', text: body, content: { text: body }, delivery: 'queued', createdAt: deps.clock.now() }],
      version,
    ),
  );
  const result = await deliver(deps, db, c, messageId!, body, replyMeta);
  if (!result.ok) {
    await writeWithVersion(db, c.orgId, (tx, version) =>
      tx.update(conversations).set({ needsHuman: true, handoffReason: 'send_failed', version }).where(eq(conversations.id, c.id)),
    );
  }
  return result;
}

/** Sends a stored, not yet delivered message and records the outcome on it. */
export async function deliver(deps: Deps, db: Db, c: SendTarget, messageId: string, body: string, replyMeta: Record<string, unknown> | null): Promise<SendResult> {
  const result = c.tiktokConversationId.startsWith(EMAIL_KEY_PREFIX)
    ? await sendEmailReply(deps, db, c.id, messageId, body)
    : await withTokenRefresh(shopSession(deps, db, c.shop), (auth) => deps.tiktok.sendMessage(auth, c.tiktokConversationId, { type: 'TEXT', content: { content: body } }));
  await writeWithVersion(db, c.orgId, async (tx, version) => {
    await tx
      .update(messages)
      .set(
        result.ok
          ? { tiktokMessageId: result.val.messageId, delivery: 'sent', replyMeta, version }
          : { delivery: 'failed', replyMeta: { ...replyMeta, error: result.err.message }, version },
      )
      .where(eq(messages.id, messageId));
    // The shop has answered: TikTok's response clock for this wait stops (respond.ts starts the next).
    if (result.ok) await tx.update(conversations).set({ waitingSince: null, dueAt: null, warnedLevel: null, version }).where(eq(conversations.id, c.id));
  });
  if (result.ok) return { ok: true, messageId };
  deps.log.warn('message not delivered', { conversationId: c.id, kind: result.err.kind, code: result.err.code });
  return { ok: false, messageId, error: result.err.message };
}

