// What a seller sets per shop for AskChat's replies: which intents it may answer by itself, draft-only
// mode, tone and emoji, a signature, business-hours wording, and the policy facts replies may state.
// Stored in shops.settings; missing fields take the defaults of `effectiveShopSettings`.
import * as z from 'zod/mini';
import { INTENTS, type Intent } from '../intents';
import { noNulCheck } from './common';

const text = (max: number) => z.string().check(z.trim(), z.maxLength(max), noNulCheck);
const days = z.number().check(z.int(), z.minimum(0), z.maximum(365));

export const shopPoliciesSchema = z.object({
  returnWindowDays: z.optional(days),
  freeReturns: z.optional(z.boolean()),
  shippingDays: z.optional(z.object({ min: days, max: days }).check(z.refine((r) => r.min <= r.max, { message: 'min must not be above max' }))),
  processingDays: z.optional(days),
  cod: z.optional(z.boolean()),
  installments: z.optional(z.boolean()),
  activeCoupons: z.optional(
    z.array(z.object({ code: z.optional(text(40)), description: text(200), endsAt: z.optional(z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), { message: 'expected an ISO date' }))) })).check(z.maxLength(20)),
  ),
});

export const SHOP_TONES = ['auto', 'warm', 'formal', 'friendly'] as const;

export const shopSettingsSchema = z.object({
  /** Per intent: may AskChat send its answer without a person? Missing intents use the shop type's default. */
  autoSend: z.optional(z.partialRecord(z.enum(INTENTS), z.boolean())),
  /** Every reply waits for an agent as a draft. */
  draftOnly: z.optional(z.boolean()),
  tone: z.optional(z.enum(SHOP_TONES)),
  emoji: z.optional(z.boolean()),
  /** null (as GET answers) or absent: none. */
  signature: z.optional(z.nullable(text(60))),
  /** How the shop describes its hours to buyers, e.g. "Mon–Sat 9:00–18:00 (WIB)". */
  businessHoursText: z.optional(z.nullable(text(120))),
  /** Overrides the market's TikTok response window (12 h in Southeast Asia, 24 h in the US and UK). */
  responseWindowHours: z.optional(z.nullable(z.union([z.literal(12), z.literal(24)]))),
  policies: z.optional(shopPoliciesSchema),
});
export type ShopSettings = z.infer<typeof shopSettingsSchema>;
export type ShopPoliciesSetting = z.infer<typeof shopPoliciesSchema>;

export interface EffectiveShopSettings {
  autoSend: Record<Intent, boolean>;
  draftOnly: boolean;
  tone: (typeof SHOP_TONES)[number];
  emoji: boolean;
  signature: string | null;
  businessHoursText: string | null;
  responseWindowHours: 12 | 24 | null;
  policies: ShopPoliciesSetting;
}

/** Stored settings over the defaults; `defaultAutoSend` is the shop type's starting point. */
export function effectiveShopSettings(stored: unknown, defaultAutoSend: Partial<Record<Intent, boolean>>, market: string): EffectiveShopSettings {
  const parsed = shopSettingsSchema.safeParse(stored ?? {});
  const s: ShopSettings = parsed.success ? parsed.data : {};
  const autoSend = Object.fromEntries(INTENTS.map((i) => [i, s.autoSend?.[i] ?? defaultAutoSend[i] ?? false])) as Record<Intent, boolean>;
  return {
    autoSend,
    draftOnly: s.draftOnly ?? false,
    tone: s.tone ?? 'auto',
    // Emoji are part of how Southeast Asian shops write; UK and US shops start without them.
    emoji: s.emoji ?? !(market === 'GB' || market === 'US'),
    signature: s.signature ?? null,
    businessHoursText: s.businessHoursText ?? null,
    responseWindowHours: s.responseWindowHours ?? null,
    policies: s.policies ?? {},
  };
}
