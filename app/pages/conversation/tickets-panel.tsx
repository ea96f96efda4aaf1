// The conversation's Tickets section (loaded on demand when the agent opens it): this conversation's
// after-sales tickets, read live from the API (not synced yet, so online only), and a form that opens one —
// a kind and the buyer's order (suggested from order numbers seen in the chat; the API checks it is this
// buyer's). Opening shows the new ticket (/t/:id).
import { useNavigate } from '@solidjs/router';
import { For, Match, Show, Switch, createSignal } from 'solid-js';
import { TICKET_KINDS, type TicketKind } from '../../../shared/tickets/types';
import { listTickets, openTicket } from '../../api/tickets';
import { OfflineNote, TicketRow, createRemote, online } from '../tickets/common';
import { ticketErrorText, tt } from '../tickets/strings';

export default function TicketsPanel(props: { conversationId: string; orderHints: string[] }) {
  const navigate = useNavigate();
  const remote = createRemote(
    () => (online() ? props.conversationId : null),
    async (id) => (await listTickets({ conversationId: id })).tickets,
  );
  const tickets = remote.value;
  const [formOpen, setFormOpen] = createSignal(false);
  const [kind, setKind] = createSignal<TicketKind>('refund');
  const [orderId, setOrderId] = createSignal(props.orderHints[0] ?? '');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const order = orderId().trim();
      const { ticket } = await openTicket({ conversationId: props.conversationId, kind: kind(), ...(order ? { orderId: order } : {}) });
      navigate(`/t/${ticket.id}`);
    } catch (err) {
      setError(ticketErrorText(err, { validation_failed: 'tickets.badOrder' }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="tickets-panel" aria-labelledby="tickets-heading" data-testid="tickets-panel">
      <h2 id="tickets-heading">{tt('tickets.section')}</h2>
      <OfflineNote />
      <Show when={online()}>
        <Switch>
          <Match when={remote.loading() && !tickets()}>
            <p class="ticket-row-sub">{tt('tickets.loading')}</p>
          </Match>
          <Match when={remote.error()}>
            <p role="alert" class="form-error">
              {ticketErrorText(remote.error())}
            </p>
          </Match>
          <Match when={tickets()}>
            {(list) => (
              <Show when={list().length > 0} fallback={<p class="ticket-row-sub">{tt('tickets.none')}</p>}>
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
        </Switch>
        <Show
          when={formOpen()}
          fallback={
            <button type="button" class="button secondary" onClick={() => setFormOpen(true)}>
              {tt('tickets.openTicket')}
            </button>
          }
        >
          <form class="form ticket-form" onSubmit={submit} aria-label={tt('tickets.openTicket')}>
            <div class="field">
              <label for="ticket-kind">{tt('tickets.kind')}</label>
              <select id="ticket-kind" value={kind()} onChange={(e) => setKind(e.currentTarget.value as TicketKind)}>
                <For each={TICKET_KINDS}>{(k) => <option value={k}>{tt(`kind.${k}`)}</option>}</For>
              </select>
            </div>
            <div class="field">
              <label for="ticket-order">{tt('tickets.orderId')}</label>
              <input
                id="ticket-order"
                inputmode="numeric"
                autocomplete="off"
                list="ticket-order-hints"
                value={orderId()}
                onInput={(e) => setOrderId(e.currentTarget.value)}
                aria-describedby="ticket-order-hint"
              />
              <datalist id="ticket-order-hints">
                <For each={props.orderHints}>{(id) => <option value={id} />}</For>
              </datalist>
              <p id="ticket-order-hint" class="field-hint">
                {tt('tickets.orderHint')}
              </p>
            </div>
            <Show when={error()}>
              {(message) => (
                <p role="alert" class="form-error">
                  {message()}
                </p>
              )}
            </Show>
            <div class="ticket-buttons">
              <button type="submit" class="button" disabled={busy()}>
                {busy() ? tt('tickets.creating') : tt('tickets.create')}
              </button>
              <button type="button" class="button secondary" onClick={() => setFormOpen(false)}>
                {tt('tickets.cancel')}
              </button>
            </div>
          </form>
        </Show>
      </Show>
    </section>
  );
}
