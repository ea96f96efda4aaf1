import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  applyTicketEvent,
  DEFAULT_REOPEN_WINDOW_MS,
  eventTowards,
  isClosed,
  isTerminal,
  openTicket,
  TICKET_EVENTS,
  TICKET_KINDS,
  TICKET_MACHINES,
  ticketDurations,
  timeToClose,
  type KindMachine,
  type Ticket,
  type TicketEvent,
  type TicketKind,
  type TimelineEntry,
} from '../../../shared/tickets';

const T0 = Date.parse('2026-01-05T09:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function ticketIn(kind: TicketKind, state: string, closedAt: number | null = null): Ticket {
  return { id: 'tkt_1', kind, state, openedAt: T0, closedAt } as Ticket;
}

/** Plays events from a fresh ticket, one hour apart; throws on the first refusal. */
function play(kind: TicketKind, events: TicketEvent[]) {
  const opened = openTicket({ id: 'tkt_1', kind, at: T0 });
  let ticket: Ticket = opened.ticket;
  const timeline: TimelineEntry[] = [opened.timelineEntry];
  const notices: (string | null)[] = [];
  events.forEach((event, i) => {
    const r = applyTicketEvent(ticket, event, T0 + (i + 1) * HOUR);
    if (!r.ok) throw new Error(r.err.message);
    ticket = r.val.ticket;
    timeline.push(r.val.timelineEntry);
    notices.push(r.val.buyerNotice);
  });
  return { ticket, timeline, notices };
}

describe('every allowed transition', () => {
  const rows = TICKET_KINDS.flatMap((kind) => TICKET_MACHINES[kind].transitions.map((t) => [kind, t.from, t.event, t.to, t.notice] as const));

  it.each(rows)('%s: %s --%s--> %s, telling the buyer %s', (kind, from, event, to, notice) => {
    const closedBefore = TICKET_MACHINES[kind].closed.includes(from as never);
    const ticket = ticketIn(kind, from, closedBefore ? T0 + HOUR : null);
    const at = T0 + 2 * HOUR;
    const r = applyTicketEvent(ticket, event, at);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const closedAfter = TICKET_MACHINES[kind].closed.includes(to as never);
    expect(r.val.ticket).toEqual({ ...ticket, state: to, closedAt: closedAfter ? at : null });
    expect(r.val.timelineEntry).toEqual({ ticketId: 'tkt_1', kind, at, event, from, to, closed: closedAfter });
    expect(r.val.buyerNotice).toBe(notice);
  });

  it.each(TICKET_KINDS)('%s: every state is reachable from open, and every open state can reach a close', (kind) => {
    const m: KindMachine = TICKET_MACHINES[kind];
    const reachable = new Set<string>(['open']);
    for (let size = 0; size !== reachable.size; ) {
      size = reachable.size;
      for (const t of m.transitions) if (reachable.has(t.from)) reachable.add(t.to);
    }
    expect([...reachable].sort()).toEqual([...m.states].sort());
    for (const s of m.states) if (!m.closed.includes(s)) expect(m.transitions.some((t) => t.from === s && t.event === 'closed')).toBe(true);
  });

  it('only uses known events and names each state once per kind', () => {
    for (const kind of TICKET_KINDS) {
      const m: KindMachine = TICKET_MACHINES[kind];
      expect(new Set(m.states).size).toBe(m.states.length);
      for (const t of m.transitions) {
        expect(TICKET_EVENTS).toContain(t.event);
        expect(m.states).toContain(t.from);
        expect(m.states).toContain(t.to);
      }
      const keys = m.transitions.map((t) => `${t.from} ${t.event}`);
      expect(new Set(keys).size, `${kind} has a duplicate (from, event)`).toBe(keys.length);
    }
  });
});

describe('whole cases', () => {
  it.each<[string, TicketKind, TicketEvent[], string, (string | null)[]]>([
    ['refund only', 'refund', ['request_sent', 'approved', 'refunded'], 'refunded', ['refund_requested', 'refund_approved', 'refund_issued']],
    ['a partial refund offer the buyer accepts', 'refund', ['request_sent', 'proposal_sent', 'approved', 'refunded'], 'refunded', ['refund_requested', 'alternative_offered', 'refund_approved', 'refund_issued']],
    ['a rejected refund won by the buyer in arbitration', 'refund', ['request_sent', 'rejected', 'escalated', 'ruled_for_buyer', 'refunded'], 'refunded', ['refund_requested', 'refund_rejected', null, 'refund_approved', 'refund_issued']],
    [
      'a return with inspection',
      'return_refund',
      ['request_sent', 'approved', 'buyer_shipped', 'parcel_received', 'approved', 'refunded'],
      'refunded',
      ['return_requested', 'return_approved', null, 'return_received', 'refund_approved', 'refund_issued'],
    ],
    ['a returned parcel the seller rejects', 'return_refund', ['request_sent', 'approved', 'buyer_shipped', 'parcel_received', 'rejected'], 'package_rejected', ['return_requested', 'return_approved', null, 'return_received', 'package_rejected']],
    ['a replacement shipped and delivered', 'resend', ['request_sent', 'approved', 'resend_shipped', 'delivered'], 'delivered', ['resend_requested', 'resend_approved', 'resend_shipped', 'resend_delivered']],
    ['a missing item resent on our own', 'resend', ['approved', 'resend_shipped', 'delivered'], 'delivered', ['resend_approved', 'resend_shipped', 'resend_delivered']],
    ['a buyer cancellation approved and refunded', 'cancellation', ['request_sent', 'approved', 'refunded'], 'refunded', ['cancellation_requested', 'order_cancelled', 'refund_issued']],
    ['a cancellation refused because the parcel left', 'cancellation', ['request_sent', 'rejected'], 'rejected', ['cancellation_requested', 'cancellation_rejected']],
    ['an address change done by the buyer', 'address_change', ['request_sent', 'address_updated'], 'updated', ['address_change_requested', 'address_updated']],
    ['a case an agent closes and reopens', 'address_change', ['closed', 'reopened', 'address_updated'], 'updated', [null, null, 'address_updated']],
  ])('%s', (_, kind, events, finalState, notices) => {
    const r = play(kind, events);
    expect(r.ticket.state).toBe(finalState);
    expect(r.notices).toEqual(notices);
    expect(isClosed(r.ticket)).toBe(true);
    expect(r.timeline.map((e) => e.event)).toEqual(['open', ...events]);
  });
});

describe('illegal transitions', () => {
  it.each<[TicketKind, string, TicketEvent]>([
    ['refund', 'open', 'approved'],
    ['refund', 'open', 'refunded'],
    ['refund', 'requested', 'buyer_shipped'],
    ['refund', 'refund_approved', 'rejected'],
    ['refund', 'refunded', 'refunded'],
    ['refund', 'withdrawn', 'approved'],
    ['return_refund', 'requested', 'buyer_shipped'],
    ['return_refund', 'awaiting_buyer_ship', 'refunded'],
    ['return_refund', 'buyer_shipped', 'withdrawn'],
    ['return_refund', 'refunded', 'parcel_received'],
    ['return_refund', 'open', 'parcel_received'],
    ['resend', 'requested', 'resend_shipped'],
    ['resend', 'approved', 'delivered'],
    ['resend', 'delivered', 'resend_shipped'],
    ['resend', 'open', 'buyer_shipped'],
    ['cancellation', 'open', 'approved'],
    ['cancellation', 'requested', 'refunded'],
    ['cancellation', 'refunded', 'cancelled'],
    ['cancellation', 'cancelled', 'rejected'],
    ['address_change', 'updated', 'address_updated'],
    ['address_change', 'open', 'approved'],
    ['address_change', 'requested', 'refunded'],
    ['address_change', 'open', 'reopened'],
  ])('%s: %s does not take %s, and nothing changes', (kind, state, event) => {
    const ticket = Object.freeze(ticketIn(kind, state, TICKET_MACHINES[kind].closed.includes(state as never) ? T0 : null));
    const before = structuredClone(ticket);
    const r = applyTicketEvent(ticket, event, T0 + HOUR);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.err.code).toBe('illegal_transition');
      expect(r.err.message).toContain(`in state '${state}' cannot take '${event}'`);
    }
    expect(ticket).toEqual(before);
  });

  it('says which events the ticket accepts instead', () => {
    const r = applyTicketEvent(ticketIn('cancellation', 'requested'), 'refunded', T0);
    expect(!r.ok && r.err.message).toBe(
      "a cancellation ticket in state 'requested' cannot take 'refunded'; it accepts 'approved', 'rejected', 'withdrawn', 'closed'",
    );
  });
});

describe('closing and reopening', () => {
  it('sets closedAt on closing and clears it on reopening', () => {
    const closed = applyTicketEvent(ticketIn('refund', 'requested'), 'closed', T0 + HOUR);
    expect(closed.ok && closed.val.ticket).toMatchObject({ state: 'closed', closedAt: T0 + HOUR });
    const reopened = closed.ok ? applyTicketEvent(closed.val.ticket, 'reopened', T0 + 2 * HOUR) : null;
    expect(reopened?.ok && reopened.val.ticket).toMatchObject({ state: 'open', closedAt: null });
  });

  it.each([
    ['a day after closing', DAY, true],
    ['on the last moment of the window', DEFAULT_REOPEN_WINDOW_MS, true],
    ['after the window', DEFAULT_REOPEN_WINDOW_MS + 1, false],
  ])('a closed ticket can be reopened %s: %s', (_, after, expected) => {
    const ticket = ticketIn('return_refund', 'refunded', T0);
    expect(applyTicketEvent(ticket, 'reopened', T0 + after).ok).toBe(expected);
    expect(isTerminal(ticket, T0 + after)).toBe(!expected);
    expect(allowedEvents(ticket, T0 + after)).toEqual(expected ? ['reopened'] : []);
  });

  it('takes a shorter window per shop and explains a late reopen', () => {
    const ticket = ticketIn('resend', 'delivered', T0);
    const r = applyTicketEvent(ticket, 'reopened', T0 + 8 * DAY, { reopenWindowMs: 7 * DAY });
    expect(!r.ok && r.err.message).toBe("a resend ticket in state 'delivered' was closed more than 7 days ago and can no longer take 'reopened'");
  });

  it('lets a rejected request go to arbitration only within the window', () => {
    const ticket = ticketIn('refund', 'rejected', T0);
    expect(allowedEvents(ticket, T0 + DAY)).toEqual(['escalated', 'reopened']);
    expect(applyTicketEvent(ticket, 'escalated', T0 + 40 * DAY).ok).toBe(false);
  });

  it('never calls an open ticket terminal', () => {
    expect(isTerminal(ticketIn('refund', 'requested'), T0 + 400 * DAY)).toBe(false);
  });
});

describe('allowedEvents', () => {
  it.each<[TicketKind, string, TicketEvent[]]>([
    ['refund', 'open', ['request_sent', 'closed']],
    ['refund', 'requested', ['approved', 'rejected', 'proposal_sent', 'withdrawn', 'closed']],
    ['return_refund', 'buyer_shipped', ['parcel_received', 'approved', 'rejected', 'closed']],
    ['resend', 'approved', ['resend_shipped', 'refunded', 'closed']],
    ['cancellation', 'open', ['request_sent', 'cancelled', 'rejected', 'closed']],
    ['address_change', 'requested', ['address_updated', 'rejected', 'closed']],
  ])('%s in %s accepts %j', (kind, state, events) => {
    expect(allowedEvents(ticketIn(kind, state), T0)).toEqual(events);
  });
});

describe('eventTowards', () => {
  it.each<[TicketKind, string, string, TicketEvent | null]>([
    ['return_refund', 'requested', 'awaiting_buyer_ship', 'approved'],
    ['return_refund', 'buyer_shipped', 'package_rejected', 'rejected'],
    ['return_refund', 'parcel_received', 'refund_approved', 'approved'],
    ['return_refund', 'requested', 'requested', null],
    ['return_refund', 'open', 'buyer_shipped', null],
    ['resend', 'open', 'approved', 'approved'],
    ['cancellation', 'requested', 'cancelled', 'approved'],
    ['cancellation', 'requested', 'withdrawn', 'withdrawn'],
    ['refund', 'rejected', 'in_arbitration', 'escalated'],
    ['refund', 'requested', 'closed', null],
  ])('%s from %s to %s is %s', (kind, from, to, event) => {
    const closed = TICKET_MACHINES[kind].closed.includes(from as never) ? T0 : null;
    expect(eventTowards(ticketIn(kind, from, closed), to as never, T0 + HOUR)).toBe(event);
  });
});

describe('durations', () => {
  it('measures time to first and final close and time spent open across a reopen', () => {
    // open 0h, request 1h, closed 3h, reopened 27h, address updated 29h
    const entries: TimelineEntry[] = [
      { ticketId: 't', kind: 'address_change', at: T0, event: 'open', from: null, to: 'open', closed: false },
      { ticketId: 't', kind: 'address_change', at: T0 + HOUR, event: 'request_sent', from: 'open', to: 'requested', closed: false },
      { ticketId: 't', kind: 'address_change', at: T0 + 3 * HOUR, event: 'closed', from: 'requested', to: 'closed', closed: true },
      { ticketId: 't', kind: 'address_change', at: T0 + 27 * HOUR, event: 'reopened', from: 'closed', to: 'open', closed: false },
      { ticketId: 't', kind: 'address_change', at: T0 + 29 * HOUR, event: 'address_updated', from: 'open', to: 'updated', closed: true },
    ];
    expect(ticketDurations([...entries].reverse(), T0 + 100 * HOUR)).toEqual({
      openedAt: T0,
      firstClosedAt: T0 + 3 * HOUR,
      closedAt: T0 + 29 * HOUR,
      reopenCount: 1,
      toFirstClose: 3 * HOUR,
      toClose: 29 * HOUR,
      openTime: 5 * HOUR,
    });
    const stillOpen = ticketDurations(entries.slice(0, 4), T0 + 30 * HOUR);
    expect(stillOpen).toMatchObject({ closedAt: null, toClose: null, openTime: 6 * HOUR, reopenCount: 1 });
  });

  it('measures in any unit the caller gives, such as business minutes', () => {
    const { timeline } = play('refund', ['request_sent', 'approved', 'refunded']);
    const hoursOnly = (a: number, b: number) => (b - a) / HOUR;
    expect(ticketDurations(timeline, T0, hoursOnly)).toMatchObject({ toClose: 3, toFirstClose: 3, openTime: 3 });
  });

  it('gives the simple time to close of a ticket', () => {
    expect(timeToClose(play('cancellation', ['request_sent', 'rejected']).ticket)).toBe(2 * HOUR);
    expect(timeToClose(play('cancellation', ['request_sent']).ticket)).toBeNull();
    expect(ticketDurations([], T0)).toMatchObject({ openedAt: null, toClose: null, openTime: 0 });
  });
});
