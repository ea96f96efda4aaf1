// Reading one conversation's history into sessions and waits: the direct definitions the dashboard's
// conversation metrics are computed from (compute.ts). tracker.ts reaches the same numbers one event at a
// time for the rollups; the tests hold the two together.
//
//   buyer ──┬── opens a session (if none is open) ───────────────────────────── resolved ── ends it
//           ├── opens a wait (if none is open) ─── first ai/agent/seller message ends it (answered)
//           └── opens a human wait (if none) ──── first agent/seller message ends it (answered);
//                                                  an AI message other than a holding one ends it too
//                                                  (answered_by_ai); holding messages leave it open
//   resolved ends open waits as `dismissed`.
import { AI_RESOLUTION_REOPEN_MS, isHolding, isHuman, isShopSide, orderedEvents } from './definitions';
import type { ConversationHistory } from './types';
import type { Instant } from '../time/zoned';

/** A buyer waiting for the shop: from the buyer message that opened it to the shop's next message. */
export interface Wait {
  openedAt: Instant;
  /** The session's first wait: its response is the session's first response. */
  first: boolean;
  /** Null while the buyer still waits. */
  end: 'answered' | 'dismissed' | null;
  endedAt: Instant | null;
  /** The person who answered; null when AskChat answered, or nobody yet. */
  responderId: string | null;
}

/** A buyer waiting for a person; AskChat's holding messages do not end it. */
export interface HumanWait {
  openedAt: Instant;
  /** The first of the session's human waits that a person answered. */
  first: boolean;
  end: 'answered' | 'answered_by_ai' | 'dismissed' | null;
  endedAt: Instant | null;
  responderId: string | null;
}

/**
 * How a resolved session counts for the AI resolution rate: `ai_resolved` (no person replied and no buyer
 * message within 48 h after), `reopened` (no person replied, but the buyer wrote again within 48 h),
 * `pending` (no person replied and the 48 h are not over), `human` (a person replied).
 */
export type AiResolution = 'ai_resolved' | 'reopened' | 'pending' | 'human';

/** A conversation from the buyer message that opened (or reopened) it to its resolution. */
export interface Session {
  openedAt: Instant;
  /** 0 for the conversation's first session, 1 and up for reopenings. */
  index: number;
  resolvedAt: Instant | null;
  resolvedBy: string | null;
  /** An agent or seller wrote in the session (before it was resolved). */
  humanReplied: boolean;
  /** Handed to a person: a hand-off event or a person's reply in the session. */
  handedOff: boolean;
  /** Null while the session is open. */
  aiResolution: AiResolution | null;
  /** Each person's first reply in the session. */
  firstReplies: { agentId: string; at: Instant }[];
}

export interface HistoryReading {
  sessions: Session[];
  waits: Wait[];
  humanWaits: HumanWait[];
}

/** Reads the events up to `now`. */
export function readHistory(history: ConversationHistory, now: Instant): HistoryReading {
  const out: HistoryReading = { sessions: [], waits: [], humanWaits: [] };
  let session: Session | null = null;
  let wait: Wait | null = null;
  let human: HumanWait | null = null;
  let humanAnswered = false;
  for (const e of orderedEvents(history.events, now)) {
    if (e.type === 'handoff') {
      if (session) session.handedOff = true;
    } else if (e.type === 'resolved') {
      if (!session) continue;
      session.resolvedAt = e.at;
      session.resolvedBy = e.agentId ?? null;
      if (wait) finish(wait, 'dismissed', e.at, null);
      if (human) finish(human, 'dismissed', e.at, null);
      session = wait = human = null;
    } else if (e.sender === 'buyer') {
      let opened = false;
      if (!session) {
        session = { openedAt: e.at, index: out.sessions.length, resolvedAt: null, resolvedBy: null, humanReplied: false, handedOff: false, aiResolution: null, firstReplies: [] };
        out.sessions.push(session);
        humanAnswered = false;
        opened = true;
      }
      if (!wait) out.waits.push((wait = { openedAt: e.at, first: opened, end: null, endedAt: null, responderId: null }));
      if (!human) out.humanWaits.push((human = { openedAt: e.at, first: false, end: null, endedAt: null, responderId: null }));
    } else if (isShopSide(e)) {
      const person = isHuman(e);
      const responderId = person ? (e.authorId ?? null) : null;
      if (wait) finish(wait, 'answered', e.at, responderId);
      wait = null;
      if (human && person) {
        finish(human, 'answered', e.at, responderId);
        human.first = !humanAnswered;
        humanAnswered = true;
        human = null;
      } else if (human && !isHolding(e)) {
        finish(human, 'answered_by_ai', e.at, null);
        human = null;
      }
      if (session && person) {
        session.humanReplied = session.handedOff = true;
        if (e.authorId && !session.firstReplies.some((r) => r.agentId === e.authorId)) session.firstReplies.push({ agentId: e.authorId, at: e.at });
      }
    }
  }
  out.sessions.forEach((s, i) => {
    s.aiResolution = aiResolutionOf(s, out.sessions[i + 1], now);
  });
  return out;
}

function finish<W extends Wait | HumanWait>(w: W, end: NonNullable<W['end']>, at: Instant, responderId: string | null): void {
  w.end = end;
  w.endedAt = at;
  w.responderId = responderId;
}

function aiResolutionOf(s: Session, next: Session | undefined, now: Instant): AiResolution | null {
  if (s.resolvedAt === null) return null;
  if (s.humanReplied) return 'human';
  // The next session opens at the first buyer message after the resolution.
  if (next && next.openedAt - s.resolvedAt <= AI_RESOLUTION_REOPEN_MS) return 'reopened';
  return now > s.resolvedAt + AI_RESOLUTION_REOPEN_MS ? 'ai_resolved' : 'pending';
}
