// The inbox: the organisation's conversations from IndexedDB, newest first, with a status filter that
// reads the [status+lastMessageAt] index. It never waits for the network: rows appear as soon as the
// sync (or an earlier visit) has stored them, and the status line says whether they are current.
// The list is virtual (virtual-list.ts): IndexedDB is asked for the count and for the rows of the window
// on screen only (offset + limit on the index), so 10,000 conversations never sit in memory or the DOM.
// "Assigned to me" and "Needs a person" have no index (IndexedDB cannot index null or a boolean, and a new
// index would mean a Dexie version): they filter a scan of the newest, still one window at a time.
import { A } from '@solidjs/router';
import { For, Match, Show, Switch, createComputed, createEffect, createSignal, on, onCleanup } from 'solid-js';
import { liveQuery } from 'dexie';
import type { ConversationRecord, ConversationStatus } from '../../../shared/schemas/conversations';
import { AccountMenu } from '../../components/account-menu';
import { ChatIcon } from '../../components/icons';
import { SyncStatus } from '../../components/sync-status';
import { t } from '../../i18n';
import { db } from '../../local/db';
import { createLiveQuery } from '../../local/live';
import { databaseReady } from '../../local/open-state';
import { session } from '../../local/session';
import { syncState } from '../../sync/pull';
import { ConversationRow } from './conversation-row';
import { MIN_ROWS, createVirtualWindow } from './virtual-list';

// 'mine': assigned to the signed-in person; 'human': waiting for a person (no index: a scan of the newest).
type Filter = ConversationStatus | 'all' | 'mine' | 'human';
// Every status gets a filter, in this order; a new status in shared/ is a type error here until it has one.
// (Typed against the shared list rather than importing CONVERSATION_STATUSES, whose module builds zod
// schemas at load and would pull zod/mini into the first paint.)
const STATUS_ORDER: Record<ConversationStatus, number> = { open: 0, pending: 1, resolved: 2 };
const FILTERS: Filter[] = ['all', 'mine', 'human', ...(Object.keys(STATUS_ORDER) as ConversationStatus[]).sort((a, b) => STATUS_ORDER[a] - STATUS_ORDER[b])];

/** A fresh Dexie collection for the filter (collections are changed in place by offset/limit). */
function collection(filter: Filter, me: string | undefined) {
  if (filter === 'all' || filter === 'mine' || filter === 'human') {
    const newest = db.conversations.orderBy('lastMessageAt').reverse();
    if (filter === 'all') return newest;
    return newest.filter((c) => (filter === 'mine' ? c.assigneeId === me : c.needsHuman));
  }
  return db.conversations.where('[status+lastMessageAt]').between([filter, ''], [filter, '\uffff']).reverse();
}

interface Page {
  total: number;
  start: number;
  rows: ConversationRecord[];
}
type Window = [Filter, string | undefined, number, number];

async function queryPage([filter, me, start, end]: Window): Promise<Page> {
  const [total, rows] = await Promise.all([collection(filter, me).count(), collection(filter, me).offset(start).limit(end - start).toArray()]);
  return { total, start, rows };
}

// The first window is read as soon as the app has opened IndexedDB (beside the session), not after the inbox
// has rendered: on opening, the rows are usually in memory by the time the heading is drawn, and both appear in
// one paint. Only the first inbox showing that window uses it; its live query then runs as usual.
const FIRST: Window = ['all', undefined, 0, MIN_ROWS];
let early: Promise<Page> | undefined = location.pathname === '/' ? databaseReady.then(() => queryPage(FIRST)) : undefined;
let earlyPage: Page | undefined;
early?.then((page) => (earlyPage = page)).catch(() => (early = undefined));

const same = (a: ConversationRecord, b: ConversationRecord) => {
  for (const key in b) if (a[key as keyof ConversationRecord] !== b[key as keyof ConversationRecord]) return false;
  return true;
};

/**
 * Keeps the objects of rows that did not change, so <For> keeps their DOM and only new or changed rows
 * render. Plain objects, not a store: a row reads a dozen fields, and store proxies (reconcile) made the
 * first paint of the list several times slower.
 */
function reuse(previous: Page | undefined, next: Page): Page {
  if (!previous) return next;
  const known = new Map(previous.rows.map((row) => [row.id, row]));
  return { ...next, rows: next.rows.map((row) => { const old = known.get(row.id); return old && same(old, row) ? old : row; }) };
}

/**
 * The window of rows as a live query. A new window keeps the rows on screen until its own arrive (no blank
 * list while scrolling); only a new filter or person starts from nothing.
 */
function createPage(source: () => Window) {
  const [page, setPage] = createSignal<Page | undefined>(undefined);
  const [error, setError] = createSignal<unknown>(undefined);
  let generation = 0;
  createComputed(
    on(source, (value, previous) => {
      if (!previous || previous[0] !== value[0] || previous[1] !== value[1]) {
        const mine = ++generation;
        const start = early && value.join() === FIRST.join() ? early : undefined;
        early = undefined;
        setPage(start && earlyPage);
        setError(undefined);
        start?.then((p) => mine === generation && setPage((current) => current ?? p)).catch(() => undefined); // the live query reports errors
      }
      const subscription = liveQuery(() => queryPage(value)).subscribe({
        next: (next) => {
          setError(undefined);
          setPage((current) => reuse(current, next));
        },
        error: (e: unknown) => setError(() => e),
      });
      onCleanup(() => subscription.unsubscribe());
    }),
  );
  return () => {
    if (error() !== undefined) throw error();
    return page();
  };
}

export function InboxPage() {
  const [filter, setFilter] = createSignal<Filter>('all');
  const view = createVirtualWindow();
  // Only "Assigned to me" depends on who is signed in (the others must not query twice while the session loads).
  const page = createPage((): Window => [filter(), filter() === 'mine' ? session()?.user.id : undefined, ...view.range()]);
  const conversations = () => page()?.rows;
  // Rows or the total changed: the list may have just appeared, or grown under the viewport.
  createEffect(on(() => [page()?.total, page()?.rows.length], () => view.update(), { defer: true }));
  const choose = (value: Filter) => {
    if (value === filter()) return;
    view.reset();
    setFilter(value);
    if (window.scrollY > 0) window.scrollTo(0, 0);
  };
  const firstSyncDone = createLiveQuery(async () => (await db.getMeta('firstSyncDone')) ?? false);
  const waitingForFirstSync = () => firstSyncDone() === false && syncState() !== 'offline' && syncState() !== 'error';

  return (
    <div class="page">
      <header class="app-bar">
        <div class="app-bar-title">
          <h1>{t('inbox.title')}</h1>
          <p class="app-bar-sub">{session()?.organization.name}</p>
        </div>
        {/* After-sales tickets (/tickets, a lazy page). The label is inline so that the first paint does not
            carry the tickets dictionary; it belongs in i18n/en.ts and zh-CN.ts as `inbox.tickets`. */}
        <A href="/tickets" class="chip inbox-tickets-link">
          {t('inbox.tickets')}
        </A>
        <AccountMenu />
      </header>
      <SyncStatus />
      <nav class="filters" aria-label={t('inbox.filters')}>
        <For each={FILTERS}>
          {(value) => (
            <button type="button" class="chip" aria-pressed={filter() === value} onClick={() => choose(value)}>
              {value === 'all' || value === 'mine' || value === 'human' ? t(`inbox.filter.${value}`) : t(`status.${value}`)}
            </button>
          )}
        </For>
      </nav>
      <main id="main">
        <Show when={conversations()}>
          {(list) => (
            <Switch>
              <Match when={(page()?.total ?? 0) > 0}>
                <ul
                  ref={view.attach}
                  class="conversation-list virtual"
                  aria-label={t('inbox.list')}
                  style={{ height: `${(page()?.total ?? 0) * view.rowHeight()}px`, 'padding-top': `${(page()?.start ?? 0) * view.rowHeight()}px` }}
                >
                  <For each={list()}>
                    {(conversation, i) => (
                      <li aria-setsize={page()?.total} aria-posinset={(page()?.start ?? 0) + i() + 1}>
                        <ConversationRow conversation={conversation} />
                      </li>
                    )}
                  </For>
                </ul>
              </Match>
              <Match when={waitingForFirstSync()}>
                <div class="empty">
                  <span class="spinner" aria-hidden="true" />
                  <p>{t('inbox.firstSync')}</p>
                </div>
              </Match>
              <Match when={filter() !== 'all'}>
                <div class="empty">
                  <p>{t('inbox.emptyFilter')}</p>
                </div>
              </Match>
              <Match when={true}>
                <div class="empty">
                  <ChatIcon />
                  <p class="empty-title">{t('inbox.empty')}</p>
                  <p>{t('inbox.emptyHint')}</p>
                </div>
              </Match>
            </Switch>
          )}
        </Show>
      </main>
    </div>
  );
}
