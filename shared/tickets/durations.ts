// Dashboard durations computed from a ticket's append-only timeline, the way chatwoot's reporting events
// record resolution times. `measure(from, to)` decides the unit: elapsed milliseconds by default, or
// business minutes with `(a, b) => businessMinutesBetween(hours, a, b)` from shared/time.
import type { Ticket, TimelineEntry } from './machine';

export type Measure = (from: number, to: number) => number;

export interface TicketDurations {
  openedAt: number | null;
  firstClosedAt: number | null;
  /** The latest close, null while the ticket is open. */
  closedAt: number | null;
  reopenCount: number;
  /** From opening to the first close. */
  toFirstClose: number | null;
  /** From opening to the final close. */
  toClose: number | null;
  /** Time spent open, closed periods excluded, counted up to `at` while open. */
  openTime: number;
}

const elapsed: Measure = (a, b) => b - a;

export function ticketDurations(timeline: readonly TimelineEntry[], at: number, measure: Measure = elapsed): TicketDurations {
  const entries = [...timeline].sort((a, b) => a.at - b.at);
  const openedAt = entries[0]?.at ?? null;
  let firstClosedAt: number | null = null;
  let closedAt: number | null = null;
  let openSince: number | null = openedAt;
  let openTime = 0;
  let reopenCount = 0;
  for (const e of entries) {
    if (e.event === 'reopened') reopenCount++;
    if (e.closed && openSince !== null) {
      openTime += Math.max(0, measure(openSince, e.at));
      openSince = null;
      closedAt = e.at;
      firstClosedAt ??= e.at;
    } else if (!e.closed && openSince === null) {
      openSince = e.at;
      closedAt = null;
    }
  }
  if (openSince !== null && at > openSince) openTime += measure(openSince, at);
  const since = (end: number | null) => (openedAt === null || end === null ? null : Math.max(0, measure(openedAt, end)));
  return { openedAt, firstClosedAt, closedAt, reopenCount, toFirstClose: since(firstClosedAt), toClose: since(closedAt), openTime };
}

/** Opening to (latest) close in milliseconds, or null while open: the simple figure a list shows. */
export function timeToClose(ticket: Ticket): number | null {
  return ticket.closedAt === null ? null : ticket.closedAt - ticket.openedAt;
}
