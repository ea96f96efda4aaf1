// Members of the organisation. Only owners may make or unmake owners, and the last owner stays.
import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono/tiny';
import type { Context } from 'hono';
import * as z from 'zod/mini';
import { can } from '../../shared/roles';
import { idSchema } from '../../shared/schemas/common';
import { memberUpdateBodySchema } from '../../shared/schemas/members';
import { rosterBodySchema } from '../../shared/schemas/roster';
import { HOLIDAY_REGIONS, regionNamesCalendar } from '../../shared/time/holidays';
import { validateRoster } from '../../shared/time/roster';
import { memberships } from '../db/schema';
import { countOwners, listMembers, removeMember, setMemberRole } from '../db/queries/members';
import { getMembershipRole } from '../db/queries/organizations';
import { deleteUserSessionsInOrg } from '../db/queries/sessions';
import { writeWithVersion } from '../db/version';
import type { AppEnv } from '../deps';
import { AppError } from '../errors';
import { mustAuth, requireAuth, requirePermission } from '../middleware/auth';
import { audit } from '../privacy/audit';
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
    await audit(c, { action: 'member.role', targetType: 'user', targetId: userId, details: { role } });
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
    await audit(c, { action: 'member.remove', targetType: 'user', targetId: userId });
    return c.json({ members: await listMembers(c.get('db'), auth.orgId) });
  })
  // Rosters: a person sets their own; owners and admins set anyone's. Read by the same people.
  .get('/:userId/roster', requireAuth, params, async (c) => {
    const { userId } = c.req.valid('param');
    const row = await membershipFor(c, userId);
    return c.json({ roster: row.roster ?? null });
  })
  .put('/:userId/roster', requireAuth, params, jsonBody(rosterBodySchema), async (c) => {
    const auth = mustAuth(c);
    const { userId } = c.req.valid('param');
    await membershipFor(c, userId);
    const body = c.req.valid('json');
    const checked = validateRoster({ agentId: userId, ...body }, { holidays: HOLIDAYS });
    if (!checked.ok) throw new AppError('validation_failed', `Invalid roster — ${checked.err.map((p) => `${p.path || 'roster'}: ${p.message}`).join('; ')}`);
    await writeWithVersion(c.get('db'), auth.orgId, (tx, version) =>
      tx.update(memberships).set({ roster: body, version }).where(and(eq(memberships.orgId, auth.orgId), eq(memberships.userId, userId))),
    );
    return c.json({ roster: body });
  })
  .delete('/:userId/roster', requireAuth, params, async (c) => {
    const auth = mustAuth(c);
    const { userId } = c.req.valid('param');
    await membershipFor(c, userId);
    await writeWithVersion(c.get('db'), auth.orgId, (tx, version) =>
      tx.update(memberships).set({ roster: null, version }).where(and(eq(memberships.orgId, auth.orgId), eq(memberships.userId, userId))),
    );
    return c.json({ roster: null });
  });

/** Only the region names: a roster is checked for a known `holidayRegion` without loading the dates. */
const HOLIDAYS = regionNamesCalendar(HOLIDAY_REGIONS);

/** The membership whose roster is asked for, if the caller may see it: their own, or anyone's for managers. */
async function membershipFor(c: Context<AppEnv>, userId: string) {
  const auth = mustAuth(c);
  if (userId !== auth.userId && !can(auth.role, 'manage_members')) throw new AppError('not_found', 'No such member.');
  const [row] = await c.get('db').select().from(memberships).where(and(eq(memberships.orgId, auth.orgId), eq(memberships.userId, userId)));
  if (!row) throw new AppError('not_found', 'No such member.');
  return row;
}
