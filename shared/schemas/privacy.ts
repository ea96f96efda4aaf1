// Data-subject requests (GDPR/UK GDPR access and erasure, CCPA know and delete) as the API takes them.
import * as z from 'zod/mini';

export const buyerSearchQuerySchema = z.object({ q: z.string().check(z.trim(), z.minLength(2), z.maxLength(100)) });

export const privacyRequestBodySchema = z.object({
  buyerId: z.string().check(z.maxLength(40)),
  kind: z.enum(['export', 'erase']),
  law: z.enum(['gdpr', 'ccpa']),
  /** How the request came in and how the person was verified. */
  note: z.optional(z.string().check(z.maxLength(1000))),
});
export type PrivacyRequestBody = z.infer<typeof privacyRequestBodySchema>;
