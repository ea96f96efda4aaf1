// TikTok Shop order ids: 18 digits starting with 57. Buyers write them plainly, after '#', in groups
// separated by spaces, dashes or dots ("5781 9293 3824 2986 64", "574661-386319-919053"), glued to
// Chinese or Thai text, or next to phone numbers and other long numbers that are not order ids.
//
// The text is split into digit groups; groups joined by a short separator (one space, dash, dot or
// slash, optionally surrounded by spaces) form a chain. Within a chain we look for a run of whole
// groups that concatenates to exactly 18 digits starting with 57. A group of more than 18 digits, or a
// run that only reaches 18 by cutting a group in half, is never an id; neither is a number glued to
// Latin letters (tracking codes like "SPXMY057…", "JX…") unless the letters are an order word.

const ORDER_WORDS = new Set(['order', 'orders', 'orderid', 'orderno', 'ord', 'no', 'id', 'pesanan', 'don', 'ref', 'oid', 'invoice', 'pedido', 'orden', 'numero', 'number', 'num', 'nomor', 'nombor']);

interface Group { digits: string; start: number; end: number }

export function extractOrderIds(text: string): string[] {
  if (!text) return [];
  // Thai and full-width digits count as digits
  const s = text
    .replace(/[\u0e50-\u0e59]/g, (c) => String(c.charCodeAt(0) - 0x0e50))
    .replace(/[\uff10-\uff19]/g, (c) => String(c.charCodeAt(0) - 0xff10));
  const groups: Group[] = [];
  const re = /\d+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) groups.push({ digits: m[0], start: m.index, end: m.index + m[0].length });
  if (groups.length === 0) return [];

  // chains of groups joined by short separators
  const chains: Group[][] = [];
  let cur: Group[] = [];
  for (const g of groups) {
    const prev = cur[cur.length - 1];
    if (prev && /^ ?[-./]? ?$/.test(s.slice(prev.end, g.start)) && g.start - prev.end >= 1 && g.start - prev.end <= 3) cur.push(g);
    else {
      if (cur.length) chains.push(cur);
      cur = [g];
    }
  }
  if (cur.length) chains.push(cur);

  const found: Array<{ id: string; pos: number }> = [];
  for (const chain of chains) {
    for (let i = 0; i < chain.length; i++) {
      const first = chain[i] as Group;
      if (!first.digits.startsWith('57')) continue;
      if (first.digits.length > 18) continue;
      let acc = '';
      let j = i;
      for (; j < chain.length && acc.length < 18; j++) acc += (chain[j] as Group).digits;
      if (acc.length !== 18) continue;
      const last = chain[j - 1] as Group;
      if (!cleanLeft(s, first.start) || !cleanRight(s, last.end)) continue;
      found.push({ id: acc, pos: first.start });
      i = j - 1;
    }
  }
  const seen = new Set<string>();
  const out: string[] = [];
  for (const f of found.sort((a, b) => a.pos - b.pos)) {
    if (!seen.has(f.id)) {
      seen.add(f.id);
      out.push(f.id);
    }
  }
  return out;
}

export function extractOrderId(text: string): string | null {
  return extractOrderIds(text)[0] ?? null;
}

// The character before the number: not a letter that belongs to a tracking/alphanumeric code.
function cleanLeft(s: string, start: number): boolean {
  if (start === 0) return true;
  const before = s.slice(Math.max(0, start - 24), start);
  const letters = /([A-Za-z]+)$/.exec(before);
  if (!letters) return true;
  return ORDER_WORDS.has((letters[1] as string).toLowerCase());
}

// The characters after the number: not the start of an alphanumeric code ("…123AB45").
function cleanRight(s: string, end: number): boolean {
  return !/^[A-Za-z]+\d/.test(s.slice(end, end + 12));
}
