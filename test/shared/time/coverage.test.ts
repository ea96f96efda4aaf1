import { describe, expect, it } from 'vitest';
import { builtInHolidayCalendar, coverageGaps, NO_HOLIDAYS, nextCoverage, whoIsOnShift, type Roster } from '../../../shared/time';

const utc = (iso: string) => Date.parse(iso);
const iso = (t: number) => new Date(t).toISOString().replace('.000', '');
const holidays = builtInHolidayCalendar();
const weekdays = (start: string, end: string) => (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, start, end }));

// Follow the sun: one agent per continent, each 09:00–17:00 on weekdays in their own zone.
//   winter (UTC): Jakarta 02–10, London 09–17, Los Angeles 17–01 → gap 01–02
//   summer (UTC): Jakarta 02–10, London 08–16, Los Angeles 16–24 → gap 00–02
const london: Roster = { agentId: 'london', timeZone: 'Europe/London', holidayRegion: 'GB', shifts: weekdays('09:00', '17:00') };
const jakarta: Roster = { agentId: 'jakarta', timeZone: 'Asia/Jakarta', holidayRegion: 'ID', shifts: weekdays('09:00', '17:00') };
const losAngeles: Roster = { agentId: 'la', timeZone: 'America/Los_Angeles', holidayRegion: 'US', shifts: weekdays('09:00', '17:00') };
const team = [london, jakarta, losAngeles];

describe('follow the sun', () => {
  it.each([
    ['2026-01-13T01:30:00Z', []],
    ['2026-01-13T02:00:00Z', ['jakarta']],
    ['2026-01-13T09:30:00Z', ['london', 'jakarta']],
    ['2026-01-13T10:00:00Z', ['london']],
    ['2026-01-13T16:59:00Z', ['london']],
    ['2026-01-13T17:00:00Z', ['la']],
    ['2026-07-14T07:59:00Z', ['jakarta']],
    ['2026-07-14T08:00:00Z', ['london', 'jakarta']],
    ['2026-07-14T15:59:00Z', ['london']],
    ['2026-07-14T16:00:00Z', ['la']],
    ['2026-07-14T23:59:00Z', ['la']],
  ])('at %s the agents on shift are %j', (at, expected) => {
    expect(whoIsOnShift(team, utc(at), holidays)).toEqual(expected);
  });

  it.each([
    ['someone is on now', '2026-01-13T12:00:00Z', '2026-01-13T12:00:00Z', ['london']],
    ['the winter night gap ends when Jakarta starts', '2026-01-14T01:00:00Z', '2026-01-14T02:00:00Z', ['jakarta']],
    ['the summer night gap is two hours', '2026-07-15T00:00:00Z', '2026-07-15T02:00:00Z', ['jakarta']],
    ['after Los Angeles closes on Friday, Jakarta opens on Monday', '2026-01-17T01:00:00Z', '2026-01-19T02:00:00Z', ['jakarta']],
    ['on Idul Adha in Jakarta, London takes the first shift', '2026-05-27T01:30:00Z', '2026-05-27T08:00:00Z', ['london']],
    ['on Memorial Day Los Angeles is off, so nobody until Jakarta on Tuesday', '2026-05-25T15:00:00Z', '2026-05-26T02:00:00Z', ['jakarta']],
    ['at a handover both agents are named', '2026-01-13T09:00:00Z', '2026-01-13T09:00:00Z', ['london', 'jakarta']],
  ])('next coverage: %s', (_, at, expectedAt, agents) => {
    const c = nextCoverage(team, utc(at), holidays);
    expect(c && { at: iso(c.at), agentIds: c.agentIds }).toEqual({ at: expectedAt.replace('.000', ''), agentIds: agents });
  });

  it('has no coverage to offer when nobody has shifts', () => {
    expect(nextCoverage([], utc('2026-01-13T00:00:00Z'), holidays)).toBeNull();
    expect(nextCoverage([{ ...london, shifts: [] }], utc('2026-01-13T00:00:00Z'), holidays)).toBeNull();
  });
});

describe('coverageGaps', () => {
  const show = (gaps: ReturnType<typeof coverageGaps>) =>
    gaps.map((g) => `${g.from.day} ${g.from.time} → ${g.to.day} ${g.to.time} ${g.minutes}m${g.acceptable ? ' ok' : ''}`);

  it('lists the nightly and weekend gaps of a winter week, read in London time', () => {
    expect(show(coverageGaps(team, { timeZone: 'Europe/London', week: '2026-01-14' }))).toEqual([
      'mon 00:00 → mon 02:00 120m',
      'tue 01:00 → tue 02:00 60m',
      'wed 01:00 → wed 02:00 60m',
      'thu 01:00 → thu 02:00 60m',
      'fri 01:00 → fri 02:00 60m',
      'sat 01:00 → mon 00:00 2820m',
    ]);
  });

  it('marks gaps inside acceptable windows (the weekend) and splits a gap at their edge', () => {
    const gaps = coverageGaps(team, {
      timeZone: 'Europe/London',
      week: '2026-01-12',
      acceptable: [
        { day: 'sat', start: '00:00', end: '00:00' },
        { day: 'sun', start: '00:00', end: '00:00' },
        { day: 'tue', start: '01:30', end: '02:00' },
      ],
    });
    expect(show(gaps)).toEqual([
      'mon 00:00 → mon 02:00 120m',
      'tue 01:00 → tue 01:30 30m',
      'tue 01:30 → tue 02:00 30m ok',
      'wed 01:00 → wed 02:00 60m',
      'thu 01:00 → thu 02:00 60m',
      'fri 01:00 → fri 02:00 60m',
      'sat 01:00 → mon 00:00 2820m ok',
    ]);
    expect(gaps[0]).toMatchObject({ start: utc('2026-01-12T00:00:00Z'), end: utc('2026-01-12T02:00:00Z'), from: { date: '2026-01-12' } });
  });

  it('reads a week in a zone with a clock change as it is: 167 hours in the spring-forward week', () => {
    const gaps = coverageGaps([], { timeZone: 'America/New_York', week: '2026-03-08' });
    expect(show(gaps)).toEqual(['mon 00:00 → mon 00:00 10020m']);
    expect(gaps[0]!.minutes / 60).toBe(167);
  });

  it('applies holidays when given a calendar: on Good Friday only Los Angeles works', () => {
    // London is on BST now, so the nightly gap runs 01:00–03:00. Good Friday is a holiday in GB and ID, not US.
    const week = (calendar: typeof holidays) => show(coverageGaps(team, { timeZone: 'Europe/London', week: '2026-04-03', holidays: calendar }));
    const regular = [
      'mon 00:00 → mon 03:00 180m',
      'tue 01:00 → tue 03:00 120m',
      'wed 01:00 → wed 03:00 120m',
      'thu 01:00 → thu 03:00 120m',
      'fri 01:00 → fri 03:00 120m',
      'sat 01:00 → mon 00:00 2820m',
    ];
    expect(week(NO_HOLIDAYS)).toEqual(regular);
    expect(week(holidays)).toEqual(regular.map((g) => (g.startsWith('fri') ? 'fri 01:00 → fri 17:00 960m' : g)));
  });
});
