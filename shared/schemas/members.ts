import * as z from 'zod/mini';
import { ROLES } from '../roles';

export const memberViewSchema = z.object({
  userId: z.string(),
  name: z.string(),
  /** Shown to owners and admins only: colleagues' addresses are personal data an agent does not need. */
  email: z.nullable(z.string()),
  role: z.enum(ROLES),
  groupIds: z.array(z.string()),
});
export type MemberView = z.infer<typeof memberViewSchema>;

export const memberUpdateBodySchema = z.object({ role: z.enum(ROLES) });
