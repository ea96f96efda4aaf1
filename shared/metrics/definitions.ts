// The rules both paths share (direct computation in compute.ts, rollups in tracker.ts / rollup.ts): who is
// on the shop's side, which AI message is a holding message, the 48-hour reopen window, a shop's calendar
// day, business time and response-rate due times. Keeping them here is what lets the two paths agree.
import { MARKET_INFO } from '../markets';
import { businessMinutesBetween } from '../time/business-hours';
import { responseDue } from '../time/response-clock';
import { HOUR, localDate, MINUTE, type Instant } from '../time/zoned';
import type { Dims, DurationStat, HistoryMessage, MetricSettings, Rate } from './types';

/** A buyer message within this long after a resolution (inclusive) reopens it: no AI resolution then. */
export const AI_RESOLUTION_REOPEN_MS = 48 * HOUR;

/**
 * The response-rate windows. `within12h` and `within24h` use 12 and 24 plain hours; `shopWindow` uses the
 * window TikTok measures the shop on (12 h in Southeast Asia, 24 h in the US and UK, or the shop's own
 * `responseWindowHours`). All three go through responseDue, so the US weekend rule applies when it is on.
 */
export const RATE_WINDOWS = ['within12h', 'within24h', 'shopWindow'] as const;
export type RateWindow = (typeof RATE_WINDOWS)[number];

/** Ai, agent and seller messages answer the buyer; system messages count for nothing. */
export function isShopSide(m: HistoryMessage): boolean {
  return m.sender === 'ai' || m.sender === 'agent' || m.sender === 'seller';
}

export function isHuman(m: HistoryMessage): boolean {
  return m.sender === 'agent' || m.sender === 'seller';
}

/** AskChat's "a person will reply" message: it answers the buyer, but it is not a person's answer. */
export function isHolding(m: HistoryMessage): boolean {
  return m.sender === 'ai' && m.replyKind === 'holding';
}

/** Events up to `now`, oldest first; events at the same instant keep their order. */
export function orderedEvents<E extends { at: Instant }>(events: readonly E[], now: Instant): E[] {
  return events.filter((e) => e.at <= now).sort((a, b) => a.at - b.at);
}

/** What the metrics need to know about one shop. */
export interface ShopContext {
  timeZone: string;
  /** 'YYYY-MM-DD' of an instant in the shop's zone: the day a rollup counts it under. */
  dayOf(at: Instant): string;
  /** Open time between two instants in whole milliseconds (all of it when the shop has no hours). */
  businessMs(from: Instant, to: Instant): number;
  /** The due time of a wait that opened at `openedAt`, per window. */
  dues(openedAt: Instant): Record<RateWindow, Instant>;
}

export function shopContext(settings: MetricSettings, dims: Dims): ShopContext {
  const shop = settings.shops?.[dims.shopId] ?? {};
  const timeZone = shop.timeZone ?? shop.hours?.timeZone ?? MARKET_INFO[dims.market].timeZone;
  const clock = { ...shop.responseClock, timeZone: shop.responseClock?.timeZone ?? timeZone };
  const hours = shop.hours;
  return {
    timeZone,
    dayOf: (at) => localDate(at, timeZone),
    businessMs: (from, to) => (hours ? Math.round(businessMinutesBetween(hours, from, to) * MINUTE) : Math.max(0, to - from)),
    dues: (openedAt) => ({
      within12h: responseDue(dims.market, openedAt, { ...clock, responseWindowHours: 12 }),
      within24h: responseDue(dims.market, openedAt, { ...clock, responseWindowHours: 24 }),
      shopWindow: responseDue(dims.market, openedAt, clock),
    }),
  };
}

export function rate(hits: number, total: number): Rate {
  return { hits, total, rate: total > 0 ? hits / total : null };
}

export function durationStat(count: number, totalMs: number, totalBusinessMs: number): DurationStat {
  return {
    count,
    totalMs,
    meanMs: count > 0 ? totalMs / count : null,
    totalBusinessMs,
    meanBusinessMs: count > 0 ? totalBusinessMs / count : null,
  };
}

/** The key null dimensions are shown under in breakdowns. */
export const UNKNOWN = 'unknown';
