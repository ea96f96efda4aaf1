// Run a call with the shop's current token; if TikTok says the token expired (105002), refresh it once and
// run the call once more with whatever auth `getAuth` then returns. Any other outcome is returned as is.
// Storing the refreshed token (and serialising concurrent refreshes) is the caller's `refresh`.
import type { Result } from '../../shared/result';
import type { TikTokError } from './errors';

export interface TokenSession<A> {
  getAuth: () => A | Promise<A>; // e.g. { accessToken, shopCipher } read from storage
  refresh: () => Promise<Result<unknown, TikTokError>>; // refresh and store; a failure is returned to the caller
}

export async function withTokenRefresh<A, T>(session: TokenSession<A>, call: (auth: A) => Promise<Result<T, TikTokError>>): Promise<Result<T, TikTokError>> {
  const first = await call(await session.getAuth());
  if (first.ok || first.err.kind !== 'token_expired') return first;
  const refreshed = await session.refresh();
  if (!refreshed.ok) return refreshed;
  return call(await session.getAuth());
}
