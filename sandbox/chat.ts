// Conversations and messages: storing them, the eligibility rule for messaging a buyer (§7.4), the webhooks
// a new message or conversation triggers (13, 14), and TikTok's wire shapes for both.
import { DEMO_SHOPS, type DemoShop } from './fixtures';
import { agentImUserId, shopImUserId } from './fixtures-orders';
import { conversationOfBuyer, nowSeconds, shopById, type SandboxContext } from './context';
import { messageText, parseMessageContent } from '../worker/tiktok/message-content';
import { snowflake } from './ids';
import type { Role, SbxBuyer, SbxConversation, SbxMessage } from './state';

const DAY = 86_400;

export function avatarUrl(ctx: SandboxContext, id: string): string {
  return `${ctx.opts.publicUrl}/assets/avatar/${id}.svg`;
}

// The buyer may be messaged if they chatted in the last 30 days, ordered in the last 60, or ever had an
// after-sales request at this shop.
export function canMessage(ctx: SandboxContext, shopId: string, buyerUserId: string): boolean {
  const now = nowSeconds(ctx);
  const conv = conversationOfBuyer(ctx, shopId, buyerUserId);
  const last = conv ? (ctx.state.messages[conv.id] ?? []).at(-1)?.createTime ?? conv.createTime : null;
  if (last !== null && now - last <= 30 * DAY) return true;
  if (Object.values(ctx.state.orders).some((o) => o.shopId === shopId && o.buyerUserId === buyerUserId && now - o.createTime <= 60 * DAY)) return true;
  return Object.values(ctx.state.returns).some((r) => r.shopId === shopId && r.buyerUserId === buyerUserId);
}

// The buyer's conversation with the shop, created (and announced with a type-13 push) when there is none.
export function openConversation(ctx: SandboxContext, shop: DemoShop, buyer: SbxBuyer): { conversation: SbxConversation; created: boolean } {
  const existing = conversationOfBuyer(ctx, shop.id, buyer.userId);
  if (existing) return { conversation: existing, created: false };
  const nowMs = ctx.now();
  const conversation: SbxConversation = {
    id: snowflake(nowMs, ctx.nextSeq()),
    shopId: shop.id,
    buyerUserId: buyer.userId,
    createTime: Math.floor(nowMs / 1000),
    unreadCount: 0,
    agentJoined: false,
    readByShopAt: null,
  };
  ctx.state.conversations[conversation.id] = conversation;
  ctx.state.messages[conversation.id] = [];
  ctx.changed();
  ctx.webhooks.push(shop.id, 13, { conversation_id: conversation.id, create_time: conversation.createTime });
  return { conversation, created: true };
}

// Store a message and push the type-14 webhook for it — for the shop's own sends too (§11.14).
export function addMessage(
  ctx: SandboxContext,
  conversation: SbxConversation,
  m: { type: string; content: Record<string, unknown>; role: Role; source: SbxMessage['source']; isVisible?: boolean },
): SbxMessage {
  const nowMs = ctx.now();
  const message: SbxMessage = {
    id: snowflake(nowMs, ctx.nextSeq()),
    conversationId: conversation.id,
    type: m.type,
    content: JSON.stringify(m.content),
    createTime: Math.floor(nowMs / 1000),
    index: snowflake(nowMs, ctx.nextSeq()),
    isVisible: m.isVisible ?? true,
    role: m.role,
    source: m.source,
  };
  (ctx.state.messages[conversation.id] ??= []).push(message);
  if (m.role === 'BUYER' && message.isVisible) conversation.unreadCount++;
  if (m.role === 'SHOP' || m.role === 'CUSTOMER_SERVICE') conversation.unreadCount = 0;
  ctx.changed();
  const sender = senderOf(ctx, conversation, m.role);
  ctx.webhooks.push(conversation.shopId, 14, {
    content: message.content,
    conversation_id: conversation.id,
    create_time: message.createTime,
    is_visible: message.isVisible,
    message_id: message.id,
    index: message.index,
    type: message.type,
    sender: { im_user_id: sender.im_user_id, role: m.role },
  });
  return message;
}

function senderOf(ctx: SandboxContext, conversation: SbxConversation, role: Role) {
  const shop = shopById(conversation.shopId) ?? DEMO_SHOPS[0]!;
  if (role === 'BUYER') {
    const buyer = ctx.state.buyers[conversation.buyerUserId];
    const id = buyer?.imUserId ?? conversation.buyerUserId;
    return { im_user_id: id, role, nickname: buyer?.nickname ?? 'buyer', avatar: avatarUrl(ctx, id) };
  }
  if (role === 'CUSTOMER_SERVICE') {
    const id = agentImUserId(shop);
    return { im_user_id: id, role, nickname: `${shop.name} Support`, avatar: avatarUrl(ctx, id) };
  }
  // SYSTEM and ROBOT carry the shop's id, nickname and avatar (§7.3).
  const id = shopImUserId(shop);
  return { im_user_id: id, role, nickname: shop.name, avatar: avatarUrl(ctx, id) };
}

export function messageToWire(ctx: SandboxContext, conversation: SbxConversation, m: SbxMessage) {
  return {
    id: m.id,
    type: m.type,
    content: m.content,
    create_time: m.createTime,
    index: m.index,
    is_visible: m.isVisible,
    sender: senderOf(ctx, conversation, m.role),
  };
}

export function conversationToWire(ctx: SandboxContext, conversation: SbxConversation) {
  const shop = shopById(conversation.shopId) ?? DEMO_SHOPS[0]!;
  const buyer = ctx.state.buyers[conversation.buyerUserId];
  const participants: Record<string, unknown>[] = [
    {
      im_user_id: buyer?.imUserId ?? '',
      user_id: conversation.buyerUserId,
      role: 'BUYER',
      nickname: buyer?.nickname ?? '',
      avatar: avatarUrl(ctx, buyer?.imUserId ?? conversation.buyerUserId),
      ...(buyer?.platform ? { buyer_platform: buyer.platform } : {}),
    },
    { im_user_id: shopImUserId(shop), user_id: shop.id, role: 'SHOP', nickname: shop.name, avatar: avatarUrl(ctx, shopImUserId(shop)) },
  ];
  if (conversation.agentJoined) {
    const id = agentImUserId(shop);
    participants.push({ im_user_id: id, user_id: `7496${shop.id.slice(4)}`, role: 'CUSTOMER_SERVICE', nickname: `${shop.name} Support`, avatar: avatarUrl(ctx, id) });
  }
  const latest = (ctx.state.messages[conversation.id] ?? []).at(-1);
  return {
    id: conversation.id,
    participant_count: participants.length,
    can_send_message: canMessage(ctx, conversation.shopId, conversation.buyerUserId),
    unread_count: conversation.unreadCount,
    create_time: conversation.createTime,
    participants,
    ...(latest ? { latest_message: messageToWire(ctx, conversation, latest) } : {}),
  };
}

// Latest activity first, like the Seller Center inbox.
export function conversationsOfShop(ctx: SandboxContext, shopId: string): SbxConversation[] {
  const lastTime = (c: SbxConversation) => (ctx.state.messages[c.id] ?? []).at(-1)?.createTime ?? c.createTime;
  return Object.values(ctx.state.conversations)
    .filter((c) => c.shopId === shopId)
    .sort((a, b) => lastTime(b) - lastTime(a) || (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
}

// The contract view of a conversation: buyer and seller messages in time order, as readable text.
export function contractMessages(ctx: SandboxContext, conversationId: string) {
  return [...(ctx.state.messages[conversationId] ?? [])]
    .filter((m) => m.isVisible && (m.role === 'BUYER' || m.role === 'SHOP' || m.role === 'CUSTOMER_SERVICE'))
    .sort((a, b) => a.createTime - b.createTime || (BigInt(a.index) < BigInt(b.index) ? -1 : 1))
    .map((m) => ({
      id: m.id,
      sender: m.role === 'BUYER' ? ('buyer' as const) : ('seller' as const),
      text: messageText(parseMessageContent(m.type, m.content)),
      create_time: m.createTime,
      type: m.type,
    }));
}
