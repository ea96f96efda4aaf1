// Token host and shop discovery shapes (reference §2.4, §3). The scopes field has two names (§11.3):
// `granted_scopes` (202407 docs) and `granted_permissions` (older docs, .NET SDK); we accept either.
import * as z from 'zod/mini';
import { idSchema, intSchema } from './wire-common';

export const tokenDataSchema = z.pipe(
  z.looseObject({
    access_token: z.string(),
    access_token_expire_in: intSchema,
    refresh_token: z.string(),
    refresh_token_expire_in: intSchema,
    open_id: z._default(z.string(), ''),
    seller_name: z._default(z.string(), ''),
    seller_base_region: z._default(z.string(), ''),
    user_type: z._default(intSchema, 0),
    granted_scopes: z.optional(z.array(z.string())),
    granted_permissions: z.optional(z.array(z.string())),
  }),
  z.transform((t) => ({
    accessToken: t.access_token,
    accessTokenExpiresAt: t.access_token_expire_in, // absolute Unix seconds, not a duration
    refreshToken: t.refresh_token,
    refreshTokenExpiresAt: t.refresh_token_expire_in,
    openId: t.open_id,
    sellerName: t.seller_name,
    sellerBaseRegion: t.seller_base_region,
    userType: t.user_type,
    grantedScopes: t.granted_scopes ?? t.granted_permissions ?? [],
  })),
);
export type TokenSet = z.infer<typeof tokenDataSchema>;

export const shopSchema = z.looseObject({
  id: idSchema,
  name: z._default(z.string(), ''),
  region: z.string(),
  seller_type: z.optional(z.string()),
  cipher: z.string(),
  code: z.optional(z.string()),
});
export type AuthorizedShop = z.infer<typeof shopSchema>;

export const authorizedShopsSchema = z.object({ shops: z._default(z.array(shopSchema), []) });

export const activeShopsSchema = z.object({
  shops: z._default(z.array(z.looseObject({ id: idSchema, region: z.string() })), []),
});
