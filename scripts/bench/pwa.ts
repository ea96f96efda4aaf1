// PWA first-load JavaScript: the gzip size of every script a first visit fetches (a fresh browser
// profile, no service worker, no cache), for the sign-in page and for a signed-in load of the inbox.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../lib/chromium';
import type { Figure } from './figures';
import { startServerProcess } from './server-process';

async function scriptBytes(
  context: BrowserContext,
  url: string,
  waitFor: string,
  act?: (page: Page) => Promise<void>,
): Promise<{ gzip: number; files: Record<string, number> }> {
  const page = await context.newPage();
  const files: Record<string, number> = {};
  page.on('response', async (res) => {
    if (res.request().resourceType() !== 'script') return;
    try {
      files[new URL(res.url()).pathname] = zlib.gzipSync(await res.body(), { level: 9 }).length;
    } catch {
      /* navigated away */
    }
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await act?.(page);
  await page.waitForSelector(waitFor, { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await page.close();
  return { gzip: Object.values(files).reduce((a, b) => a + b, 0), files };
}

export async function benchPwa(): Promise<Figure[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'askchat-bench-pwa-'));
  const server = await startServerProcess({ DATA_DIR: dataDir });
  const demo = /demo login: (\S+) (\S+)/.exec(server.log());
  const browser = await launchChromium();
  const origin = server.url.replace('127.0.0.1', 'localhost');
  try {
    const fresh = await browser.newContext({ serviceWorkers: 'block' });
    const login = await scriptBytes(fresh, `${origin}/`, 'input[type=password]');
    await fresh.close();
    // The service worker script is fetched by the same first visit (blocked above to keep the numbers
    // stable): count it too.
    const sw = zlib.gzipSync(Buffer.from(await (await fetch(`${server.url}/sw.js`)).arrayBuffer()), { level: 9 }).length;
    login.files['/sw.js'] = sw;
    login.gzip += sw;

    // A first visit that signs in and reaches the inbox: every script of that journey (the form's lazily
    // loaded validation included).
    const journey = await browser.newContext({ serviceWorkers: 'block' });
    const inbox = await scriptBytes(journey, `${origin}/`, '[data-testid="conversation-row"]', async (page) => {
      await page.getByLabel('Email').fill(demo?.[1] ?? '');
      await page.getByLabel('Password').fill(demo?.[2] ?? '');
      await page.getByRole('button', { name: 'Sign in' }).click();
    });
    await journey.close();
    return [
      { name: 'pwa.first_load_js_gzip', value: login.gzip, unit: 'bytes', budget: 70 * 1024, page: 'sign-in', files: login.files },
      { name: 'pwa.sign_in_to_inbox_js_gzip', value: inbox.gzip, unit: 'bytes', page: 'first visit: sign in, then the inbox', files: inbox.files },
    ];
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
