// After-sales tickets over the API (worker/routes/tickets.ts). Not synced to IndexedDB yet: the screens
// read them live, online only. Types only from shared/schemas/tickets (its values would pull zod/mini).
import type { TicketKind, TicketEvent } from '../../shared/tickets/types';
import type { TicketRecord } from '../../shared/schemas/tickets';
import { ApiError, apiRequest } from './client';

export type { TicketRecord };
export type ApplicableEvent = Exclude<TicketEvent, 'open'>;
export interface TicketView {
  ticket: TicketRecord;
  allowedEvents: ApplicableEvent[];
}

export function listTickets(query: { conversationId?: string; state?: 'open' | 'closed' }): Promise<{ tickets: TicketRecord[] }> {
  const params = new URLSearchParams();
  if (query.conversationId) params.set('conversationId', query.conversationId);
  if (query.state) params.set('state', query.state);
  return apiRequest(`/api/tickets?${params}`);
}

export function openTicket(body: { conversationId: string; kind: TicketKind; orderId?: string }): Promise<{ ticket: TicketRecord }> {
  // Linking the buyer's TikTok case happens inside the request: give it time.
  return apiRequest('/api/tickets', { method: 'POST', body, timeoutMs: 45_000 });
}

export function getTicket(id: string): Promise<TicketView> {
  return apiRequest(`/api/tickets/${encodeURIComponent(id)}`);
}

export function applyEvent(id: string, body: { event: ApplicableEvent; note?: string; rejectReason?: string }): Promise<TicketView> {
  return apiRequest(`/api/tickets/${encodeURIComponent(id)}/events`, { method: 'POST', body, timeoutMs: 45_000 });
}

/**
 * TikTok's reject reason names from the 400 a rejection without one gets ("…needs rejectReason, one of:
 * a, b, c."), or null when the error is something else.
 */
export function rejectReasonsOf(error: unknown): string[] | null {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return null;
  const m = /rejectReason, one of: (.+?)\.?$/.exec(error.message);
  return m ? m[1]!.split(',').map((s) => s.trim()).filter(Boolean) : null;
}
