import { Hono } from 'hono/tiny';
import * as z from 'zod/mini';
import { idSchema } from '../../shared/schemas/common';
import { agentReplyBodySchema, conversationListQuerySchema, translateBodySchema } from '../../shared/schemas/conversations';
import { getConversation, listConversations, listMessages } from '../db/queries/conversations';
import { visibleShopIds } from '../db/queries/visibility';
import type { Db } from '../db/types';
import type { AppEnv, Auth } from '../deps';
import { sendAgentReply, translateMessage, userLanguage } from '../pipeline/agent-reply';
import { AppError } from '../errors';
import { mustAuth, requireAuth } from '../middleware/auth';
import { jsonBody, pathParams, queryParams } from '../validate';

const conversationParam = pathParams(z.object({ conversationId: idSchema }));
const messageParams = pathParams(z.object({ conversationId: idSchema, messageId: idSchema }));

export const conversationRoutes = new Hono<AppEnv>()
  .get('/', requireAuth, queryParams(conversationListQuerySchema), async (c) => {
    const auth = mustAuth(c);
    const db = c.get('db');
    const query = c.req.valid('query');
    if (query.before && Number.isNaN(Date.parse(query.before))) throw new AppError('validation_failed', 'Invalid query parameters — before: expected an ISO date');
    return c.json({ conversations: await listConversations(db, auth.orgId, await visibleShopIds(db, auth), query) });
  })
  .get('/:conversationId', requireAuth, conversationParam, async (c) => {
    const auth = mustAuth(c);
    const db = c.get('db');
    const { conversationId } = c.req.valid('param');
    const conversation = await getConversation(db, auth.orgId, await visibleShopIds(db, auth), conversationId);
    if (!conversation) throw new AppError('not_found', 'No such conversation.');
    return c.json({ conversation, messages: await listMessages(db, auth.orgId, conversationId) });
  })
  .post('/:conversationId/replies', requireAuth, conversationParam, jsonBody(agentReplyBodySchema), async (c) => {
    const auth = mustAuth(c);
    const { conversationId } = c.req.valid('param');
    await mustSee(c.get('db'), auth, conversationId);
    const { message, created } = await sendAgentReply(c.get('deps'), c.get('db'), auth, conversationId, c.req.valid('json'));
    return c.json({ message }, created ? 201 : 200);
  })
  .post('/:conversationId/messages/:messageId/translation', requireAuth, messageParams, jsonBody(translateBodySchema), async (c) => {
    const auth = mustAuth(c);
    const db = c.get('db');
    const { conversationId, messageId } = c.req.valid('param');
    await mustSee(db, auth, conversationId);
    const to = c.req.valid('json').to ?? (await userLanguage(db, auth.userId));
    return c.json(await translateMessage(c.get('deps'), db, conversationId, messageId, to));
  });

/** Agents reach only the conversations of their groups' shops; anything else is "not found". */
async function mustSee(db: Db, auth: Auth, conversationId: string): Promise<void> {
  if (!(await getConversation(db, auth.orgId, await visibleShopIds(db, auth), conversationId))) throw new AppError('not_found', 'No such conversation.');
}
