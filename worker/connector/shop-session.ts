// A shop's live TikTok credentials: the grant's access token (opened from its sealed form) and the shop's
// cipher, with a refresh that runs once per grant at a time. Refresh uses the row lock of the grant, so two
// requests that both meet an expired token refresh it once; the second finds it already replaced.
import { err, ok, type Result } from '../../shared/result';
import type { AppDeps } from '../deps';
import { getConnection, lockConnection, markConnection, saveRefreshedTokens } from '../db/queries/connections';
import type { Db } from '../db/types';
import { bumpVersion } from '../db/version';
import type { TikTokError } from '../tiktok/errors';
import type { ShopAuth } from '../tiktok/transport';
import type { TokenSession } from '../tiktok/token-refresh';

type Deps = Pick<AppDeps, 'secrets' | 'clock' | 'tiktok' | 'log'>;

export class ShopNotConnected extends Error {
  override name = 'ShopNotConnected';
}

export function shopSession(deps: Deps, db: Db, shop: { connectionId: string | null; cipher: string }): TokenSession<ShopAuth> {
  let usedSealed: string | null = null;
  return {
    async getAuth() {
      if (!shop.connectionId) throw new ShopNotConnected('this shop has no TikTok Shop authorisation');
      const connection = await getConnection(db, shop.connectionId);
      if (!connection || connection.status !== 'active') throw new ShopNotConnected(`the TikTok Shop authorisation is ${connection?.status ?? 'missing'}`);
      usedSealed = connection.accessToken;
      return { accessToken: await deps.secrets.open(connection.accessToken), shopCipher: shop.cipher };
    },
    refresh: () => (shop.connectionId ? refreshConnection(deps, db, shop.connectionId, usedSealed) : Promise.resolve(ok(null))),
  };
}

/**
 * Refreshes a grant's tokens. `usedSealed` is the sealed access token the caller saw fail: if the row holds
 * another one by the time the lock is ours, someone refreshed meanwhile and nothing more is needed.
 * A refusal by TikTok marks the grant expired (the seller must reconnect) instead of retrying for ever.
 */
export async function refreshConnection(deps: Deps, db: Db, connectionId: string, usedSealed: string | null): Promise<Result<null, TikTokError>> {
  return db.transaction(async (tx) => {
    const row = await lockConnection(tx, connectionId);
    if (!row || row.status !== 'active') return err({ kind: 'auth', code: null, message: 'the TikTok Shop authorisation is not active', requestId: null, retryable: false, status: null });
    if (usedSealed && row.accessToken !== usedSealed) return ok(null);
    const refreshed = await deps.tiktok.refreshAccessToken(await deps.secrets.open(row.refreshToken));
    const now = deps.clock.now();
    if (!refreshed.ok) {
      if (!refreshed.err.retryable) {
        await markConnection(tx, connectionId, 'expired', `Token refresh refused: ${refreshed.err.message}`, now, await bumpVersion(tx, row.orgId));
        deps.log.warn('tiktok grant expired', { connectionId, code: refreshed.err.code, tiktokRequestId: refreshed.err.requestId });
      }
      return refreshed;
    }
    const t = refreshed.val;
    await saveRefreshedTokens(
      tx,
      connectionId,
      {
        accessToken: await deps.secrets.seal(t.accessToken),
        accessExpiresAt: new Date(t.accessTokenExpiresAt * 1000),
        refreshToken: await deps.secrets.seal(t.refreshToken),
        refreshExpiresAt: new Date(t.refreshTokenExpiresAt * 1000),
      },
      now,
    );
    return ok(null);
  });
}
