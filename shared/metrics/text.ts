// Text comparisons for two metrics: what an agent did with AskChat's draft, and which buyer questions are
// "the same question" for the top-questions list. Both work in every script the markets use (Thai and
// Chinese have no spaces between words), so similarity is measured on character pairs, not words.

/** NFKC, lower case, runs of white space as one space, trimmed: differences no buyer would notice. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

function bigrams(text: string): Map<string, number> {
  const chars = Array.from(text.replace(/\s+/gu, ''));
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = chars[i]! + chars[i + 1]!;
    out.set(pair, (out.get(pair) ?? 0) + 1);
  }
  return out;
}

/**
 * Sørensen–Dice similarity of the two normalised texts' character pairs (white space ignored), from 0 (no
 * pair in common) to 1. Equal normalised texts are 1, even when shorter than two characters.
 */
export function textSimilarity(a: string, b: string): number {
  const na = normaliseText(a);
  const nb = normaliseText(b);
  if (na === nb) return 1;
  const pa = bigrams(na);
  const pb = bigrams(nb);
  let sizeA = 0;
  let sizeB = 0;
  let shared = 0;
  for (const n of pa.values()) sizeA += n;
  for (const [pair, n] of pb) {
    sizeB += n;
    shared += Math.min(n, pa.get(pair) ?? 0);
  }
  return sizeA + sizeB === 0 ? 0 : (2 * shared) / (sizeA + sizeB);
}

/** A reply at least this similar to the draft (and not equal to it) is the draft, edited. */
export const DRAFT_EDITED_MIN_SIMILARITY = 0.5;

export type DraftOutcome = 'sent_as_is' | 'edited' | 'discarded';

/**
 * What an agent did with AskChat's draft, judged from the text the buyer received:
 * - `sent_as_is`: the normalised texts are equal (only case, white space or Unicode form changed);
 * - `edited`: otherwise, when textSimilarity ≥ 0.5 (the agent kept most of the draft);
 * - `discarded`: the reply has less than that in common with the draft (the agent wrote their own).
 * A translated reply is compared as sent, in the buyer's language, which is the language of the draft.
 */
export function draftOutcome(draft: string, sent: string): DraftOutcome {
  if (normaliseText(draft) === normaliseText(sent)) return 'sent_as_is';
  return textSimilarity(draft, sent) >= DRAFT_EDITED_MIN_SIMILARITY ? 'edited' : 'discarded';
}

/**
 * The key buyer questions are grouped by: normalised text, every run of digits as '#' (order numbers,
 * dates), punctuation, symbols and emoji as spaces. Null when nothing with a letter is left (a sticker,
 * "???", a bare order number): such messages are not questions.
 */
export function questionKey(text: string): string | null {
  const key = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .replace(/\p{Nd}+/gu, '#')
    .trim();
  return /\p{L}/u.test(key) ? key : null;
}
