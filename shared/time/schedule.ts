// A weekly schedule in one time zone: the shape behind an agent's roster and a shop's business hours.
// Each window belongs to the local day it starts on; a window whose end is not after its start ends the
// next day ('22:00'–'06:00'), and equal start and end means 24 hours.
//
// Which windows a local date D gets, in this order:
//   1. overrides for D: { off: true } → none; { start, end } → exactly those (even on a holiday)
//   2. D is a holiday of the schedule's region, or a shop-wide holiday → none
//   3. otherwise the weekly windows of D's weekday
// A window that crosses midnight is decided by the date it starts on: Christmas Eve's night shift runs
// into Christmas morning.
import { formatClock, formatDate, parseClock, parseDate, WEEKDAYS, weekdayOfDay, type DayNumber, type Weekday } from './calendar-date';
import { isHoliday, type HolidayCalendar } from './holidays';
import { instantAtMinutes, localDayNumber, type Instant } from './zoned';

export interface WeeklyWindow {
  day: Weekday;
  /** 'HH:MM', 00:00–23:59 */
  start: string;
  /** 'HH:MM'; not after `start` means the next day */
  end: string;
}

export type DayOverride = { date: string; off: true } | { date: string; start: string; end: string };

export interface Schedule {
  timeZone: string;
  windows: readonly WeeklyWindow[];
  overrides?: readonly DayOverride[];
  holidayRegion?: string;
}

/** A half-open interval of instants [start, end). */
export interface Span {
  start: Instant;
  end: Instant;
}

/** Minutes from the start of the local day: start in 0..1439, end in start+1..start+1440. */
export interface WallWindow {
  start: number;
  end: number;
}

export function isDayOff(o: unknown): boolean {
  return typeof o === 'object' && o !== null && (o as { off?: unknown }).off === true;
}

export function wallWindow(start: unknown, end: unknown): WallWindow | null {
  const s = parseClock(start);
  const e = parseClock(end);
  if (s === null || e === null) return null;
  return { start: s, end: e > s ? e : e + 1440 };
}

/** A schedule with its times parsed, built once per call (schedules are small, and a cache keyed on the
 * object would go stale when the PWA edits a roster in place). */
interface Compiled {
  timeZone: string;
  holidayRegion: string | undefined;
  byWeekday: WallWindow[][];
  overrides: Map<DayNumber, WallWindow[]>;
}

function compile(schedule: Schedule): Compiled {
  const c: Compiled = { timeZone: schedule.timeZone, holidayRegion: schedule.holidayRegion, byWeekday: WEEKDAYS.map(() => []), overrides: new Map() };
  // Entries that do not parse are skipped here; scheduleProblems reports them.
  for (const w of schedule.windows) {
    const ww = wallWindow(w?.start, w?.end);
    const i = WEEKDAYS.indexOf(w?.day);
    if (ww && i >= 0) c.byWeekday[i]!.push(ww);
  }
  for (const o of schedule.overrides ?? []) {
    const day = parseDate(o?.date);
    if (day === null) continue;
    const list = c.overrides.get(day) ?? [];
    c.overrides.set(day, list);
    const ww = isDayOff(o) ? null : wallWindow((o as { start?: unknown }).start, (o as { end?: unknown }).end);
    if (ww) list.push(ww);
  }
  for (const list of [...c.byWeekday, ...c.overrides.values()]) list.sort((a, b) => a.start - b.start);
  return c;
}

/** The wall windows planned for a local date, before holidays: overrides, else the weekly pattern. */
function plannedWindows(c: Compiled, day: DayNumber): { windows: WallWindow[]; overridden: boolean } {
  const o = c.overrides.get(day);
  if (o) return { windows: o, overridden: true };
  return { windows: c.byWeekday[WEEKDAYS.indexOf(weekdayOfDay(day))]!, overridden: false };
}

/** The windows of one local date as instants, holidays applied. */
function spansOnDay(c: Compiled, day: DayNumber, holidays: HolidayCalendar): Span[] {
  const { windows, overridden } = plannedWindows(c, day);
  if (windows.length === 0) return [];
  if (!overridden && isHoliday(holidays, c.holidayRegion, formatDate(day))) return [];
  const out: Span[] = [];
  for (const w of windows) {
    const start = instantAtMinutes(day, w.start, c.timeZone);
    const end = instantAtMinutes(day, w.end, c.timeZone);
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** Every window that overlaps [from, to), unclipped, in start order. */
export function spansBetween(schedule: Schedule, from: Instant, to: Instant, holidays: HolidayCalendar): Span[] {
  if (!(to > from)) return [];
  const c = compile(schedule);
  const first = localDayNumber(from, c.timeZone) - 1; // yesterday's night window may still run
  const last = localDayNumber(to, c.timeZone);
  const out: Span[] = [];
  for (let d = first; d <= last; d++) {
    for (const s of spansOnDay(c, d, holidays)) if (s.end > from && s.start < to) out.push(s);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The window running at `instant`, or else the next one to start, looking `horizonDays` ahead. */
export function nextSpan(schedule: Schedule, instant: Instant, holidays: HolidayCalendar, horizonDays: number): Span | null {
  const c = compile(schedule);
  const first = localDayNumber(instant, c.timeZone) - 1;
  for (let d = first; d <= first + horizonDays + 1; d++) {
    const hit = spansOnDay(c, d, holidays).find((s) => s.end > instant);
    if (hit) return hit;
  }
  return null;
}

/** Merges overlapping and touching spans; the input need not be sorted. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

// ---- validation ----------------------------------------------------------------------------------------

export type ScheduleProblemCode = 'bad_day' | 'bad_time' | 'bad_date' | 'overlap' | 'conflicting_overrides';

export interface ScheduleProblem {
  code: ScheduleProblemCode;
  /** Where in the input, e.g. 'shifts[2].start' or 'overrides[0]'. */
  path: string;
  message: string;
}

const label = (day: string) => day.charAt(0).toUpperCase() + day.slice(1);
const describe = (day: string, w: WallWindow) => `${label(day)} ${formatClock(w.start)}–${formatClock(w.end)}`;

/**
 * Checks the windows and overrides of a schedule. `windowsKey` names the windows list in paths and messages
 * ('shifts' for a roster, 'open' for business hours).
 */
export function scheduleProblems(schedule: Schedule, windowsKey: string, noun: string): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  const weekly: { i: number; day: string; at: number; w: WallWindow }[] = [];

  schedule.windows.forEach((w, i) => {
    const path = `${windowsKey}[${i}]`;
    const dayIndex = WEEKDAYS.indexOf(w?.day);
    if (dayIndex < 0) problems.push({ code: 'bad_day', path: `${path}.day`, message: `${JSON.stringify(w?.day)} is not a day; use mon, tue, wed, thu, fri, sat or sun` });
    for (const key of ['start', 'end'] as const) {
      if (parseClock(w?.[key]) === null) problems.push({ code: 'bad_time', path: `${path}.${key}`, message: badTime(w?.[key]) });
    }
    const ww = wallWindow(w?.start, w?.end);
    if (dayIndex >= 0 && ww) weekly.push({ i, day: w.day, at: dayIndex * 1440, w: ww });
  });

  // Weekly windows on a 7-day circle, so Sunday night overlaps Monday morning.
  for (let a = 0; a < weekly.length; a++) {
    for (let b = a + 1; b < weekly.length; b++) {
      const x = weekly[a]!;
      const y = weekly[b]!;
      for (const shift of [-10080, 0, 10080]) {
        const from = Math.max(x.at + x.w.start, y.at + y.w.start + shift);
        const to = Math.min(x.at + x.w.end, y.at + y.w.end + shift);
        if (from < to) {
          problems.push({
            code: 'overlap',
            path: `${windowsKey}[${y.i}]`,
            message: `${noun} ${y.i + 1} (${describe(y.day, y.w)}) overlaps ${noun} ${x.i + 1} (${describe(x.day, x.w)}) from ${weekMinute(from)} to ${weekMinute(to)}`,
          });
          break;
        }
      }
    }
  }

  problems.push(...overrideProblems(schedule, noun));
  return problems;
}

function overrideProblems(schedule: Schedule, noun: string): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  const off = new Set<DayNumber>();
  const worked = new Map<DayNumber, number>();
  (schedule.overrides ?? []).forEach((o, i) => {
    const path = `overrides[${i}]`;
    const day = parseDate(o?.date);
    if (day === null) {
      problems.push({ code: 'bad_date', path: `${path}.date`, message: `${JSON.stringify(o?.date)} is not a date; use YYYY-MM-DD` });
      return;
    }
    if (isDayOff(o)) {
      off.add(day);
    } else {
      const t = (o ?? {}) as { start?: unknown; end?: unknown };
      const bad = (['start', 'end'] as const).filter((k) => parseClock(t[k]) === null);
      for (const k of bad) problems.push({ code: 'bad_time', path: `${path}.${k}`, message: badTime(t[k]) });
      if (bad.length === 0) worked.set(day, i);
    }
  });
  for (const day of off) {
    if (worked.has(day)) {
      problems.push({ code: 'conflicting_overrides', path: `overrides[${worked.get(day)}]`, message: `${formatDate(day)} is marked both off and working` });
    }
  }
  // An override can collide with the night window of the day before or with the next day's first window.
  const c = compile(schedule);
  const seen = new Set<string>();
  for (const day of worked.keys()) {
    const around: { day: DayNumber; w: WallWindow; what: string }[] = [];
    for (const d of [day - 1, day, day + 1]) {
      const { windows, overridden } = plannedWindows(c, d);
      for (const w of windows) around.push({ day: d, w, what: overridden ? `the override on ${formatDate(d)}` : `the weekly ${noun}` });
    }
    for (let a = 0; a < around.length; a++) {
      for (let b = a + 1; b < around.length; b++) {
        const x = around[a]!;
        const y = around[b]!;
        if (x.day !== day && y.day !== day) continue;
        const from = Math.max(x.day * 1440 + x.w.start, y.day * 1440 + y.w.start);
        const to = Math.min(x.day * 1440 + x.w.end, y.day * 1440 + y.w.end);
        const key = [x.day, x.w.start, y.day, y.w.start].join();
        if (from < to && !seen.has(key)) {
          seen.add(key);
          problems.push({
            code: 'overlap',
            path: `overrides[${worked.get(day)}]`,
            message: `${describeDated(x.day, x.w)} (${x.what}) overlaps ${describeDated(y.day, y.w)} (${y.what})`,
          });
        }
      }
    }
  }
  return problems;
}

function badTime(value: unknown): string {
  return `${JSON.stringify(value)} is not a time; use HH:MM from 00:00 to 23:59 (00:00 as an end means midnight)`;
}

function weekMinute(m: number): string {
  const w = ((m % 10080) + 10080) % 10080;
  return `${label(WEEKDAYS[Math.floor(w / 1440)]!)} ${formatClock(w % 1440)}`;
}

function describeDated(day: DayNumber, w: WallWindow): string {
  return `${formatDate(day)} ${formatClock(w.start)}–${formatClock(w.end)}`;
}
