// One inbound e-mail, whatever the provider sent: the JSON fields, the raw MIME, or both (then the JSON
// wins field by field and the MIME fills the gaps). Pure; the webhook route and the processing job call it.
//
//   body ──► raw? parseMime ──► merge with JSON ──► addresses, ids, subject, text (full + new), attachments
import { err, ok, type Result } from '../result';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, MAX_EMAIL_TEXT, type EmailContent, type InboundEmail } from '../schemas/email';
import { parseMailbox, parseMailboxList, parseMessageIds, type Mailbox } from './address';
import { parseMime, type ParsedEmail } from './mime';
import { htmlToText, stripQuotedReply } from './reply-text';

export interface NormalizedEmail {
  from: Mailbox;
  /** Every recipient address, lower case. */
  to: string[];
  subject: string;
  messageId: string | null;
  inReplyTo: string[];
  references: string[];
  /** What the buyer wrote this time, without quoted history or signature (what the AI reads). */
  newText: string;
  content: EmailContent;
}

export function normalizeInbound(body: InboundEmail): Result<NormalizedEmail, string> {
  let mime: ParsedEmail | null = null;
  if (body.raw !== undefined) {
    const parsed = parseMime(body.raw);
    // Unreadable MIME is fatal only when the JSON does not carry the message by itself.
    if (parsed.ok) mime = parsed.val;
    else if (body.text === undefined && body.html === undefined) return err(`malformed MIME: ${parsed.err}`);
  }
  const from = (body.from !== undefined ? parseMailbox(body.from) : null) ?? mime?.from ?? null;
  if (!from) return err('no sender address (from)');
  const toList = body.to === undefined ? null : Array.isArray(body.to) ? body.to.flatMap(parseMailboxList) : parseMailboxList(body.to);
  const to = [...new Set((toList?.length ? toList : (mime?.to ?? [])).map((m) => m.address))];
  if (to.length === 0) return err('no recipient address (to)');

  const html = body.html ?? mime?.html ?? null;
  const fullText = (body.text ?? mime?.text ?? (html !== null ? htmlToText(html) : '')).replace(/\r\n?/g, '\n').slice(0, MAX_EMAIL_TEXT);
  const subject = (body.subject ?? mime?.subject ?? '').trim().slice(0, 500);
  const listed = body.attachments ?? mime?.attachments ?? [];
  const content: EmailContent = {
    subject,
    fullText,
    attachments: listed.slice(0, MAX_ATTACHMENTS).map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      size: a.size,
      ...('url' in a && a.url ? { url: a.url } : {}),
      ...('id' in a && a.id ? { id: a.id } : {}),
      ...(a.size > MAX_ATTACHMENT_BYTES ? { oversize: true } : {}),
    })),
  };
  if (listed.length > MAX_ATTACHMENTS) content.omittedAttachments = listed.length - MAX_ATTACHMENTS;
  if (html !== null) content.html = true;
  const newText = stripQuotedReply(fullText) || (subject && `(${subject})`) || (content.attachments.length ? `(${content.attachments.map((a) => a.filename).join(', ')})` : '');
  return ok({
    from,
    to,
    subject,
    messageId: parseMessageIds(body.messageId)[0] ?? mime?.messageId ?? null,
    inReplyTo: body.inReplyTo !== undefined ? parseMessageIds(body.inReplyTo) : (mime?.inReplyTo ?? []),
    references: (body.references !== undefined ? parseMessageIds(body.references) : (mime?.references ?? [])).slice(-50),
    newText,
    content,
  });
}
