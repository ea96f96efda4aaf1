// The TikTok side of a ticket: finding the return or cancellation it follows, reading its status, and the
// seller decisions an agent's event makes on TikTok (approve/reject) before the ticket moves.
import { and, eq, or } from 'drizzle-orm';
import { err, ok, type Result } from '../../shared/result';
import type { TicketEvent, TicketKind } from '../../shared/tickets/types';
import { fromTikTokCancelStatus, fromTikTokReturnStatus } from '../../shared/tickets/tiktok-status';
import type { AppDeps } from '../deps';
import { ShopNotConnected, shopSession } from '../connector/shop-session';
import { tickets } from '../db/schema';
import type { Db } from '../db/types';
import type { TikTokError } from '../tiktok/errors';
import type { ShopAuth } from '../tiktok/transport';
import { withTokenRefresh } from '../tiktok/token-refresh';
import type { ShopRow, TicketRow } from './store';

type Deps = Pick<AppDeps, 'secrets' | 'clock' | 'tiktok' | 'log'>;

/** A TikTok call with the shop's session; a shop without a live authorisation is an 'auth' error. */
export async function onTikTok<T>(deps: Deps, db: Db, shop: ShopRow, call: (auth: ShopAuth) => Promise<Result<T, TikTokError>>): Promise<Result<T, TikTokError>> {
  try {
    return await withTokenRefresh(shopSession(deps, db, shop), call);
  } catch (e) {
    if (e instanceof ShopNotConnected) return err({ kind: 'auth', code: null, message: e.message, requestId: null, retryable: false, status: null });
    throw e;
  }
}

const RETURN_TYPE: Partial<Record<TicketKind, string>> = { refund: 'REFUND', return_refund: 'RETURN_AND_REFUND', resend: 'REPLACEMENT' };

/** Kinds with a TikTok case to follow. */
export const followsTikTok = (kind: TicketKind) => kind === 'cancellation' || kind in RETURN_TYPE;

/**
 * The newest TikTok return (of the ticket's type) or cancellation of the ticket's order that no other
 * ticket of the organisation follows yet; null when there is none (yet).
 */
export async function findCase(deps: Deps, db: Db, shop: ShopRow, row: TicketRow): Promise<Result<{ tiktokReturnId?: string; tiktokCancelId?: string } | null, TikTokError>> {
  if (!row.orderId || !followsTikTok(row.kind)) return ok(null);
  const page = { pageSize: 10, sortField: 'create_time', sortOrder: 'DESC' } as const;
  const cancel = row.kind === 'cancellation';
  const found = cancel
    ? await onTikTok(deps, db, shop, (a) => deps.tiktok.searchCancellations(a, { order_ids: [row.orderId!] }, page))
    : await onTikTok(deps, db, shop, (a) => deps.tiktok.searchReturns(a, { order_ids: [row.orderId!], return_types: [RETURN_TYPE[row.kind]!] }, page));
  if (!found.ok) return found;
  const ids = cancel ? (found.val as { cancellations: { cancel_id: string }[] }).cancellations.map((x) => x.cancel_id) : (found.val as { return_orders: { return_id: string }[] }).return_orders.map((x) => x.return_id);
  for (const id of ids) {
    const [taken] = await db
      .select({ id: tickets.id })
      .from(tickets)
      .where(and(eq(tickets.orgId, row.orgId), or(eq(tickets.tiktokReturnId, id), eq(tickets.tiktokCancelId, id))))
      .limit(1);
    if (!taken) return ok(cancel ? { tiktokCancelId: id } : { tiktokReturnId: id });
  }
  return ok(null);
}

/** TikTok's status of the linked case (arbitration in progress shown as such) and the ticket state it means. */
export async function caseStatus(deps: Deps, db: Db, shop: ShopRow, row: TicketRow): Promise<Result<{ status: string; state: string | null } | null, TikTokError>> {
  if (row.tiktokCancelId) {
    const r = await onTikTok(deps, db, shop, (a) => deps.tiktok.searchCancellations(a, { cancel_ids: [row.tiktokCancelId!] }, { pageSize: 1 }));
    if (!r.ok) return r;
    const x = r.val.cancellations[0];
    return ok(x ? { status: x.cancel_status, state: fromTikTokCancelStatus(x.cancel_status) } : null);
  }
  if (!row.tiktokReturnId) return ok(null);
  const r = await onTikTok(deps, db, shop, (a) => deps.tiktok.searchReturns(a, { return_ids: [row.tiktokReturnId!] }, { pageSize: 1 }));
  if (!r.ok) return r;
  const x = r.val.return_orders[0];
  if (!x) return ok(null);
  const mapped = fromTikTokReturnStatus(x.return_status, x.return_type, x.arbitration_status);
  const status = x.arbitration_status?.toUpperCase() === 'IN_PROGRESS' ? 'ARBITRATION_IN_PROGRESS' : x.return_status;
  return ok({ status, state: mapped?.kind === row.kind ? mapped.state : null });
}

// The seller decisions AskChat makes on TikTok: "kind state event" → TikTok's decision.
const DECISIONS: Record<string, string> = {
  'refund requested approved': 'APPROVE_REFUND',
  'refund requested rejected': 'REJECT_REFUND',
  'return_refund requested approved': 'APPROVE_RETURN',
  'return_refund requested rejected': 'REJECT_RETURN',
  'return_refund buyer_shipped approved': 'APPROVE_RECEIVED_PACKAGE',
  'return_refund parcel_received approved': 'APPROVE_RECEIVED_PACKAGE',
  'return_refund buyer_shipped rejected': 'REJECT_RECEIVED_PACKAGE',
  'return_refund parcel_received rejected': 'REJECT_RECEIVED_PACKAGE',
  'resend requested approved': 'APPROVE_REPLACEMENT',
  'resend requested rejected': 'REJECT_REPLACEMENT',
  'resend requested refunded': 'ISSUE_REPLACEMENT_REFUND',
  'cancellation requested approved': 'APPROVE',
  'cancellation requested rejected': 'REJECT',
};

/** Events a person records on a linked ticket without TikTok: AskChat's own steps and closing. */
const LOCAL_EVENTS: ReadonlySet<TicketEvent> = new Set(['closed', 'reopened', 'parcel_received', 'resend_shipped', 'delivered', 'address_updated']);

export type TikTokAction =
  | { kind: 'none' } // not linked to TikTok, or a step of AskChat's own
  | { kind: 'tiktok_reports' } // a step only TikTok can take (the buyer's, the platform's): AskChat follows it
  | { kind: 'decide'; decision: string; reject: boolean; caseId: string; cancellation: boolean };

export function tiktokAction(row: TicketRow, event: TicketEvent): TikTokAction {
  const caseId = row.tiktokReturnId ?? row.tiktokCancelId;
  if (!caseId || LOCAL_EVENTS.has(event)) return { kind: 'none' };
  const decision = DECISIONS[`${row.kind} ${row.state} ${event}`];
  if (!decision) return { kind: 'tiktok_reports' };
  return { kind: 'decide', decision, reject: decision.startsWith('REJECT'), caseId, cancellation: !row.tiktokReturnId };
}

/** Makes the decision on TikTok. Rejections need one of TikTok's reason names; without one, they are listed. */
export async function decideOnTikTok(
  deps: Deps,
  db: Db,
  shop: ShopRow,
  row: TicketRow,
  action: Extract<TikTokAction, { kind: 'decide' }>,
  input: { note?: string; rejectReason?: string },
): Promise<Result<null, { reasons: string[] } | TikTokError>> {
  const t = deps.tiktok;
  const key = `${row.id}-${row.version}`; // a retried request decides once
  const comment = input.note ? { comment: input.note.slice(0, 500) } : {};
  if (action.reject && !input.rejectReason) {
    const reasons = await onTikTok(deps, db, shop, (a) => t.getRejectReasons(a, action.caseId));
    return reasons.ok ? err({ reasons: reasons.val.map((r) => r.name) }) : reasons;
  }
  const reason = input.rejectReason!;
  return onTikTok(deps, db, shop, (a) =>
    action.cancellation
      ? action.reject
        ? t.rejectCancellation(a, action.caseId, { reject_reason: reason, ...comment }, key)
        : t.approveCancellation(a, action.caseId, key)
      : action.reject
        ? t.rejectReturn(a, action.caseId, { decision: action.decision as never, reject_reason: reason, ...comment }, key)
        : t.approveReturn(a, action.caseId, { decision: action.decision as never }, key),
  );
}
