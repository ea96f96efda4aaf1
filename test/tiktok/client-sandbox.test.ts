// The TikTok client against the sandbox, in-process and mounted under /sandbox: every call family, paging,
// backoff on injected 429/5xx, timeouts, token expiry and refresh, revocation and missing scopes.
import { demoConversationId } from '../../sandbox/demo-conversations';
const DEMO_CHAT_PREFIX = demoConversationId('0').slice(0, 14);
import { afterEach, describe, expect, it } from 'vitest';
import { collectPages } from '../../worker/tiktok/paging';
import { withTokenRefresh } from '../../worker/tiktok/token-refresh';
import type { Message } from '../../worker/tiktok/wire-customer-service';
import { createHarness, type Harness } from '../sandbox/harness';

let h: Harness;
afterEach(async () => {
  await h?.sandbox.close();
});

function must<T>(r: { ok: true; val: T } | { ok: false; err: unknown }): T {
  if (!r.ok) throw new Error(`call failed: ${JSON.stringify(r.err)}`);
  return r.val;
}

describe('auth and shops', () => {
  it('exchanges a code for tokens with absolute expiry times and lists the shops of the seller', async () => {
    h = createHarness();
    const { tokens, shops } = await h.connect('sbx-open-lumi');
    expect(tokens.accessTokenExpiresAt).toBe(h.clock.now() / 1000 + 7 * 86400);
    expect(tokens.refreshTokenExpiresAt).toBeGreaterThan(tokens.accessTokenExpiresAt);
    expect(tokens).toMatchObject({ openId: 'sbx-open-lumi', sellerBaseRegion: 'CN', userType: 0 });
    expect(tokens.grantedScopes).toContain('customer_service');
    expect(shops.map((s) => s.region).sort()).toEqual(['MY', 'PH', 'SG', 'VN']);
    expect(shops.every((s) => s.seller_type === 'CROSS_BORDER' && typeof s.id === 'string' && s.cipher.startsWith('ROW_'))).toBe(true);
    expect(must(await h.client.getActiveShops({ accessToken: tokens.accessToken }))).toHaveLength(4);
  });

  it('reads scopes sent as granted_permissions', async () => {
    h = createHarness({ scopesField: 'granted_permissions' });
    const { tokens } = await h.connect();
    expect(tokens.grantedScopes).toContain('CUSTOMER_SERVICE');
  });

  it('refreshes with the rotating refresh token', async () => {
    h = createHarness();
    const { tokens } = await h.connect();
    const next = must(await h.client.refreshAccessToken(tokens.refreshToken));
    expect(next.accessToken).not.toBe(tokens.accessToken);
    expect(next.refreshToken).not.toBe(tokens.refreshToken);
    const again = await h.client.refreshAccessToken(tokens.refreshToken);
    expect(!again.ok && again.err).toMatchObject({ kind: 'auth', code: 36004005 });
  });
});

describe('customer service', () => {
  it('pages through every conversation with page tokens that need encoding', async () => {
    h = createHarness();
    const { auth } = await h.connect();
    const tokens: (string | undefined)[] = [];
    const all = must(
      await collectPages(
        (pageToken) => (tokens.push(pageToken), h.client.getConversations(auth, { pageSize: 1, pageToken })),
        (p) => p.conversations,
      ),
    );
    const shopId = Object.values(h.sandbox.state().conversations).find((c) => c.id === all[0]!.id)!.shopId;
    expect(all).toHaveLength(Object.values(h.sandbox.state().conversations).filter((c) => c.shopId === shopId).length);
    expect(all.length).toBeGreaterThanOrEqual(4);
    expect(tokens.slice(1).every((t) => /[+/]/.test(t ?? ''))).toBe(true);
    const withAgent = all.find((c) => c.participant_count === 3)!;
    expect(withAgent.participants.map((p) => p.role)).toEqual(['BUYER', 'SHOP', 'CUSTOMER_SERVICE']);
    const buyer = all[0]!.participants.find((p) => p.role === 'BUYER')!;
    expect(buyer.user_id).not.toBe(buyer.im_user_id);
  });

  it('reads every message type, with content parsed and unknown types kept raw', async () => {
    h = createHarness();
    const { auth } = await h.connect();
    const conversations = must(await h.client.getConversations(auth)).conversations;
    const messages: Message[] = [];
    for (const c of conversations) {
      messages.push(...must(await collectPages((t) => h.client.getConversationMessages(auth, c.id, { pageToken: t }), (p) => p.messages)));
    }
    const types = new Set(messages.map((m) => m.type));
    for (const t of ['TEXT', 'IMAGE', 'VIDEO', 'ORDER_CARD', 'PRODUCT_CARD', 'RETURN_REFUND_CARD', 'COUPON_CARD', 'BUYER_ENTER_FROM_ORDER', 'BUYER_ENTER_FROM_PRODUCT', 'BUYER_ENTER_FROM_TRANSFER', 'ALLOCATED_SERVICE', 'NOTIFICATION', 'OTHER', 'EMOTICONS']) {
      expect(types, t).toContain(t);
    }
    expect(new Set(messages.map((m) => m.sender?.role))).toEqual(new Set(['BUYER', 'SHOP', 'CUSTOMER_SERVICE', 'SYSTEM', 'ROBOT']));
    const image = messages.find((m) => m.type === 'IMAGE')!;
    expect(image.body).toMatchObject({ type: 'IMAGE', width: 1080, height: 1440 });
    expect(messages.find((m) => m.type === 'EMOTICONS')!.body).toMatchObject({ type: 'unknown', messageType: 'EMOTICONS' });
    expect(messages.find((m) => m.type === 'OTHER')!.is_visible).toBe(false);
    expect(messages.every((m) => typeof m.id === 'string' && typeof m.index === 'string')).toBe(true);
  });

  it('pages a long conversation 10 messages at a time, newest first by default or oldest first on request', async () => {
    h = createHarness();
    const { auth } = await h.connect();
    const all = must(await collectPages((t) => h.client.getConversations(auth, { pageToken: t }), (p) => p.conversations));
    const long = all.find((c) => c.unread_count === 1 && c.participant_count === 2 && !c.id.startsWith(DEMO_CHAT_PREFIX))!;
    const first = must(await h.client.getConversationMessages(auth, long.id));
    expect(first.messages).toHaveLength(10);
    expect(first.next_page_token).not.toBe('');
    expect(first.unsupported_msg_tips).toBeTruthy();
    const times = first.messages.map((m) => m.create_time);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const asc = must(await collectPages((t) => h.client.getConversationMessages(auth, long.id, { sortOrder: 'ASC', sortField: 'index', pageToken: t }), (p) => p.messages));
    expect(asc.length).toBeGreaterThan(10);
    const idx = asc.map((m) => BigInt(m.index!));
    expect(idx.every((v, i) => i === 0 || v > idx[i - 1]!)).toBe(true);
  });

  it('sends a message, which the buyer side shows and TikTok echoes as a type-14 webhook', async () => {
    h = createHarness();
    const { auth } = await h.connect();
    const conv = must(await h.client.getConversations(auth)).conversations[0]!;
    const { messageId } = must(await h.client.sendMessage(auth, conv.id, { type: 'TEXT', content: { content: 'Hi! Your order ships today.' } }));
    expect(h.sandbox.messages(conv.id).at(-1)).toMatchObject({ id: messageId, sender: 'seller', text: 'Hi! Your order ships today.' });
    await h.sandbox.webhooksIdle();
    const echo = h.received.find((r) => r.json.type === 14 && r.json.data.message_id === messageId)!;
    expect(echo.json.data).toMatchObject({ conversation_id: conv.id, type: 'TEXT', sender: { role: 'SHOP' } });
    const after = must(await h.client.getConversations(auth)).conversations.find((c) => c.id === conv.id)!;
    expect(after.unread_count).toBe(0);
    expect(after.latest_message?.id).toBe(messageId);
  });

  it('marks a conversation read and creates a conversation only with an eligible buyer', async () => {
    h = createHarness();
    const { auth } = await h.connect();
    const unread = must(await h.client.getConversations(auth)).conversations.find((c) => c.unread_count > 0)!;
    expect(must(await h.client.readMessage(auth, unread.id))).toBeNull();
    expect(must(await h.client.getConversations(auth)).conversations.find((c) => c.id === unread.id)!.unread_count).toBe(0);

    const shopId = h.sandbox.shop('US').id;
    const buyers = Object.values(h.sandbox.state().buyers).filter((b) => b.shopId === shopId);
    const created = must(await h.client.createConversation(auth, buyers[0]!.userId));
    expect(must(await h.client.createConversation(auth, buyers[0]!.userId)).conversationId).toBe(created.conversationId);
    const lapsed = await h.client.createConversation(auth, buyers[5]!.userId);
    expect(!lapsed.ok && lapsed.err).toMatchObject({ kind: 'rejected', code: 45109003 });
    const imId = await h.client.createConversation(auth, buyers[1]!.imUserId);
    expect(!imId.ok && imId.err.code).toBe(45109003);
    const missing = await h.client.getConversationMessages(auth, '7000000000000000000');
    expect(!missing.ok && missing.err).toMatchObject({ kind: 'not_found', code: 45101003 });
  });

  it('reads and updates the agent settings', async () => {
    h = createHarness();
    const { auth } = await h.connect();
    expect(must(await h.client.getAgentSettings(auth))).toEqual({ canAcceptChat: true });
    must(await h.client.updateAgentSettings(auth, false));
    expect(must(await h.client.getAgentSettings(auth))).toEqual({ canAcceptChat: false });
  });
});

describe('orders and logistics', () => {
  it('searches orders page by page, reads details and tracking', async () => {
    h = createHarness();
    const { auth } = await h.connect();
    const orders = must(await collectPages((t) => h.client.searchOrders(auth, {}, { pageSize: 5, pageToken: t }), (p) => p.orders));
    expect(orders.length).toBe(18);
    expect(new Set(orders.map((o) => o.status))).toEqual(
      new Set(['UNPAID', 'ON_HOLD', 'AWAITING_SHIPMENT', 'AWAITING_COLLECTION', 'PARTIALLY_SHIPPING', 'IN_TRANSIT', 'DELIVERED', 'COMPLETED', 'CANCELLED']),
    );
    expect(orders.every((o) => /^57\d{16}$/.test(o.id))).toBe(true);
    const inTransit = orders.find((o) => o.status === 'IN_TRANSIT')!;
    const [detail] = must(await h.client.getOrderDetail(auth, [inTransit.id, '579999999999999999']));
    expect(detail).toMatchObject({ id: inTransit.id, payment: { currency: 'USD' } });
    expect(detail!.line_items.length).toBeGreaterThan(0);
    expect(detail!.recipient_address?.full_address).toBeTruthy();
    const tracking = must(await h.client.getTracking(auth, inTransit.id));
    expect(tracking.length).toBeGreaterThan(1);
    expect(tracking[0]!.update_time_millis).toBeGreaterThan(tracking[1]!.update_time_millis);
    const pkg = must(await h.client.getPackageDetail(auth, detail!.packages[0]!.id));
    expect(pkg.tracking_number).toBe(detail!.tracking_number);
    const unpaid = must(await h.client.getOrderDetail(auth, [orders.find((o) => o.status === 'UNPAID')!.id]));
    expect(unpaid[0]!.recipient_address).toBeUndefined();
  });

  it('filters orders by buyer and refuses another shop\'s tracking', async () => {
    h = createHarness();
    const { auth } = await h.connect();
    const buyer = Object.values(h.sandbox.state().buyers).find((b) => b.shopId === h.sandbox.shop('US').id)!;
    const mine = must(await h.client.searchOrders(auth, { buyer_user_id: buyer.userId }, { pageSize: 50 }));
    expect(mine.orders.length).toBeGreaterThan(0);
    expect(mine.orders.every((o) => o.user_id === buyer.userId)).toBe(true);
    const foreign = Object.values(h.sandbox.state().orders).find((o) => o.market === 'GB')!;
    const r = await h.client.getTracking(auth, foreign.id);
    expect(!r.ok && r.err).toMatchObject({ kind: 'not_found', code: 21008111 });
  });
});

describe('returns and cancellations', () => {
  it('searches returns, reads records and approves a refund once per idempotency key', async () => {
    h = createHarness();
    const { auth } = await h.connect();
    const page = must(await h.client.searchReturns(auth, { return_status: ['RETURN_OR_REFUND_REQUEST_PENDING'] }));
    const pending = page.return_orders.find((r) => r.return_type === 'REFUND')!;
    expect(pending.seller_next_action_response[0]?.action).toBe('SELLER_RESPOND_REFUND');
    expect(pending.return_line_items[0]).toMatchObject({ sku_id: expect.stringMatching(/^\d{19}$/), product_name: expect.any(String) });
    const records = must(await h.client.getReturnRecords(auth, pending.return_id));
    expect(records[0]!.images[0]!.url).toContain('/assets/image/');
    must(await h.client.approveReturn(auth, pending.return_id, { decision: 'APPROVE_REFUND' }, 'approve-1'));
    must(await h.client.approveReturn(auth, pending.return_id, { decision: 'APPROVE_REFUND' }, 'approve-1')); // replayed
    const again = await h.client.approveReturn(auth, pending.return_id, { decision: 'APPROVE_REFUND' }, 'approve-2');
    expect(!again.ok && again.err).toMatchObject({ kind: 'rejected', code: 25011012 });
    const after = must(await h.client.searchReturns(auth, { return_ids: [pending.return_id] }));
    expect(after.return_orders[0]!.return_status).toBe('RETURN_OR_REFUND_REQUEST_SUCCESS');
    await h.sandbox.webhooksIdle();
    expect(h.received.filter((r) => r.json.type === 12 && r.json.data.return_id === pending.return_id)).toHaveLength(1);
  });

  it('rejects a replacement with a reason from Get Reject Reasons, and refuses an invented reason', async () => {
    h = createHarness();
    const { auth } = await h.connect();
    const replacement = must(await h.client.searchReturns(auth, { return_types: ['REPLACEMENT'] })).return_orders[0]!;
    const reasons = must(await h.client.getRejectReasons(auth, replacement.return_id));
    const bad = await h.client.rejectReturn(auth, replacement.return_id, { decision: 'REJECT_REPLACEMENT', reject_reason: 'because' });
    expect(!bad.ok && bad.err.code).toBe(25001014);
    const wrongType = await h.client.rejectReturn(auth, replacement.return_id, { decision: 'REJECT_REFUND', reject_reason: reasons[0]!.name });
    expect(!wrongType.ok && wrongType.err.code).toBe(25020004);
    must(await h.client.rejectReturn(auth, replacement.return_id, { decision: 'REJECT_REPLACEMENT', reject_reason: reasons[0]!.name, comment: 'Used item' }));
  });

  it('reads after-sales eligibility per SKU', async () => {
    h = createHarness();
    const { auth } = await h.connect();
    const delivered = Object.values(h.sandbox.state().orders).find((o) => o.market === 'US' && o.status === 'DELIVERED' && o.buyerUserId === Object.values(h.sandbox.state().buyers).find((b) => b.shopId === o.shopId)!.userId)!;
    const skus = must(await h.client.getAftersaleEligibility(auth, delivered.id));
    expect(skus[0]!.line_item_eligibility.find((e) => e.request_type === 'RETURN_AND_REFUND')!.eligible).toBe(true);
  });

  it('approves a buyer cancellation, which cancels the order and pushes types 11 and 1', async () => {
    h = createHarness();
    const { auth } = await h.connect();
    const pending = must(await h.client.searchCancellations(auth, { cancel_status: ['CANCELLATION_REQUEST_PENDING'] })).cancellations[0]!;
    expect(pending.seller_next_action_response[0]?.action).toBe('SELLER_RESPOND_CANCEL');
    must(await h.client.approveCancellation(auth, pending.cancel_id));
    const [order] = must(await h.client.getOrderDetail(auth, [pending.order_id]));
    expect(order!.status).toBe('CANCELLED');
    await h.sandbox.webhooksIdle();
    const types = h.received.map((r) => [r.json.type, r.json.data.order_status ?? r.json.data.cancel_status]);
    expect(types).toContainEqual([1, 'CANCEL']);
    expect(types).toContainEqual([11, 'CANCELLATION_REQUEST_SUCCESS']);
    const twice = await h.client.rejectCancellation(auth, pending.cancel_id, { reject_reason: 'seller_reject_cancel_package_shipped' });
    expect(!twice.ok && twice.err.code).toBe(25011011);
  });

  it('finds cancellations by either spelling of the cancelled status', async () => {
    h = createHarness();
    const { auth } = await h.connect();
    const a = must(await h.client.searchCancellations(auth, { cancel_status: ['CANCELLATION_REQUEST_CANCEL'] }));
    const b = must(await h.client.searchCancellations(auth, { cancel_status: ['CANCELLATION_REQUEST_CANCELLED'] }));
    expect(a.cancellations.length).toBe(1);
    expect(b.cancellations.map((x) => x.cancel_id)).toEqual(a.cancellations.map((x) => x.cancel_id));
  });
});

describe('failures the client must handle', () => {
  it('backs off and retries through injected 429s, then succeeds', async () => {
    h = createHarness();
    const { auth } = await h.connect();
    expect((await h.control('POST', '/faults', { match: '/customer_service/', status: 429, code: 36009002, times: 2 })).status).toBe(201);
    const r = await h.client.getConversations(auth);
    expect(r.ok).toBe(true);
    expect(h.sleeps).toEqual([375, 750]);
  });

  it('retries injected 500 and 503 answers and gives up with a typed error when they persist', async () => {
    h = createHarness(undefined, { maxRetries: 2 });
    const { auth } = await h.connect();
    await h.control('POST', '/faults', [{ match: '/order/', status: 503, times: 1 }]);
    expect((await h.client.searchOrders(auth)).ok).toBe(true);
    await h.control('POST', '/faults', { match: '/order/', status: 500 });
    const r = await h.client.searchOrders(auth);
    expect(!r.ok && r.err).toMatchObject({ kind: 'server', code: 36009003, status: 500, retryable: true });
    expect(h.sleeps).toHaveLength(3);
    await h.control('DELETE', '/faults');
    expect((await h.client.searchOrders(auth)).ok).toBe(true);
  });

  it('times out a slow answer', async () => {
    h = createHarness(undefined, { timeoutMs: 250, maxRetries: 0 });
    const { auth } = await h.connect();
    await h.control('POST', '/faults', { match: '/customer_service/', delay_ms: 5000, times: 1 });
    const r = await h.client.getConversations(auth);
    expect(!r.ok && r.err).toMatchObject({ kind: 'timeout', retryable: true });
  });

  it('refreshes an expired token once and then succeeds', async () => {
    h = createHarness({ accessTokenTtlSeconds: 60 });
    const connected = await h.connect();
    let current = connected.auth;
    let refreshToken = connected.tokens.refreshToken;
    h.clock.advance(61_000);
    const raw = await h.client.getConversations(current);
    expect(!raw.ok && raw.err).toMatchObject({ kind: 'token_expired', code: 105002 });
    let refreshes = 0;
    const r = await withTokenRefresh(
      {
        getAuth: () => current,
        refresh: async () => {
          refreshes++;
          const t = await h.client.refreshAccessToken(refreshToken);
          if (t.ok) {
            current = { ...current, accessToken: t.val.accessToken };
            refreshToken = t.val.refreshToken;
          }
          return t;
        },
      },
      (auth) => h.client.getConversations(auth),
    );
    expect(r.ok).toBe(true);
    expect(refreshes).toBe(1);
  });

  it('expires every token on demand', async () => {
    h = createHarness();
    const { auth } = await h.connect();
    await h.control('POST', '/faults', { expire_tokens: true });
    const r = await h.client.getConversations(auth);
    expect(!r.ok && r.err.kind).toBe('token_expired');
  });

  it('surfaces a revoked token as a typed auth error, and its refresh token too', async () => {
    h = createHarness();
    const { auth, tokens } = await h.connect();
    expect((await h.control('POST', '/sellers/sbx-open-sunny/revoke')).status).toBe(200);
    const r = await h.client.getConversations(auth);
    expect(!r.ok && r.err).toMatchObject({ kind: 'auth', code: 36009004, retryable: false });
    const refresh = await h.client.refreshAccessToken(tokens.refreshToken);
    expect(!refresh.ok && refresh.err).toMatchObject({ kind: 'auth', code: 36004005 });
  });

  it('reports a scope the seller did not grant', async () => {
    h = createHarness({ grantedScopes: ['seller.authorization.info', 'order.info'] });
    const { auth } = await h.connect();
    const r = await h.client.getConversations(auth);
    expect(!r.ok && r.err).toMatchObject({ kind: 'scope_missing', code: 105005 });
    expect((await h.client.searchOrders(auth)).ok).toBe(true);
  });

  it('reports a wrong app secret as a bad signature', async () => {
    h = createHarness(undefined, { appSecret: 'not-the-secret' });
    const code = h.sandbox.authorize('sbx-open-sunny').code!;
    const tokens = await h.client.getAccessToken(code);
    expect(!tokens.ok && tokens.err.kind).toBe('auth');
    const issued = h.sandbox.issueToken('sbx-open-sunny');
    const r = await h.client.getAuthorizedShops({ accessToken: issued.access_token });
    expect(!r.ok && r.err).toMatchObject({ kind: 'auth', code: 106001, status: 401 });
  });
});
