// The pull half of the sync protocol (docs/sync.md). The client sends the highest organisation version
// it has seen; the server answers the rows that changed after it, in version order, a page at a time.
import * as z from 'zod/mini';
import { cursorSchema, limitSchema } from './common';
import type { ConversationRecord, MessageRecord } from './conversations';
import type { ShopView } from './shops';

export const pullQuerySchema = z.object({
  cursor: z._default(cursorSchema, 0),
  limit: limitSchema(2000, 500),
  /** The scope key of the client's last pull; when the member's visible shops changed, sync restarts. */
  scope: z.optional(z.string().check(z.maxLength(80))),
  /** Set until the client's first sync has completed: old idle conversations are left out. */
  first: z._default(z.pipe(z.optional(z.enum(['0', '1', 'true', 'false'])), z.transform((v) => v === '1' || v === 'true')), false),
});
export type PullQuery = z.infer<typeof pullQuerySchema>;

export const SYNC_ENTITIES = ['shops', 'conversations', 'messages'] as const;
export type SyncEntity = (typeof SYNC_ENTITIES)[number];

export interface PullResponse {
  /** The version the client has fully seen after applying this page. */
  cursor: number;
  /** True when more changes are waiting: pull again with the new cursor. */
  more: boolean;
  /** Identifies the set of shops this member sees; send it back as `scope` on the next pull. */
  scope: string;
  /** True when the client must drop what it holds and apply this answer as a fresh first sync. */
  reset: boolean;
  shops: ShopView[];
  conversations: ConversationRecord[];
  messages: MessageRecord[];
  deleted: { entity: SyncEntity; id: string }[];
}

/** Long-poll: wait until the organisation changes after `cursor`, or `wait` seconds pass. */
export const waitQuerySchema = z.object({
  cursor: z._default(cursorSchema, 0),
  wait: z._default(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(25)), 25),
});

export interface WaitResponse {
  /** True when the organisation has changed after the cursor: pull now. */
  changed: boolean;
  head: number;
}
