// Answering a conversation whose buyer just wrote (the main path, steps 3–5 of architecture.md):
//
//   understand the unanswered buyer messages → update the inbox row (language, queue, sentiment)
//   → gather facts (order, tracking, buyer's orders, knowledge base, shop settings)
//   → decideReply: auto-reply, or hand off with the reason
//   → auto-reply: compose from facts, send through the customer-service API, store it as AskChat's
//   → hand off: flag for a person, keep a draft for the agent, and (unless the shop is draft-only) send
//     the buyer one honest holding message
//
// With the organisation's AI provider set up, a hand-off only for lack of words (no knowledge-base article,
// low confidence) first asks the provider for a grounded answer, and a hand-off gets a summary for the
// agent (provider-reply.ts). Without one, or when it fails, everything works as without it.
//
// Replies go only to fresh, unanswered messages: never to history being imported, never twice for the
// same buyer message (a newer buyer message takes over), never when a person already took the chat.
import { eq, sql } from 'drizzle-orm';
import { responseDue } from '../../shared/time/response-clock';
import type { Market } from '../../shared/markets';
import type { AppDeps } from '../deps';
import { conversations } from '../db/schema';
import type { Db } from '../db/types';
import { writeWithVersion } from '../db/version';
import { chooseReplyLanguage } from '../../shared/reply/compose';
import { openShopAi } from '../ai/shop-ai';
import { isEscalation, notifyHandoff } from './notify';
import { handoffSummaryText } from '../../shared/routing/handoff-summary';
import { availableNow, routeHandoff, type Routing } from './route';
import { agentLanguage, answerWithProvider, providerMayAnswer, summariseHandoff } from './provider-reply';
import { MAX_TEXT_CHARS, sendText } from './send-message';
import { gatherReplyContext, loadConversationForReply, shopSettingsOf, unansweredBuyerMessages, type ConversationForReply } from './reply-context';
import type { Understanding } from '../../shared/understand/engine';
import { loadBuyerOrders } from './order-facts';
import type { ReplyContext } from '../../shared/reply/facts';

type Deps = Pick<AppDeps, 'secrets' | 'clock' | 'tiktok' | 'log' | 'ai' | 'push' | 'fetch'>;

/** Buyer text older than this is history, not a question waiting for AskChat. */
export const MAX_REPLY_AGE_MS = 24 * 3_600_000;

export type RespondOutcome =
  | { kind: 'classified' }
  | { kind: 'skipped'; why: string }
  | { kind: 'answered'; messageId: string; reason: string }
  | { kind: 'handed_off'; reason: string; holdingSent: boolean }
  | { kind: 'send_failed'; reason: string; error: string };

export async function respondToConversation(deps: Deps, db: Db, conversationId: string, options: { reply: boolean; triggeredBy?: string[] }): Promise<RespondOutcome> {
  const c = await loadConversationForReply(db, conversationId);
  if (!c) return { kind: 'skipped', why: 'no such conversation' };
  const unanswered = unansweredBuyerMessages(c, options.triggeredBy);
  if (unanswered.length === 0) return { kind: 'skipped', why: 'nothing unanswered' };
  const text = unanswered.slice(-3).map((m) => m.text).join('\n');
  const engine = await deps.ai.load();
  const u = engine.understand(text, { market: c.shop.market as Market });

  const latest = unanswered[unanswered.length - 1]!;
  const newest = !options.triggeredBy || options.triggeredBy.includes(latest.id);
  const history = deps.clock.now().getTime() - latest.createdAt.getTime() > MAX_REPLY_AGE_MS;

  // The inbox row learns what the conversation is about, whatever happens next, and a fresh wait starts
  // TikTok's response clock — in the same write, one sync version.
  await writeWithVersion(db, c.orgId, (tx, version) =>
    tx
      .update(conversations)
      .set({
        language: u.language,
        intent: u.intent,
        sentiment: u.sentiment,
        needsHuman: c.needsHuman || u.escalate,
        status: 'open',
        ...(options.reply && newest && !history ? responseClockStart(c, unanswered[0]!.createdAt) : {}),
        version,
      })
      .where(eq(conversations.id, c.id)),
  );
  if (!options.reply) return { kind: 'classified' };
  if (!newest) return { kind: 'skipped', why: 'a newer buyer message will be answered' };
  if (history) return { kind: 'skipped', why: 'history' };
  if (c.shop.status !== 'active' || !c.shop.connectionId) return { kind: 'skipped', why: 'shop not connected' };
  if (c.needsHuman) return { kind: 'skipped', why: 'a person has this conversation' };

  const { context, settings, lookups } = await gatherReplyContext(deps, db, c, u, text);
  const injectionSuspected = engine.detectPromptInjection(text);
  const decision = engine.decideReply(u, {
    autoSend: settings.autoSend,
    draftOnly: settings.draftOnly,
    hasOrderFacts: !!context.order || !!context.buyerOrders?.some((o) => o.id === u.orderId),
    hasKnowledge: (context.knowledge?.length ?? 0) > 0,
    injectionSuspected,
    orderLookupFailed: lookups.some((l) => l.startsWith('order:error')),
  });
  const meta = { decision: decision.reason, intent: u.intent, language: u.language, confidence: Math.round(u.confidence * 100) / 100, lookups, engine: engine.source };
  const ai = await openShopAi(deps, db, c.orgId, c.shop.id);

  // Where the built-in engine lacks the words but not the right to answer, the seller's provider may.
  if (decision.action === 'hand_off' && ai && providerMayAnswer(decision, u, settings, injectionSuspected)) {
    const { language } = chooseReplyLanguage(u.language, context);
    const answer = await answerWithProvider(deps, db, ai, { c, u, text, language, context });
    if (answer) {
      const sent = await sendText(deps, db, c, answer.reply, {
        ...meta,
        kind: 'answer',
        engine: 'provider',
        model: ai.model,
        usedFacts: answer.factsUsed,
        tools: answer.toolsCalled.map((t) => t.name),
        costUsd: answer.costUsd,
        replyLanguage: language,
      });
      if (!sent.ok) return sendFailed(deps, db, c, text, decision.reason, sent.error);
      await markAnswered(db, c);
      return { kind: 'answered', messageId: sent.messageId, reason: `provider:${decision.reason}` };
    }
  }

  if (decision.action === 'auto_reply') {
    const reply = engine.composeReply(u, context, { mode: 'auto', buyerText: text });
    const sent = await sendText(deps, db, c, reply.text, { ...meta, kind: reply.kind, usedFacts: reply.usedFacts, knowledgeId: reply.knowledgeId, replyLanguage: reply.language });
    if (!sent.ok) return sendFailed(deps, db, c, text, decision.reason, sent.error);
    await markAnswered(db, c);
    return { kind: 'answered', messageId: sent.messageId, reason: decision.reason };
  }

  // Hand off. The agent gets a draft: the answer AskChat would have sent when only a setting held it
  // back, otherwise a draft that fits the reason (apology, photo request…).
  const heldBySetting = decision.reason === 'draft_only' || decision.reason === 'auto_send_off';
  // After a failed order lookup the agent must check the order first: the draft only says a person replies.
  const draftMode = decision.reason === 'order_lookup_failed' ? 'holding' : heldBySetting ? 'auto' : 'draft';
  const draft = engine.composeReply(u, context, { mode: draftMode, buyerText: text });
  const now = deps.clock.now();
  // A conversation already with a person stays with them while they are at work; otherwise (a new hand-off,
  // or their shift is over) it is routed to someone on shift.
  const keep = c.needsHuman && c.assigneeId !== null && (await availableNow(db, c.orgId, c.assigneeId, now, engine.holidays));
  const routing: Routing = keep
    ? { assigneeId: c.assigneeId, groupId: null, nextHumanAt: null, note: null }
    : await routeHandoff(db, c.orgId, c.shop.id, u.language, now, engine.holidays, [], u.intent);
  const sticky = routing.assigneeId === c.assigneeId && c.needsHuman;
  // When nobody is on shift the buyer is told when a person will answer (from the rosters).
  const holding = !settings.draftOnly && !alreadyHolding(c) ? engine.composeReply(u, { ...context, nextHumanAt: routing.nextHumanAt }, { mode: 'holding', buyerText: text }) : null;
  const summary =
    (ai ? await summariseHandoff(db, ai, c, u) : null) ??
    handoffSummaryText({ reason: decision.reason, ...(await orderOf(deps, db, c, u, context, isEscalation(decision.reason))), buyerText: text, aiSaid: holding?.text ?? lastAiText(c) }, await agentLanguage(db, c.orgId));
  // An escalation is paged to its assignee now and again to others if nobody opens it (jobs/repage.ts).
  const page = isEscalation(decision.reason) && routing.assigneeId && !(sticky && c.pagedAt) ? { pagedAt: now, pageLevel: 'assignee', openedAt: null } : {};
  await writeWithVersion(db, c.orgId, (tx, version) =>
    tx
      .update(conversations)
      .set({
        needsHuman: true,
        handoffReason: decision.reason,
        aiDraft: draft.text.slice(0, MAX_TEXT_CHARS),
        handoffSummary: summary.slice(0, MAX_TEXT_CHARS),
        status: 'open',
        resolvedAt: null,
        ...(sticky
          ? {}
          : { assigneeId: routing.assigneeId, groupId: routing.groupId, assignedAt: routing.assigneeId ? now : null, assignVersion: version, routingNote: routing.note }),
        ...page,
        version,
      })
      .where(eq(conversations.id, c.id)),
  );
  let holdingSent = false;
  if (holding) {
    const sent = await sendText(deps, db, c, holding.text, { ...meta, kind: 'holding', replyLanguage: holding.language });
    holdingSent = sent.ok;
  }
  // A routine hand-off to the person who already has the chat needs no second ping.
  if (!sticky || isEscalation(decision.reason)) {
    await notifyHandoff(deps, db, { orgId: c.orgId, shopId: c.shop.id, shopName: c.shop.name, conversationId: c.id, buyerName: c.buyer.name, preview: text.slice(0, 120), reason: decision.reason, assigneeId: routing.assigneeId });
  }
  return { kind: 'handed_off', reason: decision.reason, holdingSent };
}

/** TikTok refused AskChat's answer: sendText has flagged the conversation; someone must know now. */
async function sendFailed(deps: Deps, db: Db, c: ConversationForReply, text: string, reason: string, error: string): Promise<RespondOutcome> {
  await notifyHandoff(deps, db, { orgId: c.orgId, shopId: c.shop.id, shopName: c.shop.name, conversationId: c.id, buyerName: c.buyer.name, preview: text.slice(0, 120), reason: 'send_failed', assigneeId: c.assigneeId });
  return { kind: 'send_failed', reason, error };
}

/**
 * TikTok's response clock starts at the first buyer message the shop has not answered (a wait already
 * running keeps its start); any reply from the shop side stops it (send-message.ts, conversation-sync.ts).
 */
function responseClockStart(c: ConversationForReply, firstUnansweredAt: Date) {
  const settings = shopSettingsOf(c.shop);
  const due = responseDue(c.shop.market as Market, firstUnansweredAt.getTime(), {
    ...(settings.responseWindowHours ? { responseWindowHours: settings.responseWindowHours } : {}),
    timeZone: c.shop.timeZone,
  });
  return {
    waitingSince: sql`coalesce(${conversations.waitingSince}, ${firstUnansweredAt.toISOString()}::timestamptz)`,
    dueAt: sql`coalesce(${conversations.dueAt}, ${new Date(due).toISOString()}::timestamptz)`,
  };
}

async function markAnswered(db: Db, c: ConversationForReply): Promise<void> {
  await writeWithVersion(db, c.orgId, (tx, version) =>
    tx.update(conversations).set({ status: 'pending', unreadCount: 0, handoffReason: null, aiDraft: null, handoffSummary: null, version }).where(eq(conversations.id, c.id)),
  );
}

/** The order the hand-off is about: the one named or found, else the buyer's latest at this shop. */
async function orderOf(deps: Deps, db: Db, c: ConversationForReply, u: Understanding, context: ReplyContext, lookUp: boolean): Promise<{ orderId: string | null; orderInferred: boolean }> {
  const named = u.orderId ?? context.order?.id ?? null;
  if (named) return { orderId: named, orderInferred: false };
  let orders = context.buyerOrders;
  // An escalation (a request for a person, a complaint) had no lookup: one now, so the agent starts with it.
  if (!orders && lookUp && c.buyer.tiktokUserId && c.shop.connectionId && c.shop.status === 'active') {
    const found = await loadBuyerOrders(deps, db, c.shop, c.buyer.tiktokUserId);
    orders = found.ok ? found.val : [];
  }
  const latest = [...(orders ?? [])].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  return { orderId: latest?.id ?? null, orderInferred: !!latest };
}

/** AskChat's last words to the buyer in this chat, for the hand-off summary. */
function lastAiText(c: ConversationForReply): string | null {
  for (let i = c.recent.length - 1; i >= 0; i--) if (c.recent[i]!.sender === 'ai') return c.recent[i]!.text;
  return null;
}

/** One holding message per wait: none if AskChat's last word in this chat was already one. */
function alreadyHolding(c: ConversationForReply): boolean {
  for (let i = c.recent.length - 1; i >= 0; i--) {
    const m = c.recent[i]!;
    if (m.sender === 'ai') return m.replyMeta?.['kind'] === 'holding';
    if (m.sender === 'agent' || m.sender === 'seller') return false;
  }
  return false;
}
