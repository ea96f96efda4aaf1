// How the sandbox delivers webhooks: only HTTP 200 in time counts; failures are retried 2 min, 30 min, 3 h
// and 12 h later (compressed by timeScale) and then dropped; duplicate and out-of-order faults on demand.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RETRY_DELAYS_MS } from '../../sandbox/webhooks';
import { createHarness, type Harness } from './harness';

let h: Harness;
afterEach(async () => {
  await h?.sandbox.close();
});

describe('webhook delivery', () => {
  it('records one successful attempt per push when AskChat answers 200', async () => {
    h = createHarness();
    await h.buyerWrites({ text: 'hi', market: 'SG' });
    await h.sandbox.webhooksIdle();
    expect(h.sandbox.deliveries().map((d) => [d.type, d.attempt, d.ok, d.status])).toEqual([
      [13, 1, true, 200],
      [14, 1, true, 200],
    ]);
  });

  it('retries a push answered 500 on the reference schedule, compressed by timeScale, then drops it', async () => {
    h = createHarness({ timeScale: 1_000_000 });
    h.answerWebhooksWith(() => new Response('oops', { status: 500 }));
    const { json } = await h.buyerWrites({ text: 'hi', market: 'SG', buyer_user_id: Object.values(h.sandbox.state().conversations).find((c) => c.shopId === h.sandbox.shop('SG').id)!.buyerUserId });
    await h.sandbox.webhooksIdle();
    const attempts = h.sandbox.deliveries().filter((d) => d.type === 14);
    expect(attempts.map((d) => d.attempt)).toEqual([1, 2, 3, 4, 5]);
    expect(attempts.every((d) => !d.ok && d.status === 500)).toBe(true);
    expect(attempts.map((d) => d.nextRetryInMs)).toEqual([...RETRY_DELAYS_MS.map((ms) => ms / 1_000_000), null]);
    expect(RETRY_DELAYS_MS).toEqual([120_000, 1_800_000, 10_800_000, 43_200_000]);
    expect(attempts.at(-1)!.dropped).toBe(true);
    expect(new Set(attempts.map((d) => d.notificationId)).size).toBe(1);
    expect(h.received.filter((r) => r.json.data.message_id === json.message_id)).toHaveLength(5);
  });

  it('stops retrying once AskChat answers 200', async () => {
    h = createHarness();
    let n = 0;
    h.answerWebhooksWith(() => new Response(null, { status: ++n <= 2 ? 503 : 200 }));
    await h.buyerWrites({ text: 'hi', market: 'MY', buyer_user_id: Object.values(h.sandbox.state().conversations).find((c) => c.shopId === h.sandbox.shop('MY').id)!.buyerUserId });
    await h.sandbox.webhooksIdle();
    expect(h.sandbox.deliveries().map((d) => [d.attempt, d.status, d.dropped])).toEqual([
      [1, 503, false],
      [2, 503, false],
      [3, 200, false],
    ]);
  });

  it('counts only HTTP 200 as delivered: 204 and 401 are retried too', async () => {
    h = createHarness();
    const statuses = [204, 401, 200];
    h.answerWebhooksWith(() => new Response(null, { status: statuses.shift() ?? 200 }));
    await h.control('POST', '/sellers/sbx-open-sunny/expiry-warning');
    await h.sandbox.webhooksIdle();
    expect(h.sandbox.deliveries().map((d) => d.status)).toEqual([204, 401, 200]);
  });

  it('treats a receiver slower than the deadline, or one that throws, as a failure', async () => {
    h = createHarness({ webhookTimeoutMs: 20 });
    let n = 0;
    h.answerWebhooksWith(async () => {
      n++;
      if (n === 1) return new Promise<Response>(() => {});
      if (n === 2) throw new Error('connection refused');
      return new Response(null, { status: 200 });
    });
    await h.control('POST', '/sellers/sbx-open-sunny/expiry-warning');
    await h.sandbox.webhooksIdle();
    expect(h.sandbox.deliveries().map((d) => [d.status, d.error])).toEqual([
      [null, 'no answer within 20 ms'],
      [null, 'connection refused'],
      [200, null],
    ]);
  });

  it('delivers the next pushes twice when asked for duplicates', async () => {
    h = createHarness();
    await h.control('POST', '/faults', { webhook: 'duplicate', times: 1 });
    const convBuyer = Object.values(h.sandbox.state().conversations).find((c) => c.shopId === h.sandbox.shop('VN').id)!.buyerUserId;
    await h.buyerWrites({ text: 'Shop ơi', market: 'VN', buyer_user_id: convBuyer });
    await h.buyerWrites({ text: 'Alo', market: 'VN', buyer_user_id: convBuyer });
    await h.sandbox.webhooksIdle();
    const ids = h.received.map((r) => r.json.tts_notification_id);
    expect(ids).toHaveLength(3);
    expect(ids[0]).toBe(ids[1]);
    expect(h.received[0]!.body).toBe(h.received[1]!.body);
    expect(h.sandbox.deliveries().map((d) => d.duplicate)).toEqual([false, true, false]);
  });

  it('delivers the next N pushes in reverse order when asked for out-of-order delivery', async () => {
    h = createHarness();
    await h.control('POST', '/faults', { webhook: 'out_of_order', times: 3 });
    const convBuyer = Object.values(h.sandbox.state().conversations).find((c) => c.shopId === h.sandbox.shop('PH').id)!.buyerUserId;
    const sent: string[] = [];
    for (const text of ['one', 'two', 'three']) {
      sent.push((await h.buyerWrites({ text, market: 'PH', buyer_user_id: convBuyer })).json.message_id as string);
      h.clock.advance(1000);
    }
    await h.sandbox.webhooksIdle();
    expect(h.received.map((r) => r.json.data.message_id)).toEqual([...sent].reverse());
    await h.buyerWrites({ text: 'four', market: 'PH', buyer_user_id: convBuyer });
    await h.sandbox.webhooksIdle();
    expect(h.received).toHaveLength(4); // back to normal
  });

  it('releases an unfinished out-of-order batch when the faults are cleared', async () => {
    h = createHarness();
    await h.control('POST', '/faults', { webhook: 'out_of_order', times: 5 });
    await h.control('POST', '/sellers/sbx-open-aurelia/expiry-warning');
    await h.sandbox.webhooksIdle();
    expect(h.received).toHaveLength(0);
    expect(((await h.control('GET', '/webhooks')).json as { held: number }).held).toBe(1);
    await h.control('DELETE', '/faults');
    await h.sandbox.webhooksIdle();
    expect(h.received).toHaveLength(1);
  });

  it('leaves no timer behind after close()', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      h = createHarness({ timeScale: 1 }); // the first retry waits two minutes
      h.answerWebhooksWith(() => new Response(null, { status: 500 }));
      await h.control('POST', '/sellers/sbx-open-sunny/expiry-warning');
      await vi.waitFor(() => expect(h.sandbox.deliveries()).toHaveLength(1));
      expect(h.sandbox.deliveries()[0]!.nextRetryInMs).toBe(120_000);
      expect(vi.getTimerCount()).toBeGreaterThan(0);
      await h.sandbox.close();
      expect(vi.getTimerCount()).toBe(0);
      await h.sandbox.webhooksIdle(); // resolves at once after close
    } finally {
      vi.useRealTimers();
    }
  });
});
