// What a reply must never carry. TikTok rejects messages with "sensitive content" (error 45101006, §7.4)
// and its seller rules keep buyer contact on the platform: no links, e-mail addresses, phone numbers or
// other apps. Templates are written without them; free text that comes from outside — knowledge-base
// articles, carrier events, item names, coupon descriptions, the shop's signature — goes through
// `scrubText`, which drops every sentence that contains any of them rather than trying to repair it.
export const MAX_REPLY_CHARS = 1000;

const LINK = /\bhttps?:\/\/|\bwww\.|\b[\w-]+\.(?:com|net|org|co|io|me|ly|link|shop|store|app|my|sg|id|th|vn|ph|us|uk)\b/i;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;
const APPS =
  /\b(?:whats ?app|wa\.me|wasap|telegram|t\.me|we ?chat|weixin|zalo|viber|messenger|facebook|instagram|line ?id|line@|shopee|lazada|g ?mail|e-?mail)\b|\bwa\s?(?:kami|admin|ke|saya|aja|sy)\b|\bno\.? wa\b|微信|加我|ไลน์|ไอดีไลน์/i;
const DIGIT_RUN = /(?<![\w.])[+(]?\d[\d\s().-]{6,}\d/g;

/** 9 to 15 digits (E.164 allows 15), not glued to letters: order ids (18 digits) and tracking codes pass. */
function hasPhone(text: string): boolean {
  for (const run of text.match(DIGIT_RUN) ?? []) {
    const digits = run.replace(/\D/g, '').length;
    if (digits >= 9 && digits <= 15) return true;
  }
  return false;
}

/** True when the text holds a link, an e-mail address, a phone number or an off-platform contact. */
export function hasForbiddenContent(text: string): boolean {
  return LINK.test(text) || EMAIL.test(text) || APPS.test(text) || hasPhone(text);
}

// A sentence ends at . ! ? followed by a space (not the dot inside a link), at 。！？, or at a line end.
const SENTENCE_END = /(?<=[.!?]\s)|(?<=[。！？\n])/;

/** Drop every sentence of outside text that carries forbidden content; collapse the whitespace left. */
export function scrubText(text: string): string {
  const kept = text.split(SENTENCE_END).filter((s) => !hasForbiddenContent(s));
  return kept.join('').replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
}

/** Cut text to `max` characters at a sentence or word boundary, marking the cut with "…". */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const sentence = Math.max(...['. ', '! ', '? ', '。', '！', '？', '\n'].map((p) => head.lastIndexOf(p)));
  if (sentence > max * 0.5) return head.slice(0, sentence + 1).trim();
  const space = head.lastIndexOf(' ');
  return `${(space > max * 0.5 ? head.slice(0, space) : head).trim()}…`;
}
