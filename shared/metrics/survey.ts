// NPS and CSAT from survey answers, or from the counts a rollup keeps. Both are computed from counts, so
// a figure from rollups and one from the answers themselves cannot differ by a rounding.
import { rate } from './definitions';
import type { Csat, Nps } from './types';

export type NpsBucket = 'promoter' | 'passive' | 'detractor';

/** 9–10 promoter, 7–8 passive, 0–6 detractor; null for anything that is not a whole number from 0 to 10. */
export function npsBucket(score: number): NpsBucket | null {
  if (!Number.isInteger(score) || score < 0 || score > 10) return null;
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

/** 4–5 satisfied; null for anything that is not a whole number from 1 to 5. */
export function csatSatisfied(score: number): boolean | null {
  if (!Number.isInteger(score) || score < 1 || score > 5) return null;
  return score >= 4;
}

/** num / den rounded to a whole number, halves away from zero, in integer arithmetic (den > 0). */
export function roundRatio(num: number, den: number): number {
  const q = Math.floor((2 * Math.abs(num) + den) / (2 * den));
  return num < 0 ? -q : q;
}

/**
 * NPS = % promoters − % detractors over the valid answers, from −100 to 100. `value` is exact; `score`
 * is rounded once from the counts (halves away from zero), not from rounded percentages: 2 promoters and
 * 1 detractor of 3 is 66.7 % − 33.3 % = 33.3, score 33 (rounding the percentages first would say 34).
 */
export function npsFromCounts(promoters: number, passives: number, detractors: number, ignored = 0): Nps {
  const answers = promoters + passives + detractors;
  const diff = 100 * (promoters - detractors);
  return {
    promoters,
    passives,
    detractors,
    answers,
    ignored,
    value: answers > 0 ? diff / answers : null,
    score: answers > 0 ? roundRatio(diff, answers) : null,
  };
}

export function npsOf(scores: readonly number[]): Nps {
  const n = { promoter: 0, passive: 0, detractor: 0, ignored: 0 };
  for (const s of scores) n[npsBucket(s) ?? 'ignored']++;
  return npsFromCounts(n.promoter, n.passive, n.detractor, n.ignored);
}

/** CSAT = share of 4–5 answers among valid 1–5 answers. */
export function csatFromCounts(satisfied: number, rated: number, ignored = 0): Csat {
  return { ...rate(satisfied, rated), ignored };
}

export function csatOf(scores: readonly number[]): Csat {
  let satisfied = 0;
  let rated = 0;
  let ignored = 0;
  for (const s of scores) {
    const ok = csatSatisfied(s);
    if (ok === null) ignored++;
    else {
      rated++;
      if (ok) satisfied++;
    }
  }
  return csatFromCounts(satisfied, rated, ignored);
}
