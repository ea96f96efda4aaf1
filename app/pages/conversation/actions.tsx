// What a person does with a conversation besides replying: set its status (resolving hands it back to
// AskChat and stops the response clock), give it to someone (themselves, a colleague, or back to the queue),
// and see why a change they made did not stick. Every change is a named mutation in the outbox
// (sync/outbox.ts), shown at once and sent when the network allows.
import { For, Show, createResource } from 'solid-js';
import { CONVERSATION_STATUSES, type ConversationRecord, type ConversationStatus } from '../../../shared/schemas/conversations';
import { listMembers } from '../../api/settings';
import { t } from '../../i18n';
import { session } from '../../local/session';
import { dismissMutationNotice, mutationNotices } from '../../sync/mutation-notices';
import { online, queueMutation } from '../../sync/outbox';
import { tc } from './strings';

/** Colleagues, fetched once per screen when online; offline the picker offers only "me" and "nobody". */
async function colleagues() {
  if (!navigator.onLine) return [];
  try {
    return await listMembers();
  } catch {
    return [];
  }
}

export function ConversationActions(props: { conversation: ConversationRecord }) {
  const c = () => props.conversation;
  const me = () => session()?.user.id ?? null;
  const [members] = createResource(() => online() && c().id, colleagues);
  const notices = () => mutationNotices().filter((n) => n.conversationId === c().id);

  const setStatus = (status: ConversationStatus) => {
    if (status === c().status) return;
    void queueMutation('conversation.setStatus', { conversationId: c().id, status }, c(), {
      status,
      ...(status === 'resolved' ? { needsHuman: false, dueAt: null } : status === 'open' ? { needsHuman: true } : {}),
    });
  };
  const assign = (value: string) => {
    const assigneeId = value === '' ? null : value;
    if (assigneeId === c().assigneeId) return;
    void queueMutation('conversation.assign', { conversationId: c().id, assigneeId }, c(), { assigneeId });
  };
  // The current assignee is offered even when the member list is not loaded (offline): shown as "someone".
  const options = () => {
    const list = (members() ?? []).map((m) => ({ id: m.userId, name: m.userId === me() ? tc('actions.me') : m.name }));
    if (me() && !list.some((m) => m.id === me())) list.unshift({ id: me()!, name: tc('actions.me') });
    if (c().assigneeId && !list.some((m) => m.id === c().assigneeId)) list.push({ id: c().assigneeId!, name: tc('actions.someone') });
    return list;
  };

  return (
    <div class="conversation-actions">
      <For each={notices()}>
        {(n) => (
          <div class="mutation-notice" role="alert" data-testid="mutation-notice">
            <p>{n.message ? tc('actions.notApplied', { reason: n.message }) : tc('actions.notAppliedGeneric')}</p>
            <button type="button" class="button secondary small" onClick={() => dismissMutationNotice(n.id)}>
              {tc('actions.dismiss')}
            </button>
          </div>
        )}
      </For>
      <div class="conversation-action-row">
        <label class="field inline">
          <span>{tc('actions.status')}</span>
          <select value={c().status} onChange={(e) => setStatus(e.currentTarget.value as ConversationStatus)} data-testid="status-select">
            <For each={CONVERSATION_STATUSES}>{(s) => <option value={s}>{t(`status.${s}`)}</option>}</For>
          </select>
        </label>
        <label class="field inline">
          <span>{tc('actions.assignee')}</span>
          <select value={c().assigneeId ?? ''} onChange={(e) => assign(e.currentTarget.value)} data-testid="assignee-select">
            <option value="">{tc('actions.nobody')}</option>
            <For each={options()}>{(o) => <option value={o.id}>{o.name}</option>}</For>
          </select>
        </label>
        <Show when={c().assigneeId !== me() && me()}>
          <button type="button" class="button secondary small" onClick={() => assign(me()!)} data-testid="take-it">
            {tc('actions.takeIt')}
          </button>
        </Show>
      </div>
    </div>
  );
}
