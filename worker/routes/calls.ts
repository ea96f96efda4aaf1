// POST /api/conversations/:conversationId/calls — a phone call logged in the conversation, so the team
// sees every channel in one place (docs/email.md, "Phone calls"). Stored as a message of type CALL from
// the agent (direction and duration in `content`, the note as its text), synced like any message, and
// idempotent by the app's clientId: a retried log returns the first one.
import { Hono } from 'hono/tiny';
import { and, eq } from 'drizzle-orm';
import * as z from 'zod/mini';
import { AppError } from '../../shared/errors';
import { idSchema } from '../../shared/schemas/common';
import { callLogBodySchema } from '../../shared/schemas/email';
import { getConversation, messageColumns, toMessageRecord } from '../db/queries/conversations';
import { isUniqueViolation } from '../db/errors';
import { addMessages } from '../db/queries/ingest';
import { visibleShopIds } from '../db/queries/visibility';
import { messages } from '../db/schema';
import type { Db } from '../db/types';
import { writeWithVersion } from '../db/version';
import type { AppEnv } from '../deps';
import { mustAuth, requireAuth } from '../middleware/auth';
import { jsonBody, pathParams } from '../validate';

/** A call logged further in the past than this is a typo, not a call. */
const MAX_AGE_MS = 366 * 24 * 3_600_000;

const byClientId = async (db: Db, conversationId: string, clientId: string) =>
  (await db.select(messageColumns).from(messages).where(and(eq(messages.conversationId, conversationId), eq(messages.clientId, clientId))))[0];

export const callRoutes = new Hono<AppEnv>().post('/:conversationId/calls', requireAuth, pathParams(z.object({ conversationId: idSchema })), jsonBody(callLogBodySchema), async (c) => {
  const auth = mustAuth(c);
  const db = c.get('db');
  const { conversationId } = c.req.valid('param');
  const body = c.req.valid('json');
  const conversation = await getConversation(db, auth.orgId, await visibleShopIds(db, auth), conversationId);
  if (!conversation) throw new AppError('not_found', 'No such conversation.');
  const known = await byClientId(db, conversationId, body.clientId);
  if (known) return c.json({ message: toMessageRecord(known) });

  const now = c.get('deps').clock.now();
  const at = body.at ? new Date(body.at) : now;
  if (!(at.getTime() <= now.getTime() + 5 * 60_000 && now.getTime() - at.getTime() <= MAX_AGE_MS)) throw new AppError('validation_failed', 'Invalid request body — at: a call is logged within the past year, not in the future.');
  try {
    await writeWithVersion(db, auth.orgId, (tx, version) =>
      addMessages(
        tx,
        { id: conversationId, orgId: auth.orgId, shopId: conversation.shopId },
        [{ tiktokMessageId: null, sender: 'agent', authorId: auth.userId, clientId: body.clientId, type: 'CALL', text: body.note, content: { direction: body.direction, ...(body.durationSeconds !== undefined ? { durationSeconds: body.durationSeconds } : {}) }, delivery: 'sent', createdAt: at }],
        version,
      ),
    );
  } catch (e) {
    if (!isUniqueViolation(e)) throw e; // the same log sent twice at once: the other request stored it
  }
  return c.json({ message: toMessageRecord((await byClientId(db, conversationId, body.clientId))!) }, 201);
});
