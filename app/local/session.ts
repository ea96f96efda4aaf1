// Who is signed in on this device, as IndexedDB remembers it. Kept in the meta table (not only in memory)
// so a reload, or a start without network, opens straight into the inbox. The cookie itself is HttpOnly:
// the app never sees it, and the server stays the judge (a 401 anywhere ends the local session too).
import { createRoot, createSignal } from 'solid-js';
import type { SessionView } from '../../shared/schemas/auth';
import { db } from './db';
import { createLiveQuery } from './live';
import { databaseOpen } from './open-state';

/**
 * The session view, `null` when signed out, `undefined` while IndexedDB is still opening. Read once the
 * database is open (or rebuilt: local/rebuild.ts), so a database that failed to open is never read here.
 */
export const session = createRoot(() => createLiveQuery(databaseOpen, async (open) => (open ? ((await db.getMeta('session')) ?? null) : undefined)));

// True after the server ended the session (a 401 while signed in), so the sign-in screen can say why it
// is showing; a new sign-in resets it.
const [sessionEnded, setSessionEnded] = createSignal(false);
export { sessionEnded, setSessionEnded };

/**
 * Remembers a new session. When it is another person or organisation than before, everything the device
 * held is dropped first, in the same transaction, so no row of the previous account survives.
 */
export async function saveSession(view: SessionView): Promise<void> {
  await db.transaction('rw', [db.conversations, db.messages, db.shops, db.meta], async () => {
    const previous = await db.getMeta('session');
    if (!previous || previous.user.id !== view.user.id || previous.organization.id !== view.organization.id) {
      await Promise.all([db.conversations.clear(), db.messages.clear(), db.shops.clear(), db.meta.clear()]);
    }
    await db.setMeta('session', view);
  });
  setSessionEnded(false);
}

/** Updates the stored view of the same session (fresh name, role, time zone); never revives a signed-out one. */
export async function updateSession(view: SessionView): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const current = await db.getMeta('session');
    if (current && current.user.id === view.user.id && current.organization.id === view.organization.id) await db.setMeta('session', view);
  });
}
