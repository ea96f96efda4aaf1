// Invites: an owner or admin invites a person by email with a role (and agent groups); the invite is a
// secret link, valid for 7 days and usable once. Accepting it creates the account (or, for an existing
// account, checks its password) and the membership, and signs the person in.
import { Hono } from 'hono/tiny';
import * as z from 'zod/mini';
import { idSchema } from '../../shared/schemas/common';
import { inviteAcceptBodySchema, inviteCreateBodySchema } from '../../shared/schemas/invites';
import { newId } from '../../shared/ids';
import { hashPassword, verifyPassword } from '../crypto/password';
import { randomToken, sha256Hex } from '../crypto/tokens';
import { startSession } from '../auth/session-cookie';
import { buildSessionView } from '../auth/session-view';
import { isUniqueViolation } from '../db/errors';
import { addUserToGroups } from '../db/queries/groups';
import { deleteInvite, findInviteByTokenHash, insertInvite, listOpenInvites, markInviteAccepted, toInviteView } from '../db/queries/invites';
import { getMembershipRole } from '../db/queries/organizations';
import { findUserByEmail, insertUser } from '../db/queries/users';
import { memberships } from '../db/schema';
import { writeWithVersion } from '../db/version';
import type { AppEnv } from '../deps';
import { AppError } from '../errors';
import { mustAuth, requirePermission } from '../middleware/auth';
import { jsonBody, pathParams, queryParams } from '../validate';

const INVITE_DAYS = 7;
const tokenQuery = queryParams(z.object({ token: z.string().check(z.minLength(20), z.maxLength(100)) }));

async function findUsableInvite(token: string, c: { get(k: 'db'): AppEnv['Variables']['db']; get(k: 'deps'): AppEnv['Variables']['deps'] }) {
  const found = await findInviteByTokenHash(c.get('db'), await sha256Hex(token));
  if (!found || found.invite.acceptedAt || found.invite.expiresAt <= c.get('deps').clock.now()) {
    throw new AppError('not_found', 'This invite link is not valid any more: it was used, withdrawn or has expired. Ask for a new one.');
  }
  return found;
}

export const inviteRoutes = new Hono<AppEnv>()
  .get('/', requirePermission('manage_members'), async (c) => {
    const rows = await listOpenInvites(c.get('db'), mustAuth(c).orgId);
    return c.json({ invites: rows.map(toInviteView) });
  })
  .post('/', requirePermission('manage_members'), jsonBody(inviteCreateBodySchema), async (c) => {
    const auth = mustAuth(c);
    const body = c.req.valid('json');
    if (body.role === 'admin' && auth.role !== 'owner') throw new AppError('forbidden', 'Only an owner can invite admins.');
    const token = randomToken();
    const row = await insertInvite(c.get('db'), {
      orgId: auth.orgId,
      email: body.email,
      role: body.role,
      groupIds: body.groupIds ?? [],
      tokenHash: await sha256Hex(token),
      invitedBy: auth.userId,
      expiresAt: new Date(c.get('deps').clock.now().getTime() + INVITE_DAYS * 86_400_000),
    });
    const origin = c.get('deps').config.PUBLIC_URL ?? new URL(c.req.url).origin;
    return c.json({ ...toInviteView(row), link: `${origin}/invite#${token}` }, 201);
  })
  .delete('/:inviteId', requirePermission('manage_members'), pathParams(z.object({ inviteId: idSchema })), async (c) => {
    if (!(await deleteInvite(c.get('db'), mustAuth(c).orgId, c.req.valid('param').inviteId))) throw new AppError('not_found', 'No such invite.');
    return c.json({ ok: true });
  })
  .get('/preview', tokenQuery, async (c) => {
    const { invite, organizationName } = await findUsableInvite(c.req.valid('query').token, c);
    return c.json({ organizationName, email: invite.email, role: invite.role, accountExists: !!(await findUserByEmail(c.get('db'), invite.email)) });
  })
  .post('/accept', jsonBody(inviteAcceptBodySchema), async (c) => {
    const body = c.req.valid('json');
    const db = c.get('db');
    const { invite } = await findUsableInvite(body.token, c);
    const existing = await findUserByEmail(db, invite.email);
    if (existing && !(await verifyPassword(body.password, existing.passwordHash))) {
      throw new AppError('invalid_credentials', 'An account with this email exists: enter its password to join.');
    }
    const passwordHash = existing ? null : await hashPassword(body.password);
    const userId = await writeWithVersion(db, invite.orgId, async (tx, version) => {
      if (!(await markInviteAccepted(tx, invite.id, c.get('deps').clock.now()))) {
        throw new AppError('not_found', 'This invite link was used already.');
      }
      const user = existing ?? (await insertUser(tx, { email: invite.email, name: body.name, passwordHash: passwordHash! }));
      if (await getMembershipRole(tx, invite.orgId, user.id)) throw new AppError('conflict', 'You are already a member of this organisation.');
      await tx.insert(memberships).values({ id: newId('membership'), orgId: invite.orgId, userId: user.id, role: invite.role, version });
      await addUserToGroups(tx, invite.orgId, user.id, invite.groupIds);
      return user.id;
    }).catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new AppError('conflict', 'This invite was accepted at the same moment by another request.');
      throw error;
    });
    await startSession(c, db, userId, invite.orgId);
    return c.json(await buildSessionView(db, { userId, orgId: invite.orgId, role: invite.role }), 201);
  });
