// The virtual inbox (pages/inbox/virtual-list.ts) with 10,000 conversations written straight into
// IndexedDB: only a window of rows is in the DOM, the scroll reaches the oldest, filters and opening a row
// still work.
import { expect, test } from 'vitest';
import { SEED_COUNT, seedConversations } from '../../scripts/bench/pwa-inbox';
import { countStoredConversations, signIn, useBrowser } from '../support/browser';

const e2e = useBrowser();

test('10,000 conversations: a window of rows in the DOM, the oldest reached by scrolling, filters and opening a row work', async () => {
  const { page } = await e2e.newPage();
  await signIn(page, e2e.url);
  const rows = page.getByTestId('conversation-row');
  await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(20);
  await expect.poll(() => page.getByTestId('sync-status').getAttribute('data-state')).toBe('synced');
  const demo = await countStoredConversations(page);

  await seedConversations(page);
  await page.reload();
  await page.getByRole('heading', { name: 'Inbox' }).waitFor();
  await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(20);
  expect(await countStoredConversations(page)).toBe(demo + SEED_COUNT);
  expect(await rows.count()).toBeLessThan(100);
  const list = page.getByRole('list', { name: 'Conversations' });
  expect(await list.getByRole('listitem').first().getAttribute('aria-setsize')).toBe(String(demo + SEED_COUNT));
  expect(await list.getByRole('listitem').first().getAttribute('aria-posinset')).toBe('1');
  // The list is as tall as all its rows (the scroll bar tells the truth).
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(SEED_COUNT * 50);

  // The bottom: the oldest conversation, still a small window.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const oldest = page.getByText(`Seed buyer ${SEED_COUNT - 1}`, { exact: true });
  await oldest.waitFor({ timeout: 5_000 });
  expect(await oldest.isVisible()).toBe(true);
  expect(await rows.count()).toBeLessThan(100);
  expect(await list.getByRole('listitem').last().getAttribute('aria-posinset')).toBe(String(demo + SEED_COUNT));

  // The middle: rows in order by index.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await expect.poll(async () => (await page.locator('.row-name').allTextContents()).some((n) => /^Seed buyer 4\d{3}$/.test(n))).toBe(true);
  const times = await page.locator('[data-testid="conversation-row"] .row-time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
  expect(times).toEqual([...times].sort().reverse());

  // A filter: "Needs a person" starts again from the top, and every row on screen needs a person.
  await page.getByRole('button', { name: 'Needs a person', exact: true }).click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(20);
  expect(await rows.count()).toBeLessThan(100);
  for (const row of await rows.all()) expect(await row.textContent()).toContain('Needs a human');
  // A status filter reads the [status+lastMessageAt] index: only "Resolved" rows.
  await page.getByRole('button', { name: 'Resolved', exact: true }).click();
  await expect.poll(async () => (await page.locator('.row-name').allTextContents()).some((n) => n.startsWith('Seed buyer'))).toBe(true);
  const resolved = await page.locator('.row-name').allTextContents();
  for (const name of resolved.filter((n) => n.startsWith('Seed buyer '))) expect(Number(name.slice(11)) % 3).toBe(2);

  // Back to all, open the newest (a demo conversation the server knows).
  await page.getByRole('button', { name: 'All', exact: true }).click();
  const first = rows.first();
  const buyer = await first.locator('.row-name').textContent();
  await first.click();
  await page.waitForURL(/\/c\/conv_/);
  await page.getByRole('heading', { name: buyer ?? '' }).waitFor();
  await expect.poll(() => page.getByTestId('message').count()).toBeGreaterThan(0);
  await page.getByRole('link', { name: 'Back to inbox' }).click();
  await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(20);
  expect(await rows.count()).toBeLessThan(100);
});

test('the keyboard walks the rows past the first window', async () => {
  const { page } = await e2e.newPage();
  await signIn(page, e2e.url);
  await expect.poll(() => page.getByTestId('conversation-row').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(20);
  await seedConversations(page, 500);
  await page.reload();
  await page.getByTestId('conversation-row').first().focus();
  // A person's pace (a key every 30 ms): the window follows the focus.
  for (let i = 0; i < 120; i++) await page.keyboard.press('Tab', { delay: 30 });
  const focused = await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('aria-posinset'));
  expect(Number(focused)).toBe(121);
  expect(await page.getByTestId('conversation-row').count()).toBeLessThan(100);
});
