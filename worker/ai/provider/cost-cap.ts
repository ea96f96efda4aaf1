// A shop's daily spend on an AI provider stays under its cap. Pure helpers: the caller keeps the spend per
// shop per UTC day (spendDay), asks withinDailyCap before a call with an estimate, and adds the call's
// real costUsd afterwards — also when the task failed, since the provider was paid anyway.
//
//   if (!withinDailyCap(spent, cap, estimateCost(promptChars, 400, pricing) * CALLS)) → built-in engine
import type { Pricing } from './client';

/** Characters per token assumed for the estimate. English runs at about 4, Thai and Chinese nearer 1–2;
 * 2 over-estimates Latin text, which is the safe side for a cap. */
const CHARS_PER_TOKEN = 2;

/** An upper-bound estimate of one call in USD: the prompt at 2 characters a token plus every completion
 * token allowed. 0 when the pricing is unknown (then only the caller's own limits apply). */
export function estimateCost(promptChars: number, maxTokens: number, pricing: Pricing | undefined): number {
  if (!pricing) return 0;
  const input = Math.ceil(Math.max(0, promptChars) / CHARS_PER_TOKEN);
  const output = Math.max(0, maxTokens);
  return (input * pricing.inputPerMTokUsd + output * pricing.outputPerMTokUsd) / 1e6;
}

/** Whether a call estimated at `estimateUsd` keeps today's spend within the cap. A missing (null/undefined)
 * or infinite cap allows everything. Otherwise a call needs something left (spend below the cap, so a cap of
 * 0 or less allows nothing, even a call estimated at 0) and room for its estimate. A spend, estimate or cap
 * that is not a number (NaN, -Infinity) refuses: a broken counter must not mean unlimited. */
export function withinDailyCap(spentUsdToday: number, capUsd: number | null | undefined, estimateUsd: number): boolean {
  if (capUsd === null || capUsd === undefined || capUsd === Infinity) return true;
  if (!Number.isFinite(spentUsdToday) || !Number.isFinite(estimateUsd) || !Number.isFinite(capUsd)) return false;
  return spentUsdToday < capUsd && spentUsdToday + Math.max(0, estimateUsd) <= capUsd;
}

/** The key of the spend counter: the UTC day of `now`, YYYY-MM-DD. */
export function spendDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}
