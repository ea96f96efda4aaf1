// The TikTok Shop client: one transport (signing, retries, timeouts, envelope) and the call families on top.
//
//   const tiktok = createTikTokClient({ appKey, appSecret, apiBase, authBase, fetch, now });
//   const page = await tiktok.getConversations({ accessToken, shopCipher }, { pageSize: 20 });
//   if (!page.ok) … page.err.kind …
//
// Every method returns Result<…, TikTokError> and never throws for an outside failure. Each family also lives
// in its own module (api-*.ts), so code that needs one family can build just that on createTransport.
import { authApi } from './api-auth';
import { customerServiceApi } from './api-customer-service';
import { ordersApi } from './api-orders';
import { returnsApi } from './api-returns';
import { createTransport, type TikTokClientOptions } from './transport';

export type { TikTokClientOptions, SellerAuth, ShopAuth } from './transport';
export type { TikTokError, TikTokErrorKind } from './errors';

export function createTikTokClient(options: TikTokClientOptions) {
  const t = createTransport(options);
  return {
    ...authApi(t),
    ...customerServiceApi(t),
    ...ordersApi(t),
    ...returnsApi(t),
    call: t.api, // any other Open API call, signed and parsed the same way
  };
}

export type TikTokClient = ReturnType<typeof createTikTokClient>;
