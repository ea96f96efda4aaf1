// Keeps the dashboard's rollups (metric_rollups) up to date, incrementally, after things happen
// (docs/metrics.md, "Served from rollups"). One batch, in one transaction with the organisation's
// watermark row locked (so the cron and a dashboard request never count the same thing twice):
//
//   1. messages written since the watermark (version, id), bounded by the organisation's version read at
//      the start: every write up to it has committed. Each conversation's messages go through
//      conversationIncrements in (created_at, id) order; a message at or before the conversation's last
//      counted one is never counted again (a delivery update bumps a message's version, not its count);
//   2. once messages are caught up: conversations changed since the watermark, whose needsHuman or
//      status moved: a hand-off (at the last counted event) or a resolution (at `now`: the conversation
//      keeps no resolution time yet);
//   3. ticket timeline entries (ticket_events.seq) through ticketIncrements;
//   4. once everything else is caught up: ticks for conversations whose nextTickAt has passed.
//
// Increments are merged and added with `counter = counter + excluded.counter`; the conversations' states
// and the watermark move in the same transaction, so a batch counts fully or not at all.
import { and, asc, eq, gt, inArray, isNotNull, lte, or, sql } from 'drizzle-orm';
import type { Intent } from '../../shared/intents';
import type { Language, Market } from '../../shared/markets';
import {
  COUNTERS,
  conversationIncrements,
  INITIAL_CONVERSATION_STATE,
  mergeRollups,
  nextTickAt,
  ticketAfter,
  ticketIncrements,
  type ConversationMetricState,
  type Dims,
  type HistoryEvent,
  type MetricSettings,
  type RollupRow,
  type TicketBefore,
  type TickEvent,
} from '../../shared/metrics';
import { isClosedState } from '../../shared/tickets/machine';
import type { TicketKind } from '../../shared/tickets/types';
import { conversationMetrics, conversations, messages, metricRollups, metricWatermarks, orgVersions, organizations, shops, ticketEvents, tickets } from '../db/schema';
import { sealKeys } from '../db/sealed';
import type { Db, Queryable, Tx } from '../db/types';

export const METRICS_BATCH = 500;
/** Ticks settle what time decided up to this long ago, so a reply stored a moment late is not counted missed. */
export const TICK_LAG_MS = 60_000;

export interface MaintainOptions {
  batchSize?: number;
  maxBatches?: number;
}

export interface MaintainResult {
  batches: number;
  messages: number;
  changes: number;
  ticketEntries: number;
  ticks: number;
  /** Nothing was left for now. */
  caughtUp: boolean;
}

/** Settings the metrics need of each shop: its zone and its response window. */
export async function metricSettingsOf(db: Queryable, orgId: string): Promise<{ settings: MetricSettings; markets: Map<string, Market> }> {
  const rows = await db.select({ id: shops.id, market: shops.market, timeZone: shops.timeZone, settings: shops.settings }).from(shops).where(eq(shops.orgId, orgId));
  const settings: MetricSettings = { shops: {} };
  const markets = new Map<string, Market>();
  for (const s of rows) {
    const hours = s.settings['responseWindowHours'];
    (settings.shops as Record<string, unknown>)[s.id] = { timeZone: s.timeZone, ...(hours === 12 || hours === 24 ? { responseClock: { responseWindowHours: hours } } : {}) };
    markets.set(s.id, s.market as Market);
  }
  return { settings, markets };
}

/** Runs up to `maxBatches` batches for one organisation. */
export async function maintainMetrics(db: Db, orgId: string, now: Date, options: MaintainOptions = {}): Promise<MaintainResult> {
  const total: MaintainResult = { batches: 0, messages: 0, changes: 0, ticketEntries: 0, ticks: 0, caughtUp: false };
  const { settings, markets } = await metricSettingsOf(db, orgId);
  for (let i = 0; i < (options.maxBatches ?? 10); i++) {
    const r = await db.transaction((tx) => runBatch(tx, orgId, now, options.batchSize ?? METRICS_BATCH, settings, markets));
    total.batches++;
    total.messages += r.messages;
    total.changes += r.changes;
    total.ticketEntries += r.ticketEntries;
    total.ticks += r.ticks;
    if (r.caughtUp) {
      total.caughtUp = true;
      break;
    }
  }
  return total;
}

/** The cron's job: every organisation, a few batches each (the rest on the next run). */
export async function maintainAllMetrics(db: Db, now: Date, options: MaintainOptions = {}): Promise<number> {
  const orgs = await db.select({ id: organizations.id }).from(organizations);
  let batches = 0;
  for (const { id } of orgs) batches += (await maintainMetrics(db, id, now, { maxBatches: options.maxBatches ?? 5, ...options })).batches;
  return batches;
}

/**
 * A message's place among messages of the same instant: the buyer's first (a reply stored in the same
 * millisecond answers it), then by id. The conversation's cursor stores the last counted one's key.
 */
export function orderKey(m: { sender: string; id: string }): string {
  return `${m.sender === 'buyer' ? 0 : 1}:${m.id}`;
}

interface ConvRow {
  conversationId: string;
  state: ConversationMetricState;
  lastAt: Date | null;
  lastMessageKey: string | null;
  needsHuman: boolean;
  resolved: boolean;
  dims: Dims;
  dirty: boolean;
}

async function runBatch(tx: Tx, orgId: string, now: Date, limit: number, settings: MetricSettings, markets: Map<string, Market>) {
  await tx.insert(metricWatermarks).values({ orgId }).onConflictDoNothing();
  const [wm] = await tx.select().from(metricWatermarks).where(eq(metricWatermarks.orgId, orgId)).for('update');
  const [ver] = await tx.select({ v: orgVersions.v }).from(orgVersions).where(eq(orgVersions.orgId, orgId));
  const upTo = ver?.v ?? 0;
  const next = { ...wm! };
  const increments: RollupRow[] = [];
  const convs = new Map<string, ConvRow>();
  const result = { messages: 0, changes: 0, ticketEntries: 0, ticks: 0, caughtUp: false };

  const load = async (ids: string[]) => {
    const missing = [...new Set(ids)].filter((id) => !convs.has(id));
    if (missing.length === 0) return;
    const rows = await tx
      .select({ c: { id: conversations.id, shopId: conversations.shopId, language: conversations.language, intent: conversations.intent }, m: conversationMetrics })
      .from(conversations)
      .leftJoin(conversationMetrics, eq(conversationMetrics.conversationId, conversations.id))
      .where(and(eq(conversations.orgId, orgId), inArray(conversations.id, missing)));
    for (const { c, m } of rows) {
      convs.set(c.id, {
        conversationId: c.id,
        state: m?.state ?? INITIAL_CONVERSATION_STATE,
        lastAt: m?.lastAt ?? null,
        lastMessageKey: m?.lastMessageKey ?? null,
        needsHuman: m?.needsHuman ?? false,
        resolved: m?.resolved ?? false,
        dims: { shopId: c.shopId, market: markets.get(c.shopId) ?? 'US', language: (c.language as Language | null) ?? null, intent: (c.intent as Intent | null) ?? null },
        dirty: false,
      });
    }
  };
  const apply = (row: ConvRow, event: HistoryEvent | TickEvent) => {
    const step = conversationIncrements(row.state, row.dims, event, settings);
    row.state = step.state;
    row.dirty = true;
    increments.push(...step.increments);
  };

  // 1. messages
  const msgs = await tx
    .select({
      id: messages.id,
      conversationId: messages.conversationId,
      createdAt: messages.createdAt,
      sender: messages.sender,
      authorId: messages.authorId,
      text: messages.text,
      replyMeta: messages.replyMeta,
      visible: messages.visible,
      version: messages.version,
    })
    .from(messages)
    .where(
      and(
        eq(messages.orgId, orgId),
        lte(messages.version, upTo),
        or(gt(messages.version, wm!.messageVersion), and(eq(messages.version, wm!.messageVersion), gt(messages.id, wm!.messageId))),
      ),
    )
    .orderBy(asc(messages.version), asc(messages.id))
    .limit(limit);
  await load(msgs.map((m) => m.conversationId));
  const inTimeOrder = [...msgs].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (orderKey(a) < orderKey(b) ? -1 : orderKey(a) > orderKey(b) ? 1 : 0));
  for (const m of inTimeOrder) {
    const row = convs.get(m.conversationId);
    if (!row) continue;
    const at = m.createdAt.getTime();
    // Counted already (a delivery update), or older than what was counted (too late to place in order).
    if (row.lastAt && (at < row.lastAt.getTime() || (at === row.lastAt.getTime() && orderKey(m) <= (row.lastMessageKey ?? '')))) continue;
    row.lastAt = m.createdAt;
    row.lastMessageKey = orderKey(m);
    row.dirty = true;
    if (!m.visible) continue;
    const aiDraft = typeof m.replyMeta?.['aiDraft'] === 'string' ? (m.replyMeta['aiDraft'] as string) : null;
    apply(row, { type: 'message', at, sender: m.sender, authorId: m.authorId, text: m.text, replyKind: (m.replyMeta?.['kind'] as string | undefined) ?? null, aiDraft });
    result.messages++;
  }
  const lastMsg = msgs[msgs.length - 1];
  if (lastMsg) Object.assign(next, { messageVersion: lastMsg.version, messageId: lastMsg.id });
  let caughtUp = msgs.length < limit;

  // 2. hand-offs and resolutions (only once the messages before them are counted)
  if (caughtUp) {
    const changed = await tx
      .select({ id: conversations.id, needsHuman: conversations.needsHuman, status: conversations.status, version: conversations.version })
      .from(conversations)
      .where(
        and(
          eq(conversations.orgId, orgId),
          lte(conversations.version, upTo),
          or(gt(conversations.version, wm!.conversationVersion), and(eq(conversations.version, wm!.conversationVersion), gt(conversations.id, wm!.conversationId))),
        ),
      )
      .orderBy(asc(conversations.version), asc(conversations.id))
      .limit(limit);
    await load(changed.map((c) => c.id));
    for (const c of changed) {
      const row = convs.get(c.id)!;
      if (c.needsHuman !== row.needsHuman) {
        row.needsHuman = c.needsHuman;
        row.dirty = true;
        if (c.needsHuman) apply(row, { type: 'handoff', at: row.lastAt?.getTime() ?? now.getTime() });
        result.changes++;
      }
      const resolved = c.status === 'resolved';
      if (resolved !== row.resolved) {
        row.resolved = resolved;
        row.dirty = true;
        if (resolved) apply(row, { type: 'resolved', at: Math.max(now.getTime(), row.lastAt?.getTime() ?? 0), agentId: null });
        result.changes++;
      }
    }
    const lastConv = changed[changed.length - 1];
    if (lastConv) Object.assign(next, { conversationVersion: lastConv.version, conversationId: lastConv.id });
    caughtUp = changed.length < limit;
  }

  // 3. ticket timeline entries
  const entries = await tx
    .select({ seq: ticketEvents.seq, ticketId: ticketEvents.ticketId })
    .from(ticketEvents)
    .where(and(eq(ticketEvents.orgId, orgId), gt(ticketEvents.seq, wm!.ticketSeq)))
    .orderBy(asc(ticketEvents.seq))
    .limit(limit);
  if (entries.length > 0) {
    const maxSeq = entries[entries.length - 1]!.seq!;
    const ticketIds = [...new Set(entries.map((e) => e.ticketId))];
    const ts = await tx
      .select({ id: tickets.id, kind: tickets.kind, shopId: tickets.shopId, createdBy: tickets.createdBy, language: conversations.language, intent: conversations.intent })
      .from(tickets)
      .leftJoin(conversations, eq(conversations.id, tickets.conversationId))
      .where(and(eq(tickets.orgId, orgId), inArray(tickets.id, ticketIds)));
    const timeline = await tx
      .select({ seq: ticketEvents.seq, ticketId: ticketEvents.ticketId, at: ticketEvents.at, event: ticketEvents.event, fromState: ticketEvents.fromState, toState: ticketEvents.toState })
      .from(ticketEvents)
      .where(and(inArray(ticketEvents.ticketId, ticketIds), lte(ticketEvents.seq, maxSeq)))
      .orderBy(asc(ticketEvents.seq));
    for (const t of ts) {
      const dims = { shopId: t.shopId, market: markets.get(t.shopId) ?? 'US', language: (t.language as Language | null) ?? null, intent: (t.intent as Intent | null) ?? null, agentId: t.createdBy };
      let before: TicketBefore | null = null;
      for (const e of timeline.filter((x) => x.ticketId === t.id)) {
        const entry = { ticketId: t.id, kind: t.kind as TicketKind, at: e.at.getTime(), event: e.event, from: e.fromState, to: e.toState, closed: isClosedState(t.kind as TicketKind, e.toState) } as Parameters<typeof ticketIncrements>[1];
        if (e.seq! > wm!.ticketSeq) {
          increments.push(...ticketIncrements(dims, entry, before, settings));
          result.ticketEntries++;
        }
        before = ticketAfter(entry, before);
      }
    }
    next.ticketSeq = maxSeq;
    if (entries.length >= limit) caughtUp = false;
  }

  // 4. ticks (only when nothing earlier is left to count)
  if (caughtUp) {
    const tickAt = now.getTime() - TICK_LAG_MS;
    const due = await tx
      .select({ id: conversationMetrics.conversationId })
      .from(conversationMetrics)
      .where(and(eq(conversationMetrics.orgId, orgId), isNotNull(conversationMetrics.nextTickAt), lte(conversationMetrics.nextTickAt, new Date(tickAt))))
      .limit(limit);
    await load(due.map((d) => d.id));
    // The stored nextTickAt of rows this batch changed is stale: their states decide.
    for (const row of convs.values()) {
      const tick = nextTickAt(row.state);
      if (tick === null || tick > tickAt) continue;
      apply(row, { type: 'tick', at: Math.max(tickAt, row.lastAt?.getTime() ?? 0) });
      result.ticks++;
    }
    caughtUp = due.length < limit;
  }

  await addIncrements(tx, orgId, increments);
  const dirty = [...convs.values()].filter((r) => r.dirty);
  if (dirty.length > 0) {
    await tx
      .insert(conversationMetrics)
      .values(
        dirty.map((r) => {
          const tick = nextTickAt(r.state);
          return { conversationId: r.conversationId, orgId, state: r.state, lastAt: r.lastAt, lastMessageKey: r.lastMessageKey, needsHuman: r.needsHuman, resolved: r.resolved, nextTickAt: tick === null ? null : new Date(tick) };
        }),
      )
      .onConflictDoUpdate({
        target: conversationMetrics.conversationId,
        set: {
          state: sql`excluded.state`,
          lastAt: sql`excluded.last_at`,
          lastMessageKey: sql`excluded.last_message_key`,
          needsHuman: sql`excluded.needs_human`,
          resolved: sql`excluded.resolved`,
          nextTickAt: sql`excluded.next_tick_at`,
        },
      });
  }
  await tx.update(metricWatermarks).set({ ...next, updatedAt: now }).where(eq(metricWatermarks.orgId, orgId));
  result.caughtUp = caughtUp;
  return result;
}

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Adds increments to the stored rows: `counter = counter + excluded.counter`, questions merged key by key. */
export async function addIncrements(tx: Queryable, orgId: string, increments: readonly RollupRow[]): Promise<void> {
  const rows = mergeRollups(increments);
  if (rows.length === 0) return;
  const set: Record<string, unknown> = {};
  for (const c of COUNTERS) set[c] = sql.raw(`metric_rollups.${snake(c)} + excluded.${snake(c)}`);
  set['questions'] = sql.raw(
    `case when excluded.questions = '{}'::jsonb then metric_rollups.questions else (select jsonb_object_agg(k, coalesce((metric_rollups.questions->>k)::bigint, 0) + coalesce((excluded.questions->>k)::bigint, 0)) from jsonb_object_keys(metric_rollups.questions || excluded.questions) as k) end`,
  );
  // Question keys are buyers' words: sealed, the fixed way so equal keys still merge (docs/decisions/007).
  const questions = await Promise.all(rows.map((r) => sealKeys(tx, r.questions ?? {})));
  for (let i = 0; i < rows.length; i += 200) {
    await tx
      .insert(metricRollups)
      .values(
        rows.slice(i, i + 200).map((r, j) => ({
          orgId,
          day: r.key.day,
          shopId: r.key.shopId,
          market: r.key.market,
          language: r.key.language ?? '',
          intent: r.key.intent ?? '',
          agentId: r.key.agentId ?? '',
          ...r.counts,
          questions: questions[i + j]!,
        })),
      )
      .onConflictDoUpdate({ target: [metricRollups.orgId, metricRollups.day, metricRollups.shopId, metricRollups.market, metricRollups.language, metricRollups.intent, metricRollups.agentId], set });
  }
}
