// The privacy screen's requests (owners and admins): find a buyer, open and handle data-subject requests,
// the retention setting with its dry run, and the audit log (worker/routes/privacy.ts, docs/privacy.md).
// Read live, online only, like the other settings requests; loaded only by the settings chunk.
//
// The answers' shapes mirror the routes (shared/schemas has only the request body); nothing more is assumed.
import type { PrivacyRequestBody } from '../../shared/schemas/privacy';
import { ApiError, apiRequest } from './client';

/** One buyer row (a person has one per shop), as GET /api/privacy/buyers answers it. */
export interface BuyerHit {
  id: string;
  displayName: string;
  tiktokUserId: string | null;
  shopId: string;
  shopName: string;
  erasedAt: string | null;
}

export interface PrivacyRequestView {
  id: string;
  buyerId: string | null;
  kind: PrivacyRequestBody['kind'];
  law: PrivacyRequestBody['law'];
  note: string | null;
  receivedAt: string;
  dueAt: string;
  completedAt: string | null;
}

export interface RetentionView {
  days: number | null;
  preview: { days: number; cutoff: string; messages: number; conversations: number } | null;
}

export interface AuditEntryView {
  id: string;
  actorId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  at: string;
}

export async function searchBuyers(q: string): Promise<BuyerHit[]> {
  return (await apiRequest<{ buyers: BuyerHit[] }>(`/api/privacy/buyers?q=${encodeURIComponent(q)}`)).buyers;
}

export async function listPrivacyRequests(): Promise<PrivacyRequestView[]> {
  return (await apiRequest<{ requests: PrivacyRequestView[] }>('/api/privacy/requests')).requests;
}

export function openPrivacyRequest(body: PrivacyRequestBody): Promise<PrivacyRequestView> {
  return apiRequest<PrivacyRequestView>('/api/privacy/requests', { method: 'POST', body });
}

export function eraseForRequest(requestId: string): Promise<{ erased: { conversations: number; messages: number; tickets: number } }> {
  return apiRequest(`/api/privacy/requests/${encodeURIComponent(requestId)}/erase`, { method: 'POST' });
}

/** The setting, and the dry run of `days` (or of the setting when left out). */
export function getRetention(days?: number): Promise<RetentionView> {
  return apiRequest<RetentionView>(`/api/privacy/retention${days ? `?days=${days}` : ''}`);
}

export function setRetention(days: number | null): Promise<{ days: number | null }> {
  return apiRequest('/api/privacy/retention', { method: 'PUT', body: { days } });
}

export async function listAudit(limit = 50): Promise<AuditEntryView[]> {
  return (await apiRequest<{ entries: AuditEntryView[] }>(`/api/audit?limit=${limit}`)).entries;
}

/**
 * Downloads a request's export as a file on this device. A plain link would also work on desktop, but a
 * fetch with the session cookie, then a Blob behind an <a download>, is what Android Chrome and iOS Safari
 * (standalone PWA included) save as a file with its name, and it lets a refusal show as a sentence.
 */
export async function downloadExport(requestId: string, format: 'json' | 'csv'): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`/api/privacy/requests/${encodeURIComponent(requestId)}/export?format=${format}`, { credentials: 'same-origin', signal: AbortSignal.timeout(60_000) });
  } catch (error) {
    throw new ApiError('network', error instanceof Error ? error.message : 'network error');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { code: ApiError['code']; message: string } } | null;
    throw new ApiError(body?.error?.code ?? 'unavailable', body?.error?.message ?? `HTTP ${response.status}`, response.status);
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `askchat-export.${format}`;
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Safari reads the blob after click() returns: let it go a little later.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
