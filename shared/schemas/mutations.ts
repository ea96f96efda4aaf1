// The push half of sync for everything but replies (replies have their own idempotent route): named
// mutations an agent makes on a phone, queued in the outbox with an id the phone chose, sent in batches and
// applied once each by the server, in order, each in its own transaction (docs/sync.md).
//
//   { mutations: [{ id, name, args, base }] }  →  { results: [{ id, status, code?, message?, conversation? }] }
//
// `base` is the conversation version the phone showed when the person acted. When someone else changed the
// same thing (status, assignee) after that version, the later change loses: it is refused with `conflict`,
// the answer carries the conversation as it now is, and the phone rolls its copy back and says who won.
import * as z from 'zod/mini';
import { noNulCheck } from './common';
import { CONVERSATION_STATUSES, type ConversationRecord } from './conversations';

const clientId = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/, { message: 'expected 8–64 letters, digits, - or _' }));
const conversationId = z.string().check(z.minLength(1), z.maxLength(40));

export const mutationArgsSchemas = {
  /** Give the conversation to a member who sees its shop, or to nobody (back to the group's queue). */
  'conversation.assign': z.object({ conversationId, assigneeId: z.nullable(z.string().check(z.minLength(1), z.maxLength(40))) }),
  /** open → pending → resolved, or back: resolving hands the conversation back from people to AskChat. */
  'conversation.setStatus': z.object({ conversationId, status: z.enum(CONVERSATION_STATUSES) }),
  /** The person has the conversation on screen: unread goes to 0 and an escalation stops re-paging. */
  'conversation.open': z.object({ conversationId }),
  /** A note for colleagues only; never sent to the buyer. */
  'conversation.note': z.object({ conversationId, text: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000), noNulCheck) }),
} as const;

export type MutationName = keyof typeof mutationArgsSchemas;
export const MUTATION_NAMES = Object.keys(mutationArgsSchemas) as MutationName[];
export type MutationArgs<N extends MutationName> = z.infer<(typeof mutationArgsSchemas)[N]>;

/** One mutation as sent; `args` are checked against its name's schema one by one (a bad one is refused alone). */
export const mutationSchema = z.object({
  id: clientId,
  name: z.enum(MUTATION_NAMES as [MutationName, ...MutationName[]]),
  args: z.unknown(),
  /** The conversation version the phone showed (0 when unknown: then nothing is a conflict). */
  base: z._default(z.number().check(z.int(), z.minimum(0)), 0),
});
export type Mutation = z.infer<typeof mutationSchema>;

export const MAX_MUTATIONS_PER_BATCH = 50;
export const mutationBatchSchema = z.object({
  mutations: z.array(mutationSchema).check(z.minLength(1), z.maxLength(MAX_MUTATIONS_PER_BATCH)),
});
export type MutationBatch = z.infer<typeof mutationBatchSchema>;

/**
 * applied: done now (or it changed nothing because it was already so); duplicate: this id was applied
 * before, the first answer is repeated; rejected: not applied — `code` says why (conflict, not_found,
 * validation_failed, forbidden) and `message` says it in words.
 */
export type MutationStatus = 'applied' | 'duplicate' | 'rejected';

export interface MutationResult {
  id: string;
  status: MutationStatus;
  code?: 'conflict' | 'not_found' | 'validation_failed' | 'forbidden';
  message?: string;
  /** The conversation after the mutation (or as it is, for a conflict), so the phone can show it at once. */
  conversation?: ConversationRecord;
}

export interface MutationBatchResponse {
  results: MutationResult[];
}
