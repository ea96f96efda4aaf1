// An agent's weekly roster, written in the agent's own time zone, and the questions routing asks of it:
// is this agent on shift now, who is, and when is this agent next on. Shift rules (midnight crossing,
// overrides, holidays) are those of schedule.ts; instants are epoch milliseconds.
import { err, ok, type Result } from '../result';
import type { Weekday } from './calendar-date';
import { hasHolidayRegion, type HolidayCalendar } from './holidays';
import { isDayOff, nextSpan, scheduleProblems, spansBetween, type DayOverride, type Schedule, type Span } from './schedule';
import { checkTimeZone, type Instant } from './zoned';

export interface Shift {
  day: Weekday;
  /** 'HH:MM' */
  start: string;
  /** 'HH:MM'; not after `start` means the shift ends the next day */
  end: string;
}

export interface Roster {
  agentId: string;
  /** IANA zone the shifts are written in, e.g. 'Asia/Jakarta' */
  timeZone: string;
  shifts: readonly Shift[];
  /** Dated exceptions: a day off, or other hours on that date (these win over holidays). */
  overrides?: readonly DayOverride[];
  /** Whose public holidays the agent is off on: 'ID', 'GB', … (see holiday-table.ts). */
  holidayRegion?: string;
}

export type RosterProblemCode =
  | 'missing_agent'
  | 'unknown_time_zone'
  | 'empty_roster'
  | 'bad_day'
  | 'bad_time'
  | 'bad_date'
  | 'overlapping_shifts'
  | 'conflicting_overrides'
  | 'unknown_holiday_region';

export interface RosterProblem {
  agentId: string;
  code: RosterProblemCode;
  path: string;
  message: string;
}

/** How far nextShiftStart and nextCoverage look ahead before answering "not in sight". */
export const DEFAULT_HORIZON_DAYS = 60;

function rosterSchedule(roster: Roster): Schedule {
  return { timeZone: roster.timeZone, windows: roster.shifts, overrides: roster.overrides, holidayRegion: roster.holidayRegion };
}

/**
 * Every problem with a roster, each with a reason a person can act on. Pass the shop's holiday calendar to
 * also catch an unknown holiday region.
 */
export function validateRoster(roster: Roster, options: { holidays?: HolidayCalendar } = {}): Result<Roster, RosterProblem[]> {
  const agentId = typeof roster?.agentId === 'string' ? roster.agentId : '';
  const problems: Omit<RosterProblem, 'agentId'>[] = [];
  if (!agentId.trim()) problems.push({ code: 'missing_agent', path: 'agentId', message: 'the roster has no agent' });
  const zone = checkTimeZone(roster?.timeZone);
  if (!zone.ok) problems.push({ code: 'unknown_time_zone', path: 'timeZone', message: zone.err.message });

  const shifts = Array.isArray(roster?.shifts) ? roster.shifts : [];
  const overrides = Array.isArray(roster?.overrides) ? roster.overrides : [];
  const working = overrides.some((o) => !isDayOff(o));
  if (shifts.length === 0 && !working) {
    problems.push({ code: 'empty_roster', path: 'shifts', message: 'the roster has no shifts, so the agent is never on' });
  }
  for (const p of scheduleProblems({ timeZone: '', windows: shifts, overrides }, 'shifts', 'shift')) {
    problems.push({ ...p, code: p.code === 'overlap' ? 'overlapping_shifts' : p.code });
  }
  const region = roster?.holidayRegion;
  if (region !== undefined && options.holidays && !hasHolidayRegion(options.holidays, region)) {
    problems.push({ code: 'unknown_holiday_region', path: 'holidayRegion', message: `no holidays are known for region ${JSON.stringify(region)}` });
  }
  return problems.length ? err(problems.map((p) => ({ agentId, ...p }))) : ok(roster);
}

/** Shifts of one agent that overlap [from, to), as instants. */
export function shiftsBetween(roster: Roster, from: Instant, to: Instant, holidays: HolidayCalendar): Span[] {
  return spansBetween(rosterSchedule(roster), from, to, holidays);
}

/** The shift the agent is on at `instant`, else the next one, within `horizonDays`. */
export function currentOrNextShift(roster: Roster, instant: Instant, holidays: HolidayCalendar, horizonDays = DEFAULT_HORIZON_DAYS): Span | null {
  return nextSpan(rosterSchedule(roster), instant, holidays, horizonDays);
}

export function isOnShift(roster: Roster, instant: Instant, holidays: HolidayCalendar): boolean {
  const s = nextSpan(rosterSchedule(roster), instant, holidays, 0);
  return !!s && s.start <= instant;
}

/** The agent ids on shift at `instant`, in roster order. */
export function whoIsOnShift(rosters: readonly Roster[], instant: Instant, holidays: HolidayCalendar): string[] {
  return rosters.filter((r) => isOnShift(r, instant, holidays)).map((r) => r.agentId);
}

/**
 * When the agent is next on shift: `instant` itself if on shift now, else the start of the next shift, or
 * null if none starts within `horizonDays` (a long leave, an empty roster).
 */
export function nextShiftStart(roster: Roster, instant: Instant, holidays: HolidayCalendar, horizonDays = DEFAULT_HORIZON_DAYS): Instant | null {
  const s = currentOrNextShift(roster, instant, holidays, horizonDays);
  return s ? Math.max(s.start, instant) : null;
}
