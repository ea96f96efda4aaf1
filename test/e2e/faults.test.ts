// Faults on the phone, each with a clear message and no reply lost: the network dropping in the middle of a
// sync (it resumes from the stored cursor, nothing twice), the session ending on the server while replies
// wait (sign in again, they are sent once), IndexedDB refusing a write (storage full: the text stays, the
// person is told) and a local database that cannot be opened (rebuilt from the server, waiting replies kept).
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { DEMO, signIn, useBrowser } from '../support/browser';

const e2e = useBrowser();
const CUT_NETWORK = /net::ERR_INTERNET_DISCONNECTED|net::ERR_FAILED/;

/** Reads one object store with the bare IndexedDB API (not the app's code). */
function stored<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('askchat');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => (open.result.close(), resolve(request.result as T[]));
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** How many agent messages with this text the server holds in the conversation. */
async function serverCount(page: Page, conversationId: string, text: string): Promise<number> {
  const body = await page.evaluate(async (id) => (await fetch(`/api/conversations/${id}`)).json(), conversationId);
  return (body.messages as { sender: string; text: string }[]).filter((m) => m.sender === 'agent' && m.text === text).length;
}

const syncState = (page: Page) => page.getByTestId('sync-status').getAttribute('data-state');

/** Signs in, waits for the first sync, opens the newest conversation; returns its id. */
async function openFirstConversation(page: Page): Promise<string> {
  await signIn(page, e2e.url);
  await expect.poll(() => syncState(page), { timeout: 15_000 }).toBe('synced');
  const href = (await page.getByTestId('conversation-row').first().getAttribute('href'))!;
  await page.goto(`${e2e.url}${href}`);
  await page.getByRole('button', { name: 'Send' }).waitFor();
  return href.slice(3);
}

const replyBox = (page: Page) => page.getByRole('textbox', { name: /^Reply to / });

test('the network drops in the middle of the first sync: the status says so, it resumes from the cursor, nothing twice', async () => {
  const { page, expectProblem } = await e2e.newPage();
  expectProblem(CUT_NETWORK);
  // Small pages, so the first sync takes several; the third page is lost once on its way.
  const cursors: string[] = [];
  let pulls = 0;
  await page.route('**/api/sync/pull?*', async (route) => {
    const url = new URL(route.request().url());
    url.searchParams.set('limit', '15');
    cursors.push(url.searchParams.get('cursor')!);
    if (++pulls === 3) return route.abort('internetdisconnected');
    return route.continue({ url: String(url) });
  });
  await signIn(page, e2e.url);
  await expect.poll(() => syncState(page), { timeout: 10_000 }).toBe('error');
  expect(await page.getByTestId('sync-status').textContent()).toBe('Could not sync — will retry');
  await expect.poll(() => syncState(page), { timeout: 20_000 }).toBe('synced');

  // The retry asked from the cursor stored with the last page applied, not from zero, and moved on.
  expect(cursors[3]).toBe(cursors[2]);
  expect(cursors.slice(0, 3).map(Number)).toEqual([...cursors.slice(0, 3).map(Number)].sort((a, b) => a - b));
  expect(new Set(cursors.slice(3)).size).toBe(cursors.length - 3);

  // Everything the server has, exactly once.
  await page.unroute('**/api/sync/pull?*');
  const all = await page.evaluate(async () => (await fetch('/api/sync/pull?cursor=0&limit=2000&first=1')).json());
  const conversations = await stored<{ id: string }>(page, 'conversations');
  const messages = await stored<{ id: string }>(page, 'messages');
  expect(conversations.map((c) => c.id).sort()).toEqual(all.conversations.map((c: { id: string }) => c.id).sort());
  expect(messages.map((m) => m.id).sort()).toEqual(all.messages.map((m: { id: string }) => m.id).sort());
});

test('the session ends on the server while a reply waits: sign in again, the reply is kept and sent once', async () => {
  const { page, context, expectProblem } = await e2e.newPage();
  expectProblem(CUT_NETWORK);
  expectProblem(/status of 401/);
  const id = await openFirstConversation(page);

  await context.setOffline(true);
  const text = `Checking your parcel now (${Date.now()}).`;
  await replyBox(page).fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
  const waiting = async () => (await stored<{ text: string }>(page, 'outbox')).filter((r) => r.text === text).length;
  await expect.poll(waiting).toBe(1);

  // The session is gone on the server's side (expired, signed out elsewhere): the next request gets 401.
  await context.clearCookies();
  await context.setOffline(false);
  await page.getByText('Your session has ended. Please sign in again.').waitFor({ timeout: 15_000 });
  // Everything else of the session is gone from the device, the waiting reply is not.
  expect(await waiting()).toBe(1);
  expect(await stored(page, 'conversations')).toEqual([]);

  await page.getByLabel('Email').fill(DEMO.email);
  await page.getByLabel('Password').fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(waiting, { timeout: 15_000 }).toBe(0);
  expect(await serverCount(page, id, text)).toBe(1);
  await page.waitForTimeout(500); // a second send would have left by now
  expect(await serverCount(page, id, text)).toBe(1);
});

test('IndexedDB refuses the write (storage full): the text stays in the box, the person is told, nothing is sent; then it sends once', async () => {
  const { page } = await e2e.newPage();
  const id = await openFirstConversation(page);
  // The browser's answer when the origin's quota is used up.
  await page.evaluate(() => {
    const w = window as unknown as { __quota: boolean };
    w.__quota = true;
    for (const method of ['add', 'put'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
        if (w.__quota && this.name === 'outbox') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      } as typeof original;
    }
  });
  let posts = 0;
  page.on('request', (r) => r.method() === 'POST' && r.url().endsWith('/replies') && posts++);
  const text = `We will refund you today (${Date.now()}).`;
  await replyBox(page).fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
  await page.getByRole('alert').filter({ hasText: 'storage for AskChat is full' }).waitFor();
  expect(await replyBox(page).inputValue()).toBe(text);
  expect((await stored<{ text: string }>(page, 'outbox')).filter((r) => r.text === text)).toEqual([]);
  expect(posts).toBe(0);

  // Space again: the same text goes, once.
  await page.evaluate(() => void ((window as unknown as { __quota: boolean }).__quota = false));
  await page.getByRole('button', { name: 'Send' }).click();
  await expect.poll(() => serverCount(page, id, text), { timeout: 10_000 }).toBe(1);
  expect(await replyBox(page).inputValue()).toBe('');
  expect(posts).toBe(1);
});

test('a local database that cannot be opened is rebuilt from the server; the reply waiting in it is kept and sent once', async () => {
  const { page, context, expectProblem } = await e2e.newPage();
  expectProblem(CUT_NETWORK);
  const id = await openFirstConversation(page);
  await context.setOffline(true);
  const text = `Your replacement ships tomorrow (${Date.now()}).`;
  await replyBox(page).fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
  const waiting = async () => (await stored<{ text: string }>(page, 'outbox')).filter((r) => r.text === text).length;
  await expect.poll(waiting).toBe(1);

  // From now on the database fails to open the way a damaged one does in Chromium ("Internal error opening
  // backing store"), every time, until it is deleted; read without a version (the bare API) it still answers.
  await page.addInitScript(() => {
    const factory = indexedDB;
    const open = factory.open.bind(factory);
    const remove = factory.deleteDatabase.bind(factory);
    let broken = true;
    factory.open = (name: string, version?: number) => {
      if (version === undefined) return open(name);
      if (broken) throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
      return open(name, version);
    };
    factory.deleteDatabase = (name: string) => ((broken = false), remove(name));
  });
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await context.setOffline(false);
  await page.goto(e2e.url);

  // Straight back into the inbox (the cookie outlived the database), rows from a fresh sync.
  await expect.poll(() => page.getByTestId('conversation-row').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(20);
  expect(warnings.some((w) => w.includes('rebuilding it from the server'))).toBe(true);
  await expect.poll(waiting, { timeout: 15_000 }).toBe(0);
  expect(await serverCount(page, id, text)).toBe(1);
});
