// POST /api/mutations: the phone's outbox of named mutations (shared/schemas/mutations.ts), applied once each
// and answered one by one (worker/mutations/apply.ts). A batch is always 200 when it could be read: a refused
// mutation is an answer in `results`, not a failed request, so the ones after it still apply.
import { Hono } from 'hono/tiny';
import { mutationBatchSchema, type MutationBatchResponse } from '../../shared/schemas/mutations';
import type { AppEnv } from '../deps';
import { mustAuth, requireAuth } from '../middleware/auth';
import { applyMutations } from '../mutations/apply';
import { jsonBody } from '../validate';

export const mutationRoutes = new Hono<AppEnv>().post('/', requireAuth, jsonBody(mutationBatchSchema), async (c) => {
  const results = await applyMutations(c.get('deps'), c.get('db'), mustAuth(c), c.req.valid('json').mutations);
  return c.json<MutationBatchResponse>({ results });
});
