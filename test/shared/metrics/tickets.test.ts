import { describe, expect, it } from 'vitest';
import { HOUR, ID_SHOP, measure, ticket, US_SHOP, utc } from './histories';

const MARCH = { from: '2026-03-01', to: '2026-03-31' };
const now = utc('2026-04-01T00:00:00Z');

describe('ticket closure rate and time to close', () => {
  // Jakarta, open 09:00–17:00 on weekdays; 02:00Z is 09:00 WIB. 2 March 2026 is a Monday.
  const refunded = ticket(ID_SHOP, '2026-03-02T02:00:00Z', [
    ['request_sent', '2026-03-02T03:00:00Z'],
    ['approved', '2026-03-02T04:00:00Z'],
    ['refunded', '2026-03-03T04:00:00Z'],
  ]);
  const reopenedAndOpen = ticket(ID_SHOP, '2026-03-02T03:00:00Z', [
    ['closed', '2026-03-02T05:00:00Z'],
    ['reopened', '2026-03-02T06:00:00Z'],
  ]);
  const closedTwice = ticket(ID_SHOP, '2026-03-02T03:00:00Z', [
    ['closed', '2026-03-02T04:00:00Z'],
    ['reopened', '2026-03-02T05:00:00Z'],
    ['closed', '2026-03-03T03:00:00Z'],
  ]);

  it('is the share of the period’s tickets closed now, and their opening-to-latest-close time', () => {
    const m = measure({ tickets: [refunded, reopenedAndOpen, closedTwice] }, now, MARCH);
    expect(m.tickets.closure).toEqual({ hits: 2, total: 3, rate: 2 / 3 });
    // 26 h (10 open hours: Monday 09–17, Tuesday 09–11) and 24 h (8: Monday 10–17, Tuesday 09–10).
    expect(m.tickets.timeToClose).toEqual({ count: 2, totalMs: 50 * HOUR, meanMs: 25 * HOUR, totalBusinessMs: 18 * HOUR, meanBusinessMs: 9 * HOUR });
  });

  it('counts a ticket in the period it opened, whenever it closed', () => {
    const february = ticket(ID_SHOP, '2026-02-27T02:00:00Z', [['closed', '2026-03-02T02:00:00Z']]);
    expect(measure({ tickets: [february] }, now, MARCH).tickets.closure).toEqual({ hits: 0, total: 0, rate: null });
    expect(measure({ tickets: [february] }, now, { from: '2026-02-01', to: '2026-02-28' }).tickets.closure).toEqual({ hits: 1, total: 1, rate: 1 });
  });

  it('measures a US ticket over the spring-forward weekend in real and business hours', () => {
    // Friday 16:00 EST to Monday 10:00 EDT: 65 h, 2 of them open.
    const us = ticket(US_SHOP, '2026-03-06T21:00:00Z', [['closed', '2026-03-09T14:00:00Z']]);
    expect(measure({ tickets: [us] }, now, MARCH).tickets.timeToClose).toEqual({ count: 1, totalMs: 65 * HOUR, meanMs: 65 * HOUR, totalBusinessMs: 2 * HOUR, meanBusinessMs: 2 * HOUR });
  });

  it('sees a ticket as it was at `now`', () => {
    const m = measure({ tickets: [closedTwice] }, utc('2026-03-02T04:30:00Z'), MARCH);
    expect(m.tickets.closure).toEqual({ hits: 1, total: 1, rate: 1 });
    expect(m.tickets.timeToClose.totalMs).toBe(HOUR);
    expect(measure({ tickets: [closedTwice] }, utc('2026-03-02T05:30:00Z'), MARCH).tickets.closure).toEqual({ hits: 0, total: 1, rate: 0 });
  });
});
