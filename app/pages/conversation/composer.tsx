// The reply composer at the foot of a conversation: why AskChat handed it over and its draft (while the
// conversation needs a person), a text box, "Translate to the buyer's language" when the buyer writes in
// another language than the reader, "Internal note" (only colleagues see it), and Send. Sending writes to the outbox (sync/outbox.ts), which shows
// the reply at once and sends it when the network allows, so it works offline too.
import { Show, createSignal } from 'solid-js';
import type { ConversationRecord } from '../../../shared/schemas/conversations';
import { t } from '../../i18n';
import { displayName } from '../../i18n/format';
import { online, queueMutation, queueReply } from '../../sync/outbox';
import { handoffReasonText, readerLanguage, tc } from './strings';

export function Composer(props: { conversation: ConversationRecord }) {
  const c = () => props.conversation;
  const [text, setText] = createSignal('');
  const [translate, setTranslate] = createSignal(false);
  // A note for colleagues instead of a reply to the buyer (a mutation, never sent to TikTok).
  const [note, setNote] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  // Why the reply could not be kept: the phone's storage is full, or something else refused the write.
  const [failed, setFailed] = createSignal<false | 'full' | 'other'>(false);
  let box: HTMLTextAreaElement | undefined;

  const canTranslate = () => c().language !== null && c().language !== readerLanguage();
  const draft = () => (c().needsHuman ? c().aiDraft : null);

  const useDraft = () => {
    setText(draft() ?? '');
    box?.focus();
    box?.setSelectionRange(box.value.length, box.value.length);
  };

  const send = async (event?: Event) => {
    event?.preventDefault();
    const body = text().trim();
    if (!body || busy()) return;
    setBusy(true);
    setFailed(false);
    try {
      if (note()) await queueMutation('conversation.note', { conversationId: c().id, text: body }, c());
      else await queueReply(c().id, body, canTranslate() && translate());
      setText('');
    } catch (error) {
      // IndexedDB refused the write (storage full, private mode): the text stays in the box. Dexie wraps the
      // browser's QuotaExceededError and keeps it as `inner`.
      const e = error as { name?: string; inner?: { name?: string } } | null;
      setFailed(e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError' ? 'full' : 'other');
    } finally {
      setBusy(false);
      box?.focus();
    }
  };

  // Two parts: why and the draft sit under the last message and scroll with it; the text box, Send and
  // the switch stay at the bottom of the screen (sticky) while the person reads back.
  return (
    <>
      <Show when={(c().needsHuman && c().handoffReason) || draft()}>
        <div class="composer-context">
          <Show when={c().needsHuman && c().handoffReason}>
            {(reason) => (
              <p class="composer-handoff" data-testid="handoff-reason">
                {tc('composer.handoff', { reason: handoffReasonText(reason()) })}
              </p>
            )}
          </Show>
          <Show when={draft()}>
            {(d) => (
              <div class="composer-draft" data-testid="ai-draft">
                <p class="composer-draft-label">{tc('composer.draft')}</p>
                <p class="composer-draft-text" lang={c().language ?? undefined}>
                  {d()}
                </p>
                <button type="button" class="button secondary small" onClick={useDraft}>
                  {tc('composer.useDraft')}
                </button>
              </div>
            )}
          </Show>
        </div>
      </Show>
      <form class="composer" aria-labelledby="composer-label" onSubmit={send}>
        <Show when={!online()}>
          <p class="composer-note" data-testid="composer-offline">
            {tc('composer.offline')}
          </p>
        </Show>
        <div class="composer-row">
          <label id="composer-label" for="composer-text" class="sr-only">
            {tc('composer.label', { name: c().buyerName })}
          </label>
          <textarea
            id="composer-text"
            ref={box}
            rows={2}
            maxLength={2000}
            placeholder={note() ? tc('composer.notePlaceholder') : tc('composer.placeholder')}
            value={text()}
            onInput={(e) => setText(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && void send(e)}
          />
          <button type="submit" class="button primary" disabled={busy() || !text().trim()}>
            {note() ? tc('composer.addNote') : tc('composer.send')}
          </button>
        </div>
        <Show when={failed()}>
          <p class="message-error" role="alert" data-testid="composer-failed">
            {failed() === 'full' ? tc('composer.storageFull') : t('error.unknown')}
          </p>
        </Show>
        <label class="composer-switch">
          <input type="checkbox" checked={note()} onChange={(e) => setNote(e.currentTarget.checked)} data-testid="note-switch" />
          {tc('composer.note')}
        </label>
        <Show when={canTranslate() && !note()}>
          <label class="composer-switch">
            <input type="checkbox" checked={translate()} onChange={(e) => setTranslate(e.currentTarget.checked)} />
            {tc('composer.translate', { language: displayName('language', c().language!) })}
          </label>
        </Show>
      </form>
    </>
  );
}
