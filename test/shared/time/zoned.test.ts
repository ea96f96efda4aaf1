import { describe, expect, it } from 'vitest';
import { checkTimeZone, dayOfWeek, instantOf, isTimeZone, localDate, offsetMinutes, wallClock } from '../../../shared/time';

const utc = (iso: string) => Date.parse(iso);

describe('instantOf', () => {
  it.each([
    // zone, local wall time, expected instant, why
    ['America/New_York', '2026-03-08 01:59', '2026-03-08T06:59:00Z', 'the last minute before spring forward is EST'],
    ['America/New_York', '2026-03-08 02:00', '2026-03-08T07:00:00Z', 'the start of the gap becomes 03:00 EDT'],
    ['America/New_York', '2026-03-08 02:30', '2026-03-08T07:30:00Z', 'a time in the gap moves forward by an hour, to 03:30 EDT'],
    ['America/New_York', '2026-03-08 03:00', '2026-03-08T07:00:00Z', 'the first minute after the gap is EDT'],
    ['America/New_York', '2026-11-01 01:30', '2026-11-01T05:30:00Z', 'a repeated time picks the earlier instant (EDT)'],
    ['America/New_York', '2026-11-01 02:00', '2026-11-01T07:00:00Z', 'after the overlap it is EST'],
    ['America/Los_Angeles', '2026-03-08 02:30', '2026-03-08T10:30:00Z', 'the Los Angeles gap moves forward to 03:30 PDT'],
    ['America/Los_Angeles', '2026-11-01 01:30', '2026-11-01T08:30:00Z', 'the Los Angeles overlap picks PDT'],
    ['Europe/London', '2026-03-29 00:59', '2026-03-29T00:59:00Z', 'London is on GMT before the change'],
    ['Europe/London', '2026-03-29 01:30', '2026-03-29T01:30:00Z', 'a time in the London gap becomes 02:30 BST'],
    ['Europe/London', '2026-03-29 02:00', '2026-03-29T01:00:00Z', 'London is on BST after the change'],
    ['Europe/London', '2026-10-25 01:30', '2026-10-25T00:30:00Z', 'the London overlap picks BST'],
    ['Europe/London', '2026-10-25 02:00', '2026-10-25T02:00:00Z', 'London is back on GMT'],
    ['Asia/Jakarta', '2026-03-08 02:30', '2026-03-07T19:30:00Z', 'Jakarta is UTC+7 all year'],
    ['Asia/Manila', '2026-11-01 01:30', '2026-10-31T17:30:00Z', 'Manila is UTC+8 all year'],
  ])('%s %s is %s: %s', (zone, local, expected) => {
    const [, y, mo, d, h, mi] = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(local)!.map(Number) as number[];
    expect(new Date(instantOf({ year: y!, month: mo!, day: d!, hour: h!, minute: mi! }, zone)).toISOString()).toBe(new Date(utc(expected)).toISOString());
  });

  it('round-trips every hour of the 2026 clock-change months in London, New York and Jakarta, except the second pass of an overlap', () => {
    const misses: string[] = [];
    const months = [['2026-03-01', '2026-04-01'], ['2026-10-01', '2026-11-08']];
    for (const zone of ['Europe/London', 'America/New_York', 'Asia/Jakarta']) {
      for (const [from, to] of months) {
        for (let t = utc(`${from}T00:00:00Z`); t < utc(`${to}T00:00:00Z`); t += 3_600_000) {
          const back = instantOf(wallClock(t, zone), zone);
          if (back !== t) misses.push(`${zone} ${new Date(t).toISOString()} → ${new Date(back).toISOString()}`);
        }
      }
    }
    // The repeated hour maps to its earlier instant, one hour before.
    expect(misses).toEqual([
      'Europe/London 2026-10-25T01:00:00.000Z → 2026-10-25T00:00:00.000Z',
      'America/New_York 2026-11-01T06:00:00.000Z → 2026-11-01T05:00:00.000Z',
    ]);
  });
});

describe('wallClock', () => {
  it.each([
    ['2026-03-08T07:00:00Z', 'America/New_York', '2026-03-08', 3, 'sun'],
    ['2026-11-01T06:30:00Z', 'America/New_York', '2026-11-01', 1, 'sun'],
    ['2026-03-29T01:00:00Z', 'Europe/London', '2026-03-29', 2, 'sun'],
    ['2026-01-01T17:00:00Z', 'Asia/Jakarta', '2026-01-02', 0, 'fri'],
    ['2026-01-01T16:00:00Z', 'Asia/Singapore', '2026-01-02', 0, 'fri'],
  ])('%s in %s is %s at %i h, a %s', (iso, zone, date, hour, weekday) => {
    const w = wallClock(utc(iso), zone);
    expect({ date: w.date, hour: w.hour, weekday: w.weekday }).toEqual({ date, hour, weekday });
    expect(localDate(utc(iso), zone)).toBe(date);
    expect(dayOfWeek(utc(iso), zone)).toBe(weekday);
  });
});

describe('offsets', () => {
  it.each([
    ['Asia/Jakarta', 420],
    ['Asia/Bangkok', 420],
    ['Asia/Ho_Chi_Minh', 420],
    ['Asia/Manila', 480],
    ['Asia/Singapore', 480],
    ['Asia/Kuala_Lumpur', 480],
  ])('%s has no daylight saving time: UTC%+i minutes in January and July', (zone, minutes) => {
    expect(offsetMinutes(utc('2026-01-15T12:00:00Z'), zone)).toBe(minutes);
    expect(offsetMinutes(utc('2026-07-15T12:00:00Z'), zone)).toBe(minutes);
  });

  it.each([
    ['America/New_York', '2026-03-08T06:59:00Z', -300, '2026-03-08T07:00:00Z', -240],
    ['America/New_York', '2026-11-01T05:59:00Z', -240, '2026-11-01T06:00:00Z', -300],
    ['America/Los_Angeles', '2026-03-08T09:59:00Z', -480, '2026-03-08T10:00:00Z', -420],
    ['Europe/London', '2026-03-29T00:59:00Z', 0, '2026-03-29T01:00:00Z', 60],
    ['Europe/London', '2026-10-25T00:59:00Z', 60, '2026-10-25T01:00:00Z', 0],
  ])('%s changes offset at the right minute (%s → %s)', (zone, before, a, after, b) => {
    expect(offsetMinutes(utc(before), zone)).toBe(a);
    expect(offsetMinutes(utc(after), zone)).toBe(b);
  });
});

describe('checkTimeZone', () => {
  it.each(['Europe/London', 'America/Los_Angeles', 'Asia/Ho_Chi_Minh', 'UTC'])('accepts %s', (zone) => {
    expect(checkTimeZone(zone)).toEqual({ ok: true, val: zone });
    expect(isTimeZone(zone)).toBe(true);
  });

  it.each([
    ['Asia/Jakarte', 'is not a known IANA time zone'],
    ['Mars/Olympus_Mons', 'is not a known IANA time zone'],
    ['+07:00', 'is an offset'],
    ['Asia/Bangkok ', 'has spaces around it'],
    ['', 'is not a time zone name'],
    [undefined, 'is not a time zone name'],
  ])('refuses %j with a reason', (zone, reason) => {
    const r = checkTimeZone(zone);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.err.code).toBe('unknown_time_zone');
      expect(r.err.message).toContain(reason);
    }
  });
});
