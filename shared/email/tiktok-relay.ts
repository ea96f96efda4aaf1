// TikTok Seller Center can forward chats the shop has not read to an e-mail address. The format of those
// mails is not documented (the API reference is silent), so recognition is deliberately loose and only
// used for hints: the sender is a TikTok domain; a link or the text may carry the conversation id; the
// subject or the first lines usually name the buyer. docs/email.md, "TikTok's forwarded chats", says what
// happens with them.

const RELAY_DOMAINS = /(?:^|\.)(?:tiktok\.com|tiktokshop\.com|tiktokglobalshop\.com|tiktokshopglobalselling\.com|tiktok-shops\.com)$/;

export function isTikTokRelay(fromAddress: string): boolean {
  return RELAY_DOMAINS.test(fromAddress.toLowerCase().split('@')[1] ?? '');
}

/** TikTok's conversation id, when a link or the text names one (a long digit string after "conversation"). */
export function relayConversationId(subject: string, text: string): string | null {
  const both = `${subject}\n${text}`;
  return /conversation[_-]?id[=:"'\s]+(\d{6,25})/i.exec(both)?.[1] ?? /\/conversations?\/(\d{6,25})\b/i.exec(both)?.[1] ?? null;
}

/**
 * Which of the shop's recent buyers the relay is about: the longest name (3 characters or more) that the
 * subject or the first lines contain, case aside; null when none does. Candidates come most recent first,
 * so of two equally long names the more recent chat wins.
 */
export function relayBuyer<T extends { name: string }>(subject: string, text: string, candidates: readonly T[]): T | null {
  const haystack = `${subject}\n${text.slice(0, 500)}`.toLowerCase();
  let best: T | null = null;
  for (const c of candidates) {
    const name = c.name.trim().toLowerCase();
    if (name.length >= 3 && haystack.includes(name) && name.length > (best?.name.trim().length ?? 0)) best = c;
  }
  return best;
}
