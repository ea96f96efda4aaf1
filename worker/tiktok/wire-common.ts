// Shapes every TikTok Shop response shares (reference §4.2). IDs are 18–19-digit numbers sent as strings;
// a few old payloads send numbers, so `idSchema` accepts both and always yields a string.
import * as z from 'zod/mini';

export const envelopeSchema = z.object({
  code: z.number(),
  message: z.optional(z.string()),
  request_id: z.optional(z.string()),
  data: z.optional(z.unknown()),
});

export const idSchema = z.pipe(z.union([z.string(), z.number()]), z.transform((v) => String(v)));

// Integers that some endpoints send as strings (expiration_time, width/height in received images).
export const intSchema = z.pipe(
  z.union([z.number(), z.string().check(z.regex(/^-?\d+(\.\d+)?$/))]),
  z.transform((v) => Number(v)),
);

export const pageTokenSchema = z._default(z.string(), '');

export const emptySchema = z.unknown();
