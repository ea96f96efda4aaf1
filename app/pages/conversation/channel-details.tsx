// What a CALL or an EMAIL message carries beyond its text, shown under the bubble: the call's direction and
// length; an e-mail's subject, its attachments (by reference: a link when the provider gave one, a
// warning for very large ones) and, behind a toggle, the whole mail with the quoted history that AskChat
// cut for the AI. Takes the message's `content` (see shared/schemas/email.ts EmailContent), which the
// message record must carry for these types (docs/email.md, "For the app").
import { For, Show, createSignal } from 'solid-js';
import type { EmailContent } from '../../../shared/schemas/email';
import { t } from '../../i18n';

export function CallDetails(props: { content: { direction?: string; durationSeconds?: number } | null }) {
  const minutes = () => (props.content?.durationSeconds === undefined ? null : Math.max(1, Math.round(props.content.durationSeconds / 60)));
  const inbound = () => props.content?.direction === 'inbound';
  return (
    <p class="message-call" data-testid="message-call">
      {minutes() === null
        ? t(inbound() ? 'call.summaryInNoLength' : 'call.summaryOutNoLength')
        : t(inbound() ? 'call.summaryIn' : 'call.summaryOut', { minutes: minutes()! })}
    </p>
  );
}

export function EmailDetails(props: { content: EmailContent | null; text: string }) {
  const [whole, setWhole] = createSignal(false);
  return (
    <Show when={props.content}>
      {(c) => (
        <div class="message-email" data-testid="message-email">
          <Show when={c().relay === 'tiktok'}>
            <p class="message-email-relay">{t('email.relay')}</p>
          </Show>
          <Show when={c().subject}>
            <p class="message-email-subject">{t('email.subject', { subject: c().subject })}</p>
          </Show>
          <Show when={c().attachments.length > 0}>
            <ul class="message-email-attachments" aria-label={t('email.attachments')}>
              <For each={c().attachments}>
                {(a) => (
                  <li>
                    <Show when={a.url?.startsWith('https://') && !a.oversize} fallback={<span>{a.filename}</span>}>
                      <a href={a.url} target="_blank" rel="noopener noreferrer">
                        {a.filename}
                      </a>
                    </Show>
                    <Show when={a.oversize}> ({t('email.attachmentTooLarge')})</Show>
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <Show when={c().omittedAttachments}>{(n) => <p>{t('email.omitted', { count: n() })}</p>}</Show>
          <Show when={c().fullText.trim() !== props.text.trim()}>
            <button type="button" class="link" aria-expanded={whole()} onClick={() => setWhole(!whole())}>
              {t('email.fullText')}
            </button>
            <Show when={whole()}>
              <pre class="message-email-full">{c().fullText}</pre>
            </Show>
          </Show>
        </div>
      )}
    </Show>
  );
}
