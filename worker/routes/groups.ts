// Agent groups: a team (often one per language or market) that owns shops. Agents see their own groups
// and, through them, their shops; owners and admins manage them.
import { Hono } from 'hono/tiny';
import * as z from 'zod/mini';
import { can } from '../../shared/roles';
import { idSchema } from '../../shared/schemas/common';
import { groupBodySchema } from '../../shared/schemas/groups';
import { deleteGroup, listGroups, ownedIds, saveGroup } from '../db/queries/groups';
import { writeWithVersion } from '../db/version';
import type { AppEnv } from '../deps';
import { AppError } from '../errors';
import { mustAuth, requireAuth, requirePermission } from '../middleware/auth';
import { jsonBody, pathParams } from '../validate';

const params = pathParams(z.object({ groupId: idSchema }));

export const groupRoutes = new Hono<AppEnv>()
  .get('/', requireAuth, async (c) => {
    const auth = mustAuth(c);
    return c.json({ groups: await listGroups(c.get('db'), auth.orgId, can(auth.role, 'manage_groups') ? undefined : auth.userId) });
  })
  .post('/', requirePermission('manage_groups'), jsonBody(groupBodySchema), async (c) => {
    const auth = mustAuth(c);
    const body = c.req.valid('json');
    const db = c.get('db');
    const id = await writeWithVersion(db, auth.orgId, async (tx, version) => saveGroup(tx, auth.orgId, null, { ...body, ...(await ownedIds(tx, auth.orgId, body)) }, version));
    const group = (await listGroups(db, auth.orgId)).find((g) => g.id === id);
    return c.json(group, 201);
  })
  .put('/:groupId', requirePermission('manage_groups'), params, jsonBody(groupBodySchema), async (c) => {
    const auth = mustAuth(c);
    const body = c.req.valid('json');
    const { groupId } = c.req.valid('param');
    const db = c.get('db');
    const id = await writeWithVersion(db, auth.orgId, async (tx, version) => saveGroup(tx, auth.orgId, groupId, { ...body, ...(await ownedIds(tx, auth.orgId, body)) }, version));
    if (!id) throw new AppError('not_found', 'No such group.');
    return c.json((await listGroups(db, auth.orgId)).find((g) => g.id === id));
  })
  .delete('/:groupId', requirePermission('manage_groups'), params, async (c) => {
    const auth = mustAuth(c);
    if (!(await deleteGroup(c.get('db'), auth.orgId, c.req.valid('param').groupId))) throw new AppError('not_found', 'No such group.');
    return c.json({ ok: true });
  });
