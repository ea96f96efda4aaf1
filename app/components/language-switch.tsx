// The language control: a native select (accessible and thumb-friendly on phones), each language named
// in itself. The choice applies at once and is remembered on this device (i18n/index.ts).
import { For } from 'solid-js';
import { LOCALE_NAMES, UI_LOCALES, locale, setLocale, t } from '../i18n';
import type { UiLocale } from '../../shared/schemas/auth';

export function LanguageSwitch(props: { id: string; compact?: boolean }) {
  return (
    <div class={`language-switch ${props.compact ? 'compact' : ''}`}>
      <label for={props.id}>{t('language.label')}</label>
      <select id={props.id} onChange={(event) => setLocale(event.currentTarget.value as UiLocale)}>
        <For each={UI_LOCALES}>
          {(code) => (
            <option value={code} lang={code} selected={code === locale()}>
              {LOCALE_NAMES[code]}
            </option>
          )}
        </For>
      </select>
    </div>
  );
}
