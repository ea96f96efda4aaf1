// decideReply: may AskChat answer this message by itself, or does a person take it? The rule lives in
// shared/ so any understanding engine (built-in or an AI provider) plugs in unchanged. Checked in order;
// the first that holds names the reason:
//
//   1. prompt_injection   the message tries to steer the AI (caller's flag, the engine's, or ours)
//   2. escalate:<reason>  the engine escalated it (complaint, damaged item, double charge, threat…)
//   3. intent_not_routine complaint, damaged_wrong_item, human_request, other
//   4. low_confidence     below minConfidence (default 0.6)
//   5. draft_only         the shop reviews every reply
//   6. auto_send_off      the shop has not allowed automatic replies for this intent
//   7. needs_knowledge    a product question with no knowledge-base hit to quote
//   8. order_lookup_failed the buyer named an order and TikTok could not be asked about it (say nothing)
//   9. order_not_found    the buyer named an order we have no facts for
//   otherwise auto_reply 'routine' (composeReply may still ask for the order number when none is known).
import type { Intent } from '../intents';
import type { ShopType } from '../schemas/shops';

export const ROUTINE_INTENTS = [
  'order_status',
  'return_refund',
  'cancel_order',
  'address_change',
  'product_question',
  'coupon_promo',
  'payment',
  'greeting',
] as const satisfies readonly Intent[];
export type RoutineIntent = (typeof ROUTINE_INTENTS)[number];

export function isRoutineIntent(intent: Intent): intent is RoutineIntent {
  return (ROUTINE_INTENTS as readonly Intent[]).includes(intent);
}

/** Intents whose answer is about one order. */
const NEEDS_ORDER: ReadonlySet<Intent> = new Set(['order_status', 'cancel_order', 'address_change']);

export type AutoSend = Partial<Record<Intent, boolean>>;

/**
 * The automatic-reply setting a new shop starts with. Personal, enterprise and cross-border shops answer
 * every routine intent (small teams; cross-border sellers sleep while their buyers shop). Brand shops keep
 * policy answers (returns, cancellations, address, payment) for their agents and answer the rest.
 */
export function defaultAutoSend(type: ShopType): AutoSend {
  const all = Object.fromEntries(ROUTINE_INTENTS.map((i) => [i, true])) as AutoSend;
  if (type !== 'brand') return all;
  return { ...all, return_refund: false, cancel_order: false, address_change: false, payment: false };
}

export interface DecisionUnderstanding {
  intent: Intent;
  escalate: boolean;
  escalateReason: string | null;
  orderId: string | null;
  confidence: number;
}

export interface DecideOptions {
  autoSend: AutoSend;
  draftOnly: boolean;
  minConfidence?: number;
  hasOrderFacts: boolean;
  hasKnowledge: boolean;
  injectionSuspected?: boolean;
  /** The order lookup itself failed (TikTok error): not knowing is not "no such order". */
  orderLookupFailed?: boolean;
}

export type DecisionReason =
  | 'routine'
  | 'prompt_injection'
  | `escalate:${string}`
  | 'intent_not_routine'
  | 'low_confidence'
  | 'draft_only'
  | 'auto_send_off'
  | 'needs_knowledge'
  | 'order_lookup_failed'
  | 'order_not_found';

export interface Decision {
  action: 'auto_reply' | 'hand_off';
  reason: DecisionReason;
}

const handOff = (reason: DecisionReason): Decision => ({ action: 'hand_off', reason });

export function decideReply(u: DecisionUnderstanding, o: DecideOptions): Decision {
  if (o.injectionSuspected || u.escalateReason === 'prompt_injection') return handOff('prompt_injection');
  if (u.escalate) return handOff(`escalate:${u.escalateReason ?? 'unspecified'}`);
  if (!isRoutineIntent(u.intent)) return handOff('intent_not_routine');
  if (!(u.confidence >= (o.minConfidence ?? 0.6))) return handOff('low_confidence');
  if (o.draftOnly) return handOff('draft_only');
  if (o.autoSend[u.intent] !== true) return handOff('auto_send_off');
  if (u.intent === 'product_question' && !o.hasKnowledge) return handOff('needs_knowledge');
  if (NEEDS_ORDER.has(u.intent) && u.orderId && !o.hasOrderFacts) return handOff(o.orderLookupFailed ? 'order_lookup_failed' : 'order_not_found');
  return { action: 'auto_reply', reason: 'routine' };
}
