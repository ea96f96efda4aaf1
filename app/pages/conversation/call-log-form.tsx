// Logging a phone call in a conversation (POST /api/conversations/:id/calls, docs/email.md "Phone calls"):
// direction, optional length, a note and when. The server is idempotent by clientId, so a save whose
// answer was lost is sent again with the same id and stored once. Calls are logged online only (there is
// nothing to deliver, so no outbox): offline, the form says so and keeps what was typed.
// The saved message is written to IndexedDB at once; the next sync brings the same row.
import { Show, createSignal } from 'solid-js';
import type { MessageRecord } from '../../../shared/schemas/conversations';
import { apiRequest } from '../../api/client';
import { t } from '../../i18n';
import { errorText } from '../../i18n/error-text';
import { db } from '../../local/db';
import { online } from '../../sync/outbox';

const newClientId = () => (typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(''));

/** `YYYY-MM-DDTHH:mm` in local time, as <input type="datetime-local"> wants it. */
const localNow = () => {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

export function CallLogForm(props: { conversationId: string; onDone?: () => void }) {
  const [direction, setDirection] = createSignal<'inbound' | 'outbound'>('outbound');
  const [minutes, setMinutes] = createSignal('');
  const [note, setNote] = createSignal('');
  const [at, setAt] = createSignal(localNow());
  const [state, setState] = createSignal<{ kind: 'idle' | 'busy' } | { kind: 'failed'; text: string }>({ kind: 'idle' });
  let clientId = newClientId(); // kept across retries of the same call; a new one after a save

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!online()) return setState({ kind: 'failed', text: t('call.offline') });
    setState({ kind: 'busy' });
    try {
      const length = minutes().trim() === '' ? undefined : Math.round(Number(minutes()) * 60);
      const { message } = await apiRequest<{ message: MessageRecord }>(`/api/conversations/${encodeURIComponent(props.conversationId)}/calls`, {
        method: 'POST',
        body: { clientId, direction: direction(), note: note().trim(), at: new Date(at()).toISOString(), ...(length !== undefined && Number.isFinite(length) ? { durationSeconds: length } : {}) },
      });
      await db.messages.put(message);
      clientId = newClientId();
      setNote('');
      setMinutes('');
      setState({ kind: 'idle' });
      props.onDone?.();
    } catch (error) {
      setState({ kind: 'failed', text: errorText(error) });
    }
  };

  return (
    <form class="call-log-form" data-testid="call-log-form" onSubmit={onSubmit}>
      <fieldset>
        <legend>{t('call.direction')}</legend>
        <label>
          <input type="radio" name="call-direction" value="outbound" checked={direction() === 'outbound'} onChange={() => setDirection('outbound')} /> {t('call.outbound')}
        </label>
        <label>
          <input type="radio" name="call-direction" value="inbound" checked={direction() === 'inbound'} onChange={() => setDirection('inbound')} /> {t('call.inbound')}
        </label>
      </fieldset>
      <label>
        {t('call.minutes')}
        <input type="number" min="0" max="1440" step="1" inputmode="numeric" value={minutes()} onInput={(e) => setMinutes(e.currentTarget.value)} />
      </label>
      <label>
        {t('call.at')}
        <input type="datetime-local" required value={at()} onInput={(e) => setAt(e.currentTarget.value)} />
      </label>
      <label>
        {t('call.note')}
        <textarea maxLength={2000} rows={3} value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <Show when={state().kind === 'failed' && state()}>{(s) => <p class="form-error" role="alert">{(s() as { text: string }).text}</p>}</Show>
      <div class="form-actions">
        <Show when={props.onDone}>
          <button type="button" onClick={() => props.onDone?.()}>
            {t('call.cancel')}
          </button>
        </Show>
        <button type="submit" class="primary" disabled={state().kind === 'busy'}>
          {state().kind === 'busy' ? t('call.saving') : t('call.save')}
        </button>
      </div>
    </form>
  );
}
