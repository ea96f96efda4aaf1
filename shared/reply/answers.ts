// The body of an automatic answer, one function per routine intent. Each line is a template filled only
// with facts from the context; a fact that is missing leaves its line out. What the buyer can do depends
// on the order status (§8.4), so each intent is a small table over it:
//
//   status               address change        cancel                 return / refund
//   UNPAID               cancel and re-order   cancel yourself        not delivered yet (+ cancel instead)
//   ON_HOLD              edit it, or re-order  cancel yourself        not delivered yet (+ cancel instead)
//   AWAITING_SHIPMENT    edit it, or re-order  request cancellation   not delivered yet (+ cancel instead)
//   AWAITING_COLLECTION  try cancel, courier   try cancel, or return  not delivered yet
//   PARTIALLY_SHIPPING   courier help          return on arrival      not delivered yet
//   IN_TRANSIT           courier help          return on arrival      not delivered yet
//   DELIVERED            tell us, we check     return instead         how to return
//   COMPLETED            tell us, we check     tell us, we help       window closed, tell us
//   CANCELLED            order again           nothing to do          refund question → tell us
import type { KnowledgeHit, OrderFacts, OrderStatus } from './facts';
import type { Language } from '../markets';
import { couponLine } from './pack';
import { clip, scrubText } from './safe-text';
import { fill, type Writer } from './writer';

export interface Body {
  kind: 'answer' | 'ask_order_id';
  lines: string[];
  knowledgeId?: string | null;
  /** Replaces the greeting line (a reply to "Assalamualaikum"). */
  hello?: string;
  noBye?: boolean;
}

const KB_MAX = 600;
const CODE = /^[A-Za-z0-9_-]{2,40}$/;
const SHIPPED: ReadonlySet<OrderStatus> = new Set(['PARTIALLY_SHIPPING', 'IN_TRANSIT']);
const NOT_YET_SHIPPED: ReadonlySet<OrderStatus> = new Set(['UNPAID', 'ON_HOLD', 'AWAITING_SHIPMENT']);
const ARRIVED_OR_DONE: ReadonlySet<OrderStatus> = new Set(['DELIVERED', 'COMPLETED', 'CANCELLED']);

export function askOrderId(w: Writer, orderIdGiven: boolean): Body {
  return { kind: 'ask_order_id', lines: [w.t(orderIdGiven ? w.pack.orderNotFound : w.pack.askOrder)] };
}

function statusLine(w: Writer, o: OrderFacts): string {
  w.use('order.status');
  if ((o.status === 'DELIVERED' || o.status === 'COMPLETED') && o.deliveredAt) {
    w.use('order.deliveredAt');
    return w.t(w.pack.deliveredOn, { ord: w.ord(o), date: w.fmt.date(o.deliveredAt) });
  }
  return w.t(w.pack.status[o.status], { ord: w.ord(o) });
}

function trackingLines(w: Writer, o: OrderFacts, withEvent: boolean): string[] {
  const lines: string[] = [];
  const carrier = o.carrier ? scrubText(o.carrier) : '';
  if (carrier) {
    w.use('order.carrier');
    lines.push(w.t(w.pack.carrier, { carrier }));
  }
  if (o.trackingNumber && CODE.test(o.trackingNumber)) {
    w.use('order.trackingNumber');
    lines.push(w.t(w.pack.tracking, { tn: o.trackingNumber }));
  }
  const event = withEvent && o.lastTrackingEvent ? scrubText(o.lastTrackingEvent.description) : '';
  if (event && o.lastTrackingEvent) {
    w.use('order.lastTrackingEvent');
    const at = o.lastTrackingEvent.at;
    lines.push(w.t(w.pack.lastUpdate, { date: `${w.fmt.date(at)} ${w.fmt.time(at)}`, event: clip(event, 200) }));
  }
  return lines;
}

function daysRange(w: Writer, min: number, max: number): string {
  return min === max ? w.days(min) : fill(w.pack.daysRange, { min: String(min), max: String(max) });
}

function processingLine(w: Writer): string[] {
  const n = w.ctx.policies.processingDays;
  if (n === undefined) return [];
  w.use('policies.processingDays');
  return [w.t(w.pack.processing, { days: w.days(n) })];
}

function shippingTimeLine(w: Writer): string[] {
  const s = w.ctx.policies.shippingDays;
  if (!s) return [];
  w.use('policies.shippingDays');
  return [w.t(w.pack.shippingTime, { days: daysRange(w, s.min, s.max) })];
}

function etaLine(w: Writer, o: OrderFacts): string[] {
  if (!o.estimatedDelivery || ARRIVED_OR_DONE.has(o.status)) return [];
  w.use('order.estimatedDelivery');
  return [w.t(w.pack.eta, { range: w.fmt.dateRange(o.estimatedDelivery.from, o.estimatedDelivery.to) })];
}

function returnPolicyLines(w: Writer): string[] {
  const { returnWindowDays: days, freeReturns } = w.ctx.policies;
  const lines: string[] = [];
  if (days !== undefined) {
    w.use('policies.returnWindowDays');
    lines.push(w.t(w.pack.retWindow, { days: w.days(days) }));
  }
  if (freeReturns === true) {
    w.use('policies.freeReturns');
    lines.push(w.t(w.pack.retFree));
  }
  return lines;
}

function reasonLine(w: Writer, o: OrderFacts): string[] {
  const reason = o.cancelReason ? scrubText(o.cancelReason) : '';
  if (!reason) return [];
  w.use('order.cancelReason');
  return [w.t(w.pack.reason, { reason: clip(reason, 120) })];
}

/** The best knowledge hit for the reply language: same language, then unlabelled, then any. */
export function pickKnowledge(hits: KnowledgeHit[] | undefined, language: Language): KnowledgeHit | null {
  const usable = (hits ?? []).filter((h) => scrubText(h.body) !== '');
  return usable.find((h) => h.language === language) ?? usable.find((h) => !h.language) ?? usable[0] ?? null;
}

function knowledge(w: Writer, language: Language): { line: string; id: string } | null {
  const hit = pickKnowledge(w.ctx.knowledge, language);
  if (!hit) return null;
  w.use(`kb:${hit.id}`);
  return { line: clip(scrubText(hit.body), KB_MAX), id: hit.id };
}

export function answerOrderStatus(w: Writer, o: OrderFacts | null, orderId: string | null): Body {
  if (!o) {
    const general = [...processingLine(w), ...shippingTimeLine(w)];
    if (orderId || (w.ctx.buyerOrders?.length ?? 0) > 0 || general.length === 0) return askOrderId(w, !!orderId);
    return { kind: 'answer', lines: [...general, w.t(w.pack.askIfOrdered)] };
  }
  const lines = [statusLine(w, o)];
  switch (o.status) {
    case 'UNPAID':
      if (o.total) {
        w.use('order.total');
        lines.push(w.t(w.pack.total, { total: w.fmt.money(o.total.amount, o.total.currency) }));
      }
      break;
    case 'ON_HOLD':
    case 'AWAITING_SHIPMENT':
      lines.push(...processingLine(w));
      break;
    case 'AWAITING_COLLECTION':
      lines.push(...trackingLines(w, o, false));
      if (!o.trackingNumber) lines.push(w.t(w.pack.noTracking));
      break;
    case 'PARTIALLY_SHIPPING':
    case 'IN_TRANSIT':
      if (o.shippedAt) {
        w.use('order.shippedAt');
        lines.push(w.t(w.pack.shipped, { date: w.fmt.date(o.shippedAt) }));
      }
      lines.push(...trackingLines(w, o, true));
      if (!o.estimatedDelivery) lines.push(...shippingTimeLine(w));
      break;
    case 'DELIVERED':
      lines.push(w.t(w.pack.deliveredHelp));
      break;
    case 'CANCELLED':
      lines.push(...reasonLine(w, o));
      break;
    case 'COMPLETED':
      break;
  }
  lines.push(...etaLine(w, o));
  return { kind: 'answer', lines };
}

export function answerAddressChange(w: Writer, o: OrderFacts | null, orderId: string | null): Body {
  if (!o) return askOrderId(w, !!orderId);
  w.use('order.status');
  const ord = w.ord(o);
  const p = w.pack;
  if (SHIPPED.has(o.status)) return { kind: 'answer', lines: [w.t(p.addrShipped, { ord }), ...trackingLines(w, o, false)] };
  const key =
    o.status === 'UNPAID' ? p.addrUnpaid
    : NOT_YET_SHIPPED.has(o.status) ? p.addrOpen
    : o.status === 'AWAITING_COLLECTION' ? p.addrPacked
    : o.status === 'CANCELLED' ? p.addrCancelled
    : p.addrDelivered;
  return { kind: 'answer', lines: [w.t(key, { ord }), ...(key === p.addrDelivered ? [w.t(p.deliveredHelp)] : [])] };
}

export function answerCancel(w: Writer, o: OrderFacts | null, orderId: string | null): Body {
  if (!o) return askOrderId(w, !!orderId);
  w.use('order.status');
  const ord = w.ord(o);
  const p = w.pack;
  switch (o.status) {
    case 'UNPAID':
    case 'ON_HOLD':
      return { kind: 'answer', lines: [w.t(p.cancelSelf, { ord })] };
    case 'AWAITING_SHIPMENT':
      return { kind: 'answer', lines: [w.t(p.cancelRequest, { ord })] };
    case 'AWAITING_COLLECTION':
      return { kind: 'answer', lines: [w.t(p.cancelPacked, { ord })] };
    case 'PARTIALLY_SHIPPING':
    case 'IN_TRANSIT':
      return { kind: 'answer', lines: [w.t(p.cancelShipped, { ord }), w.t(p.returnOnArrival), ...returnPolicyLines(w)] };
    case 'DELIVERED':
      return { kind: 'answer', lines: [w.t(p.cancelDelivered, { ord }), ...returnPolicyLines(w)] };
    case 'COMPLETED':
      return { kind: 'answer', lines: [w.t(p.cancelCompleted, { ord }), w.t(p.tellUs)] };
    case 'CANCELLED':
      return { kind: 'answer', lines: [w.t(p.cancelDone, { ord }), ...reasonLine(w, o)] };
  }
}

export function answerReturn(w: Writer, o: OrderFacts | null, language: Language): Body {
  const p = w.pack;
  if (!o || o.status === 'DELIVERED') {
    const policy = returnPolicyLines(w);
    // With no policy facts, a knowledge-base article on returns (if the caller found one) says more.
    const kb = policy.length === 0 ? knowledge(w, language) : null;
    const lines = [...(o ? [statusLine(w, o)] : []), w.t(p.retHow), ...policy, ...(kb ? [kb.line] : [])];
    return { kind: 'answer', lines, knowledgeId: kb?.id ?? null };
  }
  w.use('order.status');
  const ord = w.ord(o);
  if (o.status === 'COMPLETED') return { kind: 'answer', lines: [w.t(p.retClosed, { ord }), w.t(p.tellUs)] };
  if (o.status === 'CANCELLED') return { kind: 'answer', lines: [w.t(p.retCancelled, { ord })] };
  const instead = NOT_YET_SHIPPED.has(o.status) ? [w.t(p.retCancelInstead)] : [];
  return { kind: 'answer', lines: [w.t(p.retNotYet, { ord }), w.t(p.returnOnArrival), ...instead, ...returnPolicyLines(w)] };
}

export function answerCoupon(w: Writer, language: Language): Body {
  const p = w.pack;
  const coupons = w.ctx.policies.activeCoupons;
  if (coupons === undefined) {
    const kb = knowledge(w, language);
    return { kind: 'answer', lines: [...(kb ? [kb.line] : [w.t(p.cpGeneral)]), w.t(p.cpTip)], knowledgeId: kb?.id ?? null };
  }
  w.use('policies.activeCoupons');
  const now = w.ctx.now.getTime();
  const active = coupons.filter((c) => !c.endsAt || c.endsAt.getTime() > now).slice(0, 5);
  if (active.length === 0) return { kind: 'answer', lines: [w.t(p.cpNone)] };
  const items = active.map((c) =>
    couponLine(
      p.coupon,
      clip(scrubText(c.description), 120),
      c.code && CODE.test(c.code) ? c.code : undefined,
      c.endsAt ? w.fmt.date(c.endsAt) : undefined,
    ),
  );
  return { kind: 'answer', lines: [w.t(p.cpIntro), ...items, w.t(p.cpApply)] };
}

const orElse = (lines: string[], fallback: () => string[]) => (lines.length > 0 ? lines : fallback());

const COD = /\bcod\b|cash on delivery|contra ?entrega|bayar di tempat|bayar tunai|thanh to[aá]n khi nh[aậ]n|货到付款|到付|เก็บเงินปลายทาง|ปลายทาง/i;
const INSTALLMENTS = /instal+ments?|\bcicil|ansuran|tr[aả] g[oó]p|分期|ผ่อน|hulugan|a plazos|meses sin intereses|pay ?later/i;
const FAILED =
  /fail|declin|didn'?t go through|gagal|tidak berhasil|tak berjaya|ไม่สำเร็จ|ไม่ผ่าน|失败|付不了|không thành công|thất bại|lỗi thanh toán|hindi (?:po )?(?:pumasok|natuloy)|rechaz|no (?:pasa|pasó|se pudo)/i;

export function answerPayment(w: Writer, buyerText: string | undefined): Body {
  const p = w.pack;
  const { cod, installments } = w.ctx.policies;
  const codLine = () => {
    if (cod === undefined) return [];
    w.use('policies.cod');
    return [w.t(cod ? p.payCodYes : p.payCodNo)];
  };
  const instLine = () => {
    if (installments === undefined) return [];
    w.use('policies.installments');
    return [w.t(installments ? p.payInstYes : p.payInstNo)];
  };
  const text = buyerText ?? '';
  const methods = () => [w.t(p.payMethods)];
  let lines: string[];
  if (COD.test(text)) lines = orElse(codLine(), methods);
  else if (INSTALLMENTS.test(text)) lines = orElse(instLine(), methods);
  else if (FAILED.test(text)) lines = [w.t(p.payFailed)];
  // Topic unknown: every payment fact the shop gave, and the failed-payment how-to when there is no text.
  else lines = [...orElse([...codLine(), ...instLine()], methods), ...(buyerText ? [] : [w.t(p.payFailed)])];
  return { kind: 'answer', lines };
}

const SALAM = /\bas+alam+u?\s*'?\s*alaikum|\bsalam\b|\bass?alamualaikum/i;

export function answerGreeting(w: Writer, positive: boolean, buyerText: string | undefined, name: string | null): Body {
  const p = w.pack;
  const hello = p.salam && buyerText && SALAM.test(buyerText) ? w.t(name ? p.salam[0] : p.salam[1], { name: name ?? '' }) : undefined;
  return { kind: 'answer', lines: [w.t(positive ? p.greetThanks : p.greetHi)], hello, noBye: w.register !== 'formal' };
}

export function answerProduct(w: Writer, language: Language): Body | null {
  const kb = knowledge(w, language);
  return kb ? { kind: 'answer', lines: [kb.line], knowledgeId: kb.id } : null;
}
