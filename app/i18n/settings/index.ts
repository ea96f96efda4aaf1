// The settings screens' own dictionary: `ts(key, params)` is `t()` for the keys of settings/en.ts, in the
// same UI language. It loads with those screens (lazy routes), so the first paint does not carry their
// strings. Shared sentences (errors, roles, "Back to inbox") stay in the main dictionary and `t()`.
import type { UiLocale } from '../../../shared/schemas/auth';
import { ApiError } from '../../api/client';
import { errorText } from '../error-text';
import { fill, locale, type Params } from '../index';
import { settingsEn, type SettingsMessageKey, type SettingsMessages } from './en';
import { settingsZhCN } from './zh-CN';

export type { SettingsMessageKey };

const DICTIONARIES: Record<UiLocale, SettingsMessages> = { en: settingsEn, 'zh-CN': settingsZhCN };

export function ts(key: SettingsMessageKey, params?: Params): string {
  return fill(DICTIONARIES[locale()][key], params);
}

/** Whether `key` is one of this dictionary's (for keys built from data, e.g. a decision's reason). */
export const isSettingsKey = (key: string): key is SettingsMessageKey => Object.hasOwn(settingsEn, key);

/** errorText() with sentences of this dictionary for some codes (e.g. 409 on the last owner). */
export function settingsErrorText(error: unknown, overrides: Partial<Record<ApiError['code'], SettingsMessageKey>> = {}): string {
  const key = error instanceof ApiError ? overrides[error.code] : undefined;
  return key ? ts(key) : errorText(error);
}
