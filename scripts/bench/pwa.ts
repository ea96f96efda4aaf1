// PWA first-load JavaScript: the gzip size of every script a first visit fetches (a fresh browser
// profile, no service worker, no cache), for the sign-in page and for a signed-in load of the inbox.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from '../lib/chromium';
import type { Figure } from './figures';
import { startServerProcess } from './server-process';

async function scriptBytes(context: BrowserContext, url: string, waitFor: string): Promise<{ gzip: number; files: Record<string, number> }> {
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

    const signedIn = await browser.newContext({ serviceWorkers: 'block' });
    const res = await signedIn.request.post(`${origin}/api/auth/login`, { data: { email: demo?.[1], password: demo?.[2] }, headers: { origin } });
    if (res.status() !== 200) throw new Error(`demo login failed: ${res.status()}`);
    const inbox = await scriptBytes(signedIn, `${origin}/`, '[data-testid="conversation-row"]');
    await signedIn.close();
    return [
      { name: 'pwa.first_load_js_gzip', value: login.gzip, unit: 'bytes', budget: 70 * 1024, page: 'sign-in', files: login.files },
      { name: 'pwa.inbox_load_js_gzip', value: inbox.gzip, unit: 'bytes', budget: 70 * 1024, page: 'inbox, signed in', files: inbox.files },
    ];
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
