// Turns the cue lexicon's pattern strings into regular expressions, once per engine. Data-free: the
// lexicon comes in as an argument. A pattern that does not compile throws an Error naming its entry
// ("cues.intents.cancel_order[2]: Invalid regular expression: …").
import { INTENTS, type Intent } from '../intents';
import type { CueEntry, CueLexicon } from './data-format';

export interface Matcher {
  w: number;
  f: RegExp | null; // on folded text
  l: RegExp | null; // on lower-case text with diacritics
}

export interface CompiledCues {
  intents: Array<{ intent: Intent; matchers: Matcher[] }>;
  greeting: RegExp;
  legal: Matcher;
  safety: Matcher;
  doubleCharge: Matcher;
  angry: Matcher;
  injection: Matcher;
  negative: Matcher;
  positive: Matcher;
  /** a question mark, a question word first, or a question particle last */
  question: RegExp;
  /** a question word anywhere */
  anyQuestion: RegExp;
  /** "no money was deducted" */
  notDeducted: RegExp;
  /** clear delight ("love", 😍, lucu, xinh, น่ารัก, 好看) */
  delight: RegExp;
  /** all-caps words that are not shouting (ASAP, COD, brands, carriers) */
  shoutOk: RegExp;
}

function re(source: string, flags: string, path: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (e) {
    throw new Error(`${path}: ${(e as Error).message}`);
  }
}

function compile(entry: CueEntry, path: string): Matcher {
  const [w, latin, other, lower] = entry;
  const parts: string[] = [];
  // Indonesian/Malay glue -nya, -ku, -lah, -kah onto words ("promonya", "barangku")
  if (latin) parts.push(`(?<![a-z0-9])(?:${latin})(?:nya|ku|lah|kah)?(?![a-z])`);
  if (other) parts.push(`(?:${other})`);
  return {
    w,
    f: parts.length ? re(parts.join('|'), 'g', path) : null,
    l: lower ? re(`(?<!\\p{L})(?:${lower})(?!\\p{L})`, 'gu', path) : null,
  };
}

export function compileCues(c: CueLexicon): CompiledCues {
  const g = `(?:(?<![a-z])(?:${c.greetingWords}|${c.fillerWords})(?![a-z])|${c.greetingOther}|${c.fillerOther})`;
  return {
    intents: INTENTS.map((intent) => ({
      intent,
      matchers: c.intents[intent].map((entry, i) => compile(entry, `cues.intents.${intent}[${i}]`)),
    })),
    greeting: re(g, 'gu', 'cues.greeting…/filler…'),
    legal: compile(c.legal, 'cues.legal'),
    safety: compile(c.safety, 'cues.safety'),
    doubleCharge: compile(c.doubleCharge, 'cues.doubleCharge'),
    angry: compile(c.angry, 'cues.angry'),
    injection: compile(c.injection, 'cues.injection'),
    negative: compile(c.negative, 'cues.negative'),
    positive: compile(c.positive, 'cues.positive'),
    question: re(c.question, 'u', 'cues.question'),
    anyQuestion: re(c.anyQuestion, 'u', 'cues.anyQuestion'),
    notDeducted: re(c.notDeducted, '', 'cues.notDeducted'),
    delight: re(c.delight, '', 'cues.delight'),
    shoutOk: re(`^(?:${c.shoutOk})$`, '', 'cues.shoutOk'),
  };
}
