// The phone's named mutations (shared/schemas/mutations.ts): POST /api/mutations with a batch, answered one
// by one. Sent by the outbox (sync/outbox.ts) in the order they were made, together with the replies.
import type { Mutation, MutationBatchResponse } from '../../shared/schemas/mutations';
import { apiRequest } from './client';

export function postMutations(mutations: Mutation[]): Promise<MutationBatchResponse> {
  return apiRequest<MutationBatchResponse>('/api/mutations', { method: 'POST', body: { mutations }, timeoutMs: 30_000 });
}
