import { Hono } from 'hono';
import * as z from 'zod/mini';
import { idSchema } from '../../shared/schemas/common';
import { conversationListQuerySchema } from '../../shared/schemas/conversations';
import { getConversation, listConversations, listMessages } from '../db/queries/conversations';
import { visibleShopIds } from '../db/queries/visibility';
import type { AppEnv } from '../deps';
import { AppError } from '../errors';
import { mustAuth, requireAuth } from '../middleware/auth';
import { pathParams, queryParams } from '../validate';

export const conversationRoutes = new Hono<AppEnv>()
  .get('/', requireAuth, queryParams(conversationListQuerySchema), async (c) => {
    const auth = mustAuth(c);
    const db = c.get('db');
    const query = c.req.valid('query');
    if (query.before && Number.isNaN(Date.parse(query.before))) throw new AppError('validation_failed', 'Invalid query parameters — before: expected an ISO date');
    return c.json({ conversations: await listConversations(db, auth.orgId, await visibleShopIds(db, auth), query) });
  })
  .get('/:conversationId', requireAuth, pathParams(z.object({ conversationId: idSchema })), async (c) => {
    const auth = mustAuth(c);
    const db = c.get('db');
    const { conversationId } = c.req.valid('param');
    const conversation = await getConversation(db, auth.orgId, await visibleShopIds(db, auth), conversationId);
    if (!conversation) throw new AppError('not_found', 'No such conversation.');
    return c.json({ conversation, messages: await listMessages(db, auth.orgId, conversationId) });
  });
