// The state machines of orders, returns and cancellations as explicit tables (reference §8.4–8.5): which
// seller decisions apply in which status, and which moves the buyer or the platform can make (used by the
// /api/*/advance endpoints). The first entry of a `*_MOVES` list is the natural next step.
import type { OrderStatus, SbxReturn } from './state';

export const ORDER_MOVES: Record<OrderStatus, OrderStatus[]> = {
  UNPAID: ['ON_HOLD', 'CANCELLED'],
  ON_HOLD: ['AWAITING_SHIPMENT', 'CANCELLED'],
  AWAITING_SHIPMENT: ['AWAITING_COLLECTION', 'PARTIALLY_SHIPPING', 'CANCELLED'],
  PARTIALLY_SHIPPING: ['IN_TRANSIT'],
  AWAITING_COLLECTION: ['IN_TRANSIT', 'CANCELLED'],
  IN_TRANSIT: ['DELIVERED'],
  DELIVERED: ['COMPLETED'],
  COMPLETED: [],
  CANCELLED: [],
};

type ReturnType = SbxReturn['type'];
const PENDING = 'RETURN_OR_REFUND_REQUEST_PENDING';

export interface Decision {
  endpoint: 'approve' | 'reject';
  types: ReturnType[];
  from: string[];
  to: string;
}

export const RETURN_DECISIONS: Record<string, Decision> = {
  APPROVE_REFUND: { endpoint: 'approve', types: ['REFUND', 'RETURN_AND_REFUND'], from: [PENDING], to: 'RETURN_OR_REFUND_REQUEST_SUCCESS' },
  APPROVE_RETURN: { endpoint: 'approve', types: ['RETURN_AND_REFUND'], from: [PENDING], to: 'AWAITING_BUYER_SHIP' },
  APPROVE_RECEIVED_PACKAGE: { endpoint: 'approve', types: ['RETURN_AND_REFUND'], from: ['BUYER_SHIPPED_ITEM'], to: 'RETURN_OR_REFUND_REQUEST_SUCCESS' },
  APPROVE_REPLACEMENT: { endpoint: 'approve', types: ['REPLACEMENT'], from: ['REPLACEMENT_REQUEST_PENDING'], to: 'REPLACEMENT_REQUEST_COMPLETE' },
  ISSUE_REPLACEMENT_REFUND: { endpoint: 'approve', types: ['REPLACEMENT'], from: ['REPLACEMENT_REQUEST_PENDING'], to: 'REPLACEMENT_REQUEST_REFUND_SUCCESS' },
  OFFER_PARTIAL_REFUND: { endpoint: 'approve', types: ['REFUND', 'RETURN_AND_REFUND'], from: [PENDING], to: 'AWAITING_BUYER_RESPONSE' },
  REJECT_REFUND: { endpoint: 'reject', types: ['REFUND'], from: [PENDING], to: 'REFUND_OR_RETURN_REQUEST_REJECT' },
  REJECT_RETURN: { endpoint: 'reject', types: ['RETURN_AND_REFUND'], from: [PENDING], to: 'REFUND_OR_RETURN_REQUEST_REJECT' },
  REJECT_RECEIVED_PACKAGE: { endpoint: 'reject', types: ['RETURN_AND_REFUND'], from: ['BUYER_SHIPPED_ITEM'], to: 'REJECT_RECEIVED_PACKAGE' },
  REJECT_REPLACEMENT: { endpoint: 'reject', types: ['REPLACEMENT'], from: ['REPLACEMENT_REQUEST_PENDING'], to: 'REPLACEMENT_REQUEST_REJECT' },
};

// What the buyer or the platform does next (ship the item back, accept an offer, withdraw, refund paid out).
export const RETURN_MOVES: Record<string, string[]> = {
  [PENDING]: ['RETURN_OR_REFUND_REQUEST_CANCEL'],
  AWAITING_BUYER_SHIP: ['BUYER_SHIPPED_ITEM', 'RETURN_OR_REFUND_REQUEST_CANCEL'],
  BUYER_SHIPPED_ITEM: ['RETURN_OR_REFUND_REQUEST_SUCCESS'], // the seller did not answer in time
  RETURN_OR_REFUND_REQUEST_SUCCESS: ['RETURN_OR_REFUND_REQUEST_COMPLETE'],
  AWAITING_BUYER_RESPONSE: ['RETURN_OR_REFUND_REQUEST_SUCCESS', PENDING],
  REPLACEMENT_REQUEST_PENDING: ['REPLACEMENT_REQUEST_CANCEL'],
};

// What the seller must do next, shown as seller_next_action_response (the CS SLA).
export const SELLER_NEXT_ACTION: Record<string, string> = {
  [PENDING]: 'SELLER_RESPOND_REFUND',
  BUYER_SHIPPED_ITEM: 'SELLER_RESPOND_RECEIVE_PACKAGE',
  REPLACEMENT_REQUEST_PENDING: 'SELLER_RESPOND_REPLACEMENT',
};

export const CANCEL_MOVES: Record<string, string[]> = {
  CANCELLATION_REQUEST_PENDING: ['CANCELLATION_REQUEST_SUCCESS', 'CANCELLATION_REQUEST_CANCELLED'], // auto-approved, or withdrawn
  CANCELLATION_REQUEST_SUCCESS: ['CANCELLATION_REQUEST_COMPLETE'], // refund issued
};
