// Retention: an organisation may keep buyers' words for a limited time (`settings.retentionDays`). Older
// messages lose their text, raw content, translations and reply records, and older conversations their
// preview, draft and summary; rows, dates, senders and intents stay, so counts and response times stay
// right; processed inbound e-mail events of that age are deleted. Bounded batches, and the predicate only
// picks what still holds text, so a run cut off halfway is simply continued by the next one and nothing
// newer is touched.
import { and, eq, inArray, isNotNull, lt, ne, or, sql } from 'drizzle-orm';
import { conversations, emailEvents, messages, organizations, webhookEvents } from '../db/schema';
import type { Db } from '../db/types';
import { writeWithVersion } from '../db/version';

export const MIN_RETENTION_DAYS = 30;
const BATCH = 500;
const DAY = 86_400_000;
/** TikTok retries a push for about 16 hours; a stored event is needed for de-duplication well within this. */
export const WEBHOOK_EVENT_DAYS = 14;

const withWords = or(ne(messages.text, ''), isNotNull(messages.content), isNotNull(messages.translations), isNotNull(messages.replyMeta));

export function retentionDaysOf(settings: Record<string, unknown>): number | null {
  const d = settings['retentionDays'];
  return typeof d === 'number' && Number.isInteger(d) && d >= MIN_RETENTION_DAYS ? d : null;
}

/** What a retention of `days` would clear today (the dry run). */
export async function retentionPreview(db: Db, orgId: string, days: number, now: Date) {
  const cutoff = new Date(now.getTime() - days * DAY);
  const [m] = await db.select({ n: sql<number>`count(*)::int` }).from(messages).where(and(eq(messages.orgId, orgId), lt(messages.createdAt, cutoff), withWords));
  const [c] = await db.select({ n: sql<number>`count(*)::int` }).from(conversations).where(and(eq(conversations.orgId, orgId), lt(conversations.lastMessageAt, cutoff), ne(conversations.lastMessagePreview, '')));
  return { cutoff: cutoff.toISOString(), messages: m?.n ?? 0, conversations: c?.n ?? 0 };
}

/** One bounded pass for one organisation; returns how many messages it cleared (0: nothing left). */
export async function applyRetention(db: Db, orgId: string, days: number, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - days * DAY);
  return writeWithVersion(db, orgId, async (tx, version) => {
    const batch = tx.select({ id: messages.id }).from(messages).where(and(eq(messages.orgId, orgId), lt(messages.createdAt, cutoff), withWords)).limit(BATCH);
    const cleared = await tx.update(messages).set({ text: '', content: null, translations: null, replyMeta: null, version }).where(inArray(messages.id, batch)).returning({ id: messages.id });
    await tx
      .update(conversations)
      .set({ lastMessagePreview: '', aiDraft: null, handoffSummary: null, version })
      .where(and(eq(conversations.orgId, orgId), lt(conversations.lastMessageAt, cutoff), ne(conversations.lastMessagePreview, '')));
    // Processed inbound mail (its payload already emptied) still names the Message-ID and recipients in its key.
    const mail = tx.select({ id: emailEvents.id }).from(emailEvents).innerJoin(conversations, eq(conversations.id, emailEvents.conversationId));
    await tx.delete(emailEvents).where(inArray(emailEvents.id, mail.where(and(eq(conversations.orgId, orgId), eq(emailEvents.status, 'processed'), lt(emailEvents.receivedAt, cutoff))).limit(BATCH)));
    return cleared.length;
  });
}

/** The cron's pass over every organisation with a retention set, a few batches each. */
export async function runRetention(db: Db, now: Date, maxBatchesPerOrg = 4): Promise<{ orgId: string; cleared: number }[]> {
  const orgs = await db.select({ id: organizations.id, settings: organizations.settings }).from(organizations);
  const out: { orgId: string; cleared: number }[] = [];
  for (const org of orgs) {
    const days = retentionDaysOf(org.settings);
    if (!days) continue;
    let cleared = 0;
    for (let i = 0; i < maxBatchesPerOrg; i++) {
      const n = await applyRetention(db, org.id, days, now);
      cleared += n;
      if (n < BATCH) break;
    }
    out.push({ orgId: org.id, cleared });
  }
  // Processed pushes carry message texts and are only needed for de-duplication: not kept for long.
  await db.delete(webhookEvents).where(and(ne(webhookEvents.status, 'pending'), lt(webhookEvents.receivedAt, new Date(now.getTime() - WEBHOOK_EVENT_DAYS * DAY))));
  return out;
}

