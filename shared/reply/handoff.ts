// What is written when a person takes over (issue 7): the holding message the buyer gets at once, and the
// draft an agent starts from.
//
// The holding message is honest: it says a person will reply, and WHEN only if the roster says so
// (`nextHumanAt`, shown in the shop's time zone and the buyer's language: "9:00 AM tomorrow"); otherwise
// "as soon as possible". It never promises a refund, a replacement or a time the roster does not hold.
import type { Intent, Sentiment } from '../intents';
import type { OrderFacts } from './facts';
import type { Body } from './answers';
import type { Writer } from './writer';

const ABOUT_AN_ORDER: ReadonlySet<Intent> = new Set([
  'order_status',
  'return_refund',
  'cancel_order',
  'address_change',
  'damaged_wrong_item',
]);

export interface HandoffInput {
  intent: Intent;
  sentiment: Sentiment;
  orderId: string | null;
}

export function holdingBody(w: Writer, u: HandoffInput, order: OrderFacts | null): Body {
  const p = w.pack;
  const sorry = u.sentiment === 'negative' || u.intent === 'complaint' || u.intent === 'damaged_wrong_item';
  const lines = [w.t(sorry ? p.holdSorry : p.holdThanks)];
  const at = w.ctx.nextHumanAt;
  if (at && at.getTime() > w.ctx.now.getTime()) {
    w.use('nextHumanAt');
    const when = w.t(p[w.fmt.dayOffset(at)], { time: w.fmt.time(at), day: w.fmt.day(at) });
    lines.push(w.t(p.holdWhen, { when }));
  } else {
    lines.push(w.t(p.holdAsap));
  }
  if (u.intent === 'damaged_wrong_item') lines.push(w.t(p.holdPhotos));
  if (!order && !u.orderId && ABOUT_AN_ORDER.has(u.intent)) lines.push(w.t(p.holdOrder));
  return { kind: 'answer', lines };
}

/** Drafts for the intents that always go to a person. */
export function draftBody(w: Writer, intent: Intent, order: OrderFacts | null): Body {
  const p = w.pack;
  switch (intent) {
    case 'complaint':
      return { kind: 'answer', lines: [w.t(p.dComplaint)] };
    case 'damaged_wrong_item':
      return { kind: 'answer', lines: [w.t(p.dDamaged, { ord: order ? w.ord(order) : '' })] };
    case 'human_request':
      return { kind: 'answer', lines: [w.t(p.dHuman)], noBye: true };
    default:
      return { kind: 'answer', lines: [w.t(p.dOther)] };
  }
}
