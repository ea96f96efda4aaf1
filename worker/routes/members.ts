// Members of the organisation. Only owners may make or unmake owners, and the last owner stays.
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { can } from '../../shared/roles';
import { idSchema } from '../../shared/schemas/common';
import { memberUpdateBodySchema } from '../../shared/schemas/members';
import { countOwners, listMembers, removeMember, setMemberRole } from '../db/queries/members';
import { getMembershipRole } from '../db/queries/organizations';
import { deleteUserSessionsInOrg } from '../db/queries/sessions';
import { writeWithVersion } from '../db/version';
import type { AppEnv } from '../deps';
import { AppError } from '../errors';
import { mustAuth, requireAuth, requirePermission } from '../middleware/auth';
import { jsonBody, pathParams } from '../validate';

const params = pathParams(z.object({ userId: idSchema }));

export const memberRoutes = new Hono<AppEnv>()
  .get('/', requireAuth, async (c) => {
    const auth = mustAuth(c);
    const members = await listMembers(c.get('db'), auth.orgId);
    return c.json({ members: can(auth.role, 'manage_members') ? members : members.map((m) => ({ ...m, email: null })) });
  })
  .patch('/:userId', requirePermission('manage_members'), params, jsonBody(memberUpdateBodySchema), async (c) => {
    const auth = mustAuth(c);
    const { userId } = c.req.valid('param');
    const { role } = c.req.valid('json');
    await writeWithVersion(c.get('db'), auth.orgId, async (tx, version) => {
      const current = await getMembershipRole(tx, auth.orgId, userId);
      if (!current) throw new AppError('not_found', 'No such member.');
      if ((current === 'owner' || role === 'owner') && auth.role !== 'owner') throw new AppError('forbidden', 'Only an owner can change who is an owner.');
      if (current === 'owner' && role !== 'owner' && (await countOwners(tx, auth.orgId)) <= 1) {
        throw new AppError('conflict', 'An organisation needs at least one owner. Make someone else owner first.');
      }
      await setMemberRole(tx, auth.orgId, userId, role, version);
    });
    return c.json({ members: await listMembers(c.get('db'), auth.orgId) });
  })
  .delete('/:userId', requirePermission('manage_members'), params, async (c) => {
    const auth = mustAuth(c);
    const { userId } = c.req.valid('param');
    await writeWithVersion(c.get('db'), auth.orgId, async (tx) => {
      const current = await getMembershipRole(tx, auth.orgId, userId);
      if (!current) throw new AppError('not_found', 'No such member.');
      if (current === 'owner' && auth.role !== 'owner') throw new AppError('forbidden', 'Only an owner can remove an owner.');
      if (current === 'owner' && (await countOwners(tx, auth.orgId)) <= 1) throw new AppError('conflict', 'The last owner cannot be removed.');
      await removeMember(tx, auth.orgId, userId);
      await deleteUserSessionsInOrg(tx, auth.orgId, userId);
    });
    return c.json({ members: await listMembers(c.get('db'), auth.orgId) });
  });

