// What the buyer wrote this time. Replies carry the whole thread below them ("On … wrote:", "> " lines,
// Outlook's "From: … Sent: …" block) and a signature; the AI must read only the new words, while the
// message keeps the full text for people (content.fullText). Conservative: when cutting would leave
// nothing, the full text is used.

/** A line where quoted history starts: everything from it down is the thread, not the new message. */
const QUOTE_START = [
  /^on\b.{0,200}\bwrote:?$/i, // Gmail, Apple Mail
  /^-{2,}\s*(?:original message|forwarded message|mensaje original|message d'origine|ursprüngliche nachricht)\s*-{2,}$/i,
  /^_{10,}$/, // Outlook's rule above the quoted header
  /^在.{0,120}写道[:：]?$/,
  /^el .{0,200} escribió:?$/i,
  /^le .{0,200} a écrit ?:?$/i,
];
const SIGNATURE_START = [/^-- ?$/, /^sent from my \w+/i, /^get outlook for/i, /^发自我的/];
/** Outlook's quoted header block: "From: …" directly followed by "Sent: …" (or Date/To). */
const OUTLOOK_FROM = /^(?:from|de|von|发件人|寄件者)\s*[:：]/i;
const OUTLOOK_NEXT = /^(?:sent|date|to|envoyé|gesendet|发送时间|日期)\s*[:：]/i;

function startsHistory(lines: string[], i: number, lastUnquoted: number): boolean {
  const line = lines[i]!.trim();
  const next = (lines[i + 1] ?? '').trim();
  if (SIGNATURE_START.some((r) => r.test(line)) || QUOTE_START.some((r) => r.test(line))) return true;
  if (OUTLOOK_FROM.test(line) && OUTLOOK_NEXT.test(next)) return true;
  if (/^on\b/i.test(line) && QUOTE_START[0]!.test(`${line} ${next}`)) return true; // "On …" wrapped over two lines
  // A block of "> " lines that runs to the end.
  return line.startsWith('>') && i > lastUnquoted;
}

export function stripQuotedReply(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const lastUnquoted = lines.findLastIndex((l) => l.trim() !== '' && !l.trim().startsWith('>'));
  const end = lines.findIndex((_l, i) => startsHistory(lines, i, lastUnquoted));
  const kept = (end < 0 ? lines : lines.slice(0, end)).join('\n').trim();
  return kept || text.trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Readable text from an HTML body (when the sender sent no text part). Not a renderer: enough to read. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(style|script|head)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>|<\/(?:p|div|li|tr|h\d|blockquote)\s*>/gi, '\n')
    .replace(/<blockquote\b[^>]*>/gi, '\n> ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(parseInt(e.slice(e[1] === 'x' || e[1] === 'X' ? 2 : 1), e[1] === 'x' || e[1] === 'X' ? 16 : 10) || 32) : (ENTITIES[e.toLowerCase()] ?? m),
    )
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
