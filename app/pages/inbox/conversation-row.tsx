// One inbox row: who, where (market), what was said last and when, unread count, whether a human must
// take over, and the intent queue. The whole row is one link to the conversation.
import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import type { ConversationRecord } from '../../../shared/schemas/conversations';
import { Avatar } from '../../components/avatar';
import { PersonIcon } from '../../components/icons';
import { t } from '../../i18n';
import { displayName, formatFullDateTime, formatRelative } from '../../i18n/format';

export function ConversationRow(props: { conversation: ConversationRecord }) {
  const c = () => props.conversation;
  const preview = () =>
    c().lastMessageSender === 'buyer' ? c().lastMessagePreview : t('inbox.previewFrom', { sender: t(`sender.${c().lastMessageSender}`), text: c().lastMessagePreview });
  return (
    <A href={`/c/${c().id}`} class="row" classList={{ unread: c().unreadCount > 0 }} data-testid="conversation-row">
      <Avatar name={c().buyerName} seed={c().buyerId} />
      <span class="row-main">
        <span class="row-line">
          <span class="row-name">{c().buyerName}</span>
          <time class="row-time" datetime={c().lastMessageAt} title={formatFullDateTime(c().lastMessageAt)}>
            {formatRelative(c().lastMessageAt)}
          </time>
        </span>
        <span class="row-line">
          <span class="row-preview" lang={c().lastMessageSender === 'buyer' ? (c().language ?? undefined) : undefined}>
            {preview()}
          </span>
          <Show when={c().unreadCount > 0}>
            <span class="badge">
              <span aria-hidden="true">{c().unreadCount}</span>
              <span class="sr-only">{t('inbox.unread', { count: c().unreadCount })}</span>
            </span>
          </Show>
        </span>
        <span class="row-tags">
          <span class="tag market" title={displayName('region', c().market)}>
            <span aria-hidden="true">{c().market}</span>
            <span class="sr-only">{t('inbox.market', { name: displayName('region', c().market) })}</span>
          </span>
          <Show when={c().needsHuman}>
            <span class="tag needs-human">
              <PersonIcon />
              {t('inbox.needsHuman')}
            </span>
          </Show>
          <Show when={c().intent}>{(intent) => <span class="tag">{t(`intent.${intent()}`)}</span>}</Show>
        </span>
      </span>
    </A>
  );
}
