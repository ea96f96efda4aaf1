// composeReply: the text AskChat sends (or shows an agent), from the understanding of one buyer message and
// the facts of the context. decideReply (decide.ts) says whether it may be sent; this only writes.
//
//   mode 'auto'    routine intent ──► answer, or ask_order_id when the order is needed and unknown
//                  anything else  ──► draft (never an automatic answer: escalated or not routine)
//   mode 'holding' ──► holding message (a person will reply, and when)
//   mode 'draft'   ──► the same text as 'auto', marked as a draft for an agent
//
// Language: the buyer's language when the shop answers in it (rule 'buyer'), else the shop's default
// `context.language` (rule 'shop_default'). For a code-switched message the understanding already names
// the dominant language, so Taglish gets Filipino and Singlish gets English.
// Frame: greeting (with the buyer's name when it looks like one), body, closing; formal replies close with
// the signature or shop name. Every reply stays within 1,000 characters (TikTok allows 2,000).
//
// Data-free: the language packs come in as an argument (createComposer), so the Worker can build this
// from the packs it fetched (engine.ts, worker/ai/engine-loader.ts); index.ts binds it to all eight.
import type { Intent, Sentiment } from '../intents';
import { MARKET_INFO, type Language } from '../markets';
import {
  answerAddressChange,
  answerCancel,
  answerCoupon,
  answerGreeting,
  answerOrderStatus,
  answerPayment,
  answerProduct,
  answerReturn,
  type Body,
} from './answers';
import { findOrder, type ReplyContext } from './facts';
import { createFormatter } from './format';
import { draftBody, holdingBody } from './handoff';
import { clip, MAX_REPLY_CHARS, scrubText } from './safe-text';
import type { LanguagePack } from './pack';
import { allowsEmoji, resolveRegister } from './tone';
import { createWriter, type Writer } from './writer';

/** The part of the understanding engine's output a reply needs (declared here so engines swap freely). */
export interface ReplyUnderstanding {
  language: Language;
  mixed: boolean;
  intent: Intent;
  sentiment: Sentiment;
  escalate: boolean;
  escalateReason: string | null;
  orderId: string | null;
  confidence: number;
}

export interface ComposeOptions {
  mode?: 'auto' | 'holding' | 'draft';
  /** The buyer's message; only used to pick a payment sub-topic and to answer "Assalamualaikum". */
  buyerText?: string;
}

export type ReplyKind = 'answer' | 'ask_order_id' | 'holding' | 'draft';

export interface ComposedReply {
  kind: ReplyKind;
  text: string;
  language: Language;
  languageRule: 'buyer' | 'shop_default';
  usedFacts: string[];
  knowledgeId: string | null;
}

export function chooseReplyLanguage(
  buyer: Language,
  ctx: Pick<ReplyContext, 'language' | 'market' | 'shop'>,
): { language: Language; rule: 'buyer' | 'shop_default' } {
  const supported = ctx.shop.languages?.length ? ctx.shop.languages : MARKET_INFO[ctx.market].languages;
  return supported.includes(buyer) ? { language: buyer, rule: 'buyer' } : { language: ctx.language, rule: 'shop_default' };
}

/** Buyer-chosen text that must never be echoed: markup, control and invisible or text-direction characters. */
const UNSAFE_NAME = /[<>]|[\p{Cc}\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/u;

/** A buyer name worth greeting: TikTok handles such as "user8273641" are not, nor names with markup. */
function greetableName(name: string | null | undefined): string | null {
  const clean = name ? scrubText(name).trim() : '';
  return clean && clean.length <= 30 && !/\d|@|^user/i.test(clean) && !UNSAFE_NAME.test(clean) ? clean : null;
}

function routineBody(w: Writer, u: ReplyUnderstanding, language: Language, options: ComposeOptions): Body | null {
  const found = findOrder(w.ctx, u.orderId);
  if (found?.source === 'buyerOrders') w.use('buyerOrders');
  const order = found?.order ?? null;
  switch (u.intent) {
    case 'order_status':
      return answerOrderStatus(w, order, u.orderId);
    case 'address_change':
      return answerAddressChange(w, order, u.orderId);
    case 'cancel_order':
      return answerCancel(w, order, u.orderId);
    case 'return_refund':
      return answerReturn(w, order, language);
    case 'coupon_promo':
      return answerCoupon(w, language);
    case 'payment':
      return answerPayment(w, options.buyerText);
    case 'greeting':
      return answerGreeting(w, u.sentiment === 'positive', options.buyerText, greetableName(w.ctx.buyerName));
    case 'product_question':
      return answerProduct(w, language);
    default:
      return null;
  }
}

/** The draft an escalated message needs: a person asked for → greet; damaged → photos; else an apology. */
function draftIntent(u: ReplyUnderstanding): Intent {
  if (!u.escalate || u.escalateReason === 'prompt_injection') return u.intent;
  if (u.escalateReason === 'human_request' || u.intent === 'human_request') return 'human_request';
  if (u.escalateReason === 'damaged_item' || u.intent === 'damaged_wrong_item') return 'damaged_wrong_item';
  return 'complaint';
}

export type ComposeReply = (u: ReplyUnderstanding, ctx: ReplyContext, options?: ComposeOptions) => ComposedReply;

/** Where a reply's pack comes from; throws when the language has none (a Worker that loaded only some). */
export type PackFor = (language: Language) => LanguagePack;

export function createComposer(packFor: PackFor): ComposeReply {
  return (u, ctx, options = {}) => compose(packFor, u, ctx, options);
}

function compose(packFor: PackFor, u: ReplyUnderstanding, ctx: ReplyContext, options: ComposeOptions): ComposedReply {
  const mode = options.mode ?? 'auto';
  const { language, rule } = chooseReplyLanguage(u.language, ctx);
  const register = resolveRegister(ctx.market, ctx.shop);
  const zoneName = ctx.market === 'US' || ctx.shop.timeZone !== MARKET_INFO[ctx.market].timeZone;
  const fmt = createFormatter(language, ctx.market, ctx.shop.timeZone, ctx.now, zoneName);
  const w = createWriter(packFor(language), register, fmt, ctx);

  let kind: ReplyKind;
  let body: Body;
  if (mode === 'holding') {
    kind = 'holding';
    body = holdingBody(w, u, findOrder(ctx, u.orderId)?.order ?? null);
  } else {
    const routine = u.escalate ? null : routineBody(w, u, language, options);
    if (routine && mode === 'auto') {
      kind = routine.kind;
      body = routine;
    } else {
      kind = 'draft';
      // A routine intent without the facts to answer it (a product question with no knowledge hit) gets
      // only the thank-you line: the agent writes the answer.
      body =
        routine ??
        (u.intent === 'product_question'
          ? { kind: 'answer', lines: [w.t(w.pack.holdThanks)] }
          : draftBody(w, draftIntent(u), findOrder(ctx, u.orderId)?.order ?? null));
    }
  }

  const emoji = allowsEmoji(register, ctx.shop) ? (kind === 'holding' ? '🙏' : u.sentiment === 'negative' ? '' : '😊') : '';
  const text = clip(frame(w, body, emoji), MAX_REPLY_CHARS);
  return { kind, text, language, languageRule: rule, usedFacts: w.used, knowledgeId: body.knowledgeId ?? null };
}

function frame(w: Writer, body: Body, emoji: string): string {
  const name = greetableName(w.ctx.buyerName);
  if (name) w.use('buyerName');
  const hello = body.hello ?? (name ? w.t(w.pack.hello, { name }) : w.t(w.pack.helloAnon));
  const greeting = emoji ? `${hello} ${emoji}` : hello;
  const signature = w.ctx.shop.signature ? clip(scrubText(w.ctx.shop.signature), 100) : '';
  const lines = body.lines.filter(Boolean);
  const parts =
    w.register === 'formal'
      ? { sep: '\n\n', head: [greeting], tail: [`${w.t(w.pack.bye)}\n${signature || clip(scrubText(w.ctx.shop.name), 100)}`] }
      : { sep: '\n', head: [greeting], tail: [body.noBye ? '' : w.t(w.pack.bye), signature].filter(Boolean) };
  // The body gives way when the whole would pass the limit; the greeting and closing stay whole.
  const frameLength = [...parts.head, ...parts.tail].reduce((n, s) => n + s.length + parts.sep.length, 0);
  const main = clip(lines.join('\n'), Math.max(MAX_REPLY_CHARS - frameLength, 200));
  return [...parts.head, main, ...parts.tail].join(parts.sep);
}
