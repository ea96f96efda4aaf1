// Ticket and survey events → rollup increments (they need no state: the event says enough), and
// rebuildRollup, which replays whole histories through every incremental function: the backfill job's
// way to build rollups from scratch, and the tests' way to hold the rollups to the direct computation.
import type { TimelineEntry } from '../tickets';
import type { Instant } from '../time/zoned';
import { orderedEvents, shopContext } from './definitions';
import { mergeRollups, type RollupCounts, type RollupRow } from './rollup';
import { csatSatisfied, npsBucket } from './survey';
import { conversationIncrements, INITIAL_CONVERSATION_STATE } from './tracker';
import type { Dims, MetricSettings, MetricsInput, SurveyAnswer } from './types';

/** The ticket before the entry is applied: when it opened and, while closed, since when (Ticket.closedAt). */
export interface TicketBefore {
  openedAt: Instant;
  closedAt: Instant | null;
}

/**
 * A ticket's timeline entry → increments, all under the day the ticket opened and its agent. Pass
 * `before: null` for the first entry (the ticket opens then). Entering a closed state adds the close and
 * the time from opening; leaving one (reopened, appealed) takes that close back, so `ticketsClosed` counts
 * tickets closed now and `ticketCloseMs` sums their opening-to-latest-close times, as ticketDurations does.
 */
export function ticketIncrements(ticket: Dims & { agentId?: string | null }, entry: TimelineEntry, before: TicketBefore | null, settings: MetricSettings = {}): RollupRow[] {
  const ctx = shopContext(settings, ticket);
  const openedAt = before?.openedAt ?? entry.at;
  const key = { day: ctx.dayOf(openedAt), shopId: ticket.shopId, market: ticket.market, language: ticket.language, intent: ticket.intent, agentId: ticket.agentId ?? null };
  const closedAt = before?.closedAt ?? null;
  const counts: RollupCounts = {};
  if (!before) counts.ticketsOpened = 1;
  if (entry.closed && closedAt === null) {
    Object.assign(counts, { ticketsClosed: 1, ticketCloseMs: entry.at - openedAt, ticketCloseBusinessMs: ctx.businessMs(openedAt, entry.at) });
  } else if (!entry.closed && closedAt !== null) {
    Object.assign(counts, { ticketsClosed: -1, ticketCloseMs: -(closedAt - openedAt), ticketCloseBusinessMs: -ctx.businessMs(openedAt, closedAt) });
  }
  return Object.keys(counts).length ? [{ key, counts }] : [];
}

/** The ticket after the entry, to pass as `before` with the next one. */
export function ticketAfter(entry: TimelineEntry, before: TicketBefore | null): TicketBefore {
  return { openedAt: before?.openedAt ?? entry.at, closedAt: entry.closed ? (before?.closedAt ?? entry.at) : null };
}

/** A survey answer → one increment on the day it was given; an invalid score counts as ignored. */
export function surveyIncrements(answer: SurveyAnswer, settings: MetricSettings = {}): RollupRow[] {
  const ctx = shopContext(settings, answer);
  const key = { day: ctx.dayOf(answer.at), shopId: answer.shopId, market: answer.market, language: answer.language, intent: answer.intent, agentId: answer.agentId ?? null };
  let counts: RollupCounts;
  if (answer.kind === 'nps') {
    const bucket = npsBucket(answer.score);
    counts = bucket === null ? { npsIgnored: 1 } : { [bucket === 'promoter' ? 'npsPromoters' : bucket === 'passive' ? 'npsPassives' : 'npsDetractors']: 1 };
  } else {
    const satisfied = csatSatisfied(answer.score);
    counts = satisfied === null ? { csatIgnored: 1 } : satisfied ? { csatSatisfied: 1, csatRated: 1 } : { csatRated: 1 };
  }
  return [{ key, counts }];
}

/** Replays every history up to `now` through the incremental functions, then ticks each conversation at `now`. */
export function rebuildRollup(input: MetricsInput, now: Instant, settings: MetricSettings = {}): RollupRow[] {
  const increments: RollupRow[] = [];
  for (const c of input.conversations ?? []) {
    let state = INITIAL_CONVERSATION_STATE;
    for (const e of [...orderedEvents(c.events, now), { type: 'tick' as const, at: now }]) {
      const step = conversationIncrements(state, c, e, settings);
      state = step.state;
      increments.push(...step.increments);
    }
  }
  for (const t of input.tickets ?? []) {
    let before: TicketBefore | null = null;
    for (const entry of orderedEvents(t.timeline, now)) {
      increments.push(...ticketIncrements(t, entry, before, settings));
      before = ticketAfter(entry, before);
    }
  }
  for (const s of input.surveys ?? []) if (s.at <= now) increments.push(...surveyIncrements(s, settings));
  return mergeRollups(increments);
}
