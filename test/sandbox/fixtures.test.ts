// The demo data is complete enough to exercise AskChat in every market: buyers, every order status, every
// return type, several cancellation states, and chats that use every message type. Ids keep TikTok's shapes.
import { describe, expect, it } from 'vitest';
import { DEMO_SHOPS } from '../../sandbox/fixtures';
import { buildInitialState } from '../../sandbox/fixtures-state';
import { MARKET_FIXTURES } from '../../sandbox/fixtures-markets';
import { money } from '../../sandbox/wire-orders';

const state = buildInitialState(Date.UTC(2025, 5, 2), 'http://localhost:8787/sandbox');
const STATUSES = ['UNPAID', 'ON_HOLD', 'AWAITING_SHIPMENT', 'AWAITING_COLLECTION', 'PARTIALLY_SHIPPING', 'IN_TRANSIT', 'DELIVERED', 'COMPLETED', 'CANCELLED'];

describe('demo data per shop', () => {
  for (const shop of DEMO_SHOPS) {
    it(`gives ${shop.name} (${shop.region}) buyers, orders in every status, returns and cancellations`, () => {
      const buyers = Object.values(state.buyers).filter((b) => b.shopId === shop.id);
      const orders = Object.values(state.orders).filter((o) => o.shopId === shop.id);
      const returns = Object.values(state.returns).filter((r) => r.shopId === shop.id);
      const cancellations = Object.values(state.cancellations).filter((c) => c.shopId === shop.id);
      expect(buyers.length).toBeGreaterThanOrEqual(5);
      // The market's own buyers first; the multilingual demo conversations (demo-conversations.ts) add theirs.
      expect(buyers.map((b) => b.name).slice(0, MARKET_FIXTURES[shop.region].buyers.length)).toEqual(MARKET_FIXTURES[shop.region].buyers.map((b) => b.name));
      expect(new Set(orders.map((o) => o.status))).toEqual(new Set(STATUSES));
      expect(orders.every((o) => o.currency === MARKET_FIXTURES[shop.region].currency && o.lineItems.length > 0)).toBe(true);
      const shipped = orders.filter((o) => ['IN_TRANSIT', 'DELIVERED', 'COMPLETED'].includes(o.status));
      expect(shipped.every((o) => o.trackingNumber && o.tracking.length >= 3)).toBe(true);
      expect(new Set(returns.map((r) => r.type))).toEqual(new Set(['REFUND', 'RETURN_AND_REFUND', 'REPLACEMENT']));
      expect(new Set(returns.map((r) => r.status)).size).toBeGreaterThanOrEqual(4);
      expect(new Set(cancellations.map((c) => c.status)).size).toBeGreaterThanOrEqual(3);
      if (shop.region === 'ID') expect(buyers.some((b) => b.platform === 'TOKOPEDIA')).toBe(true);
    });
  }

  it('uses 18-digit order ids starting with 57, unique across shops', () => {
    const ids = Object.keys(state.orders);
    expect(ids.every((id) => /^57\d{16}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses 19-digit ids for buyers, conversations and messages, and growing message indexes', () => {
    for (const b of Object.values(state.buyers)) {
      expect(b.userId).toMatch(/^\d{19}$/);
      expect(b.imUserId).toMatch(/^\d{19}$/);
      expect(b.imUserId).not.toBe(b.userId);
    }
    for (const [id, list] of Object.entries(state.messages)) {
      expect(id).toMatch(/^\d{19}$/);
      const idx = list.map((m) => BigInt(m.index));
      expect(idx.every((v, i) => i === 0 || v > idx[i - 1]!)).toBe(true);
    }
  });

  it('is the same on every start, apart from the clock', () => {
    const again = buildInitialState(Date.UTC(2025, 5, 2), 'http://localhost:8787/sandbox');
    expect(Object.keys(again.orders)).toEqual(Object.keys(state.orders));
    expect(Object.keys(again.buyers)).toEqual(Object.keys(state.buyers));
  });

  it('writes IDR and VND amounts without decimals and the others with two', () => {
    expect(money(80100, 'IDR')).toBe('80100');
    expect(money(189000, 'VND')).toBe('189000');
    expect(money(2249, 'USD')).toBe('22.49');
    expect(money(39000, 'THB')).toBe('390.00');
  });
});
