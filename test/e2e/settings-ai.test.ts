// The knowledge base, AI and reply-settings screens in a real Chromium against the real server (fresh
// PGlite folder, demo seed: eight shops with their starter knowledge bases): articles listed, added and
// found by "Try a question"; a template imported into a shop, skipping the titles it has, with the articles
// that need the seller's facts switched off; the AI provider set against a local OpenAI-compatible
// stand-in, its key never shown again; the preview; a shop's reply settings saved and refused; Simplified
// Chinese; offline; an accessible name on every control. One file, so one browser and one server.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { startAiStandin } from '../support/ai-standin';
import { expectNamedControls, signIn, useBrowser, type TrackedPage } from '../support/browser';

const e2e = useBrowser();

// One signed-in owner page shared by the tests that act as the owner (signing in costs a password hash).
let owner: Promise<TrackedPage> | undefined;
function ownerPage(): Promise<TrackedPage> {
  return (owner ??= (async () => {
    const tracked = await e2e.newPage();
    await signIn(tracked.page, e2e.url);
    return tracked;
  })());
}

/** The API as the page's session sees it. */
async function api<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => (await fetch(p)).json(), path) as Promise<T>;
}

interface ShopRow {
  id: string;
  name: string;
}
async function shopId(page: Page, name: string): Promise<string> {
  const { shops } = await api<{ shops: ShopRow[] }>(page, '/api/shops');
  return shops.find((s) => s.name === name)!.id;
}

const articles = (page: Page) => page.getByTestId('kb-article');
const NEW_TITLE = 'Do you ship to Alaska or Hawaii?';

async function openKb(page: Page): Promise<void> {
  await page.goto(`${e2e.url}/settings/kb`);
  await page.getByRole('heading', { name: 'Knowledge base', level: 1 }).waitFor();
  await expect.poll(() => articles(page).count(), { timeout: 15_000 }).toBeGreaterThan(0);
}

// ---------- knowledge base ----------

test('the knowledge base lists the shops’ articles; an added article is found by "Try a question"', async () => {
  const { page } = await ownerPage();
  await page.goto(`${e2e.url}/settings`);
  await page.getByRole('navigation', { name: 'Answers' }).getByRole('link', { name: 'Knowledge base' }).click();
  await page.getByRole('heading', { name: 'Knowledge base', level: 1 }).waitFor();
  await expect.poll(() => articles(page).count(), { timeout: 15_000 }).toBe(20); // the first page of them
  expect(await page.getByRole('button', { name: /^Show more \(\d+ left\)$/ }).isVisible()).toBe(true);

  // One shop: the US shop's 30 starter articles (English and Spanish), two of them waiting for its facts.
  await page.getByLabel('Shop', { exact: true }).selectOption({ label: 'Sunny Home Goods' });
  await page.getByLabel('Show').selectOption({ label: 'Needs your facts' });
  await expect.poll(() => articles(page).count()).toBe(2);
  for (const card of await articles(page).all()) {
    expect(await card.getAttribute('data-state')).toBe('facts');
    expect(await card.textContent()).toContain('Needs your facts');
  }
  await page.getByLabel('Show').selectOption({ label: 'All articles' });
  await page.getByRole('button', { name: 'Show more (10 left)' }).click();
  await expect.poll(() => articles(page).count()).toBe(30);

  // The shared schema catches an empty article before anything is sent; the form opens with the focus in it.
  await page.getByRole('button', { name: 'New article' }).click();
  const form = page.getByTestId('kb-form');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('kb-form-new-title');
  await form.getByRole('button', { name: 'Add article' }).click();
  await form.getByText('Enter a title (up to 200 characters).').waitFor();
  expect(await form.getByLabel('Title', { exact: true }).getAttribute('aria-invalid')).toBe('true');

  await form.getByLabel('Title', { exact: true }).fill(NEW_TITLE);
  await form.getByLabel('Answer', { exact: true }).fill('Yes, we ship to Alaska and Hawaii. The delivery estimate for your address is shown at checkout.');
  expect(await form.getByLabel('For', { exact: true }).inputValue()).toBe(await shopId(page, 'Sunny Home Goods')); // the filtered shop
  await form.getByLabel('Kind').selectOption({ label: 'FAQ' });
  await form.getByLabel('Language').selectOption({ label: 'English' });
  await form.getByLabel('Tags (optional)').fill('shipping, alaska');
  await form.getByRole('button', { name: 'Add article' }).click();
  await page.getByRole('status').filter({ hasText: 'Article added.' }).waitFor();
  const card = articles(page).filter({ has: page.getByRole('heading', { name: NEW_TITLE }) });
  await card.waitFor();
  expect(await card.getAttribute('data-state')).toBe('on');
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H3');

  // "Try a question" runs the pipeline's search: the new article answers.
  await page.getByLabel('Buyer’s question').fill('can you ship to hawaii?');
  await page.getByLabel('Asked in').selectOption({ label: 'Sunny Home Goods' });
  await page.getByRole('button', { name: 'Find the answer' }).click();
  const result = page.getByTestId('kb-try-result');
  await result.getByText('AskChat would answer from:').waitFor();
  expect(await result.locator('.kb-hit .choice-title').textContent()).toBe(NEW_TITLE);
  // Not for another shop.
  await page.getByLabel('Asked in').selectOption({ label: 'Siam Glow' });
  await page.getByRole('button', { name: 'Find the answer' }).click();
  await expect.poll(async () => (await result.textContent()) ?? '').not.toContain(NEW_TITLE);

  // The server has it.
  await page.reload();
  await page.getByRole('heading', { name: NEW_TITLE }).waitFor({ timeout: 15_000 });
});

test('a template adds a category’s articles in the shop’s languages, skips titles it has, and keeps those needing facts off', async () => {
  const { page } = await ownerPage();
  await openKb(page);
  await page.getByRole('button', { name: 'Start from a template' }).click();
  const panel = page.getByTestId('kb-template');
  const plan = panel.getByTestId('kb-template-plan');
  await panel.getByLabel('Shop').selectOption({ label: 'Sunny Home Goods' });
  await panel.getByText('Its languages: English, Spanish').waitFor();

  // The shop's own category: it has every one of them.
  await panel.getByRole('radio', { name: /^Home goods/ }).check();
  await expect.poll(() => plan.textContent()).toBe('0 articles will be added. 30 the shop already has will be skipped.');
  expect(await panel.getByRole('button', { name: 'Add 0 articles' }).isDisabled()).toBe(true);

  // Another category, written in English only: 15 articles, one waiting for the seller's facts.
  await panel.getByRole('radio', { name: /^Fashion & accessories/ }).check();
  await expect.poll(() => plan.textContent()).toBe('15 articles will be added. 1 needs your facts: it is added switched off.');
  await panel.getByRole('button', { name: 'Add 15 articles' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: '15 articles added to Sunny Home Goods. 1 needs your facts: fill in its [placeholders], then switch it on.' })
    .waitFor({ timeout: 20_000 });
  // The list shows that shop's articles that need facts: the two it had and the new one, all off.
  expect(await page.getByLabel('Show').locator('option:checked').textContent()).toBe('Needs your facts');
  await expect.poll(() => articles(page).count()).toBe(3);
  const jewellery = articles(page).filter({ hasText: 'hypoallergenic' });
  expect(await jewellery.getAttribute('data-state')).toBe('facts');
  expect(await jewellery.textContent()).toContain('Needs your facts — off until you fill it in');
  const stored = await api<{ articles: { title: string; active: boolean; tags: string[] }[] }>(page, `/api/kb?shopId=${await shopId(page, 'Sunny Home Goods')}`);
  expect(stored.articles).toHaveLength(30 + 1 + 15);
  expect(stored.articles.find((a) => a.title.includes('hypoallergenic'))).toMatchObject({ active: false, tags: expect.arrayContaining(['needs_seller_review']) });

  // Switching it on with its [placeholders] left is refused.
  await jewellery.getByRole('button', { name: /^Fill in “Is the jewellery hypoallergenic/ }).click();
  const form = page.getByTestId('kb-form');
  await form.getByText('This starter article needs your facts').waitFor();
  await form.getByRole('checkbox', { name: /^On/ }).check();
  await form.getByRole('button', { name: 'Save' }).click();
  await form.getByText('Replace every [placeholder] with your facts before switching the article on.').waitFor();
  await form.getByRole('button', { name: 'Cancel' }).click();

  // A second import of the same template adds nothing.
  await page.getByRole('button', { name: 'Start from a template' }).click();
  await panel.getByRole('radio', { name: /^Fashion & accessories/ }).check();
  expect(await panel.getByLabel('Shop').locator('option:checked').textContent()).toBe('Sunny Home Goods');
  await expect.poll(() => plan.textContent()).toBe('0 articles will be added. 15 the shop already has will be skipped.');
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Start from a template');
});

// ---------- AI provider and preview ----------

test('setting the AI provider shows "key stored", and the key is never shown again', async () => {
  const ai = await startAiStandin();
  const { page, context } = await ownerPage();
  try {
    await page.goto(`${e2e.url}/settings/ai`);
    await page.getByRole('heading', { name: 'AI', level: 1 }).waitFor();
    await page.getByText('No provider set up').waitFor();
    expect(await page.getByText('Without a provider, AskChat’s built-in engine still answers').isVisible()).toBe(true);

    // Checked with the shared schema: an address that is neither https nor local, and no key the first time.
    await page.getByLabel('Address (base URL)').fill('http://provider.example.com/v1');
    await page.getByLabel('Model').fill('gpt-4o-mini');
    await page.getByRole('button', { name: 'Save provider' }).click();
    await page.getByText('Enter an https address, e.g. https://api.openai.com/v1.').waitFor();
    await page.getByText('Enter the API key.').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('ai-baseUrl');

    await page.getByLabel('Address (base URL)').fill(ai.baseUrl);
    await page.getByLabel('API key').fill(ai.apiKey);
    await page.getByLabel('Input, USD per million tokens').fill('0.15');
    await page.getByLabel('Output, USD per million tokens').fill('0.6');
    await page.getByLabel('Daily limit per shop, USD').fill('2');
    await page.getByRole('button', { name: 'Save provider' }).click();
    await page.getByRole('status').filter({ hasText: 'Provider saved.' }).waitFor();
    expect(await page.getByTestId('ai-key-state').textContent()).toBe('Key stored. It is never shown again.');
    expect(await page.getByTestId('ai-provider-state').textContent()).toBe('On: gpt-4o-mini');
    expect(await page.getByLabel('API key').inputValue()).toBe('');

    // After a reload: stored, and the key nowhere in the page.
    await page.reload();
    await page.getByTestId('ai-key-state').waitFor();
    expect(await page.getByTestId('ai-key-state').textContent()).toBe('Key stored. It is never shown again.');
    expect(await page.getByLabel('Address (base URL)').inputValue()).toBe(ai.baseUrl);
    expect(await page.getByLabel('Daily limit per shop, USD').inputValue()).toBe('2');
    expect(await page.getByLabel('API key').inputValue()).toBe('');
    expect(await page.content()).not.toContain(ai.apiKey);

    // Saving with the key field empty keeps the stored key.
    await page.getByLabel('Model').fill('gpt-4o');
    await page.getByRole('button', { name: 'Save provider' }).click();
    await page.getByRole('status').filter({ hasText: 'Provider saved.' }).waitFor();
    expect(await api(page, '/api/ai/provider')).toMatchObject({ configured: true, model: 'gpt-4o', hasKey: true, dailyCapUsd: 2, inputPerMTokUsd: 0.15 });

    // Offline: what was loaded stays, and nothing can be saved.
    await context.setOffline(true);
    await page.getByText('You are offline. Settings can be seen and changed only with a connection.').waitFor();
    expect(await page.getByRole('button', { name: 'Save provider' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Preview the reply' }).isDisabled()).toBe(true);
    expect(await page.getByLabel('Model').inputValue()).toBe('gpt-4o');
    await context.setOffline(false);
    await expect.poll(() => page.getByRole('button', { name: 'Save provider' }).isEnabled()).toBe(true);

    // Removing it asks first.
    await page.getByRole('button', { name: 'Remove provider' }).click();
    await page.getByRole('group', { name: /^Remove the provider and its key\?/ }).getByRole('button', { name: 'Remove provider' }).click();
    await page.getByText('No provider set up').waitFor();
    expect(await api(page, '/api/ai/provider')).toEqual({ configured: false });
  } finally {
    await page.evaluate(() => fetch('/api/ai/provider', { method: 'DELETE' }));
    await ai.close();
  }
});

test('the preview shows the understanding, the decision with its reason, and the reply', async () => {
  const { page } = await ownerPage();
  await page.goto(`${e2e.url}/settings/ai`);
  await page.getByLabel('Shop', { exact: true }).selectOption({ label: 'Toko Cantik Official' });
  await page.getByRole('button', { name: 'Preview the reply' }).click();
  await page.getByText('Type a message first.').waitFor();
  await page.getByLabel('Buyer’s message').fill('Kak, pesanan saya sudah dikirim belum ya? Kapan sampai?');
  await page.getByRole('button', { name: 'Preview the reply' }).click();
  const result = page.getByTestId('ai-preview-result');
  await result.getByTestId('ai-preview-intent').waitFor();
  expect(await result.getByTestId('ai-preview-intent').textContent()).toBe('Order status');
  const text = (await result.textContent()) ?? '';
  expect(text).toContain('Indonesian');
  expect(text).toMatch(/Confidence\d+%/);
  expect(await result.getByTestId('ai-preview-decision').textContent()).toBe('Answers by itself — a routine question it may answer');
  const reply = result.getByTestId('ai-preview-reply');
  expect(((await reply.textContent()) ?? '').length).toBeGreaterThan(20);
  expect(await reply.getAttribute('lang')).toBe('id');
});

// ---------- reply settings ----------

test('reply settings: order status off is saved and kept after a reload, and refused values are shown at their fields', async () => {
  const { page } = await ownerPage();
  await page.goto(`${e2e.url}/settings/shops`);
  await page.getByRole('link', { name: 'Reply settings of Sunny Home Goods' }).click();
  await page.getByRole('heading', { name: 'Reply settings', level: 1 }).waitFor();
  await page.getByTestId('replies-form').waitFor({ timeout: 15_000 });
  expect(await page.getByTestId('replies-shop').textContent()).toBe('Sunny Home Goods');
  // The demo US shop's facts.
  expect(await page.getByLabel('Return window (days)').inputValue()).toBe('30');
  expect(await page.getByLabel('At the earliest').inputValue()).toBe('3');
  expect(await page.getByLabel('At the latest').inputValue()).toBe('7');
  expect(await page.getByRole('radio', { name: /^Friendly/ }).isChecked()).toBe(true);
  expect(await page.getByTestId('coupon').count()).toBe(1);

  const orderStatus = page.getByRole('checkbox', { name: 'Order status', exact: true });
  expect(await orderStatus.isChecked()).toBe(true);
  await orderStatus.uncheck();
  await page.getByRole('button', { name: 'Save reply settings' }).click();
  await page.getByTestId('replies-status').filter({ hasText: 'Reply settings saved.' }).waitFor();
  await page.reload();
  await page.getByTestId('replies-form').waitFor({ timeout: 15_000 });
  expect(await page.getByRole('checkbox', { name: 'Order status', exact: true }).isChecked()).toBe(false);
  expect(await page.getByRole('checkbox', { name: 'Return or refund', exact: true }).isChecked()).toBe(true);
  const id = await shopId(page, 'Sunny Home Goods');
  const saved = await api<{ autoSend: Record<string, boolean>; policies: { returnWindowDays: number; activeCoupons: unknown[] } }>(page, `/api/shops/${id}/settings`);
  expect(saved.autoSend.order_status).toBe(false);
  expect(saved.policies.returnWindowDays).toBe(30);
  expect(saved.policies.activeCoupons).toHaveLength(1); // the rest kept as it was

  // Refused by the shared schema, before anything is sent: a negative return window, then min above max.
  await page.getByLabel('Return window (days)').fill('-3');
  await page.getByRole('button', { name: 'Save reply settings' }).click();
  await page.getByText('Enter a whole number of days from 0 to 365.').waitFor();
  expect(await page.getByLabel('Return window (days)').getAttribute('aria-invalid')).toBe('true');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('replies-returnWindowDays');
  expect(await page.getByTestId('replies-status').textContent()).toBe('Some details are not valid. Check them and try again.');
  await page.getByLabel('Return window (days)').fill('14');
  await page.getByLabel('At the earliest').fill('9');
  await page.getByRole('button', { name: 'Save reply settings' }).click();
  await page.getByText('The earliest cannot be more than the latest.').waitFor();
  expect(await page.getByText('Enter a whole number of days from 0 to 365.').count()).toBe(0);
  await page.reload();
  await page.getByTestId('replies-form').waitFor({ timeout: 15_000 });
  expect(await page.getByLabel('Return window (days)').inputValue()).toBe('30');
  expect(await page.getByLabel('At the earliest').inputValue()).toBe('3');

  // The preview follows the shop's settings: order status now goes to a person.
  await page.goto(`${e2e.url}/settings/ai`);
  await page.getByLabel('Shop', { exact: true }).selectOption({ label: 'Sunny Home Goods' });
  await page.getByLabel('Buyer’s message').fill('Where is my order? When will it arrive?');
  await page.getByRole('button', { name: 'Preview the reply' }).click();
  await expect
    .poll(() => page.getByTestId('ai-preview-decision').textContent())
    .toBe('Goes to a person — the shop does not let it answer this by itself');
});

// ---------- language, accessibility ----------

test('the knowledge base, AI and reply settings pages in 简体中文', async () => {
  const { page } = await e2e.newPage();
  await signIn(page, e2e.url);
  await page.getByLabel('Account').click();
  await page.getByLabel('Language').selectOption({ label: '简体中文' });
  await page.getByRole('link', { name: '设置' }).click();
  const answers = page.getByRole('navigation', { name: '自动回复' });
  await answers.getByRole('link', { name: '知识库' }).click();
  await page.getByRole('heading', { name: '知识库', level: 1 }).waitFor();
  await expect.poll(() => page.getByTestId('kb-article').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  expect(await page.getByRole('button', { name: '从模板开始' }).isVisible()).toBe(true);
  await page.getByRole('button', { name: '从模板开始' }).click();
  await page.getByRole('radio', { name: /^服饰配件/ }).waitFor();
  await expect.poll(() => page.getByTestId('kb-template-plan').textContent()).toMatch(/^将添加 \d+ 篇文章。/);

  const id = await shopId(page, 'Siam Glow');
  const english = /\b(Knowledge|[Tt]emplate|Provider|Reply|Save|Loading|Settings|Back|Answers?|Tone|Preview|Articles?|Delete|Edit|Cancel|[Cc]oupons?|Delivery|Return|Intent|Shop|Show|Needs)\b/;
  for (const path of ['/settings', '/settings/kb', '/settings/ai', `/settings/shops/${id}/replies`]) {
    await page.goto(`${e2e.url}${path}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('.placeholder').filter({ hasText: '加载中' }).waitFor({ state: 'detached' });
    await page.waitForTimeout(300);
    // The page's own words, without the articles' (the demo shops write in their buyers' languages).
    const text = await page.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      body.querySelectorAll('[data-testid="kb-article"], option, [data-testid="coupon"] input').forEach((el) => el.remove());
      return body.textContent ?? '';
    });
    expect(text.replace(/AskChat|TikTok Shop|OpenAI/g, ''), path).not.toMatch(english);
  }
  await page.getByRole('heading', { name: '回复设置', level: 1 }).waitFor();
  expect(await page.getByRole('checkbox', { name: '订单状态', exact: true }).isVisible()).toBe(true);
  expect(await page.getByRole('button', { name: '保存回复设置' }).isVisible()).toBe(true);
});

test('every input, select, button and link on the new pages has an accessible name', async () => {
  const { page } = await ownerPage();
  await page.goto(`${e2e.url}/settings`);
  await page.getByRole('navigation', { name: 'Answers' }).waitFor();
  await expectNamedControls(page, '/settings');

  await openKb(page);
  await expectNamedControls(page, '/settings/kb');
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByTestId('kb-form').waitFor();
  await expectNamedControls(page, '/settings/kb (new article)');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Start from a template' }).click();
  await page.getByTestId('kb-template').getByRole('radio').first().waitFor();
  await expectNamedControls(page, '/settings/kb (template)');
  await page.getByTestId('kb-template').getByRole('button', { name: 'Cancel' }).click();

  await page.goto(`${e2e.url}/settings/ai`);
  await page.getByTestId('ai-provider').waitFor();
  await expectNamedControls(page, '/settings/ai');

  await page.goto(`${e2e.url}/settings/shops/${await shopId(page, 'Aurelia London')}/replies`);
  await page.getByTestId('replies-form').waitFor({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Add a coupon' }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('replies-coupon-1-description');
  await expectNamedControls(page, '/settings/shops/:id/replies');
});

test('notifications on this device: off at first; when the browser cannot subscribe, the card says so and nothing is registered', async () => {
  const { page, context, expectProblem } = await e2e.newPage();
  await signIn(page, e2e.url);
  await page.goto(`${e2e.url}/settings`);
  const state = page.getByTestId('push-state');
  await expect.poll(() => state.getAttribute('data-state')).toBe('off');
  expect(await state.textContent()).toBe('Off.');
  // Allowed, but this browser cannot subscribe (a test profile, like incognito, has no Push API): it refuses,
  // the card shows an error and stays off, and no subscription reaches the server.
  await context.grantPermissions(['notifications'], { origin: e2e.url });
  expectProblem(/Push API|push service|Registration failed|AbortError/i);
  const subscribed: string[] = [];
  page.on('request', (r) => r.url().includes('/api/push/subscriptions') && subscribed.push(r.url()));
  await page.getByRole('button', { name: 'Turn on notifications' }).click();
  await page.getByRole('alert').waitFor({ timeout: 20_000 });
  expect(await state.getAttribute('data-state')).toBe('off');
  expect(subscribed).toEqual([]);
});

test('the service worker shows an escalation notice from a push, tagged by conversation, opening its page', async () => {
  const { page, context } = await e2e.newPage();
  await signIn(page, e2e.url);
  await context.grantPermissions(['notifications'], { origin: e2e.url });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // Deliver a push to the page's service worker the way the browser's push service would (DevTools protocol).
  const cdp = await context.newCDPSession(page);
  const registrationId = await new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', (event: { registrations: { registrationId: string; isDeleted: boolean }[] }) => {
      const live = event.registrations.find((r) => !r.isDeleted);
      if (live) resolve(live.registrationId);
    });
    void cdp.send('ServiceWorker.enable');
  });
  const notice = { title: 'A buyer needs a person · Toko Cantik Official', body: 'Asked for a person — Dewi: Saya mau bicara dengan orang', url: '/c/conv_TEST', tag: 'conv_TEST' };
  await cdp.send('ServiceWorker.deliverPushMessage', { origin: new URL(e2e.url).origin, registrationId, data: JSON.stringify(notice) });
  const shown = async () =>
    page.evaluate(async () => (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({ title: n.title, body: n.body, tag: n.tag, data: n.data })));
  await expect.poll(shown, { timeout: 10_000 }).toEqual([{ title: notice.title, body: notice.body, tag: 'conv_TEST', data: { url: '/c/conv_TEST' } }]);
  // A newer notice of the same conversation replaces it rather than piling up.
  await cdp.send('ServiceWorker.deliverPushMessage', { origin: new URL(e2e.url).origin, registrationId, data: JSON.stringify({ ...notice, body: 'again' }) });
  await expect.poll(async () => (await shown()).map((n) => n.body)).toEqual(['again']);
});

test('reply languages are saved on the shop, and none at all is refused', async () => {
  const { page } = await ownerPage();
  await page.goto(`${e2e.url}/settings/shops`);
  await page.getByRole('link', { name: 'Reply settings of Sunny Home Goods' }).click();
  await page.getByTestId('replies-form').waitFor({ timeout: 15_000 });
  const id = await shopId(page, 'Sunny Home Goods');
  const before = (await api<{ shops: { id: string; languages: string[] }[] }>(page, '/api/shops')).shops.find((s) => s.id === id)!.languages;
  expect(before).toEqual(['en', 'es']);
  const english = page.getByRole('checkbox', { name: 'English', exact: true });
  const spanish = page.getByRole('checkbox', { name: 'Spanish', exact: true });
  const chinese = page.getByRole('checkbox', { name: 'Chinese', exact: true });
  await chinese.check();
  await page.getByRole('button', { name: 'Save reply settings' }).click();
  await page.getByTestId('replies-status').filter({ hasText: 'Reply settings saved.' }).waitFor();
  await expect.poll(async () => (await api<{ shops: { id: string; languages: string[] }[] }>(page, '/api/shops')).shops.find((s) => s.id === id)!.languages).toEqual(['en', 'zh', 'es']);

  for (const box of [english, spanish, chinese]) await box.uncheck();
  await page.getByRole('button', { name: 'Save reply settings' }).click();
  await page.getByTestId('replies-status').filter({ hasText: 'Choose at least one reply language.' }).waitFor();
  expect((await api<{ shops: { id: string; languages: string[] }[] }>(page, '/api/shops')).shops.find((s) => s.id === id)!.languages).toEqual(['en', 'zh', 'es']);
  // Back as it was, for the other tests.
  for (const box of [english, spanish]) await box.check();
  await page.getByRole('button', { name: 'Save reply settings' }).click();
  await page.getByTestId('replies-status').filter({ hasText: 'Reply settings saved.' }).waitFor();
});
