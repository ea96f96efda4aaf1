import { describe, expect, it } from 'vitest';
import {
  builtInHolidayCalendar,
  addDays,
  BUILT_IN_HOLIDAYS,
  createHolidayCalendar,
  expandHolidayDates,
  HOLIDAY_REGIONS,
  HOLIDAY_TABLE_YEARS,
  holidaysBetween,
  holidaysOn,
  isHoliday,
  parseDate,
  weekdayOfDay,
  WEEKDAYS,
  type Weekday,
} from '../../../shared/time';

const calendar = builtInHolidayCalendar();
const weekday = (date: string) => weekdayOfDay(parseDate(date)!);
const years = [2025, 2026, 2027];

/** Easter Sunday (anonymous Gregorian algorithm), to check every Easter-based date in the table. */
function easter(y: number): string {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The n-th given weekday of a month (n = -1: the last one). */
function nth(y: number, month: number, day: Weekday, n: number): string {
  const dates = Array.from({ length: 31 }, (_, i) => `${y}-${String(month).padStart(2, '0')}-${String(i + 1).padStart(2, '0')}`).filter(
    (d) => parseDate(d) !== null && weekday(d) === day,
  );
  return n > 0 ? dates[n - 1]! : dates[dates.length + n]!;
}

const datesOf = (region: string, name: string) => expandHolidayDates(BUILT_IN_HOLIDAYS[region]![name]!).map((d) => d.date);

describe('the built-in holiday table', () => {
  it('has every region, and every date in it is a real date within the covered years', () => {
    expect(Object.keys(BUILT_IN_HOLIDAYS).sort()).toEqual([...HOLIDAY_REGIONS].sort());
    for (const [region, names] of Object.entries(BUILT_IN_HOLIDAYS)) {
      for (const [name, cell] of Object.entries(names)) {
        for (const { date } of expandHolidayDates(cell)) {
          const year = Number(date.slice(0, 4));
          expect(year >= HOLIDAY_TABLE_YEARS.from && year <= HOLIDAY_TABLE_YEARS.to, `${region} ${name} ${date}`).toBe(true);
        }
      }
      for (const y of years) {
        expect(holidaysBetween(calendar, region, `${y}-01-01`, `${y}-12-31`).length, `${region} ${y}`).toBeGreaterThanOrEqual(8); // England has 8 bank holidays
      }
    }
  });

  it('puts every substitute, observed and replacement day on a weekday', () => {
    const moved = /observed|substitut|replacement/i;
    for (const [region, names] of Object.entries(BUILT_IN_HOLIDAYS)) {
      for (const [name, cell] of Object.entries(names)) {
        if (!moved.test(name)) continue;
        for (const { date } of expandHolidayDates(cell)) expect(['sat', 'sun'], `${region} ${name} ${date}`).not.toContain(weekday(date));
      }
    }
  });

  it.each(years)('follows the rules for the moving holidays of %i', (y) => {
    const e = easter(y);
    const rules: [string, string, string][] = [
      ['US', 'Martin Luther King Jr. Day', nth(y, 1, 'mon', 3)],
      ['US', "Washington's Birthday", nth(y, 2, 'mon', 3)],
      ['US', 'Memorial Day', nth(y, 5, 'mon', -1)],
      ['US', 'Labor Day', nth(y, 9, 'mon', 1)],
      ['US', 'Columbus Day', nth(y, 10, 'mon', 2)],
      ['US', 'Thanksgiving Day', nth(y, 11, 'thu', 4)],
      ['GB', 'Good Friday', addDays(e, -2)],
      ['GB', 'Easter Monday', addDays(e, 1)],
      ['GB', 'Early May bank holiday', nth(y, 5, 'mon', 1)],
      ['GB', 'Spring bank holiday', nth(y, 5, 'mon', -1)],
      ['GB', 'Summer bank holiday', nth(y, 8, 'mon', -1)],
      ['ID', 'Wafat Yesus Kristus (Good Friday)', addDays(e, -2)],
      ['ID', 'Kebangkitan Yesus Kristus (Easter)', e],
      ['ID', 'Kenaikan Yesus Kristus (Ascension)', addDays(e, 39)],
      ['PH', 'Maundy Thursday', addDays(e, -3)],
      ['PH', 'Good Friday', addDays(e, -2)],
      ['PH', 'Black Saturday', addDays(e, -1)],
      ['PH', 'National Heroes Day', nth(y, 8, 'mon', -1)],
      ['SG', 'Good Friday', addDays(e, -2)],
      ['MY', "Agong's Birthday", nth(y, 6, 'mon', 1)],
    ];
    for (const [region, name, date] of rules) expect(datesOf(region, name), `${region} ${name} ${y}`).toContain(date);
  });

  it.each([
    ['US', '2026-11-26', 'Thanksgiving Day'],
    ['US', '2026-07-03', 'Independence Day (observed)'],
    ['GB', '2026-12-28', 'Substitute bank holiday'],
    ['ID', '2026-03-21', 'Idul Fitri'],
    ['ID', '2026-05-31', 'Hari Raya Waisak'],
    ['TH', '2026-04-14', 'Songkran'],
    ['TH', '2026-06-01', 'Substitution day'],
    ['MY', '2026-11-08', 'Deepavali'],
    ['VN', '2026-02-18', 'Tết Nguyên Đán'],
    ['PH', '2026-04-09', 'Araw ng Kagitingan'],
    ['SG', '2026-02-17', 'Chinese New Year'],
    ['SG', '2026-06-01', 'Observed holiday'],
  ])('knows %s %s is %s', (region, date, name) => {
    expect(holidaysOn(calendar, region, date).map((h) => h.name)).toContain(name);
  });

  it('marks estimated dates as tentative and gazetted ones as not', () => {
    expect(holidaysOn(calendar, 'MY', '2027-03-10')).toEqual([{ date: '2027-03-10', name: 'Hari Raya Aidilfitri', region: 'MY', tentative: true }]);
    expect(holidaysOn(calendar, 'ID', '2027-03-10')[0]?.tentative).toBe(false);
    expect(holidaysOn(calendar, 'VN', '2027-02-08')[0]?.tentative).toBe(true);
  });
});

describe('a shop holiday calendar', () => {
  it.each([
    ['a built-in date for the region', {}, 'GB', '2026-12-25', true],
    ['not for another region', {}, 'ID', '2026-12-26', false],
    ['nothing for an agent without a region', {}, undefined, '2026-12-25', false],
    ['an unknown region has none', {}, 'UK', '2026-12-25', false],
    ['a shop-wide date, whatever the region', { add: [{ date: '2026-03-02', name: 'Stocktake' }] }, 'SG', '2026-03-02', true],
    ['a shop-wide date for an agent without region', { add: [{ date: '2026-03-02', name: 'Stocktake' }] }, undefined, '2026-03-02', true],
    ['a shop date for one region', { add: [{ date: '2026-11-30', name: "St Andrew's Day", region: 'GB-SCT' }] }, 'GB-SCT', '2026-11-30', true],
    ['a date the shop removed for its region', { remove: [{ date: '2026-10-12', region: 'US' }] }, 'US', '2026-10-12', false],
    ['a date the shop removed everywhere', { remove: [{ date: '2026-12-25' }] }, 'SG', '2026-12-25', false],
    ['an empty table', { table: {} }, 'GB', '2026-12-25', false],
  ])('%s', (_, options, region, date, expected) => {
    const calendar = 'table' in options ? createHolidayCalendar(options) : builtInHolidayCalendar(options);
    expect(isHoliday(calendar, region, date)).toBe(expected);
  });

  it('has no dates without a table (the Worker passes the one from its assets)', () => {
    expect(isHoliday(createHolidayCalendar(), 'GB', '2026-12-25')).toBe(false);
    expect(isHoliday(createHolidayCalendar({ table: BUILT_IN_HOLIDAYS }), 'GB', '2026-12-25')).toBe(true);
  });

  it('lists the holidays of a period in date order, shop dates included', () => {
    const c = builtInHolidayCalendar({ add: [{ date: '2026-12-24', name: 'Shop closed' }] });
    expect(holidaysBetween(c, 'GB', '2026-12-20', '2026-12-31').map((h) => `${h.date} ${h.name}`)).toEqual([
      '2026-12-24 Shop closed',
      '2026-12-25 Christmas Day',
      '2026-12-26 Boxing Day',
      '2026-12-28 Substitute bank holiday',
    ]);
  });

  it('refuses a malformed date', () => {
    expect(() => builtInHolidayCalendar({ add: [{ date: '26-12-24', name: 'x' }] })).toThrow(RangeError);
    expect(() => expandHolidayDates('2026-12-31..2026-12-01')).toThrow(RangeError);
  });

  it('is plain data that survives JSON', () => {
    const c = builtInHolidayCalendar({ add: [{ date: '2026-03-02', name: 'Stocktake' }] });
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });

  it('names weekdays from Monday', () => {
    expect(WEEKDAYS[0]).toBe('mon');
    expect(weekday('2026-01-01')).toBe('thu');
  });
});
