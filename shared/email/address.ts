// Addresses, message ids and subjects: the small parsing threading depends on.
//
//   "Olivia Brown" <Olivia@Example.co.uk>  → { name: 'Olivia Brown', address: 'olivia@example.co.uk' }
//   <a1@mail.example> <b2@mail.example>    → ['a1@mail.example', 'b2@mail.example']
//   "Re: Fwd: AW: Where is my order?"      → 'where is my order?'

export interface Mailbox {
  name: string;
  address: string;
}

const ADDRESS = /[^\s<>"(),;:@]+@[^\s<>"(),;:@]+\.[^\s<>"(),;:@]+/;

/** The first mailbox in a From/To value, or null when there is no address in it. */
export function parseMailbox(value: string): Mailbox | null {
  const angle = /<([^<>]*)>/.exec(value);
  const address = ADDRESS.exec(angle ? angle[1]! : value)?.[0];
  if (!address) return null;
  const name = angle ? value.slice(0, angle.index).trim().replace(/^"|"$/g, '').trim() : '';
  return { name, address: address.toLowerCase() };
}

/** Every mailbox of an address list (commas inside quoted names do not split). */
export function parseMailboxList(value: string): Mailbox[] {
  const parts = value.match(/(?:"[^"]*"|[^,])+/g) ?? [];
  return parts.map(parseMailbox).filter((m): m is Mailbox => m !== null);
}

/** Message ids without their angle brackets: `<a@b>` → `a@b`. Bare ids are accepted too. */
export function parseMessageIds(value: string | readonly string[] | undefined | null): string[] {
  const text = Array.isArray(value) ? value.join(' ') : ((value as string | undefined) ?? '');
  const bracketed = text.match(/<[^<>\s]+>/g);
  const ids = bracketed ? bracketed.map((id) => id.slice(1, -1)) : text.split(/\s+/).filter((id) => id.includes('@'));
  return ids.filter((id) => id.length <= 250);
}

/** A subject as threading compares it: reply and forward prefixes (several languages) gone, spaces folded. */
export function normalizeSubject(subject: string): string {
  let s = subject.trim();
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(/^(?:re|fw|fwd|aw|wg|sv|vs|tr|rv|enc|antw|回复|回覆|答复|转发|轉寄)\s*(?:\[\d+\])?\s*[:：]\s*/i, '').trim();
  }
  return s.replace(/\s+/g, ' ').toLowerCase().slice(0, 200);
}

/**
 * The conversation token of a sub-address of the shop's inbound address: with the shop at
 * `support@shop.example`, `support+k3j9x@shop.example` → 'k3j9x'. Null for the base address or a stranger.
 */
export function subAddressToken(address: string, shopAddress: string): string | null {
  const [local, domain] = address.toLowerCase().split('@');
  const [shopLocal, shopDomain] = shopAddress.toLowerCase().split('@');
  if (!local || domain !== shopDomain || !local.startsWith(`${shopLocal}+`)) return null;
  return local.slice(shopLocal!.length + 1) || null;
}

/** The shop's inbound address for an address that may carry a token: `support+k3j9x@x` → `support@x`. */
export function baseAddress(address: string): string {
  return address.toLowerCase().replace(/\+[^@]*@/, '@');
}
