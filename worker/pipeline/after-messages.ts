// What happens once new messages are stored (from a webhook or the reconciliation poll): each conversation
// with new buyer text is understood again from its latest buyer messages — language, intent queue,
// sentiment, the order id, whether a person must take over — and the inbox row is updated in one
// versioned write so phones see it on their next pull.
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Market } from '../../shared/markets';
import { understand } from '../../shared/understand/index';
import type { AppDeps } from '../deps';
import { conversations, messages, shops } from '../db/schema';
import type { Db } from '../db/types';
import { writeWithVersion } from '../db/version';

type Deps = Pick<AppDeps, 'clock' | 'log'>;

/** The latest buyer messages read together: buyers often split one question over several lines. */
const CONTEXT_MESSAGES = 3;

export async function afterMessagesStored(deps: Deps, db: Db, stored: { conversationId: string; messageIds: string[] }[]): Promise<void> {
  for (const { conversationId, messageIds } of stored) {
    const fresh = await db
      .select({ id: messages.id })
      .from(messages)
      .where(and(inArray(messages.id, messageIds), eq(messages.sender, 'buyer')));
    if (fresh.length === 0) continue;
    await classifyConversation(deps, db, conversationId);
  }
}

export async function classifyConversation(deps: Deps, db: Db, conversationId: string): Promise<void> {
  const [conversation] = await db
    .select({ id: conversations.id, orgId: conversations.orgId, market: shops.market, needsHuman: conversations.needsHuman })
    .from(conversations)
    .innerJoin(shops, eq(shops.id, conversations.shopId))
    .where(eq(conversations.id, conversationId));
  if (!conversation) return;
  const recent = await db
    .select({ text: messages.text, sender: messages.sender })
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), eq(messages.visible, true)))
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(10);
  // The buyer's side since the shop last answered, newest last.
  const lines: string[] = [];
  for (const m of recent) {
    if (m.sender !== 'buyer') break;
    if (lines.length < CONTEXT_MESSAGES) lines.unshift(m.text);
  }
  if (lines.length === 0) return;
  const result = understand(lines.join('\n'), { market: conversation.market as Market });
  await writeWithVersion(db, conversation.orgId, (tx, version) =>
    tx
      .update(conversations)
      .set({
        language: result.language,
        intent: result.intent,
        sentiment: result.sentiment,
        // Once a person is needed the flag stays until someone handles the conversation.
        needsHuman: conversation.needsHuman || result.escalate,
        status: 'open',
        version,
      })
      .where(eq(conversations.id, conversationId)),
  );
  deps.log.debug('conversation understood', { conversationId, intent: result.intent, language: result.language, escalate: result.escalate });
}
