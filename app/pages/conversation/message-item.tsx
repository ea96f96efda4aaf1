// One message: the buyer on the left, the shop's side (seller, agent, AI) on the right, system notes in
// the middle; under each, who sent it and when. A buyer's message can be shown in the reader's language
// (translated once by the organisation's AI provider and kept on the message); an agent's reply that
// AskChat translated for the buyer shows what the agent wrote under what the buyer received.
import { Show, createSignal } from 'solid-js';
import type { MessageRecord } from '../../../shared/schemas/conversations';
import { apiRequest } from '../../api/client';
import { locale, t } from '../../i18n';
import { errorText } from '../../i18n/error-text';
import { formatFullDateTime, formatMessageTime } from '../../i18n/format';
import { db } from '../../local/db';

/** The reader's language as a message language: the app speaks English and Chinese. */
const readerLanguage = () => (locale().startsWith('zh') ? 'zh' : 'en');

export function MessageItem(props: { message: MessageRecord; buyerName: string; language: string | null }) {
  const m = () => props.message;
  const side = () => (m().sender === 'buyer' ? 'theirs' : m().sender === 'system' ? 'system' : 'ours');
  const translation = () => (m().sender === 'buyer' ? m().translations?.[readerLanguage()] : undefined);
  const original = () => (m().sender === 'agent' && m().translations ? Object.values(m().translations!)[0] : undefined);
  const canTranslate = () => m().sender === 'buyer' && m().text.trim() !== '' && !translation() && props.language !== null && props.language !== readerLanguage();
  const [state, setState] = createSignal<{ kind: 'idle' | 'busy' } | { kind: 'failed'; text: string }>({ kind: 'idle' });

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
    <li class={`message ${side()}`} data-testid="message" data-sender={m().sender}>
      <p class="bubble" lang={m().sender === 'buyer' ? (props.language ?? undefined) : undefined}>
        {m().text}
      </p>
      <Show when={translation() ?? original()}>
        {(other) => (
          <p class="message-translation" data-testid="message-translation">
            <span class="message-translation-label">{translation() ? t('conversation.translated') : t('conversation.youWrote')} </span>
            {other()}
          </p>
        )}
      </Show>
      <p class="message-meta">
        <span class="message-sender">{m().sender === 'buyer' ? props.buyerName : t(`sender.${m().sender}`)}</span>
        <span aria-hidden="true"> · </span>
        <time datetime={m().createdAt} title={formatFullDateTime(m().createdAt)}>
          {formatMessageTime(m().createdAt)}
        </time>
        <Show when={m().delivery !== 'received' && m().delivery !== 'sent' ? m().delivery : null}>
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
    </li>
  );
}
