// A shop's business hours: weekly opening windows in the shop's zone, closed on its holidays, with dated
// overrides. Metrics "in business hours" (first response, time to close) measure with
// businessMinutesBetween; internal targets ("reply within 2 business hours") use addBusinessMinutes.
// The TikTok response clock is NOT in business hours: see response-clock.ts.
import { err, ok, type Result } from '../result';
import { hasHolidayRegion, NO_HOLIDAYS, type HolidayCalendar } from './holidays';
import { mergeSpans, nextSpan, scheduleProblems, spansBetween, type DayOverride, type Schedule, type ScheduleProblem, type WeeklyWindow } from './schedule';
import { checkTimeZone, DAY, MINUTE, type Instant } from './zoned';

export interface BusinessHours {
  timeZone: string;
  open: readonly WeeklyWindow[];
  overrides?: readonly DayOverride[];
  /** The region whose public holidays close the shop. */
  holidayRegion?: string;
  /** Built-in and shop dates (createHolidayCalendar); none when omitted. */
  holidays?: HolidayCalendar;
}

export interface BusinessHoursProblem {
  code: ScheduleProblem['code'] | 'unknown_time_zone' | 'no_opening_hours' | 'unknown_holiday_region';
  path: string;
  message: string;
}

function schedule(hours: BusinessHours): Schedule {
  return { timeZone: hours.timeZone, windows: hours.open, overrides: hours.overrides, holidayRegion: hours.holidayRegion };
}

export function validateBusinessHours(hours: BusinessHours): Result<BusinessHours, BusinessHoursProblem[]> {
  const problems: BusinessHoursProblem[] = [];
  const zone = checkTimeZone(hours?.timeZone);
  if (!zone.ok) problems.push({ code: 'unknown_time_zone', path: 'timeZone', message: zone.err.message });
  const open = Array.isArray(hours?.open) ? hours.open : [];
  if (open.length === 0) problems.push({ code: 'no_opening_hours', path: 'open', message: 'the shop has no opening hours' });
  problems.push(...scheduleProblems({ timeZone: '', windows: open, overrides: hours?.overrides }, 'open', 'opening window'));
  if (hours?.holidayRegion !== undefined && hours.holidays && !hasHolidayRegion(hours.holidays, hours.holidayRegion)) {
    problems.push({ code: 'unknown_holiday_region', path: 'holidayRegion', message: `no holidays are known for region ${JSON.stringify(hours.holidayRegion)}` });
  }
  return problems.length ? err(problems) : ok(hours);
}

export function isOpen(hours: BusinessHours, instant: Instant): boolean {
  const s = nextSpan(schedule(hours), instant, hours.holidays ?? NO_HOLIDAYS, 0);
  return !!s && s.start <= instant;
}

/** `instant` if open now, else the next opening within `horizonDays`, else null. */
export function nextOpening(hours: BusinessHours, instant: Instant, horizonDays = 60): Instant | null {
  const s = nextSpan(schedule(hours), instant, hours.holidays ?? NO_HOLIDAYS, horizonDays);
  return s ? Math.max(s.start, instant) : null;
}

/** Open minutes in [from, to); fractional when the instants have seconds; 0 when `to` is not after `from`. */
export function businessMinutesBetween(hours: BusinessHours, from: Instant, to: Instant): number {
  let ms = 0;
  for (const s of mergeSpans(spansBetween(schedule(hours), from, to, hours.holidays ?? NO_HOLIDAYS))) {
    ms += Math.max(0, Math.min(s.end, to) - Math.max(s.start, from));
  }
  return ms / MINUTE;
}

/**
 * The instant `minutes` of open time after `from` (an opening that ends exactly then counts: the result can be
 * a closing time). 0 minutes → `from`. Null if the shop does not open enough within `horizonDays`.
 */
export function addBusinessMinutes(hours: BusinessHours, from: Instant, minutes: number, horizonDays = 366): Instant | null {
  let remaining = minutes * MINUTE;
  if (!(remaining > 0)) return from;
  const sched = schedule(hours);
  const holidays = hours.holidays ?? NO_HOLIDAYS;
  let cursor = from;
  for (let week = 0; week * 7 < horizonDays; week++) {
    const end = cursor + 7 * DAY;
    for (const s of mergeSpans(spansBetween(sched, cursor, end, holidays))) {
      const start = Math.max(s.start, cursor);
      const stop = Math.min(s.end, end);
      if (stop <= start) continue;
      if (remaining <= stop - start) return start + remaining;
      remaining -= stop - start;
      cursor = stop;
    }
    cursor = end;
  }
  return null;
}
