// Small building blocks reused by the request schemas. zod/mini keeps the PWA's share of zod small
// (the same schemas validate forms in the browser and requests in the Worker).
import * as z from 'zod/mini';

export const emailSchema = z.string().check(z.trim(), z.toLowerCase(), z.maxLength(254), z.email());
export const passwordSchema = z.string().check(z.minLength(8), z.maxLength(200));
/** Text Postgres can store: no NUL characters (JSON allows \u0000; a text column does not). */
export const noNulCheck = z.refine<string>((s) => !s.includes('\u0000'), { message: 'must not contain NUL characters' });

export const nameSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(120), noNulCheck);

/** An id as it appears in a path: the type prefix is checked by the route, this only bounds the shape. */
export const idSchema = z.string().check(z.regex(/^[a-z]{2,5}_[0-9A-Z]{26}$/));

export const cursorSchema = z.coerce.number().check(z.int(), z.minimum(0));
export const limitSchema = (max: number, fallback: number) =>
  z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(max)), fallback);
