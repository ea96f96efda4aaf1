// Customer Service API shapes (reference §7). A message's `content` is a JSON string; `body` is that string
// parsed a second time into a typed value (message-content.ts), and unknown types are kept raw.
import * as z from 'zod/mini';
import { parseMessageContent } from './message-content';
import { idSchema, intSchema, pageTokenSchema } from './wire-common';

export const senderSchema = z.looseObject({
  im_user_id: z.optional(idSchema),
  role: z._default(z.string(), 'SYSTEM'), // BUYER, SHOP, CUSTOMER_SERVICE, SYSTEM, ROBOT
  nickname: z.optional(z.string()),
  avatar: z.optional(z.string()),
});

export const messageSchema = z.pipe(
  z.looseObject({
    id: idSchema,
    type: z.string(),
    content: z._default(z.string(), ''),
    create_time: intSchema,
    index: z.optional(idSchema), // compare as big integers
    is_visible: z._default(z.boolean(), true),
    sender: z.optional(senderSchema),
  }),
  z.transform((m) => ({ ...m, body: parseMessageContent(m.type, m.content) })),
);
export type Message = z.infer<typeof messageSchema>;

export const participantSchema = z.looseObject({
  im_user_id: z.optional(idSchema),
  user_id: z.optional(idSchema), // the buyer's user_id equals the orders' buyer user_id; im_user_id does not
  role: z.string(),
  nickname: z.optional(z.string()),
  avatar: z.optional(z.string()),
  buyer_platform: z.optional(z.string()), // Indonesia only: TIKTOK_SHOP or TOKOPEDIA
});

export const conversationSchema = z.looseObject({
  id: idSchema,
  participant_count: z.optional(intSchema),
  can_send_message: z.optional(z.boolean()),
  unread_count: z._default(intSchema, 0),
  create_time: z.optional(intSchema),
  participants: z._default(z.array(participantSchema), []),
  latest_message: z.optional(z.nullable(messageSchema)),
});
export type Conversation = z.infer<typeof conversationSchema>;

export const conversationsPageSchema = z.object({
  conversations: z._default(z.array(conversationSchema), []),
  next_page_token: pageTokenSchema,
});

export const messagesPageSchema = z.object({
  messages: z._default(z.array(messageSchema), []),
  next_page_token: pageTokenSchema,
  unsupported_msg_tips: z.optional(z.string()),
});

export const sentMessageSchema = z.object({ message_id: idSchema });
export const createdConversationSchema = z.object({ conversation_id: idSchema });

// What Send Message accepts (§7.4); the content object is stringified into `content` by the client.
export type OutgoingMessage =
  | { type: 'TEXT'; content: { content: string } }
  | { type: 'IMAGE'; content: { url: string; width: number; height: number } }
  | { type: 'PRODUCT_CARD'; content: { product_id: string } }
  | { type: 'ORDER_CARD'; content: { order_id: string } }
  | { type: 'RETURN_REFUND_CARD'; content: { order_id: string; sku_id: string } }
  | { type: 'COUPON_CARD'; content: { coupon_id: string } };
