// The TikTok response clock (reference §10.2): a seller is measured on answering the first unanswered buyer
// message within 12 h in Southeast Asia and 24 h in the US and UK, counted in plain hours (nights and
// weekends included). Warnings go out before the breach: to the assignee first, then to the whole group.
//
//   first unanswered ──────────── 75% ─────── 90% ──── due
//                                 assignee    group
//
// US weekend rule (option `usWeekendRule`, off by default). TikTok US says that with the chatbot on,
// weekend messages must be answered by Monday 12:00 local. Assumptions, to be confirmed with the product
// owner: "weekend" is Saturday 00:00 to Sunday 24:00 in the shop's zone (default America/New_York); the
// rule replaces the 24 h deadline for those messages, so a late-Sunday message is due Monday 12:00 even
// though that is under 24 h; messages on other days keep the 24 h rule.
import { MARKET_INFO, type Market } from '../markets';
import { HOUR, instantAtMinutes, localDayNumber, wallClock, type Instant } from './zoned';

export type WarningLevel = 'assignee' | 'group';

export interface WarningRule {
  /** Fraction of the window elapsed, strictly between 0 and 1. */
  fraction: number;
  level: WarningLevel;
}

export interface Warning {
  at: Instant;
  level: WarningLevel;
}

export const DEFAULT_WARNINGS: readonly WarningRule[] = [
  { fraction: 0.75, level: 'assignee' },
  { fraction: 0.9, level: 'group' },
];

export interface ResponseClockSettings {
  /** Per-shop override of the market's window, in hours. */
  responseWindowHours?: number;
  /** The shop's zone, for the weekend rule; the market's default zone otherwise. */
  timeZone?: string;
  /** US shops with TikTok's chatbot on: weekend messages are due Monday 12:00 local. */
  usWeekendRule?: boolean;
}

export function responseWindowHours(market: Market, settings: ResponseClockSettings = {}): number {
  const hours = settings.responseWindowHours ?? MARKET_INFO[market].responseWindowHours;
  if (!(hours > 0 && Number.isFinite(hours))) throw new RangeError(`response window must be a positive number of hours, got ${hours}`);
  return hours;
}

/** When the first unanswered buyer message must be answered by. */
export function responseDue(market: Market, firstUnansweredAt: Instant, settings: ResponseClockSettings = {}): Instant {
  const due = firstUnansweredAt + responseWindowHours(market, settings) * HOUR;
  if (market !== 'US' || !settings.usWeekendRule) return due;
  const zone = settings.timeZone ?? MARKET_INFO.US.timeZone;
  const weekday = wallClock(firstUnansweredAt, zone).weekday;
  if (weekday !== 'sat' && weekday !== 'sun') return due;
  const monday = localDayNumber(firstUnansweredAt, zone) + (weekday === 'sat' ? 2 : 1);
  return instantAtMinutes(monday, 12 * 60, zone);
}

/** The warning instants between the first unanswered message and the due time, earliest first. */
export function warningsFor(firstUnansweredAt: Instant, due: Instant, rules: readonly WarningRule[] = DEFAULT_WARNINGS): Warning[] {
  for (const r of rules) {
    if (!(r.fraction > 0 && r.fraction < 1)) throw new RangeError(`warning fraction must be between 0 and 1, got ${r.fraction}`);
  }
  return rules
    .map((r) => ({ at: Math.round(firstUnansweredAt + r.fraction * (due - firstUnansweredAt)), level: r.level }))
    .sort((a, b) => a.at - b.at);
}

/** Time left until `due`; negative `ms` once overdue. */
export function remaining(due: Instant, now: Instant): { ms: number; overdue: boolean } {
  return { ms: due - now, overdue: now > due };
}
