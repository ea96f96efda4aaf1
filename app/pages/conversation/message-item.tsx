// One message: the buyer on the left, the shop's side (seller, agent, AI) on the right, system notes in
// the middle; under each, who sent it and when. A buyer's message can be shown in the reader's language
// (translated once by the organisation's AI provider and kept on the message); an agent's reply that
// AskChat translated for the buyer shows what the agent wrote under what the buyer received.
// A reply still in the outbox (`pending`) says where it is: waiting for the network, or refused, with
// what the person can do about it (Retry, Send without translation, Discard).
import { Match, Show, Switch, createSignal } from 'solid-js';
import { ERROR_STATUS } from '../../../shared/errors';
import type { MessageRecord } from '../../../shared/schemas/conversations';
import type { EmailContent } from '../../../shared/schemas/email';
import { apiRequest } from '../../api/client';
import { t } from '../../i18n';
import { errorText } from '../../i18n/error-text';
import { formatFullDateTime, formatMessageTime } from '../../i18n/format';
import { db } from '../../local/db';
import { discardReply, online, retryReply, sendWithoutTranslation, type OutboxRow } from '../../sync/outbox';
import { CallDetails, EmailDetails } from './channel-details';
import { readerLanguage, tc } from './strings';

/** The sentence for a stored error code (an outbox row's lastError). */
const codeText = (code: string | null) => t(code === 'network' || (code !== null && Object.hasOwn(ERROR_STATUS, code)) ? (`error.${code}` as 'error.network') : 'error.unknown');

export function MessageItem(props: { message: MessageRecord; buyerName: string; language: string | null; pending?: OutboxRow | undefined }) {
  const m = () => props.message;
  const isNote = () => m().type === 'NOTE';
  const side = () => (isNote() ? 'ours note' : m().sender === 'buyer' ? 'theirs' : m().sender === 'system' ? 'system' : 'ours');
  const translation = () => (m().sender === 'buyer' ? m().translations?.[readerLanguage()] : undefined);
  const original = () => (m().sender === 'agent' && m().translations ? Object.values(m().translations!)[0] : undefined);
  const canTranslate = () => m().sender === 'buyer' && m().text.trim() !== '' && !translation() && props.language !== null && props.language !== readerLanguage();
  const [state, setState] = createSignal<{ kind: 'idle' | 'busy' } | { kind: 'failed'; text: string }>({ kind: 'idle' });
  // A queued reply that cannot go now says so in a note under it instead of "Sending…".
  const waiting = () => !!props.pending && !props.pending.held && (!online() || props.pending.lastError !== null);

  const onTranslate = async () => {
    setState({ kind: 'busy' });
    try {
      const to = readerLanguage();
      const answer = await apiRequest<{ text: string }>(`/api/conversations/${encodeURIComponent(m().conversationId)}/messages/${encodeURIComponent(m().id)}/translation`, { method: 'POST', body: { to } });
      // Kept locally at once; the next sync brings the same row with its new version.
      await db.messages.update(m().id, { translations: { ...(m().translations ?? {}), [to]: answer.text } });
      setState({ kind: 'idle' });
    } catch (error) {
      setState({ kind: 'failed', text: errorText(error) });
    }
  };

  return (
    <li class={`message ${side()}`} data-testid="message" data-sender={m().sender} data-type={m().type} data-delivery={m().delivery} data-pending={props.pending ? '' : undefined}>
      <p class="bubble" lang={m().sender === 'buyer' ? (props.language ?? undefined) : undefined}>
        {m().text}
      </p>
      <Show when={m().type === 'CALL'}>
        <CallDetails content={(m().content ?? null) as { direction?: string; durationSeconds?: number } | null} />
      </Show>
      <Show when={m().type === 'EMAIL'}>
        <EmailDetails content={(m().content ?? null) as EmailContent | null} text={m().text} />
      </Show>
      <Show when={translation() ?? original()}>
        {(other) => (
          <p class="message-translation" data-testid="message-translation">
            <span class="message-translation-label">{translation() ? t('conversation.translated') : t('conversation.youWrote')} </span>
            {other()}
          </p>
        )}
      </Show>
      <p class="message-meta">
        <span class="message-sender">{isNote() ? tc('note.label') : m().sender === 'buyer' ? props.buyerName : t(`sender.${m().sender}`)}</span>
        <span aria-hidden="true"> · </span>
        <time datetime={m().createdAt} title={formatFullDateTime(m().createdAt)}>
          {formatMessageTime(m().createdAt)}
        </time>
        <Show when={m().delivery !== 'received' && m().delivery !== 'sent' && !waiting() ? m().delivery : null}>
          {(delivery) => <span class={`delivery ${delivery()}`}> · {t(`delivery.${delivery() as 'queued' | 'failed'}`)}</span>}
        </Show>
        <Show when={canTranslate()}>
          <span aria-hidden="true"> · </span>
          <button type="button" class="link-button" disabled={state().kind === 'busy'} onClick={onTranslate}>
            {t('conversation.translate')}
          </button>
        </Show>
      </p>
      <Show when={state().kind === 'failed' ? (state() as { text: string }).text : null}>{(text) => <p class="message-error" role="alert">{text()}</p>}</Show>
      <Show when={props.pending}>{(row) => <OutboxNote row={row()} />}</Show>
    </li>
  );
}

/** Where a reply of the outbox stands, and what can be done about a refused one. */
function OutboxNote(props: { row: OutboxRow }) {
  const r = () => props.row;
  return (
    <Switch>
      <Match when={!r().held && !online()}>
        <p class="message-note" role="status" data-testid="outbox-note">
          {tc('reply.waiting')}
        </p>
      </Match>
      <Match when={!r().held && r().lastError !== null}>
        <p class="message-note" role="status" data-testid="outbox-note">
          {tc('reply.retrying')}
        </p>
      </Match>
      <Match when={r().held}>
        <p class="message-error" role="alert" data-testid="outbox-error">
          {codeText(r().lastError)}
        </p>
        <div class="message-actions">
          <Show when={r().lastError === 'delivery_failed'}>
            <button type="button" class="button secondary small" onClick={() => void retryReply(r().clientId)}>
              {tc('reply.retry')}
            </button>
          </Show>
          <Show when={r().lastError === 'ai_unavailable'}>
            <button type="button" class="button secondary small" onClick={() => void sendWithoutTranslation(r().clientId)}>
              {tc('reply.withoutTranslation')}
            </button>
          </Show>
          <button type="button" class="button ghost small" onClick={() => void discardReply(r().clientId)}>
            {tc('reply.discard')}
          </button>
        </div>
      </Match>
    </Switch>
  );
}
