// /settings: the sections a person may open. Owners and admins see shops, members and agent groups, and
// under "Answers" the knowledge base and the AI provider; agents see only their own groups ("My groups"),
// read-only. Everyone has "My shifts" (their own roster).
import { A } from '@solidjs/router';
import { For, Show, createResource, createSignal, type JSX } from 'solid-js';
import { devicePushState, turnOffPush, turnOnPush } from '../../api/push';
import { installState, promptInstall } from '../../pwa/install';
import { Svg } from '../../components/icons';
import { errorText } from '../../i18n/error-text';
import { ts, type SettingsMessageKey } from '../../i18n/settings';
import { AiIcon, ChevronIcon, GroupsIcon, KbIcon, MembersIcon, SettingsFrame, ShopIcon, allowed } from './frame';

const ClockIcon = () => (
  <Svg size={22}>
    <circle cx="12" cy="12" r="10" />
    <path d="M12 6v6l4 2" />
  </Svg>
);

interface Entry {
  href: string;
  title: SettingsMessageKey;
  hint: SettingsMessageKey;
  icon: () => JSX.Element;
}

/** One list of links to settings pages; `id` keeps the links' label ids apart between lists. */
function LinkList(props: { id: string; entries: Entry[] }) {
  return (
    <ul class="card link-list">
      <For each={props.entries}>
        {(entry, i) => (
          <li>
            <A href={entry.href} class="link-row" aria-describedby={`${props.id}-hint-${i()}`}>
              <span class="link-icon">{entry.icon()}</span>
              <span class="link-text">
                <span class="link-title" id={`${props.id}-link-${i()}`}>
                  {ts(entry.title)}
                </span>
                {/* The link's description, not part of its name (named by its content: the title alone). */}
                <span class="link-hint" id={`${props.id}-hint-${i()}`} aria-hidden="true">
                  {ts(entry.hint)}
                </span>
              </span>
              <ChevronIcon />
            </A>
          </li>
        )}
      </For>
    </ul>
  );
}

export function SettingsPage() {
  const manager = allowed('manage_groups');
  const entries = (): Entry[] =>
    manager
      ? [
          { href: '/settings/shops', title: 'shops.title', hint: 'settings.shopsHint', icon: ShopIcon },
          { href: '/settings/members', title: 'members.title', hint: 'settings.membersHint', icon: MembersIcon },
          { href: '/settings/groups', title: 'groups.title', hint: 'settings.groupsHint', icon: GroupsIcon },
        ]
      : [{ href: '/settings/groups', title: 'groups.myTitle', hint: 'settings.myGroupsHint', icon: GroupsIcon }];
  const shifts: Entry = { href: '/settings/roster', title: 'roster.title', hint: 'settings.rosterHint', icon: ClockIcon };
  const answers: Entry[] = [
    { href: '/settings/kb', title: 'kb.title', hint: 'settings.kbHint', icon: KbIcon },
    { href: '/settings/ai', title: 'ai.title', hint: 'settings.aiHint', icon: AiIcon },
  ];
  return (
    <SettingsFrame title={ts('settings.title')} back="inbox">
      <nav aria-label={ts('settings.sections')}>
        <LinkList id="settings" entries={entries()} />
      </nav>
      <nav class="settings-section" aria-labelledby="settings-availability">
        <div class="section-head">
          <h2 id="settings-availability">{ts('roster.section')}</h2>
        </div>
        <LinkList id="availability" entries={[shifts]} />
      </nav>
      <Show when={manager && allowed('manage_settings')}>
        <nav class="settings-section" aria-labelledby="settings-answers">
          <div class="section-head">
            <h2 id="settings-answers">{ts('settings.answers')}</h2>
          </div>
          <LinkList id="answers" entries={answers} />
        </nav>
      </Show>
      <Show when={allowed('manage_members')}>
        <nav class="settings-section" aria-labelledby="settings-privacy">
          <div class="section-head">
            <h2 id="settings-privacy">{ts('settings.privacySection')}</h2>
          </div>
          {/* A shield: buyers' data requests, retention and the audit log (privacy-page.tsx). */}
          <LinkList
            id="privacy"
            entries={[{ href: '/settings/privacy', title: 'privacy.title', hint: 'settings.privacyHint', icon: () => <Svg size={22}><path d="M12 22s8-4 8-10V5l-8-3-8 3v7c0 6 8 10 8 10z" /></Svg> }]}
          />
        </nav>
      </Show>
      <Show when={!manager}>
        <p class="section-hint">{ts('settings.agentNote')}</p>
      </Show>
      <DeviceInstall />
      <DevicePush />
    </SettingsFrame>
  );
}

/** Escalation notices on this device: every member decides for their own phone. */
function DevicePush() {
  const [state, { mutate }] = createResource(devicePushState);
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal('');
  const change = async (on: boolean) => {
    setBusy(true);
    setFailure('');
    try {
      mutate(on ? await turnOnPush() : await turnOffPush());
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="settings-section" aria-labelledby="settings-push">
      <div class="section-head">
        <h2 id="settings-push">{ts('push.title')}</h2>
      </div>
      <div class="card">
        <p class="section-hint">{ts('push.hint')}</p>
        <Show when={state()}>
          {(s) => (
            <>
              <p role="status" data-testid="push-state" data-state={s()}>
                {ts(`push.${s()}`)}
              </p>
              <Show when={s() === 'off' || s() === 'on'}>
                <button type="button" class="button secondary" disabled={busy() || !navigator.onLine} onClick={() => change(s() === 'off')}>
                  {s() === 'off' ? ts('push.turnOn') : ts('push.turnOff')}
                </button>
              </Show>
            </>
          )}
        </Show>
        <Show when={failure()}>
          <p class="form-error" role="alert">
            {failure()}
          </p>
        </Show>
      </div>
    </section>
  );
}

/** Installing the app on this device: the browser's own dialog where there is one, instructions on iOS. */
function DeviceInstall() {
  return (
    <section class="settings-section" aria-labelledby="settings-install">
      <div class="section-head">
        <h2 id="settings-install">{ts('install.title')}</h2>
      </div>
      <div class="card">
        <p class="section-hint" data-testid="install-state" data-state={installState()}>
          {ts(`install.${installState()}`)}
        </p>
        <Show when={installState() === 'available'}>
          <button type="button" class="button secondary" onClick={() => void promptInstall()}>
            {ts('install.action')}
          </button>
        </Show>
      </div>
    </section>
  );
}
