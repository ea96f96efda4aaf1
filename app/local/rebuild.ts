// A local database the browser cannot open (damaged files, a failed upgrade) must not leave the phone stuck
// on a blank screen: the app opens IndexedDB before its first render (main.tsx), and when that fails it
// keeps what it can still read of the outbox (replies not sent yet), deletes the database, opens a fresh
// one, puts those rows back and asks the server who is signed in (the cookie outlives the database). The
// sync then fills the rest from the server.
import Dexie from 'dexie';
import type { SessionView } from '../../shared/schemas/auth';
import { apiRequest } from '../api/client';
import { db, type OutboxRow } from './db';
import { saveSession } from './session';

/** The outbox rows, read with the bare IndexedDB API (Dexie could not open the database); [] if unreadable. */
function readOutbox(): Promise<OutboxRow[]> {
  return new Promise((resolve) => {
    try {
      const open = indexedDB.open(db.name);
      open.onerror = () => resolve([]);
      open.onupgradeneeded = () => open.transaction?.abort(); // nothing stored at all
      open.onsuccess = () => {
        const idb = open.result;
        try {
          const request = idb.transaction('outbox').objectStore('outbox').getAll();
          request.onsuccess = () => (idb.close(), resolve(request.result as OutboxRow[]));
          request.onerror = () => (idb.close(), resolve([]));
        } catch {
          idb.close();
          resolve([]);
        }
      };
    } catch {
      resolve([]);
    }
  });
}

/**
 * Called by main.tsx when `db.open()` failed (this module loads only then): rebuilds the database as above.
 * Rows of the outbox that cannot be read are lost; everything else comes back from the server.
 */
export async function rebuild(error: unknown): Promise<void> {
  console.warn('the local database could not be opened: rebuilding it from the server', error);
  const outbox = await readOutbox();
  db.close();
  await Dexie.delete(db.name);
  await db.open();
  if (outbox.length) await db.outbox.bulkPut(outbox);
  if (navigator.onLine) {
    // Still signed in on the server? Then straight back into the inbox; else the sign-in screen.
    await apiRequest<SessionView>('/api/auth/me', { timeoutMs: 15_000 }).then(saveSession, () => undefined);
  }
}
