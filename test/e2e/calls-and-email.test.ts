// The e-mail channel's screens in real Chromium against the real server: an agent logs a phone call from
// the conversation and it shows as a call entry with its note (and stays after a reload, from the sync);
// an owner gives a shop its inbound address on the shop's reply settings, and a +tag is refused at the field.
// (The channel badge of an e-mail conversation is not covered here: the e2e server runs without
// EMAIL_WEBHOOK_SECRET, so no e-mail conversation can be made through the real webhook.)
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import type { ConversationRecord } from '../../shared/schemas/conversations';
import { signIn, useBrowser } from '../support/browser';

const e2e = useBrowser();
const api = <T,>(page: Page, path: string) => page.evaluate(async (p) => (await fetch(p)).json(), path) as Promise<T>;

test('a logged call shows in the conversation as a call entry with its note, also after a reload', async () => {
  const { page } = await e2e.newPage();
  await signIn(page, e2e.url);
  const { conversations } = await api<{ conversations: ConversationRecord[] }>(page, '/api/conversations?limit=5');
  const conversation = conversations[0]!;
  expect(conversation.channel).toBe('tiktok');
  await page.goto(`${e2e.url}/c/${conversation.id}`);
  await page.getByTestId('message').first().waitFor();
  expect(await page.getByTestId('channel-badge').count()).toBe(0); // TikTok chats carry no badge

  await page.getByRole('button', { name: 'Log a call' }).click();
  const form = page.getByTestId('call-log-form');
  await form.getByLabel('Buyer called').check();
  await form.getByLabel('Length (minutes, optional)').fill('4');
  const note = `Rang about the parcel, resending today ${Date.now().toString(36)}`;
  await form.getByLabel('What was said').fill(note);
  await form.getByRole('button', { name: 'Save call' }).click();
  await form.waitFor({ state: 'detached' });

  const call = page.locator('[data-testid="message"][data-type="CALL"]').filter({ hasText: note });
  await call.waitFor();
  expect(await call.getByTestId('message-call').textContent()).toBe('Buyer called · 4 min');
  expect(await call.getAttribute('data-sender')).toBe('agent');

  await page.reload();
  await call.waitFor();
  expect(await call.getByTestId('message-call').textContent()).toBe('Buyer called · 4 min');
  await expect.poll(() => page.getByRole('button', { name: 'Log a call' }).count()).toBe(1); // closed again
});

test("an owner sets the shop's inbound e-mail address on its reply settings; a +tag is refused at the field", async () => {
  const { page, expectProblem } = await e2e.newPage();
  await signIn(page, e2e.url);
  const { conversations } = await api<{ conversations: ConversationRecord[] }>(page, '/api/conversations?limit=1');
  const shopId = conversations[0]!.shopId;
  await page.goto(`${e2e.url}/settings/shops/${shopId}/replies`);
  const form = page.getByTestId('shop-email-form');
  const field = form.getByLabel('The shop’s email address');
  await expect.poll(() => field.isEnabled()).toBe(true);
  expect(await field.inputValue()).toBe('');

  expectProblem(/400/); // the server's refusal of the +tag is logged by the browser
  await field.fill('support+shop@uk-shop.example');
  await form.getByRole('button', { name: 'Save email address' }).click();
  await expect.poll(() => form.locator('.field-error').textContent()).toBe('Enter an address like support@yourshop.co.uk, without a +tag.');
  expect(await field.getAttribute('aria-invalid')).toBe('true');

  await field.fill('Support@UK-Shop.example');
  await form.getByRole('button', { name: 'Save email address' }).click();
  await expect.poll(() => page.getByTestId('shop-email-status').textContent()).toBe('Email address saved.');
  expect(await field.inputValue()).toBe('support@uk-shop.example');
  expect(await api<{ address: string | null }>(page, `/api/email/shops/${shopId}`)).toEqual({ address: 'support@uk-shop.example' });

  await page.reload();
  await expect.poll(() => page.getByTestId('shop-email-form').getByLabel('The shop’s email address').inputValue()).toBe('support@uk-shop.example');
});
