// A holiday calendar: a table of public holidays per region (the built-in one is holiday-table.ts) plus a
// shop's own dates, minus dates the shop works anyway. It is plain data (JSON-safe), built once per shop and
// passed to the roster and business-hours functions. This module holds no table itself: Node passes
// BUILT_IN_HOLIDAYS, the Worker the same table loaded from its AI assets (decision 003), so the ~3 KB of
// dates stay out of the Worker bundle.
//
//   shop date without region → everyone in the shop is off (and the shop's business hours are closed)
//   shop date with a region  → added to that region's list (e.g. 'GB-SCT' for Scottish agents)
//   removed date             → taken out of one region, or out of every region when no region is given
import { formatDate, parseDate } from './calendar-date';

/** The regions with a built-in list (holiday-table.ts). GB means England and Wales. */
export const HOLIDAY_REGIONS = ['US', 'GB', 'ID', 'TH', 'MY', 'VN', 'PH', 'SG'] as const;
export type HolidayRegion = (typeof HOLIDAY_REGIONS)[number];

/** Region → holiday name → dates ('2025-01-01 2025-04-13..2025-04-15 2027-03-09?'), as in holiday-table.ts. */
export type HolidayTable = Readonly<Record<string, Readonly<Record<string, string>>>>;

export interface Holiday {
  date: string;
  name: string;
  /** The region it belongs to, or null for a shop-wide date. */
  region: string | null;
  /** An estimate not yet confirmed by the government (see holiday-table.ts). */
  tentative: boolean;
}

export interface ShopHoliday {
  date: string;
  name: string;
  region?: string;
}

export interface RemovedHoliday {
  date: string;
  region?: string;
}

type Entry = { name: string; tentative: boolean };

export interface HolidayCalendar {
  /** region → 'YYYY-MM-DD' → holidays on that date. */
  readonly regions: Readonly<Record<string, Readonly<Record<string, readonly Entry[]>>>>;
  /** Shop-wide dates that apply to everyone, whatever their region. */
  readonly shopWide: Readonly<Record<string, readonly Entry[]>>;
}

export const NO_HOLIDAYS: HolidayCalendar = { regions: {}, shopWide: {} };

export interface HolidayCalendarOptions {
  /** Region → holiday name → dates (holiday-table.ts's format); none when left out. */
  table?: HolidayTable;
  add?: readonly ShopHoliday[];
  remove?: readonly RemovedHoliday[];
}

/** Expands one table cell ('2025-01-01 2025-04-13..2025-04-15 2027-03-09?') into dated entries. */
export function expandHolidayDates(cell: string): { date: string; tentative: boolean }[] {
  const out: { date: string; tentative: boolean }[] = [];
  for (const token of cell.split(/\s+/).filter(Boolean)) {
    const tentative = token.includes('?');
    const [a, b = a] = token.replaceAll('?', '').split('..');
    const from = parseDate(a);
    const to = parseDate(b);
    if (from === null || to === null || to < from) throw new RangeError(`bad holiday date "${token}"`);
    for (let d = from; d <= to; d++) out.push({ date: formatDate(d), tentative });
  }
  return out;
}

export function createHolidayCalendar(options: HolidayCalendarOptions = {}): HolidayCalendar {
  const regions: Record<string, Record<string, Entry[]>> = {};
  const shopWide: Record<string, Entry[]> = {};
  const push = (map: Record<string, Entry[]>, date: string, entry: Entry) => (map[date] ??= []).push(entry);

  for (const [region, names] of Object.entries(options.table ?? {})) {
    const dates = (regions[region] ??= {});
    for (const [name, cell] of Object.entries(names)) {
      for (const { date, tentative } of expandHolidayDates(cell)) push(dates, date, { name, tentative });
    }
  }
  for (const h of options.add ?? []) {
    if (parseDate(h.date) === null) throw new RangeError(`bad holiday date "${h.date}"`);
    push(h.region ? (regions[h.region] ??= {}) : shopWide, h.date, { name: h.name, tentative: false });
  }
  for (const r of options.remove ?? []) {
    for (const [region, dates] of Object.entries(regions)) {
      if (!r.region || r.region === region) delete dates[r.date];
    }
    if (!r.region) delete shopWide[r.date];
  }
  return { regions, shopWide };
}

/** The holidays on a date for someone in `region` (shop-wide dates included; no region → only those). */
export function holidaysOn(calendar: HolidayCalendar, region: string | null | undefined, date: string): Holiday[] {
  const own = region ? (calendar.regions[region]?.[date] ?? []) : [];
  return [
    ...own.map((e) => ({ date, region: region ?? null, ...e })),
    ...(calendar.shopWide[date] ?? []).map((e) => ({ date, region: null, ...e })),
  ];
}

export function isHoliday(calendar: HolidayCalendar, region: string | null | undefined, date: string): boolean {
  return (!!region && !!calendar.regions[region]?.[date]) || !!calendar.shopWide[date];
}

/** Every holiday from `from` to `to` inclusive ('YYYY-MM-DD'), in date order: for the roster screen. */
export function holidaysBetween(calendar: HolidayCalendar, region: string | null | undefined, from: string, to: string): Holiday[] {
  const a = parseDate(from);
  const b = parseDate(to);
  if (a === null || b === null) throw new RangeError(`bad date range ${from}..${to}`);
  const out: Holiday[] = [];
  for (let d = a; d <= b; d++) out.push(...holidaysOn(calendar, region, formatDate(d)));
  return out;
}

/** Regions the calendar knows, to catch a roster's typo ('UK' for 'GB'). */
export function hasHolidayRegion(calendar: HolidayCalendar, region: string): boolean {
  return region in calendar.regions;
}

/** A calendar that knows only region names, for validating a roster's `holidayRegion` without the dates. */
export function regionNamesCalendar(regions: readonly string[]): HolidayCalendar {
  return { regions: Object.fromEntries(regions.map((r) => [r, {}])), shopWide: {} };
}
