import * as z from 'zod/mini';
import { LANGUAGES, MARKETS } from '../markets';

export const SHOP_TYPES = ['personal', 'enterprise', 'brand', 'cross_border'] as const;
export type ShopType = (typeof SHOP_TYPES)[number];

export const SHOP_STATUSES = ['active', 'disconnected', 'revoked'] as const;
export type ShopStatus = (typeof SHOP_STATUSES)[number];

export const shopViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(SHOP_TYPES),
  market: z.enum(MARKETS),
  languages: z.array(z.enum(LANGUAGES)),
  timeZone: z.string(),
  status: z.enum(SHOP_STATUSES),
  version: z.number(),
});
export type ShopView = z.infer<typeof shopViewSchema>;

export const shopUpdateBodySchema = z.object({
  name: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(120))),
  type: z.optional(z.enum(SHOP_TYPES)),
  languages: z.optional(z.array(z.enum(LANGUAGES)).check(z.minLength(1), z.maxLength(8))),
  timeZone: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
});
export type ShopUpdateBody = z.infer<typeof shopUpdateBodySchema>;
