// The second parse of a message's `content` string (reference §7.8), lenient on purpose: width/height may
// be strings or numbers, fields may be missing, and types we do not know (EMOTICONS, future ones) are kept
// raw instead of failing the page they arrive in. Shared by the CS API and the type-14 webhook.

export type MessageBody =
  | { type: 'TEXT'; text: string }
  | { type: 'NOTIFICATION' | 'OTHER' | 'ALLOCATED_SERVICE' | 'BUYER_ENTER_FROM_TRANSFER'; text: string }
  | { type: 'IMAGE'; url: string; width: number | null; height: number | null }
  | {
      type: 'VIDEO';
      url: string;
      cover: string | null;
      width: number | null;
      height: number | null;
      durationSeconds: number | null;
      expireTime: number | null; // the URL stops working then
    }
  | { type: 'ORDER_CARD' | 'BUYER_ENTER_FROM_ORDER'; orderId: string }
  | { type: 'PRODUCT_CARD' | 'BUYER_ENTER_FROM_PRODUCT'; productId: string }
  | { type: 'RETURN_REFUND_CARD'; orderId: string; skuId: string | null }
  | { type: 'COUPON_CARD'; couponId: string }
  // EMOTICONS is undocumented, other types are new: show `unsupported_msg_tips` and keep what came.
  | { type: 'unknown'; messageType: string; raw: unknown };

const TEXT_TYPES = new Set(['TEXT', 'NOTIFICATION', 'OTHER', 'ALLOCATED_SERVICE', 'BUYER_ENTER_FROM_TRANSFER']);

export function parseMessageContent(type: string, content: string): MessageBody {
  let raw: unknown = content;
  try {
    raw = JSON.parse(content);
  } catch {
    return { type: 'unknown', messageType: type, raw: content };
  }
  const fields = isRecord(raw) ? raw : {};
  const unknown: MessageBody = { type: 'unknown', messageType: type, raw };

  if (TEXT_TYPES.has(type)) {
    const text = str(fields.content);
    return text === null ? unknown : { type: type as 'TEXT', text };
  }
  switch (type) {
    case 'IMAGE': {
      const url = str(fields.url);
      return url === null ? unknown : { type, url, width: num(fields.width), height: num(fields.height) };
    }
    case 'VIDEO': {
      const url = str(fields.url);
      if (url === null) return unknown;
      return {
        type,
        url,
        cover: str(fields.cover),
        width: num(fields.width),
        height: num(fields.height),
        durationSeconds: num(fields.duration),
        expireTime: num(fields.expire_time),
      };
    }
    case 'ORDER_CARD':
    case 'BUYER_ENTER_FROM_ORDER': {
      const orderId = id(fields.order_id);
      return orderId === null ? unknown : { type, orderId };
    }
    case 'PRODUCT_CARD':
    case 'BUYER_ENTER_FROM_PRODUCT': {
      const productId = id(fields.product_id);
      return productId === null ? unknown : { type, productId };
    }
    case 'RETURN_REFUND_CARD': {
      const orderId = id(fields.order_id);
      return orderId === null ? unknown : { type, orderId, skuId: id(fields.sku_id) };
    }
    case 'COUPON_CARD': {
      const couponId = id(fields.coupon_id);
      return couponId === null ? unknown : { type, couponId };
    }
    default:
      return unknown;
  }
}

// A short readable line for any message, for previews, notifications and the AI's context.
export function messageText(body: MessageBody): string {
  switch (body.type) {
    case 'TEXT':
    case 'NOTIFICATION':
    case 'OTHER':
    case 'ALLOCATED_SERVICE':
    case 'BUYER_ENTER_FROM_TRANSFER':
      return body.text;
    case 'IMAGE':
      return '[image]';
    case 'VIDEO':
      return '[video]';
    case 'ORDER_CARD':
    case 'BUYER_ENTER_FROM_ORDER':
      return `[order ${body.orderId}]`;
    case 'PRODUCT_CARD':
    case 'BUYER_ENTER_FROM_PRODUCT':
      return `[product ${body.productId}]`;
    case 'RETURN_REFUND_CARD':
      return `[return/refund ${body.orderId}]`;
    case 'COUPON_CARD':
      return `[coupon ${body.couponId}]`;
    case 'unknown':
      return `[${body.messageType.toLowerCase()}]`;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

function id(v: unknown): string | null {
  if (typeof v === 'string' && v !== '') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

function num(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}
