// Real time while the app is open: one long-poll (GET /api/sync/wait) is outstanding while the page is
// visible and online. The server answers as soon as the organisation changes after our cursor, and we
// pull. No socket, so it works through Workers and flaky mobile networks alike; the 30-second poll in
// pull.ts stays as the fallback.
import type { WaitResponse } from '../../shared/schemas/sync';
import { ApiError, apiRequest } from '../api/client';
import { db } from '../local/db';

const SETTLE_MS = 400;

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

export function startLiveUpdates(options: { pull: () => Promise<void>; onUnauthorized: () => Promise<void> }): () => void {
  const controller = new AbortController();
  const { signal } = controller;
  void (async () => {
    let failures = 0;
    while (!signal.aborted) {
      if (document.visibilityState !== 'visible' || !navigator.onLine) {
        await sleep(1000, signal);
        continue;
      }
      const cursor = (await db.getMeta('cursor')) ?? 0;
      try {
        const answer = await apiRequest<WaitResponse>(`/api/sync/wait?cursor=${cursor}&wait=25`, { signal, timeoutMs: 35_000 });
        failures = 0;
        if (!answer.changed) continue;
        // A buyer's message comes with its classification and often AskChat's answer a moment later: wait a
        // breath so one pull (one round trip, one set of headers) brings them together.
        await sleep(SETTLE_MS, signal);
        if (signal.aborted) return;
        await options.pull();
        // A pull that could not move the cursor (it failed) must not turn this loop into a busy loop.
        if (((await db.getMeta('cursor')) ?? 0) <= cursor) await sleep(5000, signal);
      } catch (error) {
        if (signal.aborted) return;
        if (error instanceof ApiError && error.code === 'unauthorized') return void (await options.onUnauthorized());
        failures++;
        await sleep(Math.min(30_000, 1000 * 2 ** failures), signal);
      }
    }
  })();
  return () => controller.abort();
}
