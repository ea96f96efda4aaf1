// Applying the named mutations a phone sends (shared/schemas/mutations.ts): each once, in order, in its own
// transaction with the organisation's version bump, answered one by one.
//
// Exactly once: the (person, mutation id) pair is stored with its answer in the same transaction as the
// change (applied_mutations, primary key). A retried batch gets the stored answers back as `duplicate`; two
// copies racing are settled by the primary key, and the loser's transaction (its change included) rolls back.
//
// Conflicts: status and assignee remember who set them and at which version. A person's change made from a
// copy older than that (`base`) is refused when someone else set that field since and it now holds another
// value — the first change the server applied wins, whatever order the phones come back online in, and the
// loser's phone shows who won. Re-applying the value it already has is no conflict.
import { and, eq } from 'drizzle-orm';
import { can } from '../../shared/roles';
import { mutationArgsSchemas, type Mutation, type MutationArgs, type MutationName, type MutationResult } from '../../shared/schemas/mutations';
import type { AppDeps, Auth } from '../deps';
import { selectConversations, toConversationRecord } from '../db/queries/conversations';
import { scopeAllows, visibleShopIds, type ShopScope } from '../db/queries/visibility';
import { appliedMutations, conversations, groupMembers, groupShops, memberships, messages, users } from '../db/schema';
import { storableText } from '../db/storable';
import type { Db, Tx } from '../db/types';
import { writeWithVersion } from '../db/version';
import { newId } from '../../shared/ids';
import { notifyAssigned } from '../pipeline/notify';

type Deps = Pick<AppDeps, 'push' | 'log' | 'clock' | 'fetch'>;
type Row = typeof conversations.$inferSelect;
type Refusal = Required<Pick<MutationResult, 'code' | 'message'>>;
type Change = { set: Partial<Row>; assignedTo?: string | null } | Refusal;

/** Thrown inside the transaction when the mutation id is already stored: rolls the change back. */
class AlreadyApplied extends Error {}

export async function applyMutations(deps: Deps, db: Db, auth: Auth, batch: Mutation[]): Promise<MutationResult[]> {
  const scope = await visibleShopIds(db, auth);
  const results: MutationResult[] = [];
  for (const m of batch) results.push(await applyOne(deps, db, auth, scope, m));
  return results;
}

async function applyOne(deps: Deps, db: Db, auth: Auth, scope: ShopScope, m: Mutation): Promise<MutationResult> {
  const parsed = mutationArgsSchemas[m.name].safeParse(m.args);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { id: m.id, status: 'rejected', code: 'validation_failed', message: `Invalid ${m.name} — ${issue?.path.join('.') || 'args'}: ${issue?.message ?? 'invalid'}` };
  }
  const stored = await storedResult(db, auth.userId, m.id);
  if (stored) return stored;
  const args = parsed.data as MutationArgs<MutationName>;
  const now = deps.clock.now();
  let notify: { assigneeId: string; conversationId: string } | null = null;
  try {
    const result = await writeWithVersion(db, auth.orgId, async (tx, version) => {
      const [row] = await tx.select().from(conversations).where(and(eq(conversations.id, args.conversationId), eq(conversations.orgId, auth.orgId))).for('update');
      let result: MutationResult;
      if (!row || !scopeAllows(scope, row.shopId)) {
        result = { id: m.id, status: 'rejected', code: 'not_found', message: 'No such conversation.' };
      } else {
        const change = await decide(tx, auth, m, args, row, now, version);
        if ('code' in change) {
          result = { id: m.id, status: 'rejected', ...change, conversation: await record(tx, row.id) };
        } else {
          if (Object.keys(change.set).length) await tx.update(conversations).set({ ...change.set, version }).where(eq(conversations.id, row.id));
          if (m.name === 'conversation.note') await addNote(tx, row, auth.userId, m.id, (args as MutationArgs<'conversation.note'>).text, now, version);
          if (change.assignedTo && change.assignedTo !== auth.userId) notify = { assigneeId: change.assignedTo, conversationId: row.id };
          result = { id: m.id, status: 'applied', conversation: await record(tx, row.id) };
        }
      }
      const kept = await tx
        .insert(appliedMutations)
        .values({ orgId: auth.orgId, userId: auth.userId, mutationId: m.id, name: m.name, result: { status: result.status, code: result.code, message: result.message } })
        .onConflictDoNothing()
        .returning({ id: appliedMutations.mutationId });
      if (kept.length === 0) throw new AlreadyApplied();
      return result;
    });
    if (notify) await notifyAssigned(deps, db, { orgId: auth.orgId, byUserId: auth.userId, ...(notify as { assigneeId: string; conversationId: string }) });
    return result;
  } catch (error) {
    if (!(error instanceof AlreadyApplied)) throw error;
    return (await storedResult(db, auth.userId, m.id))!;
  }
}

/** The first answer to this mutation id, repeated (with the conversation as it is now). */
async function storedResult(db: Db, userId: string, mutationId: string): Promise<MutationResult | null> {
  const [row] = await db.select().from(appliedMutations).where(and(eq(appliedMutations.userId, userId), eq(appliedMutations.mutationId, mutationId)));
  if (!row) return null;
  const first = row.result as Pick<MutationResult, 'status' | 'code' | 'message'>;
  return { id: mutationId, ...first, status: first.status === 'rejected' ? 'rejected' : 'duplicate' };
}

async function record(tx: Tx, conversationId: string) {
  const [row] = await selectConversations(tx, eq(conversations.id, conversationId));
  return row ? toConversationRecord(row) : undefined;
}

async function decide(tx: Tx, auth: Auth, m: Mutation, args: MutationArgs<MutationName>, row: Row, now: Date, version: number): Promise<Change> {
  switch (m.name) {
    case 'conversation.open':
      // Seen by a person: nothing unread, and an escalation paged to someone stops being re-paged.
      return { set: { unreadCount: 0, ...(row.pagedAt && !row.openedAt ? { openedAt: now } : {}) } };
    case 'conversation.note':
      return { set: {} };
    case 'conversation.setStatus': {
      const { status } = args as MutationArgs<'conversation.setStatus'>;
      if (status === row.status) return { set: {} };
      if (m.base > 0 && (row.statusVersion ?? 0) > m.base && row.statusBy !== auth.userId) {
        return { code: 'conflict', message: `${await nameOf(tx, row.statusBy)} changed the status to “${row.status}” meanwhile; your change was not applied.` };
      }
      // Resolving from a copy that has not seen the buyer's latest messages would bury them.
      if (status === 'resolved' && m.base > 0 && row.version > m.base && row.unreadCount > 0 && row.lastMessageSender === 'buyer') {
        return { code: 'conflict', message: 'The buyer wrote again meanwhile; read it before resolving.' };
      }
      const who = { status, statusBy: auth.userId, statusVersion: version };
      if (status === 'resolved') {
        // Done: nobody needs to answer, so the response clock and any re-paging stop with it.
        return { set: { ...who, resolvedAt: now, needsHuman: false, handoffReason: null, aiDraft: null, waitingSince: null, dueAt: null, warnedLevel: null, pagedAt: null, pageLevel: null } };
      }
      return { set: { ...who, resolvedAt: null, ...(status === 'open' ? { needsHuman: true } : {}) } };
    }
    case 'conversation.assign': {
      const { assigneeId } = args as MutationArgs<'conversation.assign'>;
      if (assigneeId === row.assigneeId) return { set: {} };
      if (m.base > 0 && (row.assignVersion ?? 0) > m.base) {
        return { code: 'conflict', message: `This conversation was reassigned to ${row.assigneeId ? await nameOf(tx, row.assigneeId) : 'nobody'} meanwhile; your change was not applied.` };
      }
      if (assigneeId !== null && !(await canWorkOn(tx, auth.orgId, assigneeId, row.shopId))) {
        return { code: 'validation_failed', message: 'That person is not a member who works on this shop.' };
      }
      const mine = assigneeId === auth.userId;
      return {
        set: {
          assigneeId,
          assignedAt: assigneeId ? now : null,
          assignVersion: version,
          routingNote: null,
          // Someone else's escalation is paged again to its new owner; one's own is open on one's screen.
          ...(row.needsHuman && assigneeId && !mine ? { pagedAt: now, pageLevel: 'assignee', openedAt: null } : { openedAt: mine ? (row.openedAt ?? now) : row.openedAt }),
        },
        assignedTo: assigneeId,
      };
    }
  }
}

/** Owners and admins work on every shop; an agent on the shops of their groups. */
async function canWorkOn(tx: Tx, orgId: string, userId: string, shopId: string): Promise<boolean> {
  const [member] = await tx.select({ role: memberships.role }).from(memberships).where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  if (!member) return false;
  if (can(member.role, 'see_all_shops')) return true;
  const [link] = await tx
    .select({ g: groupShops.groupId })
    .from(groupShops)
    .innerJoin(groupMembers, and(eq(groupMembers.groupId, groupShops.groupId), eq(groupMembers.userId, userId)))
    .where(eq(groupShops.shopId, shopId))
    .limit(1);
  return !!link;
}

async function nameOf(tx: Tx, userId: string | null): Promise<string> {
  if (!userId) return 'Someone';
  const [u] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return u?.name || 'Someone';
}

/** A note is a message only colleagues see: sender `system`, type NOTE, never delivered, not the chat's preview. */
async function addNote(tx: Tx, row: Row, authorId: string, clientId: string, text: string, now: Date, version: number): Promise<void> {
  await tx.insert(messages).values({
    id: newId('message', now.getTime()),
    orgId: row.orgId,
    conversationId: row.id,
    shopId: row.shopId,
    tiktokMessageId: null,
    sender: 'system',
    authorId,
    type: 'NOTE',
    text: storableText(text),
    delivery: 'received',
    createdAt: now,
    clientId,
    version,
  });
}
