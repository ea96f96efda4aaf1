// "How would AskChat answer this?" — the built-in engine on a message a seller types, for one of their
// shops: the understanding, the decision with its reason, the knowledge-base article it would use and
// the reply text, without sending anything or looking up orders.
import { Hono } from 'hono/tiny';
import * as z from 'zod/mini';
import type { Market } from '../../shared/markets';
import { noNulCheck } from '../../shared/schemas/common';
import { getShop } from '../db/queries/shops';
import { visibleShopIds } from '../db/queries/visibility';
import type { AppEnv } from '../deps';
import { AppError } from '../errors';
import { mustAuth, requireAuth, requirePermission } from '../middleware/auth';
import { aiProviderBodySchema } from '../../shared/schemas/ai-provider';
import { deleteAiProvider, getAiProvider, saveAiProvider, toAiProviderView } from '../db/queries/ai-provider';
import { gatherReplyContext } from '../pipeline/reply-context';
import { audit } from '../privacy/audit';
import { jsonBody } from '../validate';

const previewBodySchema = z.object({
  text: z.string().check(z.minLength(1), z.maxLength(2000), noNulCheck),
  shopId: z.string().check(z.maxLength(40)),
});

export const aiRoutes = new Hono<AppEnv>()
  .get('/provider', requirePermission('manage_settings'), async (c) => c.json(toAiProviderView(await getAiProvider(c.get('db'), mustAuth(c).orgId))))
  .put('/provider', requirePermission('manage_settings'), jsonBody(aiProviderBodySchema), async (c) => {
    const auth = mustAuth(c);
    const body = c.req.valid('json');
    const db = c.get('db');
    const existing = await getAiProvider(db, auth.orgId);
    if (!body.apiKey && !existing) throw new AppError('validation_failed', 'Invalid request body — apiKey: needed the first time a provider is set');
    const apiKey = body.apiKey ? await c.get('deps').secrets.seal(body.apiKey) : existing!.apiKey;
    await saveAiProvider(db, { ...body, orgId: auth.orgId, apiKey, updatedAt: c.get('deps').clock.now() });
    await audit(c, { action: 'ai_provider.update', details: { baseUrl: body.baseUrl, model: body.model, keyChanged: !!body.apiKey } });
    return c.json(toAiProviderView(await getAiProvider(db, auth.orgId)));
  })
  .delete('/provider', requirePermission('manage_settings'), async (c) => {
    await deleteAiProvider(c.get('db'), mustAuth(c).orgId);
    await audit(c, { action: 'ai_provider.delete' });
    return c.json({ configured: false });
  })
  .post('/preview', requireAuth, jsonBody(previewBodySchema), async (c) => {
  const auth = mustAuth(c);
  const { text, shopId } = c.req.valid('json');
  const deps = c.get('deps');
  const db = c.get('db');
  const shop = await getShop(db, auth.orgId, await visibleShopIds(db, auth), shopId);
  if (!shop) throw new AppError('not_found', 'No such shop.');
  const engine = await deps.ai.load();
  const u = engine.understand(text, { market: shop.market as Market });
  const conversation = { id: 'preview', orgId: auth.orgId, tiktokConversationId: '', needsHuman: false, assigneeId: null, pagedAt: null, shop, buyer: { name: '', tiktokUserId: null }, recent: [] };
  const { context, settings } = await gatherReplyContext(deps, db, conversation, u, text, { lookupOrders: false });
  const decision = engine.decideReply(u, {
    autoSend: settings.autoSend,
    draftOnly: settings.draftOnly,
    hasOrderFacts: false,
    hasKnowledge: (context.knowledge?.length ?? 0) > 0,
    injectionSuspected: engine.detectPromptInjection(text),
  });
  const reply = engine.composeReply(u, context, { mode: decision.action === 'auto_reply' ? 'auto' : 'draft', buyerText: text });
  return c.json({ understanding: u, decision, reply: { kind: reply.kind, text: reply.text, language: reply.language, knowledgeId: reply.knowledgeId }, engine: engine.source });
});
