// The shapes the dashboard's metrics are computed from and into. Inputs are hand-buildable histories (a
// conversation's messages, hand-offs and resolutions; a ticket's timeline; survey answers); outputs are one
// `DashboardMetrics`, whether computed directly from histories (compute.ts) or from rollups (rollup.ts).
// See docs/metrics.md for every definition in plain words.
import type { Intent } from '../intents';
import type { Language, Market } from '../markets';
import type { MessageSender } from '../schemas/conversations';
import type { TimelineEntry } from '../tickets';
import type { BusinessHours } from '../time/business-hours';
import type { ResponseClockSettings } from '../time/response-clock';
import type { Instant } from '../time/zoned';

/** What every counted thing is broken down by (besides the day and the agent). */
export interface Dims {
  shopId: string;
  market: Market;
  language: Language | null;
  intent: Intent | null;
}

export interface HistoryMessage {
  type: 'message';
  at: Instant;
  sender: MessageSender;
  /** The person who wrote an agent or seller message; null for the buyer, AskChat and the system. */
  authorId?: string | null;
  text?: string;
  /** AskChat's reply kind for `ai` messages (replyMeta.kind: 'answer', 'ask_order_id', 'holding'…). */
  replyKind?: string | null;
  /** On an agent or seller reply: the AI draft the conversation offered when the reply was sent. */
  aiDraft?: string | null;
}

/** The conversation was flagged for a person (needsHuman set by AskChat, or a person took it over). */
export interface HistoryHandoff {
  type: 'handoff';
  at: Instant;
}

/** The conversation was marked resolved; `agentId` is who did it (null: AskChat or automatic). */
export interface HistoryResolved {
  type: 'resolved';
  at: Instant;
  agentId?: string | null;
}

export type HistoryEvent = HistoryMessage | HistoryHandoff | HistoryResolved;

/** One conversation's history. Events at the same instant keep their order in `events`. */
export interface ConversationHistory extends Dims {
  id: string;
  events: readonly HistoryEvent[];
}

export interface TicketHistory extends Dims {
  id: string;
  /** The person responsible for the ticket, for the by-agent breakdown. */
  agentId?: string | null;
  timeline: readonly TimelineEntry[];
}

export interface SurveyAnswer extends Dims {
  kind: 'nps' | 'csat';
  /** 0–10 for NPS, 1–5 for CSAT; anything else (fractions, out of range, NaN) is counted as ignored. */
  score: number;
  at: Instant;
  agentId?: string | null;
}

export interface MetricsInput {
  conversations?: readonly ConversationHistory[];
  tickets?: readonly TicketHistory[];
  surveys?: readonly SurveyAnswer[];
}

export interface ShopMetricSettings {
  /** The zone whose calendar days the rollups use; else the zone of `hours`, else the market's default zone. */
  timeZone?: string;
  /** For the "in business hours" figures; without it the shop counts as open around the clock. */
  hours?: BusinessHours;
  /** For the response rates' due times (US weekend rule). `responseWindowHours` sets the shop's own window. */
  responseClock?: ResponseClockSettings;
}

export interface MetricSettings {
  shops?: Readonly<Record<string, ShopMetricSettings>>;
}

/** The period is a range of calendar days, inclusive, each counted thing read in its shop's zone. */
export interface MetricsQuery {
  from: string;
  to: string;
  shopIds?: readonly string[];
  markets?: readonly Market[];
  /** How many top questions to return (10). */
  topQuestions?: number;
}

// ── outputs ──────────────────────────────────────────────────────────────────────────────────────────

/** A sum of durations and how many there are; means are null when there are none. */
export interface DurationStat {
  count: number;
  totalMs: number;
  meanMs: number | null;
  /** The same durations counted in the shop's business hours (whole milliseconds). */
  totalBusinessMs: number;
  meanBusinessMs: number | null;
}

/** `hits` out of `total`; `rate` is hits / total, null when total is 0. */
export interface Rate {
  hits: number;
  total: number;
  rate: number | null;
}

export interface Volume {
  /** Conversations opened, new and reopened (each session counts once). */
  conversations: number;
  reopened: number;
  buyerMessages: number;
  aiReplies: number;
  humanReplies: number;
  /** Sessions a person replied in (counted once per person and session). */
  handled: number;
}

export interface TopQuestion {
  intent: Intent | null;
  key: string;
  count: number;
}

export interface Nps {
  promoters: number;
  passives: number;
  detractors: number;
  /** Valid answers: promoters + passives + detractors. */
  answers: number;
  ignored: number;
  /** % promoters − % detractors, exact; null without answers. */
  value: number | null;
  /** `value` rounded to a whole number, halves away from zero. */
  score: number | null;
}

export interface Csat extends Rate {
  /** `hits` are the 4–5 answers, `total` the valid 1–5 answers. */
  ignored: number;
}

export interface DashboardMetrics {
  period: { from: string; to: string };
  /** Each session's first wait answered by anyone on the shop's side (FRT). */
  firstResponse: DurationStat;
  /** Each session's first wait answered by a person. */
  firstHumanResponse: DurationStat;
  /** Every answered wait (ART is `response.meanMs`). */
  response: DurationStat;
  /** Every wait answered by a person. */
  humanResponse: DurationStat;
  waits: { opened: number; answered: number; dismissed: number; unanswered: number };
  responseRate: { within12h: Rate; within24h: Rate; shopWindow: Rate };
  resolution: DurationStat;
  aiResolution: Rate & { pending: number };
  handoff: Rate;
  aiDrafts: { sentAsIs: number; edited: number; discarded: number; total: number };
  tickets: { closure: Rate; timeToClose: DurationStat };
  volume: {
    total: Volume;
    byMarket: Record<string, Volume>;
    byLanguage: Record<string, Volume>;
    byIntent: Record<string, Volume>;
    byShop: Record<string, Volume>;
    byAgent: Record<string, Volume>;
    /** By calendar day in each shop's time zone (YYYY-MM-DD), for the volume chart. */
    byDay: Record<string, Volume>;
  };
  topQuestions: TopQuestion[];
  nps: Nps;
  csat: Csat;
}
