import * as z from 'zod/mini';
import { LANGUAGES } from '../markets';
import { noNulCheck } from './common';

export const KB_KINDS = ['article', 'faq', 'policy', 'campaign'] as const;

const isoDate = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), { message: 'expected an ISO date' }));

export const kbArticleBodySchema = z.object({
  /** Absent or null: the article serves every shop of the organisation. */
  shopId: z.optional(z.nullable(z.string().check(z.maxLength(40)))),
  kind: z._default(z.enum(KB_KINDS), 'article'),
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(200), noNulCheck),
  body: z.string().check(z.trim(), z.minLength(1), z.maxLength(10_000), noNulCheck),
  language: z.optional(z.nullable(z.enum(LANGUAGES))),
  tags: z._default(z.array(z.string().check(z.maxLength(40))).check(z.maxLength(20)), []),
  active: z._default(z.boolean(), true),
  startsAt: z.optional(z.nullable(isoDate)),
  endsAt: z.optional(z.nullable(isoDate)),
}).check(
  z.refine((a) => !a.startsAt || !a.endsAt || Date.parse(a.endsAt) > Date.parse(a.startsAt), { message: 'the end must be after the start', path: ['endsAt'] }),
);
export type KbArticleBody = z.infer<typeof kbArticleBodySchema>;

export interface KbArticleView {
  id: string;
  shopId: string | null;
  kind: (typeof KB_KINDS)[number];
  title: string;
  body: string;
  language: (typeof LANGUAGES)[number] | null;
  tags: string[];
  active: boolean;
  startsAt: string | null;
  endsAt: string | null;
  updatedAt: string;
}

export const kbSearchQuerySchema = z.object({
  q: z.string().check(z.minLength(1), z.maxLength(2000)),
  shopId: z.optional(z.string().check(z.maxLength(40))),
  language: z.optional(z.enum(LANGUAGES)),
});
