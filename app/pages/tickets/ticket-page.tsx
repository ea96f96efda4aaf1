// One after-sales ticket (/t/:ticketId), read live from the API: its kind, state and order, the timeline
// (when, what, who, TikTok's status) and one button per event the ticket accepts now (`allowedEvents`), with
// an optional note and, when TikTok asks for one, its reject reason. After each step the view shows the
// ticket as the API answered; a refused step (409) refreshes it. Not synced yet: offline it says so.
import { A, useParams } from '@solidjs/router';
import { For, Match, Show, Switch, createSignal } from 'solid-js';
import { ApiError } from '../../api/client';
import { applyEvent, getTicket, rejectReasonsOf, type ApplicableEvent, type TicketView } from '../../api/tickets';
import { BackIcon } from '../../components/icons';
import { formatFullDateTime } from '../../i18n/format';
import { OfflineNote, createRemote, online, whoText } from './common';
import { reasonText, stateText, ticketErrorText, tt } from './strings';

export function TicketPage() {
  const params = useParams<{ ticketId: string }>();
  const remote = createRemote(
    () => (online() ? params.ticketId : null),
    (id) => getTicket(id),
  );
  const view = remote.value;
  const [note, setNote] = createSignal('');
  const [reasons, setReasons] = createSignal<string[] | null>(null);
  const [reason, setReason] = createSignal('');
  const [busy, setBusy] = createSignal<ApplicableEvent | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const [done, setDone] = createSignal<string | null>(null);

  const apply = async (event: ApplicableEvent) => {
    setBusy(event);
    setError(null);
    setDone(null);
    try {
      const body = { event, ...(note().trim() ? { note: note().trim() } : {}), ...(event === 'rejected' && reason() ? { rejectReason: reason() } : {}) };
      const next: TicketView = await applyEvent(params.ticketId, body);
      remote.set(next);
      setNote('');
      setReasons(null);
      setReason('');
      setDone(tt('ticket.done', { event: tt(`event.${event}`) }));
    } catch (err) {
      const listed = event === 'rejected' ? rejectReasonsOf(err) : null;
      if (listed) {
        setReasons(listed);
        setError(tt('ticket.reasonNeeded'));
      } else {
        setError(ticketErrorText(err));
        if (err instanceof ApiError && err.code === 'conflict') void remote.reload();
      }
    } finally {
      setBusy(null);
    }
  };

  const backHref = () => {
    const c = view()?.ticket.conversationId;
    return c ? `/c/${c}` : '/tickets';
  };

  return (
    <div class="page ticket-page">
      <header class="app-bar">
        <A href={backHref()} class="icon-button" aria-label={tt('ticket.back')}>
          <BackIcon />
        </A>
        <div class="app-bar-title">
          <h1>{view() ? tt(`kind.${view()!.ticket.kind}`) : tt('ticket.title')}</h1>
          <Show when={view()}>{(v) => <p class="app-bar-sub">{stateText(v().ticket.state)}</p>}</Show>
        </div>
      </header>
      <OfflineNote />
      <main id="main" class="ticket-main">
        <Switch>
          <Match when={remote.error()}>
            <p role="alert" class="form-error">
              {ticketErrorText(remote.error(), { not_found: 'ticket.notFound', validation_failed: 'ticket.notFound' })}
            </p>
            <A href="/tickets" class="button secondary">
              {tt('tickets.title')}
            </A>
          </Match>
          <Match when={view()}>
            {(v) => (
              <>
                <dl class="ticket-facts" data-testid="ticket-facts">
                  <dt>{tt('ticket.state')}</dt>
                  <dd data-testid="ticket-state">{stateText(v().ticket.state)}</dd>
                  <dt>{tt('ticket.order')}</dt>
                  <dd>{v().ticket.orderId ?? tt('tickets.noOrder')}</dd>
                  <Show when={v().ticket.tiktokStatus}>
                    {(status) => (
                      <>
                        <dt>{tt('ticket.tiktokStatus')}</dt>
                        <dd>{status()}</dd>
                      </>
                    )}
                  </Show>
                </dl>
                <Show when={v().ticket.conversationId}>
                  {(c) => (
                    <A href={`/c/${c()}`} class="button secondary">
                      {tt('ticket.conversation')}
                    </A>
                  )}
                </Show>

                <section class="ticket-actions" aria-labelledby="ticket-actions-heading">
                  <h2 id="ticket-actions-heading">{tt('ticket.actions')}</h2>
                  <Show when={v().allowedEvents.length > 0} fallback={<p class="ticket-row-sub">{tt('ticket.noActions')}</p>}>
                    <div class="field">
                      <label for="ticket-note">{tt('ticket.note')}</label>
                      <textarea id="ticket-note" rows="2" maxLength={1000} value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
                    </div>
                    <Show when={reasons() && v().allowedEvents.includes('rejected')}>
                      <div class="field">
                        <label for="ticket-reason">{tt('ticket.rejectReason')}</label>
                        <select id="ticket-reason" value={reason()} onChange={(e) => setReason(e.currentTarget.value)}>
                          <option value="">{tt('ticket.chooseReason')}</option>
                          <For each={reasons()!}>{(name) => <option value={name}>{reasonText(name)}</option>}</For>
                        </select>
                      </div>
                    </Show>
                    <div class="ticket-buttons" data-testid="ticket-events">
                      <For each={v().allowedEvents}>
                        {(event) => (
                          <button
                            type="button"
                            class={`button${event === 'closed' || event === 'rejected' ? ' secondary' : ''}`}
                            data-event={event}
                            disabled={busy() !== null || !online() || (event === 'rejected' && !!reasons() && !reason())}
                            onClick={() => apply(event)}
                          >
                            {busy() === event ? tt('ticket.working') : tt(`action.${event}`)}
                          </button>
                        )}
                      </For>
                    </div>
                  </Show>
                  <Show when={error()}>
                    {(message) => (
                      <p role="alert" class="form-error">
                        {message()}
                      </p>
                    )}
                  </Show>
                  <p role="status" class="ticket-row-sub">
                    {done() ?? ''}
                  </p>
                </section>

                <section aria-labelledby="ticket-timeline-heading">
                  <h2 id="ticket-timeline-heading">{tt('ticket.timeline')}</h2>
                  <ol class="ticket-timeline" data-testid="ticket-timeline">
                    <For each={v().ticket.timeline}>
                      {(e) => (
                        <li data-event={e.event}>
                          <strong>
                            {tt(`event.${e.event}`)} → {stateText(e.toState)}
                          </strong>
                          <span class="ticket-row-sub">
                            <time datetime={e.at}>{tt('ticket.entry', { when: formatFullDateTime(e.at), who: whoText(e.actorId) })}</time>
                          </span>
                          <Show when={e.tiktokStatus}>{(s) => <span class="ticket-row-sub">{tt('ticket.tiktok', { status: s() })}</span>}</Show>
                          <Show when={e.note}>{(n) => <span>{n()}</span>}</Show>
                          <Show when={e.notice}>
                            <span class="ticket-row-sub">{tt('ticket.noticeSent')}</span>
                          </Show>
                        </li>
                      )}
                    </For>
                  </ol>
                </section>
              </>
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
