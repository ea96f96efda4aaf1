// Applies the transition tables. Pure: a refused event returns an error value and changes nothing; an
// accepted one returns the new ticket, the timeline entry to append, and which notice the buyer should get.
//
//   open ──▶ … working states … ──▶ closed states (case done, closedAt set)
//                                        │ reopened / escalated, only within the reopen window
//                                        ▼
//                                      open / in_arbitration
import { err, ok, type Result } from '../result';
import { ADDRESS_CHANGE, type AddressChangeState } from './address-change';
import { CANCELLATION, type CancellationState } from './cancellation';
import { REFUND, type RefundState } from './refund';
import { RESEND, type ResendState } from './resend';
import { RETURN_REFUND, type ReturnRefundState } from './return-refund';
import type { KindMachine, NoticeKey, TicketEvent, TicketKind, Transition } from './types';

export interface TicketStates {
  refund: RefundState;
  return_refund: ReturnRefundState;
  resend: ResendState;
  cancellation: CancellationState;
  address_change: AddressChangeState;
}

export const TICKET_MACHINES: { [K in TicketKind]: KindMachine<TicketStates[K]> } = {
  refund: REFUND,
  return_refund: RETURN_REFUND,
  resend: RESEND,
  cancellation: CANCELLATION,
  address_change: ADDRESS_CHANGE,
};

/** How long after closing a ticket may still move (reopen, escalate to arbitration). */
export const DEFAULT_REOPEN_WINDOW_MS = 30 * 86_400_000;

export interface TicketOptions {
  reopenWindowMs?: number;
}

type TicketOf<K extends TicketKind> = {
  id: string;
  kind: K;
  state: TicketStates[K];
  /** Epoch ms. */
  openedAt: number;
  /** When the ticket last entered a closed state; null while it is open. */
  closedAt: number | null;
};
export type Ticket = { [K in TicketKind]: TicketOf<K> }[TicketKind];
export type TicketState = TicketStates[TicketKind];

export interface TimelineEntry {
  ticketId: string;
  kind: TicketKind;
  at: number;
  event: TicketEvent;
  /** null for the 'open' entry that creates the ticket. */
  from: TicketState | null;
  to: TicketState;
  /** The ticket is closed after this step (for metrics from the timeline alone). */
  closed: boolean;
}

export interface TicketStep<T extends Ticket> {
  ticket: T;
  timelineEntry: TimelineEntry;
  buyerNotice: NoticeKey | null;
}

export interface IllegalTransition {
  code: 'illegal_transition';
  message: string;
}

const machine = (kind: TicketKind) => TICKET_MACHINES[kind] as KindMachine<TicketState>;

export function openTicket<K extends TicketKind>(input: { id: string; kind: K; at: number }): { ticket: Extract<Ticket, { kind: K }>; timelineEntry: TimelineEntry } {
  const ticket = { id: input.id, kind: input.kind, state: 'open', openedAt: input.at, closedAt: null } as Extract<Ticket, { kind: K }>;
  return { ticket, timelineEntry: { ticketId: input.id, kind: input.kind, at: input.at, event: 'open', from: null, to: 'open', closed: false } };
}

export function isClosedState(kind: TicketKind, state: string): boolean {
  return machine(kind).closed.includes(state as TicketState);
}

export function isClosed(ticket: Ticket): boolean {
  return isClosedState(ticket.kind, ticket.state);
}

/** Closed and past the reopen window: no event can move it any more. */
export function isTerminal(ticket: Ticket, at: number, options: TicketOptions = {}): boolean {
  return isClosed(ticket) && !withinWindow(ticket, at, options);
}

function withinWindow(ticket: Ticket, at: number, options: TicketOptions): boolean {
  return ticket.closedAt === null || at - ticket.closedAt <= (options.reopenWindowMs ?? DEFAULT_REOPEN_WINDOW_MS);
}

function transitionsFrom(ticket: Ticket, at: number, options: TicketOptions): Transition<TicketState>[] {
  if (isClosed(ticket) && !withinWindow(ticket, at, options)) return [];
  return machine(ticket.kind).transitions.filter((t) => t.from === ticket.state);
}

/** The events the ticket accepts at `at`, in table order. */
export function allowedEvents(ticket: Ticket, at: number, options: TicketOptions = {}): TicketEvent[] {
  return transitionsFrom(ticket, at, options).map((t) => t.event);
}

export function applyTicketEvent<T extends Ticket>(ticket: T, event: TicketEvent, at: number, options: TicketOptions = {}): Result<TicketStep<T>, IllegalTransition> {
  const t = transitionsFrom(ticket, at, options).find((x) => x.event === event);
  if (!t) return err({ code: 'illegal_transition', message: refusal(ticket, event, at, options) });
  const closed = isClosedState(ticket.kind, t.to);
  const next = { ...ticket, state: t.to, closedAt: closed ? at : null } as T;
  return ok({
    ticket: next,
    timelineEntry: { ticketId: ticket.id, kind: ticket.kind, at, event, from: ticket.state, to: t.to, closed },
    buyerNotice: t.notice,
  });
}

function refusal(ticket: Ticket, event: TicketEvent, at: number, options: TicketOptions): string {
  const what = `a ${ticket.kind.replace('_', ' ')} ticket in state '${ticket.state}'`;
  if (isClosed(ticket) && !withinWindow(ticket, at, options)) {
    const days = Math.round((options.reopenWindowMs ?? DEFAULT_REOPEN_WINDOW_MS) / 86_400_000);
    return `${what} was closed more than ${days} days ago and can no longer take '${event}'`;
  }
  const allowed = allowedEvents(ticket, at, options);
  return `${what} cannot take '${event}'; it accepts ${allowed.map((e) => `'${e}'`).join(', ') || 'nothing'}`;
}

/**
 * The one event that moves the ticket straight to `target`, or null (already there, no direct step, or
 * closed for good). Syncing a TikTok status (tiktok-status.ts) applies this event; when TikTok skipped
 * steps there is no direct event, and the caller decides rather than this module inventing history
 * (a replayed 'proposal_sent' would send the buyer an offer that was never made).
 */
export function eventTowards(ticket: Ticket, target: TicketState, at: number, options: TicketOptions = {}): TicketEvent | null {
  if (ticket.state === target) return null;
  return transitionsFrom(ticket, at, options).find((t) => t.to === target && t.event !== 'closed' && t.event !== 'reopened')?.event ?? null;
}
