// Returns, refunds and cancellations (reference §8.5). Decisions carry an idempotency_key (≤ 255 chars): pass
// a stable one from the job that decides, so a retried decision is applied once; one is generated otherwise
// and reused by the transport's own retries.
import type { Result } from '../../shared/result';
import type { TikTokError } from './errors';
import { mapResult } from './map-result';
import type { SearchPage } from './api-orders';
import type { ShopAuth, Transport } from './transport';
import { emptySchema } from './wire-common';
import {
  aftersaleEligibilitySchema,
  cancellationsPageSchema,
  rejectReasonsSchema,
  returnRecordsSchema,
  returnsPageSchema,
} from './wire-returns';

const RR = '/return_refund/202309';

export interface ReturnSearchFilters {
  return_ids?: string[];
  order_ids?: string[];
  buyer_user_ids?: string[];
  return_types?: string[];
  return_status?: string[];
  arbitration_status?: string[];
  create_time_ge?: number;
  create_time_lt?: number;
  update_time_ge?: number;
  update_time_lt?: number;
  locale?: string;
}

export interface CancellationSearchFilters {
  cancel_ids?: string[];
  order_ids?: string[];
  buyer_user_ids?: string[];
  cancel_types?: string[];
  cancel_status?: string[];
  create_time_ge?: number;
  create_time_lt?: number;
  update_time_ge?: number;
  update_time_lt?: number;
  locale?: string;
}

export interface ApproveReturn {
  decision: 'APPROVE_REFUND' | 'APPROVE_RETURN' | 'APPROVE_RECEIVED_PACKAGE' | 'APPROVE_REPLACEMENT' | 'ISSUE_REPLACEMENT_REFUND' | 'OFFER_PARTIAL_REFUND';
  buyer_keep_item?: boolean;
  partial_refund?: { currency: string; amount: string };
}

export interface RejectReturn {
  decision: 'REJECT_REFUND' | 'REJECT_RETURN' | 'REJECT_RECEIVED_PACKAGE' | 'REJECT_REPLACEMENT';
  reject_reason: string; // a name from getRejectReasons
  comment?: string;
  images?: { image_id: string; mime_type: string; width: number; height: number }[];
}

export interface RejectCancellation {
  reject_reason: string;
  comment?: string;
  images?: { image_id: string; mime_type: string; width: number; height: number }[];
}

function searchQuery(page: SearchPage) {
  return { page_size: page.pageSize ?? 10, page_token: page.pageToken, sort_field: page.sortField, sort_order: page.sortOrder };
}

export function returnsApi(t: Transport) {
  const decide = async (auth: ShopAuth, path: string, body: unknown, key: string | undefined): Promise<Result<null, TikTokError>> => {
    const r = await t.api({ method: 'POST', path, auth, query: { idempotency_key: key ?? crypto.randomUUID() }, body, data: emptySchema, idempotent: true });
    return mapResult(r, () => null);
  };

  return {
    searchReturns(auth: ShopAuth, filters: ReturnSearchFilters = {}, page: SearchPage = {}) {
      return t.api({ method: 'POST', path: `${RR}/returns/search`, auth, query: searchQuery(page), body: filters, data: returnsPageSchema, idempotent: true });
    },

    async getReturnRecords(auth: ShopAuth, returnId: string, locale?: string) {
      const r = await t.api({ method: 'GET', path: `${RR}/returns/${encodeURIComponent(returnId)}/records`, auth, query: { locale }, data: returnRecordsSchema });
      return mapResult(r, (d) => d.records);
    },

    approveReturn(auth: ShopAuth, returnId: string, decision: ApproveReturn, idempotencyKey?: string) {
      return decide(auth, `${RR}/returns/${encodeURIComponent(returnId)}/approve`, decision, idempotencyKey);
    },

    rejectReturn(auth: ShopAuth, returnId: string, decision: RejectReturn, idempotencyKey?: string) {
      return decide(auth, `${RR}/returns/${encodeURIComponent(returnId)}/reject`, decision, idempotencyKey);
    },

    async getRejectReasons(auth: ShopAuth, returnOrCancelId: string, locale?: string) {
      const r = await t.api({ method: 'GET', path: `${RR}/reject_reasons`, auth, query: { return_or_cancel_id: returnOrCancelId, locale }, data: rejectReasonsSchema });
      return mapResult(r, (d) => d.reasons);
    },

    async getAftersaleEligibility(auth: ShopAuth, orderId: string, initiator: 'SELLER' | 'BUYER' = 'SELLER') {
      const r = await t.api({
        method: 'GET',
        path: `${RR}/orders/${encodeURIComponent(orderId)}/aftersale_eligibility`,
        auth,
        query: { initiate_aftersale_user: initiator },
        data: aftersaleEligibilitySchema,
      });
      return mapResult(r, (d) => d.sku_eligibility);
    },

    searchCancellations(auth: ShopAuth, filters: CancellationSearchFilters = {}, page: SearchPage = {}) {
      return t.api({ method: 'POST', path: `${RR}/cancellations/search`, auth, query: searchQuery(page), body: filters, data: cancellationsPageSchema, idempotent: true });
    },

    // No body (§7.5/§11.6): approve carries nothing but the idempotency key.
    approveCancellation(auth: ShopAuth, cancelId: string, idempotencyKey?: string) {
      return decide(auth, `${RR}/cancellations/${encodeURIComponent(cancelId)}/approve`, undefined, idempotencyKey);
    },

    rejectCancellation(auth: ShopAuth, cancelId: string, decision: RejectCancellation, idempotencyKey?: string) {
      return decide(auth, `${RR}/cancellations/${encodeURIComponent(cancelId)}/reject`, decision, idempotencyKey);
    },
  };
}
