// The built-in understanding engine: language, code-switching, intent, sentiment, escalation and order id
// for one buyer message, with a confidence a decision step can use to refuse auto-replies. Pure code (no
// I/O, no Node APIs): it runs in the Worker and in the browser. See docs/understanding.md.
//
// Pipeline: clean (HTML, control characters, 2,000-character cap) → fold (lower case, accents, simplified
// Chinese) → bad-input checks (empty, garbage, emoji only, prompt injection) → language (scripts, naive
// Bayes, distinctive words, market prior) → intent (hand-written cue lexicon + naive Bayes over words and
// character n-grams, with precedence rules) → escalation, sentiment, order id → confidence.
//
// DATA-FREE: this module and everything it imports hold no lexicon and no model. They come in as
// `UnderstandingData` (data-format.ts), assembled from cues.ts, language-words.ts and model.ts by data.ts
// for Node, or fetched as dist/ai/understanding.json by the Worker (worker/ai/engine-loader.ts). Keep it
// that way: test/shared/ai-assets checks that no data module is reachable from here.
import { INTENTS, type Intent, type Sentiment } from '../intents';
import type { Language, Market } from '../markets';
import { compileCues, type CompiledCues, type Matcher } from './compile';
import type { UnderstandingData } from './data-format';
import { createLanguageDetector } from './language';
import { score, softmax, unpack, type NaiveBayes } from './model-format';
import { clean, countScripts, fold, intentFeatures, MAX_CHARS } from './normalize';
import { extractOrderId } from './order-id';

export type EscalateReason =
  | 'prompt_injection'
  | 'safety'
  | 'legal_threat'
  | 'double_charge'
  | 'human_request'
  | 'damaged_item'
  | 'complaint'
  | 'angry';

export interface Understanding {
  language: Language;
  mixed: boolean;
  intent: Intent;
  sentiment: Sentiment;
  escalate: boolean;
  escalateReason: EscalateReason | null;
  orderId: string | null;
  confidence: number;
}

export interface UnderstandOptions {
  market?: Market;
}

export interface Understander {
  /** Never throws: anything that is not a readable message comes back as intent `other`. */
  understand(text: string, opts?: UnderstandOptions): Understanding;
  /** Compiles the cues and unpacks the models now rather than on the first message. */
  warmUp(): void;
}

// ---------------------------------------------------------------------------------------------------
// cue matching

interface Hit {
  text: string;
  start: number;
  end: number;
  target: 0 | 1; // 0: folded text, 1: lower-case text with diacritics
  w: number;
  intent: number;
}

// Where a matcher matches (distinct strings, at most 4).
function matchHits(m: Matcher, folded: string, lower: string, intent = -1): Hit[] {
  const out: Hit[] = [];
  const seen = new Set<string>();
  const targets = [
    [m.f, folded, 0],
    [m.l, lower, 1],
  ] as const;
  for (const [re, text, target] of targets) {
    if (!re) continue;
    re.lastIndex = 0;
    let r: RegExpExecArray | null;
    while ((r = re.exec(text)) !== null) {
      if (r[0] === '') {
        re.lastIndex++;
        continue;
      }
      if (seen.has(r[0])) continue;
      seen.add(r[0]);
      out.push({ text: r[0], start: r.index, end: r.index + r[0].length, target, w: m.w, intent });
      if (out.length >= 4) return out;
    }
  }
  return out;
}

function hits(m: Matcher, folded: string, lower: string): number {
  return matchHits(m, folded, lower).length;
}

// Cue scores per intent. A cue that lies inside a longer, at least as strong cue ("shipped" inside
// "hasnt shipped", "ไซส์" inside "เปลี่ยนไซส์") is the same evidence and does not count again, whichever
// intent it belongs to. Then each intent's strongest cue counts fully, the next distinct one three
// quarters, then a half each (at most four).
function intentCueScores(intents: CompiledCues['intents'], folded: string, lower: string): number[] {
  const all: Hit[] = [];
  intents.forEach(({ matchers }, i) => {
    for (const m of matchers) all.push(...matchHits(m, folded, lower, i));
  });
  const kept = all.filter(
    (h) => !all.some((o) => o !== h && o.target === h.target && o.w >= h.w && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
  );
  const scores = new Array<number>(intents.length).fill(0);
  intents.forEach((_x, i) => {
    const mine = kept.filter((h) => h.intent === i).sort((a, b) => b.w - a.w);
    let score = 0;
    mine.slice(0, 4).forEach((h, k) => (score += h.w * (k === 0 ? 1 : k === 1 ? 0.75 : 0.5)));
    scores[i] = score;
  });
  return scores;
}

// ---------------------------------------------------------------------------------------------------

const ESCALATING_INTENTS: Partial<Record<Intent, EscalateReason>> = {
  human_request: 'human_request',
  damaged_wrong_item: 'damaged_item',
  complaint: 'complaint',
};
const NB_WEIGHT = 4;
const NB_TEMP = 1;
const ANALYSE_CHARS = 800; // language and intent look at the start of very long messages only

function result(partial: Partial<Understanding> & { language: Language }): Understanding {
  return {
    mixed: false,
    intent: 'other',
    sentiment: 'neutral',
    escalate: false,
    escalateReason: null,
    orderId: null,
    confidence: 0,
    ...partial,
  };
}

/**
 * An understanding engine over `data`. Cheap to create: the cues are compiled and the models unpacked on
 * the first message (or by warmUp()). `data` is trusted here; data from outside goes through
 * parseUnderstandingData (data-format.ts) first.
 */
export function createUnderstander(data: UnderstandingData): Understander {
  let compiled: CompiledCues | undefined;
  const cues = (): CompiledCues => (compiled ??= compileCues(data.cues));
  let intentNb: NaiveBayes | undefined;
  const nbModel = (): NaiveBayes => (intentNb ??= unpack(data.models.intent));
  const detectLanguage = createLanguageDetector(data.models.language, data.language);

  function understand(text: string, opts: UnderstandOptions = {}): Understanding {
    const market = opts.market;
    let raw: string;
    try {
      raw = typeof text === 'string' ? text : text == null ? '' : String(text);
    } catch {
      raw = '';
    }
    const cleaned = clean(raw);
    const hadMarkup = /<\s*\/?\s*(?:script|style|iframe|img|a|div|p|br|span|html|body)\b/i.test(raw.slice(0, MAX_CHARS * 4));
    const truncated = raw.length > MAX_CHARS;
    const orderId = extractOrderId(cleaned);
    const head = cleaned.length > ANALYSE_CHARS ? cleaned.slice(0, ANALYSE_CHARS) : cleaned;
    const counts = countScripts(head);
    const fallbackLang: Language = market === 'TH' ? 'th' : market === 'VN' ? 'vi' : market === 'ID' ? 'id' : 'en';

    if (cleaned.length === 0) return result({ language: fallbackLang, orderId });

    // garbage: mostly symbols/binary, too few letters
    const nonSpace = head.replace(/\s/g, '').length;
    const letters = counts.latin + counts.thai + counts.han + counts.kana + counts.hangul;
    // junk: symbols that buyers do not type (Latin-1 symbols, box drawing, private use, stray ASCII
    // symbols) and Latin-1 letters no buyer language uses (þ, ð, æ, ø, ¤…)
    const junk = (head.match(/[\u00a1-\u00bf\u00d7\u00f7\u2500-\u25ff\ue000-\uf8ff#$%&*+<=>@[\\\]^_`{|}~\u00c5\u00c6\u00d0\u00d8\u00de\u00df\u00e5\u00e6\u00f0\u00f8\u00fe\u00ff]/g) ?? []).length;
    if (letters === 0 || letters / Math.max(1, nonSpace) < 0.35 || junk / Math.max(1, nonSpace) > 0.15) {
      if (counts.emoji > 0 && letters === 0) return emojiOnly(head, fallbackLang, orderId);
      return result({ language: fallbackLang, orderId, confidence: letters === 0 && orderId ? 0.2 : 0.05 });
    }

    // scripts the engine does not read (Korean, Japanese kana, Cyrillic, Arabic…): say so, do not guess
    if (counts.hangul + counts.other + counts.kana > letters * 0.4) {
      return result({ language: fallbackLang, orderId, confidence: 0.1 });
    }

    const f = fold(head); // folded: lower case, no accents, simplified Chinese
    const l = head.toLowerCase(); // lower case with diacritics
    const lang = detectLanguage(head, f, market, counts);
    const c = cues();

    const injection = hits(c.injection, f, l) > 0;
    const legal = hits(c.legal, f, l) > 0;
    const safety = hits(c.safety, f, l) > 0;
    const doubleCharge = hits(c.doubleCharge, f, l) > 0 && !c.notDeducted.test(f);
    const shouting = (head.match(/\b[A-Z]{4,}\b/g) ?? []).filter((w) => !c.shoutOk.test(w)).length;
    const exclam = (head.match(/!/g) ?? []).length;
    const angryWords = hits(c.angry, f, l) > 0;
    const negHits = hits(c.negative, f, l);
    const posHits = hits(c.positive, f, l);
    const angry = angryWords || (shouting >= 2 && (negHits > 0 || exclam > 0)) || (shouting >= 1 && exclam >= 3 && negHits > 0);

    // --- intent scores
    const cueScore = intentCueScores(c.intents, f, l);
    const idx = (x: Intent) => INTENTS.indexOf(x);
    if (doubleCharge) cueScore[idx('payment')] = (cueScore[idx('payment')] ?? 0) + 4;

    const feats = intentFeatures(f);
    const nb = score(nbModel(), feats);
    const nbProbs = nb.known > 0 ? softmax(nb.logLik, NB_TEMP * Math.max(1, Math.sqrt(nb.known))) : INTENTS.map(() => 1 / INTENTS.length);

    // A question that no cue recognises is most often about the product ("can I wear these in the rain?");
    // and product questions are questions: without one, product cues ("stock", "size") are weaker evidence.
    const question = c.question.test(f) || c.anyQuestion.test(f);
    if (!cueScore.some((s) => s > 0) && question) cueScore[idx('product_question')] = 1.5;
    if (!question) cueScore[idx('product_question')] = (cueScore[idx('product_question')] ?? 0) * 0.6;
    const total = cueScore.map((s, i) => s + NB_WEIGHT * (nbProbs[i] ?? 0));
    // greeting is only the answer when the message is nothing but greetings and fillers
    const greetingOnly = isGreetingOnly(f, c.greeting);
    const gi = idx('greeting');
    total[gi] = greetingOnly ? 10 : Math.min(total[gi] ?? 0, 0.5);
    const anyCue = cueScore.some((s) => s > 0);

    let best = 0;
    for (let i = 1; i < total.length; i++) if ((total[i] ?? 0) > (total[best] ?? 0)) best = i;
    let intent = INTENTS[best] as Intent;
    const probs = softmax(total, 1);
    let confidence: number;
    if (greetingOnly) confidence = 0.9;
    else {
      const pTop = probs[best] ?? 0;
      const cueTop = Math.min(1, (cueScore[best] ?? 0) / 3);
      confidence = 0.2 + 0.55 * pTop + 0.25 * cueTop;
      if (!anyCue) confidence = Math.min(confidence, 0.4);
    }
    // nothing recognisable at all: do not pretend
    if (!anyCue && !greetingOnly && (nbProbs[best] ?? 0) < 0.3) {
      intent = 'other';
      confidence = Math.min(confidence, 0.25);
    }

    // prompt injection: never a routine intent
    if (injection) {
      intent = 'other';
      confidence = 0.1;
    }

    // "it arrived broken, I want a refund": the damage is the case to handle (and to escalate), unless the
    // buyer is asking about the return itself or the message is mostly about a return under way
    const di = idx('damaged_wrong_item');
    const ri = idx('return_refund');
    if (intent === 'return_refund' && !question && (cueScore[di] ?? 0) >= 3 && (cueScore[ri] ?? 0) < (cueScore[di] ?? 0) + 2) intent = 'damaged_wrong_item';

    // a harm report that reads like a product question ("used the cream, now a rash") is a complaint
    if (safety && intent === 'product_question' && !question) intent = 'complaint';

    // --- escalation
    let reason: EscalateReason | null = null;
    if (injection) reason = 'prompt_injection';
    // "does it cause allergies?" is a product question; "my face broke out in a rash" is a safety report
    else if (safety && (intent !== 'product_question' || !question)) reason = 'safety';
    else if (legal) reason = 'legal_threat';
    else if (doubleCharge) reason = 'double_charge';
    else if (ESCALATING_INTENTS[intent]) reason = ESCALATING_INTENTS[intent] ?? null;
    else if (angry) reason = 'angry';

    // --- sentiment
    let sentiment: Sentiment = 'neutral';
    const negative = negHits + (intent === 'complaint' || intent === 'damaged_wrong_item' ? 2 : 0) + (angry || legal || doubleCharge || (safety && reason === 'safety') ? 2 : 0);
    if (intent === 'greeting') sentiment = posHits > 0 ? 'positive' : 'neutral';
    else if (negative > 0 && negative >= posHits) sentiment = 'negative';
    else if (posHits >= 2 || (posHits >= 1 && c.delight.test(f + l))) sentiment = 'positive';

    // --- confidence adjustments
    confidence *= 0.75 + 0.25 * lang.confidence;
    if (hadMarkup) confidence *= 0.5;
    if (truncated) confidence *= 0.7;
    if (injection) confidence = Math.min(confidence, 0.1);

    return {
      language: lang.language,
      mixed: lang.mixed,
      intent,
      sentiment,
      escalate: reason !== null,
      escalateReason: reason,
      orderId,
      confidence: round(confidence),
    };
  }

  // Compiles the cue lexicon and unpacks the models ahead of the first message. V8 compiles a regular
  // expression on its first use, so the first understand() call otherwise costs tens of milliseconds. Node
  // can call this at start-up; a Worker, whose data arrives with the first request, right after loading
  // it (in ctx.waitUntil, so no buyer message waits for it).
  function warmUp(): void {
    understand('warm up: where is my order 576123456789012345? hủy đơn ยกเลิก 取消 cancelar', { market: 'SG' });
    understand('Kak barangnya rusak, mau refund. Salamat po! ขอบคุณ 谢谢');
  }

  return { understand, warmUp };
}

function isGreetingOnly(folded: string, greeting: RegExp): boolean {
  if (folded.length > 80) return false;
  greeting.lastIndex = 0;
  if (!greeting.test(folded)) return false;
  greeting.lastIndex = 0;
  const rest = folded
    .replace(greeting, ' ')
    .replace(/[\p{P}\p{S}\p{Emoji_Presentation}\p{Extended_Pictographic}\u200d\ufe0f\d\s]+/gu, '');
  return rest.length === 0;
}

const POSITIVE_EMOJI = /[👍🙏❤💕💖😊😍🥰😘🤩👌☺😁😄😀🙂💯✨🎉]/u;
const ANGRY_EMOJI = /[😡🤬😠💢👎🖕]/u;

function emojiOnly(cleaned: string, language: Language, orderId: string | null): Understanding {
  if (ANGRY_EMOJI.test(cleaned)) {
    return result({ language, orderId, intent: 'complaint', sentiment: 'negative', escalate: true, escalateReason: 'angry', confidence: 0.3 });
  }
  if (POSITIVE_EMOJI.test(cleaned)) return result({ language, orderId, intent: 'greeting', sentiment: 'positive', confidence: 0.6 });
  if (/[😭😢😞😩😤]/u.test(cleaned)) return result({ language, orderId, intent: 'other', sentiment: 'negative', confidence: 0.15 });
  return result({ language, orderId, confidence: 0.15 });
}

function round(x: number): number {
  const v = x < 0 ? 0 : x > 1 ? 1 : x;
  return Math.round(v * 1000) / 1000;
}
