// What a model-written reply must pass before a buyer sees it. The prompt asks for the same things; these
// checks do not trust that it listened. A reply that fails one is an error for the caller, which then
// answers with the built-in engine or hands off — never a repaired text.
//
//   evidence = the facts the model was given + every tool result (+ the order id read from the message)
//   reply ─► empty / too long ─► dates ⊆ evidence ─► amounts ⊆ evidence ─► numbers of 3+ digits ⊆ evidence
//         ─► durations ("5 days") ⊆ evidence ─► no link, e-mail, phone, other app ─► no quote of the rules
//
// Dates are compared as month and day (in UTC and in the shop's time zone), so "July 5", "5 Juli", "5/7",
// "7月5日" and "ngày 5 tháng 7" all match a fact of 2026-07-05. Amounts and numbers are compared as digit
// strings without separators, so "Rp 129.000" matches 129000 and "$12.50" matches "12.50".
import { hasForbiddenContent, MAX_REPLY_CHARS } from '../../../shared/reply/safe-text';

export type ReplyCheck = 'empty' | 'too_long' | 'unsupported_date' | 'unsupported_amount' | 'unsupported_number' | 'contact' | 'prompt_leak';

export interface CheckFailure {
  check: ReplyCheck;
  detail: string;
}

export interface Evidence {
  numbers: Set<string>;
  dates: Set<string>; // "M-D"
  amounts: Set<string>;
  identifiers: string[]; // order ids and tracking numbers: never a phone number, even when they look like one
}

// ---------------------------------------------------------------------------------------------------
// tokens

/** Thai, full-width and Arabic-Indic digits as ASCII (their code points end in 0–9). */
const asciiDigits = (s: string) => s.replace(/[\u0660-\u0669\u0E50-\u0E59\uFF10-\uFF19]/g, (c) => String(c.charCodeAt(0) & 15));

const NUM = '\\d+(?:[.,\\u00a0\\u202f\']\\d+)*';

/** The digit strings a written number may stand for: without separators, without a zero decimal part
 * ("50.00" → 50), without trailing decimal zeros ("12.50" → 125), without leading zeros. */
function variants(token: string): string[] {
  const out = new Set<string>();
  const add = (s: string) => {
    if (s === '') return;
    out.add(s);
    out.add(s.replace(/^0+(?=\d)/, ''));
  };
  add(token.replace(/\D/g, ''));
  const decimal = /^(.*\d)[.,](\d{1,2})$/.exec(token);
  if (decimal) {
    const [, int, frac] = decimal as unknown as [string, string, string];
    if (/^0+$/.test(frac)) add(int.replace(/\D/g, ''));
    else add(int.replace(/\D/g, '') + frac.replace(/0+$/, ''));
  }
  return [...out];
}

const supported = (token: string, set: Set<string>) => variants(token).some((v) => set.has(v));

// ---------------------------------------------------------------------------------------------------
// dates

// Month names come from Intl (CLDR, in Node and in Workers) rather than from a table in the bundle: long
// and short forms in English, Spanish, Indonesian, Malay, Filipino and Thai ("5 Juli", "Hulyo 5",
// "5 ก.ค."). Vietnamese ("5 tháng 7") and Chinese ("7月5日") write the month as a number.
type Pair = [month: number, day: number];
interface DatePattern {
  re: RegExp;
  pairs: (m: RegExpExecArray) => Pair[];
}
const n = (s: string | undefined) => Number(s);
const monthOf = new Map<string, number>([
  ['sept', 9],
  ['setiembre', 9],
]);
const month = (s: string | undefined) => monthOf.get((s ?? '').toLowerCase().replace(/\.$/, '')) ?? 0;

let datePatterns: DatePattern[] | undefined;
function patterns(): DatePattern[] {
  if (datePatterns) return datePatterns;
  const latin: string[] = [...monthOf.keys()];
  const thai: string[] = [];
  for (const locale of ['en', 'es', 'id', 'ms', 'fil', 'th']) {
    for (const style of ['long', 'short'] as const) {
      const f = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' });
      for (let m = 1; m <= 12; m++) {
        const name = f.format(Date.UTC(2026, m - 1, 15)).toLowerCase();
        monthOf.set(name.replace(/\.$/, ''), m);
        (locale === 'th' ? thai : latin).push(name);
      }
    }
  }
  const alt = (names: string[]) => [...new Set(names)].sort((a, b) => b.length - a.length).map((x) => x.replace(/\./g, '\\.')).join('|');
  const L = alt(latin);
  return (datePatterns = [
    { re: /\b(\d{4})-(\d{1,2})-(\d{1,2})/g, pairs: (m) => [[n(m[2]), n(m[3])]] },
    { re: /(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?(?![\d/])/g, pairs: (m) => [[n(m[2]), n(m[1])], [n(m[1]), n(m[2])]] },
    { re: /(?<![\d.-])(\d{1,2})[.-](\d{1,2})[.-](\d{2,4})(?![\d.-])/g, pairs: (m) => [[n(m[2]), n(m[1])], [n(m[1]), n(m[2])]] },
    { re: /(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?/g, pairs: (m) => [[n(m[1]), n(m[2])]] },
    { re: /(\d{1,2})\s+tháng\s+(\d{1,2})(?!\d)/gi, pairs: (m) => [[n(m[2]), n(m[1])]] },
    { re: new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:de\\s+|ng\\s+)?(${L})(?![a-z])`, 'gi'), pairs: (m) => [[month(m[2]), n(m[1])]] },
    { re: new RegExp(`\\b(${L})\\.?\\s+(\\d{1,2})(?!\\d)`, 'gi'), pairs: (m) => [[month(m[1]), n(m[2])]] },
    { re: new RegExp(`(?<!\\d)(\\d{1,2})\\s*(${alt(thai)})`, 'g'), pairs: (m) => [[month(m[2]), n(m[1])]] },
  ]);
}

/** Every date-looking string in `text`, with the month/day readings it allows. */
export function findDates(text: string): { text: string; index: number; pairs: Pair[] }[] {
  const out: { text: string; index: number; pairs: Pair[] }[] = [];
  for (const { re, pairs } of patterns()) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const valid = pairs(m).filter(([mo, d]) => mo >= 1 && mo <= 12 && d >= 1 && d <= 31);
      if (valid.length > 0) out.push({ text: m[0], index: m.index, pairs: valid });
    }
  }
  return out;
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();
function zonedPair(date: Date, timeZone: string): Pair | null {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone, month: 'numeric', day: 'numeric' });
    } catch {
      f = null;
    }
    formatters.set(timeZone, f);
  }
  if (!f || Number.isNaN(date.getTime())) return null;
  const parts = f.formatToParts(date);
  return [n(parts.find((p) => p.type === 'month')?.value), n(parts.find((p) => p.type === 'day')?.value)];
}

// ---------------------------------------------------------------------------------------------------
// amounts and durations

const CURRENCY = '(?:US\\$|S\\$|RM|Rp\\.?|₱|PHP|฿|THB|\\$|£|€|¥|₫|VND|IDR|MYR|SGD|USD|GBP|EUR|CNY|RMB)';
const CURRENCY_AFTER = `(?:${CURRENCY}|baht|บาท|dollars?|pesos?|ringgit|rupiah|đồng|dong|đ|元|块|美元)`;
const AMOUNT = new RegExp(`(?<!\\p{L})${CURRENCY}\\s?(${NUM})|(${NUM})\\s?${CURRENCY_AFTER}(?!\\p{L})`, 'giu');
const DURATION = new RegExp(
  `(${NUM})\\s*(?:business |working )?(?:days?|hours?|weeks?|months?|hari|jam|minggu|bulan|ngày|giờ|tuần|tháng|วัน|ชั่วโมง|สัปดาห์|เดือน|天|小时|小時|周|週|个月|días?|horas?|semanas?|mes(?:es)?|araw|oras|linggo|buwan)(?![a-z])`,
  'gi',
);

// ---------------------------------------------------------------------------------------------------
// evidence

const ID_KEYS = /^(?:id|orderId|order_id|trackingNumber|tracking_number)$/;

/** Everything a reply may state, from the facts and tool results (any JSON-like values, Dates included). */
export function buildEvidence(values: unknown[], timeZone: string): Evidence {
  const ev: Evidence = { numbers: new Set(), dates: new Set(), amounts: new Set(), identifiers: [] };
  const addDate = (d: Date) => {
    for (const p of [zonedPair(d, 'UTC'), zonedPair(d, timeZone)]) if (p) ev.dates.add(`${p[0]}-${p[1]}`);
  };
  const addText = (raw: string) => {
    const text = asciiDigits(raw);
    for (const t of text.match(new RegExp(NUM, 'g')) ?? []) for (const v of variants(t)) ev.numbers.add(v);
    for (const d of findDates(text)) for (const [m, day] of d.pairs) ev.dates.add(`${m}-${day}`);
    for (const m of text.matchAll(AMOUNT)) for (const v of variants((m[1] ?? m[2]) as string)) ev.amounts.add(v);
    if (/^\d{4}-\d{2}-\d{2}T/.test(text)) addDate(new Date(text));
  };
  const walk = (value: unknown, key: string, depth: number): void => {
    if (depth > 8 || value === null || value === undefined) return;
    if (value instanceof Date) {
      addDate(value);
      addText(value.toISOString());
    } else if (typeof value === 'string' || typeof value === 'number') {
      const text = String(value);
      addText(text);
      if (key === 'amount') for (const v of variants(asciiDigits(text))) ev.amounts.add(v);
      if (ID_KEYS.test(key) && text.length >= 3) ev.identifiers.push(text);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, key, depth + 1);
    } else if (typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k, depth + 1);
    }
  };
  for (const v of values) walk(v, '', 0);
  return ev;
}

// ---------------------------------------------------------------------------------------------------
// the rules text, to catch a reply that quotes it

const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const SHINGLE = 6;

export interface RulesFingerprint {
  marker: string;
  shingles: Set<string>;
}

/** `marker` is a string that appears only in the rules (quoting it is a leak); shingles are every run of
 * six words of the rules. */
export function fingerprintRules(rules: string, marker: string): RulesFingerprint {
  const w = words(rules);
  const shingles = new Set<string>();
  for (let i = 0; i + SHINGLE <= w.length; i++) shingles.add(w.slice(i, i + SHINGLE).join(' '));
  return { marker, shingles };
}

function quotesRules(text: string, rules: RulesFingerprint): boolean {
  if (text.toLowerCase().includes(rules.marker.toLowerCase())) return true;
  const w = words(text);
  for (let i = 0; i + SHINGLE <= w.length; i++) if (rules.shingles.has(w.slice(i, i + SHINGLE).join(' '))) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------------

const LINE_APP = /\bLINE\b|ไลน์/;
const LINE_APP_I = /\bline ?(?:app|id|official|oa|@)/i;

/** The first number of three or more digits in `text` that the evidence does not hold, or null. Shorter
 * ones (quantities, sizes) are not checked: too common to be worth inventing, too common to refuse. */
export function unsupportedNumber(text: string, ev: Evidence): string | null {
  for (const t of asciiDigits(text).match(new RegExp(NUM, 'g')) ?? []) {
    if (t.replace(/\D/g, '').length >= 3 && !supported(t, ev.numbers)) return t;
  }
  return null;
}

/** The first check `reply` fails, or null. */
export function checkReply(reply: string, ev: Evidence, rules: RulesFingerprint): CheckFailure | null {
  if (reply.trim() === '') return { check: 'empty', detail: 'the reply is empty' };
  if (reply.length > MAX_REPLY_CHARS) return { check: 'too_long', detail: `${reply.length} characters` };

  let rest = asciiDigits(reply);
  for (const d of findDates(rest)) {
    if (!d.pairs.some(([m, day]) => ev.dates.has(`${m}-${day}`))) return { check: 'unsupported_date', detail: d.text };
  }
  for (const d of findDates(rest)) rest = rest.replace(d.text, ' ');
  for (const m of rest.matchAll(AMOUNT)) {
    if (!supported((m[1] ?? m[2]) as string, ev.amounts)) return { check: 'unsupported_amount', detail: m[0] };
  }
  rest = rest.replace(AMOUNT, ' ');
  const number = unsupportedNumber(rest, ev);
  if (number) return { check: 'unsupported_number', detail: number };
  for (const m of rest.matchAll(DURATION)) {
    if (!supported(m[1] as string, ev.numbers)) return { check: 'unsupported_number', detail: m[0] };
  }

  let masked = reply;
  for (const id of ev.identifiers) masked = masked.split(id).join(' ');
  if (hasForbiddenContent(masked) || LINE_APP.test(reply) || LINE_APP_I.test(reply)) {
    return { check: 'contact', detail: 'a link, e-mail address, phone number or other app' };
  }
  if (quotesRules(reply, rules)) return { check: 'prompt_leak', detail: 'the reply quotes the rules' };
  return null;
}
