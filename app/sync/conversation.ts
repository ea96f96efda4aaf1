// Loads one conversation that IndexedDB does not hold (older than the first sync's window, or opened from
// a link before the sync reached it) and stores it, so the conversation screen can keep reading only from
// IndexedDB. A row already stored with a higher version wins: it is newer than this answer.
import type { ConversationRecord, MessageRecord } from '../../shared/schemas/conversations';
import { apiRequest } from '../api/client';
import { db } from '../local/db';

export async function fetchConversation(id: string): Promise<void> {
  const answer = await apiRequest<{ conversation: ConversationRecord; messages: MessageRecord[] }>(`/api/conversations/${encodeURIComponent(id)}`);
  await db.transaction('rw', [db.conversations, db.messages, db.meta], async () => {
    if (!(await db.getMeta('session'))) return; // signed out while the answer was on its way
    const stored = await db.conversations.get(id);
    if (!stored || stored.version <= answer.conversation.version) await db.conversations.put(answer.conversation);
    const known = new Map((await db.messages.bulkGet(answer.messages.map((m) => m.id))).flatMap((m) => (m ? [[m.id, m.version] as const] : [])));
    await db.messages.bulkPut(answer.messages.filter((m) => (known.get(m.id) ?? -1) <= m.version));
  });
}
