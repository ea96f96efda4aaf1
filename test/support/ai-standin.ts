// A local stand-in for an OpenAI-compatible chat-completions server, for tests: node:http on 127.0.0.1
// and a free port. It speaks the protocol as OpenAI does — Bearer auth, request validation with OpenAI's
// error messages and envelope `{"error":{"message","type","param","code"}}`, `chat.completion` bodies with
// usage, an `x-request-id` header, GET /models — and answers what the test scripts:
//
//   const ai = await startAiStandin();               // ai.baseUrl = http://127.0.0.1:PORT/v1, ai.apiKey
//   ai.script(reply.toolCalls({ name: 'getOrder', arguments: { orderId: '1' } }), reply.json({ … }));
//   ai.handle((req) => reply.text(`you said ${req.body.messages.at(-1).content}`));   // or a function
//   … ai.requests[1].body.messages …                 // every request received, valid or not
//   await ai.close();
//
// A request is checked (auth, then body) before the script is consulted: an invalid one gets OpenAI's 400
// and consumes no scripted reply. The SDK (`openai`) is run against this server in
// test/worker/ai-provider/protocol.test.ts, which is what shows the stand-in speaks the real protocol.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

// ---------------------------------------------------------------------------------------------------
// replies

export interface ScriptedToolCall {
  id?: string; // default call_<random>
  name: string;
  /** An object is sent JSON-encoded; a string is sent as it is (to script malformed arguments). */
  arguments: unknown;
}

interface Timing {
  /** Wait this long before sending anything (a slow provider; longer than the client's timeout = timeout). */
  delayMs?: number;
  headers?: Record<string, string>;
}

export interface CompletionReply extends Timing {
  content?: string | null;
  toolCalls?: ScriptedToolCall[];
  refusal?: string;
  finishReason?: 'stop' | 'length' | 'tool_calls' | 'content_filter';
  /** Override the counted usage; null leaves `usage` out of the body, as some compatible servers do. */
  usage?: { prompt_tokens: number; completion_tokens: number } | null;
  model?: string; // default: the requested model
  /** Send the status and headers, then wait this long before the body. */
  bodyDelayMs?: number;
}

export interface ErrorReply extends Timing {
  status: number;
  error: { message: string; type: string; param: string | null; code: string | null };
}

export interface RawReply extends Timing {
  status: number;
  raw: string; // sent as it is, e.g. a truncated body or an HTML error page
  contentType?: string;
}

export interface DropReply extends Timing {
  drop: true; // destroy the connection without answering
}

export type StandinReply = CompletionReply | ErrorReply | RawReply | DropReply;

const DEFAULT_ERRORS: Record<number, { message: string; type: string; code: string | null }> = {
  400: { message: 'Bad request.', type: 'invalid_request_error', code: null },
  401: { message: 'Incorrect API key provided.', type: 'invalid_request_error', code: 'invalid_api_key' },
  403: { message: 'You are not allowed to sample from this model', type: 'invalid_request_error', code: null },
  404: { message: 'The model does not exist or you do not have access to it.', type: 'invalid_request_error', code: 'model_not_found' },
  429: { message: 'Rate limit reached for requests. Please try again in 1s.', type: 'requests', code: 'rate_limit_exceeded' },
  500: { message: 'The server had an error while processing your request. Sorry about that!', type: 'server_error', code: null },
  502: { message: 'Bad gateway.', type: 'server_error', code: null },
  503: { message: 'The engine is currently overloaded, please try again later.', type: 'server_error', code: null },
};

/** Builders for scripted replies. */
export const reply = {
  text: (content: string, extra: Omit<CompletionReply, 'content'> = {}): CompletionReply => ({ content, ...extra }),
  /** The JSON-encoded object as the message content (what a json_object answer looks like). */
  json: (value: unknown, extra: Omit<CompletionReply, 'content'> = {}): CompletionReply => ({ content: JSON.stringify(value), ...extra }),
  toolCalls: (...calls: ScriptedToolCall[]): CompletionReply => ({ toolCalls: calls }),
  /** An HTTP error with OpenAI's envelope; `retryAfter` (seconds or an HTTP date) sets Retry-After. */
  error: (
    status: number,
    options: { message?: string; type?: string; code?: string | null; param?: string | null; retryAfter?: number | string; delayMs?: number } = {},
  ): ErrorReply => {
    const d = DEFAULT_ERRORS[status] ?? { message: `HTTP ${status}`, type: status >= 500 ? 'server_error' : 'invalid_request_error', code: null };
    const r: ErrorReply = {
      status,
      error: { message: options.message ?? d.message, type: options.type ?? d.type, param: options.param ?? null, code: options.code === undefined ? d.code : options.code },
    };
    if (options.retryAfter !== undefined) r.headers = { 'retry-after': String(options.retryAfter) };
    if (options.delayMs !== undefined) r.delayMs = options.delayMs;
    return r;
  },
  raw: (raw: string, status = 200, contentType = 'application/json'): RawReply => ({ status, raw, contentType }),
  drop: (): DropReply => ({ drop: true }),
  /** A completion that arrives after `ms` (longer than the client's timeout: a timeout). */
  slow: (ms: number, r: CompletionReply = { content: 'late' }): CompletionReply => ({ ...r, delayMs: ms }),
};

// ---------------------------------------------------------------------------------------------------
// requests

export interface StandinRequest {
  method: string;
  path: string; // without the query
  headers: http.IncomingHttpHeaders;
  raw: string;
  /** The parsed JSON body (undefined when it is not JSON). Typed loosely: tests read into it freely. */
  body: any;
  /** What the stand-in answered: its own 4xx for an invalid request, else the scripted reply's status. */
  status: number;
}

export type StandinHandler = (request: StandinRequest, index: number) => StandinReply | Promise<StandinReply>;

export interface AiStandinOptions {
  apiKey?: string; // default: a random sk-standin-… key
  basePath?: string; // default /v1; the chat endpoint is {basePath}/chat/completions
  models?: string[]; // the models that exist; default ['gpt-4o-mini']
}

export interface AiStandin {
  baseUrl: string; // http://127.0.0.1:PORT{basePath}
  apiKey: string;
  models: string[];
  /** Every request received, in order, including refused ones. */
  requests: StandinRequest[];
  /** Chat-completion requests that passed validation and got a scripted reply. */
  readonly chats: StandinRequest[];
  /** Queue replies for the next valid chat requests (used before the handler). */
  script(...replies: StandinReply[]): void;
  /** Answer every valid chat request the queue does not: `(request, index) => reply`. */
  handle(handler: StandinHandler | null): void;
  /** Replies still queued, and what went wrong on the stand-in's side (an unscripted request, a throwing handler). */
  pending(): number;
  problems: string[];
  reset(): void;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------------
// validation, with OpenAI's messages

class InvalidRequest extends Error {
  constructor(
    message: string,
    readonly param: string | null = null,
    readonly code: string | null = null,
    readonly status = 400,
  ) {
    super(message);
  }
}

const KNOWN_PARAMS = new Set([
  'model', 'messages', 'tools', 'tool_choice', 'parallel_tool_calls', 'response_format', 'max_tokens', 'max_completion_tokens',
  'temperature', 'top_p', 'n', 'stream', 'stream_options', 'stop', 'presence_penalty', 'frequency_penalty', 'logit_bias',
  'logprobs', 'top_logprobs', 'user', 'seed', 'store', 'metadata', 'service_tier', 'reasoning_effort', 'modalities', 'audio',
  'prediction', 'functions', 'function_call', 'web_search_options', 'verbosity', 'safety_identifier', 'prompt_cache_key',
]);
const ROLES = ['system', 'developer', 'user', 'assistant', 'tool', 'function'];
const TOOL_NAME = /^[a-zA-Z0-9_-]{1,64}$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const typeName = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`);

function expectType(value: unknown, ok: boolean, param: string, expected: string): void {
  if (!ok) throw new InvalidRequest(`Invalid type for '${param}': expected ${expected}, but got ${typeName(value)} instead.`, param, 'invalid_type');
}

function checkContent(value: unknown, param: string, required: boolean): string {
  if (value === undefined || value === null) {
    if (required) throw new InvalidRequest(`Missing required parameter: '${param}'.`, param, 'missing_required_parameter');
    return '';
  }
  if (typeof value === 'string') return value;
  expectType(value, Array.isArray(value), param, 'one of a string or array of objects');
  return (value as unknown[])
    .map((part, i) => {
      expectType(part, isObject(part), `${param}[${i}]`, 'an object');
      const p = part as Record<string, unknown>;
      if (p.type !== 'text') throw new InvalidRequest(`Invalid value: '${String(p.type)}'. Supported values are: 'text'.`, `${param}[${i}].type`, 'invalid_value');
      expectType(p.text, typeof p.text === 'string', `${param}[${i}].text`, 'a string');
      return p.text as string;
    })
    .join('');
}

function checkRange(body: Record<string, unknown>, key: string, min: number, max: number, integer: boolean): void {
  const v = body[key];
  if (v === undefined || v === null) return;
  expectType(v, typeof v === 'number' && (!integer || Number.isInteger(v)), key, integer ? 'an integer' : 'a number');
  const kind = integer ? 'integer' : 'decimal';
  if ((v as number) < min) throw new InvalidRequest(`Invalid '${key}': ${kind} below minimum value. Expected a value >= ${min}, but got ${v} instead.`, key, `${kind}_below_min_value`);
  if ((v as number) > max) throw new InvalidRequest(`Invalid '${key}': ${kind} above maximum value. Expected a value <= ${max}, but got ${v} instead.`, key, `${kind}_above_max_value`);
}

/** Throws InvalidRequest for what OpenAI would refuse. */
function validateChat(body: unknown, models: string[]): void {
  if (!isObject(body)) throw new InvalidRequest('Invalid type for request body: expected an object.', null, 'invalid_type');
  for (const key of Object.keys(body)) if (!KNOWN_PARAMS.has(key)) throw new InvalidRequest(`Unrecognized request argument supplied: ${key}`);
  if (typeof body.model !== 'string' || body.model === '') throw new InvalidRequest('you must provide a model parameter');
  if (!models.includes(body.model)) {
    throw new InvalidRequest(`The model \`${body.model}\` does not exist or you do not have access to it.`, null, 'model_not_found', 404);
  }
  if (body.stream === true) throw new InvalidRequest('stand-in: stream is not supported', 'stream');
  if (body.n !== undefined && body.n !== null && body.n !== 1) throw new InvalidRequest('stand-in: only n = 1 is supported', 'n');

  // messages, and the pairing of assistant tool_calls with tool messages
  if (body.messages === undefined) throw new InvalidRequest("Missing required parameter: 'messages'.", 'messages', 'missing_required_parameter');
  expectType(body.messages, Array.isArray(body.messages), 'messages', 'an array');
  const messages = body.messages as unknown[];
  if (messages.length === 0) {
    throw new InvalidRequest("Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.", 'messages', 'empty_array');
  }
  let text = '';
  let open: { index: number; unanswered: Set<string>; ids: Set<string> } | null = null;
  const unanswered = () => {
    if (open && open.unanswered.size > 0) {
      throw new InvalidRequest(
        `An assistant message with 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'. The following tool_call_ids did not have response messages: ${[...open.unanswered].join(', ')}`,
        `messages.[${open.index}].role`,
      );
    }
  };
  messages.forEach((m, i) => {
    const at = `messages[${i}]`;
    expectType(m, isObject(m), at, 'an object');
    const msg = m as Record<string, unknown>;
    if (typeof msg.role !== 'string' || !ROLES.includes(msg.role)) {
      throw new InvalidRequest(`Invalid value: '${String(msg.role)}'. Supported values are: 'system', 'assistant', 'user', 'function', 'tool', and 'developer'.`, `${at}.role`, 'invalid_value');
    }
    if (msg.role === 'tool') {
      expectType(msg.tool_call_id, typeof msg.tool_call_id === 'string', `${at}.tool_call_id`, 'a string');
      if (!open || !open.ids.has(msg.tool_call_id as string)) {
        throw new InvalidRequest("Invalid parameter: messages with role 'tool' must be a response to a preceeding message with 'tool_calls'.", `messages.[${i}].role`);
      }
      open.unanswered.delete(msg.tool_call_id as string);
      text += checkContent(msg.content, `${at}.content`, true);
      return;
    }
    unanswered();
    open = null;
    if (msg.role === 'assistant') {
      const calls = msg.tool_calls;
      if (calls !== undefined && calls !== null) {
        expectType(calls, Array.isArray(calls), `${at}.tool_calls`, 'an array');
        const ids = new Set<string>();
        (calls as unknown[]).forEach((c, j) => {
          const p = `${at}.tool_calls[${j}]`;
          expectType(c, isObject(c), p, 'an object');
          const call = c as Record<string, unknown>;
          expectType(call.id, typeof call.id === 'string', `${p}.id`, 'a string');
          if (call.type !== 'function') throw new InvalidRequest(`Invalid value: '${String(call.type)}'. Supported values are: 'function' and 'custom'.`, `${p}.type`, 'invalid_value');
          expectType(call.function, isObject(call.function), `${p}.function`, 'an object');
          const f = call.function as Record<string, unknown>;
          expectType(f.name, typeof f.name === 'string', `${p}.function.name`, 'a string');
          expectType(f.arguments, typeof f.arguments === 'string', `${p}.function.arguments`, 'a string');
          ids.add(call.id as string);
        });
        if (ids.size > 0) open = { index: i, unanswered: new Set(ids), ids };
      }
      text += checkContent(msg.content, `${at}.content`, !open && msg.refusal == null);
      return;
    }
    text += checkContent(msg.content, `${at}.content`, true);
  });
  unanswered();

  // tools and tool_choice
  const toolNames = new Set<string>();
  if (body.tools !== undefined && body.tools !== null) {
    expectType(body.tools, Array.isArray(body.tools), 'tools', 'an array');
    const tools = body.tools as unknown[];
    if (tools.length === 0) throw new InvalidRequest("Invalid 'tools': empty array. Expected an array with minimum length 1, but got an empty array instead.", 'tools', 'empty_array');
    tools.forEach((t, i) => {
      expectType(t, isObject(t), `tools[${i}]`, 'an object');
      const tool = t as Record<string, unknown>;
      if (tool.type !== 'function') throw new InvalidRequest(`Invalid value: '${String(tool.type)}'. Supported values are: 'function' and 'custom'.`, `tools[${i}].type`, 'invalid_value');
      expectType(tool.function, isObject(tool.function), `tools[${i}].function`, 'an object');
      const f = tool.function as Record<string, unknown>;
      if (typeof f.name !== 'string' || !TOOL_NAME.test(f.name)) {
        throw new InvalidRequest(`Invalid 'tools[${i}].function.name': string does not match pattern. Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'.`, `tools[${i}].function.name`, 'invalid_value');
      }
      if (f.parameters !== undefined) expectType(f.parameters, isObject(f.parameters), `tools[${i}].function.parameters`, 'an object');
      toolNames.add(f.name);
    });
  }
  const choice = body.tool_choice;
  if (choice !== undefined && choice !== null) {
    if (toolNames.size === 0) throw new InvalidRequest("Invalid value for 'tool_choice': 'tool_choice' is only allowed when 'tools' are specified.", 'tool_choice');
    if (typeof choice === 'string') {
      if (!['none', 'auto', 'required'].includes(choice)) {
        throw new InvalidRequest(`Invalid value: '${choice}'. Supported values are: 'none', 'auto', and 'required'.`, 'tool_choice', 'invalid_value');
      }
    } else {
      expectType(choice, isObject(choice) && isObject(choice.function), 'tool_choice', 'one of a string or object');
      const name = (choice as { function: { name?: unknown } }).function.name;
      if ((choice as { type?: unknown }).type !== 'function' || typeof name !== 'string' || !toolNames.has(name)) {
        throw new InvalidRequest(`Invalid value for 'tool_choice': tool '${String(name)}' is not among the 'tools'.`, 'tool_choice');
      }
    }
  }

  // response_format
  const format = body.response_format;
  if (format !== undefined && format !== null) {
    expectType(format, isObject(format), 'response_format', 'an object');
    const type = (format as Record<string, unknown>).type;
    if (type !== 'text' && type !== 'json_object' && type !== 'json_schema') {
      throw new InvalidRequest(`Invalid value: '${String(type)}'. Supported values are: 'text', 'json_object', and 'json_schema'.`, 'response_format.type', 'invalid_value');
    }
    if (type === 'json_schema' && !isObject((format as Record<string, unknown>).json_schema)) {
      throw new InvalidRequest("Missing required parameter: 'response_format.json_schema'.", 'response_format.json_schema', 'missing_required_parameter');
    }
    if (type === 'json_object' && !/json/i.test(text)) {
      throw new InvalidRequest("'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.", 'messages');
    }
  }

  // sampling and length
  checkRange(body, 'temperature', 0, 2, false);
  checkRange(body, 'top_p', 0, 1, false);
  checkRange(body, 'max_tokens', 1, 1_000_000, true);
  checkRange(body, 'max_completion_tokens', 1, 1_000_000, true);
  if (body.max_tokens != null && body.max_completion_tokens != null) {
    throw new InvalidRequest('max_tokens and max_completion_tokens cannot both be set. Please use max_completion_tokens.', 'max_tokens', 'invalid_value');
  }
}

// ---------------------------------------------------------------------------------------------------
// answers

const hex = (bytes: number) => randomBytes(bytes).toString('hex');
const tokens = (s: string) => Math.ceil(s.length / 4);

function completionBody(r: CompletionReply, body: Record<string, unknown>) {
  const calls = (r.toolCalls ?? []).map((c) => ({
    id: c.id ?? `call_${hex(12)}`,
    type: 'function' as const,
    function: { name: c.name, arguments: typeof c.arguments === 'string' ? c.arguments : JSON.stringify(c.arguments) },
  }));
  let content = r.content === undefined ? (calls.length > 0 ? null : '') : r.content;
  let finish = r.finishReason ?? (calls.length > 0 ? 'tool_calls' : 'stop');
  // max_tokens is a hard limit: a longer answer is cut, as the real server does.
  const limit = (body.max_completion_tokens ?? body.max_tokens) as number | undefined;
  if (limit !== undefined && content && tokens(content) > limit) {
    content = content.slice(0, limit * 4);
    finish = 'length';
  }
  const promptTokens = tokens(JSON.stringify(body.messages)) + (body.tools ? tokens(JSON.stringify(body.tools)) : 0);
  const completionTokens = tokens((content ?? '') + (calls.length > 0 ? JSON.stringify(calls) : ''));
  const usage =
    r.usage === null
      ? undefined
      : {
          prompt_tokens: r.usage?.prompt_tokens ?? promptTokens,
          completion_tokens: r.usage?.completion_tokens ?? completionTokens,
          total_tokens: (r.usage?.prompt_tokens ?? promptTokens) + (r.usage?.completion_tokens ?? completionTokens),
          prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
          completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
        };
  const message: Record<string, unknown> = { role: 'assistant', content, refusal: r.refusal ?? null, annotations: [] };
  if (calls.length > 0) message.tool_calls = calls;
  return {
    id: `chatcmpl-${hex(12)}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: r.model ?? body.model,
    choices: [{ index: 0, message, logprobs: null, finish_reason: finish }],
    ...(usage ? { usage } : {}),
    service_tier: 'default',
    system_fingerprint: 'fp_standin',
  };
}

const errorBody = (message: string, type: string, param: string | null, code: string | null) => JSON.stringify({ error: { message, type, param, code } });

/** As OpenAI shows a wrong key: its start and its last four characters. */
const maskKey = (key: string) => (key.length <= 8 ? '*'.repeat(key.length) : `${key.slice(0, 3)}${'*'.repeat(key.length - 7)}${key.slice(-4)}`);

// ---------------------------------------------------------------------------------------------------

export async function startAiStandin(options: AiStandinOptions = {}): Promise<AiStandin> {
  const apiKey = options.apiKey ?? `sk-standin-${hex(16)}`;
  const basePath = (options.basePath ?? '/v1').replace(/\/+$/, '');
  const models = options.models ?? ['gpt-4o-mini'];
  const requests: StandinRequest[] = [];
  const chats: StandinRequest[] = [];
  const problems: string[] = [];
  let queue: StandinReply[] = [];
  let handler: StandinHandler | null = null;
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const wait = (ms: number, res: http.ServerResponse) =>
    new Promise<boolean>((resolve) => {
      if (!ms) return resolve(!res.destroyed);
      const t = setTimeout(() => {
        timers.delete(t);
        resolve(!res.destroyed);
      }, ms);
      timers.add(t);
      res.once('close', () => {
        clearTimeout(t);
        timers.delete(t);
        resolve(false);
      });
    });

  function send(res: http.ServerResponse, status: number, body: string, headers: Record<string, string> = {}, contentType = 'application/json') {
    if (res.destroyed) return;
    res.writeHead(status, { 'content-type': contentType, 'x-request-id': `req_${hex(16)}`, 'openai-processing-ms': '12', 'openai-version': '2020-10-01', ...headers });
    res.end(body);
  }

  async function answer(record: StandinRequest, res: http.ServerResponse, r: StandinReply): Promise<void> {
    if (!(await wait(r.delayMs ?? 0, res))) return;
    if ('drop' in r) {
      res.socket?.destroy();
      return;
    }
    if ('raw' in r) {
      record.status = r.status;
      return send(res, r.status, r.raw, r.headers, r.contentType);
    }
    if ('error' in r) {
      record.status = r.status;
      return send(res, r.status, errorBody(r.error.message, r.error.type, r.error.param, r.error.code), r.headers);
    }
    record.status = 200;
    const text = JSON.stringify(completionBody(r, record.body));
    if (!r.bodyDelayMs) return send(res, 200, text, r.headers);
    res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': `req_${hex(16)}`, ...r.headers });
    res.flushHeaders();
    if (await wait(r.bodyDelayMs, res)) res.end(text);
  }

  async function route(req: http.IncomingMessage, res: http.ServerResponse, raw: string): Promise<void> {
    const path = (req.url ?? '/').split('?')[0]!;
    let body: unknown;
    try {
      body = raw === '' ? undefined : JSON.parse(raw);
    } catch {
      body = undefined;
    }
    const record: StandinRequest = { method: req.method ?? '', path, headers: req.headers, raw, body, status: 0 };
    requests.push(record);
    const refuse = (status: number, message: string, type = 'invalid_request_error', param: string | null = null, code: string | null = null) => {
      record.status = status;
      send(res, status, errorBody(message, type, param, code));
    };

    const rest = path.startsWith(`${basePath}/`) ? path.slice(basePath.length) : null;
    const isChat = rest === '/chat/completions' && req.method === 'POST';
    const isModels = (rest === '/models' || rest?.startsWith('/models/')) && req.method === 'GET';
    if (!isChat && !isModels) return refuse(404, `Invalid URL (${req.method} ${path})`);

    const auth = req.headers.authorization ?? '';
    const given = /^Bearer\s+(.+)$/i.exec(auth)?.[1]?.trim();
    if (!given) {
      return refuse(
        401,
        "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're accessing the API from your browser and are prompted for a username and password. You can obtain an API key from https://platform.openai.com/account/api-keys.",
      );
    }
    if (given !== apiKey) {
      return refuse(401, `Incorrect API key provided: ${maskKey(given)}. You can find your API key at https://platform.openai.com/account/api-keys.`, 'invalid_request_error', null, 'invalid_api_key');
    }

    if (isModels) {
      const list = models.map((id) => ({ id, object: 'model', created: 1_721_172_741, owned_by: 'system' }));
      if (rest === '/models') {
        record.status = 200;
        return send(res, 200, JSON.stringify({ object: 'list', data: list }));
      }
      const one = list.find((m) => m.id === decodeURIComponent(rest!.slice('/models/'.length)));
      if (!one) return refuse(404, `The model '${rest!.slice('/models/'.length)}' does not exist`, 'invalid_request_error', 'model', 'model_not_found');
      record.status = 200;
      return send(res, 200, JSON.stringify(one));
    }

    if (body === undefined) {
      return refuse(
        400,
        "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON. If you have trouble figuring out how to fix this, please contact us through our help center at help.openai.com.)",
      );
    }
    try {
      validateChat(body, models);
    } catch (e) {
      if (!(e instanceof InvalidRequest)) throw e;
      return refuse(e.status, e.message, 'invalid_request_error', e.param, e.code);
    }

    const index = chats.length;
    chats.push(record);
    let r: StandinReply | undefined = queue.shift();
    try {
      if (!r && handler) r = await handler(record, index);
      if (!r) throw new Error('no reply scripted');
    } catch (e) {
      problems.push(`chat request #${index}: ${e instanceof Error ? e.message : String(e)}`);
      return refuse(500, `stand-in: no reply for chat request #${index}`, 'standin_error');
    }
    return answer(record, res, r);
  }

  const server = http.createServer((req, res) => {
    res.on('error', () => {}); // a client that went away mid-answer is not the stand-in's failure
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      route(req, res, Buffer.concat(chunks).toString('utf8')).catch((e: unknown) => {
        problems.push(`stand-in failed: ${e instanceof Error ? e.stack : String(e)}`);
        if (!res.headersSent) send(res, 500, errorBody('stand-in failed', 'standin_error', null, null));
      });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}${basePath}`,
    apiKey,
    models,
    requests,
    chats,
    problems,
    script: (...replies) => {
      queue.push(...replies);
    },
    handle: (h) => {
      handler = h;
    },
    pending: () => queue.length,
    reset: () => {
      queue = [];
      handler = null;
      requests.length = 0;
      chats.length = 0;
      problems.length = 0;
    },
    close: async () => {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
