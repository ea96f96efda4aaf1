// AskChat's PWA in a real Chromium, against the real server (fresh PGlite folder, demo seed): sign-in,
// the inbox from IndexedDB, a conversation, languages, invites, and the PWA shell (manifest, service
// worker, offline reload). One file, so one browser and one server: a fresh server takes ~14 s to start.
import { expect, test } from 'vitest';
import { reply, startAiStandin } from '../support/ai-standin';
import { DEMO, countStoredConversations, signIn, useBrowser, type TrackedPage } from '../support/browser';

const e2e = useBrowser();

// One signed-in page shared by the tests that only read (signing in costs a password hash on the server).
let signedIn: Promise<TrackedPage> | undefined;
function signedInPage(): Promise<TrackedPage> {
  return (signedIn ??= (async () => {
    const tracked = await e2e.newPage();
    await signIn(tracked.page, e2e.url);
    return tracked;
  })());
}

/** Width and height from a PNG's IHDR chunk (after the 8-byte signature and the chunk header). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// ---------- sign-in, inbox, conversation, languages, invites ----------

test('the page at / renders the login screen', async () => {
  const { page } = await e2e.newPage();
  await page.goto(e2e.url);
  await expect.poll(() => page.getByRole('heading', { name: 'Sign in' }).isVisible()).toBe(true);
  expect(await page.getByLabel('Email').isVisible()).toBe(true);
  expect(await page.getByLabel('Password').isVisible()).toBe(true);
  expect(await page.getByRole('button', { name: 'Sign in' }).isVisible()).toBe(true);
  expect(await page.getByLabel('Language').inputValue()).toBe('en');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
});

test('a wrong password shows the translated error', async () => {
  const { page, expectProblem } = await e2e.newPage();
  // Chromium logs every 4xx answer as "Failed to load resource"; this one is the point of the test.
  expectProblem(/status of 401/);
  await page.goto(e2e.url);
  await page.getByLabel('Email').fill(DEMO.email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toBe('The email or password is not right.');

  // The sentence comes from the error code, so it follows the language (the server's text is English).
  await page.getByLabel('Language').selectOption({ label: '简体中文' });
  await expect.poll(() => alert.textContent()).toBe('邮箱或密码不正确。');
  expect(await page.getByRole('heading', { name: '登录' }).isVisible()).toBe(true);
});

test('an invalid email is caught by the shared schema before anything is sent', async () => {
  const { page } = await e2e.newPage();
  const requests: string[] = [];
  page.on('request', (request) => request.url().includes('/api/') && requests.push(request.url()));
  await page.goto(e2e.url);
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByLabel('Password').fill('whatever');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('Enter a valid email address.').waitFor();
  expect(await page.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
  expect(requests).toEqual([]);
});

test('signing in with the demo login shows the inbox rows read from IndexedDB', async () => {
  const { page } = await signedInPage();
  const rows = page.getByTestId('conversation-row');
  await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(20);
  await expect.poll(() => page.getByTestId('sync-status').getAttribute('data-state')).toBe('synced');
  // Every row on screen is a row of IndexedDB (the UI reads nothing else): the virtual list knows them all
  // (aria-setsize) and renders a window of them.
  const stored = await countStoredConversations(page);
  expect(Number(await page.getByRole('listitem').first().getAttribute('aria-setsize'))).toBe(stored);
  expect(await rows.count()).toBe(Math.min(stored, 60));

  const first = rows.first();
  expect(await first.getAttribute('href')).toMatch(/^\/c\/conv_/);
  expect((await first.textContent())?.length).toBeGreaterThan(10);
  expect(await page.getByText('Needs a human').count()).toBeGreaterThan(0);
  // Newest first.
  const times = await page.locator('[data-testid="conversation-row"] time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
  expect(times).toEqual([...times].sort().reverse());
});

test('a buyer message sent through the sandbox appears in the open inbox within 2 seconds', async () => {
  const { page } = await signedInPage();
  await page.goto(e2e.url);
  const rows = page.getByTestId('conversation-row');
  await expect.poll(() => page.getByTestId('sync-status').getAttribute('data-state'), { timeout: 15_000 }).toBe('synced');
  await page.waitForTimeout(300); // the long-poll is outstanding now
  // The list is virtual (a window of rows): count every conversation through the list's aria-setsize.
  const total = async () => Number(await page.getByRole('listitem').first().getAttribute('aria-setsize'));
  const before = await total();
  const text = `Hola, ¿dónde está mi pedido? ${Date.now()}`;
  const sent = Date.now();
  const res = await fetch(`${e2e.url}/sandbox/api/buyer-messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, market: 'US' }) });
  expect(res.status).toBe(201);
  // The buyer's new conversation appears at the top of the inbox (its preview may already be AskChat's answer).
  await expect.poll(total, { timeout: 2000, interval: 50 }).toBe(before + 1);
  expect(Date.now() - sent).toBeLessThan(2000);
  expect(await rows.count()).toBeGreaterThan(0);
});

test('opening a row shows its messages', async () => {
  const { page } = await signedInPage();
  await page.goto(e2e.url);
  const row = page.getByTestId('conversation-row').first();
  const buyer = await row.locator('.row-name').textContent();
  await row.click();
  await page.waitForURL(/\/c\/conv_/);
  await page.getByRole('heading', { name: buyer ?? '' }).waitFor();
  const messages = page.getByTestId('message');
  await expect.poll(() => messages.count()).toBeGreaterThan(0);
  expect(await messages.first().locator('time').count()).toBe(1);
  expect(await messages.first().locator('.message-sender').textContent()).toBeTruthy();

  await page.getByRole('link', { name: 'Back to inbox' }).click();
  await page.getByRole('heading', { name: 'Inbox' }).waitFor();
});

test('with an AI provider: a Thai buyer’s message is translated on request, and the hand-off summary is shown', async () => {
  const ai = await startAiStandin();
  try {
    ai.handle((req) => {
      const rules: string = req.body.messages[0].content;
      if (rules.startsWith('Translate')) return reply.json({ text: 'The item arrived broken, I want to talk to a person.' });
      if (rules.includes('note for the TikTok Shop agent')) return reply.json({ summary: 'Broken item on arrival; the buyer asks for a person.' });
      return reply.json({ reply: '', handoff: true, reason: 'needs a person', facts_used: [] });
    });
    const { page } = await signedInPage();
    await page.goto(e2e.url);
    const api = (method: string, path: string, body?: unknown) =>
      page.evaluate(
        async ([m, p, b]) => {
          const res = await fetch(p as string, { method: m as string, headers: { 'content-type': 'application/json' }, body: b === undefined ? undefined : JSON.stringify(b) });
          return { status: res.status, body: await res.json() };
        },
        [method, path, body] as const,
      );
    expect((await api('PUT', '/api/ai/provider', { baseUrl: ai.baseUrl, model: 'gpt-4o-mini', apiKey: ai.apiKey })).status).toBe(200);

    const text = `ของที่ได้รับแตกหักค่ะ ขอคุยกับเจ้าหน้าที่หน่อยค่ะ ${Date.now()}`;
    const res = await fetch(`${e2e.url}/sandbox/api/buyer-messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, market: 'TH' }) });
    expect(res.status).toBe(201);
    // Find AskChat's conversation holding the message, then open it as the seller would.
    let id: string | undefined;
    await expect
      .poll(async () => {
        const list = (await api('GET', '/api/conversations?limit=10')).body.conversations as { id: string; handoffSummary: string | null }[];
        id = list.find((c) => c.handoffSummary)?.id;
        return id;
      }, { timeout: 10_000 })
      .toBeTruthy();
    await page.goto(`${e2e.url}/c/${id}`);
    await page.getByTestId('handoff-summary').filter({ hasText: 'Broken item on arrival; the buyer asks for a person.' }).waitFor();
    const message = page.getByTestId('message').filter({ hasText: text });
    await message.getByRole('button', { name: 'Translate' }).click();
    await expect.poll(() => message.getByTestId('message-translation').textContent()).toBe('Translated: The item arrived broken, I want to talk to a person.');
    // Kept on the message: after a reload it is still there, read from IndexedDB, and the link is gone.
    await page.reload();
    await expect.poll(() => message.getByTestId('message-translation').textContent()).toContain('The item arrived broken');
    expect(await message.getByRole('button', { name: 'Translate' }).count()).toBe(0);
  } finally {
    const { page } = await signedInPage();
    await page.evaluate(() => fetch('/api/ai/provider', { method: 'DELETE' }));
    await ai.close();
  }
});

test('switching to 简体中文 translates the UI', async () => {
  const { page } = await e2e.newPage();
  await signIn(page, e2e.url);
  await expect.poll(() => page.getByTestId('conversation-row').count()).toBeGreaterThan(0);
  await page.getByLabel('Account').click();
  await page.getByLabel('Language').selectOption({ label: '简体中文' });

  await page.getByRole('heading', { name: '收件箱' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  expect(await page.getByRole('button', { name: '退出登录' }).isVisible()).toBe(true);
  expect(await page.getByRole('button', { name: '全部' }).isVisible()).toBe(true);
  expect(await page.getByText('订单状态').count()).toBeGreaterThan(0);
  expect(await page.getByText('需要人工').count()).toBeGreaterThan(0);
  expect(await page.getByText('Order status').count()).toBe(0);

  // The choice is remembered on this device.
  await page.reload();
  await page.getByRole('heading', { name: '收件箱' }).waitFor();

  // And signing out clears what the device held.
  await page.getByLabel('账户').click();
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByRole('heading', { name: '登录' }).waitFor();
  expect(await countStoredConversations(page)).toBe(0);
});

test('an invite link lets a new agent join and opens their (empty) inbox', async () => {
  // The owner creates the invite through the API, as the settings screen will.
  const origin = { origin: e2e.url, 'content-type': 'application/json' };
  const login = await fetch(`${e2e.url}/api/auth/login`, { method: 'POST', headers: origin, body: JSON.stringify(DEMO) });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const created = await fetch(`${e2e.url}/api/invites`, { method: 'POST', headers: { ...origin, cookie }, body: JSON.stringify({ email: 'new.agent@example.com', role: 'agent' }) });
  expect(created.status, await created.clone().text()).toBe(201);
  const { link } = (await created.json()) as { link: string };
  expect(link).toMatch(/\/invite#.{20,}$/);

  const { page } = await e2e.newPage();
  await page.goto(link);
  await page.getByRole('heading', { name: 'Join AskChat Demo Shops' }).waitFor();
  expect(await page.getByText('You are invited as agent with new.agent@example.com.').isVisible()).toBe(true);
  await page.getByLabel('Your name').fill('New Agent');
  await page.getByLabel('Choose a password').fill('a-long-password');
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByRole('heading', { name: 'Inbox' }).waitFor();
  // An agent in no group sees no shop yet: the inbox says so instead of showing a spinner forever.
  await page.getByText('No conversations yet').waitFor();
  expect(await page.getByTestId('conversation-row').count()).toBe(0);
});

// ---------- the PWA shell ----------

test('the manifest is valid: name, start_url, standalone display and PNG icons of 192 and 512', async () => {
  const { page, context } = await e2e.newPage();
  await page.goto(e2e.url);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifestUrl = new URL(href!, e2e.url);
  const response = await context.request.get(manifestUrl.href);
  expect(response.status()).toBe(200);
  const manifest = (await response.json()) as {
    name: string;
    short_name: string;
    start_url: string;
    scope: string;
    display: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({ name: 'AskChat', short_name: 'AskChat', start_url: '/', scope: '/', display: 'standalone' });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);

  for (const size of [192, 512]) {
    const icon = manifest.icons.find((i) => i.sizes === `${size}x${size}` && (i.purpose ?? 'any').includes('any'));
    expect(icon, `an icon of ${size}x${size}`).toBeDefined();
    expect(icon!.type).toBe('image/png');
    const png = await context.request.get(new URL(icon!.src, manifestUrl).href);
    expect(png.status()).toBe(200);
    expect(png.headers()['content-type']).toBe('image/png');
    expect(pngSize(await png.body())).toEqual({ width: size, height: size });
  }
  const maskable = manifest.icons.find((i) => i.purpose?.includes('maskable'));
  expect(maskable).toBeDefined();
  expect(pngSize(await (await context.request.get(new URL(maskable!.src, manifestUrl).href)).body())).toEqual({ width: 512, height: 512 });

  // Chromium's own verdict on installability. Test contexts are incognito-like, which Chromium always
  // reports; anything else (manifest, icons, start URL, scope) would show up here.
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
  expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
});

test('the service worker is registered and controls the page after reload', async () => {
  const { page } = await e2e.newPage();
  await page.goto(e2e.url);
  const scriptUrl = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
  expect(scriptUrl).toBe(`${e2e.url}/sw.js`);
  await page.reload();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${e2e.url}/sw.js`);
  // The worker serves the app shell, never API answers.
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    return urls;
  });
  expect(cached).toContain('/index.html');
  expect(cached.some((u) => u.startsWith('/assets/') && u.endsWith('.js'))).toBe(true);
  expect(cached.filter((u) => u.startsWith('/api') || u.startsWith('/sandbox'))).toEqual([]);
});

test('after going offline a reload still shows the inbox rows from IndexedDB', async () => {
  const { page, context } = await e2e.newPage();
  await signIn(page, e2e.url);
  const rows = page.getByTestId('conversation-row');
  await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(20);
  const online = await rows.count();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await context.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { name: 'Inbox' }).waitFor();
  await expect.poll(() => rows.count()).toBe(online);
  expect(await page.getByTestId('sync-status').getAttribute('data-state')).toBe('offline');

  // A conversation opens offline too: its chunk is precached and its messages are in IndexedDB.
  await rows.first().click();
  await expect.poll(() => page.getByTestId('message').count()).toBeGreaterThan(0);

  // Back online, sync resumes by itself.
  await context.setOffline(false);
  await page.getByRole('link', { name: 'Back to inbox' }).click();
  await expect.poll(() => page.getByTestId('sync-status').getAttribute('data-state')).toBe('synced');
});
