// A reply in an e-mail conversation (AskChat's or an agent's), sent through the provider: from the shop's
// address, Reply-To the conversation's sub-address, "Re: <subject>", In-Reply-To and References pointing at
// the buyer's last mail, and our own Message-ID recorded so the buyer's answer threads back here.
// send-message.ts calls this for conversations whose key starts with `email:`.
import { desc, eq } from 'drizzle-orm';
import { isTikTokRelay } from '../../shared/email/tiktok-relay';
import { err, ok, type Result } from '../../shared/result';
import type { AppDeps } from '../deps';
import { buyers, conversations, emailMessages, messages, shops } from '../db/schema';
import type { Db } from '../db/types';

/** An e-mail conversation's unique key in the shop (conversations.tiktok_conversation_id): `email:<token>`. */
export const EMAIL_KEY_PREFIX = 'email:';

export interface EmailFailure {
  kind: string;
  code: null;
  message: string;
}

const fail = (kind: string, message: string) => err<EmailFailure>({ kind, code: null, message });

export async function sendEmailReply(deps: Pick<AppDeps, 'email' | 'clock'>, db: Db, conversationId: string, messageId: string, body: string): Promise<Result<{ messageId: string }, EmailFailure>> {
  const [row] = await db
    .select({ key: conversations.tiktokConversationId, shopId: shops.id, orgId: shops.orgId, shopName: shops.name, shopAddress: shops.inboundEmail, to: buyers.email })
    .from(conversations)
    .innerJoin(shops, eq(shops.id, conversations.shopId))
    .innerJoin(buyers, eq(buyers.id, conversations.buyerId))
    .where(eq(conversations.id, conversationId));
  if (!row?.shopAddress || !deps.email) return fail('unconfigured', 'e-mail is not set up (the shop\'s address, or EMAIL_SEND_URL)');
  if (!row.to || isTikTokRelay(row.to)) return fail('rejected', 'no address to answer: reply in the TikTok chat');
  // The thread, newest first: the buyer's last mail is answered, every id goes into References.
  const thread = await db
    .select({ rfcId: emailMessages.rfcId, direction: emailMessages.direction, content: messages.content })
    .from(emailMessages)
    .leftJoin(messages, eq(messages.id, emailMessages.messageId))
    .where(eq(emailMessages.conversationId, conversationId))
    .orderBy(desc(emailMessages.createdAt))
    .limit(20);
  const lastIn = thread.find((t) => t.direction === 'in');
  const subject = String(lastIn?.content?.['subject'] || row.shopName);
  const [local, domain] = row.shopAddress.split('@') as [string, string];
  const rfcId = `${messageId.toLowerCase()}@${domain}`; // the same id when a failed reply is sent again
  const sent = await deps.email.send({
    from: { name: row.shopName, address: row.shopAddress },
    replyTo: `${local}+${row.key.slice(EMAIL_KEY_PREFIX.length)}@${domain}`,
    to: row.to,
    subject: /^re:/i.test(subject) ? subject : `Re: ${subject}`,
    text: body,
    messageId: rfcId,
    inReplyTo: lastIn?.rfcId ?? null,
    references: thread.map((t) => t.rfcId).reverse(),
  });
  if (!sent.ok) return fail(sent.err.kind, sent.err.message);
  await db.insert(emailMessages).values({ shopId: row.shopId, rfcId, orgId: row.orgId, conversationId, messageId, direction: 'out', createdAt: deps.clock.now() }).onConflictDoNothing();
  return ok({ messageId: rfcId });
}
