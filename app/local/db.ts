// The one Dexie class that owns the app's IndexedDB. The UI reads only from here (through live.ts); the
// sync code (../sync) is the only writer of server data. Records are stored exactly as the API sends them
// (shared/schemas), so there is no mapping layer to keep in step.
//
//   conversations  newest first for the inbox (lastMessageAt), per status tab ([status+lastMessageAt]),
//                  per shop (shopId)
//   messages       one conversation in order ([conversationId+createdAt])
//   shops          by id (names, markets, time zones for display)
//   meta           small key → value facts: the signed-in session view, the sync cursor and scope
//   outbox         replies and named mutations made on this device and not yet accepted by the server, oldest first
//                  (createdAt), per conversation; written by sync/outbox.ts, never by the sync
import Dexie, { type EntityTable } from 'dexie';
import type { SessionView } from '../../shared/schemas/auth';
import type { ConversationRecord, MessageRecord } from '../../shared/schemas/conversations';
import type { ShopView } from '../../shared/schemas/shops';

/** What the meta table holds, key by key. */
export interface MetaValues {
  session: SessionView;
  /** The highest organisation version fully applied (PullResponse.cursor). */
  cursor: number;
  /** The server's name for the set of shops this member sees (PullResponse.scope). */
  scope: string;
  /** True once a pull ended with `more: false`; until then pulls send `first=1`. */
  firstSyncDone: boolean;
}
export type MetaKey = keyof MetaValues;
export type MetaRow = { [K in MetaKey]: { key: K; value: MetaValues[K] } }[MetaKey];

/**
 * A reply waiting to be sent (sync/outbox.ts). Its optimistic message in `messages` has the id
 * `outboxMessageId(clientId)`. `held` rows wait for the person (Retry, send untranslated, Discard); the
 * others are sent on every trigger. `userId`/`orgId` tie it to the session that wrote it.
 */
export interface OutboxRow {
  clientId: string;
  conversationId: string;
  text: string;
  translate: boolean;
  createdAt: string;
  attempts: number;
  /** The error code of the last failed attempt (shared/errors.ts or `network`), null before one. */
  lastError: string | null;
  held: boolean;
  userId: string;
  orgId: string;
  /** Set for a named mutation (assign, status, note, open) instead of a reply; `text` is then ''. */
  mutation?: { name: string; args: Record<string, unknown>; base: number; undo: Record<string, unknown> };
}

export class LocalDb extends Dexie {
  conversations!: EntityTable<ConversationRecord, 'id'>;
  messages!: EntityTable<MessageRecord, 'id'>;
  shops!: EntityTable<ShopView, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  outbox!: EntityTable<OutboxRow, 'clientId'>;

  constructor(name = 'askchat') {
    super(name);
    this.version(1).stores({
      conversations: 'id, lastMessageAt, [status+lastMessageAt], shopId',
      messages: 'id, [conversationId+createdAt]',
      shops: 'id',
      meta: 'key',
    });
    // Version 2 only adds the outbox: every existing table and row is kept as it is.
    this.version(2).stores({ outbox: 'clientId, createdAt, conversationId' });
  }

  async getMeta<K extends MetaKey>(key: K): Promise<MetaValues[K] | undefined> {
    const row = await this.meta.get(key);
    return row?.value as MetaValues[K] | undefined;
  }

  async setMeta<K extends MetaKey>(key: K, value: MetaValues[K]): Promise<void> {
    await this.meta.put({ key, value } as MetaRow);
  }

  /**
   * Everything this device holds for the signed-in person: used at sign-out and before a new sign-in.
   * `keepOutbox`: the server ended the session (401): replies not yet sent stay, and go once the same person
   * signs in again (the flusher discards rows of anyone else).
   */
  async clearAll(options: { keepOutbox?: boolean } = {}): Promise<void> {
    const tables = [this.conversations, this.messages, this.shops, this.meta, ...(options.keepOutbox ? [] : [this.outbox])];
    await this.transaction('rw', tables, () => Promise.all(tables.map((table) => table.clear())));
  }
}

export const db = new LocalDb();
