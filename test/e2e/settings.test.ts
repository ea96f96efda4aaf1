// The settings screens in a real Chromium against the real server (fresh PGlite folder, demo seed, the
// TikTok Shop sandbox under /sandbox): shops and their TikTok Shop connections (connect, reconnect, a
// revoked grant), shop types, members and invites, agent groups, Simplified Chinese, what an agent sees,
// offline, and an accessible name on every control. One file, so one browser and one server.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectNamedControls, signIn, useBrowser, type TrackedPage } from '../support/browser';

const e2e = useBrowser();
const MARKETS = ['US', 'GB', 'ID', 'TH', 'MY', 'VN', 'PH', 'SG'];
const AGENT = { email: 'siti@askchat.dev', password: 'askchat-demo' };

// One signed-in owner page shared by the tests that act as the owner (signing in costs a password hash).
let owner: Promise<TrackedPage> | undefined;
function ownerPage(): Promise<TrackedPage> {
  return (owner ??= (async () => {
    const tracked = await e2e.newPage();
    await signIn(tracked.page, e2e.url);
    return tracked;
  })());
}

// The person who joins through an invite (kept open: removing them later signs them out at once).
let invitee: TrackedPage | undefined;

const shopCard = (page: Page, name: string) => page.getByTestId('shop-card').filter({ has: page.getByRole('heading', { name, exact: true }) });

async function openShops(page: Page): Promise<void> {
  await page.goto(`${e2e.url}/settings/shops`);
  await page.getByRole('heading', { name: 'Your shops' }).waitFor();
  await expect.poll(() => page.getByTestId('shop-card').count(), { timeout: 15_000 }).toBe(8);
}

/** Picks a demo seller on the sandbox's authorize page and approves; the server brings the browser back. */
async function authorizeInSandbox(page: Page, seller: string): Promise<void> {
  await page.waitForURL(/\/sandbox\/services\/open\/authorize\?/);
  await page.getByRole('heading', { name: 'Authorize AskChat' }).waitFor();
  await page.getByLabel(seller).check();
  await page.getByRole('button', { name: 'Authorize' }).click();
  // Back on /settings/shops?connected=N; the page then drops the query from the address.
  await page.waitForURL(`${e2e.url}/settings/shops`);
}

// ---------- shops and connections ----------

test('the account menu leads to the settings index, with every section for the owner', async () => {
  const { page } = await ownerPage();
  await page.getByLabel('Account').click();
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.waitForURL(`${e2e.url}/settings`);
  await page.getByRole('heading', { name: 'Settings' }).waitFor();
  const nav = page.getByRole('navigation', { name: 'Settings sections' });
  expect(await nav.getByRole('link').allTextContents()).toHaveLength(3);
  for (const name of ['Shops', 'Members', 'Agent groups']) expect(await nav.getByRole('link', { name, exact: true }).isVisible()).toBe(true);
  await nav.getByRole('link', { name: 'Shops', exact: true }).click();
  await page.getByRole('heading', { name: 'Your shops' }).waitFor();
  await page.getByRole('link', { name: 'Back to settings' }).click();
  await page.getByRole('link', { name: 'Back to inbox' }).click();
  await page.getByRole('heading', { name: 'Inbox' }).waitFor();
});

test('the shops page lists the eight demo shops with their markets and the active state', async () => {
  const { page } = await ownerPage();
  await openShops(page);
  const cards = page.getByTestId('shop-card');
  expect(await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-market')))).toEqual(MARKETS);
  const thai = shopCard(page, 'Siam Glow');
  expect(await thai.textContent()).toContain('Thailand');
  expect(await thai.textContent()).toContain('Thai, English');
  expect(await thai.textContent()).toContain('Asia/Bangkok (GMT+7)');
  expect(await page.getByLabel('Shop type of Siam Glow').inputValue()).toBe('enterprise');
  expect(await page.getByLabel('Shop type of Lumi Global SG').inputValue()).toBe('cross_border');
  for (const card of await cards.all()) expect(await card.locator('.state').textContent()).toBe('Connection: Active');
  // The TikTok Shop accounts behind them, read live from the API.
  await expect.poll(() => page.getByTestId('connection-card').count()).toBe(5);
  expect(await page.getByTestId('connection-card').filter({ hasText: 'Siam Glow Co., Ltd.' }).textContent()).toContain('Active');
  for (const name of ['Connect a shop (US)', 'Connect a shop (other markets)']) expect(await page.getByRole('button', { name }).isEnabled()).toBe(true);
});

test('"Connect a shop (other markets)" goes through the sandbox authorize page and back, with a banner', async () => {
  const { page, expectProblem } = await ownerPage();
  await openShops(page);
  expectProblem(/status of 404/);
  await page.getByRole('button', { name: 'Connect a shop (other markets)' }).click();
  // A full page navigation: /api/tiktok/connect?region=row redirects to the (sandbox's) TikTok authorize page.
  await page.waitForURL(/\/sandbox\/services\/open\/authorize\?/);
  expect(new URL(page.url()).searchParams.get('state')).toBeTruthy();
  // The demo sellers are connected already: this reconnects one, so there are still eight shops.
  await authorizeInSandbox(page, 'Aurelia London Ltd');
  await page.getByRole('status').filter({ hasText: '1 shop connected.' }).waitFor();
  await expect.poll(() => page.getByTestId('shop-card').count()).toBe(8);
  expect(await shopCard(page, 'Aurelia London').locator('.state').textContent()).toBe('Connection: Active');
  // Shown once: a reload does not repeat it.
  await page.reload();
  await page.getByRole('heading', { name: 'Your shops' }).waitFor();
  expect(await page.getByText('shop connected').count()).toBe(0);
});

test("changing a shop's type is saved and still there after a reload", async () => {
  const { page } = await ownerPage();
  await openShops(page);
  const select = page.getByLabel('Shop type of Sunny Home Goods');
  expect(await select.inputValue()).toBe('personal');
  await select.selectOption({ label: 'Brand' });
  await shopCard(page, 'Sunny Home Goods').getByText('Saved.').waitFor();
  await page.reload();
  await expect.poll(() => page.getByLabel('Shop type of Sunny Home Goods').inputValue()).toBe('brand');
  // The server has it (not only this device's IndexedDB).
  const shops = (await (await page.request.get(`${e2e.url}/api/shops`)).json()) as { shops: { name: string; type: string }[] };
  expect(shops.shops.find((s) => s.name === 'Sunny Home Goods')?.type).toBe('brand');
});

test('a revoked TikTok Shop grant shows "reconnect" on the Thai shop, and Reconnect brings it back', async () => {
  const { page, expectProblem } = await ownerPage();
  await openShops(page);
  const revoked = await fetch(`${e2e.url}/sandbox/api/sellers/sbx-open-siam/revoke`, { method: 'POST' });
  expect(revoked.status).toBe(200);
  // The sandbox pushes a type-6 webhook; the server processes it after answering, and the sync brings the
  // shop's new state into IndexedDB while the page is open.
  const thai = shopCard(page, 'Siam Glow');
  await expect.poll(() => thai.locator('.state').textContent(), { timeout: 30_000 }).toBe('Connection: Removed in TikTok Shop — reconnect');
  expect(await shopCard(page, 'Toko Cantik Official').locator('.state').textContent()).toBe('Connection: Active');
  const account = page.getByTestId('connection-card').filter({ hasText: 'Siam Glow Co., Ltd.' });
  await expect.poll(() => account.getAttribute('data-status')).toBe('revoked');
  expect(await account.textContent()).toContain('The seller removed AskChat in TikTok Shop');

  expectProblem(/status of 404/);
  await page.getByRole('button', { name: 'Reconnect Siam Glow' }).click();
  await authorizeInSandbox(page, 'Siam Glow Co., Ltd.');
  await page.getByRole('status').filter({ hasText: '1 shop connected.' }).waitFor();
  await expect.poll(() => shopCard(page, 'Siam Glow').locator('.state').textContent(), { timeout: 15_000 }).toBe('Connection: Active');
  expect(await page.getByRole('button', { name: 'Reconnect Siam Glow' }).count()).toBe(0);
});

// ---------- members and invites ----------

test('inviting an agent shows the link once, and the link lets the person join from a fresh browser', async () => {
  const { page } = await ownerPage();
  await page.goto(`${e2e.url}/settings/members`);
  await expect.poll(() => page.getByTestId('member-card').count(), { timeout: 15_000 }).toBe(6);

  // The shared schema catches a bad email before anything is sent.
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByRole('button', { name: 'Create invite link' }).click();
  await page.getByText('Enter a valid email address.').waitFor();
  expect(await page.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');

  await page.getByLabel('Email').fill('night.agent@example.com');
  await page.getByRole('checkbox', { name: 'Thailand' }).check();
  await page.getByRole('button', { name: 'Create invite link' }).click();
  const linkInput = page.getByLabel('Invite link');
  await linkInput.waitFor();
  const link = await linkInput.inputValue();
  expect(link).toMatch(new RegExp(`^${e2e.url}/invite#.{20,}$`));
  expect(await page.getByText('This link is shown only once. Copy it now and send it to night.agent@example.com.').isVisible()).toBe(true);
  await page.getByRole('button', { name: 'Copy', exact: true }).click();
  await page.getByRole('status').filter({ hasText: /^(Copied\.|Could not copy\. Select the link and copy it\.)$/ }).waitFor();
  const invite = page.getByTestId('invite-card').filter({ hasText: 'night.agent@example.com' });
  await invite.waitFor();
  expect(await invite.textContent()).toContain('Agent');

  // Once: gone after Done, and not shown again after a reload (the server keeps only its hash).
  await page.getByRole('button', { name: 'Done' }).click();
  expect(await page.getByLabel('Invite link').count()).toBe(0);
  await page.reload();
  await invite.waitFor();
  expect(await page.getByLabel('Invite link').count()).toBe(0);
  expect(await page.content()).not.toContain(link.split('#')[1]);

  invitee = await e2e.newPage();
  const guest = invitee.page;
  await guest.goto(link);
  await guest.getByRole('heading', { name: 'Join AskChat Demo Shops' }).waitFor();
  await guest.getByLabel('Your name').fill('Night Agent');
  await guest.getByLabel('Choose a password').fill('a-long-password');
  await guest.getByRole('button', { name: 'Join' }).click();
  await guest.getByRole('heading', { name: 'Inbox' }).waitFor();
  // In the Thailand group from the invite: the Thai shop's conversations arrive.
  await expect.poll(() => guest.getByTestId('conversation-row').count(), { timeout: 15_000 }).toBeGreaterThan(0);

  await page.reload();
  const joined = page.getByTestId('member-card').filter({ hasText: 'Night Agent' });
  await joined.waitFor();
  expect(await joined.textContent()).toContain('Groups: Thailand');
  expect(await page.getByLabel('Role of Night Agent').inputValue()).toBe('agent');
  expect(await page.getByTestId('invite-card').count()).toBe(0);

  // An invite can be withdrawn (after a confirmation).
  await page.getByLabel('Email').fill('later@example.com');
  await page.getByRole('button', { name: 'Create invite link' }).click();
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'Withdraw the invite for later@example.com' }).click();
  await page.getByRole('group', { name: /^Withdraw the invite for later@example\.com\?/ }).getByRole('button', { name: 'Withdraw' }).click();
  await expect.poll(() => page.getByTestId('invite-card').count()).toBe(0);
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('invites-title');
});

test("the server's refusal to leave the organisation without an owner is shown, translated, and the role stays", async () => {
  const { page, expectProblem } = await ownerPage();
  // Chromium logs the 409 answer as a failed resource; it is the point of this test.
  expectProblem(/status of 409/);
  await page.goto(`${e2e.url}/settings/members`);
  const role = page.getByLabel('Role of Demo Owner');
  await role.waitFor();
  await role.selectOption('admin');
  await page.getByText('An organisation needs at least one owner. Make someone else owner first.').waitFor();
  expect(await role.inputValue()).toBe('owner');
  // Nobody removes themselves here, and the other members can be removed (after a confirmation).
  expect(await page.getByRole('button', { name: 'Remove Demo Owner' }).count()).toBe(0);
  await page.getByRole('button', { name: 'Remove Oliver Bennett' }).click();
  await page.getByRole('group', { name: /^Remove Oliver Bennett from AskChat Demo Shops\?/ }).waitFor();
  await page.getByRole('button', { name: 'Cancel' }).click();
  expect(await page.getByRole('button', { name: 'Remove Oliver Bennett' }).isVisible()).toBe(true);

  // Removing a member signs them out at once: their open app gets a 401 and shows the sign-in screen.
  invitee?.expectProblem(/status of 401/);
  await page.getByRole('button', { name: 'Remove Night Agent' }).click();
  await page.getByRole('group', { name: /^Remove Night Agent/ }).getByRole('button', { name: 'Remove', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Night Agent was removed.' }).waitFor();
  expect(await page.getByTestId('member-card').filter({ hasText: 'Night Agent' }).count()).toBe(0);
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('members-title');
  await invitee?.page.getByRole('heading', { name: 'Sign in' }).waitFor({ timeout: 30_000 });
});

// ---------- agent groups ----------

test('creating a group with a member and a shop shows it, with their names', async () => {
  const { page } = await ownerPage();
  await page.goto(`${e2e.url}/settings/groups`);
  await expect.poll(() => page.getByTestId('group-card').count(), { timeout: 15_000 }).toBe(4);
  await page.getByRole('button', { name: 'New group' }).click();
  const form = page.getByTestId('group-form');
  // The shared schema wants a name.
  await form.getByRole('button', { name: 'Create group' }).click();
  await form.getByText('Enter a name for the group.').waitFor();

  await form.getByLabel('Name', { exact: true }).fill('Weekend cover');
  await form.getByLabel('New conversations go to').selectOption('least_loaded');
  await form.getByRole('checkbox', { name: /^Grace Santos/ }).check();
  await form.getByRole('checkbox', { name: /^Aurelia London/ }).check();
  await form.getByRole('checkbox', { name: 'United Kingdom', exact: true }).check();
  await form.getByRole('button', { name: 'Create group' }).click();

  const card = page.getByTestId('group-card').filter({ has: page.getByRole('heading', { name: 'Weekend cover' }) });
  await card.waitFor();
  const text = await card.textContent();
  for (const part of ['Grace Santos', 'Aurelia London', 'United Kingdom', 'The least busy agent']) expect(text).toContain(part);
  await page.getByRole('status').filter({ hasText: 'Group saved.' }).waitFor();

  // It is the server's, not only this page's.
  await page.reload();
  await card.waitFor();
  expect(await page.getByTestId('group-card').count()).toBe(5);

  // Edit it: the form opens in place with its values.
  await page.getByRole('button', { name: 'Edit Weekend cover' }).click();
  expect(await form.getByLabel('Name', { exact: true }).inputValue()).toBe('Weekend cover');
  expect(await form.getByRole('checkbox', { name: /^Grace Santos/ }).isChecked()).toBe(true);
  await form.getByLabel('Name', { exact: true }).fill('Weekend and holidays');
  await form.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name: 'Weekend and holidays' }).waitFor();

  // And delete it (after a confirmation).
  await page.getByRole('button', { name: 'Delete Weekend and holidays' }).click();
  await page.getByRole('group', { name: /^Delete Weekend and holidays\?/ }).getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('status').filter({ hasText: 'Group deleted.' }).waitFor();
  expect(await page.getByTestId('group-card').count()).toBe(4);
});

// ---------- languages, agents, accessibility, offline ----------

test('the settings pages in 简体中文', async () => {
  const { page } = await e2e.newPage();
  await signIn(page, e2e.url);
  await page.getByLabel('Account').click();
  await page.getByLabel('Language').selectOption({ label: '简体中文' });
  await page.getByRole('link', { name: '设置' }).click();
  await page.getByRole('heading', { name: '设置' }).waitFor();
  for (const name of ['店铺', '成员', '客服组']) expect(await page.getByRole('link', { name, exact: true }).isVisible()).toBe(true);

  await page.getByRole('link', { name: '店铺', exact: true }).click();
  await page.getByRole('heading', { name: '你的店铺' }).waitFor();
  await expect.poll(() => page.getByTestId('shop-card').count()).toBe(8);
  expect(await page.getByRole('button', { name: '连接店铺（美国）' }).isVisible()).toBe(true);
  expect(await page.getByRole('button', { name: '连接店铺（其他市场）' }).isVisible()).toBe(true);
  const thai = shopCard(page, 'Siam Glow');
  expect(await thai.textContent()).toContain('泰国');
  expect(await thai.locator('.state').textContent()).toBe('连接状态：正常');
  expect(await page.getByLabel('Siam Glow 的店铺类型').locator('option:checked').textContent()).toBe('企业店');
  await page.getByRole('heading', { name: 'TikTok Shop 账号' }).waitFor();

  await page.goto(`${e2e.url}/settings/members`);
  await page.getByRole('heading', { name: '成员列表' }).waitFor();
  expect(await page.getByRole('button', { name: '生成邀请链接' }).isVisible()).toBe(true);
  expect(await page.getByRole('radio', { name: /^客服/ }).isChecked()).toBe(true);

  await page.goto(`${e2e.url}/settings/groups`);
  await page.getByRole('heading', { name: '全部客服组' }).waitFor();
  await expect.poll(() => page.getByTestId('group-card').count()).toBeGreaterThan(0);
  expect(await page.getByRole('button', { name: '新建客服组' }).isVisible()).toBe(true);
  expect(await page.getByText('最空闲的客服').count()).toBeGreaterThan(0);

  // No English sentence of these screens is left.
  for (const path of ['/settings', '/settings/shops', '/settings/members', '/settings/groups']) {
    await page.goto(`${e2e.url}${path}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForTimeout(300);
    const body = (await page.locator('body').innerText()).replace(/AskChat|TikTok Shop/g, '');
    expect(body, path).not.toMatch(/\b(Connect|Shop type|Active|Members|Invite|Routing|Groups|Loading|Settings|Back)\b/);
  }
});

test('an agent sees only "My groups": no shop-connect buttons and only their own group, read-only', async () => {
  const { page } = await e2e.newPage();
  await signIn(page, e2e.url, AGENT);
  await page.getByLabel('Account').click();
  await page.getByRole('link', { name: 'Settings' }).click();
  const nav = page.getByRole('navigation', { name: 'Settings sections' });
  await nav.waitFor();
  expect(await nav.getByRole('link').count()).toBe(1);
  await nav.getByRole('link', { name: 'My groups' }).click();

  await page.getByRole('heading', { name: 'My groups', level: 1 }).waitFor();
  await expect.poll(() => page.getByTestId('group-card').count(), { timeout: 15_000 }).toBe(1);
  const group = page.getByTestId('group-card');
  expect(await group.getByRole('heading').textContent()).toBe('Indonesia');
  expect(await group.textContent()).toContain('Siti Rahma');
  expect(await group.textContent()).toContain('Toko Cantik Official');
  expect(await page.getByRole('button').count()).toBe(0);

  // Shops: their groups' shops, read-only; no connect or reconnect, no type to change.
  await page.goto(`${e2e.url}/settings/shops`);
  await page.getByRole('heading', { name: 'Shops of your groups' }).waitFor();
  await expect.poll(() => page.getByTestId('shop-card').count()).toBe(1);
  expect(await page.getByRole('button', { name: /Connect a shop|Reconnect/ }).count()).toBe(0);
  expect(await page.getByRole('combobox').count()).toBe(0);
  expect(await page.getByTestId('shop-card').textContent()).toContain('Enterprise');
  expect(await page.getByRole('heading', { name: 'TikTok Shop accounts' }).count()).toBe(0);

  await page.goto(`${e2e.url}/settings/members`);
  await page.getByText('Only owners and admins can manage this.').waitFor();
  expect(await page.getByTestId('member-card').count()).toBe(0);
});

test('every input, select, button and link on the settings pages has an accessible name', async () => {
  const { page } = await ownerPage();
  await page.goto(`${e2e.url}/settings`);
  await page.getByRole('navigation', { name: 'Settings sections' }).waitFor();
  await expectNamedControls(page, '/settings');

  await openShops(page);
  await expect.poll(() => page.getByTestId('connection-card').count()).toBe(5);
  await expectNamedControls(page, '/settings/shops');

  await page.goto(`${e2e.url}/settings/members`);
  await expect.poll(() => page.getByTestId('member-card').count()).toBeGreaterThan(5);
  await page.getByRole('checkbox', { name: 'Indonesia' }).waitFor();
  await expectNamedControls(page, '/settings/members');
  await page.getByRole('button', { name: 'Remove Siti Rahma' }).click();
  await expectNamedControls(page, '/settings/members (confirming a removal)');
  await page.getByRole('button', { name: 'Cancel' }).click();
  // Focus comes back to the button that asked.
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Remove Siti Rahma');

  await page.goto(`${e2e.url}/settings/groups`);
  await expect.poll(() => page.getByTestId('group-card').count()).toBeGreaterThan(3);
  await expectNamedControls(page, '/settings/groups');
  await page.getByRole('button', { name: 'Edit Indonesia' }).click();
  await page.getByTestId('group-form').waitFor();
  // The form opens with the focus in its first field.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('group-name');
  await expectNamedControls(page, '/settings/groups (editing)');
  await page.getByRole('button', { name: 'Cancel' }).click();
});

test('offline, the shops page shows the saved shops with the buttons disabled, and members wait for the network', async () => {
  const { page, context, expectProblem } = await e2e.newPage();
  await signIn(page, e2e.url);
  await openShops(page);
  await expect.poll(() => page.getByTestId('connection-card').count()).toBe(5); // nothing of ours in flight
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  // The app asks nothing of the network while offline (checked below); the browser itself may still try
  // (the service worker's update check on a navigation), and Chromium logs that failure.
  expectProblem(/ERR_INTERNET_DISCONNECTED/);
  // Counted from the moment the browser is offline: a request the app started just before is not one.
  let offline = false;
  const offlineRequests: string[] = [];
  page.on('request', (request) => offline && request.url().includes('/api/') && offlineRequests.push(request.url()));
  await context.setOffline(true);
  offline = true;
  await page.reload();
  await page.getByRole('heading', { name: 'Your shops' }).waitFor();
  await expect.poll(() => page.getByTestId('shop-card').count()).toBe(8);
  await page.getByText('You are offline. These are the shops saved on this device').waitFor();
  for (const name of ['Connect a shop (US)', 'Connect a shop (other markets)']) expect(await page.getByRole('button', { name }).isDisabled()).toBe(true);
  expect(await page.getByLabel('Shop type of Siam Glow').isDisabled()).toBe(true);

  await page.getByRole('link', { name: 'Back to settings' }).click();
  await page.getByRole('link', { name: 'Members', exact: true }).click();
  await page.getByRole('heading', { name: 'Members', level: 1 }).waitFor();
  await page.getByText('You are offline. Settings can be seen and changed only with a connection.').waitFor();
  await page.getByText('Connect to the internet to see this list.').first().waitFor();
  expect(await page.getByRole('button', { name: 'Create invite link' }).isDisabled()).toBe(true);
  expect(await page.getByTestId('member-card').count()).toBe(0);

  expect(offlineRequests).toEqual([]);

  // Back online, the page loads by itself.
  offline = false;
  await context.setOffline(false);
  await expect.poll(() => page.getByTestId('member-card').count(), { timeout: 15_000 }).toBeGreaterThan(5);
  expect(await page.getByRole('button', { name: 'Create invite link' }).isEnabled()).toBe(true);
});
