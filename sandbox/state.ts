// The sandbox's whole mutable world, as plain JSON so it can be saved to a store and loaded after a restart.
// Sellers and shops themselves are fixed (fixtures.ts); everything that changes lives here. Times are Unix
// seconds like TikTok's, except token/code expiries which are milliseconds of the injected clock.
import type { Market } from '../shared/markets';

export const STATE_VERSION = 1;

export type OrderStatus =
  | 'UNPAID'
  | 'ON_HOLD'
  | 'AWAITING_SHIPMENT'
  | 'PARTIALLY_SHIPPING'
  | 'AWAITING_COLLECTION'
  | 'IN_TRANSIT'
  | 'DELIVERED'
  | 'COMPLETED'
  | 'CANCELLED';

export type Role = 'BUYER' | 'SHOP' | 'CUSTOMER_SERVICE' | 'SYSTEM' | 'ROBOT';

export interface SbxBuyer {
  userId: string; // = order user_id = CS buyer_user_id
  imUserId: string; // IM only
  shopId: string;
  name: string;
  nickname: string;
  platform?: 'TIKTOK_SHOP' | 'TOKOPEDIA';
  address: { line: string; city: string; region: string; postal: string };
}

export interface SbxMessage {
  id: string;
  conversationId: string;
  type: string;
  content: string; // JSON string, as on the wire
  createTime: number;
  index: string;
  isVisible: boolean;
  role: Role;
  source: 'fixture' | 'buyer' | 'api' | 'system'; // 'api' = sent by the app through Send Message
}

export interface SbxConversation {
  id: string;
  shopId: string;
  buyerUserId: string;
  createTime: number;
  unreadCount: number; // messages the shop side has not read
  agentJoined: boolean; // a CUSTOMER_SERVICE agent is the third participant
  readByShopAt: number | null; // last Read Message, shown to the buyer as a receipt
}

export interface SbxLineItem {
  id: string;
  productId: string;
  skuId: string;
  productName: string;
  skuName: string;
  sellerSku: string;
  price: number; // minor units, after seller discount
  originalPrice: number;
  shipped: boolean; // for PARTIALLY_SHIPPING
  cancelled: boolean;
}

export interface SbxTrackingEvent {
  description: string;
  ms: number;
}

export interface SbxOrder {
  id: string;
  shopId: string;
  market: Market;
  buyerUserId: string;
  status: OrderStatus;
  currency: string;
  lineItems: SbxLineItem[];
  shippingFee: number;
  sellerDiscount: number;
  platformDiscount: number;
  buyerMessage: string;
  createTime: number;
  updateTime: number;
  paidTime: number | null;
  rtsTime: number | null;
  collectionTime: number | null;
  deliveryTime: number | null;
  cancelTime: number | null;
  cancelReason: string | null;
  cancellationInitiator: 'BUYER' | 'SELLER' | 'SYSTEM' | null;
  isBuyerRequestCancel: boolean;
  packageId: string | null;
  carrier: { name: string; id: string };
  trackingNumber: string | null;
  tracking: SbxTrackingEvent[]; // oldest first here; the API answers newest first
  deliveryOptionName: string;
  replacedOrderId: string | null;
}

export interface SbxRecord {
  event: string;
  role: Role | 'OPERATOR';
  description: string;
  reasonText: string;
  note: string;
  images: string[];
  createTime: number;
}

export interface SbxReturn {
  id: string;
  shopId: string;
  orderId: string;
  buyerUserId: string;
  type: 'REFUND' | 'RETURN_AND_REFUND' | 'REPLACEMENT';
  status: string;
  arbitrationStatus: string | null;
  role: 'BUYER' | 'SELLER' | 'SYSTEM';
  reason: string;
  reasonText: string;
  lineItemIds: string[];
  refundTotal: number;
  currency: string;
  returnTrackingNumber: string | null;
  sellerProposedReturnType: string | null;
  partialRefund: { currency: string; amount: string } | null;
  buyerKeepItem: boolean;
  createTime: number;
  updateTime: number;
  records: SbxRecord[];
}

export interface SbxCancellation {
  id: string;
  shopId: string;
  orderId: string;
  buyerUserId: string;
  type: 'BUYER_CANCEL' | 'CANCEL';
  status: string;
  role: 'BUYER' | 'SELLER' | 'SYSTEM';
  reason: string;
  reasonText: string;
  lineItemIds: string[];
  refundTotal: number;
  currency: string;
  previousOrderStatus: string;
  createTime: number;
  updateTime: number;
}

export interface SbxGrant {
  sellerOpenId: string;
  expiresAtMs: number;
  revoked: boolean;
  used?: boolean; // auth codes and rotated refresh tokens are single use
  scopes?: string[]; // what the seller granted, on access tokens
}

export interface SandboxState {
  version: typeof STATE_VERSION;
  seq: number;
  revokedSellers: string[];
  authCodes: Record<string, SbxGrant>;
  accessTokens: Record<string, SbxGrant>;
  refreshTokens: Record<string, SbxGrant>;
  buyers: Record<string, SbxBuyer>;
  conversations: Record<string, SbxConversation>;
  messages: Record<string, SbxMessage[]>;
  orders: Record<string, SbxOrder>;
  returns: Record<string, SbxReturn>;
  cancellations: Record<string, SbxCancellation>;
  agentSettings: Record<string, boolean>;
  idempotency: Record<string, { status: number; body: unknown }>;
}

export function isSandboxState(value: unknown): value is SandboxState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<SandboxState>;
  return v.version === STATE_VERSION && typeof v.seq === 'number' && typeof v.orders === 'object' && typeof v.conversations === 'object';
}
