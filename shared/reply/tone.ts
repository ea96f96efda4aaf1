// How a reply sounds. Three registers, chosen per market unless the shop overrides it:
//
//   formal   — the UK (GB) and brand shops everywhere: "Dear …", "Kind regards", no slang, never emoji.
//   warm     — Southeast Asia (ID, TH, MY, VN, PH, SG): short, soft and indirect; a "no" always comes with
//              an alternative (the templates are written that way in every register).
//   friendly — the US: direct and upbeat, the answer first.
//
// Emoji: only when the shop allows them, never in the formal register, and at most one per reply.
import type { Market } from '../markets';
import type { ShopFacts } from './facts';

export type Register = 'formal' | 'warm' | 'friendly';

export function resolveRegister(market: Market, shop: Pick<ShopFacts, 'tone' | 'type'>): Register {
  if (shop.tone !== 'auto') return shop.tone;
  if (shop.type === 'brand' || market === 'GB') return 'formal';
  return market === 'US' ? 'friendly' : 'warm';
}

export function allowsEmoji(register: Register, shop: Pick<ShopFacts, 'emoji'>): boolean {
  return shop.emoji && register !== 'formal';
}
