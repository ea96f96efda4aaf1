// Data-subject requests and the audit log, for owners and admins. Every read of a buyer's data and every
// erasure is written to the audit log with who, what, when and from where.
import { and, desc, eq, sql } from 'drizzle-orm';
import { Hono } from 'hono/tiny';
import * as z from 'zod/mini';
import { newId } from '../../shared/ids';
import { privacyDueAt } from '../../shared/privacy/due';
import { idSchema } from '../../shared/schemas/common';
import { buyerSearchQuerySchema, privacyRequestBodySchema } from '../../shared/schemas/privacy';
import { auditLog, buyers, organizations, privacyRequests } from '../db/schema';
import type { Db } from '../db/types';
import type { AppEnv } from '../deps';
import { AppError } from '../errors';
import { mustAuth, requirePermission } from '../middleware/auth';
import { audit } from '../privacy/audit';
import { MIN_RETENTION_DAYS, retentionDaysOf, retentionPreview } from '../privacy/retention';
import { eraseBuyer, exportBuyer, exportCsv, findBuyers } from '../privacy/subject';
import { jsonBody, pathParams, queryParams } from '../validate';

const admin = requirePermission('manage_members');
const requestParam = pathParams(z.object({ requestId: idSchema }));

async function requestOf(db: Db, orgId: string, id: string) {
  const [row] = await db.select().from(privacyRequests).where(and(eq(privacyRequests.orgId, orgId), eq(privacyRequests.id, id)));
  if (!row) throw new AppError('not_found', 'No such privacy request.');
  return row;
}

export const privacyRoutes = new Hono<AppEnv>()
  .get('/buyers', admin, queryParams(buyerSearchQuerySchema), async (c) => {
    const auth = mustAuth(c);
    const { q } = c.req.valid('query');
    const found = await findBuyers(c.get('db'), auth.orgId, q);
    await audit(c, { action: 'buyer.search', details: { q, results: found.length } });
    return c.json({ buyers: found });
  })
  .get('/requests', admin, async (c) => {
    const auth = mustAuth(c);
    const rows = await c.get('db').select().from(privacyRequests).where(eq(privacyRequests.orgId, auth.orgId)).orderBy(privacyRequests.dueAt).limit(200);
    return c.json({ requests: rows });
  })
  .post('/requests', admin, jsonBody(privacyRequestBodySchema), async (c) => {
    const auth = mustAuth(c);
    const body = c.req.valid('json');
    const db = c.get('db');
    const [buyer] = await db.select({ id: buyers.id }).from(buyers).where(and(eq(buyers.orgId, auth.orgId), eq(buyers.id, body.buyerId)));
    if (!buyer) throw new AppError('not_found', 'No such buyer in this organisation. Search by name or TikTok user id first.');
    const now = c.get('deps').clock.now();
    const [row] = await db
      .insert(privacyRequests)
      .values({ id: newId('privacy'), orgId: auth.orgId, buyerId: body.buyerId, kind: body.kind, law: body.law, note: body.note ?? null, receivedAt: now, dueAt: privacyDueAt(body.law, now), createdBy: auth.userId })
      .returning();
    await audit(c, { action: 'privacy_request.create', targetType: 'buyer', targetId: body.buyerId, details: { kind: body.kind, law: body.law } });
    return c.json(row, 201);
  })
  .get('/requests/:requestId/export', admin, requestParam, queryParams(z.object({ format: z.optional(z.enum(['json', 'csv'])) })), async (c) => {
    const auth = mustAuth(c);
    const request = await requestOf(c.get('db'), auth.orgId, c.req.valid('param').requestId);
    if (!request.buyerId) throw new AppError('not_found', 'The buyer of this request no longer exists.');
    const data = await exportBuyer(c.get('db'), auth.orgId, request.buyerId);
    if (!data) throw new AppError('not_found', 'The buyer of this request no longer exists.');
    const format = c.req.valid('query').format ?? 'json';
    await audit(c, { action: 'buyer.export', targetType: 'buyer', targetId: request.buyerId, details: { requestId: request.id, format } });
    if (request.kind === 'export' && !request.completedAt) {
      await c.get('db').update(privacyRequests).set({ completedAt: c.get('deps').clock.now() }).where(eq(privacyRequests.id, request.id));
    }
    const name = `askchat-buyer-${request.buyerId}.${format}`;
    c.header('content-disposition', `attachment; filename="${name}"`);
    if (format === 'csv') return c.body(exportCsv(data), 200, { 'content-type': 'text/csv; charset=utf-8' });
    return c.json(data);
  })
  .post('/requests/:requestId/erase', admin, requestParam, async (c) => {
    const auth = mustAuth(c);
    const request = await requestOf(c.get('db'), auth.orgId, c.req.valid('param').requestId);
    if (request.kind !== 'erase') throw new AppError('conflict', 'This is an access request; open an erasure request to erase.');
    if (!request.buyerId) throw new AppError('not_found', 'The buyer of this request no longer exists.');
    const now = c.get('deps').clock.now();
    const erased = await eraseBuyer(c.get('db'), auth.orgId, request.buyerId, now);
    if (!erased) throw new AppError('not_found', 'The buyer of this request no longer exists.');
    await c.get('db').update(privacyRequests).set({ completedAt: now }).where(eq(privacyRequests.id, request.id));
    await audit(c, { action: 'buyer.erase', targetType: 'buyer', targetId: request.buyerId, details: { requestId: request.id, ...erased } });
    return c.json({ erased });
  });

const retentionBody = z.object({ days: z.nullable(z.number().check(z.int(), z.minimum(MIN_RETENTION_DAYS), z.maximum(3650))) });

// Retention: GET shows the setting and what it clears today (or what ?days=N would: the dry run).
privacyRoutes
  .get('/retention', admin, queryParams(z.object({ days: z.optional(z.coerce.number().check(z.int(), z.minimum(MIN_RETENTION_DAYS), z.maximum(3650))) })), async (c) => {
    const auth = mustAuth(c);
    const db = c.get('db');
    const [org] = await db.select({ settings: organizations.settings }).from(organizations).where(eq(organizations.id, auth.orgId));
    const days = retentionDaysOf(org?.settings ?? {});
    const proposed = c.req.valid('query').days ?? days;
    return c.json({ days, preview: proposed ? { days: proposed, ...(await retentionPreview(db, auth.orgId, proposed, c.get('deps').clock.now())) } : null });
  })
  .put('/retention', admin, jsonBody(retentionBody), async (c) => {
    const auth = mustAuth(c);
    const { days } = c.req.valid('json');
    const db = c.get('db');
    await db
      .update(organizations)
      .set({ settings: sql`jsonb_set(${organizations.settings}, '{retentionDays}', ${JSON.stringify(days)}::jsonb)` })
      .where(eq(organizations.id, auth.orgId));
    await audit(c, { action: 'retention.update', details: { days } });
    return c.json({ days });
  });

export const auditRoutes = new Hono<AppEnv>().get('/', admin, queryParams(z.object({ limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(1000)), 200) })), async (c) => {
  const auth = mustAuth(c);
  const rows = await c.get('db').select().from(auditLog).where(eq(auditLog.orgId, auth.orgId)).orderBy(desc(auditLog.at)).limit(c.req.valid('query').limit);
  return c.json({ entries: rows });
});
