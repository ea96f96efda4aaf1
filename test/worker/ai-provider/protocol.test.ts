// Protocol fidelity. The official `openai` SDK talks to the stand-in: that is what shows the stand-in speaks
// the real chat-completions protocol (bodies, errors, headers). Our fetch client then makes the same
// requests against the same stand-in, and must send the same JSON and read the same answers.
import OpenAI from 'openai';
import type { ChatCompletionCreateParamsNonStreaming, ChatCompletionMessageFunctionToolCall } from 'openai/resources/chat/completions';
import { describe, expect, it } from 'vitest';
import type { ChatMessage, ToolDefinition } from '../../../worker/ai/provider/client';
import { reply, startAiStandin } from '../../support/ai-standin';
import { MODEL, providerFor, useStandin } from './helpers';

const standin = useStandin();
const sdkFor = (baseURL: string, apiKey: string) => new OpenAI({ apiKey, baseURL, maxRetries: 0, timeout: 2_000 });

/** What an SDK call threw (the SDK throws; our client returns errors). */
async function thrown(p: Promise<unknown>): Promise<InstanceType<typeof OpenAI.APIError>> {
  try {
    await p;
  } catch (e) {
    if (e instanceof OpenAI.APIError) return e;
    throw e;
  }
  throw new Error('the SDK call did not fail');
}

const ORDER_TOOL: ToolDefinition = {
  name: 'getOrder',
  description: 'One order',
  parameters: { type: 'object', properties: { orderId: { type: 'string' } }, required: ['orderId'], additionalProperties: false },
};
const SDK_ORDER_TOOL = { type: 'function' as const, function: { name: ORDER_TOOL.name, description: ORDER_TOOL.description, parameters: ORDER_TOOL.parameters } };

describe('the stand-in, driven by the openai SDK, and our client on the same requests', () => {
  it('a plain completion: same body sent, same content, usage and request id read', async () => {
    const ai = standin();
    const sdk = sdkFor(ai.baseUrl, ai.apiKey);
    const { provider } = providerFor(ai);
    const usage = { prompt_tokens: 21, completion_tokens: 4 };
    ai.script(reply.text('Hello there!', { usage }), reply.text('Hello there!', { usage }));

    const params: ChatCompletionCreateParamsNonStreaming = {
      model: MODEL,
      messages: [
        { role: 'system', content: 'You are terse.' },
        { role: 'user', content: 'Hi' },
      ],
      max_tokens: 50,
      temperature: 0,
    };
    const { data, request_id } = await sdk.chat.completions.create(params).withResponse();
    expect(data.object).toBe('chat.completion');
    expect(data.model).toBe(MODEL);
    expect(data.choices[0]!.message).toMatchObject({ role: 'assistant', content: 'Hello there!' });
    expect(data.choices[0]!.finish_reason).toBe('stop');
    expect(data.usage).toMatchObject({ ...usage, total_tokens: 25 });
    expect(request_id).toMatch(/^req_[0-9a-f]{32}$/);

    const ours = await provider.chat({ messages: [{ role: 'system', content: 'You are terse.' }, { role: 'user', content: 'Hi' }], maxTokens: 50, temperature: 0 });
    if (!ours.ok) throw new Error(ours.err.message);
    expect(ours.val.message).toEqual({ content: 'Hello there!', toolCalls: [] });
    expect(ours.val.usage).toEqual({ promptTokens: 21, completionTokens: 4 });
    expect(ours.val.model).toBe(MODEL);
    expect(ours.val.finishReason).toBe('stop');
    expect(ours.val.requestId).toMatch(/^req_[0-9a-f]{32}$/);
    expect(ours.val.requestId).not.toBe(request_id);

    const [bySdk, byUs] = ai.chats;
    expect(byUs!.body).toEqual(bySdk!.body);
    expect(byUs!.headers.authorization).toBe(`Bearer ${ai.apiKey}`);
    expect(byUs!.headers['content-type']).toBe('application/json');
  });

  it('a tool-call round trip: the same tool definitions, assistant tool_calls and tool results go out', async () => {
    const ai = standin();
    const sdk = sdkFor(ai.baseUrl, ai.apiKey);
    const { provider } = providerFor(ai);
    const call = { id: 'call_order1', name: 'getOrder', arguments: { orderId: '576843201957712345' } };
    ai.script(reply.toolCalls(call), reply.text('It is on its way.'), reply.toolCalls(call), reply.text('It is on its way.'));

    // the SDK
    const question = { role: 'user' as const, content: 'Where is order 576843201957712345?' };
    const first = await sdk.chat.completions.create({ model: MODEL, messages: [question], tools: [SDK_ORDER_TOOL], tool_choice: 'auto' });
    expect(first.choices[0]!.finish_reason).toBe('tool_calls');
    const calls = first.choices[0]!.message.tool_calls as ChatCompletionMessageFunctionToolCall[];
    expect(first.choices[0]!.message.content).toBeNull();
    expect(calls).toEqual([{ id: 'call_order1', type: 'function', function: { name: 'getOrder', arguments: '{"orderId":"576843201957712345"}' } }]);
    const toolResult = JSON.stringify({ status: 'IN_TRANSIT' });
    const second = await sdk.chat.completions.create({
      model: MODEL,
      messages: [question, { role: 'assistant', content: null, tool_calls: calls }, { role: 'tool', tool_call_id: calls[0]!.id, content: toolResult }],
      tools: [SDK_ORDER_TOOL],
      tool_choice: 'auto',
    });
    expect(second.choices[0]!.message.content).toBe('It is on its way.');

    // our client
    const messages: ChatMessage[] = [{ role: 'user', content: question.content }];
    const r1 = await provider.chat({ messages, tools: [ORDER_TOOL], toolChoice: 'auto' });
    if (!r1.ok) throw new Error(r1.err.message);
    expect(r1.val.message).toEqual({ content: null, toolCalls: [call] });
    expect(r1.val.finishReason).toBe('tool_calls');
    const r2 = await provider.chat({
      messages: [...messages, { role: 'assistant', content: null, toolCalls: r1.val.message.toolCalls }, { role: 'tool', toolCallId: 'call_order1', content: toolResult }],
      tools: [ORDER_TOOL],
      toolChoice: 'auto',
    });
    if (!r2.ok) throw new Error(r2.err.message);
    expect(r2.val.message.content).toBe('It is on its way.');

    expect(ai.chats.map((c) => c.status)).toEqual([200, 200, 200, 200]);
    expect(ai.chats[2]!.body).toEqual(ai.chats[0]!.body);
    expect(ai.chats[3]!.body).toEqual(ai.chats[1]!.body);
    expect(ai.chats[3]!.body.messages[2]).toEqual({ role: 'tool', tool_call_id: 'call_order1', content: toolResult });
  });

  it('json_object: accepted with the word JSON in the messages, refused without it, the same way for both', async () => {
    const ai = standin();
    const sdk = sdkFor(ai.baseUrl, ai.apiKey);
    const { provider } = providerFor(ai);
    ai.script(reply.json({ ok: true }), reply.json({ ok: true }));

    const withJson = [{ role: 'user' as const, content: 'Answer with a JSON object.' }];
    const data = await sdk.chat.completions.create({ model: MODEL, messages: withJson, response_format: { type: 'json_object' } });
    expect(JSON.parse(data.choices[0]!.message.content!)).toEqual({ ok: true });
    const ours = await provider.chat({ messages: withJson, jsonObject: true });
    expect(ours.ok && JSON.parse(ours.val.message.content!)).toEqual({ ok: true });
    expect(ai.chats[1]!.body).toEqual(ai.chats[0]!.body);
    expect(ai.chats[1]!.body.response_format).toEqual({ type: 'json_object' });

    const without = [{ role: 'user' as const, content: 'Answer with an object.' }];
    const e = await thrown(sdk.chat.completions.create({ model: MODEL, messages: without, response_format: { type: 'json_object' } }));
    expect(e).toBeInstanceOf(OpenAI.BadRequestError);
    expect(e.param).toBe('messages');
    expect(e.message).toContain("must contain the word 'json'");
    const refused = await provider.chat({ messages: without, jsonObject: true });
    expect(refused).toMatchObject({ ok: false, err: { kind: 'bad_request', status: 400, retryable: false } });
    expect(!refused.ok && refused.err.message).toContain("must contain the word 'json'");
    expect(!refused.ok && refused.err.requestId).toMatch(/^req_/);
  });

  it('HTTP errors: the SDK raises its typed errors from the envelope; our client maps the same statuses', async () => {
    const ai = standin();
    const sdk = sdkFor(ai.baseUrl, ai.apiKey);
    const { provider } = providerFor(ai);
    const messages = [{ role: 'user' as const, content: 'Hi' }];

    const auth = await thrown(sdkFor(ai.baseUrl, 'sk-wrong-key-0000zq9x').chat.completions.create({ model: MODEL, messages }));
    expect(auth).toBeInstanceOf(OpenAI.AuthenticationError);
    expect(auth.code).toBe('invalid_api_key');
    expect(auth.message).toContain('Incorrect API key provided: sk-');
    const ourAuth = await providerFor(ai, { apiKey: 'sk-wrong-key-0000zq9x' }).provider.chat({ messages });
    expect(ourAuth).toMatchObject({ ok: false, err: { kind: 'auth', status: 401, retryable: false } });

    ai.script(reply.error(429, { retryAfter: 1 }));
    const limited = await thrown(sdk.chat.completions.create({ model: MODEL, messages }));
    expect(limited).toBeInstanceOf(OpenAI.RateLimitError);
    expect(limited.headers?.get('retry-after')).toBe('1');
    expect(limited.code).toBe('rate_limit_exceeded');
    ai.script(reply.error(429, { retryAfter: 1 }), reply.error(429, { retryAfter: 1 }));
    expect(await provider.chat({ messages })).toMatchObject({ ok: false, err: { kind: 'rate_limited', status: 429, retryable: true, retryAfterMs: 1000 } });

    ai.script(reply.error(500));
    const server = await thrown(sdk.chat.completions.create({ model: MODEL, messages }));
    expect(server).toBeInstanceOf(OpenAI.InternalServerError);
    expect(server.message).toContain('The server had an error');
    ai.script(reply.error(500), reply.error(500));
    const ours = await provider.chat({ messages });
    expect(ours).toMatchObject({ ok: false, err: { kind: 'server', status: 500 } });
    expect(!ours.ok && ours.err.message).toContain('The server had an error');

    const missing = await thrown(sdk.chat.completions.create({ model: 'gpt-nonexistent', messages }));
    expect(missing).toBeInstanceOf(OpenAI.NotFoundError);
    expect(missing.code).toBe('model_not_found');
    expect(await providerFor(ai, { model: 'gpt-nonexistent' }).provider.chat({ messages })).toMatchObject({ ok: false, err: { kind: 'bad_request', status: 404 } });
  });

  it('refuses tool messages that answer no tool call, and tool calls left unanswered, as OpenAI does', async () => {
    const ai = standin();
    const sdk = sdkFor(ai.baseUrl, ai.apiKey);
    const { provider } = providerFor(ai);
    const orphan = await thrown(
      sdk.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: 'Hi' }, { role: 'tool', tool_call_id: 'call_x', content: '{}' }] }),
    );
    expect(orphan).toBeInstanceOf(OpenAI.BadRequestError);
    expect(orphan.message).toContain("messages with role 'tool' must be a response to a preceeding message with 'tool_calls'");
    expect(orphan.param).toBe('messages.[1].role');

    const unanswered: ChatMessage[] = [
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: null, toolCalls: [{ id: 'call_a', name: 'getOrder', arguments: { orderId: '1' } }, { id: 'call_b', name: 'getOrder', arguments: { orderId: '2' } }] },
      { role: 'tool', toolCallId: 'call_a', content: '{}' },
      { role: 'user', content: 'And?' },
    ];
    const ours = await provider.chat({ messages: unanswered, tools: [ORDER_TOOL] });
    expect(ours).toMatchObject({ ok: false, err: { kind: 'bad_request', status: 400 } });
    expect(!ours.ok && ours.err.message).toContain('The following tool_call_ids did not have response messages: call_b');
    expect(ai.chats).toHaveLength(0); // refused before any scripted reply
  });

  it('lists models, serves a gateway base path, and answers unknown URLs and broken JSON like OpenAI', async () => {
    const ai = standin();
    const models = [];
    for await (const m of sdkFor(ai.baseUrl, ai.apiKey).models.list()) models.push(m.id);
    expect(models).toEqual([MODEL]);

    const gateway = await startAiStandin({ basePath: '/openai/deployments/prod/v1' });
    try {
      gateway.script(reply.text('via SDK'), reply.text('via us'));
      const sdk = await sdkFor(gateway.baseUrl, gateway.apiKey).chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: 'Hi' }] });
      expect(sdk.choices[0]!.message.content).toBe('via SDK');
      const ours = await providerFor(gateway, { baseUrl: `${gateway.baseUrl}/` }).provider.chat({ messages: [{ role: 'user', content: 'Hi' }] });
      expect(ours.ok && ours.val.message.content).toBe('via us');
      expect(gateway.requests.map((r) => r.path)).toEqual(['/openai/deployments/prod/v1/chat/completions', '/openai/deployments/prod/v1/chat/completions']);

      const wrongPath = await fetch(gateway.baseUrl.replace('/prod/', '/dev/') + '/chat/completions', { method: 'POST', headers: { authorization: `Bearer ${gateway.apiKey}` }, body: '{}' });
      expect(wrongPath.status).toBe(404);
      expect(await wrongPath.json()).toEqual({ error: { message: 'Invalid URL (POST /openai/deployments/dev/v1/chat/completions)', type: 'invalid_request_error', param: null, code: null } });
      const broken = await fetch(`${gateway.baseUrl}/chat/completions`, { method: 'POST', headers: { authorization: `Bearer ${gateway.apiKey}` }, body: '{"model":' });
      expect(broken.status).toBe(400);
      expect(((await broken.json()) as { error: { message: string } }).error.message).toMatch(/^We could not parse the JSON body/);
      const unknownParam = await fetch(`${gateway.baseUrl}/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${gateway.apiKey}` },
        body: JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: 'x' }], maxTokens: 5 }),
      });
      expect(((await unknownParam.json()) as { error: { message: string } }).error.message).toBe('Unrecognized request argument supplied: maxTokens');
      expect(gateway.problems).toEqual([]);
    } finally {
      await gateway.close();
    }
  });

  it('closes cleanly with a request in flight: close() returns at once and the client sees the connection drop', async () => {
    const own = await startAiStandin();
    own.script(reply.slow(5_000));
    const pending = providerFor(own).provider.chat({ messages: [{ role: 'user', content: 'Hi' }] });
    while (own.chats.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const started = Date.now();
    await own.close();
    expect(Date.now() - started).toBeLessThan(500);
    expect(await pending).toMatchObject({ ok: false, err: { kind: 'network' } });
    expect(own.problems).toEqual([]);
  });
});
