import { describe, expect, it } from 'vitest';
import { MARKETS, type Market } from '../../../shared/markets';
import { remaining, responseDue, responseWindowHours, warningsFor } from '../../../shared/time';

const utc = (iso: string) => Date.parse(iso);
const iso = (t: number) => new Date(t).toISOString().replace('.000', '');
const monday = utc('2026-01-05T00:00:00Z');

describe('responseDue', () => {
  it.each<[Market, number]>([
    ['US', 24],
    ['GB', 24],
    ['ID', 12],
    ['TH', 12],
    ['MY', 12],
    ['VN', 12],
    ['PH', 12],
    ['SG', 12],
  ])('a %s shop has %i hours to answer', (market, hours) => {
    expect(responseWindowHours(market)).toBe(hours);
    expect(responseDue(market, monday) - monday).toBe(hours * 3_600_000);
  });

  it('covers every market', () => {
    expect(MARKETS.map((m) => responseWindowHours(m))).toHaveLength(8);
  });

  it('takes a per-shop window instead of the market rule', () => {
    expect(iso(responseDue('ID', monday, { responseWindowHours: 4 }))).toBe('2026-01-05T04:00:00Z');
    expect(iso(responseDue('US', monday, { responseWindowHours: 1.5 }))).toBe('2026-01-05T01:30:00Z');
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('refuses a window of %s hours', (hours) => {
    expect(() => responseDue('GB', monday, { responseWindowHours: hours })).toThrow(RangeError);
  });

  it('counts plain hours through the night and the clock change, not business hours', () => {
    // Saturday 2026-03-07 20:00 EST + 24 h = Sunday 21:00 EDT, because that night is 23 hours long.
    expect(iso(responseDue('US', utc('2026-03-08T01:00:00Z')))).toBe('2026-03-09T01:00:00Z');
  });
});

describe('the US weekend rule', () => {
  const on = { usWeekendRule: true };

  it.each([
    ['a Saturday message is due Monday 12:00 (EDT after the clock change)', 'US', on, '2026-03-07T15:00:00Z', '2026-03-09T16:00:00Z'],
    ['a late-Sunday message is due Monday 12:00, under 24 hours', 'US', on, '2026-03-09T03:00:00Z', '2026-03-09T16:00:00Z'],
    ['a message at Saturday 00:00 is a weekend message', 'US', on, '2026-01-10T05:00:00Z', '2026-01-12T17:00:00Z'],
    ['a Friday-night message keeps the 24-hour rule', 'US', on, '2026-03-07T04:00:00Z', '2026-03-08T04:00:00Z'],
    ['without the option the weekend is 24 hours like any day', 'US', {}, '2026-03-07T15:00:00Z', '2026-03-08T15:00:00Z'],
    ['the rule is for US shops only', 'GB', on, '2026-03-07T15:00:00Z', '2026-03-08T15:00:00Z'],
    ["Saturday 01:00 in New York is Friday in Los Angeles: the shop's zone decides", 'US', { ...on, timeZone: 'America/Los_Angeles' }, '2026-01-10T06:00:00Z', '2026-01-11T06:00:00Z'],
    ['the same instant for a New York shop', 'US', on, '2026-01-10T06:00:00Z', '2026-01-12T17:00:00Z'],
    ['a Los Angeles shop is due Monday 12:00 Pacific', 'US', { ...on, timeZone: 'America/Los_Angeles' }, '2026-01-10T18:00:00Z', '2026-01-12T20:00:00Z'],
  ] as const)('%s', (_, market, settings, at, due) => {
    expect(iso(responseDue(market, utc(at), settings))).toBe(due);
  });
});

describe('warningsFor', () => {
  it.each([
    ['ID', '2026-01-05T09:00:00Z', '2026-01-05T10:48:00Z'],
    ['GB', '2026-01-05T18:00:00Z', '2026-01-05T21:36:00Z'],
  ] as const)('warns the assignee at 75%% and the group at 90%% of the %s window', (market, assignee, group) => {
    expect(warningsFor(monday, responseDue(market, monday)).map((w) => `${w.level} ${iso(w.at)}`)).toEqual([
      `assignee ${assignee}`,
      `group ${group}`,
    ]);
  });

  it('takes configured thresholds and returns them earliest first', () => {
    const rules = [
      { fraction: 0.5, level: 'group' as const },
      { fraction: 0.25, level: 'assignee' as const },
    ];
    expect(warningsFor(monday, responseDue('TH', monday), rules).map((w) => `${w.level} ${iso(w.at)}`)).toEqual([
      'assignee 2026-01-05T03:00:00Z',
      'group 2026-01-05T06:00:00Z',
    ]);
  });

  it('spreads the warnings over a longer weekend window', () => {
    const at = utc('2026-03-07T15:00:00Z');
    const due = responseDue('US', at, { usWeekendRule: true });
    expect(warningsFor(at, due).map((w) => iso(w.at))).toEqual(['2026-03-09T03:45:00Z', '2026-03-09T11:06:00Z']);
  });

  it.each([0, 1, 1.2, -0.1])('refuses a threshold of %s', (fraction) => {
    expect(() => warningsFor(monday, monday + 1000, [{ fraction, level: 'group' }])).toThrow(RangeError);
  });
});

describe('remaining', () => {
  it.each([
    [0, 3_600_000, false],
    [3_600_000, 0, false],
    [3_600_001, -1, true],
  ])('at due%+i ms the time left is %i ms, overdue %s', (offset, ms, overdue) => {
    const due = monday + 3_600_000;
    expect(remaining(due, monday + offset)).toEqual({ ms, overdue });
  });
});
