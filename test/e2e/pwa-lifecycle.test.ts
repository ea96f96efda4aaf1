// The PWA's life cycle. The service worker update flow: a new build is installed beside the running one and waits; the app
// offers the update (never reloading by itself, a reply may be half-typed); "Update" activates the new
// worker and reloads once, and the page is then controlled by the new build. The test serves its own copy
// of the build, so changing it touches no other test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { DIST } from '../../scripts/lib/build';
import { signIn, useBrowser } from '../support/browser';

const distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'askchat-dist-'));
fs.cpSync(DIST, distDir, { recursive: true });
const e2e = useBrowser({ distDir });
afterAll(() => fs.rmSync(distDir, { recursive: true, force: true }));

/** Asks the worker controlling the page which build it is (only build 2 answers). */
const askBuild = () =>
  new Promise<string>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(String(event.data));
    navigator.serviceWorker.controller?.postMessage('which-build', [channel.port2]);
    setTimeout(() => resolve('no answer'), 1000);
  });

test('a new build waits, the update banner offers it, and "Update" reloads into the new build', async () => {
  const { page } = await e2e.newPage();
  await signIn(page, e2e.url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  expect(await page.evaluate(askBuild)).toBe('no answer');

  // Deploy "build 2": a service worker that differs by a few bytes (and can say so).
  const sw = path.join(distDir, 'sw.js');
  fs.appendFileSync(sw, `\nself.addEventListener('message', (e) => { if (e.data === 'which-build') e.ports[0]?.postMessage('build 2'); });\n`);
  const navigations: string[] = [];
  page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations.push(frame.url()));
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });

  // Installed and waiting: the app says so and keeps running the old build meanwhile.
  const banner = page.getByRole('status').filter({ hasText: 'A new version of AskChat is ready.' });
  await banner.waitFor({ timeout: 15_000 });
  expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(true);
  expect(navigations).toEqual([]);

  await banner.getByRole('button', { name: 'Update' }).click();
  await expect.poll(() => navigations.length, { timeout: 15_000 }).toBeGreaterThan(0);
  await page.getByRole('heading', { name: 'Inbox' }).waitFor();
  await expect.poll(() => page.evaluate(askBuild), { timeout: 10_000 }).toBe('build 2');
  expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(false);
  expect(await banner.count()).toBe(0);
});

test('installing: the browser’s install offer is kept for Settings, and iPhone users get the Share instructions', async () => {
  const { page } = await e2e.newPage();
  await signIn(page, e2e.url);
  await page.goto(`${e2e.url}/settings`);
  const state = page.getByTestId('install-state');
  await expect.poll(() => state.getAttribute('data-state')).toBe('unavailable'); // headless Chromium offers nothing by itself
  // The browser decides the app is installable: it fires beforeinstallprompt; the app keeps it.
  await page.evaluate(() => {
    const event = new Event('beforeinstallprompt', { cancelable: true }) as Event & { prompt(): Promise<void>; userChoice: Promise<{ outcome: string }> };
    (window as unknown as { prompted: number }).prompted = 0;
    event.prompt = async () => void ((window as unknown as { prompted: number }).prompted += 1);
    event.userChoice = Promise.resolve({ outcome: 'accepted' });
    window.dispatchEvent(event);
  });
  await expect.poll(() => state.getAttribute('data-state')).toBe('available');
  await page.getByRole('button', { name: 'Install AskChat' }).click();
  await expect.poll(() => state.getAttribute('data-state')).toBe('installed');
  expect(await page.evaluate(() => (window as unknown as { prompted: number }).prompted)).toBe(1);

  const iphone = await e2e.newPage({ userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1' });
  await signIn(iphone.page, e2e.url);
  await iphone.page.goto(`${e2e.url}/settings`);
  await expect.poll(() => iphone.page.getByTestId('install-state').textContent()).toMatch(/^On iPhone and iPad: tap Share, then “Add to Home Screen”/);
});
