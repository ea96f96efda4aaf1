// The signed-in person's menu in the app bar: who and where, the language switch, settings and sign-out.
// A <details> disclosure (keyboard and screen-reader friendly as it is), closed again by a tap outside
// it or Escape, as people expect of a menu.
import { A } from '@solidjs/router';
import { Show, createSignal, onCleanup, onMount } from 'solid-js';
import { signOut } from '../api/auth';
import { t } from '../i18n';
import { session } from '../local/session';
import { Avatar, initials } from './avatar';
import { SettingsIcon, SignOutIcon } from './icons';
import { LanguageSwitch } from './language-switch';

export function AccountMenu() {
  const [busy, setBusy] = createSignal(false);
  let menu: HTMLDetailsElement | undefined;
  onMount(() => {
    const onPointer = (event: PointerEvent) => menu?.open && !menu.contains(event.target as Node) && (menu.open = false);
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !menu?.open) return;
      menu.open = false;
      menu.querySelector('summary')?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    onCleanup(() => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    });
  });
  const onSignOut = async () => {
    setBusy(true);
    try {
      await signOut();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Show when={session()}>
      {(view) => (
        <details class="account-menu" ref={menu}>
          {/* The name holds the initials shown, so "click DO" works for people who speak to their phone. */}
          <summary aria-label={`${t('account.menu')} ${initials(view().user.name)}`}>
            <Avatar name={view().user.name} seed={view().user.id} />
          </summary>
          <div class="account-panel">
            <p class="account-name">{view().user.name}</p>
            <p class="account-detail">{view().user.email}</p>
            <p class="account-detail">{view().organization.name}</p>
            <LanguageSwitch id="account-language" />
            <A href="/dashboard" class="button secondary">
              {t('account.dashboard')}
            </A>
            <A href="/settings" class="button secondary">
              <SettingsIcon />
              {t('account.settings')}
            </A>
            <button type="button" class="button secondary" onClick={onSignOut} disabled={busy()}>
              <SignOutIcon />
              {busy() ? t('account.signingOut') : t('account.signOut')}
            </button>
          </div>
        </details>
      )}
    </Show>
  );
}
