// Tokens (auth host, unsigned, §2.2–2.4) and shop discovery (§3). /authorization and /seller calls carry no
// shop_cipher: they take a SellerAuth, not a ShopAuth.
import { type Result } from '../../shared/result';
import type { TikTokError } from './errors';
import { mapResult } from './map-result';
import type { SellerAuth, Transport } from './transport';
import { activeShopsSchema, authorizedShopsSchema, tokenDataSchema, type AuthorizedShop, type TokenSet } from './wire-auth';

export function authApi(t: Transport) {
  return {
    getAccessToken(authCode: string): Promise<Result<TokenSet, TikTokError>> {
      return t.authHost('/api/v2/token/get', { auth_code: authCode, grant_type: 'authorized_code' }, tokenDataSchema);
    },

    // grant_type refresh_token as the docs say; the official Node SDK's `authorized_code` looks like a bug (§11.5).
    refreshAccessToken(refreshToken: string): Promise<Result<TokenSet, TikTokError>> {
      return t.authHost('/api/v2/token/refresh', { refresh_token: refreshToken, grant_type: 'refresh_token' }, tokenDataSchema);
    },

    async getAuthorizedShops(auth: SellerAuth): Promise<Result<AuthorizedShop[], TikTokError>> {
      const r = await t.api({ method: 'GET', path: '/authorization/202309/shops', auth, data: authorizedShopsSchema });
      return mapResult(r, (d) => d.shops);
    },

    async getActiveShops(auth: SellerAuth): Promise<Result<{ id: string; region: string }[], TikTokError>> {
      const r = await t.api({ method: 'GET', path: '/seller/202309/shops', auth, data: activeShopsSchema });
      return mapResult(r, (d) => d.shops);
    },
  };
}
