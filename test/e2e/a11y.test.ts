// Accessibility: axe-core (the engine behind Lighthouse's and DevTools' checks) over the main screens, in
// English and at a phone's width. No violation of "serious" or "critical" impact is allowed; the test names
// each rule and the elements it found, so a failure says what to fix.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { signIn, useBrowser } from '../support/browser';

const e2e = useBrowser();
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core in the page; returns the serious and critical violations as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 5).join(', ')}`);
}

test('sign-in, inbox, conversation, tickets, settings and dashboard: no serious or critical axe violation', async () => {
  const { page } = await e2e.newPage();
  const found: Record<string, string[]> = {};

  await page.goto(e2e.url);
  await page.getByLabel('Email').waitFor();
  found['sign-in'] = await seriousViolations(page);

  await signIn(page, e2e.url);
  const rows = page.getByTestId('conversation-row');
  await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(20);
  await expect.poll(() => page.getByTestId('sync-status').getAttribute('data-state')).toBe('synced');
  found.inbox = await seriousViolations(page);

  await rows.first().click();
  await page.getByTestId('message').first().waitFor();
  found.conversation = await seriousViolations(page);

  await page.goto(`${e2e.url}/tickets`);
  await page.locator('.ticket-list, .ticket-main .empty').first().waitFor();
  found.tickets = await seriousViolations(page);

  await page.goto(`${e2e.url}/settings`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  found.settings = await seriousViolations(page);

  await page.goto(`${e2e.url}/dashboard`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await expect.poll(() => page.locator('main[aria-busy="true"]').count(), { timeout: 15_000 }).toBe(0);
  found.dashboard = await seriousViolations(page);

  expect(found).toEqual({ 'sign-in': [], inbox: [], conversation: [], tickets: [], settings: [], dashboard: [] });
});

test('the dark theme: sign-in, inbox and conversation have no serious or critical axe violation (contrast included)', async () => {
  const { page } = await e2e.newPage({ colorScheme: 'dark' });
  const found: Record<string, string[]> = {};
  await page.goto(e2e.url);
  await page.getByLabel('Email').waitFor();
  found['sign-in'] = await seriousViolations(page);
  await signIn(page, e2e.url);
  const rows = page.getByTestId('conversation-row');
  await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(20);
  found.inbox = await seriousViolations(page);
  await rows.first().click();
  await page.getByTestId('message').first().waitFor();
  found.conversation = await seriousViolations(page);
  expect(found).toEqual({ 'sign-in': [], inbox: [], conversation: [] });
});
