// The dashboard's metrics computed directly from histories: the reference the rollups (rollup.ts) must
// agree with, and the way to compute them for a handful of conversations. Each counted thing belongs to
// one calendar day in its shop's zone; the period keeps what falls on its days:
//
//   waits, response times, response rates ── the day the wait opened
//   sessions (volume), hand-offs ─────────── the day the session opened
//   resolution time, AI resolution ───────── the day of the resolution
//   messages, drafts, questions ──────────── the day of the message
//   tickets (closure, time to close) ─────── the day the ticket opened
//   surveys ───────────────────────────────── the day of the answer
import { ticketDurations } from '../tickets';
import type { Instant } from '../time/zoned';
import { createQuestionTally, createVolumeTally, DEFAULT_TOP_QUESTIONS } from './aggregate';
import { durationStat, isHuman, orderedEvents, rate, RATE_WINDOWS, shopContext, type ShopContext } from './definitions';
import { readHistory } from './history';
import { csatOf, npsOf } from './survey';
import { draftOutcome, questionKey } from './text';
import type { DashboardMetrics, Dims, MetricSettings, MetricsInput, MetricsQuery } from './types';

class Durations {
  count = 0;
  ms = 0;
  businessMs = 0;
  add(ctx: ShopContext, from: Instant, to: Instant) {
    this.count++;
    this.ms += to - from;
    this.businessMs += ctx.businessMs(from, to);
  }
  stat = () => durationStat(this.count, this.ms, this.businessMs);
}

class Tally {
  hits = 0;
  total = 0;
  add(hit: boolean) {
    this.total++;
    if (hit) this.hits++;
  }
  rate = () => rate(this.hits, this.total);
}

export function computeMetrics(input: MetricsInput, query: MetricsQuery, now: Instant, settings: MetricSettings = {}): DashboardMetrics {
  const wanted = (d: Dims) => (!query.shopIds || query.shopIds.includes(d.shopId)) && (!query.markets || query.markets.includes(d.market));
  const inPeriod = (ctx: ShopContext, at: Instant) => {
    const day = ctx.dayOf(at);
    return day >= query.from && day <= query.to;
  };
  const firstResponse = new Durations();
  const firstHumanResponse = new Durations();
  const response = new Durations();
  const humanResponse = new Durations();
  const resolution = new Durations();
  const timeToClose = new Durations();
  const waits = { opened: 0, answered: 0, dismissed: 0, unanswered: 0 };
  const rates = { within12h: new Tally(), within24h: new Tally(), shopWindow: new Tally() };
  const [aiResolution, handoff, closure] = [new Tally(), new Tally(), new Tally()];
  let aiPending = 0;
  const drafts = { sentAsIs: 0, edited: 0, discarded: 0, total: 0 };
  const volume = createVolumeTally();
  const questions = createQuestionTally();

  for (const c of input.conversations ?? []) {
    if (!wanted(c)) continue;
    const ctx = shopContext(settings, c);
    const { sessions, waits: ws, humanWaits } = readHistory(c, now);
    for (const w of ws) {
      if (!inPeriod(ctx, w.openedAt)) continue;
      waits.opened++;
      if (w.end === 'dismissed') waits.dismissed++;
      if (w.end === null) waits.unanswered++;
      if (w.end === 'answered') {
        waits.answered++;
        response.add(ctx, w.openedAt, w.endedAt!);
        if (w.first) firstResponse.add(ctx, w.openedAt, w.endedAt!);
      }
      // Met: answered by the due time. Missed: the due time passed while the buyer still waited (now, or
      // until a late answer or a dismissal). Neither (left out): still waiting and not due, or dismissed in time.
      const dues = ctx.dues(w.openedAt);
      for (const win of RATE_WINDOWS) {
        if (w.end === 'answered' && w.endedAt! <= dues[win]) rates[win].add(true);
        else if ((w.endedAt ?? now) > dues[win]) rates[win].add(false);
      }
    }
    for (const h of humanWaits) {
      if (h.end !== 'answered' || !inPeriod(ctx, h.openedAt)) continue;
      humanResponse.add(ctx, h.openedAt, h.endedAt!);
      if (h.first) firstHumanResponse.add(ctx, h.openedAt, h.endedAt!);
    }
    for (const s of sessions) {
      if (inPeriod(ctx, s.openedAt)) {
        volume.add(c, ctx.dayOf(s.openedAt), null, 'conversations');
        if (s.index > 0) volume.add(c, ctx.dayOf(s.openedAt), null, 'reopened');
        handoff.add(s.handedOff);
      }
      for (const r of s.firstReplies) if (inPeriod(ctx, r.at)) volume.add(c, ctx.dayOf(r.at), r.agentId, 'handled');
      if (s.resolvedAt === null || !inPeriod(ctx, s.resolvedAt)) continue;
      resolution.add(ctx, s.openedAt, s.resolvedAt);
      if (s.aiResolution === 'pending') aiPending++;
      else aiResolution.add(s.aiResolution === 'ai_resolved');
    }
    for (const m of orderedEvents(c.events, now)) {
      if (m.type !== 'message' || !inPeriod(ctx, m.at)) continue;
      if (m.sender === 'buyer') {
        volume.add(c, ctx.dayOf(m.at), null, 'buyerMessages');
        const key = questionKey(m.text ?? '');
        if (key !== null) questions.add(c.intent, key);
      } else if (m.sender === 'ai') {
        volume.add(c, ctx.dayOf(m.at), null, 'aiReplies');
      } else if (isHuman(m)) {
        volume.add(c, ctx.dayOf(m.at), m.authorId ?? null, 'humanReplies');
        if (m.aiDraft?.trim()) {
          const outcome = draftOutcome(m.aiDraft, m.text ?? '');
          drafts[outcome === 'sent_as_is' ? 'sentAsIs' : outcome]++;
          drafts.total++;
        }
      }
    }
  }

  for (const t of input.tickets ?? []) {
    if (!wanted(t)) continue;
    const ctx = shopContext(settings, t);
    const timeline = orderedEvents(t.timeline, now);
    if (timeline.length === 0 || !inPeriod(ctx, timeline[0]!.at)) continue;
    const d = ticketDurations(timeline, now);
    closure.add(d.closedAt !== null);
    if (d.closedAt !== null) {
      timeToClose.count++;
      timeToClose.ms += d.toClose!;
      timeToClose.businessMs += ticketDurations(timeline, now, ctx.businessMs).toClose!;
    }
  }

  const surveys = (input.surveys ?? []).filter((s) => s.at <= now && wanted(s) && inPeriod(shopContext(settings, s), s.at));
  return {
    period: { from: query.from, to: query.to },
    firstResponse: firstResponse.stat(),
    firstHumanResponse: firstHumanResponse.stat(),
    response: response.stat(),
    humanResponse: humanResponse.stat(),
    waits,
    responseRate: { within12h: rates.within12h.rate(), within24h: rates.within24h.rate(), shopWindow: rates.shopWindow.rate() },
    resolution: resolution.stat(),
    aiResolution: { ...aiResolution.rate(), pending: aiPending },
    handoff: handoff.rate(),
    aiDrafts: drafts,
    tickets: { closure: closure.rate(), timeToClose: timeToClose.stat() },
    volume: volume.result(),
    topQuestions: questions.top(query.topQuestions ?? DEFAULT_TOP_QUESTIONS),
    nps: npsOf(surveys.filter((s) => s.kind === 'nps').map((s) => s.score)),
    csat: csatOf(surveys.filter((s) => s.kind === 'csat').map((s) => s.score)),
  };
}
