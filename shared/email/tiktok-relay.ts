// TikTok Seller Center can forward chats the shop has not read to an e-mail address. The format of those
// mails is not documented (the API reference is silent), so recognition is deliberately loose and only
// used for hints: the sender is a TikTok domain; a link or text may carry the conversation id; the subject
// or body usually names the buyer. docs/email.md, "TikTok's forwarded chats", says what happens with them.

const RELAY_DOMAINS = /(?:^|\.)(?:tiktok\.com|tiktokshop\.com|tiktokglobalshop\.com|tiktokshopglobalselling\.com|tiktok-shops\.com)$/;

export function isTikTokRelay(fromAddress: string): boolean {
  return RELAY_DOMAINS.test(fromAddress.toLowerCase().split('@')[1] ?? '');
}

export interface RelayHints {
  /** TikTok's conversation id, when a link or the text names one (long digit strings). */
  conversationId: string | null;
  /** The buyer's nickname as the subject or body gives it. */
  buyerName: string | null;
}

const NAME_PATTERNS = [
  /(?:unread )?messages? from\s+["“]?([^"”\n]{1,60}?)["”]?(?:\s+(?:on|in|at|via)\b|[.!:]|$)/im,
  /^["“]?([^"”\n]{1,60}?)["”]?\s+(?:sent you|has sent you|sent a) (?:a |new )?messages?/im,
  /来自\s*([^\s，,。:：]{1,60})\s*的(?:未读)?消息/,
];

export function relayHints(subject: string, text: string): RelayHints {
  const both = `${subject}\n${text}`;
  const conversationId = /conversation[_-]?id[=:"'\s]+(\d{6,25})/i.exec(both)?.[1] ?? /\/conversations?\/(\d{6,25})\b/i.exec(both)?.[1] ?? null;
  let buyerName: string | null = null;
  for (const p of NAME_PATTERNS) {
    buyerName = p.exec(subject)?.[1]?.trim() || p.exec(text)?.[1]?.trim() || null;
    if (buyerName) break;
  }
  return { conversationId, buyerName };
}
