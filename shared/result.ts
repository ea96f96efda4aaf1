// Expected failures of outside services (TikTok Shop, an AI provider, a push service) are values, not
// exceptions: callers must look at `ok` and decide whether to retry, refresh a token or give up.
export type Result<T, E> = { ok: true; val: T } | { ok: false; err: E };

export const ok = <T>(val: T): Result<T, never> => ({ ok: true, val });
export const err = <E>(e: E): Result<never, E> => ({ ok: false, err: e });
