// The shape of a language pack, and the few helpers that read one. A pack is plain JSON data: one per
// language in templates/<code>.ts, written by someone who writes that language the way shops in its
// markets write to buyers on TikTok Shop chat — not translated word by word from English. Node code gets
// all eight through templates/index.ts; the Worker fetches them as dist/ai/reply-<code>.json and checks
// them with parseLanguagePack (docs/decisions/003-ai-data-as-assets.md). This module holds no pack.
//
// Rules every pack keeps (test/shared/reply checks them):
// - plain data: strings, [formal, warm, friendly?] tuples and records of strings — no functions;
// - no digits, links, phone numbers or app names: every number in a reply comes from the facts;
// - placeholders: {ord} order number (with the item), {days}, {date}, {time}, {when}, {day}, {carrier},
//   {tn}, {event}, {range}, {reason}, {total}, {shop}, {name}; {you}/{You} and {we}/{We} are the
//   register's words for the buyer and the shop ({You} capitalised, for the start of a sentence);
//   {desc}, {code}, {until} in the voucher lines;
// - a "no" is always followed by what the buyer can do instead.
import { ORDER_STATUSES, type OrderStatus } from './facts';
import type { Register } from './tone';

/** One text for every register, or [formal, warm, friendly?] (friendly defaults to warm). */
export type ByRegister = string | readonly [formal: string, warm: string, friendly?: string];

export interface LanguagePack {
  you?: ByRegister;
  we?: ByRegister;

  // frame
  hello: ByRegister;
  helloAnon: ByRegister;
  bye: ByRegister;
  /** Reply to "Assalamualaikum" (id, ms): [with name, without]. */
  salam?: readonly [string, string];

  // facts shown as labelled lines
  ordItem: string;
  carrier: string;
  tracking: string;
  lastUpdate: string;
  eta: string;
  shipped: string;
  total: string;
  reason: string;
  /** [one day, several days] with {n}. */
  days: readonly [string, string];
  daysRange: string;

  // order status
  status: Record<OrderStatus, string>;
  deliveredOn: string;
  processing: string;
  shippingTime: string;
  noTracking: string;
  deliveredHelp: string;
  /** "Once it arrives, you can request a return…" */
  returnOnArrival: string;
  /** "If something is wrong with it, reply here and our team will help." */
  tellUs: string;
  askOrder: string;
  orderNotFound: string;
  askIfOrdered: string;

  // address change, by order status
  addrUnpaid: string;
  addrOpen: string;
  addrPacked: string;
  addrShipped: string;
  addrDelivered: string;
  addrCancelled: string;

  // cancellation, by order status
  cancelSelf: string;
  cancelRequest: string;
  cancelPacked: string;
  cancelShipped: string;
  cancelDelivered: string;
  cancelCompleted: string;
  cancelDone: string;

  // returns and refunds
  retHow: string;
  retWindow: string;
  retFree: string;
  retNotYet: string;
  retCancelInstead: string;
  retClosed: string;
  retCancelled: string;

  // vouchers
  cpIntro: string;
  /** One voucher line, by what is known: the description alone, with its code, with its end date, or
   * with both. Placeholders {desc}, {code}, {until}, filled as written (see couponLine). */
  coupon: CouponTemplates;
  cpApply: string;
  cpNone: string;
  cpGeneral: string;
  cpTip: string;

  // payment
  payCodYes: string;
  payCodNo: string;
  payInstYes: string;
  payInstNo: string;
  payMethods: string;
  payFailed: string;

  // greeting
  greetHi: ByRegister;
  greetThanks: ByRegister;

  // handoff holding message
  holdThanks: string;
  holdSorry: string;
  holdWhen: string;
  holdAsap: string;
  today: string;
  tomorrow: string;
  later: string;
  holdPhotos: string;
  holdOrder: string;

  // drafts for agents (non-routine intents)
  dComplaint: string;
  dDamaged: string;
  dHuman: string;
  dOther: string;
}

export interface CouponTemplates {
  plain: string;
  code: string;
  until: string;
  both: string;
}

export function pick(text: ByRegister, register: Register): string {
  if (typeof text === 'string') return text;
  return register === 'formal' ? text[0] : register === 'friendly' ? (text[2] ?? text[1]) : text[1];
}

/** One voucher line. The values go in as they are (a description keeps its own spacing and punctuation),
 * and a value is never read as a placeholder. */
export function couponLine(t: CouponTemplates, desc: string, code?: string, until?: string): string {
  const template = code && until ? t.both : code ? t.code : until ? t.until : t.plain;
  const vars: Record<string, string | undefined> = { desc, code, until };
  return template.replace(/\{(\w+)\}/g, (_, key: string) => vars[key] ?? '');
}

// ---------------------------------------------------------------------------------------------------
// validation of a pack that arrived from outside (an asset)

type Kind = 'text' | 'byRegister' | 'pair' | 'status' | 'coupon';

/** Every key of LanguagePack and what it holds (`?` optional). The compiler keeps this list complete. */
const PACK_FIELDS = {
  you: 'byRegister?', we: 'byRegister?',
  hello: 'byRegister', helloAnon: 'byRegister', bye: 'byRegister', salam: 'pair?',
  ordItem: 'text', carrier: 'text', tracking: 'text', lastUpdate: 'text', eta: 'text', shipped: 'text', total: 'text',
  reason: 'text', days: 'pair', daysRange: 'text',
  status: 'status', deliveredOn: 'text', processing: 'text', shippingTime: 'text', noTracking: 'text',
  deliveredHelp: 'text', returnOnArrival: 'text', tellUs: 'text', askOrder: 'text', orderNotFound: 'text', askIfOrdered: 'text',
  addrUnpaid: 'text', addrOpen: 'text', addrPacked: 'text', addrShipped: 'text', addrDelivered: 'text', addrCancelled: 'text',
  cancelSelf: 'text', cancelRequest: 'text', cancelPacked: 'text', cancelShipped: 'text', cancelDelivered: 'text',
  cancelCompleted: 'text', cancelDone: 'text',
  retHow: 'text', retWindow: 'text', retFree: 'text', retNotYet: 'text', retCancelInstead: 'text', retClosed: 'text', retCancelled: 'text',
  cpIntro: 'text', coupon: 'coupon', cpApply: 'text', cpNone: 'text', cpGeneral: 'text', cpTip: 'text',
  payCodYes: 'text', payCodNo: 'text', payInstYes: 'text', payInstNo: 'text', payMethods: 'text', payFailed: 'text',
  greetHi: 'byRegister', greetThanks: 'byRegister',
  holdThanks: 'text', holdSorry: 'text', holdWhen: 'text', holdAsap: 'text', today: 'text', tomorrow: 'text', later: 'text',
  holdPhotos: 'text', holdOrder: 'text',
  dComplaint: 'text', dDamaged: 'text', dHuman: 'text', dOther: 'text',
} as const satisfies Record<keyof LanguagePack, Kind | `${Kind}?`>;

const isText = (v: unknown): v is string => typeof v === 'string';
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function fits(kind: Kind, v: unknown): boolean {
  switch (kind) {
    case 'text':
      return isText(v);
    case 'byRegister':
      return isText(v) || (Array.isArray(v) && (v.length === 2 || v.length === 3) && v.every(isText));
    case 'pair':
      return Array.isArray(v) && v.length === 2 && v.every(isText);
    case 'status':
      return isRecord(v) && ORDER_STATUSES.every((s) => isText(v[s]));
    case 'coupon':
      return isRecord(v) && ['plain', 'code', 'until', 'both'].every((k) => isText(v[k]));
  }
}

const EXPECTED: Record<Kind, string> = {
  text: 'a string',
  byRegister: 'a string or [formal, warm, friendly?]',
  pair: 'two strings',
  status: `a text per order status (${ORDER_STATUSES.join(', ')})`,
  coupon: '{ plain, code, until, both }',
};

/** Checks that `value` is a complete language pack and returns it typed; throws an Error naming the first
 * bad key ("cpIntro: expected a string"). */
export function parseLanguagePack(value: unknown): LanguagePack {
  if (!isRecord(value)) throw new Error('language pack: expected an object');
  for (const [key, spec] of Object.entries(PACK_FIELDS) as Array<[string, string]>) {
    const optional = spec.endsWith('?');
    const kind = spec.replace('?', '') as Kind;
    const v = value[key];
    if (v === undefined && optional) continue;
    if (!fits(kind, v)) throw new Error(`${key}: expected ${EXPECTED[kind]}${v === undefined ? ' (missing)' : ''}`);
  }
  return value as unknown as LanguagePack;
}
