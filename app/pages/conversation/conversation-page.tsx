// One conversation, read from IndexedDB. When the device does not hold it (older than the first sync's
// window, or a link opened early), it is fetched once into IndexedDB and then shown from there like any
// other; offline, the page says it is not saved here. At the foot, the reply composer (composer.tsx); the
// replies it writes go through the outbox (sync/outbox.ts) and show at once, offline too.
import { A, useParams } from '@solidjs/router';
import { For, Match, Show, Suspense, Switch, createEffect, createMemo, createSignal, lazy, on } from 'solid-js';
import type { MessageRecord } from '../../../shared/schemas/conversations';
import { ApiError } from '../../api/client';
import { Avatar } from '../../components/avatar';
import { ChannelBadge } from '../../components/channel-badge';
import { BackIcon, PersonIcon } from '../../components/icons';
import { t } from '../../i18n';
import { errorText } from '../../i18n/error-text';
import { displayName } from '../../i18n/format';
import { db } from '../../local/db';
import { createLiveQuery } from '../../local/live';
import { session } from '../../local/session';
import { fetchConversation } from '../../sync/conversation';
import { clientIdOf, isOutboxMessage, type OutboxRow } from '../../sync/outbox';
import { Composer } from './composer';
import { ConversationActions } from './actions';
import { queueMutation } from '../../sync/outbox';
import { MessageItem } from './message-item';
import { tt } from '../tickets/strings';

// The Tickets section loads when the agent opens it (tickets-panel.tsx); order numbers seen in the chat are
// offered for a new ticket.
const TicketsPanel = lazy(() => import('./tickets-panel'));
// The call log form loads when the agent opens it (call-log-form.tsx; docs/email.md, "Phone calls").
const CallLogForm = lazy(() => import('./call-log-form').then((m) => ({ default: m.CallLogForm })));
const orderHints = (list: readonly MessageRecord[]) => [...new Set(list.flatMap((m) => m.text?.match(/\b\d{15,20}\b/g) ?? []))].reverse();

type RemoteState = { kind: 'idle' } | { kind: 'loading' } | { kind: 'offline' } | { kind: 'failed'; error: unknown };

export function ConversationPage() {
  const params = useParams<{ id: string }>();
  const conversation = createLiveQuery(
    () => params.id,
    async (id) => (await db.conversations.get(id)) ?? null,
  );
  const messages = createLiveQuery(
    () => params.id,
    (id) => db.messages.where('[conversationId+createdAt]').between([id, ''], [id, '\uffff']).toArray(),
  );
  const outbox = createLiveQuery(
    () => params.id,
    async (id) => (await db.outbox.where('conversationId').equals(id).toArray()).map((row) => ({ ...row, id: row.clientId })),
  );
  const pendingRows = createMemo(() => new Map((outbox() ?? []).map((row): [string, OutboxRow] => [row.clientId, row])));
  const pendingOf = (m: MessageRecord) => (isOutboxMessage(m.id) ? pendingRows().get(clientIdOf(m.id)) : undefined);
  // The server's own copy of a reply that is still in the outbox (stored queued while it sends, or failed
  // when TikTok refused it) arrives with the sync; while the row waits, its optimistic message stands for
  // it. The copy carries the row's clientId.
  const shown = createMemo(() => {
    const list = messages() ?? [];
    const waiting = pendingRows();
    if (waiting.size === 0) return list;
    return list.filter((m) => isOutboxMessage(m.id) || !m.clientId || !waiting.has(m.clientId));
  });
  const shop = createLiveQuery(
    () => conversation()?.shopId,
    async (shopId) => (shopId ? ((await db.shops.get(shopId)) ?? null) : null),
  );
  const [remote, setRemote] = createSignal<RemoteState>({ kind: 'idle' });
  const [ticketsOpen, setTicketsOpen] = createSignal(false);
  const [callOpen, setCallOpen] = createSignal(false);

  // Not on this device: fetch it into IndexedDB once; the live queries above then show it.
  createEffect(
    on(
      () => (conversation() === null ? params.id : null),
      async (missingId) => {
        if (!missingId) return;
        if (!navigator.onLine) return setRemote({ kind: 'offline' });
        setRemote({ kind: 'loading' });
        try {
          await fetchConversation(missingId);
          setRemote({ kind: 'idle' });
        } catch (error) {
          setRemote(error instanceof ApiError && error.code === 'network' && !navigator.onLine ? { kind: 'offline' } : { kind: 'failed', error });
        }
      },
    ),
  );

  // Seen: unread goes to 0 and an escalation paged to someone stops being re-paged (once per visit).
  createEffect(
    on(
      () => conversation()?.id,
      (id) => {
        const c = conversation();
        if (!id || !c || !(c.unreadCount > 0 || (c.pageLevel && !c.openedAt))) return;
        void queueMutation('conversation.open', { conversationId: id }, c, { unreadCount: 0, ...(c.pageLevel && !c.openedAt ? { openedAt: new Date().toISOString() } : {}) });
      },
    ),
  );

  // Open at the newest message, and follow new ones as they arrive (and a reply's note when it changes).
  createEffect(
    on(
      () => [shown().length, (outbox() ?? []).map((row) => `${row.held}:${row.lastError}`).join()] as const,
      ([count]) => count > 0 && requestAnimationFrame(() => window.scrollTo({ top: document.documentElement.scrollHeight })),
    ),
  );

  return (
    <div class="page conversation-page">
      <header class="app-bar">
        <A href="/" class="icon-button" aria-label={t('conversation.back')}>
          <BackIcon />
        </A>
        <Show when={conversation()}>
          {(c) => (
            <div class="app-bar-title with-avatar">
              <Avatar name={c().buyerName} seed={c().buyerId} />
              <div>
                <h1>{c().buyerName}</h1>
                <p class="app-bar-sub">
                  {[shop()?.name, displayName('region', c().market), c().language ? displayName('language', c().language!) : null].filter(Boolean).join(' · ')}
                </p>
              </div>
            </div>
          )}
        </Show>
      </header>
      <Show when={conversation()}>
        {(c) => (
          <div class="conversation-tags">
            <span class={`tag status-${c().status}`}>{t(`status.${c().status}`)}</span>
            <ChannelBadge channel={c().channel} />
            <Show when={c().needsHuman}>
              <span class="tag needs-human">
                <PersonIcon />
                {t('inbox.needsHuman')}
              </span>
            </Show>
            <Show when={c().intent}>{(intent) => <span class="tag">{t(`intent.${intent()}`)}</span>}</Show>
            <button type="button" class="chip" aria-expanded={ticketsOpen()} aria-controls="tickets-section" onClick={() => setTicketsOpen(!ticketsOpen())}>
              {tt('tickets.toggle')}
            </button>
            <Show when={c().needsHuman && c().handoffSummary}>
              {(summary) => (
                <p class="handoff-summary" data-testid="handoff-summary">
                  <strong>{t('conversation.summary')}: </strong>
                  {summary()}
                </p>
              )}
            </Show>
          </div>
        )}
      </Show>
      <Show when={conversation()}>{(c) => <ConversationActions conversation={c()} />}</Show>
      <Show when={ticketsOpen() && conversation()}>
        {(c) => (
          <div id="tickets-section">
            <Suspense fallback={<span class="spinner" aria-hidden="true" />}>
              <TicketsPanel conversationId={c().id} orderHints={orderHints(messages() ?? [])} />
            </Suspense>
          </div>
        )}
      </Show>
      <main id="main" class="conversation-main">
        <Switch>
          <Match when={conversation()}>
            {(c) => (
              <Show when={shown().length > 0} fallback={<p class="empty">{t('conversation.empty')}</p>}>
                <ol class="messages" aria-label={t('conversation.messages')}>
                  <For each={shown()}>{(m) => <MessageItem message={m} buyerName={c().buyerName} language={c().language} pending={pendingOf(m)} />}</For>
                </ol>
              </Show>
            )}
          </Match>
          <Match when={conversation() === null}>
            <div class="empty">
              <Switch fallback={<span class="spinner" aria-hidden="true" />}>
                <Match when={remote().kind === 'loading'}>
                  <span class="spinner" aria-hidden="true" />
                  <p>{t('conversation.loading')}</p>
                </Match>
                <Match when={remote().kind === 'offline'}>
                  <p>{t('conversation.offlineMissing')}</p>
                </Match>
                <Match when={remote().kind === 'failed' ? (remote() as { error: unknown }).error : null}>
                  {(error) => <p role="alert">{errorText(error(), { not_found: 'conversation.notFound', validation_failed: 'conversation.notFound' })}</p>}
                </Match>
              </Switch>
              <A href="/" class="button secondary">
                {t('conversation.back')}
              </A>
            </div>
          </Match>
        </Switch>
      </main>
      <Show when={conversation()}>
        {(c) => (
          <div class="call-log">
            <Show
              when={callOpen()}
              fallback={
                <button type="button" class="chip" aria-expanded="false" onClick={() => setCallOpen(true)}>
                  {t('call.log')}
                </button>
              }
            >
              <Suspense fallback={<span class="spinner" aria-hidden="true" />}>
                <CallLogForm conversationId={c().id} onDone={() => setCallOpen(false)} />
              </Suspense>
            </Show>
          </div>
        )}
      </Show>
      <Show when={conversation()}>{(c) => <Composer conversation={c()} />}</Show>
    </div>
  );
}
