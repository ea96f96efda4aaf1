// After-sales tickets from the phone, in a real Chromium against the real server and the TikTok Shop
// sandbox: a buyer writes that the parcel came broken and files a refund on TikTok; the agent opens a refund
// ticket from the conversation (linked to the buyer's request), sees only the steps the ticket accepts, gets
// a translated refusal for a step only TikTok takes, approves (on TikTok first), and the ticket follows
// TikTok to the refund and closes. Also the tickets list, 简体中文 and accessible names.
//
// TikTok's side: the sandbox's control routes (/sandbox/api/buyers, /returns, /returns/:id/advance). The
// follow job runs from the Node server's timer (every 30 s) and asks each ticket at most every 5 minutes;
// the test makes the ticket due (checked_at cleared) and runs the scheduled jobs once (`server.runJobs()`),
// the same code the timer runs.
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import type { ConversationRecord, MessageRecord } from '../../shared/schemas/conversations';
import type { TicketRecord } from '../../shared/schemas/tickets';
import { tickets } from '../../worker/db/schema';
import { expectNamedControls, signIn, useBrowser } from '../support/browser';

const e2e = useBrowser();

async function sandbox(method: 'GET' | 'POST', path: string, body?: unknown): Promise<any> {
  const res = await fetch(`${e2e.url}/sandbox/api${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  expect(res.ok, `${method} ${path}: ${res.status} ${await res.clone().text()}`).toBe(true);
  return res.json();
}

/** The API as the signed-in page sees it (its session cookie). */
function api<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => (await fetch(p)).json(), path) as Promise<T>;
}

/** A new sandbox buyer with a delivered order writes; returns AskChat's conversation once it is handed over. */
async function brokenParcel(page: Page, text: string) {
  const buyer = (await sandbox('POST', '/buyers', { market: 'ID', order_status: 'DELIVERED' })) as { buyer_user_id: string; order_id: string };
  const sent = (await sandbox('POST', '/buyer-messages', { text, market: 'ID', buyer_user_id: buyer.buyer_user_id })) as { conversation_id: string };
  let conversation: ConversationRecord | undefined;
  await expect
    .poll(
      async () => {
        const { conversations } = await api<{ conversations: ConversationRecord[] }>(page, '/api/conversations?limit=10');
        for (const c of conversations.filter((x) => x.market === 'ID' && x.needsHuman)) {
          const one = await api<{ conversation: ConversationRecord; messages: MessageRecord[] }>(page, `/api/conversations/${c.id}`);
          if (one.messages.some((m) => m.sender === 'buyer' && m.text === text)) conversation = one.conversation;
        }
        return !!conversation;
      },
      { timeout: 15_000, interval: 250 },
    )
    .toBe(true);
  return { conversation: conversation!, orderId: buyer.order_id, chat: sent.conversation_id };
}

const eventButtons = (page: Page) => page.getByTestId('ticket-events').getByRole('button');
const state = (page: Page) => page.getByTestId('ticket-state');

test('a refund ticket from the conversation, driven to closure', async () => {
  const tracked = await e2e.newPage();
  const { page } = tracked;
  await signIn(page, e2e.url);
  const { conversation, orderId } = await brokenParcel(page, 'Saya mau bicara dengan orang, paket saya datang rusak, minta refund');
  // Routed to the demo's Indonesia group: Siti (no roster, so always on shift), with the reason and a summary.
  const { members } = (await page.evaluate(async () => (await fetch('/api/members')).json())) as { members: { userId: string; name: string }[] };
  expect(members.find((m) => m.userId === conversation.assigneeId)?.name).toBe('Siti Rahma');
  expect(conversation).toMatchObject({ needsHuman: true, pageLevel: 'assignee', handoffReason: expect.stringMatching(/^escalate:/) });
  expect(conversation.handoffSummary).toContain(orderId);

  // The buyer files a refund request on TikTok.
  const filed = (await sandbox('POST', '/returns', { order_id: orderId, return_type: 'REFUND' })) as { return_id: string };
  const returnStatus = async () => {
    const s = (await sandbox('GET', '/state')) as { shops: { returns: { id: string; status: string }[] }[] };
    return s.shops.flatMap((x) => x.returns).find((r) => r.id === filed.return_id)?.status;
  };

  // The conversation's Tickets section: none yet; open a refund for the buyer's order.
  await page.goto(`${e2e.url}/c/${conversation.id}`);
  const toggle = page.getByRole('button', { name: 'Tickets' });
  await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
  const panel = page.getByTestId('tickets-panel');
  await panel.getByText('No tickets yet.').waitFor();
  await panel.getByRole('button', { name: 'Open a ticket' }).click();
  await expect.poll(() => panel.getByLabel('Kind').inputValue()).toBe('refund');
  await expectNamedControls(page, 'conversation with the ticket form');
  await panel.getByLabel('Order number').fill(orderId);
  await panel.getByRole('button', { name: 'Open ticket' }).click();

  // Opening shows the ticket: linked to the buyer's TikTok request at once.
  await page.waitForURL(/\/t\/tkt_/);
  const ticketId = new URL(page.url()).pathname.split('/').at(-1)!;
  await expect.poll(() => state(page).textContent()).toBe('Requested');
  await page.getByRole('heading', { name: 'Refund' }).waitFor();
  await page.getByText(orderId).first().waitFor();
  await page.getByTestId('ticket-timeline').getByText('TikTok: RETURN_OR_REFUND_REQUEST_PENDING').waitFor();

  // One button per allowed event, translated; an illegal one ('refunded' now) is not offered.
  const view = await api<{ ticket: TicketRecord; allowedEvents: string[] }>(page, `/api/tickets/${ticketId}`);
  expect(view.allowedEvents).toEqual(['approved', 'rejected', 'proposal_sent', 'withdrawn', 'closed']);
  expect(await eventButtons(page).evaluateAll((els) => els.map((b) => b.getAttribute('data-event')))).toEqual(view.allowedEvents);
  expect(await eventButtons(page).allTextContents()).toEqual(['Approve', 'Reject', 'Send an offer', 'Mark withdrawn', 'Close ticket']);
  await expect.poll(() => page.getByRole('button', { name: 'Mark refunded' }).count()).toBe(0);
  await expectNamedControls(page, 'ticket page');

  // A step only TikTok takes: refused (409), said in words, nothing changed.
  tracked.expectProblem(/409/);
  await page.getByRole('button', { name: 'Mark withdrawn' }).click();
  await page.getByRole('alert').filter({ hasText: 'That step is not possible now' }).waitFor();
  expect(await state(page).textContent()).toBe('Requested');
  expect(await returnStatus()).toBe('RETURN_OR_REFUND_REQUEST_PENDING');

  // Approve, with a note: decided on TikTok first, then the ticket moves and the view refreshes.
  await page.getByLabel('Note (optional)').fill('Photo shows the crushed box');
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect.poll(() => state(page).textContent()).toBe('Refund approved');
  expect(await returnStatus()).toBe('RETURN_OR_REFUND_REQUEST_SUCCESS');
  await page.getByTestId('ticket-timeline').getByText('Photo shows the crushed box').waitFor();
  expect(await eventButtons(page).allTextContents()).toEqual(['Mark refunded', 'Close ticket']);

  // TikTok pays the refund; the follow job (the server's timer, run once here) closes the ticket.
  await sandbox('POST', `/returns/${filed.return_id}/advance`);
  expect(await returnStatus()).toBe('RETURN_OR_REFUND_REQUEST_COMPLETE');
  await e2e.server.db.update(tickets).set({ checkedAt: null }).where(eq(tickets.id, ticketId));
  await e2e.server.runJobs();
  const closed = await api<{ ticket: TicketRecord; allowedEvents: string[] }>(page, `/api/tickets/${ticketId}`);
  expect(closed.ticket).toMatchObject({ state: 'refunded', tiktokStatus: 'RETURN_OR_REFUND_REQUEST_COMPLETE' });
  expect(closed.ticket.closedAt).not.toBeNull();
  await page.reload();
  await expect.poll(() => state(page).textContent()).toBe('Refunded');
  expect(await eventButtons(page).allTextContents()).toEqual(['Reopen']);
  await page.getByTestId('ticket-timeline').getByText('TikTok: RETURN_OR_REFUND_REQUEST_COMPLETE').waitFor();

  // The conversation lists it; the tickets page (from the inbox) shows it under Closed, not Open.
  await page.goto(`${e2e.url}/c/${conversation.id}`);
  await page.getByRole('button', { name: 'Tickets' }).click();
  await page.getByTestId('tickets-panel').getByTestId('ticket-row').filter({ hasText: 'Refunded' }).waitFor();
  await page.goto(e2e.url);
  await page.getByRole('link', { name: 'Tickets' }).click();
  await page.waitForURL(/\/tickets$/);
  await page.getByRole('heading', { name: 'Tickets' }).waitFor();
  await expect.poll(() => page.locator(`a[href="/t/${ticketId}"]`).count()).toBe(0);
  await page.getByRole('button', { name: 'Closed' }).click();
  await page.locator(`a[href="/t/${ticketId}"]`).waitFor();
  await expectNamedControls(page, 'tickets page');

  // 简体中文.
  await page.evaluate(() => localStorage.setItem('askchat.locale', 'zh-CN'));
  await page.goto(`${e2e.url}/t/${ticketId}`);
  await page.getByRole('heading', { name: '仅退款' }).waitFor();
  await expect.poll(() => state(page).textContent()).toBe('已退款');
  expect(await eventButtons(page).allTextContents()).toEqual(['重新打开']);
  await page.getByRole('heading', { name: '处理记录' }).waitFor();
  await expectNamedControls(page, 'ticket page in 简体中文');
  await page.evaluate(() => localStorage.removeItem('askchat.locale'));
}, 90_000);
