// /settings/members (owners and admins): the people of the organisation with their roles, invites, and
// the open invites. Everything is read live from the API and changed straight through it (online only);
// the server's refusals (409: an organisation keeps an owner; 403: only owners touch owners) are shown by
// their error code, translated.
//
// The invite form is checked with the shared inviteCreateBodySchema: this page's chunk brings zod/mini,
// the first paint never does.
import { A } from '@solidjs/router';
import { For, Match, Show, Switch, createMemo, createSignal, onMount } from 'solid-js';
import { ROLES, type Role } from '../../../shared/roles';
import type { GroupView } from '../../../shared/schemas/groups';
import { inviteCreateBodySchema, type InviteView } from '../../../shared/schemas/invites';
import type { MemberView } from '../../../shared/schemas/members';
import { refreshSession } from '../../api/auth';
import { createInvite, deleteInvite, listGroups, listInvites, listMembers, removeMember, setMemberRole } from '../../api/settings';
import { Avatar } from '../../components/avatar';
import { formatFullDateTime } from '../../i18n/format';
import { settingsErrorText, ts } from '../../i18n/settings';
import { session } from '../../local/session';
import { ConfirmAction, Placeholder, Section, SettingsFrame, allowed, createRemote, focusSection, joinList, online, type Remote } from './frame';

const MEMBER_ERRORS = { forbidden: 'members.ownerOnly' } as const;

export function MembersPage() {
  if (!allowed('manage_members')) {
    return (
      <SettingsFrame title={ts('members.title')} back="settings">
        <Placeholder text={ts('settings.ownersOnly')} />
      </SettingsFrame>
    );
  }
  const members = createRemote(listMembers, 'userId');
  const invites = createRemote(listInvites);
  const groups = createRemote(listGroups);
  const [notice, setNotice] = createSignal('');

  return (
    <SettingsFrame title={ts('members.title')} back="settings">
      <Section id="members-title" title={ts('members.list')} count={members.value()?.length}>
        <Switch fallback={<Placeholder text={online() ? ts('settings.loading') : ts('settings.offlineList')} />}>
          <Match when={members.value()}>
            {(list) => (
              <ul class="card-list">
                <For each={list()}>{(member) => <MemberCard member={member} members={members} groups={groups.value() ?? []} onRemoved={setNotice} />}</For>
              </ul>
            )}
          </Match>
          <Match when={members.error()}>{(error) => <Placeholder alert text={settingsErrorText(error())} />}</Match>
        </Switch>
        <p class="save-state" role="status">
          {notice()}
        </p>
      </Section>

      <Section id="invite-title" title={ts('members.inviteTitle')} hint={ts('members.inviteHint')}>
        <InviteForm groups={groups.value() ?? []} onCreated={() => void invites.reload()} />
      </Section>

      <Section id="invites-title" title={ts('members.invites')} count={invites.value()?.length}>
        <Switch fallback={<Placeholder text={online() ? ts('settings.loading') : ts('settings.offlineList')} />}>
          <Match when={invites.value()}>
            {(list) => (
              <Show when={list().length > 0} fallback={<Placeholder text={ts('members.invitesEmpty')} />}>
                <ul class="card-list">
                  <For each={list()}>{(invite) => <InviteCard invite={invite} invites={invites} />}</For>
                </ul>
              </Show>
            )}
          </Match>
          <Match when={invites.error()}>{(error) => <Placeholder alert text={settingsErrorText(error())} />}</Match>
        </Switch>
      </Section>
    </SettingsFrame>
  );
}

function MemberCard(props: { member: MemberView; members: Remote<MemberView[]>; groups: GroupView[]; onRemoved: (text: string) => void }) {
  const m = () => props.member;
  const me = () => session()?.user.id === m().userId;
  const iAmOwner = () => session()?.role === 'owner';
  // Only owners make, change or remove owners (the server says so too); nobody removes themselves here.
  const roles = () => ROLES.filter((role) => role !== 'owner' || iAmOwner() || m().role === 'owner');
  const canEdit = () => iAmOwner() || m().role !== 'owner';
  const [status, setStatus] = createSignal<{ text: string; failed?: boolean }>({ text: '' });
  const groupNames = createMemo(() =>
    props.groups
      .filter((g) => m().groupIds.includes(g.id))
      .map((g) => g.name),
  );
  const selectId = () => `member-role-${m().userId}`;

  const onRole = async (event: Event & { currentTarget: HTMLSelectElement }) => {
    const select = event.currentTarget;
    const previous = m().role;
    if (!navigator.onLine) {
      select.value = previous;
      return setStatus({ text: ts('settings.offlineAction'), failed: true });
    }
    setStatus({ text: ts('settings.saving') });
    try {
      props.members.set(await setMemberRole(m().userId, select.value as Role));
      setStatus({ text: ts('members.roleSaved') });
      if (me()) void refreshSession(); // my own role changed: what I may see here changes with it
    } catch (error) {
      select.value = previous;
      setStatus({ text: settingsErrorText(error, { ...MEMBER_ERRORS, conflict: 'members.needsOwner' }), failed: true });
    }
  };

  const onRemove = async () => {
    if (!navigator.onLine) return void setStatus({ text: ts('settings.offlineAction'), failed: true });
    const name = m().name;
    try {
      props.members.set(await removeMember(m().userId));
      props.onRemoved(ts('members.removed', { name }));
      focusSection('members-title');
    } catch (error) {
      setStatus({ text: settingsErrorText(error, { ...MEMBER_ERRORS, conflict: 'members.lastOwner' }), failed: true });
    }
  };

  return (
    <li class="card member-card" data-testid="member-card">
      <div class="member-head">
        <Avatar name={m().name} seed={m().userId} />
        <div class="member-text">
          <p class="card-title">
            {m().name}
            <Show when={me()}>
              {' '}
              <span class="tag">{ts('settings.you')}</span>
            </Show>
          </p>
          <p class="detail">{m().email}</p>
          <Show when={groupNames().length > 0}>
            <p class="detail">{ts('members.groups', { names: joinList(groupNames()) })}</p>
          </Show>
        </div>
      </div>
      <div class="member-actions">
        <div class="inline-field">
          <label for={selectId()}>{ts('members.role')}</label>
          <select
            id={selectId()}
            aria-label={ts('members.roleOf', { name: m().name })}
            aria-describedby={`${selectId()}-status`}
            disabled={!online() || !canEdit()}
            onChange={onRole}
          >
            <For each={roles()}>
              {(role) => (
                <option value={role} selected={role === m().role}>
                  {ts(`roleName.${role}`)}
                </option>
              )}
            </For>
          </select>
        </div>
        <A href={`/settings/members/${encodeURIComponent(m().userId)}/roster`} class="button small secondary" aria-label={ts('roster.openOf', { name: m().name })}>
          {ts('roster.open')}
        </A>
        <Show when={!me() && canEdit()}>
          <ConfirmAction
            label={ts('members.remove')}
            name={ts('members.removeOf', { name: m().name })}
            question={ts('members.removeConfirm', { name: m().name, organization: session()?.organization.name ?? '' })}
            disabled={!online()}
            onConfirm={onRemove}
          />
        </Show>
      </div>
      <p id={`${selectId()}-status`} class="save-state" classList={{ failed: !!status().failed }} role="status">
        {status().text}
      </p>
    </li>
  );
}

type InvitableRole = 'agent' | 'admin';

function InviteForm(props: { groups: GroupView[]; onCreated: () => void }) {
  const [email, setEmail] = createSignal('');
  const [role, setRole] = createSignal<InvitableRole>('agent');
  const [groupIds, setGroupIds] = createSignal<string[]>([]);
  const [invalid, setInvalid] = createSignal(false);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [created, setCreated] = createSignal<InviteView | null>(null);
  const roles = (): InvitableRole[] => (session()?.role === 'owner' ? ['agent', 'admin'] : ['agent']);
  let emailInput!: HTMLInputElement;

  const toggleGroup = (id: string, on: boolean) => setGroupIds((ids) => (on ? [...ids, id] : ids.filter((g) => g !== id)));

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    setFailure(null);
    const ids = role() === 'agent' ? groupIds() : [];
    const parsed = inviteCreateBodySchema.safeParse({ email: email(), role: role(), ...(ids.length ? { groupIds: ids } : {}) });
    if (!parsed.success) {
      setInvalid(parsed.error.issues.some((issue) => issue.path[0] === 'email'));
      emailInput.focus();
      return;
    }
    setInvalid(false);
    if (!navigator.onLine) return void setFailure(ts('settings.offlineAction'));
    setBusy(true);
    try {
      setCreated(await createInvite(parsed.data));
      setEmail('');
      setGroupIds([]);
      props.onCreated();
    } catch (error) {
      setFailure(settingsErrorText(error, { forbidden: 'members.adminOwnerOnly' }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Show
      when={created()}
      fallback={
        <form class="card form" onSubmit={onSubmit} novalidate aria-labelledby="invite-title">
          <div class="field">
            <label for="invite-email">{ts('members.email')}</label>
            <input
              ref={emailInput}
              id="invite-email"
              type="email"
              inputmode="email"
              autocomplete="off"
              autocapitalize="none"
              spellcheck={false}
              value={email()}
              onInput={(e) => setEmail(e.currentTarget.value)}
              aria-invalid={invalid() ? 'true' : undefined}
              aria-describedby={invalid() ? 'invite-email-error' : undefined}
            />
            <Show when={invalid()}>
              <p id="invite-email-error" class="field-error">
                {ts('members.emailInvalid')}
              </p>
            </Show>
          </div>
          <fieldset class="choices">
            <legend>{ts('members.role')}</legend>
            <For each={roles()}>
              {(value) => (
                <label class="choice-row">
                  <input type="radio" name="invite-role" value={value} checked={role() === value} onChange={() => setRole(value)} />
                  <span>
                    <span class="choice-title">{ts(`roleName.${value}`)}</span>
                    <span class="detail">{ts(`inviteRole.${value}`)}</span>
                  </span>
                </label>
              )}
            </For>
          </fieldset>
          <Show when={role() === 'agent' && props.groups.length > 0}>
            <fieldset class="choices" aria-describedby="invite-groups-hint">
              <legend>{ts('members.inviteGroups')}</legend>
              <p id="invite-groups-hint" class="detail">
                {ts('members.inviteGroupsHint')}
              </p>
              <div class="chips">
                <For each={props.groups}>
                  {(group) => (
                    <label class="choice-chip">
                      <input type="checkbox" checked={groupIds().includes(group.id)} onChange={(e) => toggleGroup(group.id, e.currentTarget.checked)} />
                      <span>{group.name}</span>
                    </label>
                  )}
                </For>
              </div>
            </fieldset>
          </Show>
          <Show when={failure()}>
            {(text) => (
              <p class="form-error" role="alert">
                {text()}
              </p>
            )}
          </Show>
          <button type="submit" class="button primary block" disabled={busy() || !online()} aria-describedby={online() ? undefined : 'settings-offline'}>
            {busy() ? ts('members.inviteSubmitting') : ts('members.inviteSubmit')}
          </button>
        </form>
      }
    >
      {(invite) => <InviteLink invite={invite()} onDone={() => setCreated(null)} />}
    </Show>
  );
}

/** The new invite's link: shown once (the server keeps only its hash), with a Copy button. */
function InviteLink(props: { invite: InviteView; onDone: () => void }) {
  const [copy, setCopy] = createSignal<'idle' | 'copied' | 'failed'>('idle');
  let input!: HTMLInputElement;
  onMount(() => input.focus());

  const onCopy = async () => {
    const link = props.invite.link ?? '';
    try {
      await navigator.clipboard.writeText(link);
      setCopy('copied');
    } catch {
      // No clipboard API (an http:// address on the local network is not a secure context): select it.
      input.select();
      setCopy(document.execCommand('copy') ? 'copied' : 'failed');
    }
  };

  return (
    <div class="card invite-link" data-testid="invite-link">
      <p class="card-title">{ts('members.linkTitle', { email: props.invite.email })}</p>
      <div class="field">
        <label for="invite-link">{ts('members.link')}</label>
        <div class="copy-row">
          <input ref={input} id="invite-link" readOnly value={props.invite.link ?? ''} aria-describedby="invite-link-note" onFocus={(e) => e.currentTarget.select()} />
          <button type="button" class="button secondary" onClick={onCopy}>
            {ts('members.copy')}
          </button>
        </div>
      </div>
      <p id="invite-link-note" class="note warn">
        {ts('members.linkOnce', { email: props.invite.email })}
      </p>
      <p class="save-state" classList={{ failed: copy() === 'failed' }} role="status">
        {copy() === 'copied' ? ts('members.copied') : copy() === 'failed' ? ts('members.copyFailed') : ''}
      </p>
      <button type="button" class="button secondary block" onClick={() => props.onDone()}>
        {ts('members.done')}
      </button>
    </div>
  );
}

function InviteCard(props: { invite: InviteView; invites: Remote<InviteView[]> }) {
  const [failure, setFailure] = createSignal('');
  const onWithdraw = async () => {
    if (!navigator.onLine) return void setFailure(ts('settings.offlineAction'));
    try {
      await deleteInvite(props.invite.id);
      props.invites.set((props.invites.value() ?? []).filter((i) => i.id !== props.invite.id));
      focusSection('invites-title');
    } catch (error) {
      setFailure(settingsErrorText(error));
    }
  };
  return (
    <li class="card invite-card" data-testid="invite-card">
      <div class="card-head">
        <p class="card-title">{props.invite.email}</p>
        <span class="tag">{ts(`roleName.${props.invite.role}`)}</span>
      </div>
      <p class="detail">{ts('members.inviteExpires', { date: formatFullDateTime(props.invite.expiresAt) })}</p>
      <div class="card-actions">
        <ConfirmAction
          label={ts('members.withdraw')}
          name={ts('members.withdrawOf', { email: props.invite.email })}
          question={ts('members.withdrawConfirm', { email: props.invite.email })}
          disabled={!online()}
          onConfirm={onWithdraw}
        />
      </div>
      <Show when={failure()}>
        <p class="save-state failed" role="alert">
          {failure()}
        </p>
      </Show>
    </li>
  );
}
