// Agents answering buyers from the phone, in a real Chromium against the real server and the TikTok Shop
// sandbox: the composer (hand-off reason, AskChat's draft, translate switch), the outbox (a reply shows at
// once, waits offline, survives a reload, is sent exactly once however often the flusher is triggered),
// refusals (TikTok refuses once → Retry; no AI provider for a translation → Send without translation),
// 简体中文 and accessible names. Each test writes as a buyer of its own, so its conversation is fresh.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { demoShopForMarket } from '../../sandbox/fixtures';
import type { Market } from '../../shared/markets';
import type { ConversationRecord, MessageRecord } from '../../shared/schemas/conversations';
import { expectNamedControls, signIn, useBrowser, type TrackedPage } from '../support/browser';

const e2e = useBrowser();

// One signed-in page shared by the tests that stay online (signing in costs a password hash on the server).
let shared: Promise<TrackedPage> | undefined;
function signedInPage(): Promise<TrackedPage> {
  return (shared ??= (async () => {
    const tracked = await e2e.newPage();
    await signIn(tracked.page, e2e.url);
    return tracked;
  })());
}

async function sandbox(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<any> {
  const res = await fetch(`${e2e.url}/sandbox/api${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  expect(res.ok, `${method} ${path}: ${res.status}`).toBe(true);
  return res.json();
}

/** The API as the signed-in page sees it (its session cookie). */
function api<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => (await fetch(p)).json(), path) as Promise<T>;
}

/** What the shop side sent in a sandbox conversation (the buyer's view). */
async function sellerTexts(sandboxConversationId: string): Promise<string[]> {
  const { messages } = (await sandbox('GET', `/conversations/${sandboxConversationId}/messages`)) as { messages: { sender: string; text: string }[] };
  return messages.filter((m) => m.sender === 'seller').map((m) => m.text);
}

const count = (texts: string[], text: string) => texts.filter((t) => t === text).length;

/**
 * The n-th sandbox buyer of the market's demo shop writes; waits until AskChat handed the conversation
 * to a person and sent its one holding message (so nothing of AskChat's own is still on its way to the
 * sandbox). Returns the sandbox's and AskChat's conversation.
 */
async function buyerWrites(page: Page, market: Market, text: string, buyer = 0): Promise<{ sandboxId: string; conversation: ConversationRecord }> {
  const state = (await sandbox('GET', '/state')) as { shops: { id: string; buyers: { user_id: string }[] }[] };
  const buyerUserId = state.shops.find((s) => s.id === demoShopForMarket(market).id)!.buyers[buyer]!.user_id;
  const since = new Date(Math.floor(Date.now() / 1000) * 1000 - 1000).toISOString(); // TikTok's times are in seconds
  const sent = (await sandbox('POST', '/buyer-messages', { text, market, buyer_user_id: buyerUserId })) as { conversation_id: string };
  let conversation: ConversationRecord | undefined;
  await expect
    .poll(
      async () => {
        const { conversations } = await api<{ conversations: ConversationRecord[] }>(page, '/api/conversations?limit=30');
        for (const c of conversations.filter((x) => x.market === market && x.needsHuman)) {
          const one = await api<{ conversation: ConversationRecord; messages: MessageRecord[] }>(page, `/api/conversations/${c.id}`);
          if (one.messages.some((m) => m.sender === 'buyer' && m.text === text && m.createdAt >= since)) conversation = one.conversation;
        }
        return !!conversation && (await sellerTexts(sent.conversation_id)).length > 0;
      },
      { timeout: 15_000, interval: 200 },
    )
    .toBe(true);
  return { sandboxId: sent.conversation_id, conversation: conversation! };
}

/**
 * Opens a conversation and waits for its composer, and for the start's own requests (a pull, then the
 * session refresh): a test that goes offline while they are on their way would see them fail.
 */
async function open(page: Page, id: string, send = 'Send'): Promise<void> {
  const settled = Promise.all([page.waitForResponse((r) => r.url().includes('/api/sync/pull')), page.waitForResponse((r) => r.url().includes('/api/auth/me'))]);
  await page.goto(`${e2e.url}/c/${id}`);
  await page.getByRole('button', { name: send }).waitFor();
  await settled;
}

const reply = (page: Page, text: string) => page.getByTestId('message').filter({ hasText: text });

/** The messages IndexedDB holds with this text, as `<id prefix>:<delivery>` (read without the app's code). */
function storedTexts(page: Page, text: string): Promise<string[]> {
  return page.evaluate(
    (t) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('askchat');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('messages').objectStore('messages').getAll();
          request.onsuccess = () => {
            open.result.close();
            const rows = (request.result as { id: string; text: string; delivery: string }[]).filter((m) => m.text === t);
            resolve(rows.map((m) => `${m.id.startsWith('out_') ? 'out_' : 'msg'}:${m.delivery}`).sort());
          };
        };
      }),
    text,
  );
}

/**
 * A test that cuts the network may catch one of the sync's own requests on its way (a pull or long-poll
 * woken by AskChat's last write), which Chromium logs as a failed resource. The outbox is checked
 * separately: these tests count its POSTs, and none may leave while offline.
 */
const CUT_NETWORK = /Failed to load resource: net::ERR_INTERNET_DISCONNECTED/;

/** Counts the POSTs of replies the page makes. */
function countReplyPosts(page: Page): () => number {
  let posts = 0;
  page.on('request', (r) => r.method() === 'POST' && /\/api\/conversations\/[^/]+\/replies$/.test(new URL(r.url()).pathname) && posts++);
  return () => posts;
}

test('an escalated conversation from the inbox: hand-off reason, the draft, edit and send — shown at once, then sent, once', async () => {
  const { page } = await signedInPage();
  const { sandboxId, conversation } = await buyerWrites(page, 'ID', 'Saya mau bicara dengan orang, paket saya datang rusak');
  expect(conversation.aiDraft).toBeTruthy();

  await page.goto(e2e.url);
  await page.locator(`a[href="/c/${conversation.id}"]`).click();
  await page.waitForURL(`${e2e.url}/c/${conversation.id}`);
  await expect.poll(() => page.getByTestId('handoff-reason').textContent()).toMatch(/^Handed to you: (the buyer asked for a person|a damaged or wrong item)$/);
  expect(await page.getByTestId('ai-draft').textContent()).toContain(conversation.aiDraft);
  // The buyer writes Indonesian, the reader reads English: the switch is offered, off.
  expect(await page.getByRole('checkbox', { name: 'Translate to the buyer’s language (Indonesian)' }).isChecked()).toBe(false);

  const box = page.getByRole('textbox', { name: `Reply to ${conversation.buyerName}` });
  expect(await page.getByRole('button', { name: 'Send' }).isDisabled()).toBe(true);
  await page.getByRole('button', { name: 'Use AskChat’s draft' }).click();
  expect(await box.inputValue()).toBe(conversation.aiDraft);
  const text = `${conversation.aiDraft} Kami cek sekarang ya kak.`;
  await box.fill(text);

  // TikTok answers slowly this once, so the reply is seen before the server has it.
  await sandbox('POST', '/faults', { match: '/messages', method: 'POST', delay_ms: 1500, times: 1 });
  await page.getByRole('button', { name: 'Send' }).click();
  await expect.poll(() => reply(page, text).getAttribute('data-delivery'), { timeout: 1000, interval: 50 }).toBe('queued');
  expect(await box.inputValue()).toBe('');
  expect(await reply(page, text).getAttribute('data-sender')).toBe('agent');

  await expect.poll(() => reply(page, text).getAttribute('data-delivery'), { timeout: 10_000 }).toBe('sent');
  expect(await reply(page, text).getAttribute('data-pending')).toBeNull();
  expect(await reply(page, text).count()).toBe(1);
  expect(count(await sellerTexts(sandboxId), text)).toBe(1);
  // The draft was used: the server dropped it, the sync brought that.
  await expect.poll(() => page.getByTestId('ai-draft').count()).toBe(0);
  expect(await page.evaluate(() => new Promise<number>((resolve) => {
    const open = indexedDB.open('askchat');
    open.onsuccess = () => {
      const request = open.result.transaction('outbox').objectStore('outbox').count();
      request.onsuccess = () => (open.result.close(), resolve(request.result));
    };
  }))).toBe(0);
});

test('offline: the reply is queued with a note, survives a reload, and is sent exactly once back online', async () => {
  const { page, context, expectProblem } = await e2e.newPage();
  expectProblem(CUT_NETWORK);
  await signIn(page, e2e.url);
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
  const { sandboxId, conversation } = await buyerWrites(page, 'US', 'I want to talk to a real person please');
  await open(page, conversation.id);
  const posts = countReplyPosts(page);

  await context.setOffline(true);
  await page.getByTestId('composer-offline').waitFor();
  const text = `Hi! I am looking into it now (offline ${Date.now()}).`;
  await page.getByRole('textbox', { name: `Reply to ${conversation.buyerName}` }).fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect.poll(() => reply(page, text).getByTestId('outbox-note').textContent()).toBe('Waiting for the network — will send when online');
  expect(await reply(page, text).getAttribute('data-delivery')).toBe('queued');

  // Closed and opened again without network: the reply is still there, from IndexedDB.
  await page.reload();
  await expect.poll(() => reply(page, text).getByTestId('outbox-note').textContent()).toBe('Waiting for the network — will send when online');
  expect(posts()).toBe(0);
  expect(count(await sellerTexts(sandboxId), text)).toBe(0);

  await context.setOffline(false);
  await expect.poll(() => reply(page, text).getAttribute('data-delivery'), { timeout: 10_000 }).toBe('sent');
  expect(await reply(page, text).getByTestId('outbox-note').count()).toBe(0);
  expect(await page.getByTestId('composer-offline').count()).toBe(0);
  await page.waitForTimeout(500); // any second send would have left by now
  expect(count(await sellerTexts(sandboxId), text)).toBe(1);
  expect(posts()).toBe(1);
  expect(await reply(page, text).count()).toBe(1);
});

test('two replies queued offline, the flusher triggered several times at once: each sent once, in order', async () => {
  const { page, context, expectProblem } = await e2e.newPage();
  expectProblem(CUT_NETWORK);
  await signIn(page, e2e.url);
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
  const { sandboxId, conversation } = await buyerWrites(page, 'GB', 'Can I speak to a human please, this is urgent');
  await open(page, conversation.id);
  const posts = countReplyPosts(page);

  await context.setOffline(true);
  const box = page.getByRole('textbox', { name: `Reply to ${conversation.buyerName}` });
  const first = `First reply ${Date.now()}`;
  const second = `Second reply ${Date.now()}`;
  for (const text of [first, second]) {
    await box.fill(text);
    await page.getByRole('button', { name: 'Send' }).click();
    await reply(page, text).getByTestId('outbox-note').waitFor();
  }

  // Back online: the browser's `online`, the sync's pull (which flushes after it) and two more `online`
  // events all trigger the flusher at once.
  await context.setOffline(false);
  await page.evaluate(() => {
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('online'));
  });
  for (const text of [first, second]) await expect.poll(() => reply(page, text).getAttribute('data-delivery'), { timeout: 10_000 }).toBe('sent');
  await page.waitForTimeout(500);
  const sent = await sellerTexts(sandboxId);
  expect(count(sent, first)).toBe(1);
  expect(count(sent, second)).toBe(1);
  expect(sent.indexOf(first)).toBeLessThan(sent.indexOf(second));
  expect(posts()).toBe(2);
});

test('TikTok refuses once: the reply shows failed with the translated error and Retry; Retry sends it once', async () => {
  const { page, expectProblem } = await signedInPage();
  expectProblem(/status of 502/); // Chromium logs the refused POST
  const { sandboxId, conversation } = await buyerWrites(page, 'SG', 'I need to talk to a real person about my order');
  await open(page, conversation.id);
  await sandbox('POST', '/faults', { match: '/messages', method: 'POST', code: 45109001, times: 1 });

  const text = `Sorry for the trouble, let me check (${Date.now()}).`;
  await page.getByRole('textbox', { name: `Reply to ${conversation.buyerName}` }).fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
  const message = reply(page, text);
  await expect.poll(() => message.getByTestId('outbox-error').textContent()).toBe('The channel did not accept the message. It is kept: send it again to retry.');
  expect(await message.getAttribute('data-delivery')).toBe('failed');
  expect(await message.locator('.delivery').textContent()).toContain('Not sent');
  // The server kept its own failed copy, and the sync brings it into IndexedDB: still one message on screen.
  await expect.poll(() => storedTexts(page, text)).toEqual(['msg:failed', 'out_:failed']);
  expect(await message.count()).toBe(1);
  expect(count(await sellerTexts(sandboxId), text)).toBe(0);

  await message.getByRole('button', { name: 'Retry' }).click();
  await expect.poll(() => message.getAttribute('data-delivery'), { timeout: 10_000 }).toBe('sent');
  expect(await message.getByTestId('outbox-error').count()).toBe(0);
  expect(await message.count()).toBe(1);
  expect(count(await sellerTexts(sandboxId), text)).toBe(1);
});

test('translation without an AI provider: the reply is not sent, "Send without translation" sends it as written, once', async () => {
  const { page, expectProblem } = await signedInPage();
  expectProblem(/status of 409/);
  const { sandboxId, conversation } = await buyerWrites(page, 'TH', 'ขอคุยกับเจ้าหน้าที่หน่อยค่ะ สินค้าเสียหาย');
  expect(conversation.language).toBe('th');
  await open(page, conversation.id);

  const text = `We are very sorry, a colleague will check your parcel today (${Date.now()}).`;
  await page.getByRole('textbox', { name: `Reply to ${conversation.buyerName}` }).fill(text);
  await page.getByRole('checkbox', { name: 'Translate to the buyer’s language (Thai)' }).check();
  await page.getByRole('button', { name: 'Send' }).click();
  const message = reply(page, text);
  await expect.poll(() => message.getByTestId('outbox-error').textContent()).toBe('This needs the AI provider, which is not set up or not answering. Nothing was sent.');
  expect(await message.getAttribute('data-delivery')).toBe('failed');
  expect(await message.getByRole('button', { name: 'Discard' }).isVisible()).toBe(true);

  await message.getByRole('button', { name: 'Send without translation' }).click();
  await expect.poll(() => message.getAttribute('data-delivery'), { timeout: 10_000 }).toBe('sent');
  expect(count(await sellerTexts(sandboxId), text)).toBe(1);
});

test('the composer in 简体中文, and every control of the conversation has an accessible name', async () => {
  const { page, context, expectProblem } = await e2e.newPage();
  expectProblem(CUT_NETWORK);
  await page.addInitScript(() => localStorage.setItem('askchat.locale', 'zh-CN'));
  await page.goto(e2e.url);
  await page.getByLabel('邮箱').fill('demo@askchat.dev');
  await page.getByLabel('密码').fill('askchat-demo');
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('heading', { name: '收件箱' }).waitFor();
  const { conversation } = await buyerWrites(page, 'ID', 'Saya mau bicara dengan orang, paket saya datang rusak', 5);

  await open(page, conversation.id, '发送');
  const posts = countReplyPosts(page);
  expect(await page.getByTestId('handoff-reason').textContent()).toMatch(/^转给你的原因：(买家要求转人工|商品损坏或发错)$/);
  expect(await page.getByRole('button', { name: '使用 AskChat 的草稿' }).isVisible()).toBe(true);
  expect(await page.getByRole('textbox', { name: `回复 ${conversation.buyerName}` }).getAttribute('placeholder')).toBe('输入回复…');
  expect(await page.getByRole('checkbox', { name: '翻译成买家的语言（印度尼西亚语）' }).isVisible()).toBe(true);
  await expectNamedControls(page, 'conversation (zh-CN)');

  // Offline, in Chinese too.
  await context.setOffline(true);
  const text = `您好，我们马上处理 ${Date.now()}`;
  await page.getByRole('textbox', { name: `回复 ${conversation.buyerName}` }).fill(text);
  await page.getByRole('button', { name: '发送' }).click();
  await expect.poll(() => reply(page, text).getByTestId('outbox-note').textContent()).toBe('等待网络——联网后发送');
  expect(await page.getByTestId('composer-offline').textContent()).toBe('当前离线。回复会保存在本机，联网后自动发送。');
  await expectNamedControls(page, 'conversation with a queued reply (zh-CN)');
  expect(posts()).toBe(0);
  await context.setOffline(false);
  await expect.poll(() => reply(page, text).getAttribute('data-delivery'), { timeout: 10_000 }).toBe('sent');
  expect(posts()).toBe(1);
});

test('a device with the IndexedDB of before the outbox (Dexie version 1) is upgraded in place: still signed in, same inbox', async () => {
  const { page, expectProblem } = await e2e.newPage();
  expectProblem(/status of 404/); // the JSON page's /favicon.ico
  await signIn(page, e2e.url);
  const rows = page.getByTestId('conversation-row');
  await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(20);
  const before = await rows.count();

  // On a page of the same origin without the app: rebuild the database as version 1 (IndexedDB version
  // 10 for Dexie), with the same rows, indexes and no outbox.
  await page.goto(`${e2e.url}/sandbox/api/state`);
  const rebuilt = await page.evaluate(async () => {
    const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    const current = await request(indexedDB.open('askchat'));
    const stores = [...current.objectStoreNames].filter((name) => name !== 'outbox');
    const copy: { name: string; keyPath: string | string[] | null; indexes: { name: string; keyPath: string | string[] }[]; rows: unknown[] }[] = [];
    for (const name of stores) {
      const store = current.transaction(name).objectStore(name);
      const indexes = [...store.indexNames].map((i) => ({ name: i, keyPath: store.index(i).keyPath }));
      copy.push({ name, keyPath: store.keyPath, indexes, rows: await request(store.getAll()) });
    }
    const wasVersion = current.version;
    current.close();
    await request(indexedDB.deleteDatabase('askchat'));
    const open = indexedDB.open('askchat', 10);
    open.onupgradeneeded = () => {
      for (const s of copy) {
        const store = open.result.createObjectStore(s.name, { keyPath: s.keyPath });
        for (const i of s.indexes) store.createIndex(i.name, i.keyPath);
      }
    };
    const old = await request(open);
    const tx = old.transaction(stores, 'readwrite');
    for (const s of copy) for (const row of s.rows) tx.objectStore(s.name).put(row);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    const result = { wasVersion, stores: [...old.objectStoreNames].sort(), version: old.version };
    old.close();
    return result;
  });
  expect(rebuilt).toEqual({ wasVersion: 20, stores: ['conversations', 'messages', 'meta', 'shops'], version: 10 });

  await page.goto(e2e.url);
  await page.getByRole('heading', { name: 'Inbox' }).waitFor();
  await expect.poll(() => rows.count()).toBe(before);
  const upgraded = await page.evaluate(
    () =>
      new Promise<{ version: number; stores: string[] }>((resolve) => {
        const open = indexedDB.open('askchat');
        open.onsuccess = () => (resolve({ version: open.result.version, stores: [...open.result.objectStoreNames].sort() }), open.result.close());
      }),
  );
  expect(upgraded).toEqual({ version: 20, stores: ['conversations', 'messages', 'meta', 'outbox', 'shops'] });
});
