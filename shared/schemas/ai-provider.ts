// An organisation's OpenAI-compatible provider settings. The key goes in, never out: answers say only
// whether one is stored.
import * as z from 'zod/mini';

/** https only, except a provider on this machine (local models, tests). */
const providerUrl = z.url().check(
  z.refine((u) => {
    const url = new URL(u);
    return url.protocol === 'https:' || (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname));
  }, { message: 'use an https address (http only for a provider on localhost)' }),
);

export const aiProviderBodySchema = z.object({
  baseUrl: providerUrl,
  model: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  /** Required the first time; omitted later to keep the stored key. */
  apiKey: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
  inputPerMTokUsd: z._default(z.number().check(z.minimum(0), z.maximum(1000)), 0),
  outputPerMTokUsd: z._default(z.number().check(z.minimum(0), z.maximum(1000)), 0),
  dailyCapUsd: z._default(z.number().check(z.minimum(0), z.maximum(10_000)), 1),
  enabled: z._default(z.boolean(), true),
});
export type AiProviderBody = z.infer<typeof aiProviderBodySchema>;

export interface AiProviderView {
  configured: boolean;
  baseUrl?: string;
  model?: string;
  hasKey?: boolean;
  inputPerMTokUsd?: number;
  outputPerMTokUsd?: number;
  dailyCapUsd?: number;
  enabled?: boolean;
}
