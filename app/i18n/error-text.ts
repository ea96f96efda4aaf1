// Turns any failure into a sentence for people. API failures carry a code from shared/errors.ts, which
// maps to `error.<code>`; a screen may give its own sentence for a code (an invalid invite link reads
// better than "We could not find that."). The server's English `message` is never shown.
import { ApiError } from '../api/client';
import { t, type MessageKey } from './index';

export function errorText(error: unknown, overrides: Partial<Record<ApiError['code'], MessageKey>> = {}): string {
  if (error instanceof ApiError) return t(overrides[error.code] ?? `error.${error.code}`);
  return t('error.unknown');
}
