// The UI language: one signal, one `t()`. Which locale is used, first match wins:
//   1. the one the person picked in the app (kept in localStorage, so it applies before any data loads)
//   2. the signed-in user's `locale` from the session
//   3. the browser's languages (navigator.languages)
//   4. English
// Dictionaries are small and both ship in the main bundle; when more locales arrive, load all but English
// with import() here and keep `t()` as it is. Screens that load on demand keep their own strings in their
// own dictionaries (i18n/settings/), so the first paint never carries them.
// (Types only from shared/schemas/auth: importing its values would pull zod/mini into the first paint.)
import { createSignal } from 'solid-js';
import type { UiLocale } from '../../shared/schemas/auth';
import { en, type MessageKey, type Messages } from './en';
import { zhCN } from './zh-CN';

export type { MessageKey };

/** One dictionary per UI locale of shared/schemas/auth (a missing one is a type error). */
const DICTIONARIES: Record<UiLocale, Messages> = { en, 'zh-CN': zhCN };
export const UI_LOCALES = Object.keys(DICTIONARIES) as UiLocale[];

/** Each language named in itself, for the language switch (never translated). */
export const LOCALE_NAMES: Record<UiLocale, string> = { en: 'English', 'zh-CN': '简体中文' };

const STORAGE_KEY = 'askchat.locale';

/** Maps a BCP 47 tag to a UI locale: any Chinese to Simplified Chinese, any English to English. */
export function matchLocale(tag: string | null | undefined): UiLocale | null {
  const lower = tag?.toLowerCase() ?? '';
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  return null;
}

function readStored(): UiLocale | null {
  try {
    return matchLocale(localStorage.getItem(STORAGE_KEY));
  } catch {
    return null; // storage blocked: fall through to the other sources
  }
}

const [picked, setPicked] = createSignal<UiLocale | null>(readStored());
const [userLocale, setUserLocaleSignal] = createSignal<UiLocale | null>(null);
const browserLocale = (typeof navigator !== 'undefined' ? navigator.languages : []).map(matchLocale).find((l) => l !== null) ?? null;

export const locale = (): UiLocale => picked() ?? userLocale() ?? browserLocale ?? 'en';

/** The person's choice in the language switch: applies at once and is remembered on this device. */
export function setLocale(next: UiLocale): void {
  setPicked(next);
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // storage blocked: the choice lasts for this visit only
  }
}

/** The signed-in user's preference from the session (used when nothing was picked on this device). */
export function setUserLocale(tag: string | null | undefined): void {
  setUserLocaleSignal(matchLocale(tag));
}

/** The tag for Intl formatters: the browser's own variant of the UI language when it has one (en-GB). */
export function intlLocale(): string {
  const ui = locale();
  const base = ui.split('-')[0]!;
  const own = typeof navigator !== 'undefined' ? navigator.languages.find((l) => l.toLowerCase().split('-')[0] === base) : undefined;
  return ui === 'en' && own ? own : ui;
}

export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders from `params` (also used by the lazily loaded dictionaries of later screens). */
export function fill(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The sentence for `key` in the current locale, with `{name}` placeholders filled from `params`. */
export function t(key: MessageKey, params?: Params): string {
  return fill(DICTIONARIES[locale()][key], params);
}
