// Numbers, rates and durations for the dashboard, with Intl in the UI locale (intlLocale()).
import { INTENTS } from '../../../shared/intents';
import { intlLocale, t, type MessageKey } from '../../i18n';
import { dt } from './strings';

const cache = new Map<string, Intl.NumberFormat>();
function nf(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${intlLocale()}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(intlLocale(), options)));
  return f;
}

export const formatCount = (n: number): string => nf({ maximumFractionDigits: 0 }).format(n);

/** A 0–1 rate as a whole percentage ("87%"), a dash without one. */
export const formatRate = (rate: number | null): string => (rate === null ? dt('noData') : nf({ style: 'percent', maximumFractionDigits: 0 }).format(rate));

/** hits / total as a percentage, a dash when total is 0. */
export const formatShare = (hits: number, total: number): string => formatRate(total > 0 ? hits / total : null);

/**
 * A duration in the one unit that reads best: "45 sec", "12 min", "5.7 hr", "3.2 days"; a dash without one.
 */
export function formatDuration(ms: number | null): string {
  if (ms === null) return dt('noData');
  const seconds = ms / 1000;
  const unit = (u: 'second' | 'minute' | 'hour' | 'day', v: number, digits: number) =>
    nf({ style: 'unit', unit: u, unitDisplay: 'short', maximumFractionDigits: digits }).format(v);
  if (seconds < 60) return unit('second', Math.round(seconds), 0);
  const minutes = seconds / 60;
  if (minutes < 60) return unit('minute', Math.round(minutes), 0);
  const hours = minutes / 60;
  if (hours < 48) return unit('hour', hours, 1);
  return unit('day', hours / 24, 1);
}

/** A calendar day (YYYY-MM-DD) as "12 Mar" / "3月12日", read as a date, not an instant. */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(intlLocale(), { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

export const formatClock = (at: number): string => new Intl.DateTimeFormat(intlLocale(), { hour: '2-digit', minute: '2-digit' }).format(at);

function displayName(type: 'region' | 'language', code: string): string {
  try {
    return new Intl.DisplayNames(intlLocale(), { type }).of(code) ?? code;
  } catch {
    return code;
  }
}

export const marketName = (code: string): string => (code === 'unknown' ? dt('unknown') : displayName('region', code));
export const languageName = (code: string): string => (code === 'unknown' ? dt('unknown') : displayName('language', code));
export const intentName = (code: string): string =>
  (INTENTS as readonly string[]).includes(code) ? t(`intent.${code}` as MessageKey) : code === 'unknown' ? dt('unknown') : code;

/** Today's calendar day and the day `days − 1` before it, on this device's calendar. */
export function lastDays(days: number, today = new Date()): { from: string; to: string } {
  const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const start = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1));
  return { from: iso(start), to: iso(today) };
}
