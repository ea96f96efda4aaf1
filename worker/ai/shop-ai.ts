// The organisation's OpenAI-compatible provider, opened for one shop with that shop's daily budget.
//
//   const ai = await openShopAi(deps, db, orgId, shopId);   // null: no provider, disabled, or key unreadable
//   const r = await ai.run(estimateUsd, () => translate(ai.provider, …));
//   r.ok ? use r.val : fall back to the built-in engine (r.err.kind says why: 'over_cap', 'provider', …)
//
// Every call is checked against the cap before it starts (with an upper-bound estimate) and its real cost
// is added afterwards, also when the task failed: the provider was paid either way.
import { err, type Result } from '../../shared/result';
import type { AppDeps } from '../deps';
import { getAiProvider, recordSpend, spentToday } from '../db/queries/ai-provider';
import type { Queryable } from '../db/types';
import { createChatProvider, type ChatProvider, type Pricing } from './provider/client';
import { estimateCost, withinDailyCap } from './provider/cost-cap';
import type { TaskError } from './provider/task-call';

/** Per call; a buyer waits for the answer, so a slow provider falls back rather than holds the chat. */
const PROVIDER_TIMEOUT_MS = 15_000;

export type ShopAiError = TaskError | { kind: 'over_cap'; message: string; costUsd: 0 };

export interface ShopAi {
  provider: ChatProvider;
  pricing: Pricing;
  model: string;
  /** An upper bound of `calls` calls with this much prompt text and these completion tokens each. */
  estimate(promptChars: number, maxTokens: number, calls?: number): number;
  run<T extends { costUsd: number }>(estimateUsd: number, task: () => Promise<Result<T, TaskError>>): Promise<Result<T, ShopAiError>>;
}

type Deps = Pick<AppDeps, 'secrets' | 'clock' | 'log'>;

export async function openShopAi(deps: Deps, db: Queryable, orgId: string, shopId: string): Promise<ShopAi | null> {
  const row = await getAiProvider(db, orgId);
  if (!row || !row.enabled) return null;
  let apiKey: string;
  try {
    apiKey = await deps.secrets.open(row.apiKey);
  } catch (e) {
    // A key sealed under a key id no longer configured: the seller has to enter it again.
    deps.log.warn('AI provider key cannot be opened', { orgId, error: e instanceof Error ? e.message : String(e) });
    return null;
  }
  const pricing = { inputPerMTokUsd: row.inputPerMTokUsd, outputPerMTokUsd: row.outputPerMTokUsd };
  const provider = createChatProvider({
    baseUrl: row.baseUrl,
    apiKey,
    model: row.model,
    pricing,
    timeoutMs: PROVIDER_TIMEOUT_MS,
    fetch: (url, init) => fetch(url, init),
  });
  return {
    provider,
    pricing,
    model: row.model,
    estimate: (promptChars, maxTokens, calls = 1) => estimateCost(promptChars, maxTokens, pricing) * calls,
    async run(estimateUsd, task) {
      const now = deps.clock.now();
      if (!withinDailyCap(await spentToday(db, shopId, now), row.dailyCapUsd, estimateUsd)) {
        return err({ kind: 'over_cap', message: `the shop's daily AI budget of ${row.dailyCapUsd} USD is used up`, costUsd: 0 });
      }
      const result = await task();
      const cost = result.ok ? result.val.costUsd : result.err.costUsd;
      await recordSpend(db, shopId, now, cost);
      if (!result.ok) deps.log.warn('AI provider task failed', { shopId, kind: result.err.kind, message: result.err.message });
      return result;
    },
  };
}
