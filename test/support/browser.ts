// Browser tests: one Chromium and one AskChat server (in-process, fresh PGlite folder, demo seed) per
// test file, both closed after it. Pages are collected so that any console.error or uncaught page error
// fails the test in which it happened, unless that test said it expects it (`page.expectProblem(re)`).
//
//   const e2e = useBrowser();                // in the file: registers beforeAll/afterEach/afterAll
//   const { page } = await e2e.newPage();    // a fresh context (own cookies, IndexedDB, service worker)
//   await signIn(page);
//
// Chromium treats only http://localhost as a secure context for service workers, so every URL is built
// from the server's `url` (localhost), never 127.0.0.1.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { DIST } from '../../scripts/lib/build';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium';
import { startNodeServer, type NodeServer } from '../../worker/entry-node';

export { CHROMIUM_ARGS };

export interface TrackedPage {
  context: BrowserContext;
  page: Page;
  /** Lets the current test pass with console errors matching `pattern` (e.g. a 401 it provokes). */
  expectProblem(pattern: RegExp): void;
}

export interface BrowserHarness {
  readonly url: string;
  readonly server: NodeServer;
  readonly browser: Browser;
  newPage(options?: BrowserContextOptions): Promise<TrackedPage>;
}

interface Tracked {
  problems: string[];
  expected: RegExp[];
}

/** `distDir`: serve another copy of the built PWA (a test that changes the build must not touch dist/). */
export function useBrowser(options: { distDir?: string } = {}): BrowserHarness {
  let browser: Browser | undefined;
  let server: NodeServer | undefined;
  let dataDir: string | undefined;
  const tracked = new Set<Tracked>();
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'askchat-e2e-'));
    [browser, server] = await Promise.all([
      chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }),
      startNodeServer({ env: { LOG_LEVEL: 'warn' }, port: 0, dataDir, distDir: options.distDir ?? DIST }),
    ]);
  });

  afterEach(() => {
    const unexpected: string[] = [];
    for (const t of tracked) {
      unexpected.push(...t.problems.filter((p) => !t.expected.some((re) => re.test(p))));
      t.problems.length = 0;
      t.expected.length = 0;
    }
    expect(unexpected, 'console errors or page errors in the browser').toEqual([]);
  });

  afterAll(async () => {
    await Promise.allSettled(contexts.map((c) => c.close()));
    await browser?.close();
    await server?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  return {
    get url() {
      return must(server, 'server').url;
    },
    get server() {
      return must(server, 'server');
    },
    get browser() {
      return must(browser, 'browser');
    },
    async newPage(options = {}) {
      const context = await must(browser, 'browser').newContext({ viewport: { width: 360, height: 740 }, ...options });
      contexts.push(context);
      const page = await context.newPage();
      const t: Tracked = { problems: [], expected: [] };
      tracked.add(t);
      page.on('console', (message) => {
        if (message.type() === 'error') t.problems.push(`console.error: ${message.text()}`);
      });
      page.on('pageerror', (error) => t.problems.push(`page error: ${error.message}`));
      return { context, page, expectProblem: (pattern) => t.expected.push(pattern) };
    },
  };
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not started (use it inside a test)`);
  return value;
}

export const DEMO = { email: 'demo@askchat.dev', password: 'askchat-demo' };

/** Signs in through the form on `url` and waits for the inbox heading. */
export async function signIn(page: Page, url: string, credentials = DEMO): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Email').fill(credentials.email);
  await page.getByLabel('Password').fill(credentials.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Inbox' }).waitFor();
}

/**
 * Every control on the page has an accessible name, and every control is one of these roles (a number
 * field is a spinbutton; date and password fields are textboxes).
 */
export async function expectNamedControls(page: Page, where: string): Promise<void> {
  let total = 0;
  for (const role of ['button', 'link', 'textbox', 'combobox', 'checkbox', 'radio', 'spinbutton'] as const) {
    const all = await page.getByRole(role).count();
    const named = await page.getByRole(role, { name: /\S/ }).count();
    expect(named, `${where}: every ${role} has an accessible name`).toBe(all);
    total += all;
  }
  const controls = await page.locator('button:visible, a[href]:visible, input:visible, select:visible, textarea:visible').count();
  expect(total, `${where}: every control is reachable by role`).toBe(controls);
}

/** How many conversations the page's IndexedDB holds, read without the app's code. */
export function countStoredConversations(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('askchat');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('conversations').objectStore('conversations').count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}
