// What the seller's AI provider adds to the reply pipeline, when one is set up (worker/ai/shop-ai.ts):
//
//   answerWithProvider  a grounded free-form answer where the built-in engine would hand off only for
//                       lack of words — a product question its knowledge base has no article for, or a
//                       routine message it is unsure about. Never for escalations, injections, non-routine
//                       intents or what the shop's settings hold back.
//   summariseHandoff    a short note for the agent who takes over, in the organisation owner's language.
//
// Both return null whenever the provider is absent, over budget, failing or its output fails the checks:
// the caller then does exactly what it does without a provider.
import { and, eq } from 'drizzle-orm';
import { queryTerms } from '../../shared/kb/query-terms';
import type { Language } from '../../shared/markets';
import type { Decision } from '../../shared/reply/decide';
import type { ReplyContext } from '../../shared/reply/facts';
import type { EffectiveShopSettings } from '../../shared/schemas/shop-settings';
import type { Understanding } from '../../shared/understand/engine';
import type { AppDeps } from '../deps';
import { searchKb } from '../db/queries/kb';
import { memberships, users } from '../db/schema';
import type { Db } from '../db/types';
import type { ShopAi } from '../ai/shop-ai';
import { groundedAnswer, handoffSummary, MAX_SUMMARY_CHARS, type ConversationTurn, type GroundedAnswer, type ReplyTools } from '../ai/provider/tasks';
import { loadOrderFacts } from './order-facts';
import type { ConversationForReply } from './reply-context';

type Deps = Pick<AppDeps, 'secrets' | 'clock' | 'tiktok' | 'log'>;

/** Hand-off reasons a grounded answer may overturn. */
const PROVIDER_MAY_ANSWER: ReadonlySet<Decision['reason']> = new Set(['needs_knowledge', 'low_confidence']);
const ANSWER_MAX_TOKENS = 500;
/** The rules, the facts and a few tool results: an upper bound of the prompt of one call, in characters. */
const PROMPT_OVERHEAD_CHARS = 6_000;

export function providerMayAnswer(decision: Decision, u: Understanding, settings: EffectiveShopSettings, injectionSuspected: boolean): boolean {
  if (!PROVIDER_MAY_ANSWER.has(decision.reason) || injectionSuspected || u.escalate) return false;
  return !settings.draftOnly && settings.autoSend[u.intent] === true;
}

/** The conversation so far, oldest first, as the model sees it (AskChat's and agents' messages are the shop's). */
export function historyOf(c: ConversationForReply): ConversationTurn[] {
  return c.recent.filter((m) => m.text && m.sender !== 'system').map((m) => ({ role: m.sender === 'buyer' ? 'buyer' : 'shop', text: m.text }));
}

/** Lookups the model may make, scoped to this buyer at this shop whatever arguments it chooses. */
function toolsFor(deps: Deps, db: Db, c: ConversationForReply): ReplyTools {
  const order = async (orderId: string) => {
    const found = await loadOrderFacts(deps, db, c.shop, [orderId], c.buyer.tiktokUserId);
    return found.ok ? (found.val[0] ?? null) : null;
  };
  return {
    getOrder: order,
    async getTracking(orderId) {
      const o = await order(orderId);
      if (!o) return null;
      return { carrier: o.carrier ?? null, trackingNumber: o.trackingNumber ?? null, events: o.lastTrackingEvent ? [o.lastTrackingEvent] : [] };
    },
    async searchKnowledgeBase(query) {
      const hits = await searchKb(db, { orgId: c.orgId, shopId: c.shop.id, terms: queryTerms(query), now: deps.clock.now(), limit: 3 });
      return hits.map((h) => ({ id: h.row.id, title: h.row.title, body: h.row.body, ...(h.row.language ? { language: h.row.language as Language } : {}) }));
    },
  };
}

export async function answerWithProvider(
  deps: Deps,
  db: Db,
  ai: ShopAi,
  input: { c: ConversationForReply; u: Understanding; text: string; language: Language; context: ReplyContext },
): Promise<GroundedAnswer | null> {
  const { c, u, text, language, context } = input;
  const history = historyOf(c);
  const promptChars = PROMPT_OVERHEAD_CHARS + text.length + history.reduce((n, t) => n + Math.min(t.text.length, 1000), 0);
  // Up to three tool rounds and the answer: four calls at most.
  const r = await ai.run(ai.estimate(promptChars, ANSWER_MAX_TOKENS, 4), () =>
    groundedAnswer(ai.provider, { buyerText: text, history, language, understanding: u, context, tools: toolsFor(deps, db, c), maxTokens: ANSWER_MAX_TOKENS }),
  );
  if (!r.ok || r.val.handoff || r.val.reply === '') return null;
  return r.val;
}

/** The organisation owner's language for notes written for agents (users choose en or zh-CN). */
/** The language the organisation's people read: the owner's (the app speaks English and Chinese). */
export async function agentLanguage(db: Db, orgId: string): Promise<'en' | 'zh'> {
  const [owner] = await db
    .select({ locale: users.locale })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), eq(memberships.role, 'owner')))
    .limit(1);
  return owner?.locale.startsWith('zh') ? 'zh' : 'en';
}

export async function summariseHandoff(db: Db, ai: ShopAi, c: ConversationForReply, u: Understanding): Promise<string | null> {
  const history = historyOf(c);
  const promptChars = 1_500 + history.reduce((n, t) => n + Math.min(t.text.length, 600), 0);
  const language = await agentLanguage(db, c.orgId);
  const r = await ai.run(ai.estimate(promptChars, 300), () => handoffSummary(ai.provider, { history, understanding: u, language }));
  return r.ok ? r.val.summary.slice(0, MAX_SUMMARY_CHARS) : null;
}
