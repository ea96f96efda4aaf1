// Dates, times and amounts in the buyer's language and the shop's time zone, with Intl only (Workers
// ship full ICU). Years are shown only when they differ from the current one, so a Thai date ("3 มีนาคม")
// never needs the Buddhist-era year. `now` is passed in.
import type { Language, Market } from '../markets';

export interface Formatter {
  date(d: Date): string;
  dateRange(from: Date, to: Date): string;
  time(d: Date): string;
  /** Weekday and date, for a day that is neither today nor tomorrow. */
  day(d: Date): string;
  /** 'today' | 'tomorrow' | 'later', counted in calendar days in the shop's time zone. */
  dayOffset(d: Date): 'today' | 'tomorrow' | 'later';
  money(amount: string, currency: string): string;
}

export function localeFor(language: Language, market: Market): string {
  switch (language) {
    case 'en':
      return ['US', 'GB', 'SG', 'MY', 'PH'].includes(market) ? `en-${market}` : 'en-GB';
    case 'zh':
      return market === 'SG' || market === 'MY' ? `zh-${market}` : 'zh-CN';
    case 'th':
      return 'th-TH';
    case 'id':
      return 'id-ID';
    case 'ms':
      return 'ms-MY';
    case 'vi':
      return 'vi-VN';
    case 'tl':
      return 'fil-PH';
    case 'es':
      return 'es-US';
  }
}

// Building an Intl.DateTimeFormat costs far more than using one; an isolate keeps the few it needs.
const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    if (formats.size > 256) formats.clear();
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/** `zoneName`: add the zone's short name to times (US shops span several zones; cross-border shops may
 * not sit in the buyer's zone). */
export function createFormatter(
  language: Language,
  market: Market,
  timeZone: string,
  now: Date,
  zoneName: boolean,
): Formatter {
  const locale = localeFor(language, market);
  const dtf = (o: Intl.DateTimeFormatOptions) => dateFormat(locale, { timeZone, ...o });
  const key = dtf({ year: 'numeric', month: '2-digit', day: '2-digit' });
  const thisYear = dtf({ year: 'numeric' }).format(now);
  const opts = (d: Date, base: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions =>
    dtf({ year: 'numeric' }).format(d) === thisYear ? base : { ...base, year: 'numeric' };

  return {
    date: (d) => dtf(opts(d, { day: 'numeric', month: 'long' })).format(d),
    dateRange(from, to) {
      const f = dtf(opts(to, opts(from, { day: 'numeric', month: 'long' })));
      if (key.format(from) === key.format(to)) return f.format(from);
      // ICU's Chinese ranges come out as "3/3 – 3/6"; buyers write "3月3日至3月6日".
      return language === 'zh' ? `${f.format(from)}至${f.format(to)}` : f.formatRange(from, to);
    },
    time: (d) => dtf({ hour: 'numeric', minute: '2-digit', ...(zoneName ? { timeZoneName: 'short' } : {}) }).format(d),
    day: (d) => dtf(opts(d, { weekday: 'long', day: 'numeric', month: 'long' })).format(d),
    dayOffset(d) {
      if (key.format(d) === key.format(now)) return 'today';
      return key.format(d) === key.format(new Date(now.getTime() + 86_400_000)) ? 'tomorrow' : 'later';
    },
    money(amount, currency) {
      const decimals = amount.includes('.') ? (amount.split('.')[1] ?? '').length : 0;
      try {
        return new Intl.NumberFormat(locale, {
          style: 'currency',
          currency,
          currencyDisplay: 'narrowSymbol',
          minimumFractionDigits: decimals,
          maximumFractionDigits: decimals,
        }).format(Number(amount));
      } catch {
        return `${amount} ${currency}`;
      }
    },
  };
}
