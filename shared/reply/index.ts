// AskChat's replies: decide whether to answer a buyer by ourselves, and write the answer, the request for
// an order number, the holding message of a handoff, or an agent's draft. Pure code: no I/O, no clock.
// See docs/replies.md.
//
//   const injectionSuspected = detectPromptInjection(message.text);
//   const decision = decideReply(understanding, { autoSend, draftOnly, hasOrderFacts, hasKnowledge, injectionSuspected });
//   const reply = composeReply(understanding, context, {
//     mode: decision.action === 'auto_reply' ? 'auto' : 'holding', buyerText: message.text });
//   // and for the agent, on a handoff: composeReply(understanding, context, { mode: 'draft' })
//
// composeReply here is the data-free writer (engine.ts) bound to all eight language packs (templates/);
// the Worker builds the same writer from packs it fetches (worker/ai/engine-loader.ts).
import type { ComposeReply } from './compose';
import { createReplyWriter } from './engine';
import { PACKS } from './templates';

export const composeReply: ComposeReply = createReplyWriter(PACKS).composeReply;
export { chooseReplyLanguage } from './compose';
export type { ComposedReply, ComposeOptions, ComposeReply, ReplyKind, ReplyUnderstanding } from './compose';
export { createReplyWriter, type ReplyWriter } from './engine';
export type { ByRegister, CouponTemplates, LanguagePack } from './pack';
export { decideReply, defaultAutoSend, isRoutineIntent, ROUTINE_INTENTS } from './decide';
export type { AutoSend, Decision, DecisionReason, DecisionUnderstanding, DecideOptions, RoutineIntent } from './decide';
export { findOrder, ORDER_STATUSES } from './facts';
export type { KnowledgeHit, OrderFacts, OrderStatus, ReplyContext, ShopFacts, ShopPolicies, ShopTone } from './facts';
import { createInjectionDetector } from './prompt-injection';
import { PROMPT_INJECTION_PATTERNS } from './prompt-injection-patterns';
/** True when a buyer's message tries to steer the AI (the built-in patterns). */
export const detectPromptInjection = createInjectionDetector(PROMPT_INJECTION_PATTERNS);
export { createInjectionDetector };
export { hasForbiddenContent, MAX_REPLY_CHARS } from './safe-text';
export { allowsEmoji, resolveRegister, type Register } from './tone';
