// Whether main.tsx has opened IndexedDB (or rebuilt it: rebuild.ts). Queries that start with the app (the
// session) wait for it, so none reads a database that is about to be deleted.
import { createSignal } from 'solid-js';

const [databaseOpen, setDatabaseOpen] = createSignal(false);
export { databaseOpen, setDatabaseOpen };
