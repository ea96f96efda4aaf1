// What the three AI tasks share: their error type, and one JSON-object call parsed with zod. Every error
// carries what the calls cost so far, because the provider is paid whether or not the answer is usable and
// the daily cap (cost-cap.ts) counts it.
import type { ZodMiniType } from 'zod/mini';
import { err, ok, type Result } from '../../../shared/result';
import type { ChatProvider, ChatResult, ProviderError } from './client';
import type { ReplyCheck } from './reply-checks';
import type { ChatRequest } from './wire';

export type TaskError =
  | { kind: 'provider'; message: string; error: ProviderError; costUsd: number } // the call failed
  | { kind: 'invalid_output'; message: string; costUsd: number } // not JSON, or not the shape asked for
  | { kind: 'unsafe_output'; message: string; check: ReplyCheck; costUsd: number } // a post-check failed
  | { kind: 'tool_loop'; message: string; costUsd: number }; // still calling tools after the last round

/** The running cost of one task. */
export interface Spend {
  usd: number;
}

export function taskError(e: DistributiveOmit<TaskError, 'costUsd'>, spend: Spend): Result<never, TaskError> {
  return err({ ...e, costUsd: spend.usd } as TaskError);
}
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Calls the provider and adds the cost to `spend`; a failed call becomes a TaskError. */
export async function chatOnce(provider: ChatProvider, request: ChatRequest, spend: Spend): Promise<Result<ChatResult, TaskError>> {
  const r = await provider.chat(request);
  if (!r.ok) return taskError({ kind: 'provider', message: `${r.err.kind}: ${r.err.message}`, error: r.err }, spend);
  spend.usd += r.val.costUsd;
  return r;
}

/** The JSON object in a completion's content (a ```json fence some models add is tolerated), parsed. */
function parseJsonContent<T>(content: string | null, schema: ZodMiniType<T, unknown>, spend: Spend): Result<T, TaskError> {
  const text = (content ?? '').trim().replace(/^```(?:json)?\s*([\s\S]*?)\s*```$/i, '$1');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return taskError({ kind: 'invalid_output', message: 'the answer is not a JSON object' }, spend);
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const where = issue ? `${issue.path.join('.') || 'answer'}: ${issue.message}` : 'unexpected shape';
  return taskError({ kind: 'invalid_output', message: `the answer has the wrong shape (${where})` }, spend);
}

/** The JSON answer of a completion, parsed with `schema`; one cut at the token limit is refused as such. */
export function answerJson<T>(result: ChatResult, schema: ZodMiniType<T, unknown>, spend: Spend): Result<T, TaskError> {
  if (result.finishReason === 'length') return taskError({ kind: 'invalid_output', message: 'the answer was cut off at the token limit' }, spend);
  return parseJsonContent(result.message.content, schema, spend);
}

/** One call with response_format json_object, parsed with `schema`. */
export async function chatJson<T>(
  provider: ChatProvider,
  request: ChatRequest,
  schema: ZodMiniType<T, unknown>,
  spend: Spend,
): Promise<Result<T, TaskError>> {
  const r = await chatOnce(provider, { ...request, jsonObject: true }, spend);
  return r.ok ? answerJson(r.val, schema, spend) : r;
}
