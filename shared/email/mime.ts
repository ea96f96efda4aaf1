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

class MimeError extends Error {}

interface Entity {
  headers: Map<string, string>;
  body: string;
}

function splitEntity(raw: string): Entity {
  const gap = /\r?\n\r?\n/.exec(raw);
  const head = (gap ? raw.slice(0, gap.index) : raw).replace(/\r?\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split(/\r?\n/)) {
    const m = /^([!-9;-~]+):[ \t]*(.*)$/.exec(line);
    if (m) {
      const name = m[1]!.toLowerCase();
      if (!headers.has(name)) headers.set(name, m[2]!.trim());
    } else if (headers.size === 0 && line.trim()) throw new MimeError('the message does not start with headers');
  }
  return { headers, body: gap ? raw.slice(gap.index + gap[0].length) : '' };
}

/** `text/plain; charset="utf-8"` → { value: 'text/plain', params: { charset: 'utf-8' } }, RFC 2231 included. */
function parseParams(header: string): { value: string; params: Record<string, string> } {
  const [first = '', ...rest] = header.match(/(?:"(?:[^"\\]|\\.)*"|[^;])+/g) ?? [];
  const params: Record<string, string> = {};
  const pieces: Record<string, string[]> = {};
  for (const p of rest) {
    const eq = p.indexOf('=');
    if (eq < 0) continue;
    const key = p.slice(0, eq).trim().toLowerCase();
    let val = p.slice(eq + 1).trim().replace(/^"([\s\S]*)"$/, '$1').replace(/\\(.)/g, '$1');
    const m = /^([^*]+)(?:\*(\d+))?(\*)?$/.exec(key);
    if (!m) continue;
    if (m[3]) {
      // RFC 2231: charset'language'percent-encoded (the charset only on the first piece)
      const parts = /^([^']*)'[^']*'([\s\S]*)$/.exec(val);
      const bytes = latin1Bytes((parts ? parts[2]! : val).replace(/%([0-9A-Fa-f]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16))));
      val = decodeCharset(bytes, parts?.[1] || 'utf-8');
    }
    (pieces[m[1]!] ??= [])[Number(m[2] ?? 0)] = val;
  }
  for (const [k, v] of Object.entries(pieces)) params[k] = v.join('');
  return { value: first.trim().toLowerCase(), params };
}

function bodyText(e: Entity, charset: string | undefined): { text: string; size: number } {
  const cte = (e.headers.get('content-transfer-encoding') ?? '').toLowerCase().trim();
  if (cte !== 'base64' && cte !== 'quoted-printable' && /[^\x00-\xff]/.test(e.body)) return { text: e.body, size: e.body.length }; // already Unicode
  const bytes = cte === 'base64' ? decodeBase64(e.body) : cte === 'quoted-printable' ? decodeQuotedPrintable(e.body) : latin1Bytes(e.body);
  return { text: decodeCharset(bytes, charset), size: bytes.length };
}

function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  let current: string[] | null = null;
  for (const line of body.split(/\r?\n/)) {
    if (line.startsWith(delimiter)) {
      const tail = line.slice(delimiter.length).trimEnd();
      if (tail === '--') {
        if (current) parts.push(current.join('\r\n'));
        return parts;
      }
      if (tail === '') {
        if (current) parts.push(current.join('\r\n'));
        current = [];
        continue;
      }
    }
    current?.push(line);
  }
  if (!current) throw new MimeError(`the multipart boundary "${boundary.slice(0, 70)}" never appears in the body`);
  parts.push(current.join('\r\n')); // no closing delimiter (a cut message): keep what arrived
  return parts;
}

function walk(e: Entity, depth: number, out: ParsedEmail, count: { parts: number }): void {
  if (depth > MAX_DEPTH) throw new MimeError(`multiparts nested deeper than ${MAX_DEPTH}`);
  if (++count.parts > MAX_PARTS) throw new MimeError(`more than ${MAX_PARTS} MIME parts`);
  const type = parseParams(e.headers.get('content-type') || 'text/plain');
  if (type.value.startsWith('multipart/')) {
    const boundary = type.params['boundary'];
    if (!boundary) throw new MimeError(`${type.value} without a boundary`);
    for (const part of splitMultipart(e.body, boundary)) walk(splitEntity(part), depth + 1, out, count);
    return;
  }
  const disposition = parseParams(e.headers.get('content-disposition') ?? '');
  const filename = disposition.params['filename'] ?? type.params['name'];
  const { text, size } = bodyText(e, type.params['charset']);
  const inline = disposition.value !== 'attachment' && !filename;
  if (inline && type.value === 'text/plain' && out.text === null) out.text = text;
  else if (inline && type.value === 'text/html' && out.html === null) out.html = text;
  else {
    out.attachments.push({
      filename: decodeEncodedWords(filename ?? (type.value === 'message/rfc822' ? 'message.eml' : 'unnamed')).slice(0, 255),
      contentType: type.value.slice(0, 100) || 'application/octet-stream',
      size,
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
    return err(e instanceof MimeError ? e.message : `unreadable MIME (${e instanceof Error ? e.message : String(e)})`);
  }
}
