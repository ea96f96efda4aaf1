// Text Postgres will take. A NUL character is refused by `text` and `jsonb` alike, and a lone UTF-16
// surrogate (half an emoji, cut by a client) by `jsonb`; either would make a whole batch of messages fail
// and be retried for ever. Buyers' words are kept otherwise exactly as written.
const NUL = /\u0000/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function storableText(text: string): string {
  return text.replace(NUL, '').replace(LONE_SURROGATE, '\ufffd');
}

/** The same for every string inside a JSON value (keys included). */
export function storableJson<T>(value: T): T {
  if (typeof value === 'string') return storableText(value) as T;
  if (Array.isArray(value)) return value.map(storableJson) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [storableText(k), storableJson(v)])) as T;
  }
  return value;
}
