import { describe, expect, it } from 'vitest';
import { csatOf, npsFromCounts, npsOf, roundRatio } from '../../../shared/metrics';

describe('NPS', () => {
  it('is % promoters − % detractors with the counts', () => {
    // 9, 10, 10 promoters; 7, 8 passives; 0, 6 detractors: (3 − 2) / 7 = 14.29 %.
    expect(npsOf([9, 10, 10, 7, 8, 0, 6])).toEqual({ promoters: 3, passives: 2, detractors: 2, answers: 7, ignored: 0, value: 100 / 7, score: 14 });
  });

  it('ignores answers that are not whole numbers from 0 to 10, and counts them', () => {
    expect(npsOf([10, -1, 11, 7.5, Number.NaN, Number.POSITIVE_INFINITY, 0])).toEqual({
      promoters: 1,
      passives: 0,
      detractors: 1,
      answers: 2,
      ignored: 5,
      value: 0,
      score: 0,
    });
  });

  it('rounds once from the counts, not from rounded percentages', () => {
    // 66.7 % − 33.3 % = 33.3 → 33; rounding the percentages first (67 − 33) would say 34.
    expect(npsOf([10, 9, 3]).score).toBe(33);
    expect(npsOf([10, 9, 3]).value).toBeCloseTo(33.333, 3);
  });

  it('rounds halves away from zero on both sides', () => {
    // 3 promoters, 3 passives, 2 detractors of 8: 37.5 − 25 = 12.5 → 13; the mirror image → −13.
    expect(npsFromCounts(3, 3, 2).score).toBe(13);
    expect(npsFromCounts(2, 3, 3).score).toBe(-13);
    expect(npsFromCounts(2, 3, 3).value).toBe(-12.5);
  });

  it('reaches 100 and −100, and is null without answers', () => {
    expect(npsOf([9, 10]).score).toBe(100);
    expect(npsOf([0, 6]).score).toBe(-100);
    expect(npsOf([])).toEqual({ promoters: 0, passives: 0, detractors: 0, answers: 0, ignored: 0, value: null, score: null });
    expect(npsOf([12]).score).toBeNull();
  });

  it.each([
    [125, 10, 13],
    [-125, 10, -13],
    [124, 10, 12],
    [-126, 10, -13],
    [0, 7, 0],
    [100, 3, 33],
    [200, 3, 67],
  ])('roundRatio(%i, %i) is %i', (num, den, expected) => {
    expect(roundRatio(num, den)).toBe(expected);
  });
});

describe('CSAT', () => {
  it('is the share of 4–5 answers on a 1–5 scale, with the counts', () => {
    expect(csatOf([5, 4, 4, 3, 1, 2, 5])).toEqual({ hits: 4, total: 7, rate: 4 / 7, ignored: 0 });
  });

  it('ignores 0, 6, fractions and NaN', () => {
    expect(csatOf([0, 6, 4.5, Number.NaN, 5, 3])).toEqual({ hits: 1, total: 2, rate: 0.5, ignored: 4 });
  });

  it('has no rate without valid answers', () => {
    expect(csatOf([0])).toEqual({ hits: 0, total: 0, rate: null, ignored: 1 });
  });
});
