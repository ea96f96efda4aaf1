// The inbox with 10,000 conversations, and the PWA on a Slow 3G phone.
//
//   pwa.inbox_first_50_rows_after_shell_ms  10,000 rows written straight into IndexedDB, then a reload:
//       from the moment the app's shell is in the DOM (the inbox's <h1>, i.e. the JS has run and the
//       session is read) to the moment the 50th [data-testid=conversation-row] is in the DOM (a
//       MutationObserver installed before any page script; times are performance.now(), from navigation
//       start). Median of 5 reloads, no CPU slowdown, a 360×740 viewport. The whole "open plus first 50 rows"
//       (navigation start → 50th row) is reported beside it.
//   pwa.slow3g_cold_20_rows_ms  Slow 3G (CDP: 400 kbps down and up, 2,000 ms RTT, CPU ×4): a signed-in device
//       with an empty HTTP cache, no service worker and no synced rows (the session alone is kept in
//       IndexedDB), from navigation start until 20 rows are visible and enabled (tappable).
//   pwa.slow3g_warm_20_rows_ms  The same profile with the service worker installed and IndexedDB synced: a
//       reload until 20 rows are visible; `networkOnCriticalPath` lists the requests not answered by the
//       service worker before that moment (the sync's own requests run beside the paint, not before it).
//   pwa.sync_bytes_per_new_message  Bytes on the wire (CDP encodedDataLength: headers and body) of the sync
//       responses (wait + pull) that bring one buyer message into an open inbox, divided by the new messages
//       they carried (the buyer's, and AskChat's answer when it answers at once).
//   pwa.sync_empty_pull_bytes  One pull with the current cursor that has nothing to bring (headers and body).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../lib/chromium';
import type { Figure } from './figures';
import { round } from './figures';
import { startServerProcess } from './server-process';

export const SEED_COUNT = 10_000;

/**
 * Writes `count` conversations straight into the app's IndexedDB (the object store Dexie made), older than
 * any demo conversation: `seed_00000` is the newest of them, `seed_<count-1>` the oldest of the inbox.
 */
export function seedConversations(page: Page, count = SEED_COUNT): Promise<number> {
  return page.evaluate(
    (n) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('askchat');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const tx = idb.transaction('conversations', 'readwrite');
          const store = tx.objectStore('conversations');
          const base = Date.UTC(2020, 0, 1);
          const statuses = ['open', 'pending', 'resolved'];
          for (let i = 0; i < n; i++) {
            const at = new Date(base - i * 60_000).toISOString();
            const id = `seed_${String(i).padStart(5, '0')}`;
            store.put({
              id,
              shopId: 'seed_shop',
              buyerId: `seed_buyer_${i}`,
              buyerName: `Seed buyer ${i}`,
              market: 'US',
              language: 'en',
              intent: null,
              sentiment: null,
              status: statuses[i % 3],
              needsHuman: i % 7 === 0,
              assigneeId: null,
              groupId: null,
              unreadCount: i % 5 === 0 ? 1 : 0,
              handoffReason: null,
              aiDraft: null,
              handoffSummary: null,
              routingNote: null,
              dueAt: null,
              lastMessageAt: at,
              lastMessagePreview: `Where is my order number ${i}?`,
              lastMessageSender: 'buyer',
              createdAt: at,
              version: 0,
            });
          }
          tx.oncomplete = () => {
            idb.close();
            resolve(n);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    count,
  );
}

/** Installed before any page script: when the inbox heading and the 50th / 20th row first enter the DOM. */
const WATCH = `(() => {
  const marks = (window.__inboxMarks = {});
  const check = () => {
    if (marks.shell === undefined && document.querySelector('.app-bar h1')) marks.shell = performance.now();
    const rows = document.querySelectorAll('[data-testid="conversation-row"]').length;
    if (marks.rows20 === undefined && rows >= 20) marks.rows20 = performance.now();
    if (marks.rows50 === undefined && rows >= 50) { marks.rows50 = performance.now(); observer.disconnect(); }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
})();`;

type Marks = { shell?: number; rows20?: number; rows50?: number };
const marks = (page: Page) => page.evaluate(() => (window as unknown as { __inboxMarks: Marks }).__inboxMarks);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function signIn(page: Page, origin: string, email: string, password: string): Promise<void> {
  await page.goto(origin);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('[data-testid="sync-status"][data-state="synced"]').waitFor({ timeout: 60_000 });
}

async function slow3g(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 2000, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (400 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return cdp;
}

/**
 * Time from navigation start until 20 rows are visible and enabled (tappable): read in the page when the
 * check first passes (checked on every animation frame), not after a round trip back from the test runner.
 */
async function untilTwentyTappable(page: Page): Promise<number> {
  const at = await page.waitForFunction(
    () => {
      const rows = [...document.querySelectorAll<HTMLElement>('[data-testid="conversation-row"]')].filter((r) => r.getBoundingClientRect().height > 0);
      return rows.length >= 20 && !document.querySelector('[aria-busy="true"]') && performance.now();
    },
    undefined,
    { timeout: 60_000, polling: 'raf' },
  );
  return (await at.jsonValue()) as number;
}

/** `only`: run just the figures whose name contains one of these (e.g. `['cold']`); all when empty. */
export async function benchPwaInbox(only: string[] = []): Promise<Figure[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'askchat-bench-pwa-inbox-'));
  const server = await startServerProcess({ DATA_DIR: dataDir });
  const demo = /demo login: (\S+) (\S+)/.exec(server.log());
  const [email, password] = [demo?.[1] ?? '', demo?.[2] ?? ''];
  const origin = server.url.replace('127.0.0.1', 'localhost');
  let browser: Browser | undefined;
  const figures: Figure[] = [];
  const attempt = async (name: string, run: () => Promise<Figure[]>) => {
    if (only.length > 0 && !only.some((word) => name.includes(word))) return;
    try {
      figures.push(...(await run()));
    } catch (error) {
      figures.push({ name, value: null, error: error instanceof Error ? error.message.slice(0, 300) : String(error) });
    }
  };
  try {
    browser = await launchChromium();
    const b = browser;

    await attempt('pwa.inbox_first_50_rows_after_shell_ms', async () => {
      const context = await b.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      await signIn(page, origin, email, password);
      await seedConversations(page);
      await page.addInitScript(WATCH);
      const runs: Required<Marks>[] = [];
      for (let i = 0; i < 6; i++) {
        await page.reload();
        await page.waitForFunction(() => (window as unknown as { __inboxMarks: Marks }).__inboxMarks.rows50 !== undefined, undefined, { timeout: 30_000 });
        if (i > 0) runs.push((await marks(page)) as Required<Marks>); // the first reload warms the HTTP cache
      }
      const dom = await page.locator('[data-testid="conversation-row"]').count();
      await context.close();
      const after = runs.map((r) => r.rows50 - r.shell);
      return [
        { name: 'pwa.inbox_first_50_rows_after_shell_ms', value: round(median(after)), unit: 'ms', budget: 50, conversations: SEED_COUNT, runs: after.map((x) => round(x)), rowsInDom: dom },
        { name: 'pwa.inbox_open_first_50_rows_ms', value: round(median(runs.map((r) => r.rows50))), unit: 'ms', from: 'navigation start', shellMs: round(median(runs.map((r) => r.shell))), conversations: SEED_COUNT },
      ];
    });

    await attempt('pwa.slow3g_cold_20_rows_ms', async () => {
      const context = await b.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      await signIn(page, origin, email, password);
      // Keep the session only: no rows, no cursor (so the first sync runs over the slow network).
      await page.goto(`${origin}/sandbox/api/state`);
      await page.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('askchat');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const idb = open.result;
              const tx = idb.transaction(['conversations', 'messages', 'shops', 'meta'], 'readwrite');
              for (const name of ['conversations', 'messages', 'shops']) tx.objectStore(name).clear();
              for (const key of ['cursor', 'scope', 'firstSyncDone']) tx.objectStore('meta').delete(key);
              tx.oncomplete = () => (idb.close(), resolve());
              tx.onerror = () => reject(tx.error);
            };
          }),
      );
      const cdp = await slow3g(page);
      await cdp.send('Network.clearBrowserCache');
      // The requests of the load, as [path, start, end] in ms from navigation start: the critical chain.
      const requests: [string, number, number][] = [];
      let navigationStart = 0;
      page.on('requestfinished', (request) => {
        const { startTime, responseEnd } = request.timing();
        if (startTime > 0) requests.push([new URL(request.url()).pathname, startTime, startTime + responseEnd]);
      });
      await page.goto(origin, { waitUntil: 'commit' });
      const ms = await untilTwentyTappable(page);
      navigationStart = await page.evaluate(() => performance.timeOrigin);
      await context.close();
      const chain = requests
        .map(([p, start, end]) => [p, Math.round(start - navigationStart), Math.round(end - navigationStart)] as const)
        .filter(([, start]) => start >= 0 && start < ms)
        .sort((a, b) => a[1] - b[1]);
      return [{ name: 'pwa.slow3g_cold_20_rows_ms', value: round(ms, 0), unit: 'ms', budget: 6000, profile: '400 kbps, 2000 ms RTT, CPU x4; empty cache, no service worker, session kept, first sync over the network', requests: chain }];
    });

    await attempt('pwa.slow3g_warm_20_rows_ms', async () => {
      const context = await b.newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      await signIn(page, origin, email, password);
      await page.evaluate(async () => void (await navigator.serviceWorker.ready));
      await page.reload();
      await page.waitForFunction(() => !!navigator.serviceWorker.controller);
      await slow3g(page);
      const network: string[] = [];
      let painted = false;
      page.on('requestfinished', async (request) => {
        const response = await request.response();
        if (!painted && response && !response.fromServiceWorker()) network.push(new URL(request.url()).pathname);
      });
      await page.reload({ waitUntil: 'commit' });
      const ms = await untilTwentyTappable(page);
      painted = true;
      await context.close();
      return [{ name: 'pwa.slow3g_warm_20_rows_ms', value: round(ms, 0), unit: 'ms', budget: 1000, networkOnCriticalPath: network }];
    });

    await attempt('pwa.sync_bytes_per_new_message', async () => {
      const context = await b.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      await signIn(page, origin, email, password);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      const urls = new Map<string, string>();
      const bytes: { path: string; bytes: number }[] = [];
      cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
      cdp.on('Network.loadingFinished', (e) => {
        const url = urls.get(e.requestId);
        if (url?.includes('/api/sync/')) bytes.push({ path: new URL(url).pathname, bytes: e.encodedDataLength });
      });
      await page.waitForTimeout(500); // the long-poll is outstanding
      const count = () => page.evaluate(async () => {
        const open = await new Promise<IDBDatabase>((r) => (indexedDB.open('askchat').onsuccess = (e) => r((e.target as IDBOpenDBRequest).result)));
        const n = await new Promise<number>((r) => (open.transaction('messages').objectStore('messages').count().onsuccess = (e) => r((e.target as IDBRequest<number>).result)));
        open.close();
        return n;
      });
      const messagesBefore = await count();
      bytes.length = 0;
      const res = await fetch(`${server.url}/sandbox/api/buyer-messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Where is my parcel? It is late.', market: 'US' }) });
      if (res.status !== 201) throw new Error(`sandbox buyer message: ${res.status}`);
      await page.waitForTimeout(3000); // the wait answers, the pull brings the change (and AskChat's answer)
      const newMessages = (await count()) - messagesBefore;
      const carried = bytes.filter((b) => b.path === '/api/sync/pull' || b.path === '/api/sync/wait');
      const total = carried.reduce((a, b) => a + b.bytes, 0);

      // An empty pull: the current cursor and scope, nothing new.
      bytes.length = 0;
      const query = await page.evaluate(async () => {
        const open = await new Promise<IDBDatabase>((r) => (indexedDB.open('askchat').onsuccess = (e) => r((e.target as IDBOpenDBRequest).result)));
        const [cursor, scope] = await Promise.all(
          ['cursor', 'scope'].map((key) => new Promise<unknown>((r) => (open.transaction('meta').objectStore('meta').get(key).onsuccess = (e) => r(((e.target as IDBRequest).result as { value: unknown } | undefined)?.value)))),
        );
        open.close();
        return new URLSearchParams({ cursor: String(cursor), limit: '200', ...(scope ? { scope: String(scope) } : {}) }).toString();
      });
      const body = await page.evaluate(async (q) => (await (await fetch(`/api/sync/pull?${q}`)).text()).length, query);
      await page.waitForTimeout(200);
      const empty = bytes.find((b) => b.path === '/api/sync/pull');
      await context.close();
      return [
        { name: 'pwa.sync_bytes_per_new_message', value: newMessages > 0 ? Math.round(total / newMessages) : null, unit: 'bytes', budget: 1024, newMessages, responses: carried, note: 'wire bytes (headers + body) of the sync responses after one buyer message' },
        { name: 'pwa.sync_empty_pull_bytes', value: empty?.bytes ?? null, unit: 'bytes', budget: 200, bodyBytes: body, note: 'wire bytes (headers + body)' },
      ];
    });
    return figures;
  } finally {
    await browser?.close();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

// `npx tsx scripts/bench/pwa-inbox.ts [word…]`: this file's figures alone (dist/ must be built).
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { printFigure } = await import('./figures');
  for (const figure of await benchPwaInbox(process.argv.slice(2))) printFigure(figure);
}
