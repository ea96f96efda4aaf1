// The seller's dashboard (/dashboard), in a real Chromium against the real server: reached from the
// account menu; the figures of a hand-made DashboardMetrics (stubbed at the network, typed so that a shape
// change breaks this file) formatted in the UI language; the filters change the query sent; the CSV link
// carries the same query; offline keeps the last numbers; 简体中文; accessible names and chart tables. When
// the server has GET /api/dashboard, one more test reads the real API without the stub.
import type { Page, Request } from 'playwright-core';
import { expect, test } from 'vitest';
import type { DashboardMetrics, Volume } from '../../shared/metrics/types';
import { expectNamedControls, signIn, useBrowser } from '../support/browser';

const e2e = useBrowser();

const vol = (conversations: number): Volume => ({ conversations, reopened: 0, buyerMessages: conversations * 3, aiReplies: conversations * 2, humanReplies: conversations, handled: conversations });
const dur = (count: number, meanMs: number, meanBusinessMs: number) => ({ count, totalMs: count * meanMs, meanMs, totalBusinessMs: count * meanBusinessMs, meanBusinessMs });

const METRICS: DashboardMetrics = {
  period: { from: '2026-03-01', to: '2026-03-07' },
  firstResponse: dur(100, 12 * 60_000, 8 * 60_000),
  firstHumanResponse: dur(40, 3 * 3600_000, 45 * 60_000),
  response: dur(180, 5.5 * 3600_000, 30 * 60_000),
  humanResponse: dur(60, 2 * 3600_000, 20 * 60_000),
  waits: { opened: 190, answered: 180, dismissed: 4, unanswered: 6 },
  responseRate: { within12h: { hits: 87, total: 100, rate: 0.87 }, within24h: { hits: 95, total: 100, rate: 0.95 }, shopWindow: { hits: 87, total: 100, rate: 0.87 } },
  resolution: dur(70, 20 * 3600_000, 4 * 3600_000),
  aiResolution: { hits: 42, total: 70, rate: 0.6, pending: 5 },
  handoff: { hits: 25, total: 100, rate: 0.25 },
  aiDrafts: { sentAsIs: 30, edited: 15, discarded: 5, total: 50 },
  tickets: { closure: { hits: 9, total: 12, rate: 0.75 }, timeToClose: dur(9, 26 * 3600_000, 10 * 3600_000) },
  volume: {
    total: vol(100),
    byMarket: { ID: vol(60), TH: vol(30), US: vol(10) },
    byLanguage: { id: vol(55), th: vol(30), en: vol(15) },
    byIntent: { order_status: vol(50), return_refund: vol(30), unknown: vol(20) },
    byShop: {},
    byAgent: {},
    byDay: { '2026-03-05': vol(20), '2026-03-06': vol(50), '2026-03-07': vol(30) },
  },
  topQuestions: [
    { intent: 'order_status', key: 'where is my order #', count: 31 },
    { intent: 'return_refund', key: 'how do i return this', count: 12 },
  ],
  nps: { promoters: 60, passives: 20, detractors: 20, answers: 100, ignored: 1, value: 40, score: 40 },
  csat: { hits: 45, total: 50, rate: 0.9, ignored: 0 },
};
const STUB = METRICS;

/** Stubs GET /api/dashboard; returns the query strings the page sent, in order. */
async function stubDashboard(page: Page): Promise<URLSearchParams[]> {
  const sent: URLSearchParams[] = [];
  await page.route(
    (url) => url.pathname === '/api/dashboard',
    (route, request: Request) => {
      sent.push(new URL(request.url()).searchParams);
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(STUB) });
    },
  );
  return sent;
}

const days = (q: URLSearchParams) => (Date.parse(q.get('to')!) - Date.parse(q.get('from')!)) / 86_400_000 + 1;
const card = (page: Page, id: string) => page.getByTestId(id);

test('the dashboard shows the figures, follows the filters, exports and stays readable offline', async () => {
  const { page, context } = await e2e.newPage();
  const sent = await stubDashboard(page);
  await signIn(page, e2e.url);

  // From the account menu.
  await page.getByLabel('Account').click();
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await page.waitForURL(/\/dashboard$/);
  await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();

  // The figures, formatted.
  await expect.poll(() => card(page, 'card-frt').textContent()).toContain('12 min');
  expect(await card(page, 'card-frt').textContent()).toContain('8 min in business hours');
  expect(await card(page, 'card-art').textContent()).toContain('5.5 hr');
  expect(await card(page, 'card-rate12').textContent()).toContain('87%87 of 100');
  expect(await card(page, 'card-rate24').textContent()).toContain('95%');
  expect(await card(page, 'card-ai-resolution').textContent()).toContain('60%');
  expect(await card(page, 'card-ai-resolution').textContent()).toContain('5 waiting 48 h');
  expect(await card(page, 'card-handoff').textContent()).toContain('25%');
  expect(await card(page, 'card-drafts').textContent()).toMatch(/60%.*Sent as is30.*Edited15.*Discarded5/);
  expect(await card(page, 'card-closure').textContent()).toMatch(/75%.*9 of 12.*Time to close: 26 hr/);
  expect(await card(page, 'card-nps').textContent()).toBe('NPS40Promoters60Passives20Detractors20');
  expect(await card(page, 'card-csat').textContent()).toContain('90%');
  expect(await page.getByTestId('top-questions').textContent()).toContain('where is my order #');

  // Charts: a caption and a table of every value.
  const marketTable = page.getByTestId('chart-market').getByTestId('chart-table');
  expect(await marketTable.locator('tbody tr').allTextContents()).toEqual(['Indonesia60', 'Thailand30', 'United States10']);
  expect(await page.getByTestId('chart-intent').getByTestId('chart-table').locator('tbody tr').allTextContents()).toEqual(['Order status50', 'Return or refund30', 'Unknown20']);
  expect(await page.getByTestId('chart-day').getByTestId('chart-table').locator('tbody tr').allTextContents()).toEqual(['Mar 520', 'Mar 650', 'Mar 730']);
  await page.getByRole('figure', { name: 'Conversations by language' }).waitFor();

  // The query: the last 7 days first; then 30 days, a market, a shop, a custom range.
  expect(sent.length).toBeGreaterThan(0);
  expect(days(sent.at(-1)!)).toBe(7);
  await page.getByLabel('Period', { exact: true }).selectOption('30');
  await expect.poll(() => days(sent.at(-1)!)).toBe(30);
  await page.getByLabel('Market', { exact: true }).selectOption('ID');
  await expect.poll(() => sent.at(-1)!.get('market')).toBe('ID');
  const shopId = await page.getByLabel('Shop', { exact: true }).locator('option').nth(1).getAttribute('value');
  expect(shopId).toBeTruthy();
  await page.getByLabel('Shop', { exact: true }).selectOption(shopId!);
  await expect.poll(() => sent.at(-1)!.get('shopId')).toBe(shopId);
  await page.getByLabel('Period', { exact: true }).selectOption('custom');
  await page.getByLabel('From', { exact: true }).fill('2026-02-01');
  await page.getByLabel('To', { exact: true }).fill('2026-02-14');
  await expect.poll(() => sent.at(-1)!.toString()).toBe(`from=2026-02-01&to=2026-02-14&shopId=${encodeURIComponent(shopId!)}&market=ID`);

  // The CSV link carries the same query.
  const exportLink = page.getByRole('link', { name: 'Export CSV' });
  expect(await exportLink.getAttribute('href')).toBe(`/api/dashboard/export.csv?${sent.at(-1)!.toString()}`);
  expect(await exportLink.getAttribute('download')).not.toBeNull();
  await expectNamedControls(page, 'dashboard');

  // Offline: the last numbers stay, with a note.
  await context.setOffline(true);
  await page.getByRole('status').filter({ hasText: 'You are offline. These are the last numbers fetched' }).waitFor();
  expect(await card(page, 'card-frt').textContent()).toContain('12 min');
  await context.setOffline(false);

  // 简体中文.
  await page.evaluate(() => localStorage.setItem('askchat.locale', 'zh-CN'));
  await page.reload();
  await page.getByRole('heading', { name: '数据看板', level: 1 }).waitFor();
  await expect.poll(() => card(page, 'card-frt').textContent()).toContain('首次响应时间12分钟');
  expect(await card(page, 'card-rate12').textContent()).toContain('87%');
  expect(await card(page, 'card-nps').textContent()).toBe('NPS40推荐者60中立者20贬损者20');
  expect(await page.getByTestId('chart-market').getByTestId('chart-table').locator('tbody tr').first().textContent()).toBe('印度尼西亚60');
  await expectNamedControls(page, 'dashboard in 简体中文');
  await page.evaluate(() => localStorage.removeItem('askchat.locale'));
}, 60_000);

test('the dashboard reads the real API (no stub): the page shows its numbers, the CSV link answers', async () => {
  const { page } = await e2e.newPage();
  await signIn(page, e2e.url);
  const answers: Request[] = [];
  page.on('requestfinished', (r) => new URL(r.url()).pathname === '/api/dashboard' && answers.push(r));
  await page.goto(`${e2e.url}/dashboard`);
  await page.getByTestId('volume-total').waitFor();
  const response = await answers.at(-1)!.response();
  expect(response?.status()).toBe(200);
  const real = (await response!.json()) as DashboardMetrics;
  const total = new Intl.NumberFormat('en-US').format(real.volume.total.conversations);
  expect(await page.getByTestId('volume-total').textContent()).toContain(`${total} conversations`);
  const nps = await card(page, 'card-nps').textContent();
  expect(nps).toContain(`Promoters${real.nps.promoters}`);
  const href = await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href');
  expect(href).toBe(`/api/dashboard/export.csv?${new URL(answers.at(-1)!.url()).searchParams}`);
  const csv = await page.evaluate(async (h) => {
    const res = await fetch(h!);
    return { status: res.status, type: res.headers.get('content-type') };
  }, href);
  expect(csv).toEqual({ status: 200, type: 'text/csv; charset=utf-8' });
}, 60_000);
