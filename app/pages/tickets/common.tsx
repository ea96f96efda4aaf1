// What the ticket screens share: the network state (tickets are read live, online only), a ticket's row in
// a list, and who did a timeline step. The stylesheet comes with it, so it loads with these screens only.
import '../../styles/tickets.css';
import { A } from '@solidjs/router';
import { Show, createEffect, createSignal, on } from 'solid-js';
import type { TicketRecord } from '../../api/tickets';
import { formatRelative } from '../../i18n/format';
import { session } from '../../local/session';
import { stateText, tt } from './strings';
import { online } from '../../local/online';

export { online };

export function OfflineNote() {
  return (
    <Show when={!online()}>
      <p class="tickets-offline" role="status">
        {tt('tickets.offline')}
      </p>
    </Show>
  );
}

export const whoText = (actorId: string | null): string =>
  actorId === null ? tt('ticket.by.system') : actorId === session()?.user.id ? tt('ticket.by.you') : tt('ticket.by.team');

/** One ticket in a list: kind, state, order and its last step; the whole row opens the ticket. */
export function TicketRow(props: { ticket: TicketRecord }) {
  const last = () => props.ticket.timeline.at(-1);
  return (
    <A href={`/t/${props.ticket.id}`} class="ticket-row" data-testid="ticket-row">
      <span class="ticket-row-line">
        <strong>{tt(`kind.${props.ticket.kind}`)}</strong>
        <span class={`tag ticket-state${props.ticket.closedAt ? ' closed' : ''}`}>{stateText(props.ticket.state)}</span>
      </span>
      <span class="ticket-row-sub">{props.ticket.orderId ? tt('tickets.order', { id: props.ticket.orderId }) : tt('tickets.noOrder')}</span>
      <Show when={last()}>{(e) => <span class="ticket-row-sub">{`${tt(`event.${e().event}`)} · ${formatRelative(e().at)}`}</span>}</Show>
    </A>
  );
}

/**
 * Data read live from the API for `source()` (null: nothing to read, e.g. offline). Signals rather than
 * createResource, so a reload keeps showing the current value instead of suspending the page.
 */
export function createRemote<S, T>(source: () => S | null, load: (s: S) => Promise<T>) {
  const [value, setValue] = createSignal<T | undefined>();
  const [error, setError] = createSignal<unknown>(null);
  const [loading, setLoading] = createSignal(false);
  let token = 0;
  const reload = async () => {
    const s = source();
    if (s === null) return;
    const mine = ++token;
    setLoading(true);
    try {
      const v = await load(s);
      if (mine === token) {
        setValue(() => v);
        setError(null);
      }
    } catch (err) {
      if (mine === token) setError(() => err);
    } finally {
      if (mine === token) setLoading(false);
    }
  };
  createEffect(on(source, () => void reload()));
  return { value, error, loading, reload, set: (v: T) => (token++, setLoading(false), setError(null), setValue(() => v)) };
}
