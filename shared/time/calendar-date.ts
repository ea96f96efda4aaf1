// Calendar dates and clock times without a time zone: 'YYYY-MM-DD' and 'HH:MM', as people type them into a
// roster. Internally a date is a day number (days since 1970-01-01), so "the next day" and "the weekday"
// are integer arithmetic and never go through a Date or a zone.

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Days since 1970-01-01 (a Thursday). */
export type DayNumber = number;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isWeekday(value: unknown): value is Weekday {
  return typeof value === 'string' && (WEEKDAYS as readonly string[]).includes(value);
}

/** 'YYYY-MM-DD' → day number, or null if it is not a real date (2026-02-30 is not). */
export function parseDate(value: unknown): DayNumber | null {
  const m = typeof value === 'string' ? DATE_RE.exec(value) : null;
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / 86_400_000;
}

export function dayNumberOf(year: number, month: number, day: number): DayNumber {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

export function formatDate(day: DayNumber): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The civil year, month (1–12) and day of a day number. */
export function dateParts(day: DayNumber): { year: number; month: number; day: number } {
  const d = new Date(day * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function weekdayOfDay(day: DayNumber): Weekday {
  // 1970-01-01 was a Thursday, index 3 with Monday = 0.
  return WEEKDAYS[(((day + 3) % 7) + 7) % 7]!;
}

export function addDays(date: string, days: number): string {
  const d = parseDate(date);
  if (d === null) throw new RangeError(`not a date: ${date}`);
  return formatDate(d + days);
}

/** 'HH:MM' (00:00–23:59) → minutes after midnight, or null. */
export function parseClock(value: unknown): number | null {
  const m = typeof value === 'string' ? CLOCK_RE.exec(value) : null;
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export function formatClock(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
