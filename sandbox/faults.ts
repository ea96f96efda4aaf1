// Faults injected on demand by tests (POST /api/faults), so retry, backoff, timeout and dedupe paths can be
// exercised against the sandbox. Request rules match a substring of the TikTok path (Open API or token host)
// and fire `times` times (unlimited when omitted); webhook rules change how the next N pushes are delivered.
//
//   { "match": "/customer_service/", "status": 429, "code": 36009002, "times": 2 }   error answers
//   { "match": "/order/", "delay_ms": 3000 }                                           slow answers
//   { "expire_tokens": true }                                                         expire every access token now
//   { "webhook": "duplicate", "times": 2 }                                            next 2 pushes arrive twice
//   { "webhook": "out_of_order", "times": 3 }                                         next 3 pushes arrive reversed
import * as z from 'zod/mini';
import { CODES } from './envelope';

export const faultInputSchema = z.object({
  match: z.optional(z.string()),
  method: z.optional(z.string()),
  status: z.optional(z.int().check(z.gte(400), z.lte(599))),
  code: z.optional(z.int()),
  message: z.optional(z.string()),
  delay_ms: z.optional(z.int().check(z.gte(0), z.lte(120_000))),
  times: z.optional(z.int().check(z.gte(1))),
  expire_tokens: z.optional(z.boolean()),
  webhook: z.optional(z.enum(['duplicate', 'out_of_order'])),
});
export type FaultInput = z.infer<typeof faultInputSchema>;

export interface RequestFault {
  id: number;
  match: string;
  method: string | null;
  status: number | null;
  code: number | null;
  message: string | null;
  delayMs: number;
  remaining: number | null; // null = until cleared
}

export interface WebhookFault {
  id: number;
  webhook: 'duplicate' | 'out_of_order';
  remaining: number;
}

export class Faults {
  private requestRules: RequestFault[] = [];
  private webhookRules: WebhookFault[] = [];
  private nextId = 1;

  // Returns what was added, or an error message for a rule that would do nothing.
  add(input: FaultInput): { ok: true; rule: RequestFault | WebhookFault | { expire_tokens: true } } | { ok: false; error: string } {
    if (input.expire_tokens) return { ok: true, rule: { expire_tokens: true } };
    if (input.webhook) {
      const rule: WebhookFault = { id: this.nextId++, webhook: input.webhook, remaining: input.times ?? 1 };
      this.webhookRules.push(rule);
      return { ok: true, rule };
    }
    if (input.status === undefined && input.code === undefined && input.delay_ms === undefined) {
      return { ok: false, error: 'a fault needs status, code, delay_ms, expire_tokens or webhook' };
    }
    const status = input.status ?? (input.code === undefined ? null : input.code === CODES.rateLimited ? 429 : 200);
    const code = input.code ?? (status === null ? null : status === 429 ? CODES.rateLimited : status >= 500 ? CODES.internal : CODES.credentials);
    const rule: RequestFault = {
      id: this.nextId++,
      match: input.match ?? '',
      method: input.method?.toUpperCase() ?? null,
      status,
      code,
      message: input.message ?? null,
      delayMs: input.delay_ms ?? 0,
      remaining: input.times ?? null,
    };
    this.requestRules.push(rule);
    return { ok: true, rule };
  }

  // The first live rule matching this request, used up by one.
  takeRequestFault(path: string, method: string): RequestFault | null {
    const rule = this.requestRules.find((r) => path.includes(r.match) && (r.method === null || r.method === method));
    if (!rule) return null;
    if (rule.remaining !== null && --rule.remaining <= 0) this.requestRules = this.requestRules.filter((r) => r !== rule);
    return rule;
  }

  // `last` tells the pusher that an out-of-order batch is complete and can be released.
  takeWebhookFault(): { kind: WebhookFault['webhook']; last: boolean } | null {
    const rule = this.webhookRules[0];
    if (!rule) return null;
    const last = --rule.remaining <= 0;
    if (last) this.webhookRules.shift();
    return { kind: rule.webhook, last };
  }

  list(): { requests: RequestFault[]; webhooks: WebhookFault[] } {
    return { requests: [...this.requestRules], webhooks: [...this.webhookRules] };
  }

  clear(): void {
    this.requestRules = [];
    this.webhookRules = [];
  }
}
