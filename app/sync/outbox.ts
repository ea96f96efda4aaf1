// The outbox: an agent's replies, written to IndexedDB at once and sent when the network allows.
//
//   queueReply()  one transaction: an outbox row {clientId, conversationId, text, translate, createdAt,
//                 attempts, lastError, held…} and an optimistic MessageRecord (id `out_<clientId>`,
//                 sender agent, delivery queued) that the conversation screen shows at once, offline too.
//   flush         sends the rows oldest first: POST /api/conversations/:id/replies {clientId, text,
//                 translate}. The server is idempotent by clientId, so a send whose answer was lost is
//                 simply sent again. Runs on start (app.tsx, when signed in), on `online`, after every
//                 successful pull (pull.ts onPulled) and after queueReply. One flush at a time per tab (a
//                 module-level lock; a trigger while it runs asks for one more pass) and per device (a
//                 Web Lock, when the browser has them).
//   the answer    201/200  the server's message replaces the optimistic one; the row is deleted
//                 network, 429, 5xx  the row stays queued (lastError) and the pass stops: the next trigger
//                                    sends it, in order
//                 401      the pass stops, the row stays (the sync ends the session)
//                 502 delivery_failed, 409 ai_unavailable, 400/403/404…  the row is held and its message
//                          marked failed; the person picks Retry, Send without translation or Discard
//
// A refused send (502) is also stored by the server as a failed message, which the sync brings; the
// conversation screen hides that copy while the row exists (matched by clientId).
//
// Named mutations (assign, status, note, open; shared/schemas/mutations.ts) share the outbox and its order:
// queueMutation() writes the row and changes the local copy at once (keeping what it replaced in `undo`);
// the flusher sends consecutive mutation rows as one POST /api/mutations batch. An applied (or duplicate)
// answer puts the server's conversation in place; a refused one (a colleague's change won, the chat is
// gone) rolls the local copy back — to the server's copy when the answer has one, else to `undo` — and
// leaves a notice the conversation screen shows (mutation-notices.ts).
import type { AgentReplyBody, MessageRecord } from '../../shared/schemas/conversations';
import { postReply, replyOutcome } from '../api/replies';
import { postMutations } from '../api/mutations';
import type { ConversationRecord } from '../../shared/schemas/conversations';
import type { MutationArgs, MutationName, MutationResult } from '../../shared/schemas/mutations';
import { addMutationNotice } from './mutation-notices';
import { requestSync } from './pull';
import { db, type OutboxRow } from '../local/db';
import { onPulled } from './pull';
import { online } from '../local/online';

export type { OutboxRow };

const PREFIX = 'out_';
export const outboxMessageId = (clientId: string): string => PREFIX + clientId;
export const isOutboxMessage = (id: string): boolean => id.startsWith(PREFIX);
export const clientIdOf = (messageId: string): string => messageId.slice(PREFIX.length);

export { online };

// Strictly increasing times, so two replies sent within one millisecond keep their order.
let lastCreated = 0;
function nextCreatedAt(): string {
  lastCreated = Math.max(Date.now(), lastCreated + 1);
  return new Date(lastCreated).toISOString();
}

/** 8–64 characters of [A-Za-z0-9_-] (agentReplyBodySchema). */
function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

function optimisticMessage(row: OutboxRow, delivery: MessageRecord['delivery']): MessageRecord {
  return {
    id: outboxMessageId(row.clientId),
    conversationId: row.conversationId,
    sender: 'agent',
    authorId: row.userId,
    type: 'TEXT',
    text: row.text,
    translations: null,
    clientId: row.clientId,
    delivery,
    createdAt: row.createdAt,
    version: 0,
  };
}

/** Writes a reply into the outbox and its optimistic message into `messages`, then tries to send it. */
export async function queueReply(conversationId: string, text: string, translate: boolean): Promise<void> {
  const body = text.trim();
  if (!body) return;
  await db.transaction('rw', [db.messages, db.outbox, db.meta], async () => {
    const session = await db.getMeta('session');
    if (!session) return;
    const row: OutboxRow = {
      clientId: newClientId(),
      conversationId,
      text: body,
      translate,
      createdAt: nextCreatedAt(),
      attempts: 0,
      lastError: null,
      held: false,
      userId: session.user.id,
      orgId: session.organization.id,
    };
    await db.outbox.add(row);
    await db.messages.put(optimisticMessage(row, 'queued'));
  });
  void flushOutbox();
}

/**
 * Queues a named mutation of a conversation and shows its effect at once: `local` is what the local copy
 * becomes (a note adds its own optimistic message instead).
 */
export async function queueMutation<N extends MutationName>(name: N, args: MutationArgs<N>, conversation: ConversationRecord, local: Partial<ConversationRecord> = {}): Promise<void> {
  await db.transaction('rw', [db.conversations, db.messages, db.outbox, db.meta], async () => {
    const session = await db.getMeta('session');
    if (!session) return;
    const current = (await db.conversations.get(conversation.id)) ?? conversation;
    const undo = Object.fromEntries(Object.keys(local).map((k) => [k, current[k as keyof ConversationRecord]]));
    const row: OutboxRow = {
      clientId: newClientId(),
      conversationId: conversation.id,
      text: '',
      translate: false,
      createdAt: nextCreatedAt(),
      attempts: 0,
      lastError: null,
      held: false,
      userId: session.user.id,
      orgId: session.organization.id,
      mutation: { name, args: args as Record<string, unknown>, base: current.version, undo },
    };
    await db.outbox.add(row);
    if (Object.keys(local).length) await db.conversations.put({ ...current, ...local });
    if (name === 'conversation.note') {
      await db.messages.put({ ...optimisticMessage({ ...row, text: (args as MutationArgs<'conversation.note'>).text }, 'queued'), sender: 'system', type: 'NOTE' });
    }
  });
  void flushOutbox();
}

/** Sends a held row again (after a refusal): same clientId, so the server redelivers what it kept. */
export function retryReply(clientId: string): Promise<void> {
  return release(clientId, {});
}

/** Sends a row that could not be translated as written: same clientId (the server stored nothing). */
export function sendWithoutTranslation(clientId: string): Promise<void> {
  return release(clientId, { translate: false });
}

async function release(clientId: string, changes: Partial<OutboxRow>): Promise<void> {
  await db.transaction('rw', [db.messages, db.outbox], async () => {
    if (!(await db.outbox.get(clientId))) return;
    await db.outbox.update(clientId, { ...changes, held: false, lastError: null });
    await db.messages.update(outboxMessageId(clientId), { delivery: 'queued' });
  });
  void flushOutbox();
}

/** Drops a reply that will not be sent: its row and its optimistic message. */
export async function discardReply(clientId: string): Promise<void> {
  await db.transaction('rw', [db.messages, db.outbox], async () => {
    await db.outbox.delete(clientId);
    await db.messages.delete(outboxMessageId(clientId));
  });
}

// ---------- the flusher ----------

let running: Promise<void> | null = null;
let again = false;

/** Sends what is waiting now, or once more right after the flush in progress. */
export function flushOutbox(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    try {
      do {
        again = false;
        await exclusive(pass);
      } while (again);
    } catch {
      // IndexedDB closed or failed (sign-out racing the flush): the rows stay for the next trigger
    } finally {
      running = null;
    }
  })();
  return running;
}

/** One flush per device: other tabs of the app wait for this one (Web Locks), then find the rows gone. */
function exclusive(run: () => Promise<void>): Promise<void> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? locks.request('askchat-outbox', run) : run();
}

async function pass(): Promise<void> {
  const session = await db.getMeta('session');
  if (!session) return;
  for (const { clientId } of await db.outbox.orderBy('createdAt').toArray()) {
    const row = await db.outbox.get(clientId); // discarded, sent or changed meanwhile?
    if (!row) continue;
    if (row.userId !== session.user.id || row.orgId !== session.organization.id) {
      await discardReply(clientId); // written by another session on this device: never send it as this one
      continue;
    }
    // A reset of the sync clears `messages`; the reply is still waiting, so it is shown again.
    if (!(await db.messages.get(outboxMessageId(clientId)))) await db.messages.put(optimisticMessage(row, row.held ? 'failed' : 'queued'));
    if (row.held) continue;
    if (!navigator.onLine) return; // Chromium and Safari know there is no network: no failed request
    if (row.mutation) {
      if (!(await sendMutations(session.user.id))) return;
      continue;
    }
    if (!(await send(row))) return;
  }
}

/** Sends the mutation rows waiting at the head of the outbox, up to the next reply, as one batch. */
async function sendMutations(userId: string): Promise<boolean> {
  const rows: OutboxRow[] = [];
  for (const row of await db.outbox.orderBy('createdAt').toArray()) {
    if (!row.mutation) break;
    if (row.userId === userId && !row.held) rows.push(row);
    if (rows.length === 50) break;
  }
  if (rows.length === 0) return true;
  let results: MutationResult[];
  try {
    ({ results } = await postMutations(rows.map((r) => ({ id: r.clientId, name: r.mutation!.name as MutationName, args: r.mutation!.args, base: r.mutation!.base }))));
  } catch (error) {
    const { outcome, code } = replyOutcome(error);
    if (outcome === 'stop' || outcome === 'later') {
      await Promise.all(rows.map((r) => db.outbox.update(r.clientId, { attempts: r.attempts + 1, lastError: code })));
      return false;
    }
    // The batch itself was refused (an app older than the server's schema): nothing was applied.
    results = rows.map((r): MutationResult => ({ id: r.clientId, status: 'rejected', code: 'validation_failed' }));
  }
  for (const row of rows) {
    const result = results.find((r) => r.id === row.clientId);
    if (!result) continue; // not answered: stays queued
    await settleMutation(row, result);
  }
  void requestSync(); // notes and the changes' other effects arrive with the next pull
  return true;
}

async function settleMutation(row: OutboxRow, result: MutationResult): Promise<void> {
  await db.transaction('rw', [db.conversations, db.messages, db.outbox], async () => {
    if (!(await db.outbox.get(row.clientId))) return;
    await db.outbox.delete(row.clientId);
    if (row.mutation!.name === 'conversation.note') await db.messages.delete(outboxMessageId(row.clientId));
    const local = await db.conversations.get(row.conversationId);
    if (result.conversation) {
      if (!local || local.version <= result.conversation.version) await db.conversations.put(result.conversation);
    } else if (result.status === 'rejected' && local) {
      await db.conversations.put({ ...local, ...row.mutation!.undo });
    }
  });
  if (result.status === 'rejected') addMutationNotice({ id: row.clientId, conversationId: row.conversationId, message: result.message ?? null });
}

/** Sends one row; false when the pass must stop (no network, server busy, session ended). */
async function send(row: OutboxRow): Promise<boolean> {
  await db.outbox.update(row.clientId, { attempts: row.attempts + 1 });
  const body: AgentReplyBody = { clientId: row.clientId, text: row.text, translate: row.translate };
  let message: MessageRecord;
  try {
    ({ message } = await postReply(row.conversationId, body));
  } catch (error) {
    const { outcome, code } = replyOutcome(error);
    if (outcome === 'stop') return false;
    if (outcome === 'later') {
      await db.outbox.update(row.clientId, { lastError: code });
      return false;
    }
    await db.transaction('rw', [db.messages, db.outbox], async () => {
      if (!(await db.outbox.update(row.clientId, { held: true, lastError: code }))) return;
      await db.messages.update(outboxMessageId(row.clientId), { delivery: 'failed' });
    });
    return true;
  }
  // Sent: the server's message takes the optimistic one's place (unless the sync already stored a newer
  // version of it), and the row is done.
  await db.transaction('rw', [db.messages, db.outbox, db.meta], async () => {
    await db.outbox.delete(row.clientId);
    await db.messages.delete(outboxMessageId(row.clientId));
    if (!(await db.getMeta('session'))) return; // signed out while the answer was on its way
    const stored = await db.messages.get(message.id);
    if (!stored || stored.version <= message.version) await db.messages.put(message);
  });
  return true;
}

// ---------- triggers ----------

let stopTriggers: (() => void) | null = null;

/** Starts the flusher for the signed-in session: a flush now, on `online` and after every pull. */
export function startOutbox(): () => void {
  stopTriggers?.();
  const trigger = () => void flushOutbox();
  window.addEventListener('online', trigger);
  const offPulled = onPulled(trigger);
  const stop = () => {
    window.removeEventListener('online', trigger);
    offPulled();
    if (stopTriggers === stop) stopTriggers = null;
  };
  stopTriggers = stop;
  trigger();
  return stop;
}
