import * as z from 'zod/mini';
import { ROLES } from '../roles';
import { emailSchema, nameSchema, passwordSchema } from './common';

export const UI_LOCALES = ['en', 'zh-CN'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

export const signupBodySchema = z.object({
  organizationName: nameSchema,
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
  locale: z.optional(z.enum(UI_LOCALES)),
});
export type SignupBody = z.infer<typeof signupBodySchema>;

export const loginBodySchema = z.object({
  email: emailSchema,
  // Not the sign-up rule: an old account may predate it, and the check must not reveal the policy.
  password: z.string().check(z.minLength(1), z.maxLength(200)),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const sessionViewSchema = z.object({
  user: z.object({ id: z.string(), email: z.string(), name: z.string(), locale: z.string(), timeZone: z.string() }),
  organization: z.object({ id: z.string(), name: z.string() }),
  role: z.enum(ROLES),
  organizations: z.array(z.object({ id: z.string(), name: z.string(), role: z.enum(ROLES) })),
});
export type SessionView = z.infer<typeof sessionViewSchema>;

export const switchOrganizationBodySchema = z.object({ organizationId: z.string().check(z.minLength(1), z.maxLength(40)) });
