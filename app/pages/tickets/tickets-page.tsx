// The organisation's after-sales tickets (/tickets), open or closed, newest first, read live from the API
// (not synced yet: online only). Each row opens the ticket.
import { A } from '@solidjs/router';
import { For, Match, Show, Switch, createSignal } from 'solid-js';
import { listTickets } from '../../api/tickets';
import { BackIcon } from '../../components/icons';
import { OfflineNote, TicketRow, createRemote, online } from './common';
import { ticketErrorText, tt } from './strings';

type Tab = 'open' | 'closed';

export function TicketsPage() {
  const [tab, setTab] = createSignal<Tab>('open');
  const remote = createRemote(
    () => (online() ? tab() : null),
    async (state) => (await listTickets({ state })).tickets,
  );
  const tickets = remote.value;
  return (
    <div class="page tickets-page">
      <header class="app-bar">
        <A href="/" class="icon-button" aria-label={tt('tickets.back')}>
          <BackIcon />
        </A>
        <div class="app-bar-title">
          <h1>{tt('tickets.title')}</h1>
        </div>
      </header>
      <OfflineNote />
      <nav class="filters" aria-label={tt('tickets.tabs')}>
        <For each={['open', 'closed'] as Tab[]}>
          {(value) => (
            <button type="button" class="chip" aria-pressed={tab() === value} onClick={() => (tab() === value ? void remote.reload() : setTab(value))}>
              {tt(value === 'open' ? 'tickets.open' : 'tickets.closed')}
            </button>
          )}
        </For>
      </nav>
      <main id="main" class="ticket-main">
        <Switch>
          <Match when={remote.error()}>
            <p role="alert" class="form-error">
              {ticketErrorText(remote.error())}
            </p>
          </Match>
          <Match when={tickets()}>
            {(list) => (
              <Show when={list().length > 0} fallback={<p class="empty">{tt('tickets.none')}</p>}>
                <ul class="ticket-list" aria-label={tt('tickets.list')}>
                  <For each={list()}>
                    {(ticket) => (
                      <li>
                        <TicketRow ticket={ticket} />
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            )}
          </Match>
          <Match when={online()}>
            <span class="spinner" aria-hidden="true" />
          </Match>
        </Switch>
      </main>
    </div>
  );
}
