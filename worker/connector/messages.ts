// TikTok customer-service messages → AskChat's message rows. Messages TikTok marks invisible (the system's
// end-of-chat rating request) are stored hidden: not for agents' eyes (reference §7.3), but known, so the
// reconciliation poll does not fetch them again and again.
import type { MessageSender } from '../../shared/schemas/conversations';
import type { MessageInput } from '../db/queries/ingest';
import { messageText } from '../tiktok/message-content';
import type { Message } from '../tiktok/wire-customer-service';

const SENDERS: Record<string, MessageSender> = {
  BUYER: 'buyer',
  SHOP: 'seller',
  CUSTOMER_SERVICE: 'seller',
  SYSTEM: 'system',
  ROBOT: 'system',
};

export function toMessageInput(message: Message): MessageInput {
  const role = message.sender?.role ?? 'SYSTEM';
  const isBuyer = role === 'BUYER';
  return {
    tiktokMessageId: message.id,
    tiktokIndex: message.index ?? null,
    sender: SENDERS[role] ?? 'system',
    type: message.type,
    text: messageText(message.body),
    content: message.body as unknown as Record<string, unknown>,
    visible: message.is_visible,
    delivery: isBuyer ? 'received' : 'sent',
    createdAt: new Date(message.create_time * 1000),
  };
}

/** Oldest first by TikTok's index (compared as big integers), falling back to the creation time. */
export function byIndex(a: Message, b: Message): number {
  if (a.index && b.index) {
    const x = BigInt(a.index);
    const y = BigInt(b.index);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return a.create_time - b.create_time;
}
