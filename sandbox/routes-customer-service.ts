// Customer Service API (reference §7): conversations (≤ 20 a page), messages (≤ 10 a page, DESC by default),
// Send Message with TikTok's per-type rules, Read Message, Create Conversation and agent settings.
import { Hono } from 'hono';
import { answers, jsonBody, pageSize, paginate, type ApiContext } from './api-helpers';
import { addMessage, canMessage, conversationToWire, conversationsOfShop, messageToWire, openConversation } from './chat';
import { conversationOfBuyer, nowSeconds, type SandboxContext } from './context';
import { isEligibleFor } from './commerce';
import { catalogFor, couponsFor, isChatCoupon } from './fixtures-catalog';
import { CODES } from './envelope';
import type { ApiEnv } from './open-api-guard';
import type { SbxConversation } from './state';

const CS = '/customer_service/202309';
const SENDABLE = new Set(['TEXT', 'IMAGE', 'PRODUCT_CARD', 'ORDER_CARD', 'RETURN_REFUND_CARD', 'COUPON_CARD']);
const RECEIVE_ONLY = new Set(['VIDEO', 'EMOTICONS', 'LOGISTICS_CARD', 'FAQ_CARD', 'NOTIFICATION', 'OTHER']);

export function customerServiceRoutes(ctx: SandboxContext): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  const { ok, fail } = answers(ctx);

  const conversationFor = (c: ApiContext): SbxConversation | null => {
    const conv = ctx.state.conversations[c.req.param('id') ?? ''];
    return conv && conv.shopId === c.get('call').shop?.id ? conv : null;
  };

  app.get(`${CS}/conversations`, (c) => {
    const call = c.get('call');
    const size = pageSize(call, 20, null);
    if (size === null) return fail(c, CODES.csInvalid, 'Invalid parameter: page_size is required and must be 1-20');
    const page = paginate(conversationsOfShop(ctx, call.shop!.id), size, call.query.page_token);
    if (!page) return fail(c, CODES.csInvalid, 'Invalid parameter: page_token');
    return ok(c, { conversations: page.page.map((conv) => conversationToWire(ctx, conv)), next_page_token: page.next });
  });

  app.get(`${CS}/conversations/:id/messages`, (c) => {
    const call = c.get('call');
    const size = pageSize(call, 10, null);
    if (size === null) return fail(c, CODES.csInvalid, 'Invalid parameter: page_size is required and must be 1-10');
    const order = call.query.sort_order ?? 'DESC';
    const field = call.query.sort_field ?? 'create_time';
    if (order !== 'ASC' && order !== 'DESC') return fail(c, CODES.csInvalid, 'Invalid parameter: sort_order');
    if (field !== 'create_time' && field !== 'index') return fail(c, CODES.csInvalid, 'Invalid parameter: sort_field');
    const conv = conversationFor(c);
    if (!conv) return fail(c, CODES.csNotFound, 'Record not found: conversation');
    const list = [...(ctx.state.messages[conv.id] ?? [])].sort((a, b) =>
      field === 'index' ? (BigInt(a.index) < BigInt(b.index) ? -1 : 1) : a.createTime - b.createTime || (BigInt(a.index) < BigInt(b.index) ? -1 : 1),
    );
    if (order === 'DESC') list.reverse();
    const page = paginate(list, size, call.query.page_token);
    if (!page) return fail(c, CODES.csInvalid, 'Invalid parameter: page_token');
    return ok(c, {
      messages: page.page.map((m) => messageToWire(ctx, conv, m)),
      next_page_token: page.next,
      unsupported_msg_tips: 'Please check this message in Seller Center.',
    });
  });

  app.post(`${CS}/conversations/:id/messages`, (c) => {
    const call = c.get('call');
    const shop = call.shop!;
    const conv = conversationFor(c);
    if (!conv) return fail(c, CODES.csNotFound, 'Record not found: conversation');
    const body = jsonBody(call);
    if (!body || typeof body.type !== 'string' || typeof body.content !== 'string') {
      return fail(c, CODES.csInvalid, 'Invalid parameter: body must be {"type": string, "content": JSON string}');
    }
    if (RECEIVE_ONLY.has(body.type)) return fail(c, 45111001, `Not supported: ${body.type} cannot be sent`);
    if (!SENDABLE.has(body.type)) return fail(c, CODES.csInvalid, `Invalid parameter: unknown message type ${body.type}`);
    let content: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(body.content);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
      content = parsed as Record<string, unknown>;
    } catch {
      return fail(c, CODES.csInvalid, 'Invalid parameter: content must be a JSON-encoded object');
    }
    if (!canMessage(ctx, shop.id, conv.buyerUserId)) return fail(c, CODES.csCannotSend, 'Cannot send messages in this conversation (no chat in 30 days, order in 60 days or after-sales history)');

    switch (body.type) {
      case 'TEXT': {
        const text = content.content;
        if (typeof text !== 'string' || text.trim() === '') return fail(c, CODES.csInvalid, 'Invalid parameter: content.content must be non-empty text');
        if ([...text].length > 2000) return fail(c, CODES.csInvalid, 'Invalid parameter: text longer than 2000 characters');
        const lower = text.toLowerCase();
        if (ctx.opts.sensitiveWords.some((w) => lower.includes(w.toLowerCase()))) return fail(c, CODES.csSensitive, 'The message contains sensitive content');
        break;
      }
      case 'IMAGE': {
        const { url, width, height } = content;
        if (typeof url !== 'string' || !/^https?:\/\//.test(url) || !(Number(width) > 0) || !(Number(height) > 0)) {
          return fail(c, CODES.csInvalid, 'Invalid parameter: IMAGE needs url, width and height');
        }
        break;
      }
      case 'PRODUCT_CARD':
        if (!catalogFor(shop.region).some((p) => p.id === content.product_id)) return fail(c, CODES.csInvalid, 'Invalid parameter: product_id not found in this shop');
        break;
      case 'ORDER_CARD': {
        const order = ctx.state.orders[String(content.order_id ?? '')];
        if (!order || order.shopId !== shop.id) return fail(c, CODES.csInvalid, 'Invalid parameter: order_id not found in this shop');
        break;
      }
      case 'RETURN_REFUND_CARD': {
        const order = ctx.state.orders[String(content.order_id ?? '')];
        const skuId = typeof content.sku_id === 'string' ? content.sku_id : null;
        if (!order || order.shopId !== shop.id || order.buyerUserId !== conv.buyerUserId || !skuId || !isEligibleFor(ctx, order, skuId)) {
          return fail(c, CODES.csReturnCard, 'RETURN_REFUND_CARD conditions not met: the order and SKU must be eligible for after-sales');
        }
        break;
      }
      case 'COUPON_CARD': {
        const coupon = couponsFor(shop.region).find((x) => x.id === content.coupon_id);
        if (!coupon || !isChatCoupon(coupon)) return fail(c, CODES.csCouponInvalid, 'COUPON_CARD conditions not met');
        const last = ctx.couponSends.get(shop.id);
        if (last !== undefined && ctx.now() - last < 2000) return fail(c, CODES.csCouponQps, 'Coupon card QPS limit (0.5) exceeded');
        ctx.couponSends.set(shop.id, ctx.now());
        break;
      }
    }
    const message = addMessage(ctx, conv, { type: body.type, content, role: 'SHOP', source: 'api' });
    return ok(c, { message_id: message.id });
  });

  app.post(`${CS}/conversations/:id/messages/read`, (c) => {
    const conv = conversationFor(c);
    if (!conv) return fail(c, CODES.csNotFound, 'Record not found: conversation');
    conv.unreadCount = 0;
    conv.readByShopAt = nowSeconds(ctx);
    ctx.changed();
    return ok(c, {});
  });

  app.post(`${CS}/conversations`, (c) => {
    const call = c.get('call');
    const shop = call.shop!;
    const body = jsonBody(call);
    const buyerUserId = typeof body?.buyer_user_id === 'string' ? body.buyer_user_id : null;
    if (!buyerUserId) return fail(c, CODES.csInvalid, 'Invalid parameter: buyer_user_id is required');
    const buyer = ctx.state.buyers[buyerUserId];
    // im_user_id is not a user_id (§7.6): it matches no buyer, so it fails like an unknown buyer.
    if (!buyer || buyer.shopId !== shop.id || !canMessage(ctx, shop.id, buyerUserId)) {
      return fail(c, CODES.csCannotCreate, 'Cannot create a conversation with this buyer: the criteria are not met');
    }
    const existing = conversationOfBuyer(ctx, shop.id, buyerUserId);
    const conversation = existing ?? openConversation(ctx, shop, buyer).conversation;
    return ok(c, { conversation_id: conversation.id });
  });

  app.get(`${CS}/agents/settings`, (c) => ok(c, { can_accept_chat: ctx.state.agentSettings[c.get('call').shop!.id] ?? true }));

  app.put(`${CS}/agents/settings`, (c) => {
    const body = jsonBody(c.get('call'));
    if (typeof body?.can_accept_chat !== 'boolean') return fail(c, CODES.csInvalid, 'Invalid parameter: can_accept_chat');
    ctx.state.agentSettings[c.get('call').shop!.id] = body.can_accept_chat;
    ctx.changed();
    return ok(c, {});
  });

  return app;
}
