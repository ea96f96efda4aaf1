import * as z from 'zod/mini';
import { INVITABLE_ROLES, ROLES } from '../roles';
import { emailSchema, nameSchema, passwordSchema } from './common';

export const inviteCreateBodySchema = z.object({
  email: emailSchema,
  role: z.enum(INVITABLE_ROLES),
  groupIds: z.optional(z.array(z.string().check(z.maxLength(40))).check(z.maxLength(50))),
});
export type InviteCreateBody = z.infer<typeof inviteCreateBodySchema>;

/** Accepting an invite creates the account, or joins an existing one when its password is given. */
export const inviteAcceptBodySchema = z.object({
  token: z.string().check(z.minLength(20), z.maxLength(100)),
  name: nameSchema,
  password: passwordSchema,
});
export type InviteAcceptBody = z.infer<typeof inviteAcceptBodySchema>;

export const inviteViewSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  expiresAt: z.string(),
  acceptedAt: z.nullable(z.string()),
  /** Only in the answer to the request that created it: the one time the secret link exists in clear. */
  link: z.optional(z.string()),
});
export type InviteView = z.infer<typeof inviteViewSchema>;
