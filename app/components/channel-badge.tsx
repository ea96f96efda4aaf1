// Which channel a conversation is on, for the inbox row and the conversation header: nothing for TikTok
// (the usual case), a small "Email" tag otherwise, so the UK team sees at a glance where a reply will go.
import { Show } from 'solid-js';
import type { ConversationRecord } from '../../shared/schemas/conversations';
import { t } from '../i18n';

export function ChannelBadge(props: { channel: ConversationRecord['channel'] }) {
  return (
    <Show when={props.channel === 'email'}>
      <span class="tag channel" data-testid="channel-badge" data-channel="email">
        {t('channel.email')}
      </span>
    </Show>
  );
}
