// Demo chat history per shop, in the market's languages, covering every message type TikTok delivers
// (§7.8): text, images (width/height as strings, as received), video, order/product/return/coupon cards,
// BUYER_ENTER_FROM_*, agent joins and transfers, system notifications, a robot auto-reply, an EMOTICONS
// message of undocumented shape and an invisible rating request. One chat has more than 10 messages so the
// message list pages. Buyer 0 has no chat yet: /api/buyer-messages starts one.
import { couponsFor } from './fixtures-catalog';
import type { DemoShop } from './fixtures';
import { MARKET_FIXTURES } from './fixtures-markets';
import type { ShopCommerce } from './fixtures-orders';
import { snowflake } from './ids';
import type { Role, SbxConversation, SbxMessage } from './state';

type Line = [role: Role, type: string, content: Record<string, unknown>, visible?: boolean];

export interface ShopChats {
  conversations: SbxConversation[];
  messages: Record<string, SbxMessage[]>;
}

export function buildShopChats(shop: DemoShop, commerce: ShopCommerce, nowS: number, publicUrl: string, nextSeq: () => number): ShopChats {
  const c = MARKET_FIXTURES[shop.region].chat;
  const { buyers, orders, returns } = commerce;
  const orderOf = (buyerIdx: number) => orders.find((o) => o.buyerUserId === buyers[buyerIdx]!.userId && o.status === 'IN_TRANSIT') ?? orders.find((o) => o.buyerUserId === buyers[buyerIdx]!.userId)!;
  const coupon = couponsFor(shop.region)[0]!;
  const img = (name: string) => `${publicUrl}/assets/image/${name}.svg`;

  const o1 = orderOf(1);
  const p2 = orders.find((o) => o.buyerUserId === buyers[2]!.userId)!.lineItems[0]!;
  const r3 = returns.find((r) => r.buyerUserId === buyers[3]!.userId) ?? returns[0]!;
  const r3Item = orders.find((o) => o.id === r3.orderId)!.lineItems[0]!;

  const chats: { buyer: number; startH: number; agent?: boolean; lines: Line[] }[] = [
    {
      buyer: 1,
      startH: 50,
      lines: [
        ['BUYER', 'BUYER_ENTER_FROM_ORDER', { order_id: o1.id }],
        ['BUYER', 'TEXT', { content: c.askWhere }],
        ['BUYER', 'ORDER_CARD', { order_id: o1.id }],
        ['SHOP', 'TEXT', { content: c.replyWhere }],
        ['SHOP', 'ORDER_CARD', { order_id: o1.id }],
        ['BUYER', 'TEXT', { content: c.thanks }],
        ['SHOP', 'TEXT', { content: c.welcome }],
        ['SYSTEM', 'OTHER', { content: c.rating }, false],
      ],
    },
    {
      buyer: 2,
      startH: 3,
      lines: [
        ['BUYER', 'BUYER_ENTER_FROM_PRODUCT', { product_id: p2.productId }],
        ['BUYER', 'PRODUCT_CARD', { product_id: p2.productId }],
        ['BUYER', 'TEXT', { content: c.askProduct }],
        ['ROBOT', 'TEXT', { content: c.robot }],
        ['BUYER', 'IMAGE', { url: img('buyer-photo'), width: '1080', height: '1440' }],
        ['BUYER', 'EMOTICONS', { emoticon_id: 'smile_01', url: img('sticker-smile') }],
      ],
    },
    {
      buyer: 3,
      startH: 26,
      agent: true,
      lines: [
        ['BUYER', 'TEXT', { content: c.damaged }],
        ['BUYER', 'IMAGE', { url: img('damaged-item'), width: '1280', height: '960' }],
        [
          'BUYER',
          'VIDEO',
          { url: `${publicUrl}/assets/video/unboxing.mp4`, cover: img('video-cover'), width: '720', height: '1280', duration: '12.4', vid: 'v0d00fg10000sbx', expire_time: nowS + 7 * 86400, format: 'mp4', size: '2048000' },
        ],
        ['BUYER', 'RETURN_REFUND_CARD', { order_id: r3.orderId, sku_id: r3Item.skuId }],
        ['SYSTEM', 'BUYER_ENTER_FROM_TRANSFER', { content: c.transfer }],
        ['SYSTEM', 'ALLOCATED_SERVICE', { content: 'Agent joined the conversation' }],
        ['CUSTOMER_SERVICE', 'TEXT', { content: c.agentReply }],
        ['SHOP', 'COUPON_CARD', { coupon_id: coupon.id }],
        ['SYSTEM', 'NOTIFICATION', { content: c.notification }],
      ],
    },
    {
      buyer: 4,
      startH: 240,
      lines: [
        ['BUYER', 'TEXT', { content: c.askProduct }],
        ['SHOP', 'TEXT', { content: c.replyProduct }],
        ['BUYER', 'TEXT', { content: c.askStock }],
        ['SHOP', 'TEXT', { content: c.replyStock }],
        ['BUYER', 'TEXT', { content: c.askDiscount }],
        ['SHOP', 'TEXT', { content: c.replyDiscount }],
        ['SHOP', 'COUPON_CARD', { coupon_id: coupon.id }],
        ['BUYER', 'TEXT', { content: c.askGift }],
        ['SHOP', 'TEXT', { content: c.replyGift }],
        ['BUYER', 'TEXT', { content: c.thanks }],
        ['SHOP', 'TEXT', { content: c.welcome }],
        ['SYSTEM', 'NOTIFICATION', { content: c.notification }],
        ['BUYER', 'TEXT', { content: c.askWhere }],
      ],
    },
  ];

  const conversations: SbxConversation[] = [];
  const messages: Record<string, SbxMessage[]> = {};
  for (const chat of chats) {
    const buyer = buyers[chat.buyer]!;
    const start = nowS - chat.startH * 3600;
    const id = snowflake(start * 1000, nextSeq());
    const list: SbxMessage[] = chat.lines.map(([role, type, content, visible], i) => {
      const createTime = start + i * 240 + (role === 'SHOP' || role === 'CUSTOMER_SERVICE' ? 60 : 0);
      return {
        id: snowflake(createTime * 1000, nextSeq()),
        conversationId: id,
        type,
        content: JSON.stringify(content),
        createTime,
        index: snowflake(createTime * 1000, nextSeq()),
        isVisible: visible ?? true,
        role,
        source: 'fixture',
      };
    });
    conversations.push({ id, shopId: shop.id, buyerUserId: buyer.userId, createTime: start, unreadCount: unreadOf(list), agentJoined: !!chat.agent, readByShopAt: null });
    messages[id] = list;
  }
  return { conversations, messages };
}

// Buyer messages after the shop side last wrote; a robot's auto-reply does not count as reading.
export function unreadOf(list: readonly SbxMessage[]): number {
  let n = 0;
  for (const m of list) {
    if (m.role === 'SHOP' || m.role === 'CUSTOMER_SERVICE') n = 0;
    else if (m.role === 'BUYER' && m.isVisible) n++;
  }
  return n;
}
