// Ids that look and behave like TikTok's: 19-digit decimal strings that grow with time (a millisecond clock
// shifted left 22 bits, plus a sequence), 18-digit order ids starting with 57, and unguessable tokens.
// Fixture ids come from a seeded generator, so the demo data is the same on every start.

export function snowflake(ms: number, seq: number): string {
  return ((BigInt(Math.max(0, Math.floor(ms))) << 22n) | BigInt(seq & 0x3fffff)).toString();
}

// Order ids: 18 digits starting with 57 (reference §8; the datasets use the same shape).
export function orderId(ms: number, seq: number): string {
  const tail = (BigInt(snowflake(ms, seq)) % 10n ** 16n).toString().padStart(16, '0');
  return `57${tail}`;
}

export function prefixedId(prefix: string, ms: number, seq: number, length = 19): string {
  const room = length - prefix.length;
  return prefix + (BigInt(snowflake(ms, seq)) % 10n ** BigInt(room)).toString().padStart(room, '0');
}

export function randomToken(prefix: string, bytes = 24): string {
  const buf = new Uint8Array(bytes);
  crypto.getRandomValues(buf);
  let s = '';
  for (const b of buf) s += String.fromCharCode(b);
  return prefix + btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

// mulberry32: small, seeded, good enough for demo data.
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function digits(rand: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += Math.floor(rand() * 10);
  return s;
}

// Fill a pattern: # → digit, A → capital letter; other characters are kept.
export function fillPattern(rand: () => number, pattern: string): string {
  return pattern.replace(/[#A]/g, (ch) => (ch === '#' ? String(Math.floor(rand() * 10)) : String.fromCharCode(65 + Math.floor(rand() * 26))));
}

// Opaque page tokens that, like TikTok's, contain `/`, `+` and `=`, so a client that forgets to URL-encode
// them or signs the encoded value fails here and not only in production.
export function encodePageToken(offset: number): string {
  return btoa(String.fromCharCode(0xfb, 0xef, 0xff) + `o${offset}`);
}

export function decodePageToken(token: string): number | null {
  try {
    const raw = atob(token);
    const m = /^\xfb\xef\xffo(\d+)$/.exec(raw);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}
