// Customer Service API (reference §7). Page sizes are capped by TikTok: conversations ≤ 20, messages ≤ 10.
// Reading messages does not mark them read; readMessage does (and the buyer sees a read receipt).
import * as z from 'zod/mini';
import type { Result } from '../../shared/result';
import type { TikTokError } from './errors';
import { mapResult } from './map-result';
import type { ShopAuth, Transport } from './transport';
import {
  conversationsPageSchema,
  createdConversationSchema,
  messagesPageSchema,
  sentMessageSchema,
  type OutgoingMessage,
} from './wire-customer-service';
import { emptySchema } from './wire-common';

const CS = '/customer_service/202309';

export interface PageOptions {
  pageSize?: number;
  pageToken?: string;
  locale?: string; // language of system messages only
}

export function customerServiceApi(t: Transport) {
  return {
    getConversations(auth: ShopAuth, opts: PageOptions = {}) {
      return t.api({
        method: 'GET',
        path: `${CS}/conversations`,
        auth,
        query: { page_size: opts.pageSize ?? 20, page_token: opts.pageToken, locale: opts.locale },
        data: conversationsPageSchema,
      });
    },

    getConversationMessages(
      auth: ShopAuth,
      conversationId: string,
      opts: PageOptions & { sortOrder?: 'ASC' | 'DESC'; sortField?: 'create_time' | 'index' } = {},
    ) {
      return t.api({
        method: 'GET',
        path: `${CS}/conversations/${encodeURIComponent(conversationId)}/messages`,
        auth,
        query: {
          page_size: opts.pageSize ?? 10,
          page_token: opts.pageToken,
          locale: opts.locale,
          sort_order: opts.sortOrder,
          sort_field: opts.sortField,
        },
        data: messagesPageSchema,
      });
    },

    async sendMessage(auth: ShopAuth, conversationId: string, message: OutgoingMessage): Promise<Result<{ messageId: string }, TikTokError>> {
      const r = await t.api({
        method: 'POST',
        path: `${CS}/conversations/${encodeURIComponent(conversationId)}/messages`,
        auth,
        body: { type: message.type, content: JSON.stringify(message.content) },
        data: sentMessageSchema,
      });
      return mapResult(r, (d) => ({ messageId: d.message_id }));
    },

    // No body at all: a sent `{}` would have to be signed, and SDKs disagree about it (§11.6).
    async readMessage(auth: ShopAuth, conversationId: string): Promise<Result<null, TikTokError>> {
      const r = await t.api({
        method: 'POST',
        path: `${CS}/conversations/${encodeURIComponent(conversationId)}/messages/read`,
        auth,
        data: emptySchema,
        idempotent: true,
      });
      return mapResult(r, () => null);
    },

    // buyerUserId is the order's user_id / participant user_id, never the im_user_id (§7.6).
    async createConversation(auth: ShopAuth, buyerUserId: string): Promise<Result<{ conversationId: string }, TikTokError>> {
      const r = await t.api({
        method: 'POST',
        path: `${CS}/conversations`,
        auth,
        body: { buyer_user_id: buyerUserId },
        data: createdConversationSchema,
        idempotent: true, // an existing conversation's id comes back
      });
      return mapResult(r, (d) => ({ conversationId: d.conversation_id }));
    },

    async getAgentSettings(auth: ShopAuth): Promise<Result<{ canAcceptChat: boolean }, TikTokError>> {
      const r = await t.api({ method: 'GET', path: `${CS}/agents/settings`, auth, data: z.object({ can_accept_chat: z.boolean() }) });
      return mapResult(r, (d) => ({ canAcceptChat: d.can_accept_chat }));
    },

    async updateAgentSettings(auth: ShopAuth, canAcceptChat: boolean): Promise<Result<null, TikTokError>> {
      const r = await t.api({ method: 'PUT', path: `${CS}/agents/settings`, auth, body: { can_accept_chat: canAcceptChat }, data: emptySchema, idempotent: true });
      return mapResult(r, () => null);
    },
  };
}
