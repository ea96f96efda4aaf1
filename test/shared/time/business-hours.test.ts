import { describe, expect, it } from 'vitest';
import {
  builtInHolidayCalendar,
  addBusinessMinutes,
  businessMinutesBetween,
  isOpen,
  nextOpening,
  validateBusinessHours,
  WEEKDAYS,
  type BusinessHours,
} from '../../../shared/time';

const utc = (iso: string) => Date.parse(iso);
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString().replace('.000', ''));
const holidays = builtInHolidayCalendar();
const weekdays = (start: string, end: string) => (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, start, end }));

// A London shop open 09:00–17:00 on weekdays, closed on English bank holidays. Times below are BST (UTC+1).
const london: BusinessHours = { timeZone: 'Europe/London', open: weekdays('09:00', '17:00'), holidayRegion: 'GB', holidays };
// A Bangkok shop open every day 10:00–22:00 and a Manila night desk 22:00–06:00.
const bangkok: BusinessHours = { timeZone: 'Asia/Bangkok', open: WEEKDAYS.map((day) => ({ day, start: '10:00', end: '22:00' })) };
const nightDesk: BusinessHours = { timeZone: 'Asia/Manila', open: weekdays('22:00', '06:00') };

describe('businessMinutesBetween', () => {
  it.each([
    ['inside one opening', london, '2026-06-03T09:00:00Z', '2026-06-03T09:30:00Z', 30],
    ['from before opening to after closing', london, '2026-06-03T05:00:00Z', '2026-06-03T20:00:00Z', 480],
    ['over a weekend, Friday 16:00 to Monday 10:00', london, '2026-06-05T15:00:00Z', '2026-06-08T09:00:00Z', 120],
    ['over the early May bank holiday weekend', london, '2026-05-01T15:00:00Z', '2026-05-05T09:00:00Z', 120],
    ['a whole working week', london, '2026-06-08T00:00:00Z', '2026-06-15T00:00:00Z', 2400],
    ['a closed period', london, '2026-06-06T00:00:00Z', '2026-06-07T23:00:00Z', 0],
    ['backwards', london, '2026-06-03T12:00:00Z', '2026-06-03T10:00:00Z', 0],
    ['in seconds, as fractions of a minute', london, '2026-06-03T09:00:00Z', '2026-06-03T09:00:30Z', 0.5],
    ['in Bangkok across days', bangkok, '2026-01-05T12:00:00Z', '2026-01-06T05:00:00Z', 300],
    ['at a night desk across midnight', nightDesk, '2026-01-05T13:00:00Z', '2026-01-06T00:00:00Z', 480],
  ])('counts %s', (_, hours, from, to, minutes) => {
    expect(businessMinutesBetween(hours, utc(from), utc(to))).toBe(minutes);
  });

  it('counts real minutes, not wall minutes, on the night clocks change', () => {
    const always: BusinessHours = { timeZone: 'America/New_York', open: WEEKDAYS.map((day) => ({ day, start: '00:00', end: '00:00' })) };
    // Saturday noon to Monday noon is 47 hours in the spring-forward weekend and 49 in the autumn one.
    expect(businessMinutesBetween(always, utc('2026-03-07T17:00:00Z'), utc('2026-03-09T16:00:00Z'))).toBe(47 * 60);
    expect(businessMinutesBetween(always, utc('2026-10-31T16:00:00Z'), utc('2026-11-02T17:00:00Z'))).toBe(49 * 60);
  });
});

describe('addBusinessMinutes', () => {
  it.each([
    ['within the same opening', london, '2026-06-03T09:00:00Z', 30, '2026-06-03T09:30:00Z'],
    ['to closing time exactly', london, '2026-06-05T15:00:00Z', 60, '2026-06-05T16:00:00Z'],
    ['over the weekend', london, '2026-06-05T15:30:00Z', 60, '2026-06-08T08:30:00Z'],
    ['from before opening', london, '2026-06-03T05:00:00Z', 15, '2026-06-03T08:15:00Z'],
    ['over a bank holiday Monday', london, '2026-05-01T15:30:00Z', 60, '2026-05-05T08:30:00Z'],
    ['zero minutes, while closed', london, '2026-06-06T12:00:00Z', 0, '2026-06-06T12:00:00Z'],
    ['into the next night at the night desk', nightDesk, '2026-01-05T21:00:00Z', 120, '2026-01-06T15:00:00Z'],
  ])('adds %s', (_, hours, from, minutes, expected) => {
    expect(iso(addBusinessMinutes(hours, utc(from), minutes))).toBe(expected);
  });

  it('is the inverse of businessMinutesBetween', () => {
    const from = utc('2026-03-27T10:17:00Z');
    for (const minutes of [1, 59, 480, 1000, 5000]) {
      const to = addBusinessMinutes(london, from, minutes)!;
      expect(businessMinutesBetween(london, from, to)).toBe(minutes);
    }
  });

  it('gives up (null) when the shop never opens', () => {
    expect(addBusinessMinutes({ ...london, open: [] }, utc('2026-06-03T09:00:00Z'), 10)).toBeNull();
  });
});

describe('isOpen and nextOpening', () => {
  it.each([
    ['2026-06-03T10:00:00Z', true, '2026-06-03T10:00:00Z'],
    ['2026-06-03T16:00:00Z', false, '2026-06-04T08:00:00Z'],
    ['2026-05-04T10:00:00Z', false, '2026-05-05T08:00:00Z'],
    ['2026-12-24T17:00:00Z', false, '2026-12-29T09:00:00Z'],
  ])('at %s the London shop is open: %s; it next opens %s', (at, open, next) => {
    expect(isOpen(london, utc(at))).toBe(open);
    expect(iso(nextOpening(london, utc(at)))).toBe(next);
  });
});

describe('validateBusinessHours', () => {
  it('accepts good hours', () => {
    expect(validateBusinessHours(london).ok).toBe(true);
  });

  it('reports every problem', () => {
    const v = validateBusinessHours({
      timeZone: 'Asia/Bangkok ',
      open: [
        { day: 'mon', start: '09:00', end: '17:00' },
        { day: 'mon', start: '12:00', end: '13:00' },
        { day: 'tue', start: '9', end: '17:00' },
      ],
      holidayRegion: 'THA',
      holidays,
    });
    expect(v.ok ? [] : v.err.map((p) => `${p.code} ${p.path}`)).toEqual([
      'unknown_time_zone timeZone',
      'bad_time open[2].start',
      'overlap open[1]',
      'unknown_holiday_region holidayRegion',
    ]);
    const empty = validateBusinessHours({ timeZone: 'Nowhere', open: [] });
    expect(empty.ok ? [] : empty.err.map((p) => p.code)).toEqual(['unknown_time_zone', 'no_opening_hours']);
  });
});
