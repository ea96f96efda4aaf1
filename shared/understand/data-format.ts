// The data the understanding engine runs on, as plain JSON: the cue lexicon (regular expressions as
// source strings, compiled once by the engine), the distinctive-word lists of the language detector and
// the two packed naive Bayes models. The engine (engine.ts) imports none of it; data.ts assembles it from
// cues.ts, language-words.ts and model.ts, and the PWA build writes it to dist/ai/understanding.json
// (docs/decisions/003-ai-data-as-assets.md). Data only — this module holds no lexicon itself.
import { INTENTS, type Intent } from '../intents';
import { compileCues } from './compile';
import { LATIN_LANGS, type PackedModel } from './model-format';

/** Bump when the shape changes in a way an older engine cannot read. */
export const UNDERSTANDING_DATA_FORMAT = 1;

/** [weight, latin, other?, lower?]: `latin` alternatives get word boundaries (matched on the folded
 * text); `other` (Thai, Chinese) is a substring pattern on the folded text; `lower` a pattern on the
 * lower-case text that keeps diacritics. */
export type CueEntry = [weight: number, latin: string, other?: string, lower?: string];

export type LatinLang = (typeof LATIN_LANGS)[number];

export interface CueLexicon {
  intents: Record<Intent, CueEntry[]>;
  /** Word-bounded alternatives / substrings that make up a greeting-only message. */
  greetingWords: string;
  greetingOther: string;
  fillerWords: string;
  fillerOther: string;
  legal: CueEntry;
  safety: CueEntry;
  doubleCharge: CueEntry;
  angry: CueEntry;
  injection: CueEntry;
  negative: CueEntry;
  positive: CueEntry;
  /** Pattern sources (flags are the engine's): a question by its shape, a question word anywhere, money
   * that was NOT taken, clear delight, and all-caps words that are not shouting. */
  question: string;
  anyQuestion: string;
  notDeducted: string;
  delight: string;
  shoutOk: string;
}

export interface LanguageWords {
  /** Distinctive words per Latin-script language, "word:weight word:weight …" (folded). */
  markers: Record<LatinLang, string>;
  /** English words that show code-switching inside another language (space-separated). */
  englishSwitch: string;
  /** SEA particles and function words that make an English message code-switched (space-separated). */
  seaSwitch: string;
}

export interface UnderstandingData {
  format: typeof UNDERSTANDING_DATA_FORMAT;
  cues: CueLexicon;
  language: LanguageWords;
  models: { intent: PackedModel; language: PackedModel };
}

// ---------------------------------------------------------------------------------------------------
// validation of data that arrived from outside (an asset): shape, class order, pattern syntax (every
// pattern is compiled the way the engine compiles it, so a bad one fails here, not in understand())

const CUE_KEYS = ['legal', 'safety', 'doubleCharge', 'angry', 'injection', 'negative', 'positive'] as const;
const STRING_KEYS = ['greetingWords', 'greetingOther', 'fillerWords', 'fillerOther', 'question', 'anyQuestion', 'notDeducted', 'delight', 'shoutOk'] as const;

type Check = (ok: boolean, path: string, what: string) => void;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkPattern(check: Check, source: unknown, path: string): void {
  check(typeof source === 'string', path, 'a pattern source string');
}

function checkCue(check: Check, entry: unknown, path: string): void {
  check(Array.isArray(entry) && entry.length >= 2 && entry.length <= 4, path, 'a [weight, latin, other?, lower?] entry');
  const e = entry as unknown[];
  check(typeof e[0] === 'number' && Number.isFinite(e[0]), `${path}[0]`, 'a weight');
  for (let i = 1; i < e.length; i++) {
    if (e[i] === null || e[i] === undefined || e[i] === '') continue;
    checkPattern(check, e[i], `${path}[${i}]`);
  }
}

function checkModel(check: Check, m: unknown, path: string, classes: readonly string[]): void {
  check(isRecord(m), path, 'an object');
  const model = m as Record<string, unknown>;
  check(
    Array.isArray(model.classes) && model.classes.length === classes.length && classes.every((c, i) => (model.classes as unknown[])[i] === c),
    `${path}.classes`,
    `exactly [${classes.join(', ')}]`,
  );
  for (const key of ['docs', 'totals'] as const) {
    const v = model[key];
    check(Array.isArray(v) && v.length === classes.length && v.every((x) => typeof x === 'number' && Number.isFinite(x)), `${path}.${key}`, `${classes.length} numbers`);
  }
  check(typeof model.data === 'string' && model.data.length > 0, `${path}.data`, 'the packed feature table');
}

/**
 * Checks that `value` is understanding data this engine can run on, and returns it typed. Throws an Error
 * naming the first bad field ("models.intent.classes: expected exactly [order_status, …]",
 * "cues.intents.cancel_order[2]: Invalid regular expression: …").
 */
export function parseUnderstandingData(value: unknown): UnderstandingData {
  const check: Check = (ok, path, what) => {
    if (!ok) throw new Error(`${path || 'understanding data'}: expected ${what}`);
  };
  check(isRecord(value), '', 'an object');
  const v = value as Record<string, unknown>;
  check(v.format === UNDERSTANDING_DATA_FORMAT, 'format', `${UNDERSTANDING_DATA_FORMAT} (this engine's data format), got ${JSON.stringify(v.format)}`);

  check(isRecord(v.cues), 'cues', 'an object');
  const cues = v.cues as Record<string, unknown>;
  check(isRecord(cues.intents), 'cues.intents', 'an object');
  const intents = cues.intents as Record<string, unknown>;
  for (const intent of INTENTS) {
    const list = intents[intent];
    check(Array.isArray(list), `cues.intents.${intent}`, 'a list of cue entries');
    (list as unknown[]).forEach((entry, i) => checkCue(check, entry, `cues.intents.${intent}[${i}]`));
  }
  for (const key of CUE_KEYS) checkCue(check, cues[key], `cues.${key}`);
  for (const key of STRING_KEYS) checkPattern(check, cues[key], `cues.${key}`);

  check(isRecord(v.language), 'language', 'an object');
  const language = v.language as Record<string, unknown>;
  check(isRecord(language.markers), 'language.markers', 'an object');
  for (const l of LATIN_LANGS) {
    const spec = (language.markers as Record<string, unknown>)[l];
    check(typeof spec === 'string' && /^(?:\S+:[\d.]+(?: |$))+$/.test(spec), `language.markers.${l}`, '"word:weight …"');
  }
  for (const key of ['englishSwitch', 'seaSwitch'] as const) check(typeof language[key] === 'string', `language.${key}`, 'a word list');

  check(isRecord(v.models), 'models', 'an object');
  const models = v.models as Record<string, unknown>;
  checkModel(check, models.intent, 'models.intent', INTENTS);
  checkModel(check, models.language, 'models.language', LATIN_LANGS);
  const data = value as UnderstandingData;
  compileCues(data.cues); // throws "cues.…: Invalid regular expression …" naming the entry
  return data;
}
