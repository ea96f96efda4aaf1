// One inbox row: who, where (market), what was said last and when, unread count, whether a human must
// take over, and the intent queue. The whole row is one link to the conversation. While the buyer waits, a
// badge counts down to TikTok's reply deadline (dueAt): warning under an hour, danger once overdue.
import { A } from '@solidjs/router';
import { Show, createSignal, onCleanup } from 'solid-js';
import type { ConversationRecord } from '../../../shared/schemas/conversations';
import { Avatar } from '../../components/avatar';
import { ChannelBadge } from '../../components/channel-badge';
import { PersonIcon } from '../../components/icons';
import { t } from '../../i18n';
import { displayName, formatFullDateTime, formatRelative } from '../../i18n/format';

// One minute ticker for every badge (not one timer per row, and no re-render of the list): started by the
// first badge, on the minute, and stopped when the last badge goes away.
const [now, setNow] = createSignal(Date.now());
let badges = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
const tick = () => {
  setNow(Date.now());
  timer = setTimeout(tick, 60_000 - (Date.now() % 60_000));
};

function DueBadge(props: { dueAt: string }) {
  if (badges++ === 0) tick();
  onCleanup(() => --badges === 0 && clearTimeout(timer));
  const left = () => Date.parse(props.dueAt) - now();
  const text = () => {
    const mins = Math.ceil(Math.abs(left()) / 60_000);
    const h = Math.floor(mins / 60);
    const m = mins % 60;
    const time = h ? t(m ? 'due.hm' : 'due.h', { h, m }) : t('due.m', { m });
    return t(left() < 0 ? 'due.over' : 'due.left', { time });
  };
  return (
    <time class="tag due" classList={{ soon: left() >= 0 && left() < 3_600_000, overdue: left() < 0 }} datetime={props.dueAt} title={`${t('due.label')}: ${formatFullDateTime(props.dueAt)}`} data-testid="due-badge">
      {text()}
    </time>
  );
}

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
          <ChannelBadge channel={c().channel} />
          <Show when={c().needsHuman}>
            <span class="tag needs-human">
              <PersonIcon />
              {t('inbox.needsHuman')}
            </span>
          </Show>
          <Show when={c().dueAt}>{(due) => <DueBadge dueAt={due()} />}</Show>
          <Show when={c().routingNote === 'nobody_on_shift'}>
            <span class="tag nobody">{t('inbox.nobodyOnShift')}</span>
          </Show>
          <Show when={c().intent}>{(intent) => <span class="tag">{t(`intent.${intent()}`)}</span>}</Show>
        </span>
      </span>
    </A>
  );
}
