// Wall-clock time in IANA time zones with nothing but Intl (no date library: the PWA and the Worker share
// this code and the bundle budget is tight). An instant is a number of milliseconds since the Unix epoch;
// a wall-clock time is what a clock on the wall of that zone shows.
//
//   instant ──wallClock(instant, zone)──▶ { year, month, day, hour, minute, second, weekday }
//   wall    ──instantOf(wall, zone)─────▶ instant
//
// Going from wall to instant is not one-to-one where clocks change:
//   * gap (spring forward, 02:30 does not exist in New York on 2026-03-08): the time moves forward by the
//     length of the gap, 02:30 → 03:30 EDT. This is what Temporal ('compatible'), java.time and RFC 5545 do.
//   * overlap (fall back, 01:30 happens twice on 2026-11-01): the earlier instant, 01:30 EDT.
import { err, ok, type Result } from '../result';
import { formatDate, weekdayOfDay, type DayNumber, type Weekday } from './calendar-date';

/** Milliseconds since 1970-01-01T00:00:00Z. */
export type Instant = number;

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export interface ZonedParts extends WallClock {
  weekday: Weekday;
  /** 'YYYY-MM-DD' of the wall-clock date. */
  date: string;
}

export interface TimeZoneError {
  code: 'unknown_time_zone';
  message: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone: callers validate zones at the edge with checkTimeZone.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Validates an IANA zone name such as 'Asia/Jakarta'. Offsets ('+07:00') and empty names are refused. */
export function checkTimeZone(name: unknown): Result<string, TimeZoneError> {
  const bad = (why: string) => err({ code: 'unknown_time_zone' as const, message: `${JSON.stringify(name)} ${why}` });
  if (typeof name !== 'string' || name.trim() === '') return bad('is not a time zone name');
  if (name !== name.trim()) return bad('has spaces around it');
  if (/^[+-]|^\d/.test(name)) return bad('is an offset, not an IANA time zone name such as "Asia/Jakarta"');
  try {
    formatter(name);
    return ok(name);
  } catch {
    return bad('is not a known IANA time zone (for example "Europe/London" or "Asia/Jakarta")');
  }
}

export function isTimeZone(name: unknown): name is string {
  return checkTimeZone(name).ok;
}

function wallOf(instant: Instant, timeZone: string): WallClock {
  const out: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of formatter(timeZone).formatToParts(instant)) {
    if (p.type in out) out[p.type as keyof WallClock] = Number(p.value);
  }
  if (out.hour === 24) out.hour = 0; // some engines print midnight as 24 even with h23
  return out;
}

/** The wall-clock reading of an instant in a zone. */
export function wallClock(instant: Instant, timeZone: string): ZonedParts {
  const local = new Date(toLocal(instant, timeZone));
  const day = Math.floor(local.getTime() / DAY);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    weekday: weekdayOfDay(day),
    date: formatDate(day),
  };
}

/** The instant shifted by the zone's offset: its UTC fields read as the wall clock. */
function toLocal(instant: Instant, timeZone: string): number {
  return instant + offsetMinutes(instant, timeZone) * MINUTE;
}

// Offsets are cached per zone and quarter hour: today's zones change offset only on quarter-hour instants
// (offsets are multiples of 15 minutes and changes happen on whole or half hours of local time). Roster
// questions ask for the same few days over and over, and formatToParts is the slow part.
const QUARTER = 15 * MINUTE;
const offsets = new Map<string, Map<number, number>>();

/** The zone's offset from UTC at an instant, in minutes (New York in winter: -300). */
export function offsetMinutes(instant: Instant, timeZone: string): number {
  const bucket = Math.floor(instant / QUARTER);
  let cache = offsets.get(timeZone);
  if (!cache || cache.size > 20_000) offsets.set(timeZone, (cache = new Map()));
  let offset = cache.get(bucket);
  if (offset === undefined) {
    const start = bucket * QUARTER;
    const w = wallOf(start, timeZone);
    offset = Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - start) / MINUTE);
    cache.set(bucket, offset);
  }
  return offset;
}

/** The instant a wall clock in the zone shows the given time (see the top of the file for gaps and overlaps). */
export function instantOf(wall: Omit<WallClock, 'second'> & { second?: number }, timeZone: string): Instant {
  const local = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
  return instantOfLocal(local, timeZone);
}

/** Same as instantOf for a day number and minutes after midnight, the shape schedules work in. */
export function instantAtMinutes(day: DayNumber, minutes: number, timeZone: string): Instant {
  return instantOfLocal(day * DAY + minutes * MINUTE, timeZone);
}

function instantOfLocal(local: number, timeZone: string): Instant {
  const before = offsetMinutes(local - DAY, timeZone) * MINUTE;
  const after = offsetMinutes(local + DAY, timeZone) * MINUTE;
  let best: Instant | null = null;
  for (const candidate of before === after ? [local - before] : [local - before, local - after]) {
    if (candidate + offsetMinutes(candidate, timeZone) * MINUTE === local && (best === null || candidate < best)) {
      best = candidate;
    }
  }
  // No candidate: the wall time is in a gap. Read it with the offset from before the gap, which lands
  // the length of the gap later (02:30 → 03:30).
  return best ?? local - before;
}

/** The local calendar day (as a day number) an instant falls on in a zone. */
export function localDayNumber(instant: Instant, timeZone: string): DayNumber {
  return Math.floor(toLocal(instant, timeZone) / DAY);
}

/** 'mon' … 'sun' of an instant in a zone. */
export function dayOfWeek(instant: Instant, timeZone: string): Weekday {
  return weekdayOfDay(localDayNumber(instant, timeZone));
}

/** 'YYYY-MM-DD' of an instant in a zone. */
export function localDate(instant: Instant, timeZone: string): string {
  return formatDate(localDayNumber(instant, timeZone));
}
