// Whether main.tsx has opened IndexedDB (or rebuilt it: rebuild.ts). What reads the database as the app
// starts (the session, the inbox's first window) waits for it: main.tsx is then the only one opening it, so
// a failed open reaches it (Dexie's own auto-open would leave the others waiting), and nothing reads a
// database that is about to be deleted.
import { createSignal } from 'solid-js';

const [databaseOpen, setOpen] = createSignal(false);
let resolve: () => void = () => {};
/** Resolves once the database is open (or could not be, and the screens will say so). */
export const databaseReady = new Promise<void>((r) => (resolve = r));
export { databaseOpen };

export function setDatabaseOpen(): void {
  setOpen(true);
  resolve();
}
