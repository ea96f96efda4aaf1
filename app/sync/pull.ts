// The pull half of sync (docs/sync.md): the network writes into IndexedDB, the UI reads from it.
//
//   1. Read cursor, scope and firstSyncDone from the meta table.
//   2. GET /api/sync/pull?cursor&limit&scope[&first=1] — outside any Dexie transaction (never fetch in one).
//   3. In ONE transaction: if the session is gone (signed out meanwhile) drop the page; if `reset`, clear
//      the synced tables; put shops, conversations and messages; apply deletions; store cursor and scope.
//      So the cursor only moves together with the rows it covers.
//   4. Pull again while `more`; the sync is done when a page says `more: false`.
//
// One loop runs at a time; a request while it runs schedules one more pass. Passes start when the app
// opens with a session, when the network comes back, when the page becomes visible, and every 30 s while
// it is visible; while it is visible a long-poll (live.ts) brings changes within about half a second. A failed pass retries sooner, backing off from 4 s to
// the poll interval. A 401 ends the local session: the device is cleared. After each successful pass the
// outbox (outbox.ts, registered through onPulled) sends the replies still waiting.
import { createSignal } from 'solid-js';
import type { PullResponse } from '../../shared/schemas/sync';
import { isErrorBody } from '../../shared/errors';
import { ApiError } from '../api/client';
import { db } from '../local/db';
import { setSessionEnded } from '../local/session';
import { startLiveUpdates } from './live';

export type SyncState = 'idle' | 'syncing' | 'synced' | 'offline' | 'error';

const PAGE_LIMIT = 500;
const POLL_MS = 30_000;
const MAX_PAGES_PER_PASS = 100;

const [syncState, setSyncState] = createSignal<SyncState>(typeof navigator !== 'undefined' && !navigator.onLine ? 'offline' : 'idle');
export { syncState };

let running: Promise<void> | null = null;
let again = false;
let abort: AbortController | null = null;
let failures = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

async function applyPage(page: PullResponse): Promise<boolean> {
  return db.transaction('rw', [db.conversations, db.messages, db.shops, db.meta], async () => {
    if (!(await db.getMeta('session'))) return false;
    const firstSyncDone = page.reset ? false : ((await db.getMeta('firstSyncDone')) ?? false);
    if (page.reset) await Promise.all([db.conversations.clear(), db.messages.clear(), db.shops.clear()]);
    await db.shops.bulkPut(page.shops);
    await db.conversations.bulkPut(page.conversations);
    await db.messages.bulkPut(page.messages);
    for (const { entity, id } of page.deleted) {
      if (entity === 'shops') await db.shops.delete(id);
      if (entity === 'messages') await db.messages.delete(id);
      if (entity === 'conversations') {
        await db.conversations.delete(id);
        await db.messages.where('[conversationId+createdAt]').between([id, ''], [id, '\uffff']).delete();
      }
    }
    await db.setMeta('cursor', page.cursor);
    await db.setMeta('scope', page.scope);
    await db.setMeta('firstSyncDone', firstSyncDone || !page.more);
    return true;
  });
}

declare global {
  interface Window {
    /** The first page index.html asked for while this script downloaded (its query and the answer). */
    __askchatPull?: { query: string; response: Promise<Response> };
  }
}

/** The early request of index.html, once, if it asked exactly this; else undefined. */
function takeEarlyPull(query: string): Promise<Response> | undefined {
  const early = window.__askchatPull;
  window.__askchatPull = undefined;
  return early?.query === query ? early.response : undefined;
}

/**
 * One page: the early answer when it matches, else a request. `null` is the server's 204: nothing after the
 * cursor (and the scope stands). Errors are ApiErrors like apiRequest's (which cannot read a 204).
 */
async function fetchPage(query: string, signal: AbortSignal): Promise<PullResponse | null> {
  let response: Response;
  try {
    const timeout = AbortSignal.any([signal, AbortSignal.timeout(30_000)]);
    response = await (takeEarlyPull(query) ?? fetch(`/api/sync/pull?${query}`, { headers: { accept: 'application/json' }, credentials: 'same-origin', signal: timeout }));
  } catch (error) {
    if (signal.aborted) throw error;
    throw new ApiError('network', error instanceof Error ? error.message : 'network error');
  }
  if (response.status === 204) return null;
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok && body) return body as PullResponse;
  if (response.ok) throw new ApiError('network', 'the answer was cut off');
  if (isErrorBody(body)) throw new ApiError(body.error.code, body.error.message, response.status);
  throw new ApiError(response.status === 401 ? 'unauthorized' : 'unavailable', `HTTP ${response.status}`, response.status);
}

async function pullUntilDone(signal: AbortSignal): Promise<void> {
  for (let pages = 0; pages < MAX_PAGES_PER_PASS; pages++) {
    const [cursor = 0, scope, firstSyncDone] = await Promise.all([db.getMeta('cursor'), db.getMeta('scope'), db.getMeta('firstSyncDone')]);
    // Built exactly as index.html builds it (same keys, same order), so the early answer can be recognised.
    const query = new URLSearchParams({ cursor: String(cursor), limit: String(PAGE_LIMIT) });
    if (scope) query.set('scope', scope);
    if (!firstSyncDone) query.set('first', '1');
    const answer = await fetchPage(String(query), signal);
    if (signal.aborted) return;
    if (!answer) {
      // 204: nothing new. Only a first sync that ends here has something to record.
      if (!firstSyncDone) await applyPage({ cursor, more: false, scope: scope ?? '', reset: false, shops: [], conversations: [], messages: [], deleted: [] });
      return;
    }
    if (!(await applyPage(answer)) || !answer.more) return;
  }
}

async function pass(): Promise<void> {
  // Chromium and Safari know when there is no network at all; asking anyway only logs a failed request.
  if (!navigator.onLine) {
    setSyncState('offline');
    return;
  }
  if (!(await db.getMeta('session'))) return;
  abort = new AbortController();
  const { signal } = abort;
  setSyncState('syncing');
  try {
    await pullUntilDone(signal);
    if (signal.aborted) return;
    failures = 0;
    setSyncState('synced');
    for (const listener of pulledListeners) listener();
  } catch (error) {
    if (signal.aborted) return;
    if (error instanceof ApiError && error.code === 'unauthorized') {
      await endSessionFromServer();
      return;
    }
    setSyncState(error instanceof ApiError && error.code === 'network' && !navigator.onLine ? 'offline' : 'error');
    failures++;
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => void requestSync(), Math.min(POLL_MS, 2000 * 2 ** failures));
  }
}

/** Runs a sync pass now, or once more right after the one in progress. */
export function requestSync(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = pass().finally(() => {
    running = null;
    if (again) {
      again = false;
      void requestSync();
    }
  });
  return running;
}

// Called after every successful pass (sync/outbox.ts sends waiting replies then), without pull.ts
// importing them: the outbox loads on its own, after the first paint.
const pulledListeners = new Set<() => void>();

/** Runs `listener` after every successful pull; returns its removal. */
export function onPulled(listener: () => void): () => void {
  pulledListeners.add(listener);
  return () => void pulledListeners.delete(listener);
}

let stopTriggers: (() => void) | null = null;

/** Starts syncing for the signed-in session: a pass now, then on the triggers above. Returns a stop. */
export function startSync(): () => void {
  stopTriggers?.();
  const onOnline = () => void requestSync();
  const onOffline = () => setSyncState('offline');
  const onVisible = () => document.visibilityState === 'visible' && void requestSync();
  const timer = setInterval(() => document.visibilityState === 'visible' && void requestSync(), POLL_MS);
  // The long-poll starts after the first pass: before it the cursor is behind, the wait would answer at
  // once and compete with the first page for a slow link.
  let stopLive: (() => void) | undefined;
  let stopped = false;
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOffline);
  document.addEventListener('visibilitychange', onVisible);
  stopTriggers = () => {
    stopped = true;
    clearInterval(timer);
    stopLive?.();
    window.removeEventListener('online', onOnline);
    window.removeEventListener('offline', onOffline);
    document.removeEventListener('visibilitychange', onVisible);
    stopTriggers = null;
  };
  void requestSync().then(() => {
    if (!stopped) stopLive = startLiveUpdates({ pull: requestSync, onUnauthorized: endSessionFromServer });
  });
  return stopSync;
}

/**
 * The server ended the session (expired, signed out elsewhere): keep nothing of it on the device but the
 * replies not sent yet, which go after the same person signs in again.
 */
export async function endSessionFromServer(): Promise<void> {
  stopSync();
  await db.clearAll({ keepOutbox: true });
  setSessionEnded(true);
}

/** Stops every trigger and cancels a pull in flight (sign-out). */
export function stopSync(): void {
  stopTriggers?.();
  abort?.abort();
  clearTimeout(retryTimer);
  failures = 0;
  again = false;
  setSyncState(navigator.onLine ? 'idle' : 'offline');
}
