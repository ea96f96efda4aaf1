// Hand-built conversation histories and the shops they belong to, for the metrics tests.
import { expect } from 'vitest';
import {
  computeMetrics,
  metricsFromRollup,
  rebuildRollup,
  type ConversationHistory,
  type DashboardMetrics,
  type Dims,
  type HistoryEvent,
  type MetricSettings,
  type MetricsInput,
  type MetricsQuery,
  type TicketHistory,
} from '../../../shared/metrics';
import { applyTicketEvent, openTicket, type Ticket, type TicketEvent, type TimelineEntry } from '../../../shared/tickets';
import type { BusinessHours } from '../../../shared/time';

export const utc = (iso: string) => Date.parse(iso);
export const SECOND = 1000;
export const MINUTE = 60_000;
export const HOUR = 3_600_000;

const weekdays = (start: string, end: string) => (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, start, end }));

/** Jakarta (UTC+7, no DST) and New York (DST on 2026-03-08), both open 09:00–17:00 on weekdays. */
export const jakartaHours: BusinessHours = { timeZone: 'Asia/Jakarta', open: weekdays('09:00', '17:00') };
export const newYorkHours: BusinessHours = { timeZone: 'America/New_York', open: weekdays('09:00', '17:00') };

export const ID_SHOP: Dims = { shopId: 'shop_id', market: 'ID', language: 'id', intent: 'order_status' };
export const US_SHOP: Dims = { shopId: 'shop_us', market: 'US', language: 'en', intent: 'return_refund' };

export const settings: MetricSettings = {
  shops: {
    shop_id: { timeZone: 'Asia/Jakarta', hours: jakartaHours },
    shop_us: { timeZone: 'America/New_York', hours: newYorkHours },
  },
};

export const withWeekendRule: MetricSettings = {
  shops: { ...settings.shops, shop_us: { ...settings.shops!['shop_us'], responseClock: { usWeekendRule: true } } },
};

export const ALL_OF_2026: MetricsQuery = { from: '2026-01-01', to: '2026-12-31' };

export const buyer = (at: string, text = 'where is my order?'): HistoryEvent => ({ type: 'message', at: utc(at), sender: 'buyer', text });
export const ai = (at: string, text = 'Your order is on its way.'): HistoryEvent => ({ type: 'message', at: utc(at), sender: 'ai', text, replyKind: 'answer' });
export const holding = (at: string): HistoryEvent => ({ type: 'message', at: utc(at), sender: 'ai', text: 'A person will reply from 09:00.', replyKind: 'holding' });
export const agent = (at: string, authorId = 'u_ana', text = 'Let me check that for you.', aiDraft?: string): HistoryEvent => ({
  type: 'message',
  at: utc(at),
  sender: 'agent',
  authorId,
  text,
  ...(aiDraft === undefined ? {} : { aiDraft }),
});
export const seller = (at: string, text = 'Thanks!'): HistoryEvent => ({ type: 'message', at: utc(at), sender: 'seller', authorId: 'u_owner', text });
export const system = (at: string): HistoryEvent => ({ type: 'message', at: utc(at), sender: 'system', text: 'The buyer rated the chat.' });
export const handoff = (at: string): HistoryEvent => ({ type: 'handoff', at: utc(at) });
export const resolved = (at: string, agentId: string | null = null): HistoryEvent => ({ type: 'resolved', at: utc(at), agentId });

let n = 0;
export function conversation(dims: Dims, ...events: HistoryEvent[]): ConversationHistory {
  return { id: `conv_${++n}`, ...dims, events };
}

/**
 * The metrics computed directly, after checking that the rollup path gives exactly the same: every test
 * that measures through here is also a rollup-versus-direct test.
 */
export function measure(input: MetricsInput, now: number, query: MetricsQuery = ALL_OF_2026, s: MetricSettings = settings): DashboardMetrics {
  const direct = computeMetrics(input, query, now, s);
  expect(metricsFromRollup(rebuildRollup(input, now, s), query)).toEqual(direct);
  return direct;
}

/** A ticket opened at `openedAt` and moved by each [event, at] in turn. */
export function ticket(dims: Dims, openedAt: string, steps: [TicketEvent, string][], agentId: string | null = 'u_ana'): TicketHistory {
  const opened = openTicket({ id: `tkt_${++n}`, kind: 'refund', at: utc(openedAt) });
  let current = opened.ticket as Ticket;
  const timeline: TimelineEntry[] = [opened.timelineEntry];
  for (const [event, at] of steps) {
    const r = applyTicketEvent(current, event, utc(at));
    if (!r.ok) throw new Error(r.err.message);
    current = r.val.ticket;
    timeline.push(r.val.timelineEntry);
  }
  return { id: current.id, ...dims, agentId, timeline };
}
