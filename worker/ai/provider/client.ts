// A small client for one endpoint of any OpenAI-compatible provider (OpenAI, Azure-style gateways,
// DeepSeek, Groq, vLLM, Ollama…): POST {baseUrl}/chat/completions. Written over fetch instead of using the
// `openai` SDK, which would add 35.9 KB gzip to a Worker that has 4.5 KB left (decision 005).
//
//   const ai = createChatProvider({ baseUrl, apiKey, model, fetch, pricing });
//   const r = await ai.chat({ messages, tools, jsonObject: true, maxTokens: 400 });
//   if (!r.ok) … r.err.kind, r.err.retryable …   // fall back to the built-in engine
//
//   attempt ──► 2xx ──► JSON ► zod ► tool-call arguments parsed ──► ok(ChatResult)
//      │        429 / 5xx ── one retry (jitter; Retry-After honoured up to maxRetryWaitMs) ──► attempt
//      └──────► timeout (AbortController, raced) · network · 401/403 · 4xx ──► err(ProviderError)
//
// Never throws for an outside failure. The API key goes into the Authorization header and nowhere else:
// error messages are built from the provider's text with the key (and anything shaped like one) removed.
import { err, ok, type Result } from '../../../shared/result';
import { fetchText, type FetchLike } from '../../fetch-text';
import { toWireRequest, wireCompletionSchema, wireErrorSchema, type ChatRequest, type ToolCall } from './wire';

export type { ChatMessage, ChatRequest, ToolCall, ToolChoice, ToolDefinition } from './wire';

export type { FetchLike } from '../../fetch-text';

export interface Pricing {
  inputPerMTokUsd: number;
  outputPerMTokUsd: number;
}

export interface ChatProviderOptions {
  baseUrl: string; // e.g. https://api.openai.com/v1
  apiKey: string;
  model: string;
  fetch: FetchLike;
  now?: () => number; // milliseconds; Retry-After dates and latency
  timeoutMs?: number; // per attempt, body included; default 20 s
  pricing?: Pricing; // without it costUsd is 0
  maxRetryWaitMs?: number; // a longer Retry-After is not waited for (the error says how long); default 5 s
  sleep?: (ms: number) => Promise<void>;
  random?: () => number; // [0, 1), for jitter
}

export type ProviderErrorKind = 'timeout' | 'network' | 'auth' | 'rate_limited' | 'server' | 'bad_request' | 'bad_response' | 'refused';

export interface ProviderError {
  kind: ProviderErrorKind;
  status: number | null; // HTTP status; null for local failures
  message: string; // never holds the API key
  retryable: boolean; // whether the same request later can succeed
  retryAfterMs?: number;
  requestId?: string | null;
}

export interface ChatResult {
  message: { content: string | null; toolCalls: ToolCall[] };
  /** From the response; estimated at 4 characters a token (and `estimated` set) when a server omits it. */
  usage: { promptTokens: number; completionTokens: number; estimated?: boolean };
  costUsd: number;
  model: string;
  requestId: string | null; // x-request-id
  finishReason: string | null;
  latencyMs: number;
}

export interface ChatProvider {
  chat(request: ChatRequest): Promise<Result<ChatResult, ProviderError>>;
}

const MAX_MESSAGE = 300;

export function costOf(usage: { promptTokens: number; completionTokens: number }, pricing?: Pricing): number {
  if (!pricing) return 0;
  return (usage.promptTokens * pricing.inputPerMTokUsd + usage.completionTokens * pricing.outputPerMTokUsd) / 1e6;
}

/** Removes the key from text that goes into an error, and anything shaped like a key: `sk-…`, and a key
 * shown masked ("Incorrect API key provided: sk-ab****…wxyz" holds its last four characters). */
export function redactSecret(text: string, secret: string): string {
  let out = secret.length >= 4 ? text.split(secret).join('[redacted]') : text;
  out = out.replace(/\b(?:sk|pk|rk)-[\w*.-]{6,}|[^\s"']{0,64}\*{4,}[^\s"'.,;)]{0,64}/g, '[redacted]');
  return out.length > MAX_MESSAGE ? `${out.slice(0, MAX_MESSAGE - 1)}…` : out;
}

export function createChatProvider(options: ChatProviderOptions): ChatProvider {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const maxRetryWaitMs = options.maxRetryWaitMs ?? 5_000;
  const url = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const fail = (kind: ProviderErrorKind, status: number | null, message: string, retryable: boolean, extra: Partial<ProviderError> = {}) =>
    err<ProviderError>({ kind, status, message: redactSecret(message, options.apiKey), retryable, ...extra });

  async function attempt(body: string): Promise<Result<ChatResult, ProviderError>> {
    const started = now();
    const headers = { authorization: `Bearer ${options.apiKey}`, 'content-type': 'application/json', accept: 'application/json' };
    const r = await fetchText(options.fetch, url, { method: 'POST', headers, body }, timeoutMs);
    if (!r.ok) return fail(r.err.kind, r.err.status, r.err.message, true);
    return interpret(r.val.res, r.val.text, body.length, now() - started);
  }

  function interpret(res: Response, text: string, promptChars: number, latencyMs: number): Result<ChatResult, ProviderError> {
    const requestId = res.headers.get('x-request-id');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (res.status < 200 || res.status > 299) return errorFromStatus(res, json, requestId);
    if (json === undefined) return fail('bad_response', res.status, 'response is not JSON', false, { requestId });
    const parsed = wireCompletionSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'invalid body';
      return fail('bad_response', res.status, `not a chat completion (${where})`, false, { requestId });
    }
    const completion = parsed.data;
    const choice = completion.choices[0]!;
    if (choice.message.refusal || choice.finish_reason === 'content_filter') {
      return fail('refused', res.status, choice.message.refusal || 'the provider filtered the completion', false, { requestId });
    }
    const toolCalls: ToolCall[] = [];
    for (const call of choice.message.tool_calls ?? []) {
      let args: unknown;
      try {
        args = call.function.arguments.trim() === '' ? {} : JSON.parse(call.function.arguments);
      } catch {
        return fail('bad_response', res.status, `tool call ${call.function.name} has malformed JSON arguments`, false, { requestId });
      }
      toolCalls.push({ id: call.id, name: call.function.name, arguments: args });
    }
    const content = choice.message.content ?? null;
    const usage = completion.usage
      ? { promptTokens: completion.usage.prompt_tokens, completionTokens: completion.usage.completion_tokens }
      : {
          promptTokens: Math.ceil(promptChars / 4),
          completionTokens: Math.ceil(((content ?? '').length + JSON.stringify(toolCalls).length) / 4),
          estimated: true,
        };
    return ok({
      message: { content, toolCalls },
      usage,
      costUsd: costOf(usage, options.pricing),
      model: completion.model,
      requestId,
      finishReason: choice.finish_reason ?? null,
      latencyMs,
    });
  }

  function errorFromStatus(res: Response, json: unknown, requestId: string | null): Result<never, ProviderError> {
    const status = res.status;
    const envelope = wireErrorSchema.safeParse(json);
    let message = `HTTP ${status}`;
    let code = '';
    if (envelope.success) {
      const e = envelope.data.error;
      const detail = typeof e === 'string' ? e : (e?.message ?? envelope.data.message);
      code = String((typeof e === 'object' ? (e?.code ?? e?.type) : null) ?? envelope.data.code ?? '');
      if (detail) message = `HTTP ${status}${code ? ` ${code}` : ''}: ${detail}`;
    }
    const extra: Partial<ProviderError> = { requestId };
    const retryAfterMs = parseRetryAfter(res.headers, now());
    if (retryAfterMs !== undefined) extra.retryAfterMs = retryAfterMs;
    if (status === 401 || status === 403) return fail('auth', status, message, false, extra);
    // insufficient_quota is a 429 that no retry fixes: the account is out of credit.
    if (status === 429) return fail('rate_limited', status, message, code !== 'insufficient_quota', extra);
    if (status === 408) return fail('timeout', status, message, true, extra);
    if (status >= 500) return fail('server', status, message, true, extra);
    if (/content_(?:filter|policy)/.test(code)) return fail('refused', status, message, false, extra);
    return fail('bad_request', status, message, false, extra);
  }

  return {
    async chat(request) {
      const body = JSON.stringify(toWireRequest(options.model, request));
      const first = await attempt(body);
      if (first.ok) return first;
      const e = first.err;
      const again = e.retryable && (e.kind === 'server' || e.kind === 'rate_limited');
      if (!again) return first;
      // One retry: after Retry-After when the provider names one (a little later, never earlier; not at all
      // when it is longer than we may wait), else after 250–1000 ms of jitter.
      const after = e.retryAfterMs;
      if (after !== undefined && after > maxRetryWaitMs) return first;
      await sleep(after !== undefined ? after + Math.round(random() * 250) : 250 + Math.round(random() * 750));
      return attempt(body);
    },
  };
}

/** retry-after-ms (OpenAI), else retry-after in seconds or as an HTTP date. */
export function parseRetryAfter(headers: Headers, nowMs: number): number | undefined {
  const ms = Number(headers.get('retry-after-ms'));
  if (headers.has('retry-after-ms') && Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers.get('retry-after');
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - nowMs) : undefined;
}
