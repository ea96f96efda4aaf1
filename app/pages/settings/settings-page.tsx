// /settings: the sections a person may open. Owners and admins see shops, members and agent groups, and
// under "Answers" the knowledge base and the AI provider; agents see only their own groups ("My groups"),
// read-only.
import { A } from '@solidjs/router';
import { For, Show, type JSX } from 'solid-js';
import { ts, type SettingsMessageKey } from '../../i18n/settings';
import { AiIcon, ChevronIcon, GroupsIcon, KbIcon, MembersIcon, SettingsFrame, ShopIcon, allowed } from './frame';

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
            <A href={entry.href} class="link-row" aria-labelledby={`${props.id}-link-${i()}`} aria-describedby={`${props.id}-hint-${i()}`}>
              <span class="link-icon">{entry.icon()}</span>
              <span class="link-text">
                <span class="link-title" id={`${props.id}-link-${i()}`}>
                  {ts(entry.title)}
                </span>
                <span class="link-hint" id={`${props.id}-hint-${i()}`}>
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
  const answers: Entry[] = [
    { href: '/settings/kb', title: 'kb.title', hint: 'settings.kbHint', icon: KbIcon },
    { href: '/settings/ai', title: 'ai.title', hint: 'settings.aiHint', icon: AiIcon },
  ];
  return (
    <SettingsFrame title={ts('settings.title')} back="inbox">
      <nav aria-label={ts('settings.sections')}>
        <LinkList id="settings" entries={entries()} />
      </nav>
      <Show when={manager && allowed('manage_settings')}>
        <nav class="settings-section" aria-labelledby="settings-answers">
          <div class="section-head">
            <h2 id="settings-answers">{ts('settings.answers')}</h2>
          </div>
          <LinkList id="answers" entries={answers} />
        </nav>
      </Show>
      <Show when={!manager}>
        <p class="section-hint">{ts('settings.agentNote')}</p>
      </Show>
    </SettingsFrame>
  );
}
