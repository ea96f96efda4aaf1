// One message: the buyer on the left, the shop's side (seller, agent, AI) on the right, system notes in
// the middle; under each, who sent it and when.
import { Show } from 'solid-js';
import type { MessageRecord } from '../../../shared/schemas/conversations';
import { t } from '../../i18n';
import { formatFullDateTime, formatMessageTime } from '../../i18n/format';

export function MessageItem(props: { message: MessageRecord; buyerName: string; language: string | null }) {
  const m = () => props.message;
  const side = () => (m().sender === 'buyer' ? 'theirs' : m().sender === 'system' ? 'system' : 'ours');
  return (
    <li class={`message ${side()}`} data-testid="message" data-sender={m().sender}>
      <p class="bubble" lang={m().sender === 'buyer' ? (props.language ?? undefined) : undefined}>
        {m().text}
      </p>
      <p class="message-meta">
        <span class="message-sender">{m().sender === 'buyer' ? props.buyerName : t(`sender.${m().sender}`)}</span>
        <span aria-hidden="true"> · </span>
        <time datetime={m().createdAt} title={formatFullDateTime(m().createdAt)}>
          {formatMessageTime(m().createdAt)}
        </time>
        <Show when={m().delivery !== 'received' && m().delivery !== 'sent' ? m().delivery : null}>
          {(delivery) => <span class={`delivery ${delivery()}`}> · {t(`delivery.${delivery() as 'queued' | 'failed'}`)}</span>}
        </Show>
      </p>
    </li>
  );
}
