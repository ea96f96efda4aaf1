// The shape of a language pack. One pack per language, written by someone who writes that language the
// way shops in its markets write to buyers on TikTok Shop chat — not translated word by word from English.
//
// Rules every pack keeps (test/shared/reply checks them):
// - no digits, links, phone numbers or app names: every number in a reply comes from the facts;
// - placeholders: {ord} order number (with the item), {days}, {date}, {time}, {when}, {day}, {carrier},
//   {tn}, {event}, {range}, {reason}, {total}, {shop}, {name}; {you}/{You} and {we}/{We} are the
//   register's words for the buyer and the shop ({You} capitalised, for the start of a sentence);
// - a "no" is always followed by what the buyer can do instead.
import type { OrderStatus } from '../facts';
import type { Register } from '../tone';

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
  coupon: (description: string, code?: string, until?: string) => string;
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

export function pick(text: ByRegister, register: Register): string {
  if (typeof text === 'string') return text;
  return register === 'formal' ? text[0] : register === 'friendly' ? (text[2] ?? text[1]) : text[1];
}
