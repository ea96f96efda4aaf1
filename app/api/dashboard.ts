// The seller's dashboard over the API (worker: GET /api/dashboard, GET /api/dashboard/export.csv). Read
// live, never synced; the page keeps the last answer in memory for offline use. Types only from
// shared/metrics (its values are the computation, which the app never needs).
import type { Market } from '../../shared/markets';
import type { DashboardMetrics, Volume } from '../../shared/metrics/types';
import { apiRequest } from './client';

export type { DashboardMetrics, Volume };

/** What the dashboard asks for: a range of calendar days (inclusive), optionally one shop and one market. */
export interface DashboardQuery {
  from: string;
  to: string;
  shopId?: string;
  market?: Market;
}

/** The query string both endpoints take: from, to, then shopId and market when set. */
export function dashboardSearch(query: DashboardQuery): string {
  const params = new URLSearchParams({ from: query.from, to: query.to });
  if (query.shopId) params.set('shopId', query.shopId);
  if (query.market) params.set('market', query.market);
  return params.toString();
}

/** What the API answers (the per-day volume, `volume.byDay`, feeds the volume chart). */
export type DashboardAnswer = DashboardMetrics;

export function getDashboard(query: DashboardQuery, signal?: AbortSignal): Promise<DashboardAnswer> {
  return apiRequest(`/api/dashboard?${dashboardSearch(query)}`, { signal });
}

export const dashboardExportUrl = (query: DashboardQuery): string => `/api/dashboard/export.csv?${dashboardSearch(query)}`;
