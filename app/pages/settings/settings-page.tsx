// /settings: the sections a person may open. Owners and admins see shops, members and agent groups;
// agents see only their own groups ("My groups"), read-only.
import { A } from '@solidjs/router';
import { For, Show, type JSX } from 'solid-js';
import { ts, type SettingsMessageKey } from '../../i18n/settings';
import { ChevronIcon, GroupsIcon, MembersIcon, SettingsFrame, ShopIcon, allowed } from './frame';

interface Entry {
  href: string;
  title: SettingsMessageKey;
  hint: SettingsMessageKey;
  icon: () => JSX.Element;
}

export function SettingsPage() {
  const entries = (): Entry[] =>
    allowed('manage_groups')
      ? [
          { href: '/settings/shops', title: 'shops.title', hint: 'settings.shopsHint', icon: ShopIcon },
          { href: '/settings/members', title: 'members.title', hint: 'settings.membersHint', icon: MembersIcon },
          { href: '/settings/groups', title: 'groups.title', hint: 'settings.groupsHint', icon: GroupsIcon },
        ]
      : [{ href: '/settings/groups', title: 'groups.myTitle', hint: 'settings.myGroupsHint', icon: GroupsIcon }];
  return (
    <SettingsFrame title={ts('settings.title')} back="inbox">
      <nav aria-label={ts('settings.sections')}>
        <ul class="card link-list">
          <For each={entries()}>
            {(entry, i) => (
              <li>
                <A href={entry.href} class="link-row" aria-labelledby={`settings-link-${i()}`} aria-describedby={`settings-hint-${i()}`}>
                  <span class="link-icon">{entry.icon()}</span>
                  <span class="link-text">
                    <span class="link-title" id={`settings-link-${i()}`}>
                      {ts(entry.title)}
                    </span>
                    <span class="link-hint" id={`settings-hint-${i()}`}>
                      {ts(entry.hint)}
                    </span>
                  </span>
                  <ChevronIcon />
                </A>
              </li>
            )}
          </For>
        </ul>
      </nav>
      <Show when={!allowed('manage_groups')}>
        <p class="section-hint">{ts('settings.agentNote')}</p>
      </Show>
    </SettingsFrame>
  );
}
