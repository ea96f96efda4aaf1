// The daily cap helpers: estimates, the cap decision at its edges, and the UTC day key.
import { describe, expect, it } from 'vitest';
import { estimateCost, spendDay, withinDailyCap } from '../../../worker/ai/provider/cost-cap';
import { PRICING } from './helpers';

describe('estimateCost', () => {
  it('counts the prompt at 2 characters a token and every completion token allowed', () => {
    expect(estimateCost(1000, 400, PRICING)).toBeCloseTo((500 * 0.15 + 400 * 0.6) / 1e6, 15);
    expect(estimateCost(3, 0, PRICING)).toBeCloseTo((2 * 0.15) / 1e6, 15); // a started token counts
  });

  it('is 0 without pricing and never negative; NaN in gives NaN out (which the cap refuses)', () => {
    expect(estimateCost(1_000_000, 4000, undefined)).toBe(0);
    expect(estimateCost(-50, -10, PRICING)).toBe(0);
    expect(estimateCost(Number.NaN, 10, PRICING)).toBeNaN();
    expect(withinDailyCap(0, 5, estimateCost(Number.NaN, 10, PRICING))).toBe(false);
  });
});

describe('withinDailyCap', () => {
  it('allows everything without a cap (null, undefined, Infinity)', () => {
    expect(withinDailyCap(1e6, null, 1e6)).toBe(true);
    expect(withinDailyCap(1e6, undefined, 1)).toBe(true);
    expect(withinDailyCap(1e6, Infinity, 1)).toBe(true);
  });

  it('allows nothing with a cap of 0 or less, not even a call estimated at 0', () => {
    expect(withinDailyCap(0, 0, 0)).toBe(false);
    expect(withinDailyCap(0, 0, 0.0001)).toBe(false);
    expect(withinDailyCap(0, -1, 0)).toBe(false);
  });

  it('needs room for the estimate, and something left', () => {
    expect(withinDailyCap(4.99, 5, 0.01)).toBe(true);
    expect(withinDailyCap(4.99, 5, 0.02)).toBe(false);
    expect(withinDailyCap(5, 5, 0)).toBe(false);
    expect(withinDailyCap(6, 5, 0)).toBe(false);
    expect(withinDailyCap(1, 5, -3)).toBe(true); // a negative estimate counts as 0
    expect(withinDailyCap(5, 5, -3)).toBe(false);
  });

  it('refuses when the spend, estimate or cap is not a number: a broken counter is not unlimited', () => {
    expect(withinDailyCap(Number.NaN, 5, 0)).toBe(false);
    expect(withinDailyCap(Infinity, 5, 0)).toBe(false);
    expect(withinDailyCap(0, 5, Number.NaN)).toBe(false);
    expect(withinDailyCap(0, Number.NaN, 0)).toBe(false);
    expect(withinDailyCap(0, -Infinity, 0)).toBe(false);
  });
});

describe('spendDay', () => {
  it('is the UTC day, whatever the local offset', () => {
    expect(spendDay(new Date('2026-07-05T23:30:00-07:00'))).toBe('2026-07-06');
    expect(spendDay(new Date('2026-07-06T06:59:59+07:00'))).toBe('2026-07-05');
    expect(spendDay(new Date('2026-07-05T00:00:00Z'))).toBe('2026-07-05');
  });

  it('throws on an invalid date rather than inventing a day', () => {
    expect(() => spendDay(new Date(Number.NaN))).toThrow(RangeError);
  });
});
