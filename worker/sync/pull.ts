// Pull, step by step (docs/sync.md):
//  1. Read the organisation's head version. Writers bump it under a row lock and commit in version order,
//     so once `head` is visible every row stamped at or below it has committed.
//  2. Nothing above the client's cursor → an empty answer (a few bytes).
//  3. Find the page's upper bound: the `limit`-th smallest changed version above the cursor across every
//     synced table (or the head when fewer changed). A page never splits one version.
//  4. Return each table's rows with cursor < version ≤ upper, filtered to what this member may see.
//  5. `more` says whether versions above `upper` remain; the client pulls again from `upper`.
// On a first sync the client says so, and conversations idle for longer than FIRST_SYNC_DAYS are left out;
// they arrive when they change again, or on demand from the conversation list.
import { and, asc, eq, gt, gte, inArray, lte, sql } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import { SYNC_ENTITIES, type PullResponse, type SyncEntity } from '../../shared/schemas/sync';
import { messageColumns, selectConversations, toConversationRecord, toMessageRecord } from '../db/queries/conversations';
import { toShopView } from '../db/queries/shops';
import { inScope, type ShopScope } from '../db/queries/visibility';
import { conversations, deletions, messages, orgVersions, shops } from '../db/schema';
import type { Queryable } from '../db/types';

export const FIRST_SYNC_DAYS = 30;

export interface PullInput {
  orgId: string;
  scope: ShopScope;
  cursor: number;
  limit: number;
  firstSync: boolean;
  now: Date;
}

export async function pullChanges(db: Queryable, input: PullInput): Promise<PullResponse> {
  const { orgId, scope, cursor, limit } = input;
  const empty: PullResponse = { cursor, more: false, scope: '', reset: false, shops: [], conversations: [], messages: [], deleted: [] };

  // 1–2
  const [headRow] = await db.select({ v: orgVersions.v }).from(orgVersions).where(eq(orgVersions.orgId, orgId));
  const head = headRow?.v ?? 0;
  if (head <= cursor) return { ...empty, cursor: Math.max(cursor, head) };

  const since = input.firstSync ? new Date(input.now.getTime() - FIRST_SYNC_DAYS * 86_400_000) : null;
  const window = (from: number, to: number) => ({
    shops: and(eq(shops.orgId, orgId), gt(shops.version, from), lte(shops.version, to), inScope(shops.id, scope)),
    conversations: and(
      eq(conversations.orgId, orgId),
      gt(conversations.version, from),
      lte(conversations.version, to),
      inScope(conversations.shopId, scope),
      since ? gte(conversations.lastMessageAt, since) : undefined,
    ),
    messages: and(
      eq(messages.orgId, orgId),
      eq(messages.visible, true),
      gt(messages.version, from),
      lte(messages.version, to),
      inScope(messages.shopId, scope),
      since ? gte(conversations.lastMessageAt, since) : undefined,
    ),
    deleted: and(eq(deletions.orgId, orgId), gt(deletions.version, from), lte(deletions.version, to), inArray(deletions.entity, [...SYNC_ENTITIES])),
  });

  // 3
  const all = window(cursor, head);
  const [bound] = await unionAll(
    db.select({ v: shops.version }).from(shops).where(all.shops),
    db.select({ v: conversations.version }).from(conversations).where(all.conversations),
    db.select({ v: messages.version }).from(messages).innerJoin(conversations, eq(conversations.id, messages.conversationId)).where(all.messages),
    db.select({ v: deletions.version }).from(deletions).where(all.deleted),
  )
    .orderBy(sql`1`)
    .limit(1)
    .offset(limit - 1);
  const upper = bound ? Number(bound.v) : head;

  // 4
  const page = window(cursor, upper);
  const [shopRows, conversationRows, messageRows, deletedRows] = await Promise.all([
    db.select().from(shops).where(page.shops).orderBy(asc(shops.version)),
    selectConversations(db, page.conversations).orderBy(asc(conversations.version)),
    db
      .select(messageColumns)
      .from(messages)
      .innerJoin(conversations, eq(conversations.id, messages.conversationId))
      .where(page.messages)
      .orderBy(asc(messages.version), asc(messages.createdAt)),
    db.select().from(deletions).where(page.deleted),
  ]);

  // 5
  return {
    ...empty,
    cursor: upper,
    more: upper < head,
    shops: shopRows.map(toShopView),
    conversations: conversationRows.map(toConversationRecord),
    messages: messageRows.map(toMessageRecord),
    deleted: deletedRows.map((d) => ({ entity: d.entity as SyncEntity, id: d.entityId })),
  };
}

