import { describe, expect, it } from 'vitest';
import {
  builtInHolidayCalendar,
  createHolidayCalendar,
  isOnShift,
  NO_HOLIDAYS,
  nextShiftStart,
  shiftsBetween,
  validateRoster,
  whoIsOnShift,
  type Roster,
} from '../../../shared/time';

const utc = (iso: string) => Date.parse(iso);
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString().replace('.000', ''));
const holidays = builtInHolidayCalendar();

const weekdays = (start: string, end: string) => (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, start, end }));

describe('night shifts across clock changes', () => {
  // A Saturday 22:00–06:00 shift on the nights the clocks change: it is an hour shorter in spring and an
  // hour longer in autumn, and it always ends at 06:00 on the wall.
  const night = (timeZone: string): Roster => ({ agentId: 'night', timeZone, shifts: [{ day: 'sat', start: '22:00', end: '06:00' }] });

  it.each([
    // zone, instant, on shift?, wall time then
    ['America/New_York', '2026-03-08T02:59:00Z', false, 'Sat 21:59 EST, before the shift'],
    ['America/New_York', '2026-03-08T03:00:00Z', true, 'Sat 22:00 EST, the shift starts'],
    ['America/New_York', '2026-03-08T06:59:00Z', true, 'Sun 01:59 EST, just before the gap'],
    ['America/New_York', '2026-03-08T07:00:00Z', true, 'Sun 03:00 EDT, just after the gap'],
    ['America/New_York', '2026-03-08T09:59:00Z', true, 'Sun 05:59 EDT'],
    ['America/New_York', '2026-03-08T10:00:00Z', false, 'Sun 06:00 EDT, the shift is over after 7 h'],
    ['America/New_York', '2026-03-01T10:30:00Z', true, 'Sun 05:30 EST a week earlier, still on'],
    ['America/New_York', '2026-11-01T05:30:00Z', true, 'Sun 01:30 EDT, first pass'],
    ['America/New_York', '2026-11-01T06:30:00Z', true, 'Sun 01:30 EST, second pass'],
    ['America/New_York', '2026-11-01T10:59:00Z', true, 'Sun 05:59 EST'],
    ['America/New_York', '2026-11-01T11:00:00Z', false, 'Sun 06:00 EST, the shift is over after 9 h'],
    ['America/Los_Angeles', '2026-03-08T06:00:00Z', true, 'Sat 22:00 PST'],
    ['America/Los_Angeles', '2026-03-08T12:59:00Z', true, 'Sun 05:59 PDT'],
    ['America/Los_Angeles', '2026-03-08T13:00:00Z', false, 'Sun 06:00 PDT'],
    ['America/Los_Angeles', '2026-11-01T04:59:00Z', false, 'Sat 21:59 PDT'],
    ['America/Los_Angeles', '2026-11-01T13:30:00Z', true, 'Sun 05:30 PST'],
    ['America/Los_Angeles', '2026-11-01T14:00:00Z', false, 'Sun 06:00 PST'],
    ['Europe/London', '2026-03-28T22:00:00Z', true, 'Sat 22:00 GMT'],
    ['Europe/London', '2026-03-29T00:30:00Z', true, 'Sun 00:30 GMT'],
    ['Europe/London', '2026-03-29T01:30:00Z', true, 'Sun 02:30 BST'],
    ['Europe/London', '2026-03-29T04:59:00Z', true, 'Sun 05:59 BST'],
    ['Europe/London', '2026-03-29T05:00:00Z', false, 'Sun 06:00 BST'],
    ['Europe/London', '2026-10-24T20:59:00Z', false, 'Sat 21:59 BST'],
    ['Europe/London', '2026-10-24T21:00:00Z', true, 'Sat 22:00 BST'],
    ['Europe/London', '2026-10-25T05:59:00Z', true, 'Sun 05:59 GMT'],
    ['Europe/London', '2026-10-25T06:00:00Z', false, 'Sun 06:00 GMT'],
  ])('%s at %s: on shift is %s (%s)', (zone, at, expected) => {
    expect(isOnShift(night(zone), utc(at), NO_HOLIDAYS)).toBe(expected);
  });

  it.each([
    ['America/New_York', '2026-03-07', 7],
    ['America/New_York', '2026-10-31', 9],
    ['America/Los_Angeles', '2026-03-07', 7],
    ['America/Los_Angeles', '2026-10-31', 9],
    ['Europe/London', '2026-03-28', 7],
    ['Europe/London', '2026-10-24', 9],
    ['Europe/London', '2026-01-10', 8],
  ])('in %s the night shift starting %s lasts %i hours', (zone, date, hours) => {
    const from = utc(`${date}T12:00:00Z`);
    const [shift] = shiftsBetween(night(zone), from, from + 86_400_000, NO_HOLIDAYS);
    expect((shift!.end - shift!.start) / 3_600_000).toBe(hours);
  });

  it('starts a shift written at a nonexistent time an hour later, and one at a repeated time at its first pass', () => {
    const r: Roster = { agentId: 'a', timeZone: 'America/New_York', shifts: [{ day: 'sun', start: '02:30', end: '10:00' }] };
    expect(shiftsBetween(r, utc('2026-03-08T00:00:00Z'), utc('2026-03-09T00:00:00Z'), NO_HOLIDAYS).map((s) => [iso(s.start), iso(s.end)])).toEqual([
      ['2026-03-08T07:30:00Z', '2026-03-08T14:00:00Z'],
    ]);
    const fall: Roster = { ...r, shifts: [{ day: 'sun', start: '01:30', end: '09:00' }] };
    expect(shiftsBetween(fall, utc('2026-11-01T00:00:00Z'), utc('2026-11-02T00:00:00Z'), NO_HOLIDAYS).map((s) => [iso(s.start), iso(s.end)])).toEqual([
      ['2026-11-01T05:30:00Z', '2026-11-01T14:00:00Z'],
    ]);
  });
});

describe('zones without daylight saving time', () => {
  it.each([
    ['Asia/Jakarta', 7],
    ['Asia/Bangkok', 7],
    ['Asia/Ho_Chi_Minh', 7],
    ['Asia/Manila', 8],
    ['Asia/Singapore', 8],
    ['Asia/Kuala_Lumpur', 8],
  ])('an agent in %s works 09:00–17:00 local in January and in July alike (UTC+%i)', (timeZone, offset) => {
    const r: Roster = { agentId: 'a', timeZone, shifts: [{ day: 'mon', start: '09:00', end: '17:00' }] };
    for (const monday of ['2026-01-05', '2026-07-06']) {
      const localHour = (h: number) => Date.parse(`${monday}T00:00:00Z`) + (h - offset) * 3_600_000;
      expect([8.99, 9, 16.99, 17].map((h) => isOnShift(r, localHour(h), NO_HOLIDAYS))).toEqual([false, true, true, false]);
    }
  });
});

describe('holidays and overrides', () => {
  const london: Roster = { agentId: 'amy', timeZone: 'Europe/London', holidayRegion: 'GB', shifts: weekdays('09:00', '17:00') };
  // Monday 2026-05-04 is the Early May bank holiday; 10:00Z is 11:00 BST.
  const bankHoliday = utc('2026-05-04T10:00:00Z');

  it.each([
    ['an agent is off on a public holiday of their region', london, holidays, false],
    ['an agent without a holiday region works on it', { ...london, holidayRegion: undefined }, holidays, true],
    ['an agent whose region has no holiday that day works', { ...london, holidayRegion: 'ID' }, holidays, true],
    ['the shop can take the date out of the calendar', london, builtInHolidayCalendar({ remove: [{ date: '2026-05-04', region: 'GB' }] }), true],
    ['an override that says otherwise wins over the holiday', { ...london, overrides: [{ date: '2026-05-04', start: '10:00', end: '14:00' }] }, holidays, true],
    ['a shop-wide date makes everyone off', { ...london, holidayRegion: 'ID' }, builtInHolidayCalendar({ add: [{ date: '2026-05-04', name: 'Team day' }] }), false],
    ['a shop date for another region does not', london, createHolidayCalendar({ table: {}, add: [{ date: '2026-05-04', name: 'Hari X', region: 'ID' }] }), true],
  ])('%s', (_, roster, calendar, expected) => {
    expect(isOnShift(roster as Roster, bankHoliday, calendar)).toBe(expected);
  });

  it.each([
    ['a day off', [{ date: '2026-05-05', off: true as const }], '2026-05-05T10:00:00Z', false],
    ['other hours replace the weekly ones: inside', [{ date: '2026-05-05', start: '12:00', end: '20:00' }], '2026-05-05T18:30:00Z', true],
    ['other hours replace the weekly ones: the old start', [{ date: '2026-05-05', start: '12:00', end: '20:00' }], '2026-05-05T08:30:00Z', false],
    ['an extra working Saturday', [{ date: '2026-05-09', start: '10:00', end: '12:00' }], '2026-05-09T09:30:00Z', true],
    ['an override on another date changes nothing', [{ date: '2026-05-06', off: true as const }], '2026-05-05T10:00:00Z', true],
  ])('override: %s', (_, overrides, at, expected) => {
    expect(isOnShift({ ...london, overrides }, utc(at), holidays)).toBe(expected);
  });

  it('runs a night shift that starts on Christmas Eve into Christmas morning, and skips the one starting on Christmas Day', () => {
    const r: Roster = { agentId: 'n', timeZone: 'America/New_York', holidayRegion: 'US', shifts: weekdays('22:00', '06:00') };
    // Thu 2026-12-24 22:00 EST = 12-25 03:00Z; Fri 12-25 22:00 EST = 12-26 03:00Z.
    expect(isOnShift(r, utc('2026-12-25T05:00:00Z'), holidays)).toBe(true);
    expect(isOnShift(r, utc('2026-12-26T05:00:00Z'), holidays)).toBe(false);
  });

  it('keeps an agent off on every day of a holiday range (Tết 2026 in Vietnam)', () => {
    const r: Roster = { agentId: 'v', timeZone: 'Asia/Ho_Chi_Minh', holidayRegion: 'VN', shifts: weekdays('08:00', '17:00') };
    const on = (date: string) => isOnShift(r, utc(`${date}T03:00:00Z`), holidays);
    expect(['2026-02-13', '2026-02-16', '2026-02-20', '2026-02-23'].map(on)).toEqual([true, false, false, true]);
  });
});

describe('whoIsOnShift and nextShiftStart', () => {
  const jakarta: Roster = { agentId: 'budi', timeZone: 'Asia/Jakarta', holidayRegion: 'ID', shifts: weekdays('09:00', '17:00') };
  const manila: Roster = { agentId: 'maria', timeZone: 'Asia/Manila', holidayRegion: 'PH', shifts: weekdays('09:00', '17:00') };

  it.each([
    ['2026-01-06T01:30:00Z', ['maria']],
    ['2026-01-06T02:30:00Z', ['budi', 'maria']],
    ['2026-01-06T09:30:00Z', ['budi']],
    ['2026-01-06T10:30:00Z', []],
  ])('at %s the agents on shift are %j', (at, expected) => {
    expect(whoIsOnShift([jakarta, manila], utc(at), holidays)).toEqual(expected);
  });

  it.each([
    ['now, when the agent is on shift', '2026-01-06T03:00:00Z', '2026-01-06T03:00:00Z'],
    ['later the same day, before the shift', '2026-01-06T00:30:00Z', '2026-01-06T02:00:00Z'],
    ['on Monday, after Friday evening', '2026-01-09T11:00:00Z', '2026-01-12T02:00:00Z'],
    ['on Tuesday, when Monday is a holiday (Hari Lahir Pancasila)', '2026-05-29T11:00:00Z', '2026-06-02T02:00:00Z'],
  ])('is %s', (_, at, expected) => {
    expect(iso(nextShiftStart(jakarta, utc(at), holidays))).toBe(expected);
  });

  it('sees a roster edited in place, as the PWA store does', () => {
    const r: Roster = { ...jakarta, shifts: [...jakarta.shifts] };
    const saturday = utc('2026-01-10T03:00:00Z');
    expect(isOnShift(r, saturday, holidays)).toBe(false);
    (r.shifts as Roster['shifts'][number][]).push({ day: 'sat', start: '09:00', end: '12:00' });
    expect(isOnShift(r, saturday, holidays)).toBe(true);
  });

  it('is null when nothing starts within the horizon', () => {
    expect(nextShiftStart({ ...jakarta, shifts: [] }, utc('2026-01-06T00:00:00Z'), holidays)).toBeNull();
    const leave = Array.from({ length: 20 }, (_, i) => ({ date: `2026-01-${String(i + 6).padStart(2, '0')}`, off: true as const }));
    expect(nextShiftStart({ ...jakarta, overrides: leave }, utc('2026-01-06T00:00:00Z'), holidays, 14)).toBeNull();
    expect(iso(nextShiftStart({ ...jakarta, overrides: leave }, utc('2026-01-06T00:00:00Z'), holidays))).toBe('2026-01-26T02:00:00Z');
  });
});

describe('validateRoster', () => {
  const base: Roster = { agentId: 'a', timeZone: 'Europe/London', shifts: weekdays('09:00', '17:00') };
  const problems = (r: Partial<Roster> & Record<string, unknown>) => {
    const v = validateRoster({ ...base, ...r } as Roster, { holidays });
    return v.ok ? [] : v.err.map((p) => `${p.code} ${p.path}: ${p.message}`);
  };

  it('accepts a roster with touching shifts, a night shift and overrides', () => {
    expect(
      problems({
        shifts: [
          { day: 'mon', start: '09:00', end: '17:00' },
          { day: 'mon', start: '17:00', end: '21:00' },
          { day: 'fri', start: '22:00', end: '06:00' },
          { day: 'sun', start: '00:00', end: '00:00' },
        ],
        overrides: [{ date: '2026-05-04', off: true }, { date: '2026-05-05', start: '12:00', end: '18:00' }],
        holidayRegion: 'GB',
      }),
    ).toEqual([]);
  });

  it.each([
    [
      'overlapping shifts on one day',
      { shifts: [{ day: 'mon', start: '09:00', end: '13:00' }, { day: 'mon', start: '12:00', end: '18:00' }] },
      'overlapping_shifts shifts[1]: shift 2 (Mon 12:00–18:00) overlaps shift 1 (Mon 09:00–13:00) from Mon 12:00 to Mon 13:00',
    ],
    [
      "a night shift overlapping the next morning's",
      { shifts: [{ day: 'mon', start: '22:00', end: '06:00' }, { day: 'tue', start: '05:00', end: '13:00' }] },
      'overlapping_shifts shifts[1]: shift 2 (Tue 05:00–13:00) overlaps shift 1 (Mon 22:00–06:00) from Tue 05:00 to Tue 06:00',
    ],
    [
      'a Sunday night shift overlapping Monday morning',
      { shifts: [{ day: 'mon', start: '06:00', end: '14:00' }, { day: 'sun', start: '23:00', end: '07:00' }] },
      'overlapping_shifts shifts[1]: shift 2 (Sun 23:00–07:00) overlaps shift 1 (Mon 06:00–14:00) from Mon 06:00 to Mon 07:00',
    ],
    ['an unknown time zone', { timeZone: 'Europe/Londres' }, 'unknown_time_zone timeZone: "Europe/Londres" is not a known IANA time zone'],
    ['an offset instead of a zone', { timeZone: '+07:00' }, 'unknown_time_zone timeZone: "+07:00" is an offset'],
    ['no shifts at all', { shifts: [] }, 'empty_roster shifts: the roster has no shifts, so the agent is never on'],
    ['only days off', { shifts: [], overrides: [{ date: '2026-05-04', off: true }] }, 'empty_roster shifts'],
    ['an hour past 23', { shifts: [{ day: 'mon', start: '09:00', end: '24:00' }] }, 'bad_time shifts[0].end: "24:00" is not a time; use HH:MM'],
    ['a time without a leading zero', { shifts: [{ day: 'mon', start: '9:00', end: '17:00' }] }, 'bad_time shifts[0].start'],
    ['minutes past 59', { shifts: [{ day: 'mon', start: '09:60', end: '17:00' }] }, 'bad_time shifts[0].start'],
    ['a day name in full', { shifts: [{ day: 'monday', start: '09:00', end: '17:00' }] }, 'bad_day shifts[0].day: "monday" is not a day'],
    ['a date that does not exist', { overrides: [{ date: '2026-02-30', off: true }] }, 'bad_date overrides[0].date: "2026-02-30" is not a date'],
    [
      'a date both off and working',
      { overrides: [{ date: '2026-05-05', off: true }, { date: '2026-05-05', start: '10:00', end: '12:00' }] },
      'conflicting_overrides overrides[1]: 2026-05-05 is marked both off and working',
    ],
    [
      "an override overlapping the previous night's shift",
      { shifts: [{ day: 'mon', start: '22:00', end: '06:00' }], overrides: [{ date: '2026-05-05', start: '05:00', end: '09:00' }] },
      'overlapping_shifts overrides[0]: 2026-05-04 22:00–06:00 (the weekly shift) overlaps 2026-05-05 05:00–09:00 (the override on 2026-05-05)',
    ],
    ['a holiday region nobody knows', { holidayRegion: 'UK' }, 'unknown_holiday_region holidayRegion: no holidays are known for region "UK"'],
    ['no agent', { agentId: '' }, 'missing_agent agentId'],
  ])('rejects %s', (_, patch, expected) => {
    const found = problems(patch as Partial<Roster>);
    expect(found.some((p) => p.startsWith(expected)), `${expected}\nnot in\n${found.join('\n')}`).toBe(true);
  });

  it('reports garbage from a JSON body as problems instead of throwing', () => {
    const garbage = { agentId: 'x', timeZone: 7, shifts: [null, 5, { day: 'mon' }], overrides: [null, 'x', { date: '2026-05-05' }] };
    const v = validateRoster(garbage as unknown as Roster);
    expect(v.ok ? [] : v.err.map((p) => `${p.code} ${p.path}`)).toEqual([
      'unknown_time_zone timeZone',
      'bad_day shifts[0].day',
      'bad_time shifts[0].start',
      'bad_time shifts[0].end',
      'bad_day shifts[1].day',
      'bad_time shifts[1].start',
      'bad_time shifts[1].end',
      'bad_time shifts[2].start',
      'bad_time shifts[2].end',
      'bad_date overrides[0].date',
      'bad_date overrides[1].date',
      'bad_time overrides[2].start',
      'bad_time overrides[2].end',
    ]);
  });

  it('reports every problem at once, each with the agent id', () => {
    const v = validateRoster({
      agentId: 'zed',
      timeZone: 'Nowhere/City',
      shifts: [
        { day: 'mon', start: '09:00', end: '17:00' },
        { day: 'mon', start: '16:00', end: '25:00' },
        { day: 'mon', start: '16:00', end: '18:00' },
      ],
    });
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.err.map((p) => `${p.agentId} ${p.code} ${p.path}`)).toEqual([
        'zed unknown_time_zone timeZone',
        'zed bad_time shifts[1].end',
        'zed overlapping_shifts shifts[2]',
      ]);
    }
  });
});
