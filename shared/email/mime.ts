// A small MIME reader for providers that hand over the raw message (RFC 5322 + 2045–2047): headers with
// folding and encoded words, multipart/alternative, mixed and related at any depth (bounded), base64 and
// quoted-printable, charsets through TextDecoder. It keeps what threading and the inbox need — addresses,
// ids, subject, the first text/plain and text/html bodies — and only the name, type and size of every other
// part: attachment content is never kept (docs/email.md, "Attachments").
//
// Malformed input is a value, never an exception: parseMime returns { ok: false, err: 'why' }.
import { err, ok, type Result } from '../result';
import { parseMailbox, parseMailboxList, parseMessageIds, type Mailbox } from './address';
import { decodeBase64, decodeCharset, decodeEncodedWords, decodeQuotedPrintable, latin1Bytes } from './decode';

export interface MimeAttachment {
  filename: string;
  contentType: string;
  size: number;
  contentId: string | null;
}

export interface ParsedEmail {
  from: Mailbox | null;
  to: Mailbox[];
  subject: string;
  messageId: string | null;
  inReplyTo: string[];
  references: string[];
  text: string | null;
  html: string | null;
  attachments: MimeAttachment[];
}

const MAX_DEPTH = 8;
const MAX_PARTS = 100;

interface Entity {
  headers: Map<string, string>;
  body: string;
}

// Malformed input throws a string (the reason) inside this module; parseMime turns it into a value.
function splitEntity(raw: string): Entity {
  const gap = /\r?\n\r?\n/.exec(raw);
  const headers = new Map<string, string>();
  for (const line of (gap ? raw.slice(0, gap.index) : raw).replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const m = /^([!-9;-~]+):[ \t]*(.*)$/.exec(line);
    if (m) {
      const name = m[1]!.toLowerCase();
      if (!headers.has(name)) headers.set(name, m[2]!.trim());
    } else if (!headers.size && line.trim()) throw 'the message does not start with headers';
  }
  return { headers, body: gap ? raw.slice(gap.index + gap[0].length) : '' };
}

/** `text/plain; charset="utf-8"` → ['text/plain', { charset: 'utf-8' }]; RFC 2231 `name*=utf-8''caf%C3%A9` too. */
function parseParams(header = ''): [string, Record<string, string>] {
  const [first = '', ...rest] = header.match(/(?:"[^"]*"|[^;])+/g) ?? [];
  const params: Record<string, string> = {};
  for (const p of rest) {
    const m = /^\s*([^=*\s]+)(\*)?\s*=\s*"?([^"]*)"?\s*$/.exec(p);
    if (!m) continue;
    const ext = m[2] && /^([^']*)'[^']*'(.*)$/.exec(m[3]!);
    params[m[1]!.toLowerCase()] = ext ? decodeCharset(latin1Bytes(unescape(ext[2]!)), ext[1] || 'utf-8') : m[3]!;
  }
  return [first.trim().toLowerCase(), params];
}

function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  let current: string[] | null = null;
  for (const line of body.split(/\r?\n/)) {
    const tail = line.startsWith(delimiter) ? line.slice(delimiter.length).trimEnd() : null;
    if (tail === '' || tail === '--') {
      if (current) parts.push(current.join('\r\n'));
      if (tail) return parts;
      current = [];
    } else current?.push(line);
  }
  if (!current) throw `the multipart boundary "${boundary.slice(0, 70)}" never appears in the body`;
  parts.push(current.join('\r\n')); // no closing delimiter (a cut message): keep what arrived
  return parts;
}

function walk(e: Entity, depth: number, out: ParsedEmail, count: { parts: number }): void {
  if (depth > MAX_DEPTH) throw `multiparts nested deeper than ${MAX_DEPTH}`;
  if (++count.parts > MAX_PARTS) throw `more than ${MAX_PARTS} MIME parts`;
  const [type, params] = parseParams(e.headers.get('content-type') || 'text/plain');
  if (type.startsWith('multipart/')) {
    if (!params['boundary']) throw `${type} without a boundary`;
    for (const part of splitMultipart(e.body, params['boundary'])) walk(splitEntity(part), depth + 1, out, count);
    return;
  }
  const [disposition, dparams] = parseParams(e.headers.get('content-disposition'));
  const filename = dparams['filename'] ?? params['name'];
  const cte = e.headers.get('content-transfer-encoding')?.toLowerCase().trim();
  const unicode = cte !== 'base64' && cte !== 'quoted-printable' && /[^\x00-\xff]/.test(e.body); // 8-bit text already decoded by the provider
  const bytes = unicode ? new Uint8Array(e.body.length) : cte === 'base64' ? decodeBase64(e.body) : cte === 'quoted-printable' ? decodeQuotedPrintable(e.body) : latin1Bytes(e.body);
  const text = () => (unicode ? e.body : decodeCharset(bytes, params['charset']));
  const inline = disposition !== 'attachment' && !filename;
  if (inline && type === 'text/plain' && out.text === null) out.text = text();
  else if (inline && type === 'text/html' && out.html === null) out.html = text();
  else {
    out.attachments.push({
      filename: decodeEncodedWords(filename ?? (type === 'message/rfc822' ? 'message.eml' : 'unnamed')).slice(0, 255),
      contentType: type.slice(0, 100),
      size: bytes.length,
      contentId: parseMessageIds(e.headers.get('content-id'))[0] ?? null,
    });
  }
}

export function parseMime(raw: string): Result<ParsedEmail, string> {
  try {
    if (!raw.trim()) return err('the message is empty');
    const top = splitEntity(raw);
    const h = (name: string) => decodeEncodedWords(top.headers.get(name) ?? '');
    if (!top.headers.has('from')) return err('the message has no From header');
    const out: ParsedEmail = {
      from: parseMailbox(h('from')),
      to: parseMailboxList(`${h('to')},${h('cc')}`),
      subject: h('subject'),
      messageId: parseMessageIds(top.headers.get('message-id'))[0] ?? null,
      inReplyTo: parseMessageIds(top.headers.get('in-reply-to')),
      references: parseMessageIds(top.headers.get('references')),
      text: null,
      html: null,
      attachments: [],
    };
    walk(top, 0, out, { parts: 0 });
    return ok(out);
  } catch (e) {
    return err(typeof e === 'string' ? e : `unreadable MIME (${String(e)})`);
  }
}
