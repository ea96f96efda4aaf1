// The OpenAI chat-completions protocol, as far as AskChat uses it: POST {baseUrl}/chat/completions with
// messages, tools / tool_calls, response_format json_object and max_tokens; a `chat.completion` body with
// choices and usage back, or the error envelope `{ "error": { message, type, code } }`.
//
// The request and response TYPES come from the `openai` package, imported type-only: they cost nothing at
// run time and keep us honest about field names. The SDK itself stays out of the Worker (35.9 KB gzip for
// any import of it; decision 005). Every response is parsed with the zod schemas below, which accept a
// subset of what ChatCompletion allows (the compile-time check at the bottom proves it) and nothing else.
import type {
  ChatCompletion,
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionMessageFunctionToolCall,
  ChatCompletionMessageParam,
  ChatCompletionToolChoiceOption,
} from 'openai/resources/chat/completions';
import * as z from 'zod/mini';

/** A call the model asked for, with its arguments already parsed from the JSON string. */
export interface ToolCall {
  id: string;
  name: string;
  arguments: unknown;
}

export type ChatMessage =
  | { role: 'system' | 'user'; content: string }
  | { role: 'assistant'; content: string | null; toolCalls?: ToolCall[] }
  | { role: 'tool'; toolCallId: string; content: string };

export interface ToolDefinition {
  name: string; // ^[a-zA-Z0-9_-]{1,64}$
  description: string;
  parameters: Record<string, unknown>; // JSON Schema of the arguments object
}

export type ToolChoice = 'auto' | 'none' | 'required' | { name: string };

export interface ChatRequest {
  messages: ChatMessage[];
  tools?: ToolDefinition[];
  toolChoice?: ToolChoice;
  /** response_format {type: "json_object"}; the protocol requires the word "JSON" in the messages. */
  jsonObject?: boolean;
  maxTokens?: number;
  temperature?: number;
}

function toWireMessage(m: ChatMessage): ChatCompletionMessageParam {
  if (m.role === 'tool') return { role: 'tool', tool_call_id: m.toolCallId, content: m.content };
  if (m.role === 'assistant') {
    const calls = (m.toolCalls ?? []).map((c) => ({
      id: c.id,
      type: 'function' as const,
      function: { name: c.name, arguments: JSON.stringify(c.arguments ?? {}) },
    }));
    return calls.length > 0 ? { role: 'assistant', content: m.content, tool_calls: calls } : { role: 'assistant', content: m.content ?? '' };
  }
  return { role: m.role, content: m.content };
}

export function toWireRequest(model: string, r: ChatRequest): ChatCompletionCreateParamsNonStreaming {
  const body: ChatCompletionCreateParamsNonStreaming = { model, messages: r.messages.map(toWireMessage) };
  if (r.tools && r.tools.length > 0) {
    body.tools = r.tools.map((t) => ({ type: 'function', function: { name: t.name, description: t.description, parameters: t.parameters } }));
    if (r.toolChoice) {
      const choice: ChatCompletionToolChoiceOption =
        typeof r.toolChoice === 'string' ? r.toolChoice : { type: 'function', function: { name: r.toolChoice.name } };
      body.tool_choice = choice;
    }
  }
  if (r.jsonObject) body.response_format = { type: 'json_object' };
  // max_tokens rather than max_completion_tokens: every OpenAI-compatible server knows it, and OpenAI
  // still accepts it for chat models (reasoning models would need the newer name).
  if (r.maxTokens !== undefined) body.max_tokens = r.maxTokens;
  if (r.temperature !== undefined) body.temperature = r.temperature;
  return body;
}

const nullishString = z.optional(z.nullable(z.string()));

export const wireToolCallSchema = z.object({
  id: z.string(),
  type: z.literal('function'),
  function: z.object({ name: z.string(), arguments: z.string() }),
});

export const wireCompletionSchema = z.object({
  id: z.string(),
  model: z.string(),
  choices: z.array(
    z.object({
      message: z.object({
        content: nullishString,
        refusal: nullishString,
        tool_calls: z.optional(z.nullable(z.array(wireToolCallSchema))),
      }),
      finish_reason: nullishString,
    }),
  ).check(z.minLength(1)),
  usage: z.optional(z.nullable(z.object({ prompt_tokens: z.number(), completion_tokens: z.number() }))),
});
export type WireCompletion = z.infer<typeof wireCompletionSchema>;

/** OpenAI's error envelope; some compatible servers put the fields at the top level instead. */
export const wireErrorSchema = z.object({
  error: z.optional(
    z.union([
      z.string(),
      z.object({ message: nullishString, type: nullishString, code: z.optional(z.nullable(z.union([z.string(), z.number()]))) }),
    ]),
  ),
  message: nullishString,
  code: z.optional(z.nullable(z.union([z.string(), z.number()]))),
});

// Compile-time proof that a real ChatCompletion (with function tool calls) fits our schema's type, so the
// parser accepts what OpenAI sends. Type-only: erased from the bundle.
type FunctionOnly = Omit<ChatCompletion, 'choices'> & {
  choices: (Omit<ChatCompletion.Choice, 'message'> & {
    message: Omit<ChatCompletion.Choice['message'], 'tool_calls'> & { tool_calls?: ChatCompletionMessageFunctionToolCall[] };
  })[];
};
type Expect<T extends true> = T;
export type ChatCompletionFitsSchema = Expect<FunctionOnly extends WireCompletion ? true : false>;
