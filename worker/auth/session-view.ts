// What GET /api/auth/me (and sign-in) answers: who is signed in, in which organisation, with which role.
import type { SessionView } from '../../shared/schemas/auth';
import { getOrganization, listUserOrganizations } from '../db/queries/organizations';
import { getUser } from '../db/queries/users';
import type { Queryable } from '../db/types';
import type { Auth } from '../deps';
import { AppError } from '../errors';

export async function buildSessionView(db: Queryable, auth: Omit<Auth, 'sessionId'>): Promise<SessionView> {
  const [user, organization, organizations] = await Promise.all([
    getUser(db, auth.userId),
    getOrganization(db, auth.orgId),
    listUserOrganizations(db, auth.userId),
  ]);
  if (!user || !organization) throw new AppError('unauthorized', 'This account no longer exists.');
  return {
    user: { id: user.id, email: user.email, name: user.name, locale: user.locale, timeZone: user.timeZone },
    organization: { id: organization.id, name: organization.name },
    role: auth.role,
    organizations,
  };
}
