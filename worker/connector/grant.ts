// Storing a seller's grant: the tokens (sealed) and one shop row per authorised shop. Used by the OAuth
// callback and by the demo seed (which obtains its tokens from the sandbox), so both take the same path.
// Re-authorising updates everything in place; the seller's own choices (shop type, languages) are kept.
import { isMarket, MARKET_INFO } from '../../shared/markets';
import type { AppDeps } from '../deps';
import { upsertConnection } from '../db/queries/connections';
import { upsertShop } from '../db/queries/ingest';
import type { Db } from '../db/types';
import { writeWithVersion } from '../db/version';
import type { AuthorizedShop, TokenSet } from '../tiktok/wire-auth';

export interface StoredGrant {
  connectionId: string;
  shopIds: string[];
  /** Shops in markets AskChat does not serve yet, left out. */
  skipped: { id: string; region: string }[];
}

export async function storeGrant(
  deps: Pick<AppDeps, 'secrets' | 'clock'>,
  db: Db,
  orgId: string,
  tokens: TokenSet,
  shops: AuthorizedShop[],
): Promise<StoredGrant> {
  const [accessToken, refreshToken] = await Promise.all([deps.secrets.seal(tokens.accessToken), deps.secrets.seal(tokens.refreshToken)]);
  const now = deps.clock.now();
  return writeWithVersion(db, orgId, async (tx, version) => {
    const connectionId = await upsertConnection(tx, {
      orgId,
      openId: tokens.openId,
      sellerName: tokens.sellerName,
      sellerBaseRegion: tokens.sellerBaseRegion || null,
      grantedScopes: tokens.grantedScopes,
      accessToken,
      accessExpiresAt: new Date(tokens.accessTokenExpiresAt * 1000),
      refreshToken,
      refreshExpiresAt: new Date(tokens.refreshTokenExpiresAt * 1000),
      now,
    });
    const shopIds: string[] = [];
    const skipped: StoredGrant['skipped'] = [];
    for (const shop of shops) {
      if (!isMarket(shop.region)) {
        skipped.push({ id: shop.id, region: shop.region });
        continue;
      }
      const info = MARKET_INFO[shop.region];
      const crossBorder = shop.seller_type === 'CROSS_BORDER';
      shopIds.push(
        await upsertShop(
          tx,
          {
            orgId,
            tiktokShopId: shop.id,
            cipher: shop.cipher,
            code: shop.code ?? null,
            name: shop.name || shop.code || shop.id,
            type: crossBorder ? 'cross_border' : 'personal',
            sellerType: crossBorder ? 'CROSS_BORDER' : 'LOCAL',
            market: shop.region,
            languages: info.languages,
            timeZone: info.timeZone,
            connectionId,
          },
          version,
        ),
      );
    }
    return { connectionId, shopIds, skipped };
  });
}
