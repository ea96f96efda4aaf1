// Signed webhook pushes to AskChat, delivered the way TikTok does (reference §6): POST, JSON body,
// `Authorization: hex(HMAC_SHA256(app_secret, app_key + body))`; only HTTP 200 within the deadline counts.
// A failed push is retried 2 min, 30 min, 3 h and 12 h after each failure (divided by timeScale), then
// dropped. First attempts go out one at a time in push order (so type 13 arrives before its type 14);
// duplicate and out-of-order faults change that on purpose. Every attempt is recorded for inspection.
import { signWebhook } from '../worker/tiktok/sign';
import type { Faults } from './faults';
import { snowflake } from './ids';
import type { Timers } from './timers';

export const RETRY_DELAYS_MS = [2 * 60_000, 30 * 60_000, 3 * 3_600_000, 12 * 3_600_000];

export interface DeliveryAttempt {
  notificationId: string;
  type: number;
  shopId: string;
  attempt: number; // 1 = first delivery, 2..5 = retries
  at: number; // ms, injected clock
  status: number | null;
  ok: boolean;
  error: string | null;
  duplicate: boolean;
  nextRetryInMs: number | null; // already divided by timeScale
  dropped: boolean;
  body: string;
}

interface Job {
  notificationId: string;
  type: number;
  shopId: string;
  body: string;
  attempt: number;
  duplicate: boolean;
}

export interface PusherOptions {
  appKey: string;
  appSecret: string;
  webhookUrl: string;
  deliver: (req: Request) => Promise<Response>;
  now: () => number;
  timeScale: number;
  timeoutMs: number;
  timers: Timers;
  faults: Faults;
  nextSeq: () => number;
}

export class WebhookPusher {
  readonly attempts: DeliveryAttempt[] = [];
  private queue: Job[] = [];
  private held: Job[] = [];
  private running = false;
  private scheduled = 0;
  private idleWaiters: (() => void)[] = [];
  private closed = false;

  constructor(private readonly o: PusherOptions) {}

  // Queue one event; returns its tts_notification_id. Never waits for the delivery.
  push(shopId: string, type: number, data: Record<string, unknown>): string {
    const nowMs = this.o.now();
    const notificationId = snowflake(nowMs, this.o.nextSeq());
    if (this.closed) return notificationId;
    const body = JSON.stringify({ type, tts_notification_id: notificationId, shop_id: shopId, timestamp: Math.floor(nowMs / 1000), data });
    const job: Job = { notificationId, type, shopId, body, attempt: 0, duplicate: false };
    const fault = this.o.faults.takeWebhookFault();
    if (fault?.kind === 'duplicate') {
      this.enqueue(job);
      this.enqueue({ ...job, duplicate: true });
    } else if (fault?.kind === 'out_of_order') {
      this.held.push(job);
      if (fault.last) this.releaseHeld();
    } else {
      this.enqueue(job);
    }
    return notificationId;
  }

  // Deliver pushes held for an out-of-order batch that never filled up, newest first.
  releaseHeld(): void {
    const batch = this.held.reverse();
    this.held = [];
    for (const job of batch) this.enqueue(job);
  }

  heldCount(): number {
    return this.held.length;
  }

  pendingCount(): number {
    return this.queue.length + (this.running ? 1 : 0) + this.scheduled;
  }

  // Resolves once nothing is queued, in flight or waiting for a retry (held out-of-order pushes excepted).
  idle(): Promise<void> {
    if (this.pendingCount() === 0 || this.closed) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  close(): void {
    this.closed = true;
    this.queue = [];
    this.held = [];
    this.scheduled = 0;
    this.notifyIdle();
  }

  private enqueue(job: Job): void {
    if (this.closed) return;
    this.queue.push(job);
    void this.pump();
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.queue.length > 0 && !this.closed) {
        await this.attempt(this.queue.shift()!);
      }
    } finally {
      this.running = false;
      this.notifyIdle();
    }
  }

  private async attempt(job: Job): Promise<void> {
    job.attempt++;
    const { status, error } = await this.send(job.body);
    if (this.closed) return;
    const ok = status === 200;
    const retryIndex = job.attempt - 1;
    const willRetry = !ok && retryIndex < RETRY_DELAYS_MS.length;
    const delay = willRetry ? RETRY_DELAYS_MS[retryIndex]! / this.o.timeScale : null;
    this.attempts.push({
      notificationId: job.notificationId,
      type: job.type,
      shopId: job.shopId,
      attempt: job.attempt,
      at: this.o.now(),
      status,
      ok,
      error: ok ? null : (error ?? `HTTP ${status}`),
      duplicate: job.duplicate,
      nextRetryInMs: delay,
      dropped: !ok && !willRetry,
      body: job.body,
    });
    if (delay !== null) {
      this.scheduled++;
      this.o.timers.after(delay, () => {
        this.scheduled--;
        this.enqueue(job);
        this.notifyIdle();
      });
    }
  }

  private async send(body: string): Promise<{ status: number | null; error: string | null }> {
    const authorization = await signWebhook({ appKey: this.o.appKey, appSecret: this.o.appSecret, rawBody: body });
    const controller = new AbortController();
    const request = new Request(this.o.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body,
      signal: controller.signal,
    });
    let timedOut = false;
    let cancel = () => {};
    const deadline = new Promise<undefined>((resolve) => {
      cancel = this.o.timers.after(this.o.timeoutMs, () => {
        timedOut = true;
        controller.abort();
        resolve(undefined);
      });
    });
    try {
      const res = await Promise.race([this.o.deliver(request), deadline]);
      if (!res || timedOut) return { status: null, error: `no answer within ${this.o.timeoutMs} ms` };
      await res.body?.cancel().catch(() => {});
      return { status: res.status, error: null };
    } catch (e) {
      return { status: null, error: timedOut ? `no answer within ${this.o.timeoutMs} ms` : e instanceof Error ? e.message : String(e) };
    } finally {
      cancel();
    }
  }

  private notifyIdle(): void {
    if (this.pendingCount() > 0 && !this.closed) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }
}
