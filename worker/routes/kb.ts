// The shops' knowledge base: articles, FAQs, policies and campaigns AskChat answers from. Everyone reads
// what their shops use; owners and admins write. Search is what the reply pipeline uses, exposed so a
// seller can check which article would answer a question.
import { Hono } from 'hono/tiny';
import * as z from 'zod/mini';
import { queryTerms } from '../../shared/kb/query-terms';
import { idSchema } from '../../shared/schemas/common';
import { kbArticleBodySchema, kbSearchQuerySchema } from '../../shared/schemas/kb';
import { deleteKb, getKb, insertKb, listKb, searchKb, toKbView, updateKb } from '../db/queries/kb';
import { getShop } from '../db/queries/shops';
import { scopeAllows, visibleShopIds } from '../db/queries/visibility';
import { writeWithVersion } from '../db/version';
import type { AppEnv } from '../deps';
import { AppError } from '../errors';
import { mustAuth, requireAuth, requirePermission } from '../middleware/auth';
import { jsonBody, pathParams, queryParams } from '../validate';

const params = pathParams(z.object({ articleId: idSchema }));

export const kbRoutes = new Hono<AppEnv>()
  .get('/', requireAuth, queryParams(z.object({ shopId: z.optional(z.string().check(z.maxLength(40))) })), async (c) => {
    const auth = mustAuth(c);
    const db = c.get('db');
    const rows = await listKb(db, auth.orgId, await visibleShopIds(db, auth), c.req.valid('query').shopId);
    return c.json({ articles: rows.map(toKbView) });
  })
  .get('/search', requireAuth, queryParams(kbSearchQuerySchema), async (c) => {
    const auth = mustAuth(c);
    const db = c.get('db');
    const query = c.req.valid('query');
    if (query.shopId && !scopeAllows(await visibleShopIds(db, auth), query.shopId)) throw new AppError('not_found', 'No such shop.');
    const hits = await searchKb(db, { orgId: auth.orgId, shopId: query.shopId ?? null, terms: queryTerms(query.q), language: query.language, now: c.get('deps').clock.now() });
    return c.json({ hits: hits.map((h) => ({ article: toKbView(h.row), score: Math.round(h.score * 100) / 100 })) });
  })
  .get('/:articleId', requireAuth, params, async (c) => {
    const auth = mustAuth(c);
    const db = c.get('db');
    const row = await getKb(db, auth.orgId, await visibleShopIds(db, auth), c.req.valid('param').articleId);
    if (!row) throw new AppError('not_found', 'No such article.');
    return c.json(toKbView(row));
  })
  .post('/', requirePermission('manage_settings'), jsonBody(kbArticleBodySchema), async (c) => {
    const auth = mustAuth(c);
    const body = c.req.valid('json');
    const db = c.get('db');
    if (body.shopId && !(await getShop(db, auth.orgId, 'all', body.shopId))) throw new AppError('not_found', 'No such shop.');
    const row = await writeWithVersion(db, auth.orgId, (tx, version) => insertKb(tx, auth.orgId, body, version, c.get('deps').clock.now()));
    return c.json(toKbView(row), 201);
  })
  .put('/:articleId', requirePermission('manage_settings'), params, jsonBody(kbArticleBodySchema), async (c) => {
    const auth = mustAuth(c);
    const body = c.req.valid('json');
    const db = c.get('db');
    if (body.shopId && !(await getShop(db, auth.orgId, 'all', body.shopId))) throw new AppError('not_found', 'No such shop.');
    const row = await writeWithVersion(db, auth.orgId, (tx, version) => updateKb(tx, auth.orgId, c.req.valid('param').articleId, body, version, c.get('deps').clock.now()));
    if (!row) throw new AppError('not_found', 'No such article.');
    return c.json(toKbView(row));
  })
  .delete('/:articleId', requirePermission('manage_settings'), params, async (c) => {
    const auth = mustAuth(c);
    if (!(await deleteKb(c.get('db'), auth.orgId, c.req.valid('param').articleId))) throw new AppError('not_found', 'No such article.');
    return c.json({ ok: true });
  });
