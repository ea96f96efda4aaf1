// The inbox: the organisation's conversations from IndexedDB, newest first, with a status filter that
// reads the [status+lastMessageAt] index. It never waits for the network: rows appear as soon as the
// sync (or an earlier visit) has stored them, and the status line says whether they are current.
import { A } from '@solidjs/router';
import { For, Match, Show, Switch, createSignal } from 'solid-js';
import type { ConversationStatus } from '../../../shared/schemas/conversations';
import { AccountMenu } from '../../components/account-menu';
import { ChatIcon } from '../../components/icons';
import { SyncStatus } from '../../components/sync-status';
import { t } from '../../i18n';
import { db } from '../../local/db';
import { createLiveQuery } from '../../local/live';
import { session } from '../../local/session';
import { syncState } from '../../sync/pull';
import { ConversationRow } from './conversation-row';

/** Rows kept in the DOM; a virtual list replaces this bound when inboxes grow (issue: full offline inbox). */
const MAX_ROWS = 300;

// 'mine': assigned to the signed-in person; 'human': waiting for a person (no index: a scan of the newest).
type Filter = ConversationStatus | 'all' | 'mine' | 'human';
// Every status gets a filter, in this order; a new status in shared/ is a type error here until it has one.
// (Typed against the shared list rather than importing CONVERSATION_STATUSES, whose module builds zod
// schemas at load and would pull zod/mini into the first paint.)
const STATUS_ORDER: Record<ConversationStatus, number> = { open: 0, pending: 1, resolved: 2 };
const FILTERS: Filter[] = ['all', 'mine', 'human', ...(Object.keys(STATUS_ORDER) as ConversationStatus[]).sort((a, b) => STATUS_ORDER[a] - STATUS_ORDER[b])];

function queryConversations([filter, me]: [Filter, string | undefined]) {
  if (filter === 'all' || filter === 'mine' || filter === 'human') {
    const newest = db.conversations.orderBy('lastMessageAt').reverse();
    if (filter === 'all') return newest.limit(MAX_ROWS).toArray();
    return newest.filter((c) => (filter === 'mine' ? c.assigneeId === me : c.needsHuman)).limit(MAX_ROWS).toArray();
  }
  return db.conversations.where('[status+lastMessageAt]').between([filter, ''], [filter, '\uffff']).reverse().limit(MAX_ROWS).toArray();
}

export function InboxPage() {
  const [filter, setFilter] = createSignal<Filter>('all');
  const conversations = createLiveQuery((): [Filter, string | undefined] => [filter(), session()?.user.id], queryConversations);
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
            <button type="button" class="chip" aria-pressed={filter() === value} onClick={() => setFilter(value)}>
              {value === 'all' || value === 'mine' || value === 'human' ? t(`inbox.filter.${value}`) : t(`status.${value}`)}
            </button>
          )}
        </For>
      </nav>
      <main id="main">
        <Show when={conversations()}>
          {(list) => (
            <Switch>
              <Match when={list().length > 0}>
                <ul class="conversation-list" aria-label={t('inbox.list')}>
                  <For each={list()}>
                    {(conversation) => (
                      <li>
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
