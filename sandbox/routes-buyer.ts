// The buyer's side of the chat, for demos and black-box checks (a CONTRACT):
//   POST /api/buyer-messages {"text","market"} (+ buyer_user_id, conversation_id, type, order_id, product_id)
//     → 201 {"conversation_id","message_id"}: a sandbox buyer writes to the market's demo shop; the message is
//       stored and pushed as a signed type-14 webhook (type 13 first for a new conversation), without waiting
//       for AskChat's answer.
//   GET /api/conversations/{id}/messages → {"messages":[{"id","sender":"buyer"|"seller","text","create_time"}]}
//     in time order; the seller side is what the shop sent (through Send Message, or in the demo history).
import { Hono, type Context } from 'hono';
import * as z from 'zod/mini';
import { messageText, parseMessageContent } from '../worker/tiktok/message-content';
import { isMarket, type Market } from '../shared/markets';
import { addMessage, contractMessages, conversationsOfShop, openConversation } from './chat';
import { buyersOfShop, shopById, type SandboxContext } from './context';
import { catalogFor } from './fixtures-catalog';
import { demoShopForMarket } from './fixtures';
import type { SbxBuyer } from './state';
import { orderId, snowflake } from './ids';

export const BUYER_TYPES = ['TEXT', 'IMAGE', 'VIDEO', 'EMOTICONS', 'ORDER_CARD', 'PRODUCT_CARD', 'RETURN_REFUND_CARD', 'BUYER_ENTER_FROM_ORDER', 'BUYER_ENTER_FROM_PRODUCT'] as const;

const inputSchema = z.object({
  text: z.optional(z.string()),
  market: z.string(),
  buyer_user_id: z.optional(z.string()),
  conversation_id: z.optional(z.string()),
  type: z.optional(z.string()),
  order_id: z.optional(z.string()),
  product_id: z.optional(z.string()),
  sku_id: z.optional(z.string()),
});

export function badInput(c: Context, message: string, status: 400 | 404 | 409 = 400) {
  return c.json({ error: { code: status === 404 ? 'not_found' : status === 409 ? 'conflict' : 'invalid_input', message } }, status);
}

export function marketOf(value: string): Market | null {
  const upper = value.trim().toUpperCase();
  const m = upper === 'UK' ? 'GB' : upper;
  return isMarket(m) ? m : null;
}

export function buyerRoutes(ctx: SandboxContext): Hono {
  const app = new Hono();

  // POST /api/buyers {market, order_status?, order_id?}: a new buyer of the market's demo shop with one
  // recent order (a copy of a fixture order in that status, IN_TRANSIT by default), so a test or benchmark
  // can give every message its own conversation and still have order data behind it.
  app.post('/buyers', async (c) => {
    const json = (await c.req.json().catch(() => ({}))) as { market?: unknown; order_status?: unknown; order_id?: unknown };
    const market = marketOf(typeof json.market === 'string' ? json.market : '');
    if (!market) return badInput(c, 'market must be one of US, GB, ID, TH, MY, VN, PH, SG');
    const shop = demoShopForMarket(market);
    const template = buyersOfShop(ctx, shop.id)[0];
    const status = typeof json.order_status === 'string' ? json.order_status : 'IN_TRANSIT';
    const model = Object.values(ctx.state.orders).find((o) => o.shopId === shop.id && o.status === status);
    if (!template || !model) return badInput(c, `the ${market} demo shop has no buyer or no ${status} order to copy`, 409);
    const nowMs = ctx.now();
    const seq = ctx.nextSeq();
    const buyer: SbxBuyer = { ...template, userId: snowflake(nowMs, seq), imUserId: snowflake(nowMs, ctx.nextSeq()), name: `${template.name} ${seq}`, nickname: `${template.nickname}${seq}` };
    ctx.state.buyers[buyer.userId] = buyer;
    // The order may take an id the caller chooses (a message that names its order, replayed), if free.
    const wanted = typeof json.order_id === 'string' && /^57\d{16}$/.test(json.order_id) && !ctx.state.orders[json.order_id] ? json.order_id : null;
    const order = { ...structuredClone(model), id: wanted ?? orderId(nowMs, ctx.nextSeq()), buyerUserId: buyer.userId, createTime: Math.floor(nowMs / 1000) - 2 * 86400 };
    ctx.state.orders[order.id] = order;
    ctx.changed();
    return c.json({ buyer_user_id: buyer.userId, order_id: order.id }, 201);
  });

  app.post('/buyer-messages', async (c) => {
    const json: unknown = await c.req.json().catch(() => undefined);
    if (json === undefined) return badInput(c, 'body must be JSON: {"text": "...", "market": "US"}');
    const parsed = inputSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return badInput(c, `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}; expected {"text": string, "market": "US"|"GB"|"ID"|"TH"|"MY"|"VN"|"PH"|"SG"}`);
    }
    const input = parsed.data;
    const market = marketOf(input.market);
    if (!market) return badInput(c, `market must be one of US, GB, ID, TH, MY, VN, PH, SG (got ${JSON.stringify(input.market)})`);
    const shop = demoShopForMarket(market);
    const type = (input.type ?? 'TEXT').toUpperCase();
    if (!(BUYER_TYPES as readonly string[]).includes(type)) return badInput(c, `type must be one of ${BUYER_TYPES.join(', ')}`);
    const text = input.text?.trim() ?? '';
    if (type === 'TEXT' && text === '') return badInput(c, 'text must be a non-empty string');
    if ([...text].length > 2000) return badInput(c, 'text must be at most 2000 characters');

    // Who writes: the given buyer, the given conversation's buyer, or the shop's first demo buyer.
    let buyer: SbxBuyer | undefined = buyersOfShop(ctx, shop.id)[0];
    if (input.conversation_id) {
      const conv = ctx.state.conversations[input.conversation_id];
      if (!conv || conv.shopId !== shop.id) return badInput(c, `conversation ${input.conversation_id} is not a conversation of the ${market} demo shop`, 404);
      buyer = ctx.state.buyers[conv.buyerUserId];
    }
    if (input.buyer_user_id) {
      const b = ctx.state.buyers[input.buyer_user_id];
      if (!b || b.shopId !== shop.id) return badInput(c, `buyer ${input.buyer_user_id} is not a buyer of the ${market} demo shop`, 404);
      if (input.conversation_id && b.userId !== buyer?.userId) return badInput(c, 'buyer_user_id and conversation_id disagree');
      buyer = b;
    }
    if (!buyer) return badInput(c, 'the demo shop has no buyers', 409);

    const order = input.order_id ? ctx.state.orders[input.order_id] : undefined;
    if (input.order_id && (!order || order.shopId !== shop.id)) return badInput(c, `order ${input.order_id} is not an order of the ${market} demo shop`, 404);
    const needsOrder = type === 'ORDER_CARD' || type === 'BUYER_ENTER_FROM_ORDER' || type === 'RETURN_REFUND_CARD';
    if (needsOrder && !order) return badInput(c, `${type} needs order_id`);
    const productId = input.product_id ?? catalogFor(market)[0]!.id;
    if (!catalogFor(market).some((p) => p.id === productId)) return badInput(c, `product ${productId} is not sold by the ${market} demo shop`, 404);

    const asset = `${ctx.opts.publicUrl}/assets/image`;
    const content: Record<string, unknown> =
      type === 'TEXT' ? { content: text }
      : type === 'IMAGE' ? { url: `${asset}/buyer-photo.svg`, width: '1080', height: '1440' }
      : type === 'VIDEO' ? { url: `${ctx.opts.publicUrl}/assets/video/buyer-video.mp4`, cover: `${asset}/video-cover.svg`, width: '720', height: '1280', duration: '8.0' }
      : type === 'EMOTICONS' ? { emoticon_id: 'smile_01', url: `${asset}/sticker-smile.svg` }
      : type === 'PRODUCT_CARD' || type === 'BUYER_ENTER_FROM_PRODUCT' ? { product_id: productId }
      : type === 'RETURN_REFUND_CARD' ? { order_id: order!.id, sku_id: input.sku_id ?? order!.lineItems[0]!.skuId }
      : { order_id: order!.id };

    const { conversation } = openConversation(ctx, shop, buyer);
    // A text about a given order arrives the way TikTok shows it: the buyer came from that order's page.
    if (type === 'TEXT' && order) addMessage(ctx, conversation, { type: 'BUYER_ENTER_FROM_ORDER', content: { order_id: order.id }, role: 'BUYER', source: 'buyer' });
    const message = addMessage(ctx, conversation, { type, content, role: 'BUYER', source: 'buyer' });
    return c.json({ conversation_id: conversation.id, message_id: message.id }, 201);
  });

  app.get('/conversations/:id/messages', (c) => {
    const conv = ctx.state.conversations[c.req.param('id')];
    if (!conv) return badInput(c, `no conversation ${c.req.param('id')}`, 404);
    const messages = contractMessages(ctx, conv.id);
    return c.json({ messages });
  });

  // Inspection: one market's conversations, latest first.
  app.get('/conversations', (c) => {
    const market = marketOf(c.req.query('market') ?? '');
    const shops = market ? [demoShopForMarket(market)] : [];
    if (!market) return badInput(c, 'market query parameter is required');
    return c.json({
      conversations: shops.flatMap((shop) =>
        conversationsOfShop(ctx, shop.id).map((conv) => {
          const last = (ctx.state.messages[conv.id] ?? []).at(-1);
          const buyer = ctx.state.buyers[conv.buyerUserId];
          return {
            id: conv.id,
            shop_id: conv.shopId,
            market: shopById(conv.shopId)?.region,
            buyer_user_id: conv.buyerUserId,
            buyer_name: buyer?.name,
            unread_count: conv.unreadCount,
            message_count: (ctx.state.messages[conv.id] ?? []).length,
            last_message: last ? { type: last.type, role: last.role, text: messageText(parseMessageContent(last.type, last.content)), create_time: last.createTime } : null,
          };
        }),
      ),
    });
  });

  return app;
}
