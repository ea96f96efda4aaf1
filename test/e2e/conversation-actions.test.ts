// Two people on two phones working the same conversation, in real Chromium contexts against the real server:
// each sees the other's changes without reloading; a change made offline from an older copy loses to the
// change the server applied first, and the phone that lost rolls back and says who won. Internal notes stay
// between colleagues (the buyer's TikTok chat never gets them).
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { demoShopForMarket } from '../../sandbox/fixtures';
import type { ConversationRecord, MessageRecord } from '../../shared/schemas/conversations';
import { demoAgentEmail } from '../../worker/seed/demo';
import { DEMO, signIn, useBrowser } from '../support/browser';

const e2e = useBrowser();

async function sandbox(method: 'GET' | 'POST', path: string, body?: unknown): Promise<any> {
  const res = await fetch(`${e2e.url}/sandbox/api${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  expect(res.ok, `${method} ${path}: ${res.status}`).toBe(true);
  return res.json();
}

const api = <T,>(page: Page, path: string) => page.evaluate(async (p) => (await fetch(p)).json(), path) as Promise<T>;

/** An Indonesian buyer asks for a person; returns AskChat's conversation once it is handed over. */
async function escalation(page: Page, text: string): Promise<{ conversation: ConversationRecord; sandboxId: string }> {
  const state = (await sandbox('GET', '/state')) as { shops: { id: string; buyers: { user_id: string }[] }[] };
  const buyers = state.shops.find((s) => s.id === demoShopForMarket('ID').id)!.buyers;
  const sent = (await sandbox('POST', '/buyer-messages', { text, market: 'ID', buyer_user_id: buyers[0]!.user_id })) as { conversation_id: string };
  let found: ConversationRecord | undefined;
  await expect
    .poll(
      async () => {
        const { conversations } = await api<{ conversations: ConversationRecord[] }>(page, '/api/conversations?limit=30');
        for (const c of conversations.filter((x) => x.market === 'ID' && x.needsHuman)) {
          const one = await api<{ conversation: ConversationRecord; messages: MessageRecord[] }>(page, `/api/conversations/${c.id}`);
          if (one.messages.some((m) => m.sender === 'buyer' && m.text === text)) found = one.conversation;
        }
        return !!found;
      },
      { timeout: 15_000, interval: 250 },
    )
    .toBe(true);
  return { conversation: found!, sandboxId: sent.conversation_id };
}

const statusOf = (page: Page) => page.getByTestId('status-select').inputValue();

test('two phones see each other’s changes; the later offline change loses visibly; notes never reach the buyer', async () => {
  const owner = await e2e.newPage();
  const agent = await e2e.newPage();
  await signIn(owner.page, e2e.url);
  await signIn(agent.page, e2e.url, { email: demoAgentEmail(DEMO.email, 'siti'), password: DEMO.password });
  // A marker of letters only: digits in a buyer's message read as an order number.
  const marker = Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
  const { conversation, sandboxId } = await escalation(owner.page, `Saya mau bicara dengan orang, paket saya datang rusak, ${marker}`);

  for (const p of [owner.page, agent.page]) {
    await p.goto(`${e2e.url}/c/${conversation.id}`);
    await p.getByTestId('status-select').waitFor();
  }
  expect(await statusOf(agent.page)).toBe('open');

  // The owner resolves it; Siti's screen follows without a reload.
  await owner.page.getByTestId('status-select').selectOption('resolved');
  await expect.poll(() => statusOf(agent.page), { timeout: 15_000 }).toBe('resolved');

  // Siti, offline, reopens it; meanwhile the owner sets it to pending. Back online, Siti's change loses.
  await agent.context.setOffline(true);
  await agent.page.getByTestId('status-select').selectOption('open');
  expect(await statusOf(agent.page)).toBe('open'); // shown at once, offline
  await owner.page.getByTestId('status-select').selectOption('pending');
  await expect.poll(async () => (await api<{ conversation: ConversationRecord }>(owner.page, `/api/conversations/${conversation.id}`)).conversation.status).toBe('pending');
  await agent.context.setOffline(false);
  await agent.page.evaluate(() => window.dispatchEvent(new Event('online')));
  const notice = agent.page.getByTestId('mutation-notice');
  await notice.waitFor({ timeout: 15_000 });
  expect(await notice.textContent()).toMatch(/Your change was not applied: Demo Owner changed the status to “pending”/);
  await expect.poll(() => statusOf(agent.page), { timeout: 15_000 }).toBe('pending');
  expect(await statusOf(owner.page)).toBe('pending');

  // A note: both phones show it, marked as a note; the buyer's chat on TikTok does not get it.
  const noteText = `Checked the packing video ${Date.now()}`;
  await agent.page.getByTestId('note-switch').check();
  await agent.page.locator('#composer-text').fill(noteText);
  await agent.page.getByRole('button', { name: 'Add note' }).click();
  await owner.page.getByText(noteText).waitFor({ timeout: 15_000 });
  const ownerNote = owner.page.locator('[data-testid="message"]', { hasText: noteText });
  expect(await ownerNote.getAttribute('class')).toContain('note');
  const { messages } = (await sandbox('GET', `/conversations/${sandboxId}/messages`)) as { messages: { text: string }[] };
  expect(messages.map((m) => m.text)).not.toContain(noteText);
});
