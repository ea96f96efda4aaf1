// The database, in one file so the whole shape reads at once. Conventions:
// - every tenant row carries `org_id`, and every query filters on it (worker/db/queries/*);
// - rows the phones sync carry `version`: the organisation's counter at the write that last changed them
//   (worker/db/version.ts), and deletions of synced rows leave a tombstone in `deletions`;
// - TikTok ids are text: 18–19 digit numbers overflow JavaScript numbers;
// - times are timestamptz, stored in UTC.
import { sql, type SQL } from 'drizzle-orm';
import { COUNTERS as METRIC_COUNTERS, type Counter as MetricCounter } from '../../shared/metrics/rollup';
import type { ConversationMetricState } from '../../shared/metrics/tracker';
import type { RosterBody } from '../../shared/schemas/roster';
import { blindIndex, sealedFixedText, sealedJson, sealedText } from './sealed';
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

// Indexes, unique indexes, checks and composite primary keys are for the migrations (drizzle-kit) and the
// database; the running queries never read them. The Cloudflare bundle defines __WORKER_BUNDLE__
// (wrangler.toml [define]), so those definitions fold away there: about 1 KB gzip of the 150 KB budget.
// (Written out at each table: esbuild folds the test where it stands, not through a shared constant.)
declare const __WORKER_BUNDLE__: boolean | undefined;

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const time = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const version = () => bigint('version', { mode: 'number' }).notNull();

export const organizations = pgTable('organizations', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
  createdAt: createdAt(),
});

/** The per-organisation sync counter. Bumped inside every writing transaction (row lock = order). */
export const orgVersions = pgTable('org_versions', {
  orgId: text('org_id').primaryKey().references(() => organizations.id, { onDelete: 'cascade' }),
  v: bigint('v', { mode: 'number' }).notNull().default(0),
});

export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    locale: text('locale').notNull().default('en'),
    timeZone: text('time_zone').notNull().default('UTC'),
    createdAt: createdAt(),
  },
  (t) => (typeof __WORKER_BUNDLE__ === 'undefined' ? [uniqueIndex('users_email_key').on(t.email)] : []),
);

export const memberships = pgTable(
  'memberships',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['owner', 'admin', 'agent'] }).notNull(),
    /** The person's weekly roster in their own time zone (shared/time/roster.ts, without agentId); null:
     * no roster, always available to routing. */
    roster: jsonb('roster').$type<RosterBody>(),
    /** When the person last used the app (any signed-in request, written at most once a minute): presence for
     * routing and re-paging besides the roster, so someone working past their shift still counts. */
    lastActiveAt: time('last_active_at'),
    createdAt: createdAt(),
    version: version(),
  },
  (t) => (typeof __WORKER_BUNDLE__ === 'undefined' ? [
    uniqueIndex('memberships_org_user_key').on(t.orgId, t.userId),
    index('memberships_user_idx').on(t.userId),
    check('memberships_role_check', sql`${t.role} in ('owner', 'admin', 'agent')`),
  ] : []),
);

export const invites = pgTable(
  'invites',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role', { enum: ['admin', 'agent'] }).notNull(),
    groupIds: jsonb('group_ids').$type<string[]>().notNull().default([]),
    tokenHash: text('token_hash').notNull(),
    invitedBy: text('invited_by').notNull().references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: time('expires_at').notNull(),
    acceptedAt: time('accepted_at'),
    createdAt: createdAt(),
  },
  (t) => (typeof __WORKER_BUNDLE__ === 'undefined' ? [uniqueIndex('invites_token_hash_key').on(t.tokenHash), index('invites_org_idx').on(t.orgId)] : []),
);

/** A session row is keyed by the SHA-256 of the cookie's token, so a database leak yields no live cookie. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    orgId: text('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: time('expires_at').notNull(),
  },
  (t) => (typeof __WORKER_BUNDLE__ === 'undefined' ? [index('sessions_user_idx').on(t.userId)] : []),
);

/**
 * A browser's Web Push subscription (one per device and signed-in person), for escalation notices
 * (worker/pipeline/notify.ts). The endpoint is the push service's address for that browser: unique, and
 * moved to whoever signs in on the device last. Removed when the push service says it is gone.
 */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    endpoint: text('endpoint').notNull(),
    p256dh: text('p256dh').notNull(),
    auth: text('auth').notNull(),
    createdAt: createdAt(),
    lastSentAt: time('last_sent_at'),
  },
  (t) => (typeof __WORKER_BUNDLE__ === 'undefined' ? [uniqueIndex('push_subscriptions_endpoint_key').on(t.endpoint), index('push_subscriptions_user_idx').on(t.orgId, t.userId)] : []),
);

/** Failed-login counters per account and per IP, in fixed windows (worker/auth/rate-limit.ts). */
export const loginAttempts = pgTable('login_attempts', {
  key: text('key').primaryKey(),
  windowStart: time('window_start').notNull(),
  failures: integer('failures').notNull().default(0),
});

/**
 * One seller authorisation (OAuth grant) of TikTok Shop: its tokens, sealed with AES-GCM
 * (worker/crypto/secret-box.ts), and its state. A grant can cover several shops (cross-border sellers).
 */
export const tiktokConnections = pgTable(
  'tiktok_connections',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    openId: text('open_id').notNull(),
    sellerName: text('seller_name').notNull().default(''),
    sellerBaseRegion: text('seller_base_region'),
    accessToken: text('access_token').notNull(),
    accessExpiresAt: time('access_expires_at').notNull(),
    refreshToken: text('refresh_token').notNull(),
    refreshExpiresAt: time('refresh_expires_at').notNull(),
    grantedScopes: jsonb('granted_scopes').$type<string[]>().notNull().default([]),
    status: text('status', { enum: ['active', 'expired', 'revoked'] }).notNull().default('active'),
    lastError: text('last_error'),
    authorizationExpiresAt: time('authorization_expires_at'),
    createdAt: createdAt(),
    updatedAt: time('updated_at').notNull().defaultNow(),
  },
  (t) => (typeof __WORKER_BUNDLE__ === 'undefined' ? [uniqueIndex('tiktok_connections_org_open_key').on(t.orgId, t.openId), index('tiktok_connections_refresh_idx').on(t.status, t.accessExpiresAt)] : []),
);

/** OAuth `state` values: bound to the session that started the flow, single-use, short-lived. */
export const oauthStates = pgTable('oauth_states', {
  id: text('id').primaryKey(),
  orgId: text('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  sessionId: text('session_id').notNull(),
  region: text('region', { enum: ['US', 'ROW'] }).notNull(),
  expiresAt: time('expires_at').notNull(),
  usedAt: time('used_at'),
});

export const shops = pgTable(
  'shops',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    tiktokShopId: text('tiktok_shop_id').notNull(),
    cipher: text('cipher').notNull(),
    code: text('code'),
    name: text('name').notNull(),
    type: text('type', { enum: ['personal', 'enterprise', 'brand', 'cross_border'] }).notNull(),
    sellerType: text('seller_type', { enum: ['LOCAL', 'CROSS_BORDER'] }).notNull().default('LOCAL'),
    market: text('market').notNull(),
    languages: jsonb('languages').$type<string[]>().notNull(),
    timeZone: text('time_zone').notNull(),
    status: text('status', { enum: ['active', 'disconnected', 'revoked'] }).notNull().default('active'),
    connectionId: text('connection_id').references(() => tiktokConnections.id, { onDelete: 'set null' }),
    /** Last reconciliation poll (catches messages whose webhooks never came). */
    polledAt: time('polled_at'),
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
    /** The address buyers e-mail the shop at (lower case); sub-addresses `local+token@` thread replies (docs/email.md). */
    inboundEmail: text('inbound_email'),
    createdAt: createdAt(),
    version: version(),
  },
  (t) => (typeof __WORKER_BUNDLE__ === 'undefined' ? [
    uniqueIndex('shops_org_tiktok_key').on(t.orgId, t.tiktokShopId),
    uniqueIndex('shops_inbound_email_key').on(t.inboundEmail),
    index('shops_tiktok_idx').on(t.tiktokShopId),
    index('shops_org_version_idx').on(t.orgId, t.version),
    check('shops_type_check', sql`${t.type} in ('personal', 'enterprise', 'brand', 'cross_border')`),
  ] : []),
);

export const agentGroups = pgTable(
  'agent_groups',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    languages: jsonb('languages').$type<string[]>().notNull().default([]),
    markets: jsonb('markets').$type<string[]>().notNull().default([]),
    /** The intent queues this group takes (e.g. a refunds team); empty: every queue. */
    intents: jsonb('intents').$type<string[]>().notNull().default([]),
    routing: text('routing', { enum: ['round_robin', 'least_loaded'] }).notNull().default('round_robin'),
    createdAt: createdAt(),
    version: version(),
  },
  (t) => (typeof __WORKER_BUNDLE__ === 'undefined' ? [index('agent_groups_org_idx').on(t.orgId)] : []),
);

export const groupMembers = pgTable(
  'group_members',
  {
    orgId: text('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    groupId: text('group_id').notNull().references(() => agentGroups.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => (typeof __WORKER_BUNDLE__ === 'undefined' ? [primaryKey({ columns: [t.groupId, t.userId] }), index('group_members_user_idx').on(t.orgId, t.userId)] : []),
);

export const groupShops = pgTable(
  'group_shops',
  {
    orgId: text('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    groupId: text('group_id').notNull().references(() => agentGroups.id, { onDelete: 'cascade' }),
    shopId: text('shop_id').notNull().references(() => shops.id, { onDelete: 'cascade' }),
  },
  (t) => (typeof __WORKER_BUNDLE__ === 'undefined' ? [primaryKey({ columns: [t.groupId, t.shopId] }), index('group_shops_shop_idx').on(t.shopId)] : []),
);

export const buyers = pgTable(
  'buyers',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    shopId: text('shop_id').notNull().references(() => shops.id, { onDelete: 'cascade' }),
    imUserId: text('im_user_id').notNull(),
    tiktokUserId: text('tiktok_user_id'),
    /** Sealed at rest (worker/db/sealed.ts, docs/decisions/007), like every buyer's words below. */
    displayName: sealedText('display_name').notNull().default(''),
    /** Blind index of the name's words (HMAC), so a privacy request finds the buyer: set it to the name. */
    nameIndex: blindIndex('name_index', 'displayName').notNull().default(''),
    /** An e-mail buyer's address (sealed); never looked up: use email_hash. */
    email: sealedText('email'),
    /** HMAC-SHA256 of the lower-cased address under BUYER_HASH_SECRET: what lookups compare (worker/email/hash.ts). */
    emailHash: text('email_hash'),
    createdAt: createdAt(),
    /** Set when a privacy request erased this buyer: identifiers and texts are gone, counts stay. */
    erasedAt: time('erased_at'),
  },
  (t) => (typeof __WORKER_BUNDLE__ === 'undefined' ? [uniqueIndex('buyers_shop_im_key').on(t.shopId, t.imUserId), index('buyers_shop_email_hash_idx').on(t.shopId, t.emailHash)] : []),
);

export const conversations = pgTable(
  'conversations',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    shopId: text('shop_id').notNull().references(() => shops.id, { onDelete: 'cascade' }),
    buyerId: text('buyer_id').notNull().references(() => buyers.id, { onDelete: 'cascade' }),
    /** TikTok's id; for an e-mail conversation `email:<token>`, the token of its reply address. */
    tiktokConversationId: text('tiktok_conversation_id').notNull(),
    /** Where the buyer writes and replies go: TikTok's chat or e-mail (docs/email.md). */
    channel: text('channel', { enum: ['tiktok', 'email'] }).notNull().default('tiktok'),
    status: text('status', { enum: ['open', 'pending', 'resolved'] }).notNull().default('open'),
    language: text('language'),
    intent: text('intent'),
    sentiment: text('sentiment'),
    needsHuman: boolean('needs_human').notNull().default(false),
    assigneeId: text('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    /** When the current assignee was given the conversation (round-robin routing reads it). */
    assignedAt: time('assigned_at'),
    /** Why routing did what it did when that needs a look: 'nobody_on_shift' (given to an owner). */
    routingNote: text('routing_note'),
    /** TikTok's response clock (shared/time/response-clock.ts): the first buyer message still waiting for
     * the shop, when it must be answered by, and the last warning sent ('assignee', then 'group'). */
    waitingSince: time('waiting_since'),
    dueAt: time('due_at'),
    warnedLevel: text('warned_level'),
    groupId: text('group_id').references(() => agentGroups.id, { onDelete: 'set null' }),
    /** Re-paging an escalation nobody opened (worker/jobs/repage.ts): when the last page went out, to whom
     * ('assignee', then 'next_agent', then 'owners'), and when a person first opened the chat after it. */
    pagedAt: time('paged_at'),
    pageLevel: text('page_level'),
    openedAt: time('opened_at'),
    /** Who last set the status, and at which org version; the same for the assignee. A person's change
     * made from an older copy than these is refused as a conflict (worker/mutations/). */
    statusBy: text('status_by').references(() => users.id, { onDelete: 'set null' }),
    statusVersion: bigint('status_version', { mode: 'number' }),
    assignVersion: bigint('assign_version', { mode: 'number' }),
    /** When the conversation was last marked resolved (null while it is not). */
    resolvedAt: time('resolved_at'),
    unreadCount: integer('unread_count').notNull().default(0),
    /** Why AskChat handed this conversation to a person (decideReply's reason), while it waits for one. */
    handoffReason: text('handoff_reason'),
    /** AskChat's suggested reply for the agent, in the buyer's language. */
    aiDraft: sealedText('ai_draft'),
    /** For the agent who takes over: intent, order, what the buyer wants, what AskChat already said. */
    handoffSummary: sealedText('handoff_summary'),
    lastMessageAt: time('last_message_at').notNull(),
    lastMessagePreview: sealedText('last_message_preview').notNull().default(''),
    lastMessageSender: text('last_message_sender').notNull().default('buyer'),
    createdAt: createdAt(),
    version: version(),
  },
  (t) => (typeof __WORKER_BUNDLE__ === 'undefined' ? [
    uniqueIndex('conversations_shop_tiktok_key').on(t.shopId, t.tiktokConversationId),
    index('conversations_org_version_idx').on(t.orgId, t.version),
    index('conversations_org_last_idx').on(t.orgId, t.lastMessageAt),
    index('conversations_due_idx').on(t.dueAt),
  ] : []),
);

/**
 * Mutations a phone sent (shared/schemas/mutations.ts), remembered with their answer so a retried batch is
 * applied once: the same (person, mutation id) gets the stored answer back. Forgotten after 30 days.
 */
export const appliedMutations = pgTable(
  'applied_mutations',
  {
    orgId: text('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    mutationId: text('mutation_id').notNull(),
    name: text('name').notNull(),
    result: jsonb('result').$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => (typeof __WORKER_BUNDLE__ === 'undefined' ? [primaryKey({ columns: [t.userId, t.mutationId] }), index('applied_mutations_created_idx').on(t.createdAt)] : []),
);

export const messages = pgTable(
  'messages',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    conversationId: text('conversation_id').notNull().references(() => conversations.id, { onDelete: 'cascade' }),
    /** Copied from the conversation so visibility filters on messages need no join. */
    shopId: text('shop_id').notNull().references(() => shops.id, { onDelete: 'cascade' }),
    tiktokMessageId: text('tiktok_message_id'),
    tiktokIndex: text('tiktok_index'),
    sender: text('sender', { enum: ['buyer', 'seller', 'agent', 'ai', 'system'] }).notNull(),
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    type: text('type').notNull().default('TEXT'),
    text: sealedText('text').notNull().default(''),
    content: sealedJson<Record<string, unknown>>('content'),
    /** For AskChat's own replies: the decision, intent, language, facts and knowledge-base article used. */
    replyMeta: sealedJson<Record<string, unknown>>('reply_meta'),
    /** The text in other languages, by language code: the buyer's words in the agent's language, or what an
     * agent wrote before AskChat translated it for the buyer (then `text` is what the buyer received). */
    translations: sealedJson<Record<string, string>>('translations'),
    /** An agent reply's id chosen by the app that sent it: a retried send is recognised, not sent twice. */
    clientId: text('client_id'),
    /** TikTok marks some messages not for agents' eyes (the rating request); kept so we know we have them. */
    visible: boolean('visible').notNull().default(true),
    delivery: text('delivery', { enum: ['received', 'queued', 'sent', 'failed'] }).notNull(),
    createdAt: createdAt(),
    version: version(),
  },
  (t) => (typeof __WORKER_BUNDLE__ === 'undefined' ? [
    uniqueIndex('messages_conversation_tiktok_key').on(t.conversationId, t.tiktokMessageId),
    uniqueIndex('messages_conversation_client_key').on(t.conversationId, t.clientId),
    index('messages_conversation_idx').on(t.conversationId, t.createdAt),
    index('messages_org_version_idx').on(t.orgId, t.version),
  ] : []),
);

export const tickets = pgTable(
  'tickets',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    shopId: text('shop_id').notNull().references(() => shops.id, { onDelete: 'cascade' }),
    conversationId: text('conversation_id').references(() => conversations.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: ['refund', 'return_refund', 'resend', 'cancellation', 'address_change'] }).notNull(),
    state: text('state').notNull(),
    orderId: text('order_id'),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    closedAt: time('closed_at'),
    /** The TikTok after-sales case the ticket follows (worker/tickets/follow.ts), once linked. */
    tiktokReturnId: text('tiktok_return_id'),
    tiktokCancelId: text('tiktok_cancel_id'),
    /** TikTok's status as last seen (arbitration shown as ARBITRATION_IN_PROGRESS): the same status twice
     * changes nothing. The shared machine keeps nothing else beyond state and closedAt. */
    tiktokStatus: text('tiktok_status'),
    /** When the follow job last asked TikTok (not synced: no version bump). */
    checkedAt: time('checked_at'),
    version: version(),
  },
  (t) => (typeof __WORKER_BUNDLE__ === 'undefined' ? [
    index('tickets_org_version_idx').on(t.orgId, t.version),
    index('tickets_conversation_idx').on(t.conversationId),
    index('tickets_follow_idx').on(t.closedAt, t.checkedAt),
  ] : []),
);

/** A ticket's append-only timeline: one row per step (shared/tickets TimelineEntry), the first is 'open'. */
export const ticketEvents = pgTable(
  'ticket_events',
  {
    id: text('id').primaryKey(),
    /** Insertion order: the timeline's order when steps share an instant (one follow run's catch-up). */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    orgId: text('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    ticketId: text('ticket_id').notNull().references(() => tickets.id, { onDelete: 'cascade' }),
    at: time('at').notNull(),
    event: text('event').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    /** Who did it; null when TikTok or AskChat did. */
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    note: sealedText('note'),
    /** The TikTok status this step followed, if it came from TikTok. */
    tiktokStatus: text('tiktok_status'),
    /** The buyer notice this step sent (shared/tickets NOTICE_KEYS), if any. */
    notice: text('notice'),
  },
  (t) => (typeof __WORKER_BUNDLE__ === 'undefined' ? [index('ticket_events_ticket_idx').on(t.ticketId, t.seq)] : []),
);

/** An organisation's OpenAI-compatible provider (optional: the built-in engine works without one). */
export const aiProviders = pgTable('ai_providers', {
  orgId: text('org_id').primaryKey().references(() => organizations.id, { onDelete: 'cascade' }),
  baseUrl: text('base_url').notNull(),
  model: text('model').notNull(),
  /** Sealed with worker/crypto/secret-box.ts; never returned by the API. */
  apiKey: text('api_key').notNull(),
  inputPerMTokUsd: doublePrecision('input_per_mtok_usd').notNull().default(0),
  outputPerMTokUsd: doublePrecision('output_per_mtok_usd').notNull().default(0),
  /** Spending limit per shop per UTC day; beyond it AskChat uses the built-in engine only. */
  dailyCapUsd: doublePrecision('daily_cap_usd').notNull().default(1),
  enabled: boolean('enabled').notNull().default(true),
  updatedAt: time('updated_at').notNull().defaultNow(),
});

/** What the provider cost, per shop and UTC day (the cap is checked against it before each call). */
export const aiUsage = pgTable(
  'ai_usage',
  {
    shopId: text('shop_id').notNull().references(() => shops.id, { onDelete: 'cascade' }),
    day: text('day').notNull(), // YYYY-MM-DD, UTC
    costUsd: doublePrecision('cost_usd').notNull().default(0),
    calls: integer('calls').notNull().default(0),
  },
  (t) => (typeof __WORKER_BUNDLE__ === 'undefined' ? [primaryKey({ columns: [t.shopId, t.day] })] : []),
);

/**
 * The shop's knowledge base: articles and FAQs (a brand's policies and campaigns, a personal shop's starter
 * answers). `shop_id` null means every shop of the organisation. Searched with Postgres full-text search
 * over `search` (the 'simple' configuration: it does not stem, so it treats every language alike), plus a
 * character-pair match for Thai and Chinese, which are written without spaces (worker/kb/search.ts).
 */
export const kbArticles = pgTable(
  'kb_articles',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    shopId: text('shop_id').references(() => shops.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['article', 'faq', 'policy', 'campaign'] }).notNull().default('article'),
    title: text('title').notNull(),
    body: text('body').notNull(),
    language: text('language'),
    tags: jsonb('tags').$type<string[]>().notNull().default([]),
    active: boolean('active').notNull().default(true),
    startsAt: time('starts_at'),
    endsAt: time('ends_at'),
    search: tsvector('search').generatedAlwaysAs(
      (): SQL => sql`to_tsvector('simple'::regconfig, coalesce(${kbArticles.title}, '') || ' ' || coalesce(${kbArticles.body}, ''))`,
    ),
    createdAt: createdAt(),
    updatedAt: time('updated_at').notNull().defaultNow(),
    version: version(),
  },
  (t) => (typeof __WORKER_BUNDLE__ === 'undefined' ? [index('kb_articles_org_idx').on(t.orgId, t.shopId), index('kb_articles_search_idx').using('gin', t.search)] : []),
);

/**
 * Every TikTok push lands here first, under a unique key, before anything else happens: a duplicate
 * push is a no-op on the constraint, and a failed processing keeps the event for the retry job.
 */
export const webhookEvents = pgTable(
  'webhook_events',
  {
    id: text('id').primaryKey(),
    notificationKey: text('notification_key').notNull(),
    type: integer('type').notNull(),
    tiktokShopId: text('tiktok_shop_id'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: ['pending', 'processed', 'failed', 'unmatched'] }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: time('next_attempt_at'),
    lastError: text('last_error'),
    receivedAt: time('received_at').notNull().defaultNow(),
    processedAt: time('processed_at'),
  },
  (t) => (typeof __WORKER_BUNDLE__ === 'undefined' ? [
    uniqueIndex('webhook_events_key').on(t.notificationKey),
    index('webhook_events_due_idx').on(t.status, t.nextAttemptAt),
  ] : []),
);

/**
 * Every inbound e-mail lands here first, under a unique key (the provider's id, else the Message-ID),
 * before anything else happens — like webhook_events. Once processed into a conversation the payload is
 * cleared (the message holds it); unmatched and failed ones keep it.
 */
export const emailEvents = pgTable(
  'email_events',
  {
    id: text('id').primaryKey(),
    eventKey: text('event_key').notNull(),
    /** The mail as received: sealed at rest (worker/db/sealed.ts), it holds the buyer's address and words. */
    payload: sealedJson<Record<string, unknown>>('payload').notNull(),
    status: text('status', { enum: ['pending', 'processed', 'failed', 'unmatched'] }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: time('next_attempt_at'),
    lastError: text('last_error'),
    conversationId: text('conversation_id').references(() => conversations.id, { onDelete: 'set null' }),
    receivedAt: time('received_at').notNull().defaultNow(),
    processedAt: time('processed_at'),
  },
  (t) => (typeof __WORKER_BUNDLE__ === 'undefined' ? [uniqueIndex('email_events_key').on(t.eventKey), index('email_events_due_idx').on(t.status, t.nextAttemptAt)] : []),
);

/**
 * The Message-IDs of a shop's e-mail, in and out, and the conversation each belongs to: replies thread by
 * In-Reply-To / References through this table, and a message stored twice is refused by its key.
 */
export const emailMessages = pgTable(
  'email_messages',
  {
    shopId: text('shop_id').notNull().references(() => shops.id, { onDelete: 'cascade' }),
    rfcId: text('rfc_id').notNull(),
    orgId: text('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    conversationId: text('conversation_id').notNull().references(() => conversations.id, { onDelete: 'cascade' }),
    messageId: text('message_id').references(() => messages.id, { onDelete: 'set null' }),
    direction: text('direction', { enum: ['in', 'out'] }).notNull(),
    /** Inbound: HMAC of normalizeSubject(subject) (worker/email/crypto.ts subjectKey), so a reply without
     * threading headers still finds its conversation with no buyer words stored in clear; '' otherwise. */
    subject: sealedFixedText('subject').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => (typeof __WORKER_BUNDLE__ === 'undefined' ? [primaryKey({ name: 'email_messages_pkey', columns: [t.shopId, t.rfcId] }), index('email_messages_conversation_idx').on(t.conversationId, t.createdAt)] : []),
);

/** Tombstones of synced rows, so phones delete what the server deleted. */
export const deletions = pgTable(
  'deletions',
  {
    orgId: text('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    version: version(),
    deletedAt: time('deleted_at').notNull().defaultNow(),
  },
  (t) => (typeof __WORKER_BUNDLE__ === 'undefined' ? [primaryKey({ columns: [t.orgId, t.entity, t.entityId] }), index('deletions_org_version_idx').on(t.orgId, t.version)] : []),
);

/**
 * Who did what to personal data or the organisation's settings, when and from where. Append-only: no
 * route updates or deletes a row (retention of the log itself is the organisation's policy).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    ip: text('ip'),
    details: sealedJson<Record<string, unknown>>('details'),
    at: time('at').notNull().defaultNow(),
  },
  (t) => (typeof __WORKER_BUNDLE__ === 'undefined' ? [index('audit_log_org_at_idx').on(t.orgId, t.at)] : []),
);

/** A data subject's request (GDPR / UK GDPR access or erasure, CCPA right to know or delete). */
export const privacyRequests = pgTable(
  'privacy_requests',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    buyerId: text('buyer_id').references(() => buyers.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: ['export', 'erase'] }).notNull(),
    law: text('law', { enum: ['gdpr', 'ccpa'] }).notNull(),
    note: sealedText('note'),
    receivedAt: time('received_at').notNull(),
    dueAt: time('due_at').notNull(),
    completedAt: time('completed_at'),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    /** When the owners and admins were reminded that the due date is near (once). */
    remindedAt: time('reminded_at'),
  },
  (t) => (typeof __WORKER_BUNDLE__ === 'undefined' ? [index('privacy_requests_org_idx').on(t.orgId, t.dueAt)] : []),
);

// ── Dashboard metrics (issue 8, docs/metrics.md "Served from rollups") ─────────────────────────────────

const snakeCase = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const counterColumn = (name: string) => bigint(name, { mode: 'number' }).notNull().default(0);
/** One bigint column per rollup counter (shared/metrics COUNTERS), e.g. `firstResponseMs` → first_response_ms. */
const counterColumns = Object.fromEntries(METRIC_COUNTERS.map((c) => [c, counterColumn(snakeCase(c))])) as {
  [K in MetricCounter]: ReturnType<typeof counterColumn>;
};

/**
 * The dashboard's pre-aggregated counters (shared/metrics/rollup.ts): one row per organisation, day in the
 * shop's zone, shop, market, language, intent and agent. Null dimensions are stored as '' so they can be
 * part of the key. The key's leading (org_id, day) is the index a period's query reads.
 */
export const metricRollups = pgTable(
  'metric_rollups',
  {
    orgId: text('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    shopId: text('shop_id').notNull(),
    market: text('market').notNull(),
    language: text('language').notNull().default(''),
    intent: text('intent').notNull().default(''),
    agentId: text('agent_id').notNull().default(''),
    ...counterColumns,
    /** Buyer questions on this row: normalised question key → count. */
    questions: jsonb('questions').$type<Record<string, number>>().notNull().default({}),
  },
  (t) => (typeof __WORKER_BUNDLE__ === 'undefined' ? [primaryKey({ name: 'metric_rollups_pkey', columns: [t.orgId, t.day, t.shopId, t.market, t.language, t.intent, t.agentId] })] : []),
);

/** Each conversation's ConversationMetricState and what the maintenance job has already counted of it. */
export const conversationMetrics = pgTable(
  'conversation_metrics',
  {
    conversationId: text('conversation_id').primaryKey().references(() => conversations.id, { onDelete: 'cascade' }),
    orgId: text('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    state: jsonb('state').$type<ConversationMetricState>().notNull(),
    /** The last message counted, by (created_at, orderKey): older or equal ones are never counted again. */
    lastAt: time('last_at'),
    lastMessageKey: text('last_message_key'),
    /** The conversation's needsHuman and status as last counted (a change is a hand-off or a resolution). */
    needsHuman: boolean('needs_human').notNull().default(false),
    resolved: boolean('resolved').notNull().default(false),
    /** nextTickAt(state): when time alone will change a count (a due time, 48 h after an AI resolution). */
    nextTickAt: time('next_tick_at'),
  },
  (t) => (typeof __WORKER_BUNDLE__ === 'undefined' ? [index('conversation_metrics_tick_idx').on(t.orgId, t.nextTickAt)] : []),
);

/** How far the maintenance job has read each organisation's changes (moved with the increments, in one transaction). */
export const metricWatermarks = pgTable('metric_watermarks', {
  orgId: text('org_id').primaryKey().references(() => organizations.id, { onDelete: 'cascade' }),
  /** Messages read up to (version, id). */
  messageVersion: bigint('message_version', { mode: 'number' }).notNull().default(0),
  messageId: text('message_id').notNull().default(''),
  /** Conversations (hand-offs, resolutions) read up to (version, id). */
  conversationVersion: bigint('conversation_version', { mode: 'number' }).notNull().default(0),
  conversationId: text('conversation_id').notNull().default(''),
  /** Ticket timeline entries read up to this seq. */
  ticketSeq: bigint('ticket_seq', { mode: 'number' }).notNull().default(0),
  updatedAt: time('updated_at'),
});
