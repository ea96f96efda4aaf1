// Dates and times for people: Intl formatters in the UI language and the signed-in user's time zone.
// The inbox shows short relative times ("now", "5 min", "3 hr", "2 days", then a date); the conversation
// shows clock times, with the date when it is not today. `now()` ticks every 30 s so relative times age.
import { createSignal } from 'solid-js';
import { intlLocale, t } from './index';

const [timeZoneSignal, setTimeZoneSignal] = createSignal<string | undefined>(undefined);
const [nowSignal, setNow] = createSignal(Date.now());
if (typeof window !== 'undefined') setInterval(() => setNow(Date.now()), 30_000);

export const now = nowSignal;

/** The signed-in user's IANA time zone; an unknown zone falls back to the device's. */
export function setTimeZone(zone: string | null | undefined): void {
  let valid: string | undefined;
  try {
    if (zone) valid = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    valid = undefined;
  }
  setTimeZoneSignal(valid);
}

// Intl objects are costly to build on slow phones: keep one per (locale, zone, options).
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${intlLocale()}|${timeZoneSignal() ?? ''}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(intlLocale(), { ...options, timeZone: timeZoneSignal() })));
  return f;
}
function unitFormat(unit: 'minute' | 'hour' | 'day'): Intl.NumberFormat {
  const key = `n|${intlLocale()}|${unit}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(intlLocale(), { style: 'unit', unit, unitDisplay: 'short' })));
  return f;
}

function dayKey(ms: number): string {
  return dateFormat({ year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
}

/** "now", "5 min", "3 hr", "2 days", then "12 Mar" (with the year when it is not this year). */
export function formatRelative(iso: string): string {
  const at = Date.parse(iso);
  const diff = Math.max(0, now() - at);
  const minutes = Math.floor(diff / 60_000);
  if (minutes < 1) return t('time.now');
  if (minutes < 60) return unitFormat('minute').format(minutes);
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return unitFormat('hour').format(hours);
  const days = Math.floor(hours / 24);
  if (days < 7) return unitFormat('day').format(days);
  const sameYear = new Date(at).getUTCFullYear() === new Date(now()).getUTCFullYear();
  return dateFormat(sameYear ? { month: 'short', day: 'numeric' } : { year: 'numeric', month: 'short', day: 'numeric' }).format(at);
}

/** A message's time: "14:05" today, "12 Mar, 14:05" on other days. */
export function formatMessageTime(iso: string): string {
  const at = Date.parse(iso);
  const today = dayKey(at) === dayKey(now());
  return dateFormat(today ? { hour: 'numeric', minute: '2-digit' } : { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(at);
}

/** The full date and time, for tooltips and screen readers. */
export function formatFullDateTime(iso: string): string {
  return dateFormat({ dateStyle: 'medium', timeStyle: 'short' }).format(Date.parse(iso));
}

/** A region or language name in the UI language ("Thailand", "泰国"; "Thai", "泰语"). */
export function displayName(type: 'region' | 'language', code: string): string {
  const key = `${intlLocale()}|${type}`;
  let names = displayNames.get(key);
  try {
    if (!names) displayNames.set(key, (names = new Intl.DisplayNames([intlLocale()], { type })));
    return names.of(code) ?? code;
  } catch {
    return code; // an engine without DisplayNames, or a code it does not know
  }
}
const displayNames = new Map<string, Intl.DisplayNames>();
