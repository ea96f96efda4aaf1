// Gathering what a reply may say (shared/reply/facts.ts) for one conversation: the shop and its settings,
// the order the buyer is asking about (the id they wrote, or an order card they sent) with its tracking,
// else their recent orders, and the knowledge-base articles that match the question.
import { and, desc, eq, ne } from 'drizzle-orm';
import type { Intent } from '../../shared/intents';
import { queryTerms } from '../../shared/kb/query-terms';
import { MARKET_INFO, type Language, type Market } from '../../shared/markets';
import type { KnowledgeHit, OrderFacts, ReplyContext } from '../../shared/reply/facts';
import { defaultAutoSend } from '../../shared/reply/decide';
import { effectiveShopSettings, type EffectiveShopSettings } from '../../shared/schemas/shop-settings';
import type { ShopType } from '../../shared/schemas/shops';
import type { Understanding } from '../../shared/understand/engine';
import type { AppDeps } from '../deps';
import { searchKb } from '../db/queries/kb';
import { buyers, conversations, messages, shops } from '../db/schema';
import type { Db } from '../db/types';
import { loadBuyerOrders, loadOrderFacts } from './order-facts';

type Deps = Pick<AppDeps, 'secrets' | 'clock' | 'tiktok' | 'log'>;
export type ShopRow = typeof shops.$inferSelect;

/** Intents whose answer depends on an order, and those a knowledge-base article can answer. */
const ORDER_INTENTS: ReadonlySet<Intent> = new Set(['order_status', 'cancel_order', 'address_change', 'return_refund', 'payment']);
const KNOWLEDGE_INTENTS: ReadonlySet<Intent> = new Set(['product_question', 'coupon_promo', 'return_refund', 'payment', 'order_status']);

export interface ConversationForReply {
  id: string;
  orgId: string;
  tiktokConversationId: string;
  needsHuman: boolean;
  /** The person the conversation is with, if any, and when an escalation was last paged to someone. */
  assigneeId: string | null;
  pagedAt: Date | null;
  shop: ShopRow;
  buyer: { name: string; tiktokUserId: string | null };
  /** Visible messages, oldest first (the last 30). */
  recent: { id: string; sender: string; text: string; type: string; content: Record<string, unknown> | null; createdAt: Date; replyMeta: Record<string, unknown> | null }[];
}

export async function loadConversationForReply(db: Db, conversationId: string): Promise<ConversationForReply | null> {
  const [row] = await db
    .select({ conversation: conversations, shop: shops, buyer: buyers })
    .from(conversations)
    .innerJoin(shops, eq(shops.id, conversations.shopId))
    .innerJoin(buyers, eq(buyers.id, conversations.buyerId))
    .where(eq(conversations.id, conversationId));
  if (!row) return null;
  const recent = await db
    .select({ id: messages.id, sender: messages.sender, text: messages.text, type: messages.type, content: messages.content, createdAt: messages.createdAt, replyMeta: messages.replyMeta })
    .from(messages)
    // Colleagues' notes are not part of the conversation with the buyer: never shown to the AI.
    .where(and(eq(messages.conversationId, conversationId), eq(messages.visible, true), ne(messages.type, 'NOTE')))
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(30);
  return {
    id: row.conversation.id,
    orgId: row.conversation.orgId,
    tiktokConversationId: row.conversation.tiktokConversationId,
    needsHuman: row.conversation.needsHuman,
    assigneeId: row.conversation.assigneeId,
    pagedAt: row.conversation.pagedAt,
    shop: row.shop,
    buyer: { name: row.buyer.displayName, tiktokUserId: row.buyer.tiktokUserId },
    recent: recent.reverse(),
  };
}

/**
 * The buyer's messages since the shop side last wrote (what the reply must answer), oldest first.
 *
 * TikTok stamps messages in whole seconds and AskChat stamps its own sends in milliseconds, so a buyer
 * message written in the same second as AskChat's last reply, after it, sorts before it. Such a message
 * that has just arrived (`fresh`: the ids that triggered this run) is still unanswered.
 */
export function unansweredBuyerMessages(c: ConversationForReply, fresh: readonly string[] = []): ConversationForReply['recent'] {
  const out: ConversationForReply['recent'] = [];
  let i = c.recent.length - 1;
  for (; i >= 0; i--) {
    const m = c.recent[i]!;
    if (m.sender === 'buyer') out.unshift(m);
    else if (m.sender !== 'system') break;
  }
  const lastShop = c.recent[i];
  if (!lastShop || fresh.length === 0) return out;
  const second = Math.floor(lastShop.createdAt.getTime() / 1000);
  const tied = c.recent.slice(0, i).filter((m) => m.sender === 'buyer' && fresh.includes(m.id) && Math.floor(m.createdAt.getTime() / 1000) === second);
  return [...tied, ...out];
}

/** An order the buyer pointed at with a card (ORDER_CARD, BUYER_ENTER_FROM_ORDER, RETURN_REFUND_CARD). */
export function orderIdFromCards(c: ConversationForReply): string | null {
  for (let i = c.recent.length - 1; i >= 0; i--) {
    const id = c.recent[i]!.content?.['orderId'];
    if (typeof id === 'string' && c.recent[i]!.sender === 'buyer') return id;
  }
  return null;
}

export function shopSettingsOf(shop: ShopRow): EffectiveShopSettings {
  return effectiveShopSettings(shop.settings, defaultAutoSend(shop.type as ShopType), shop.market);
}

export interface GatheredFacts {
  context: ReplyContext;
  settings: EffectiveShopSettings;
  lookups: string[]; // what was looked up and how it went, for the reply's record
}

export async function gatherReplyContext(
  deps: Deps,
  db: Db,
  c: ConversationForReply,
  u: Understanding,
  text: string,
  options: { lookupOrders?: boolean } = {},
): Promise<GatheredFacts> {
  const shop = c.shop;
  const market = shop.market as Market;
  const settings = shopSettingsOf(shop);
  const languages = (shop.languages.length ? shop.languages : MARKET_INFO[market].languages) as Language[];
  const lookups: string[] = [];
  let order: OrderFacts | null = null;
  let buyerOrders: OrderFacts[] | undefined;
  if (options.lookupOrders !== false && ORDER_INTENTS.has(u.intent) && shop.connectionId && shop.status === 'active') {
    const orderId = u.orderId ?? orderIdFromCards(c);
    if (orderId) {
      const found = await loadOrderFacts(deps, db, shop, [orderId], c.buyer.tiktokUserId);
      lookups.push(found.ok ? `order:${found.val.length ? 'found' : 'none'}` : `order:error:${found.err.kind}`);
      if (found.ok) order = found.val[0] ?? null;
    } else if (c.buyer.tiktokUserId) {
      const found = await loadBuyerOrders(deps, db, shop, c.buyer.tiktokUserId);
      lookups.push(found.ok ? `buyer_orders:${found.val.length}` : `buyer_orders:error:${found.err.kind}`);
      if (found.ok) buyerOrders = found.val;
    }
  }
  let knowledge: KnowledgeHit[] = [];
  if (KNOWLEDGE_INTENTS.has(u.intent)) {
    const hits = await searchKb(db, { orgId: c.orgId, shopId: shop.id, terms: queryTerms(text), language: u.language, now: deps.clock.now() });
    knowledge = hits.map((h) => ({ id: h.row.id, title: h.row.title, body: h.row.body, ...(h.row.language ? { language: h.row.language as Language } : {}) }));
    lookups.push(`knowledge:${knowledge.length}`);
  }
  const p = settings.policies;
  return {
    settings,
    lookups,
    context: {
      language: languages[0]!,
      market,
      shop: {
        name: shop.name,
        type: shop.type as ShopType,
        tone: settings.tone,
        emoji: settings.emoji,
        timeZone: shop.timeZone,
        languages,
        ...(settings.signature ? { signature: settings.signature } : {}),
      },
      buyerName: c.buyer.name || null,
      now: deps.clock.now(),
      order,
      ...(buyerOrders ? { buyerOrders } : {}),
      knowledge,
      policies: {
        ...(p.returnWindowDays !== undefined ? { returnWindowDays: p.returnWindowDays } : {}),
        ...(p.freeReturns !== undefined ? { freeReturns: p.freeReturns } : {}),
        ...(p.shippingDays ? { shippingDays: p.shippingDays } : {}),
        ...(p.processingDays !== undefined ? { processingDays: p.processingDays } : {}),
        ...(p.cod !== undefined ? { cod: p.cod } : {}),
        ...(p.installments !== undefined ? { installments: p.installments } : {}),
        ...(p.activeCoupons ? { activeCoupons: p.activeCoupons.map((x) => ({ ...x, endsAt: x.endsAt ? new Date(x.endsAt) : undefined })).filter((x) => !x.endsAt || x.endsAt > deps.clock.now()) } : {}),
      },
      nextHumanAt: null, // from the roster once shifts are configured (issue 7)
    },
  };
}

