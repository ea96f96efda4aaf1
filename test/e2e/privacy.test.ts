// Settings → Privacy in a real Chromium against the real server (fresh PGlite folder, demo seed): the owner
// finds a demo buyer by name, opens an access request and downloads the export, opens an erasure request and
// erases (the buyer is then not found), sets a retention after its dry run, reads the audit log; an overdue
// request; the screen in 简体中文, an agent's placeholder, offline, an accessible name on every control
// and no serious axe-core finding.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectNamedControls, signIn, useBrowser } from '../support/browser';

const e2e = useBrowser();
const AGENT = { email: 'siti@askchat.dev', password: 'askchat-demo' };
// A demo buyer of the US shop (sandbox/demo-conversations.ts) and words of their message.
const BUYER = 'Carlos R.';
const WORDS = 'el organizador llegó bien';
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical findings on the page, as lines naming the rule (as test/e2e/a11y.test.ts). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    type V = { id: string; impact: string | null; nodes: { target: unknown[] }[] };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: V[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

test('the owner exports and erases a buyer, sets retention after a dry run, and reads the audit log', async () => {
  const { page } = await e2e.newPage();
  await signIn(page, e2e.url);
  await page.goto(`${e2e.url}/settings`);
  await page.getByRole('navigation', { name: 'Privacy' }).getByRole('link', { name: 'Privacy', exact: true }).click();
  await page.waitForURL(`${e2e.url}/settings/privacy`);
  await page.getByRole('heading', { name: 'Find a buyer' }).waitFor();

  // Find: the buyer with their shop.
  await page.getByLabel('Buyer’s name or TikTok id').fill('carlos');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const card = page.getByTestId('buyer-card').filter({ has: page.getByRole('heading', { name: BUYER }) });
  await card.waitFor();
  expect(await card.textContent()).toMatch(/Shop: \S/);
  const shop = (await card.textContent())!.match(/Shop: (.+?)(?: · |$)/)![1]!;
  const who = `${BUYER} (${shop})`;

  // An access request under the GDPR: due one month after today, not overdue.
  await page.getByLabel(`Request of ${BUYER}`).selectOption('export');
  await page.getByLabel(`Law for ${BUYER}`).selectOption('gdpr');
  await page.getByLabel(`How ${BUYER} asked and was verified (optional)`).fill('E-mail from the buyer, order number checked');
  await page.getByRole('button', { name: `Open request for ${BUYER}` }).click();
  await card.getByRole('status').filter({ hasText: 'Request opened' }).waitFor();
  const exportCard = page.getByTestId('request-card').filter({ hasText: `Access (export) · GDPR / UK GDPR (one month) · ${who}` });
  await exportCard.waitFor();
  expect(await exportCard.textContent()).toMatch(/Due /);
  expect(await exportCard.getAttribute('data-overdue')).toBeNull();

  // Download the JSON through the page (fetch, Blob, <a download>): it parses and holds their messages.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download JSON of ${who}` }).click()]);
  expect(download.suggestedFilename()).toMatch(/^askchat-buyer-.+\.json$/);
  const data = JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as { buyer: { displayName: string; shop: string }; conversations: { messages: { text: string }[] }[] };
  expect(data.buyer.displayName).toBe(BUYER);
  expect(data.buyer.shop).toBe(shop);
  expect(data.conversations.flatMap((c) => c.messages.map((m) => m.text)).join('\n')).toContain(WORDS);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download CSV of ${who}` }).click()]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  expect(fs.readFileSync((await csv.path())!, 'utf8')).toContain(WORDS);
  await exportCard.filter({ hasText: 'Completed' }).waitFor();

  // An erasure request under the CCPA, erased after the confirmation that says what stays.
  await page.getByLabel(`Request of ${BUYER}`).selectOption('erase');
  await page.getByLabel(`Law for ${BUYER}`).selectOption('ccpa');
  await page.getByRole('button', { name: `Open request for ${BUYER}` }).click();
  const eraseCard = page.getByTestId('request-card').filter({ hasText: `Erasure · CCPA (45 days) · ${who}` });
  await eraseCard.waitFor();
  expect(await eraseCard.textContent()).toContain('keeps anonymous counts');
  await page.getByRole('button', { name: `Erase ${who}` }).click();
  const question = page.getByRole('group', { name: /^Erase .* for good\?/ });
  expect(await question.textContent()).toContain('only anonymous counts stay');
  await question.getByRole('button', { name: 'Erase', exact: true }).click();
  await page.getByRole('status').filter({ hasText: /^Erased: \d+ conversations and \d+ messages emptied\.$/ }).waitFor();
  // The search ran again: the buyer is no longer found by name.
  await page.getByRole('status').filter({ hasText: '0 found for “carlos”.' }).waitFor();
  expect(await page.getByTestId('buyer-card').count()).toBe(0);

  // Retention: out of range is refused here, the dry run shows counts, then it is applied.
  const days = page.getByLabel('Keep messages for (days)');
  await days.fill('7');
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Enter a whole number of days from 30 to 3650' }).waitFor();
  await days.fill('90');
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  expect(await page.getByTestId('retention-preview').textContent()).toMatch(/^With 90 days, today’s run would clear \d+ messages and \d+ conversations/);
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Saved: messages are kept 90 days.' }).waitFor();
  await expect.poll(() => page.getByTestId('retention-current').textContent()).toBe('Now: messages are kept 90 days.');

  // The audit log: who did what, when and from where, newest first.
  await page.getByRole('button', { name: 'Refresh the audit log' }).click();
  await expect.poll(() => page.getByTestId('audit-entry').first().getAttribute('data-action')).toBe('retention.update');
  const actions = await page.getByTestId('audit-entry').evaluateAll((els) => els.map((el) => el.getAttribute('data-action')));
  for (const action of ['buyer.search', 'privacy_request.create', 'buyer.export', 'buyer.erase']) expect(actions).toContain(action);
  const erased = page.getByTestId('audit-entry').filter({ has: page.getByRole('heading', { name: 'Erased a buyer' }) });
  expect(await erased.textContent()).toMatch(/Demo Owner · .+ · from \S+/);

  await expectNamedControls(page, 'privacy');
  expect(await seriousViolations(page), 'axe-core on the privacy screen').toEqual([]);
});

test('a request past its due date is marked overdue (the device clock two months on)', async () => {
  const { page } = await e2e.newPage();
  // Date.now() in the page only; timers keep running and the server keeps its own clock.
  await page.clock.setFixedTime(Date.now() + 62 * 86_400_000);
  await signIn(page, e2e.url);
  await page.goto(`${e2e.url}/settings/privacy`);
  await page.getByLabel('Buyer’s name or TikTok id').fill('Tanya');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByTestId('buyer-card').filter({ has: page.getByRole('heading', { name: 'Tanya W.' }) }).waitFor();
  await page.getByRole('button', { name: 'Open request for Tanya W.' }).click();
  const card = page.getByTestId('request-card').filter({ hasText: 'Tanya W.' });
  await card.waitFor();
  expect(await card.getAttribute('data-overdue')).toBe('true');
  expect(await card.textContent()).toMatch(/Overdue since /);
  expect(await seriousViolations(page), 'axe-core with an overdue request').toEqual([]);
});

test('the privacy screen in 简体中文', async () => {
  const { page } = await e2e.newPage();
  await signIn(page, e2e.url);
  await page.getByLabel('Account').click();
  await page.getByLabel('Language').selectOption({ label: '简体中文' });
  await page.getByRole('link', { name: '设置' }).click();
  await page.getByRole('link', { name: '隐私', exact: true }).click();
  await page.getByRole('heading', { name: '查找买家' }).waitFor();
  for (const name of ['请求', '保留期限', '审计日志']) await page.getByRole('heading', { name, exact: true }).waitFor();
  expect(await page.getByRole('button', { name: '搜索', exact: true }).isVisible()).toBe(true);
  await page.getByLabel('买家姓名或 TikTok ID').fill('Jessica');
  await page.getByRole('button', { name: '搜索', exact: true }).click();
  await page.getByRole('status').filter({ hasText: /^“Jessica”找到 \d+ 位。$/ }).waitFor();
  expect(await page.getByLabel('Jessica M. 的请求').locator('option:checked').textContent()).toBe('访问（导出）');
  await expectNamedControls(page, 'privacy (zh-CN)');
});

test('an agent gets the owners-only sentence and no link; offline the screen says it needs the network', async () => {
  const agent = await e2e.newPage();
  await signIn(agent.page, e2e.url, AGENT);
  await agent.page.goto(`${e2e.url}/settings`);
  await agent.page.getByRole('heading', { name: 'Settings' }).waitFor();
  expect(await agent.page.getByRole('link', { name: 'Privacy', exact: true }).count()).toBe(0);
  await agent.page.goto(`${e2e.url}/settings/privacy`);
  await agent.page.getByText('Only owners and admins can manage this.').waitFor();
  expect(await agent.page.getByRole('heading', { name: 'Find a buyer' }).count()).toBe(0);

  const { page, context } = await e2e.newPage();
  await signIn(page, e2e.url);
  await page.goto(`${e2e.url}/settings/privacy`);
  await page.getByRole('heading', { name: 'Find a buyer' }).waitFor();
  await context.setOffline(true);
  await page.getByText('You are offline. Privacy requests, retention and the audit log need a connection.').waitFor();
  expect(await page.getByRole('button', { name: 'Search', exact: true }).isDisabled()).toBe(true);
  await context.setOffline(false);
});
