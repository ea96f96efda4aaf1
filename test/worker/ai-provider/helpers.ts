// Shared by the AI provider tests: one stand-in per file, reset between tests, that must end each test with
// nothing left over (no unscripted request, no reply scripted but never asked for); a client for it with
// instant retries; and the facts of a US shop with one order in transit.
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { Understanding } from '../../../shared/understand/engine';
import { createChatProvider, type ChatProviderOptions, type Pricing } from '../../../worker/ai/provider/client';
import { type AiStandin, startAiStandin, type AiStandinOptions } from '../../support/ai-standin';

export const MODEL = 'gpt-4o-mini';
export const PRICING: Pricing = { inputPerMTokUsd: 0.15, outputPerMTokUsd: 0.6 };

/** Starts a stand-in for the file; `get()` is valid inside tests. */
export function useStandin(options: AiStandinOptions = {}): () => AiStandin {
  let ai: AiStandin | undefined;
  beforeAll(async () => {
    ai = await startAiStandin(options);
  });
  beforeEach(() => ai!.reset());
  afterEach(() => {
    expect(ai!.problems, 'stand-in problems').toEqual([]);
    expect(ai!.pending(), 'scripted replies never asked for').toBe(0);
  });
  afterAll(() => ai?.close());
  return () => ai!;
}

/** Our client on the stand-in; retries wait for nothing, and the waits asked for are recorded. */
export function providerFor(ai: AiStandin, options: Partial<ChatProviderOptions> = {}) {
  const waits: number[] = [];
  const provider = createChatProvider({
    baseUrl: ai.baseUrl,
    apiKey: ai.apiKey,
    model: MODEL,
    fetch: (url, init) => fetch(url, init),
    pricing: PRICING,
    timeoutMs: 2_000,
    sleep: async (ms) => {
      waits.push(ms);
    },
    random: () => 0.5,
    ...options,
  });
  return { provider, waits };
}

export function understanding(over: Partial<Understanding> = {}): Understanding {
  return { language: 'en', mixed: false, intent: 'order_status', sentiment: 'neutral', escalate: false, escalateReason: null, orderId: null, confidence: 0.9, ...over };
}
