// Coverage of a group of agents across time zones ("follow the sun"):
//   * nextCoverage — the earliest instant someone is on shift, and who. The buyer-facing "a person will
//     reply from 09:00" message is built from this, so it must be honest: holidays and overrides count.
//   * coverageGaps — the periods of one week, read in a reference zone, when nobody in the group is on,
//     split into acceptable ones (inside windows the group does not promise to cover) and the rest.
import { parseDate, WEEKDAYS, weekdayOfDay, type Weekday } from './calendar-date';
import { NO_HOLIDAYS, type HolidayCalendar } from './holidays';
import { currentOrNextShift, DEFAULT_HORIZON_DAYS, isOnShift, shiftsBetween, type Roster } from './roster';
import { mergeSpans, spansBetween, type Span, type WeeklyWindow } from './schedule';
import { instantAtMinutes, MINUTE, wallClock, type Instant } from './zoned';

export interface Coverage {
  /** `instant` itself when someone is on now, else when the first shift starts. */
  at: Instant;
  /** Who is on shift at `at`. */
  agentIds: string[];
}

export function nextCoverage(
  rosters: readonly Roster[],
  instant: Instant,
  holidays: HolidayCalendar,
  horizonDays = DEFAULT_HORIZON_DAYS,
): Coverage | null {
  let at: Instant | null = null;
  for (const r of rosters) {
    const s = currentOrNextShift(r, instant, holidays, horizonDays);
    if (s) at = Math.min(at ?? Infinity, Math.max(s.start, instant));
  }
  return at === null ? null : { at, agentIds: rosters.filter((r) => isOnShift(r, at, holidays)).map((r) => r.agentId) };
}

export interface LocalTime {
  day: Weekday;
  /** 'HH:MM' in the reference zone */
  time: string;
  date: string;
}

export interface CoverageGap extends Span {
  minutes: number;
  /** Inside an acceptable window: nobody is expected then. */
  acceptable: boolean;
  from: LocalTime;
  to: LocalTime;
}

export interface CoverageGapOptions {
  /** The zone the gaps are read in, e.g. the shop's. */
  timeZone: string;
  /** Any date ('YYYY-MM-DD') in the week to check; the week runs Monday 00:00 to Monday 00:00. */
  week: string;
  /** Weekly windows, in `timeZone`, when being uncovered is fine (nights, weekends). */
  acceptable?: readonly WeeklyWindow[];
  /** Holidays and overrides of that week are applied; without a calendar only overrides are. */
  holidays?: HolidayCalendar;
}

export function coverageGaps(rosters: readonly Roster[], options: CoverageGapOptions): CoverageGap[] {
  const day = parseDate(options.week);
  if (day === null) throw new RangeError(`not a date: ${options.week}`);
  const monday = day - WEEKDAYS.indexOf(weekdayOfDay(day));
  const from = instantAtMinutes(monday, 0, options.timeZone);
  const to = instantAtMinutes(monday + 7, 0, options.timeZone);
  const holidays = options.holidays ?? NO_HOLIDAYS;

  const covered = mergeSpans(rosters.flatMap((r) => shiftsBetween(r, from, to, holidays)));
  const gaps: Span[] = [];
  let cursor = from;
  for (const c of covered) {
    if (c.start > cursor) gaps.push({ start: cursor, end: Math.min(c.start, to) });
    cursor = Math.max(cursor, c.end);
  }
  if (cursor < to) gaps.push({ start: cursor, end: to });

  const ok = mergeSpans(spansBetween({ timeZone: options.timeZone, windows: options.acceptable ?? [] }, from, to, NO_HOLIDAYS));
  const out: CoverageGap[] = [];
  const emit = (start: Instant, end: Instant, acceptable: boolean) => {
    if (end > start) out.push({ start, end, minutes: (end - start) / MINUTE, acceptable, from: local(start, options.timeZone), to: local(end, options.timeZone) });
  };
  for (const g of gaps) {
    let at = g.start;
    for (const a of ok) {
      if (a.end <= at || a.start >= g.end) continue;
      emit(at, Math.max(at, a.start), false);
      at = Math.max(at, a.start);
      emit(at, Math.min(a.end, g.end), true);
      at = Math.min(a.end, g.end);
    }
    emit(at, g.end, false);
  }
  return out;
}

function local(instant: Instant, timeZone: string): LocalTime {
  const w = wallClock(instant, timeZone);
  return { day: w.weekday, date: w.date, time: `${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}` };
}
