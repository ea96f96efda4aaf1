// Orders and logistics (reference §8.1–8.3): what an agent needs to answer "where is my order".
import type { Result } from '../../shared/result';
import type { TikTokError } from './errors';
import { mapResult } from './map-result';
import type { ShopAuth, Transport } from './transport';
import { orderDetailSchema, ordersPageSchema, packageDetailSchema, trackingSchema, type Order, type TrackingEvent } from './wire-orders';

// Filters go in the JSON body, paging and sorting in the query (§4.1).
export interface OrderSearchFilters {
  order_status?: string;
  buyer_user_id?: string;
  create_time_ge?: number;
  create_time_lt?: number;
  update_time_ge?: number;
  update_time_lt?: number;
  shipping_type?: string;
  is_buyer_request_cancel?: boolean;
}

export interface SearchPage {
  pageSize?: number;
  pageToken?: string;
  sortField?: 'create_time' | 'update_time';
  sortOrder?: 'ASC' | 'DESC';
}

const MAX_IDS = 50;

export function ordersApi(t: Transport) {
  return {
    // More than 50 ids are fetched in several calls, in order.
    async getOrderDetail(auth: ShopAuth, ids: readonly string[]): Promise<Result<Order[], TikTokError>> {
      const orders: Order[] = [];
      for (let i = 0; i < ids.length; i += MAX_IDS) {
        const r = await t.api({ method: 'GET', path: '/order/202309/orders', auth, query: { ids: ids.slice(i, i + MAX_IDS) }, data: orderDetailSchema });
        if (!r.ok) return r;
        orders.push(...r.val.orders);
      }
      return { ok: true, val: orders };
    },

    searchOrders(auth: ShopAuth, filters: OrderSearchFilters = {}, page: SearchPage = {}) {
      return t.api({
        method: 'POST',
        path: '/order/202309/orders/search',
        auth,
        query: { page_size: page.pageSize ?? 20, page_token: page.pageToken, sort_field: page.sortField, sort_order: page.sortOrder },
        body: filters,
        data: ordersPageSchema,
        idempotent: true,
      });
    },

    // Carrier events; update_time_millis is in MILLISECONDS.
    async getTracking(auth: ShopAuth, orderId: string): Promise<Result<TrackingEvent[], TikTokError>> {
      const r = await t.api({ method: 'GET', path: `/fulfillment/202309/orders/${encodeURIComponent(orderId)}/tracking`, auth, data: trackingSchema });
      return mapResult(r, (d) => d.tracking);
    },

    getPackageDetail(auth: ShopAuth, packageId: string) {
      return t.api({ method: 'GET', path: `/fulfillment/202309/packages/${encodeURIComponent(packageId)}`, auth, data: packageDetailSchema });
    },
  };
}
