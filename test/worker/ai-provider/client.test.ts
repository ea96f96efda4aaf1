// The fetch client against the stand-in: what it returns for every way a provider answers or fails, the
// one retry, the cost, and that the API key never leaves the Authorization header.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { costOf, parseRetryAfter, redactSecret, type ProviderError } from '../../../worker/ai/provider/client';
import { reply } from '../../support/ai-standin';
import { PRICING, providerFor, useStandin } from './helpers';

const standin = useStandin();
const hi = { messages: [{ role: 'user' as const, content: 'Hi' }] };

function failed(r: { ok: boolean; err?: ProviderError }): ProviderError {
  if (r.ok || !r.err) throw new Error('expected an error');
  return r.err;
}

describe('chat: success and cost', () => {
  it('returns the message, usage priced per million tokens, the model, request id and latency', async () => {
    const ai = standin();
    ai.script(reply.text('Hello!', { usage: { prompt_tokens: 1000, completion_tokens: 500 }, model: 'gpt-4o-mini-2024-07-18' }));
    const r = await providerFor(ai).provider.chat({ ...hi, maxTokens: 10, temperature: 0.3 });
    if (!r.ok) throw new Error(r.err.message);
    expect(r.val).toMatchObject({ message: { content: 'Hello!', toolCalls: [] }, usage: { promptTokens: 1000, completionTokens: 500 }, model: 'gpt-4o-mini-2024-07-18', finishReason: 'stop' });
    expect(r.val.costUsd).toBeCloseTo((1000 * 0.15 + 500 * 0.6) / 1e6, 12);
    expect(r.val.requestId).toMatch(/^req_/);
    expect(r.val.latencyMs).toBeGreaterThanOrEqual(0);
    expect(ai.chats[0]!.body).toEqual({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }], max_tokens: 10, temperature: 0.3 });
  });

  it('estimates usage at 4 characters a token when the server sends none, and costs 0 without pricing', async () => {
    const ai = standin();
    ai.script(reply.text('x'.repeat(40), { usage: null }), reply.text('Hello', { usage: { prompt_tokens: 10, completion_tokens: 2 } }));
    const estimated = await providerFor(ai).provider.chat(hi);
    if (!estimated.ok) throw new Error(estimated.err.message);
    const sent = ai.chats[0]!.raw.length;
    expect(estimated.val.usage).toEqual({ promptTokens: Math.ceil(sent / 4), completionTokens: Math.ceil((40 + 2) / 4), estimated: true });
    expect(estimated.val.costUsd).toBeCloseTo(costOf(estimated.val.usage, PRICING), 15);
    expect(estimated.val.costUsd).toBeGreaterThan(0);
    const free = await providerFor(ai, { pricing: undefined }).provider.chat(hi);
    expect(free.ok && free.val.costUsd).toBe(0);
  });

  it('parses tool-call arguments, and refuses malformed ones', async () => {
    const ai = standin();
    ai.script(
      reply.toolCalls({ id: 'call_1', name: 'getOrder', arguments: { orderId: '42' } }, { id: 'call_2', name: 'searchKnowledgeBase', arguments: '' }),
      reply.toolCalls({ id: 'call_3', name: 'getOrder', arguments: '{"orderId": "42"' }),
    );
    const { provider } = providerFor(ai);
    const r = await provider.chat(hi);
    expect(r.ok && r.val.message.toolCalls).toEqual([
      { id: 'call_1', name: 'getOrder', arguments: { orderId: '42' } },
      { id: 'call_2', name: 'searchKnowledgeBase', arguments: {} },
    ]);
    expect(failed(await provider.chat(hi))).toMatchObject({ kind: 'bad_response', status: 200, retryable: false, message: 'tool call getOrder has malformed JSON arguments' });
  });

  it('reports a refusal or a content filter as refused', async () => {
    const ai = standin();
    ai.script(reply.text('', { refusal: "I can't help with that." }), reply.text('', { finishReason: 'content_filter' }));
    const { provider } = providerFor(ai);
    expect(failed(await provider.chat(hi))).toMatchObject({ kind: 'refused', message: "I can't help with that." });
    expect(failed(await provider.chat(hi))).toMatchObject({ kind: 'refused', retryable: false });
  });
});

describe('chat: failures', () => {
  it('times out a provider that does not answer, and one that stalls in the body, without retrying', async () => {
    const ai = standin();
    ai.script(reply.slow(1_000), reply.text('late body', { bodyDelayMs: 1_000 }));
    const { provider, waits } = providerFor(ai, { timeoutMs: 200 });
    const started = Date.now();
    expect(failed(await provider.chat(hi))).toMatchObject({ kind: 'timeout', status: null, retryable: true, message: 'no answer within 200 ms' });
    expect(failed(await provider.chat(hi))).toMatchObject({ kind: 'timeout', status: 200, retryable: true, message: 'body not received within 200 ms' });
    expect(Date.now() - started).toBeLessThan(900);
    expect(ai.chats).toHaveLength(2);
    expect(waits).toEqual([]);
  });

  it('times out even when fetch ignores the abort signal', async () => {
    const ai = standin();
    const { provider } = providerFor(ai, { timeoutMs: 100, fetch: () => new Promise<Response>(() => {}) });
    expect(failed(await provider.chat(hi))).toMatchObject({ kind: 'timeout' });
  });

  it('reports a closed port and a dropped connection as network errors', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const ai = standin();
    const offline = await providerFor(ai, { baseUrl: `http://127.0.0.1:${port}/v1` }).provider.chat(hi);
    expect(failed(offline)).toMatchObject({ kind: 'network', status: null, retryable: true });

    ai.script(reply.drop());
    expect(failed(await providerFor(ai).provider.chat(hi))).toMatchObject({ kind: 'network', status: null });
  });

  it('reports a wrong key as auth, not retried, and never repeats the key (OpenAI echoes it masked)', async () => {
    const ai = standin();
    const key = 'sk-proj-wrongKEY-7f3Qz9xW';
    const e = failed(await providerFor(ai, { apiKey: key }).provider.chat(hi));
    expect(e).toMatchObject({ kind: 'auth', status: 401, retryable: false });
    expect(e.message).toMatch(/^HTTP 401 invalid_api_key: Incorrect API key provided: \[redacted\]/);
    expect(ai.requests).toHaveLength(1);
    // the stand-in did echo it masked, as OpenAI does; the error must hold neither the key nor its tail
    expect(ai.requests[0]!.status).toBe(401);
    expect(JSON.stringify(e)).not.toContain(key);
    expect(JSON.stringify(e)).not.toContain('9xW');
    expect(JSON.stringify(e)).not.toContain('****');
  });

  it('retries a 429 once after Retry-After (plus jitter) and then succeeds', async () => {
    const ai = standin();
    ai.script(reply.error(429, { retryAfter: 2 }), reply.text('ok now'));
    const { provider, waits } = providerFor(ai);
    const r = await provider.chat(hi);
    expect(r.ok && r.val.message.content).toBe('ok now');
    expect(waits).toEqual([2_000 + 125]); // random() = 0.5 → 125 ms of jitter
    expect(ai.chats).toHaveLength(2);
    expect(ai.chats[1]!.raw).toBe(ai.chats[0]!.raw);
  });

  it('does not wait for a Retry-After beyond maxRetryWaitMs, nor retry an exhausted quota', async () => {
    const ai = standin();
    ai.script(reply.error(429, { retryAfter: 60 }), reply.error(429, { code: 'insufficient_quota', type: 'insufficient_quota', message: 'You exceeded your current quota.' }));
    const { provider, waits } = providerFor(ai, { maxRetryWaitMs: 5_000 });
    expect(failed(await provider.chat(hi))).toMatchObject({ kind: 'rate_limited', retryable: true, retryAfterMs: 60_000 });
    expect(failed(await provider.chat(hi))).toMatchObject({ kind: 'rate_limited', retryable: false, message: 'HTTP 429 insufficient_quota: You exceeded your current quota.' });
    expect(waits).toEqual([]);
    expect(ai.chats).toHaveLength(2);
  });

  it('retries a 5xx once with jitter: a second failure is the error, a success is the answer', async () => {
    const ai = standin();
    ai.script(reply.error(500), reply.error(503), reply.error(502), reply.text('recovered'));
    const { provider, waits } = providerFor(ai);
    expect(failed(await provider.chat(hi))).toMatchObject({ kind: 'server', status: 503, retryable: true });
    const r = await provider.chat(hi);
    expect(r.ok && r.val.message.content).toBe('recovered');
    expect(waits).toEqual([625, 625]); // 250 + 0.5 × 750
    expect(ai.chats).toHaveLength(4);
  });

  it('does not retry a 400', async () => {
    const ai = standin();
    const e = failed(await providerFor(ai).provider.chat({ ...hi, temperature: 3 }));
    expect(e).toMatchObject({ kind: 'bad_request', status: 400, retryable: false });
    expect(e.message).toBe("HTTP 400 decimal_above_max_value: Invalid 'temperature': decimal above maximum value. Expected a value <= 2, but got 3 instead.");
    expect(ai.requests).toHaveLength(1);
  });

  it('reports a body that is not JSON, or JSON that is not a completion, as bad_response', async () => {
    const ai = standin();
    ai.script(
      reply.raw('{"id":"chatcmpl-1","object":"chat.completion","choices":[{"index":0,"mess'),
      reply.raw(JSON.stringify({ id: 'x', model: 'm', choices: [] })),
      reply.raw('<html>Bad Gateway</html>', 502, 'text/html'),
      reply.raw('<html>Bad Gateway</html>', 502, 'text/html'),
    );
    const { provider } = providerFor(ai);
    expect(failed(await provider.chat(hi))).toMatchObject({ kind: 'bad_response', status: 200, retryable: false, message: 'response is not JSON' });
    expect(failed(await provider.chat(hi))).toMatchObject({ kind: 'bad_response', message: expect.stringMatching(/^not a chat completion \(choices: /) });
    expect(failed(await provider.chat(hi))).toMatchObject({ kind: 'server', status: 502, message: 'HTTP 502' });
  });

  it('never puts the key in an error message, whatever the failure', async () => {
    const ai = standin();
    const errors: ProviderError[] = [];
    const secretEcho = `invalid request for key ${ai.apiKey}`;
    ai.script(reply.error(400, { message: secretEcho }), reply.error(500, { message: secretEcho }), reply.error(500, { message: secretEcho }), reply.raw('nope'));
    const { provider } = providerFor(ai);
    for (let i = 0; i < 3; i++) {
      const r = await provider.chat(hi);
      if (!r.ok) errors.push(r.err);
    }
    const throwing = providerFor(ai, { fetch: () => Promise.reject(new Error(`connect failed for Bearer ${ai.apiKey}`)) });
    const r = await throwing.provider.chat(hi);
    if (!r.ok) errors.push(r.err);
    expect(errors.map((e) => e.kind)).toEqual(['bad_request', 'server', 'bad_response', 'network']);
    for (const e of errors) expect(JSON.stringify(e)).not.toContain(ai.apiKey);
    expect(errors[0]!.message).toBe('HTTP 400 invalid_request_error: invalid request for key [redacted]');
    // and on the wire, the key is in the Authorization header only
    for (const req of ai.requests) {
      expect(req.raw).not.toContain(ai.apiKey);
      expect(req.path).not.toContain(ai.apiKey);
      expect(req.headers.authorization).toBe(`Bearer ${ai.apiKey}`);
    }
  });
});

describe('helpers', () => {
  it('parseRetryAfter reads retry-after-ms, seconds and HTTP dates', () => {
    const now = Date.parse('2026-07-05T12:00:00Z');
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '1500', 'retry-after': '9' }), now)).toBe(1500);
    expect(parseRetryAfter(new Headers({ 'retry-after': '3' }), now)).toBe(3000);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Sun, 05 Jul 2026 12:00:10 GMT' }), now)).toBe(10_000);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Sun, 05 Jul 2026 11:00:00 GMT' }), now)).toBe(0);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(parseRetryAfter(new Headers({ 'retry-after': '-1' }), now)).toBeUndefined();
    expect(parseRetryAfter(new Headers(), now)).toBeUndefined();
  });

  it('redactSecret removes the key, sk- keys and masked keys, and caps the length', () => {
    expect(redactSecret('key abc123XYZ in text', 'abc123XYZ')).toBe('key [redacted] in text');
    expect(redactSecret('Incorrect API key provided: gsk_ab**********wxyz.', 'other')).toBe('Incorrect API key provided: [redacted].');
    expect(redactSecret('leaked sk-live-0123456789abcdef here', 'x')).toBe('leaked [redacted] here');
    expect(redactSecret('y'.repeat(1000), 'x')).toHaveLength(300);
  });
});
