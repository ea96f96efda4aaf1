// The one way the app talks to the API. Same origin, so the session cookie and the Origin header that the
// CSRF check wants are sent by the browser. Every failure becomes an ApiError whose `code` is one of
// shared/errors.ts, or `network` when no answer arrived at all (offline, dropped connection, timeout).
import { ERROR_STATUS, isErrorBody, type ErrorCode } from '../../shared/errors';

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode | 'network',
    message: string,
    readonly status = 0,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** Give up after this long: on a dropping network a hung request must not hold the sync loop forever. */
  timeoutMs?: number;
}

function codeForStatus(status: number): ErrorCode {
  const known = (Object.keys(ERROR_STATUS) as ErrorCode[]).find((code) => ERROR_STATUS[code] === status);
  return known ?? (status >= 500 ? 'unavailable' : 'bad_request');
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const signals = [AbortSignal.timeout(options.timeoutMs ?? 30_000), ...(options.signal ? [options.signal] : [])];
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers: options.body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: AbortSignal.any(signals),
    });
  } catch (error) {
    if (options.signal?.aborted) throw error; // the caller cancelled: not a failure to report
    throw new ApiError('network', error instanceof Error ? error.message : 'network error');
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // A success whose body was cut off is as good as no answer; a failure without JSON is handled below.
    if (response.ok) throw new ApiError('network', 'the answer was cut off');
  }
  if (response.ok) return body as T;
  if (isErrorBody(body)) throw new ApiError(body.error.code, body.error.message, response.status);
  // Not our envelope: a proxy, a captive portal or a platform error page answered instead.
  throw new ApiError(codeForStatus(response.status), `HTTP ${response.status}`, response.status);
}
