// The inbox's reply-deadline countdown and its "Assigned to me" / "Needs a person" filters, and the roster
// editor (/settings/roster, and a member's from the members page), in a real Chromium against the real
// server (fresh PGlite folder, demo seed). An Indonesian buyer asking for a person is handed off; the
// Indonesian shops are made draft-only first, so no holding message stops TikTok's response clock.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectNamedControls, signIn, useBrowser } from '../support/browser';

const e2e = useBrowser();
const SITI = { email: 'siti@askchat.dev', password: 'askchat-demo' };

async function api<T>(page: Page, path: string, method = 'GET', body?: unknown): Promise<T> {
  return page.evaluate(
    async ([p, m, b]) => {
      const res = await fetch(p as string, { method: m as string, headers: b === undefined ? {} : { 'content-type': 'application/json' }, body: b === undefined ? undefined : JSON.stringify(b) });
      return { status: res.status, body: await res.json() };
    },
    [path, method, body] as const,
  ) as Promise<T>;
}

async function buyerWrites(text: string, market: string): Promise<void> {
  const res = await fetch(`${e2e.url}/sandbox/api/buyer-messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, market }) });
  expect(res.ok).toBe(true);
}

/** Conversations in the page's IndexedDB, read without the app's code. */
function stored(page: Page): Promise<{ id: string; assigneeId: string | null; needsHuman: boolean; dueAt: string | null }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('askchat');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('conversations').objectStore('conversations').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
  );
}

const rows = (page: Page) => page.getByTestId('conversation-row');
const filter = (page: Page, name: string) => page.getByRole('navigation', { name: 'Filter conversations' }).getByRole('button', { name, exact: true });

test('a waiting buyer shows a countdown; "Needs a person" and "Assigned to me" filter the inbox', async () => {
  const { page } = await e2e.newPage();
  await signIn(page, e2e.url);
  const { body } = await api<{ body: { shops: { id: string; market: string }[] } }>(page, '/api/shops');
  for (const shop of body.shops.filter((s) => s.market === 'ID')) {
    const put = await api<{ status: number }>(page, `/api/shops/${shop.id}/settings`, 'PUT', { draftOnly: true });
    expect(put.status).toBe(200);
  }
  await buyerWrites('Saya mau bicara dengan orang, paket saya datang rusak', 'ID');

  const badge = page.getByTestId('due-badge').first();
  await badge.waitFor({ timeout: 30_000 });
  expect(await badge.textContent()).toMatch(/^(\d+ h( \d+ min)?|\d+ min) left$/);
  expect(await badge.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);

  // Needs a person: only the handed-off rows, as IndexedDB says.
  await filter(page, 'Needs a person').click();
  expect(await filter(page, 'Needs a person').getAttribute('aria-pressed')).toBe('true');
  const human = (await stored(page)).filter((c) => c.needsHuman).length;
  expect(human).toBeGreaterThan(0);
  await expect.poll(() => rows(page).count()).toBe(human);
  for (const row of await rows(page).all()) expect(await row.textContent()).toContain('Needs a human');
  await expectNamedControls(page, 'inbox');

  // Routing gives the Indonesian conversation to the Indonesia group's agent (no roster: always available).
  const owner = (await stored(page)).find((c) => c.needsHuman && c.dueAt)!;
  expect(owner.assigneeId).toBeTruthy();
  const agent = await e2e.newPage();
  await signIn(agent.page, e2e.url, SITI);
  await filter(agent.page, 'Assigned to me').click();
  await expect
    .poll(async () => (await stored(agent.page)).filter((c) => c.assigneeId === owner.assigneeId).length, { timeout: 15_000 })
    .toBeGreaterThan(0);
  const mine = (await stored(agent.page)).filter((c) => c.assigneeId === owner.assigneeId).length;
  await expect.poll(() => agent.page.getByTestId('conversation-row').count()).toBe(mine);
  expect(await agent.page.getByTestId('due-badge').count()).toBeGreaterThan(0);
  await agent.page.getByRole('button', { name: 'All', exact: true }).click();
  await expect.poll(() => agent.page.getByTestId('conversation-row').count()).toBeGreaterThanOrEqual(mine);
});

test('the roster editor saves a Jakarta weekday roster, shows it after reload and refuses overlapping shifts', async () => {
  const tracked = await e2e.newPage();
  const { page } = tracked;
  await signIn(page, e2e.url);
  await page.goto(`${e2e.url}/settings`);
  await page.getByRole('link', { name: 'My shifts' }).click();
  await page.getByRole('heading', { name: 'My shifts', level: 1 }).waitFor();
  await page.getByText('Without a roster you count as always available').waitFor();
  await page.getByTestId('roster-none').waitFor();

  await page.getByLabel('Time zone').selectOption('Asia/Jakarta');
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) await page.getByRole('button', { name: `Add a ${day} shift` }).click();
  await page.getByLabel('Friday shift 1 end').fill('02:00'); // after midnight
  await page.getByTestId('roster-day-fri').getByText('Ends the next day').waitFor();
  await expectNamedControls(page, 'roster');
  await page.getByRole('button', { name: 'Save shifts' }).click();
  await page.getByTestId('roster-status').getByText('Shifts saved.').waitFor();

  await page.reload();
  await page.getByRole('heading', { name: 'My shifts', level: 1 }).waitFor();
  await page.getByLabel('Monday shift 1 start').waitFor();
  expect(await page.getByLabel('Time zone').inputValue()).toBe('Asia/Jakarta');
  expect(await page.getByTestId('roster-shift').count()).toBe(5);
  expect(await page.getByLabel('Monday shift 1 start').inputValue()).toBe('09:00');
  expect(await page.getByLabel('Friday shift 1 end').inputValue()).toBe('02:00');
  expect(await page.getByTestId('roster-none').count()).toBe(0);

  // A second Monday shift inside the first: refused before anything is sent, at the field.
  await page.getByRole('button', { name: 'Add a Monday shift' }).click();
  await page.getByLabel('Monday shift 2 start').fill('12:00');
  await page.getByLabel('Monday shift 2 end').fill('20:00');
  await page.getByRole('button', { name: 'Save shifts' }).click();
  await page.getByTestId('roster-day-mon').getByText('This shift overlaps another one.').waitFor();
  expect(await page.getByLabel('Monday shift 2 start').getAttribute('aria-invalid')).toBe('true');
  await page.getByRole('alert').getByText('Fix the marked fields').waitFor();

  // The server refuses it too, naming the problem.
  tracked.expectProblem(/status of 400/);
  const user = (await api<{ body: { members: { userId: string; email: string }[] } }>(page, '/api/members')).body.members.find((m) => m.email === 'demo@askchat.dev')!;
  const refused = await api<{ status: number; body: { error: { message: string } } }>(page, `/api/members/${user.userId}/roster`, 'PUT', {
    timeZone: 'Asia/Jakarta',
    shifts: [
      { day: 'mon', start: '09:00', end: '17:00' },
      { day: 'mon', start: '12:00', end: '20:00' },
    ],
  });
  expect(refused.status).toBe(400);
  expect(refused.body.error.message).toContain('overlaps');

  // Owners open anyone's roster from the members page.
  await page.goto(`${e2e.url}/settings/members`);
  await page.getByRole('link', { name: 'Shifts of Siti Rahma' }).click();
  await page.getByRole('heading', { name: 'Shifts of Siti Rahma', level: 1 }).waitFor();
  await page.getByTestId('roster-none').waitFor();
  await expectNamedControls(page, 'member roster');

  // Saving Siti's weekday roster shows the hours nobody in her group covers this week (she is its only
  // member in the demo), as information: the roster is saved.
  await page.getByLabel('Time zone').selectOption('Asia/Jakarta');
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) await page.getByRole('button', { name: `Add a ${day} shift` }).click();
  await page.getByRole('button', { name: 'Save shifts' }).click();
  await page.getByTestId('roster-status').getByText('Shifts saved.').waitFor();
  const coverage = page.getByTestId('roster-coverage');
  await coverage.waitFor();
  expect(await coverage.textContent()).toMatch(/Nobody in Indonesia is on shift at these times this week \(Asia\/Jakarta\):/);
  expect(await coverage.getByRole('listitem').first().textContent()).toBe('Mon 00:00 – Mon 09:00');
  const siti = (await api<{ body: { members: { userId: string; name: string }[] } }>(page, '/api/members')).body.members.find((m) => m.name === 'Siti Rahma')!;
  expect((await api<{ status: number }>(page, `/api/members/${siti.userId}/roster`, 'DELETE')).status).toBe(200);

  // 简体中文
  await page.goto(`${e2e.url}/`);
  await page.getByLabel('Account').click();
  await page.getByLabel('Language').selectOption({ label: '简体中文' });
  await page.goto(`${e2e.url}/settings/roster`);
  await page.getByRole('heading', { name: '我的班次', level: 1 }).waitFor();
  await page.getByLabel('星期一第 1 班开始').waitFor();
  expect(await page.getByRole('button', { name: '保存班次' }).isVisible()).toBe(true);
  await page.goto(`${e2e.url}/`);
  await page.getByRole('button', { name: '需要人工', exact: true }).waitFor();
  await page.getByRole('button', { name: '分配给我', exact: true }).waitFor();

  // Leave the owner without a roster again.
  const cleared = await api<{ status: number }>(page, `/api/members/${user.userId}/roster`, 'DELETE');
  expect(cleared.status).toBe(200);
});
