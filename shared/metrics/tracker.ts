// One conversation event → rollup increments, the way chatwoot's reporting listener records first
// response and resolution times as they happen. The server keeps a small JSON state per conversation
// (like chatwoot's `waiting_since`) beside the conversation row and, for each stored message, hand-off or
// resolution, calls conversationIncrements with the conversation's dimensions at that moment. Emit a buyer
// message after it has been understood, so its question is counted under its intent.
//
// Two things are decided by time passing rather than by an event: a wait whose due time passes unanswered
// (missed), and an AI resolution whose 48 h pass without the buyer writing (confirmed). Every event settles
// them first; the scheduled job settles the rest with a `tick` at nextTickAt(state).
//
// The definitions are history.ts's; the tests replay hand-built histories through both and compare.
import type { Instant } from '../time/zoned';
import { AI_RESOLUTION_REOPEN_MS, isHolding, isHuman, isShopSide, RATE_WINDOWS, shopContext, type RateWindow, type ShopContext } from './definitions';
import type { Counter, RollupCounts, RollupKey, RollupRow } from './rollup';
import { draftOutcome, questionKey } from './text';
import type { Dims, HistoryEvent, MetricSettings } from './types';

export interface ConversationMetricState {
  /** Sessions opened so far. */
  sessions: number;
  session: null | {
    openedAt: Instant;
    key: RollupKey;
    handedOff: boolean;
    humanReplied: boolean;
    /** A person has answered one of this session's human waits. */
    humanAnswered: boolean;
    agents: string[];
  };
  wait: null | { openedAt: Instant; first: boolean; key: RollupKey; due: Record<RateWindow, Instant>; missed: RateWindow[] };
  humanWait: null | { openedAt: Instant; key: RollupKey };
  /** The last resolution while its AI resolution is pending (no person replied, 48 h not over). */
  pendingAi: null | { at: Instant; key: RollupKey };
}

export const INITIAL_CONVERSATION_STATE: ConversationMetricState = { sessions: 0, session: null, wait: null, humanWait: null, pendingAi: null };

/** Settles what time decides (missed waits, confirmed AI resolutions); carries no other change. */
export interface TickEvent {
  type: 'tick';
  at: Instant;
}

export interface ConversationStep {
  state: ConversationMetricState;
  increments: RollupRow[];
}

/**
 * The increments one event adds and the conversation's next state. Events must come in time order
 * (at or after every earlier one); the state is not changed in place.
 */
export function conversationIncrements(state: ConversationMetricState, dims: Dims, event: HistoryEvent | TickEvent, settings: MetricSettings = {}): ConversationStep {
  const s = structuredClone(state);
  const ctx = shopContext(settings, dims);
  const out: RollupRow[] = [];
  const at = event.at;
  const keyAt = (t: Instant, agentId: string | null = null): RollupKey => ({ day: ctx.dayOf(t), shopId: dims.shopId, market: dims.market, language: dims.language, intent: dims.intent, agentId });
  const add = (key: RollupKey, counts: RollupCounts, questions?: Record<string, number>) => out.push(questions ? { key, counts, questions } : { key, counts });

  settle(s, at, add);
  if (event.type === 'tick') return { state: s, increments: out };

  if (event.type === 'handoff') {
    if (s.session && !s.session.handedOff) {
      s.session.handedOff = true;
      add(s.session.key, { handedOff: 1 });
    }
  } else if (event.type === 'resolved') {
    if (s.session) {
      const key = keyAt(at, event.agentId ?? null);
      add(key, { resolved: 1, resolutionMs: at - s.session.openedAt, resolutionBusinessMs: ctx.businessMs(s.session.openedAt, at) });
      if (s.session.humanReplied) add(key, { aiSettled: 1 });
      else add(key, { aiPending: 1 });
      s.pendingAi = s.session.humanReplied ? null : { at, key };
      if (s.wait) add(s.wait.key, { waitsDismissed: 1 });
      s.session = s.wait = s.humanWait = null;
    }
  } else if (event.sender === 'buyer') {
    const q = questionKey(event.text ?? '');
    add(keyAt(at), { buyerMessages: 1 }, q === null ? undefined : { [q]: 1 });
    let opened = false;
    if (!s.session) {
      // Not settled above, so any pending AI resolution is within its 48 h: this message takes it back.
      if (s.pendingAi) add(s.pendingAi.key, { aiPending: -1, aiSettled: 1 });
      s.pendingAi = null;
      s.session = { openedAt: at, key: keyAt(at), handedOff: false, humanReplied: false, humanAnswered: false, agents: [] };
      add(s.session.key, s.sessions > 0 ? { conversations: 1, reopened: 1 } : { conversations: 1 });
      s.sessions++;
      opened = true;
    }
    if (!s.wait) {
      s.wait = { openedAt: at, first: opened, key: keyAt(at), due: ctx.dues(at), missed: [] };
      add(s.wait.key, { waitsOpened: 1 });
    }
    s.humanWait ??= { openedAt: at, key: keyAt(at) };
  } else if (isShopSide(event)) {
    const person = isHuman(event);
    const authorId = person ? (event.authorId ?? null) : null;
    add(keyAt(at, authorId), person ? { humanReplies: 1 } : { aiReplies: 1 });
    if (person && event.aiDraft?.trim()) {
      const outcome = draftOutcome(event.aiDraft, event.text ?? '');
      add(keyAt(at, authorId), { [outcome === 'sent_as_is' ? 'draftsSentAsIs' : outcome === 'edited' ? 'draftsEdited' : 'draftsDiscarded']: 1 });
    }
    if (s.wait) {
      const w = s.wait;
      add({ ...w.key, agentId: authorId }, duration(ctx, 'response', w.openedAt, at));
      if (w.first) add({ ...w.key, agentId: authorId }, duration(ctx, 'firstResponse', w.openedAt, at));
      // settle() has marked every window whose due time is before now; the others are met.
      const met: RollupCounts = {};
      for (const win of RATE_WINDOWS) if (!w.missed.includes(win)) met[`${win}Met`] = 1;
      if (Object.keys(met).length > 0) add(w.key, met);
      s.wait = null;
    }
    if (s.humanWait && person) {
      const h = s.humanWait;
      add({ ...h.key, agentId: authorId }, duration(ctx, 'humanResponse', h.openedAt, at));
      if (!s.session!.humanAnswered) add({ ...h.key, agentId: authorId }, duration(ctx, 'firstHumanResponse', h.openedAt, at));
      s.session!.humanAnswered = true;
      s.humanWait = null;
    } else if (s.humanWait && !isHolding(event)) {
      s.humanWait = null;
    }
    if (s.session && person) {
      s.session.humanReplied = true;
      if (!s.session.handedOff) add(s.session.key, { handedOff: 1 });
      s.session.handedOff = true;
      if (authorId && !s.session.agents.includes(authorId)) {
        s.session.agents.push(authorId);
        add(keyAt(at, authorId), { handled: 1 });
      }
    }
  }
  return { state: s, increments: out };
}

function duration(ctx: ShopContext, name: 'response' | 'firstResponse' | 'humanResponse' | 'firstHumanResponse', from: Instant, to: Instant): RollupCounts {
  return { [`${name}Count`]: 1, [`${name}Ms`]: to - from, [`${name}BusinessMs`]: ctx.businessMs(from, to) } as Record<Counter, number>;
}

function settle(s: ConversationMetricState, at: Instant, add: (key: RollupKey, counts: RollupCounts) => void): void {
  if (s.pendingAi && at > s.pendingAi.at + AI_RESOLUTION_REOPEN_MS) {
    add(s.pendingAi.key, { aiPending: -1, aiResolved: 1, aiSettled: 1 });
    s.pendingAi = null;
  }
  const w = s.wait;
  if (!w) return;
  const missed: RollupCounts = {};
  for (const win of RATE_WINDOWS) {
    if (!w.missed.includes(win) && at > w.due[win]) {
      w.missed.push(win);
      missed[`${win}Missed`] = 1;
    }
  }
  if (Object.keys(missed).length > 0) add(w.key, missed);
}

/** When a tick would next change something (a due time passing, a pending AI resolution's 48 h ending); null: never. */
export function nextTickAt(state: ConversationMetricState): Instant | null {
  const times: Instant[] = [];
  // Settling happens strictly after the instant (answered exactly at the due time is met), so 1 ms later.
  if (state.pendingAi) times.push(state.pendingAi.at + AI_RESOLUTION_REOPEN_MS + 1);
  for (const win of RATE_WINDOWS) if (state.wait && !state.wait.missed.includes(win)) times.push(state.wait.due[win] + 1);
  return times.length ? Math.min(...times) : null;
}
